// A scanner recording read back for `kassactl scan --replay` (drivers::read_recording), then replayed through
// a keyboard decoder as kassactl does. The input is the file itself: times of any size (the signed overflow
// of a huge time was a bug), lines of any length, hex of any case and garbage.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "kassa/drivers/keyboard.hpp"
#include "kassa/drivers/report_recorder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kassa::drivers;
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    const Recording recording = read_recording(in);
    if (recording.problem && !recording.reports.empty()) {
        __builtin_trap();  // a refused recording replays nothing
    }
    KeyboardWedgeDecoder decoder("replay", KeyboardSettings{});
    Timestamp last{};
    for (const RecordedReport& report : recording.reports) {
        if (report.at < last || report.at - Timestamp{} > std::chrono::milliseconds(kMaxRecordingMs)) {
            __builtin_trap();  // times only go forward and stay inside the bound
        }
        last = report.at;
        static_cast<void>(decoder.idle(report.at));
        static_cast<void>(decoder.feed(report.bytes, report.at));
    }
    static_cast<void>(decoder.idle(last + std::chrono::hours(1)));
    return 0;
}
