// The printer's status bytes and the printer URLs, on literal bytes and text. The expected values come from
// the ESC/POS command reference (DLE EOT) and the USB printer class definition (GET_PORT_STATUS), written
// here by hand, not computed by the code under test.
#include <catch2/catch.hpp>

#include <array>

#include "kassa/drivers/printer_port.hpp"
#include "kassa/drivers/printer_status.hpp"

using namespace kassa::drivers;

namespace {

PrinterStatus after(RealtimeStatusKind kind, std::uint8_t reply) {
    PrinterStatus s;
    REQUIRE(apply_realtime_status(kind, reply, s));
    return s;
}

PrinterAddress parsed(std::string_view url) {
    const auto r = parse_printer_url(url);
    INFO(url);
    REQUIRE(std::holds_alternative<PrinterAddress>(r));
    return std::get<PrinterAddress>(r);
}

PrinterUrlError refused(std::string_view url) {
    const auto r = parse_printer_url(url);
    INFO(url);
    REQUIRE(std::holds_alternative<PrinterUrlError>(r));
    return std::get<PrinterUrlError>(r);
}

}  // namespace

TEST_CASE("DLE EOT requests are 10 04 n", "[drivers][printer]") {
    CHECK(realtime_status_request(RealtimeStatusKind::printer) ==
          std::array<std::uint8_t, 3>{0x10, 0x04, 0x01});
    CHECK(realtime_status_request(RealtimeStatusKind::offline_cause) ==
          std::array<std::uint8_t, 3>{0x10, 0x04, 0x02});
    CHECK(realtime_status_request(RealtimeStatusKind::error_cause) ==
          std::array<std::uint8_t, 3>{0x10, 0x04, 0x03});
    CHECK(realtime_status_request(RealtimeStatusKind::paper_sensor) ==
          std::array<std::uint8_t, 3>{0x10, 0x04, 0x04});
}

TEST_CASE("a status answer is known by its fixed bits", "[drivers][printer]") {
    CHECK(is_realtime_status_reply(0x12));  // all clear
    CHECK(is_realtime_status_reply(0x7E));  // every variable bit set
    CHECK_FALSE(is_realtime_status_reply(0x00));
    CHECK_FALSE(is_realtime_status_reply(0x10));  // bit 1 off
    CHECK_FALSE(is_realtime_status_reply(0x02));  // bit 4 off
    CHECK_FALSE(is_realtime_status_reply(0x13));  // bit 0 on
    CHECK_FALSE(is_realtime_status_reply(0x92));  // bit 7 on
    PrinterStatus s;
    s.cover_open = true;
    CHECK_FALSE(apply_realtime_status(RealtimeStatusKind::offline_cause, 0x41, s));
    CHECK(s.cover_open);  // left as it was
}

TEST_CASE("DLE EOT 1: online and the drawer pin level", "[drivers][printer]") {
    const PrinterStatus ready = after(RealtimeStatusKind::printer, 0x12);
    CHECK(ready.online);
    REQUIRE(ready.drawer_pin3_high.has_value());
    CHECK_FALSE(*ready.drawer_pin3_high);
    CHECK(status_problem(ready) == PrintProblem::none);

    const PrinterStatus drawer = after(RealtimeStatusKind::printer, 0x16);
    CHECK(drawer.online);
    CHECK(drawer.drawer_pin3_high == std::optional<bool>(true));

    const PrinterStatus offline = after(RealtimeStatusKind::printer, 0x1A);
    CHECK_FALSE(offline.online);
    CHECK(status_problem(offline) == PrintProblem::offline);
}

