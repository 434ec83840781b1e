#pragma once
// A USB receipt printer through libusb: a USB printer class interface (class 7, subclass 1, protocol 1
// unidirectional or 2 bidirectional), found by enumeration and named by VID:PID (and serial when the shop has
// two of a kind). The job goes down the bulk OUT endpoint; the status comes from the class request
// GET_PORT_STATUS (bmRequestType 0xA1, bRequest 1, wIndex = interface), and, on a bidirectional interface
// when asked for, from `DLE EOT n` answers on the bulk IN endpoint. The kernel's usblp driver is detached
// while Kassa holds the interface (libusb auto-detach) and gets it back on close.
//
// Threading rule: as PrinterPort says. open, send, query_status and close on the owning thread (the
// PrinterWorker's); cancel() from any thread sets a flag that the transfers check between slices of at most
// `slice` (synchronous libusb transfers, so a cancel waits for at most one slice). Each port has its own
// libusb context.

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "kassa/drivers/printer_port.hpp"

namespace kassa::drivers {

struct UsbPrinterSettings {
    // Ask `DLE EOT n` on the bulk IN endpoint as well as GET_PORT_STATUS (bidirectional interfaces only):
    // the port status has no cover-open bit.
    bool realtime_status = true;
    std::chrono::milliseconds status_timeout{1000};
    std::chrono::milliseconds slice{200};
};

class UsbPrinterPort final : public PrinterPort {
  public:
    explicit UsbPrinterPort(UsbPrinterAddress address, UsbPrinterSettings settings = {});
    ~UsbPrinterPort() override;

    PrintProblem open() override;
    PrintProblem send(std::span<const std::uint8_t> bytes,
                      std::chrono::steady_clock::time_point deadline) override;
    StatusResult query_status() override;
    void close() override;
    void idle() override;  // keeps the claim (see PrinterPort::idle)
    void cancel() override;

    // The GET_PORT_STATUS byte alone, for diagnosis (kassactl) and the virtual USB test.
    std::optional<std::uint8_t> port_status();

  private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

// One printer class interface plugged in now.
struct UsbPrinterInfo {
    std::uint16_t vendor = 0;
    std::uint16_t product = 0;
    std::uint8_t bus = 0;
    std::uint8_t address = 0;
    int interface_number = 0;
    int protocol = 0;  // 1 unidirectional, 2 bidirectional
    // Read only when the device could be opened (the udev rules give it to us); empty otherwise.
    std::string manufacturer;
    std::string product_name;
    std::string serial;
    std::string device_id;  // IEEE 1284 device id ("MFG:...;MDL:...;CMD:ESC/POS;"), from GET_DEVICE_ID
    PrintProblem problem = PrintProblem::none;  // why the strings are missing (permission_denied, busy, ...)
};

// Every USB printer class interface plugged in now, for `kassactl devices` and the owner's settings. Opens
// each device to read its strings and asks GET_DEVICE_ID, which needs the interface: the kernel driver is
// detached for that moment and reattached. Empty when libusb cannot start.
std::vector<UsbPrinterInfo> list_usb_printers();

}  // namespace kassa::drivers
