#pragma once
// Magnetic stripe cards: the text of tracks 1-3 (ISO/IEC 7811/7813) as a keyboard-wedge reader types it, and
// the 337-byte input report of MagTek-style HID readers. Pure functions plus a decoder for HID readers.
//
// The rule that shapes this file: a bank card's digits never leave it. A track 1 with format code B, or a
// number that kassa::is_payment_card_number accepts, gives the error bank_card and nothing else; the
// buffers that held the tracks are wiped before they are freed, and no sentence quotes the card.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kassa/drivers/decoder.hpp"
#include "kassa/drivers/events.hpp"

namespace kassa::drivers {

// A swipe gives either a loyalty card number or an error code, never both.
struct MsrResult {
    std::optional<ErrorCode> error;
    std::string card_number;  // the track 2 field before '=', digits only; empty with an error
};

// The text a keyboard-wedge reader types for one swipe, without the Enter: tracks one after another, each
// `%...?`, `;...?` or `+...?`, each optionally followed by its LRC character. An unreadable track is typed
// as `%E?`, `;E?` or `+E?`.
// Errors: start_sentinel (text or a track not starting with a sentinel), end_sentinel (a track without
// `?`), bank_card, lrc (a present, wrong LRC), bad_swipe (no track readable, or track 2 unreadable),
// no_card_number (readable tracks but no track 2 number).
MsrResult parse_msr_text(std::string_view typed);

// The MagTek HID swipe report (no report id): [0..2] decode status per track (0 ok), [3..5] track lengths
// (0 = blank), [6] card encode type, [7..116] track 1, [117..226] track 2, [227..336] track 3, ASCII with
// sentinels, zero padded. A report shorter than 337 bytes is bad_swipe.
inline constexpr std::size_t kMagTekReportSize = 337;
MsrResult parse_magtek_report(std::span<const std::uint8_t> report);

// The event a swipe result becomes: a ScanEvent with source msr and the card number, or an ErrorEvent.
Event msr_event(const DeviceId& device, const MsrResult& result, Timestamp at);

// Decodes a HID card reader that sends one MagTek-style report per swipe. Not thread-safe (see Decoder).
class HidMsrDecoder final : public Decoder {
  public:
    explicit HidMsrDecoder(DeviceId device) : device_(std::move(device)) {}
    std::vector<Event> feed(std::span<const std::uint8_t> report, Timestamp at) override;
    std::vector<Event> idle(Timestamp) override { return {}; }
    void reset() override {}

  private:
    DeviceId device_;
};

}  // namespace kassa::drivers