TEST_CASE("DLE EOT 2: cover, feed button, paper-end stop, error", "[drivers][printer]") {
    const PrinterStatus cover = after(RealtimeStatusKind::offline_cause, 0x16);
    CHECK(cover.cover_open);
    CHECK_FALSE(cover.paper_end_stop);
    CHECK(status_problem(cover) == PrintProblem::cover_open);

    const PrinterStatus feeding = after(RealtimeStatusKind::offline_cause, 0x1A);
    CHECK(feeding.feeding);
    CHECK_FALSE(feeding.cover_open);

    const PrinterStatus paper = after(RealtimeStatusKind::offline_cause, 0x32);
    CHECK(paper.paper_end_stop);
    CHECK(status_problem(paper) == PrintProblem::paper_out);

    const PrinterStatus error = after(RealtimeStatusKind::offline_cause, 0x52);
    CHECK(error.error);
    CHECK(status_problem(error) == PrintProblem::printer_error);

    // The cover open while the paper is out: the cover is what the cashier fixes first.
    const PrinterStatus both = after(RealtimeStatusKind::offline_cause, 0x36);
    CHECK(status_problem(both) == PrintProblem::cover_open);
}

TEST_CASE("DLE EOT 3: the error's cause", "[drivers][printer]") {
    const PrinterStatus cutter = after(RealtimeStatusKind::error_cause, 0x1A);
    CHECK(cutter.autocutter_error);
    CHECK_FALSE(cutter.unrecoverable_error);
    CHECK(status_problem(cutter) == PrintProblem::printer_error);
    CHECK(after(RealtimeStatusKind::error_cause, 0x32).unrecoverable_error);
    CHECK(after(RealtimeStatusKind::error_cause, 0x52).recoverable_error);
    // Bit 2 means different things to different makers: it is not read.
    CHECK(after(RealtimeStatusKind::error_cause, 0x16) == PrinterStatus{});
}

TEST_CASE("DLE EOT 4: the roll's near-end and end sensors", "[drivers][printer]") {
    CHECK(after(RealtimeStatusKind::paper_sensor, 0x12) == PrinterStatus{});
    const PrinterStatus near = after(RealtimeStatusKind::paper_sensor, 0x1E);
    CHECK(near.paper_near_end);
    CHECK_FALSE(near.paper_out);
    CHECK(status_problem(near) == PrintProblem::none);  // still prints

    const PrinterStatus out = after(RealtimeStatusKind::paper_sensor, 0x72);
    CHECK(out.paper_out);
    CHECK(status_problem(out) == PrintProblem::paper_out);
    // A single-sensor printer sets one bit of the pair.
    CHECK(after(RealtimeStatusKind::paper_sensor, 0x16).paper_near_end);
    CHECK(after(RealtimeStatusKind::paper_sensor, 0x32).paper_out);
}

TEST_CASE("USB GET_PORT_STATUS: not-error, selected, paper empty", "[drivers][printer]") {
    PrinterStatus ready;
    apply_port_status(0x18, ready);
    CHECK(ready.online);
    CHECK_FALSE(ready.error);
    CHECK_FALSE(ready.paper_out);
    CHECK(status_problem(ready) == PrintProblem::none);

    PrinterStatus paper;
    apply_port_status(0x38, paper);
    CHECK(paper.paper_out);
    CHECK(status_problem(paper) == PrintProblem::paper_out);

    PrinterStatus error;
    apply_port_status(0x10, error);
    CHECK(error.error);
    CHECK(status_problem(error) == PrintProblem::printer_error);

    PrinterStatus deselected;
    apply_port_status(0x08, deselected);
    CHECK_FALSE(deselected.online);
    CHECK(status_problem(deselected) == PrintProblem::offline);
    CHECK_FALSE(deselected.drawer_pin3_high.has_value());  // the port status does not carry it
}

TEST_CASE("problems have stable names", "[drivers][printer]") {
    CHECK(print_problem_name(PrintProblem::paper_out) == "paper_out");
    CHECK(print_problem_name(PrintProblem::connection_lost) == "connection_lost");
    CHECK(print_problem_name(PrintProblem::host_unknown) == "host_unknown");
    CHECK(printer_url_error_name(PrinterUrlError::bad_usb_id) == "bad_usb_id");
}

