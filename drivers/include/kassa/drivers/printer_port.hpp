#pragma once
// How receipt bytes reach a printer and its status comes back, whatever the cable: the PrinterPort seam, and
// the printer URLs the shop's settings and `kassactl` use to name one (docs/printing.md).
//
// Threading rule (every implementation keeps it): a port is used by one thread at a time (the PrinterWorker's
// I/O thread) for open, send, query_status and close; cancel() is the one call allowed from any other thread
// at any time. It is sticky: the operation in progress and every later one return PrintProblem::cancelled
// promptly, so a thread that stops a worker never waits for a network or USB timeout. Nothing throws: every
// failure is a PrintProblem.

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "kassa/core/printer_url.hpp"
#include "kassa/drivers/printer_status.hpp"

namespace kassa::drivers {

struct StatusResult {
    PrintProblem problem = PrintProblem::none;  // of the port; none when `status` was read
    PrinterStatus status;
};

class PrinterPort {
  public:
    virtual ~PrinterPort() = default;  // closes
    PrinterPort() = default;
    PrinterPort(const PrinterPort&) = delete;
    PrinterPort& operator=(const PrinterPort&) = delete;

    // Connects (TCP) or finds and claims the printer (USB). Harmless when already open.
    virtual PrintProblem open() = 0;
    // Hands every byte to the printer before `deadline`, or says why not (timeout: some may have gone).
    virtual PrintProblem send(std::span<const std::uint8_t> bytes,
                              std::chrono::steady_clock::time_point deadline) = 0;
    // Reads the printer's status now (bounded by the port's own status timeout).
    virtual StatusResult query_status() = 0;
    // Gives the connection or the interface back. Harmless twice.
    virtual void close() = 0;
    // Nothing to send for now (a job is done, or waits for the printer to be ready). A network connection is
    // closed so the printer can serve another till; a USB port keeps its claim, because giving the interface
    // back re-binds usblp and another program may take the printer meanwhile. A port kept open that went
    // stale (unplugged) shows at the next status check, before any byte of a job is sent.
    virtual void idle() { close(); }
    // From any thread; sticky (see the threading rule).
    virtual void cancel() = 0;
};

// The printer URLs are kassa::core's (the store checks them too); the drivers use them under their own names.
using kassa::parse_printer_url;
using kassa::printer_url;
using kassa::printer_url_error_name;
using kassa::PrinterAddress;
using kassa::PrinterUrlError;
using kassa::TcpPrinterAddress;
using kassa::UsbPrinterAddress;

}  // namespace kassa::drivers
