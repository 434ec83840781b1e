#include <catch2/catch.hpp>

#include <sstream>

#include "driver_test_support.hpp"
#include "kassa/drivers/device_manager.hpp"
#include "kassa/drivers/event_queue.hpp"
#include "kassa/drivers/fake_transport.hpp"
#include "kassa/drivers/report_recorder.hpp"

using namespace kassa::drivers;
using namespace kassa::drivers::testing;

// `kassactl scan --record` in miniature: the manager reads through a RecordingTransport and every event is
// shown to the recorder, as kassactl does. Waits are on condition variables; the limit turns a hang into a
// failure.

namespace {

const DeviceId kWedgeId = "usb:1-2:1.0";

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        out.push_back(line);
    }
    return out;
}

std::string hex(const Bytes& bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s;
    for (auto b : bytes) {
        s += kHex[b >> 4];
        s += kHex[b & 0x0F];
    }
    return s;
}

// Drains events until one that is not a status arrives, showing each to the recorder.
Event next_data_event(EventQueue& events, ReportRecorder& recorder) {
    for (;;) {
        auto e = events.wait_pop(std::chrono::seconds(10));
        REQUIRE(e.has_value());
        recorder.event(*e);
        if (!std::holds_alternative<StatusEvent>(*e)) {
            return *e;
        }
    }
}

}  // namespace

TEST_CASE("recording: a scan's reports are written as replay lines, a bank card's never",
          "[drivers][record]") {
    FakeTransport fake;
    std::ostringstream file;
    ReportRecorder recorder(file, at_ms(0));
    RecordingTransport transport(fake,
                                 [&](const DeviceInfo& d, const ReadResult& r) { recorder.report(d, r); });
    EventQueue events;
    DeviceManager manager(transport, events);
    fake.plug({DeviceInfo{kWedgeId, UsbId{0x05E0, 0x1200}, "Symbol LS2208", kBootKeyboardDescriptor}});
    manager.start();

    // A card reader typing a bank card: refused, and nothing of it reaches the file.
    const auto bank = wedge_reports(";4111111111111111=2512?\n");
    for (std::size_t i = 0; i < bank.size(); ++i) {
        fake.push_report(kWedgeId, bank[i], at_ms(100 + static_cast<int>(i)));
    }
    // The reader has read the whole swipe, its last key release included, before the refusal is shown to
    // the recorder (kassactl drains events as they come, and a swipe's reports arrive within milliseconds);
    // without this wait a slow machine could show the refusal first, and the release would be held over.
    REQUIRE(fake.wait_until_waiting(kWedgeId));
    const Event refused = next_data_event(events, recorder);
    REQUIRE(as_error(refused) != nullptr);
    CHECK((as_error(refused)->code == ErrorCode::bank_card));

    const auto ean = wedge_reports("4006381333931\n");
    for (std::size_t i = 0; i < ean.size(); ++i) {
        fake.push_report(kWedgeId, ean[i], at_ms(2000 + static_cast<int>(i)));
    }
    REQUIRE(fake.wait_until_waiting(kWedgeId));
    const Event scanned = next_data_event(events, recorder);
    REQUIRE(as_scan(scanned) != nullptr);
    CHECK(as_scan(scanned)->text == "4006381333931");

    // A half-typed code with no Enter gives no event: its reports are written at the end all the same.
    const auto half = wedge_reports("12");
    for (std::size_t i = 0; i < half.size(); ++i) {
        fake.push_report(kWedgeId, half[i], at_ms(5000 + static_cast<int>(i)));
    }
    REQUIRE(fake.wait_until_waiting(kWedgeId));
    manager.stop();
    recorder.finish();

    const auto lines = lines_of(file.str());
    REQUIRE(lines.size() == 1 + ean.size() + half.size());
    CHECK(lines[0] == "# device usb:1-2:1.0 05e0:1200 Symbol LS2208");
    for (std::size_t i = 0; i < ean.size(); ++i) {
        CHECK(lines[1 + i] == std::to_string(2000 + i) + " " + hex(ean[i]));
    }
    CHECK(lines.back() == std::to_string(5000 + half.size() - 1) + " " + hex(half.back()));
    // Every line is from the EAN or the half code: none carries the time of a bank card report (100..).
    for (std::size_t i = 1; i < lines.size(); ++i) {
        CHECK(std::stoi(lines[i].substr(0, lines[i].find(' '))) >= 2000);
    }
}

