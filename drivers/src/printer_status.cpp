#include "kassa/drivers/printer_status.hpp"

namespace kassa::drivers {

namespace {

constexpr bool bit(std::uint8_t byte, int n) {
    return ((static_cast<unsigned>(byte) >> n) & 1U) != 0;
}

}  // namespace

std::array<std::uint8_t, 3> realtime_status_request(RealtimeStatusKind kind) {
    return {0x10, 0x04, static_cast<std::uint8_t>(kind)};
}

bool is_realtime_status_reply(std::uint8_t reply) {
    return (reply & 0x93) == 0x12;
}

bool apply_realtime_status(RealtimeStatusKind kind, std::uint8_t reply, PrinterStatus& status) {
    if (!is_realtime_status_reply(reply)) {
        return false;
    }
    switch (kind) {
        case RealtimeStatusKind::printer:
            status.drawer_pin3_high = bit(reply, 2);
            status.online = !bit(reply, 3);
            return true;
        case RealtimeStatusKind::offline_cause:
            status.cover_open = bit(reply, 2);
            status.feeding = bit(reply, 3);
            status.paper_end_stop = bit(reply, 5);
            status.error = bit(reply, 6);
            return true;
        case RealtimeStatusKind::error_cause:
            status.autocutter_error = bit(reply, 3);
            status.unrecoverable_error = bit(reply, 5);
            status.recoverable_error = bit(reply, 6);
            return true;
        case RealtimeStatusKind::paper_sensor:
            // Each sensor is reported on two bits (one per sensor on two-sensor models); either bit set means
            // the sensor saw it, because single-sensor printers set only one of the pair.
            status.paper_near_end = bit(reply, 2) || bit(reply, 3);
            status.paper_out = bit(reply, 5) || bit(reply, 6);
            return true;
    }
    return false;
}

void apply_port_status(std::uint8_t port_status, PrinterStatus& status) {
    status.paper_out = (port_status & kPortStatusPaperEmpty) != 0;
    status.online = (port_status & kPortStatusSelected) != 0;
    status.error = (port_status & kPortStatusNotError) == 0;
}

std::string_view print_problem_name(PrintProblem problem) {
    switch (problem) {
        case PrintProblem::none:
            return "none";
        case PrintProblem::paper_out:
            return "paper_out";
        case PrintProblem::cover_open:
            return "cover_open";
        case PrintProblem::offline:
            return "offline";
        case PrintProblem::printer_error:
            return "printer_error";
        case PrintProblem::host_unknown:
            return "host_unknown";
        case PrintProblem::unreachable:
            return "unreachable";
        case PrintProblem::refused:
            return "refused";
        case PrintProblem::timeout:
            return "timeout";
        case PrintProblem::connection_lost:
            return "connection_lost";
        case PrintProblem::no_status:
            return "no_status";
        case PrintProblem::not_found:
            return "not_found";
        case PrintProblem::permission_denied:
            return "permission_denied";
        case PrintProblem::busy:
            return "busy";
        case PrintProblem::io_error:
            return "io_error";
        case PrintProblem::cancelled:
            return "cancelled";
    }
    return "io_error";
}

PrintProblem status_problem(const PrinterStatus& status) {
    if (status.cover_open) {
        return PrintProblem::cover_open;
    }
    if (status.paper_out || status.paper_end_stop) {
        return PrintProblem::paper_out;
    }
    if (status.error || status.autocutter_error || status.unrecoverable_error || status.recoverable_error) {
        return PrintProblem::printer_error;
    }
    if (!status.online) {
        return PrintProblem::offline;
    }
    return PrintProblem::none;
}

}  // namespace kassa::drivers
