#pragma once
// The Transport the till uses: USB through libusb-1.0, one libusb context per transport.
//
// - Discovery: libusb hotplug with LIBUSB_HOTPLUG_ENUMERATE, so devices already plugged are announced like
// new
//   ones. Where libusb has no hotplug (or `force_polling`), the device list is compared with the previous one
//   every `poll_interval` instead. Either way the callback (or the poll) only records "arrived"/"left"; the
//   transport's event thread turns records into DeviceInfo and calls the sink.
// - What a device is comes from sysfs (usb_sysfs.hpp): the HID driver's copy of each interface's report
//   descriptor. An arrival is announced once every HID interface has its descriptor there, or after
//   `settle_limit` (the kernel binds the HID driver a little after the device appears), so no device is
//   opened to be routed.
// - Reading: claim() sets libusb's auto-detach (or detaches by hand where that is unsupported) and claims the
//   interface; release() gives it back and the kernel driver is reattached. read_report() submits one
//   asynchronous interrupt IN transfer and handles libusb events on the reader's own thread until it
//   completes (the pattern of libusb's synchronous calls). Asynchronous rather than a loop of short
//   synchronous reads because cancel() can then cancel the transfer in flight: the reader returns `cancelled`
//   as soon as the kernel gives the URB back, not at the end of a polling slice, and a report that completes
//   in the same instant is not lost to a timeout-and-resubmit gap. The reader handling its own events
//   (instead of the transport's event thread) keeps reads working while the manager shuts down after stop().
// - Errors: LIBUSB_ERROR_ACCESS is permission_denied (the udev rules are missing), NO_DEVICE is gone, BUSY is
//   busy.
//
// Threading rule: as Transport says. start(), stop(), snapshot() and the destructor on the owner's thread;
// open() on the manager's thread; sink calls only from the transport's event thread, which stop() joins after
// deregistering the hotplug callback, so none runs after stop() returns. Each Connection: claim, release and
// close on the manager's thread, read_report on the reader thread, cancel from any thread (sticky, under the
// connection's mutex so it cannot slip between the check and the submission of a transfer). The libusb
// context lives until the transport and the last connection are gone.

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "kassa/drivers/transport.hpp"

namespace kassa::drivers {

struct LibusbSettings {
    std::string sysfs_root = "/sys";
    // Without libusb hotplug support: how often the device list is compared with the previous one.
    std::chrono::milliseconds poll_interval{1000};
    bool force_polling = false;
    // How long an arrived device's HID interfaces may go without a report descriptor in sysfs before the
    // device is announced with what is there (an empty descriptor routes as unknown: never opened).
    std::chrono::milliseconds settle_limit{3000};
};

class LibusbTransport final : public Transport {
  public:
    // Throws std::runtime_error with a sentence when libusb cannot start (no USB support at all).
    explicit LibusbTransport(LibusbSettings settings = {});
    ~LibusbTransport() override;  // stops

    void start(HotplugSink& sink) override;
    void stop() override;
    OpenResult open(const DeviceInfo& device) override;

    // Every HID interface plugged in now, read at once (no hotplug, no waiting for descriptors): for
    // `kassactl devices`. open() accepts what it returns.
    std::vector<DeviceInfo> snapshot();
    // Whether start() uses libusb hotplug (false: it polls).
    [[nodiscard]] bool uses_hotplug() const;

  private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

std::string_view transport_error_name(TransportError error);

}  // namespace kassa::drivers