TEST_CASE("recording: a bank card no event refused never reaches the file", "[drivers][record][security]") {
    FakeTransport fake;
    std::ostringstream file;
    ReportRecorder recorder(file, at_ms(0));
    RecordingTransport transport(fake,
                                 [&](const DeviceInfo& d, const ReadResult& r) { recorder.report(d, r); });
    EventQueue events;
    DeviceManager manager(transport, events);
    fake.plug({DeviceInfo{kWedgeId, UsbId{0x05E0, 0x1200}, "Symbol LS2208", kBootKeyboardDescriptor}});
    manager.start();

    // A product scan, and before its event reaches the recorder, a swipe without sentinels that is cut off
    // before its Enter (the cable pulled, the recording stopped): no event ever judges the swipe.
    const auto ean = wedge_reports("4006381333931\n");
    const auto swipe = wedge_reports("B4111111111111111^DOE/JOHN^2512101?;4111111111111111=2512");
    int ms = 100;
    for (const auto& r : ean) {
        fake.push_report(kWedgeId, r, at_ms(ms++));
    }
    const int swipe_start = 1000;
    ms = swipe_start;
    for (const auto& r : swipe) {
        fake.push_report(kWedgeId, r, at_ms(ms++));
    }
    REQUIRE(fake.wait_until_waiting(kWedgeId));
    const Event scanned = next_data_event(events, recorder);
    REQUIRE(as_scan(scanned) != nullptr);
    CHECK(as_scan(scanned)->text == "4006381333931");
    manager.stop();
    recorder.finish();

    // The scan's reports up to its Enter are written; nothing from the swipe on.
    const auto lines = lines_of(file.str());
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0] == "# device usb:1-2:1.0 05e0:1200 Symbol LS2208");
    for (std::size_t i = 1; i < lines.size(); ++i) {
        CHECK(std::stoi(lines[i].substr(0, lines[i].find(' '))) < swipe_start);
    }
    CHECK(lines.size() ==
          1 + ean.size() - 1);  // the Enter's release comes after the scan's time and is dropped
}

TEST_CASE("recording read back: times, lines without a time, comments and Windows line ends",
          "[drivers][record]") {
    std::istringstream in(
        "# device usb:1-2:1.0 0c2e:0b61 Honeywell\r\n"
        "0 00001e0000000000\r\n"
        "\r\n"
        "0000000000000000\r\n"
        "40 0000280000000000\n");
    const Recording recording = read_recording(in);
    REQUIRE_FALSE(recording.problem.has_value());
    REQUIRE(recording.reports.size() == 3);
    CHECK(recording.reports[0].at == Timestamp{});
    CHECK(recording.reports[0].bytes == Bytes{0x00, 0x00, 0x1e, 0, 0, 0, 0, 0});
    CHECK(recording.reports[1].at ==
          Timestamp{} + std::chrono::milliseconds(1));  // 1 ms after the one before
    CHECK(recording.reports[2].at == Timestamp{} + std::chrono::milliseconds(40));
    CHECK(hex(recording.reports[2].bytes) == "0000280000000000");
}

TEST_CASE(
    "recording read back: a time out of range, going back or not a number, and bad hex, name their line",
    "[drivers][record]") {
    using Kind = RecordingProblem::Kind;
    const auto problem = [](const std::string& text) {
        std::istringstream in(text);
        const Recording recording = read_recording(in);
        CHECK(recording.reports.empty());  // nothing of a refused file is replayed
        REQUIRE(recording.problem.has_value());
        return *recording.problem;
    };
    // The largest signed 64-bit number parses, and is refused before it becomes nanoseconds (it overflowed).
    const auto huge = problem("0 0102\n9223372036854775807 0102\n");
    CHECK(huge.kind == Kind::time_too_late);
    CHECK(huge.line == 2);
    CHECK(problem("9223372036854775808 0102\n").kind == Kind::bad_time);  // past long long
    CHECK(problem("99999999999999999999 0102\n").kind == Kind::bad_time);
    CHECK(problem(std::to_string(kMaxRecordingMs + 1) + " 0102\n").kind == Kind::time_too_late);
    const auto back = problem("# a comment\n50 0102\n40 0304\n");
    CHECK(back.kind == Kind::bad_time);
    CHECK(back.line == 3);
    CHECK(problem("-1 0102\n").kind == Kind::bad_time);
    CHECK(problem("1.5 0102\n").kind == Kind::bad_time);
    CHECK(problem("0 010\n").kind == Kind::bad_report);
    CHECK(problem("0 01 02\n").kind == Kind::bad_report);
    CHECK(problem("0 zz\n").kind == Kind::bad_report);
    CHECK(problem("0 \n").kind == Kind::bad_report);

    // At the bound itself the file is read.
    std::istringstream in(std::to_string(kMaxRecordingMs) + " 0102\n");
    const Recording at_limit = read_recording(in);
    CHECK_FALSE(at_limit.problem.has_value());
    REQUIRE(at_limit.reports.size() == 1);
    CHECK(at_limit.reports[0].at == Timestamp{} + std::chrono::milliseconds(kMaxRecordingMs));
}
