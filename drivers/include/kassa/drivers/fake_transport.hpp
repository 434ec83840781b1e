#pragma once
// A Transport that plays a script instead of talking to USB: tests (and benchmarks) plug and unplug devices,
// queue the reports a device will send and fail an open or a claim, then watch what the device manager makes
// of it. Time is scripted too: each report carries its arrival time, and a read "times out" only when the
// script says so (push_idle), so no test ever waits for a clock.
//
// Threading rule: thread-safe. Script calls come from the test's thread, reads from reader threads, cancel()
// from the manager thread; one mutex guards everything and one condition variable wakes readers and the
// test's wait_until_waiting(). Hotplug calls to the sink are made on the test's thread, outside that mutex,
// under a second one that stop() takes, so no sink call runs after stop() returns.

#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "kassa/drivers/transport.hpp"

namespace kassa::drivers {

class FakeTransport final : public Transport {
  public:
    struct Device {
        DeviceInfo info;
        TransportError open_error = TransportError::none;   // e.g. permission_denied: no udev rules
        TransportError claim_error = TransportError::none;  // e.g. busy
    };

    // How often the transport was asked to do each step for one device id, over all its plugs.
    struct Counters {
        int opens = 0;
        int claims = 0;
        int releases = 0;  // releases of a claimed interface
        int closes = 0;
    };

    FakeTransport() = default;
    ~FakeTransport() override;

    // The device arrives now, or when start() is called if the transport is not started (like libusb's
    // ENUMERATE of the devices already plugged in). Plugging an id again is a replug.
    void plug(Device device);
    // The device leaves: a read in progress and every later read on its connections return `gone`; unread
    // script items are dropped; the sink hears `left`.
    void unplug(const DeviceId& id);
    // The next read on the device's current plug returns this report.
    void push_report(const DeviceId& id, std::vector<std::uint8_t> bytes, Timestamp at);
    // The next read returns `timeout` at time `at` (nothing came until then).
    void push_idle(const DeviceId& id, Timestamp at);
    // The next read fails as a broken device does.
    void push_read_error(const DeviceId& id);
    // Blocks until a reader waits inside read_report() on the device's current plug with nothing left in
    // its script, i.e. every queued report has been read and handled. False if `limit` passes first (a
    // guard against hanging a broken test, not a way to wait for time).
    bool wait_until_waiting(const DeviceId& id, std::chrono::milliseconds limit = std::chrono::seconds(10));
    [[nodiscard]] Counters counters(const DeviceId& id) const;

    void start(HotplugSink& sink) override;
    void stop() override;
    OpenResult open(const DeviceInfo& device) override;

  private:
    struct Item {
        ReadStatus status = ReadStatus::report;
        std::vector<std::uint8_t> bytes;
        Timestamp at{};
    };
    // One plug of a device; connections keep theirs alive after an unplug so they can answer `gone`.
    struct Plug {
        Device device;
        std::deque<Item> script;
        bool gone = false;
        int waiting_readers = 0;
    };
    class FakeConnection;
    friend class FakeConnection;

    void push(const DeviceId& id, Item item);

    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::map<DeviceId, std::shared_ptr<Plug>> plugged_;
    std::map<DeviceId, Counters> counters_;

    std::mutex sink_mutex_;  // held while the sink is called and while it is set or cleared
    HotplugSink* sink_ = nullptr;
};

}  // namespace kassa::drivers