TEST_CASE("printer URLs: tcp with and without a port", "[drivers][printer]") {
    CHECK(parsed("tcp://192.168.1.50:9100") == PrinterAddress{TcpPrinterAddress{"192.168.1.50", 9100}});
    CHECK(parsed("tcp://printer.local") == PrinterAddress{TcpPrinterAddress{"printer.local", 9100}});
    CHECK(parsed("TCP://kitchen:4000/") == PrinterAddress{TcpPrinterAddress{"kitchen", 4000}});
    CHECK(parsed("tcp://[fe80::1]:9101") == PrinterAddress{TcpPrinterAddress{"fe80::1", 9101}});
    CHECK(parsed("tcp://[::1]") == PrinterAddress{TcpPrinterAddress{"::1", 9100}});
    CHECK(parsed("tcp://[fe80::1%eth0]") == PrinterAddress{TcpPrinterAddress{"fe80::1%eth0", 9100}});
    CHECK(parsed("tcp://kassa-printer_2.shop.lan") ==
          PrinterAddress{TcpPrinterAddress{"kassa-printer_2.shop.lan", 9100}});
}

TEST_CASE("printer URLs: usb VID:PID and serial", "[drivers][printer]") {
    CHECK(parsed("usb:04b8:0e15") == PrinterAddress{UsbPrinterAddress{0x04B8, 0x0E15, ""}});
    CHECK(parsed("usb:04B8:0E15:X5EF012345") ==
          PrinterAddress{UsbPrinterAddress{0x04B8, 0x0E15, "X5EF012345"}});
    CHECK(parsed("usb://1d6b:0104") == PrinterAddress{UsbPrinterAddress{0x1D6B, 0x0104, ""}});
}

TEST_CASE("printer URLs: bad ones say what is wrong", "[drivers][printer]") {
    CHECK(refused("") == PrinterUrlError::unknown_scheme);
    CHECK(refused("lpt:1") == PrinterUrlError::unknown_scheme);
    CHECK(refused("192.168.1.50:9100") == PrinterUrlError::unknown_scheme);
    CHECK(refused("tcp://") == PrinterUrlError::missing_host);
    CHECK(refused("tcp://:9100") == PrinterUrlError::missing_host);
    CHECK(refused("tcp://[fe80::1") == PrinterUrlError::missing_host);
    CHECK(refused("tcp://user@printer") == PrinterUrlError::bad_host);
    CHECK(refused("tcp://print er") == PrinterUrlError::bad_host);
    CHECK(refused("tcp://a[b") == PrinterUrlError::bad_host);
    CHECK(refused("tcp://[[x]") == PrinterUrlError::bad_host);       // would not read back
    CHECK(refused("tcp://[printer]") == PrinterUrlError::bad_host);  // brackets are for IPv6 only
    CHECK(refused("tcp://host:") == PrinterUrlError::bad_port);
    CHECK(refused("tcp://host:0") == PrinterUrlError::bad_port);
    CHECK(refused("tcp://host:65536") == PrinterUrlError::bad_port);
    CHECK(refused("tcp://host:91x0") == PrinterUrlError::bad_port);
    CHECK(refused("tcp://host:-1") == PrinterUrlError::bad_port);
    CHECK(refused("tcp://host/queue") == PrinterUrlError::trailing_text);
    CHECK(refused("tcp://[::1]x") == PrinterUrlError::trailing_text);
    CHECK(refused("usb:") == PrinterUrlError::bad_usb_id);
    CHECK(refused("usb:04b8") == PrinterUrlError::bad_usb_id);
    CHECK(refused("usb:4b8:e15") == PrinterUrlError::bad_usb_id);
    CHECK(refused("usb:04b8:0e1g") == PrinterUrlError::bad_usb_id);
    CHECK(refused("usb:04b8:0e15:") == PrinterUrlError::trailing_text);
}

TEST_CASE("printer URLs read back to the same address", "[drivers][printer]") {
    for (const char* url :
         {"tcp://192.168.1.50:9100", "tcp://[fe80::1]:9101", "usb:04b8:0e15", "usb:04b8:0e15:X5EF012345"}) {
        INFO(url);
        CHECK(printer_url(parsed(url)) == url);
    }
    CHECK(printer_url(parsed("tcp://printer")) == "tcp://printer:9100");
}
