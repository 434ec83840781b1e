#pragma once
// Finds scanners and card readers as they come and go, reads each on its own thread through a Transport and
// delivers scans, errors and status changes to an EventQueue. The lifecycle is UnifiedPOS's: a device is
// opened, claimed, enabled and read; on unplug or shutdown it is stopped, released and closed.
//
// Threading rule: start(), stop() and the destructor are called by the owner's thread; state() from any
// thread. Inside, one manager thread does all lifecycle work, fed by a command queue that hotplug
// notifications only append to; each enabled device has one reader thread that alone reads and decodes its
// reports. A device is stopped by setting its stop flag, cancelling its connection and joining its reader
// thread, always in that order and always by the manager thread. Drivers never throw across a thread: what
// fails becomes an ErrorEvent. The transport and the event queue must outlive the manager.

#include <chrono>
#include <memory>
#include <string_view>
#include <vector>

#include "kassa/drivers/event_queue.hpp"
#include "kassa/drivers/routing.hpp"
#include "kassa/drivers/transport.hpp"

namespace kassa::drivers {

enum class DeviceState {
    closed,    // not open (also: unknown to the manager)
    opened,    // opened, not yet claimed
    claimed,   // the interface is ours
    enabled,   // a decoder is set up and the reader thread is starting
    reading,   // the reader thread is reading reports (UnifiedPOS: DataEventEnabled)
    stopping,  // the reader has been told to stop, or stopped by itself, and is being joined
};

std::string_view device_state_name(DeviceState state);

struct ManagerSettings {
    DecoderSettings decoders;
    // How long one read waits before the decoder may time out a half-read scan.
    std::chrono::milliseconds read_timeout{100};
    // Keyboard-wedge devices to read besides those of the known scanner vendors (product 0 = any).
    std::vector<UsbId> extra_wedges;
};

class DeviceManager {
  public:
    DeviceManager(Transport& transport, EventQueue& events, ManagerSettings settings = {});
    // Stops if still running.
    ~DeviceManager();
    DeviceManager(const DeviceManager&) = delete;
    DeviceManager& operator=(const DeviceManager&) = delete;

    // Starts the manager thread and the transport's hotplug notifications (devices already plugged in are
    // announced at once).
    void start();
    // Stops hotplug notifications, then stops, releases and closes every device and joins every thread.
    // Returns when no thread of the manager runs any more. A device that was reading gets a disconnected
    // StatusEvent.
    void stop();
    [[nodiscard]] DeviceState state(const DeviceId& device) const;

  private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kassa::drivers
