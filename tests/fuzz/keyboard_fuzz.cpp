// Boot keyboard reports of a keyboard-wedge scanner or card reader. The input is a script: one byte of
// settings, then reports of [milliseconds since the previous one][8 report bytes] (a short last report is
// fed short, as a broken device would send it). The decoder's lines also go through wedge_line_event, the
// classifier the Qt till's keyboard fallback shares.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_input.hpp"
#include "kassa/drivers/keyboard.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kassa::drivers;
    kassa::fuzz::InputReader in(data, size);
    const std::uint8_t flags = in.byte();
    KeyboardSettings settings;
    settings.enter_ends_scan = (flags & 0x01) == 0;
    settings.keypad_enter_ends_scan = (flags & 0x02) == 0;
    settings.tab_ends_scan = (flags & 0x04) == 0;
    settings.every_line_is_a_swipe = (flags & 0x08) != 0;
    KeyboardWedgeDecoder decoder("usb:fuzz", settings);
    Timestamp now{};
    std::string typed;  // the characters the reports type on a US layout, for the shared line classifier
    while (!in.empty()) {
        now += std::chrono::milliseconds(in.byte());
        const auto report = in.take(8);
        if (report.size() > 2) {
            if (const auto c = us_usage_character(report[2], (report[0] & 0x22) != 0)) {
                typed.push_back(*c);
            }
        }
        static_cast<void>(decoder.idle(now));
        static_cast<void>(decoder.feed(report, now));
    }
    static_cast<void>(decoder.idle(now + std::chrono::seconds(1)));
    static_cast<void>(wedge_line_event("usb:fuzz", typed, settings.every_line_is_a_swipe, now));
    decoder.reset();
    return 0;
}
