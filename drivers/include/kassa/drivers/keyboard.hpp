#pragma once
// Keyboard-wedge scanners and card readers read as USB boot keyboards: 8-byte reports
// [modifiers][reserved][k1..k6] turned into characters by Kassa itself with the US usage table, so a scan
// reads the same whatever keyboard layout the desktop uses.

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kassa/drivers/decoder.hpp"

namespace kassa::drivers {

struct KeyboardSettings {
    // Which keys end a scan. A key that is not a terminator types nothing.
    bool enter_ends_scan = true;
    bool keypad_enter_ends_scan = true;
    bool tab_ends_scan = true;
    // Characters with no terminator within this time of the last one give no scan. Scanners type a whole
    // code in one burst of reports a few milliseconds apart.
    std::chrono::milliseconds timeout{200};
    // A card reader that is a keyboard: every line is a swipe (a line without a start sentinel is the error
    // start_sentinel). Otherwise a line is a swipe when it starts with %, ; or +, and a barcode when not.
    bool every_line_is_a_swipe = false;
};

// The character a usage types on a US layout, with or without Shift; keypad keys type their digit or sign.
// Empty for keys that type nothing (Enter, Tab, function keys, error codes).
std::optional<char> us_usage_character(std::uint8_t usage, bool shift);

// What one typed line (without its terminator) is: a scan with its AIM prefix stripped into the symbology, a
// card swipe when it starts with a track sentinel (%, ; or +) or `every_line_is_a_swipe` (then the msr_event:
// a card number or an error, never a bank card's digits), or nothing for an empty line. Shared by the decoder
// below and the Qt app's keyboard-wedge fallback (wedge_classifier.hpp), so both read a line the same way.
std::optional<Event> wedge_line_event(const DeviceId& device, std::string_view line,
                                      bool every_line_is_a_swipe, Timestamp at);

inline constexpr std::uint8_t kUsageEnter = 0x28;
inline constexpr std::uint8_t kUsageTab = 0x2B;
inline constexpr std::uint8_t kUsageKeypadEnter = 0x58;

// Turns boot keyboard reports into scan and swipe events.
// A character is typed when a usage newly appears in any of the six slots compared with the previous report
// (slot order means nothing, an identical repeated report types nothing); the all-0x01 rollover-error report
// is skipped. A line that starts with an AIM id (`]E0`) has it stripped into the symbology.
// Not thread-safe (see Decoder).
class KeyboardWedgeDecoder final : public Decoder {
  public:
    KeyboardWedgeDecoder(DeviceId device, KeyboardSettings settings);
    ~KeyboardWedgeDecoder() override;
    std::vector<Event> feed(std::span<const std::uint8_t> report, Timestamp at) override;
    std::vector<Event> idle(Timestamp now) override;
    void reset() override;

  private:
    std::vector<Event> finish_line(Timestamp at);
    void drop_line();

    DeviceId device_;
    KeyboardSettings settings_;
    std::array<std::uint8_t, 6> held_{};  // the keys of the previous report
    std::string line_;                    // typed since the last terminator; may hold a card's tracks
    bool overflowed_ = false;
    Timestamp last_key_{};
};

}  // namespace kassa::drivers
