#pragma once
// A hybrid logical clock (Kulkarni et al., 2014) for edits made at several tills (docs/sync.md, "Edits"):
// a stamp is the physical time read from the replaceable clock, a counter that orders events within one
// reading (and carries on when a till's clock is behind a stamp it has seen), and the till's id, which breaks
// the tie between two tills that made the same (time, counter) so every till picks the same winner.
//
// Stamps only grow at one till: each local event gets a stamp above the clock's last one, and a stamp
// received from another till moves the clock past it, so an edit made after seeing another edit always has
// the greater stamp, whatever the two tills' physical clocks say. No I/O: the caller keeps the clock's state
// (wall, counter) in the shop file and passes the physical time in.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kassa/core/time.hpp"

namespace kassa {

struct HlcStamp {
    std::int64_t wall = 0;     // seconds since 1970 (the physical part; Instant's precision)
    std::int64_t counter = 0;  // events within one wall reading
    std::string till;          // the till that made it: the tie-break
    auto operator<=>(const HlcStamp&) const = default;
};

// The counter never reaches this: the wall moves one second on instead, so the text form keeps its width.
inline constexpr std::int64_t kHlcCounterLimit = 9'999'999'999;

// A fixed-width text whose byte order is the stamps' order (wall and counter zero-padded, then the till),
// so the shop file and the central compare stamps as text: "00001765130400.0000000003.<till>".
std::string format_hlc(const HlcStamp& stamp);
// nullopt when `text` is not a stamp format_hlc wrote.
std::optional<HlcStamp> parse_hlc(std::string_view text);

class HybridLogicalClock {
  public:
    explicit HybridLogicalClock(std::string till, std::int64_t wall = 0, std::int64_t counter = 0)
        : till_(std::move(till)), wall_(wall), counter_(counter) {}

    // A stamp for an event at this till (an edit), greater than every stamp made or seen before.
    HlcStamp tick(Instant physical);
    // Merges a stamp received from another till, so the next tick is greater than it.
    void observe(const HlcStamp& remote, Instant physical);

    [[nodiscard]] std::int64_t wall() const { return wall_; }
    [[nodiscard]] std::int64_t counter() const { return counter_; }
    [[nodiscard]] const std::string& till() const { return till_; }

  private:
    void carry();

    std::string till_;
    std::int64_t wall_;
    std::int64_t counter_;
};

}  // namespace kassa
