// HID POS scanner reports assembled into scans. The input is a script: one byte chooses the framing, then
// each report is [milliseconds since the previous one][length][that many bytes], so the fuzzer reaches the
// "more data follows" assembly, the part timeout and UTF-8 split across parts, not only single reports.
#include <chrono>
#include <cstddef>
#include <cstdint>

#include "fuzz_input.hpp"
#include "kassa/drivers/hid_pos.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kassa::drivers;
    kassa::fuzz::InputReader in(data, size);
    const HidPosFraming framing = (in.byte() & 1) != 0 ? HidPosFraming::newland : HidPosFraming::honeywell;
    HidPosDecoder decoder("usb:fuzz", framing, HidPosSettings{});
    Timestamp now{};
    while (!in.empty()) {
        now += std::chrono::milliseconds(in.byte() * 4);  // up to about a second: past the 500 ms timeout
        const auto report = in.take(in.byte());
        static_cast<void>(parse_hid_pos_report(report, framing));
        static_cast<void>(decoder.idle(now));
        static_cast<void>(decoder.feed(report, now));
    }
    static_cast<void>(decoder.idle(now + std::chrono::seconds(1)));
    decoder.reset();
    return 0;
}
