#pragma once
// A network receipt printer on raw TCP (port 9100, "JetDirect" / AppSocket): the job's bytes go down the
// connection as they are, and `DLE EOT n` requests on the same connection are answered with one status byte
// each. POSIX sockets, non-blocking, every wait a poll() with a limit: nothing here blocks forever.
//
// Threading rule: as PrinterPort says. open, send, query_status and close on the owning thread (the
// PrinterWorker's); cancel() from any thread writes to an eventfd that every poll() also watches, so a
// connect, write or status read in progress returns `cancelled` at once.

#include <chrono>
#include <memory>

#include "kassa/drivers/printer_port.hpp"

namespace kassa::drivers {

struct TcpPrinterSettings {
    std::chrono::milliseconds connect_timeout{3000};
    // How long one status answer may take. Printers answer real-time requests at once, even offline.
    std::chrono::milliseconds status_timeout{1000};
    // Printers that do not answer DLE EOT on the network port: status is not asked, and the printer counts
    // as ready whenever it accepts the connection.
    bool realtime_status = true;
};

class TcpPrinterPort final : public PrinterPort {
  public:
    explicit TcpPrinterPort(TcpPrinterAddress address, TcpPrinterSettings settings = {});
    ~TcpPrinterPort() override;

    PrintProblem open() override;
    PrintProblem send(std::span<const std::uint8_t> bytes,
                      std::chrono::steady_clock::time_point deadline) override;
    StatusResult query_status() override;
    void close() override;
    void cancel() override;

  private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kassa::drivers
