#pragma once
// What a receipt printer says about itself, byte by byte (devices.md 8). Pure: no I/O, tested on literal
// bytes.
//
// Two sources:
// - ESC/POS real-time status: the host sends `DLE EOT n` (10 04 n) and the printer answers one byte at once,
//   even while offline or with a full buffer. Every answer has the same fixed bits (bit 0 off, bit 1 on,
//   bit 4 on, bit 7 off), which is how an answer is told from a stray byte.
//     n=1 printer:       bit 2 drawer kick connector pin 3 high, bit 3 offline.
//     n=2 offline cause: bit 2 cover open, bit 3 paper being fed by the FEED button, bit 5 printing stopped
//                        by paper end, bit 6 an error occurred (ask n=3 which one).
//     n=3 error cause:   bit 3 autocutter error, bit 5 unrecoverable error, bit 6 automatically recoverable
//                        error (head too hot); bit 2 differs between makers and is not read.
//     n=4 paper sensor:  bits 2-3 near-end sensor (both on: near end), bits 5-6 end sensor (both on: out).
// - The USB printer class request GET_PORT_STATUS: one byte, bit 3 not-error, bit 4 selected, bit 5 paper
//   empty (USB Device Class Definition for Printing Devices 1.1, 4.2.2; the old Centronics status lines).

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace kassa::drivers {

// The `n` of `DLE EOT n`.
enum class RealtimeStatusKind : std::uint8_t {
    printer = 1,
    offline_cause = 2,
    error_cause = 3,
    paper_sensor = 4,
};

// The three bytes that ask for one real-time status.
std::array<std::uint8_t, 3> realtime_status_request(RealtimeStatusKind kind);

// Whether `reply` has the fixed bits every `DLE EOT` answer has (0xx1xx10 in binary).
bool is_realtime_status_reply(std::uint8_t reply);

struct PrinterStatus {
    bool online = true;
    bool cover_open = false;
    bool paper_out = false;       // the roll end sensor (DLE EOT 4) or USB paper empty
    bool paper_end_stop = false;  // DLE EOT 2 bit 5: printing stopped because the paper ran out
    bool paper_near_end = false;  // the receipt still prints; the roll needs changing soon
    bool feeding = false;         // the FEED button is held
    // DLE EOT 1 bit 2, raw: the level of the drawer kick connector's pin 3. Whether high means open or
    // closed depends on the drawer's switch, so it is kept as the level and the printer profile says which;
    // empty until a DLE EOT 1 answer was read (USB port status does not carry it).
    std::optional<bool> drawer_pin3_high;
    bool error = false;  // some error stops printing (DLE EOT 2 bit 6, or USB not-error cleared)
    bool autocutter_error = false;
    bool unrecoverable_error = false;
    bool recoverable_error = false;  // clears by itself (the head cooled down)

    bool operator==(const PrinterStatus&) const = default;
};

// Folds one `DLE EOT n` answer into `status`. Returns false, leaving `status` as it was, when `reply` lacks
// the fixed bits (not an answer: a byte of something else the printer sent).
bool apply_realtime_status(RealtimeStatusKind kind, std::uint8_t reply, PrinterStatus& status);

// The USB printer class GET_PORT_STATUS byte.
inline constexpr std::uint8_t kPortStatusNotError = 0x08;
inline constexpr std::uint8_t kPortStatusSelected = 0x10;
inline constexpr std::uint8_t kPortStatusPaperEmpty = 0x20;
// Folds a GET_PORT_STATUS byte into `status`: paper out, online (selected), error (not-error cleared).
void apply_port_status(std::uint8_t port_status, PrinterStatus& status);

// Why a printer cannot take a job now, or why a job did not get through; the UI makes the sentence from the
// name. The first group comes from the printer's status, the rest from the port.
enum class PrintProblem {
    none,
    paper_out,
    cover_open,
    offline,            // not selected / offline for a reason the status did not give
    printer_error,      // autocutter, unrecoverable or recoverable error
    host_unknown,       // the printer's host name does not resolve
    unreachable,        // no route to the printer, or the network is down
    refused,            // the host is there but nothing listens on the port
    timeout,            // the printer did not answer or take bytes in time
    connection_lost,    // the connection broke (TCP reset, cable pulled) after it was made
    no_status,          // the printer does not answer status requests the way ESC/POS says
    not_found,          // no such USB printer plugged in
    permission_denied,  // the USB device node is not ours to open: the udev rules are missing
    busy,               // another program holds the printer
    io_error,           // the port failed in another way
    cancelled,          // cancel() or the worker stopping cut the operation short
};

std::string_view print_problem_name(PrintProblem problem);

// The problem that keeps a printer with this status from printing (the most specific first: a cover open
// also sets offline), or none.
PrintProblem status_problem(const PrinterStatus& status);

}  // namespace kassa::drivers
