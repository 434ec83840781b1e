#pragma once
// The seam between the device manager and a USB stack: libusb in the till, a scripted fake in tests. The
// manager drives the UnifiedPOS lifecycle (open, claim, read, release, close) through it and never sees a
// libusb type.
//
// Threading rule (every implementation must keep it):
// - HotplugSink calls come from any thread the transport likes (libusb's event thread); the sink only
//   records them. Transport::stop() returns only when no sink call is running and none will start.
// - Transport::open() is called from the manager's thread.
// - A Connection is used by one thread at a time: the manager's thread claims it and starts a reader
//   thread; the reader thread alone calls read_report(); the manager joins the reader before release() and
//   close(). cancel() is the one call allowed from another thread at any time, and it is sticky: the read
//   in progress and every later read return `cancelled` at once, so a reader can never miss it.

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "kassa/drivers/events.hpp"

namespace kassa::drivers {

// One HID interface of a plugged device.
struct DeviceInfo {
    DeviceId id;
    UsbId usb;
    std::string name;  // the product string, for messages ("Honeywell Voyager 1250g")
    // Read without opening the device (libusb: from sysfs, which any user may read), so that routing never
    // opens the cashier's own keyboard or mouse, and a permission problem is reported only for scanners.
    std::vector<std::uint8_t> report_descriptor;
};

enum class TransportError {
    none,
    permission_denied,  // the device node is not ours to open: the udev rules are missing
    busy,               // another program or driver holds it
    gone,               // unplugged meanwhile: an ordinary event, not an error
    other,
};

enum class ReadStatus {
    report,     // `bytes` holds one input report (may be empty: a zero-length transfer)
    timeout,    // nothing came until `time`
    cancelled,  // cancel() was called
    gone,       // the device was unplugged
    error,      // the device failed; reading it again is pointless
};

struct ReadResult {
    ReadStatus status = ReadStatus::timeout;
    std::vector<std::uint8_t> bytes;
    Timestamp time{};  // when the report arrived or the read timed out; the decoders' only clock
};

class Connection {
  public:
    virtual ~Connection() = default;  // closes the device if close() was not called
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Takes the interface: detaches the kernel driver (it is reattached by release()) and claims it.
    virtual TransportError claim() = 0;
    // Waits up to `timeout` for one input report.
    virtual ReadResult read_report(std::chrono::milliseconds timeout) = 0;
    // From any thread; sticky (see the threading rule above).
    virtual void cancel() = 0;
    // Gives the interface back to the kernel driver. Harmless when not claimed or unplugged.
    virtual void release() = 0;
    // Harmless twice.
    virtual void close() = 0;
};

struct OpenResult {
    std::unique_ptr<Connection> connection;  // null when `error` is set
    TransportError error = TransportError::none;
};

class HotplugSink {
  public:
    // A device is there: plugged in now, or already plugged when the transport started (libusb's
    // ENUMERATE). May be called again for the same id after a replug.
    virtual void arrived(const DeviceInfo& device) = 0;
    virtual void left(const DeviceId& device) = 0;

  protected:
    ~HotplugSink() = default;
};

class Transport {
  public:
    virtual ~Transport() = default;
    Transport() = default;
    Transport(const Transport&) = delete;
    Transport& operator=(const Transport&) = delete;

    // Starts hotplug notifications, announcing the devices already plugged in first.
    virtual void start(HotplugSink& sink) = 0;
    // Stops them; see the threading rule.
    virtual void stop() = 0;
    virtual OpenResult open(const DeviceInfo& device) = 0;
};

}  // namespace kassa::drivers
