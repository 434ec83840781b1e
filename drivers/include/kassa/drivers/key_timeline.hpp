#pragma once
// When was a key typed? The keyboard-wedge classifier tells a scan from typing by the gaps between keys, and
// the gap that matters is the one at the keyboard, not the one at which a busy GUI thread gets round to the
// events: a till that stalls for 200 ms (a report being drawn, a loaded machine) would otherwise see a
// cashier's slow keys arrive as a burst (a scan of half a phone number) or a scanner's burst with a gap in it
// (half a barcode typed into the input line).
//
// The window system stamps each key event (QKeyEvent::timestamp(): milliseconds on the X server's clock,
// whose origin is unknown). The timeline maps those stamps onto the steady clock: the offset is the smallest
// (filtered at - stamp) seen so far, i.e. the key that was handled with the least delay, so a key handled
// late is placed back at the moment it was typed. A platform that gives no stamp (0: synthetic test events)
// is taken at the moment it is filtered. The X server's 32-bit clock wraps after 49.7 days, and a server can
// restart: a key that would lie more than `kMaxLag` in the past starts the mapping afresh.
//
// lag() is how far behind the last key was handled; the caller moves its deadlines by it, so a held key is
// not given back as typing while its successor is already waiting in the queue behind a stall.
//
// Threading rule: not thread-safe and starts no thread: the GUI thread that filters the keys calls every
// member.

#include <chrono>
#include <cstdint>
#include <optional>

#include "kassa/drivers/events.hpp"

namespace kassa::drivers {

class KeyTimeline {
  public:
    // Beyond this, a key's stamp is not believed: the mapping starts again from this key.
    static constexpr std::chrono::milliseconds kMaxLag{2000};

    // `stamp_ms`: the event's timestamp (0 when the platform gave none); `filtered_at`: now, when it is
    // handled.
    [[nodiscard]] Timestamp typed_at(std::uint64_t stamp_ms, Timestamp filtered_at);
    // How late the last key was handled (zero when it had no stamp).
    [[nodiscard]] std::chrono::steady_clock::duration lag() const { return lag_; }

  private:
    // filtered_at minus the stamp, for the key handled with the least delay since the mapping began.
    std::optional<std::chrono::steady_clock::duration> offset_;
    std::chrono::steady_clock::duration lag_{};
};

}  // namespace kassa::drivers
