#include "kassa/drivers/libusb_transport.hpp"

#include <libusb.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

#include "kassa/drivers/hid_descriptor.hpp"
#include "kassa/drivers/usb_sysfs.hpp"

namespace kassa::drivers {

std::string_view transport_error_name(TransportError error) {
    switch (error) {
        case TransportError::none:
            return "none";
        case TransportError::permission_denied:
            return "permission_denied";
        case TransportError::busy:
            return "busy";
        case TransportError::gone:
            return "gone";
        case TransportError::other:
            return "other";
    }
    return "other";
}

namespace {

using Clock = std::chrono::steady_clock;

TransportError from_libusb(int code) {
    switch (code) {
        case LIBUSB_SUCCESS:
            return TransportError::none;
        case LIBUSB_ERROR_ACCESS:
            return TransportError::permission_denied;
        case LIBUSB_ERROR_NO_DEVICE:
            return TransportError::gone;
        case LIBUSB_ERROR_BUSY:
            return TransportError::busy;
        default:
            return TransportError::other;
    }
}

// Owns the libusb context; shared by the transport and its connections so that a connection closed after
// the transport is gone still has a context to close in.
struct Context {
    libusb_context* ctx = nullptr;
    Context() {
        const int r = libusb_init(&ctx);
        if (r != LIBUSB_SUCCESS) {
            throw std::runtime_error(std::string("libusb could not start: ") + libusb_strerror(r));
        }
    }
    ~Context() { libusb_exit(ctx); }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;
};

std::string device_name_of(libusb_device* dev) {
    std::array<std::uint8_t, 8> ports{};
    const int n = libusb_get_port_numbers(dev, ports.data(), static_cast<int>(ports.size()));
    return sysfs_device_name(
        libusb_get_bus_number(dev),
        std::span<const std::uint8_t>(ports.data(), n > 0 ? static_cast<std::size_t>(n) : 0));
}

// The longest input transfer the descriptor declares: a report split over several packets (a MagTek reader's
// 337 bytes in 8-byte packets) then comes back whole in one transfer.
std::size_t longest_input_transfer(const std::vector<std::uint8_t>& descriptor) {
    const ReportDescriptor d = parse_report_descriptor(descriptor);
    std::size_t longest = 0;
    for (const HidInputReport& r : d.input_reports) {
        longest = std::max(longest, d.transfer_length(r));
    }
    return longest;
}

// How long transfer errors may last before the device counts as broken, and the pause between retries.
constexpr std::chrono::milliseconds kErrorGrace{2000};
constexpr std::chrono::milliseconds kErrorPause{20};

class LibusbConnection final : public Connection {
  public:
    LibusbConnection(std::shared_ptr<Context> context, libusb_device_handle* handle, int interface_number,
                     std::size_t report_length)
        : context_(std::move(context)),
          handle_(handle),
          interface_(interface_number),
          report_length_(report_length) {}

    ~LibusbConnection() override {
        release();
        close();
        if (transfer_ != nullptr) {
            libusb_free_transfer(transfer_);
        }
    }
    LibusbConnection(const LibusbConnection&) = delete;
    LibusbConnection& operator=(const LibusbConnection&) = delete;

    TransportError claim() override {
        if (handle_ == nullptr) {
            return TransportError::gone;
        }
        int r = libusb_set_auto_detach_kernel_driver(handle_, 1);
        if (r == LIBUSB_ERROR_NOT_SUPPORTED) {
            // No auto-detach here: detach by hand and remember to give the driver back in release().
            if (libusb_kernel_driver_active(handle_, interface_) == 1) {
                r = libusb_detach_kernel_driver(handle_, interface_);
                if (r != LIBUSB_SUCCESS && r != LIBUSB_ERROR_NOT_FOUND) {
                    return from_libusb(r);
                }
                detached_by_hand_ = r == LIBUSB_SUCCESS;
            }
        }
        r = libusb_claim_interface(handle_, interface_);
        if (r != LIBUSB_SUCCESS) {
            reattach();
            return from_libusb(r);
        }
        claimed_ = true;
        if (!find_endpoint()) {
            release();
            return TransportError::other;
        }
        transfer_ = libusb_alloc_transfer(0);
        if (transfer_ == nullptr) {
            release();
            return TransportError::other;
        }
        buffer_.assign(buffer_length(), 0);
        return TransportError::none;
    }

    ReadResult read_report(std::chrono::milliseconds timeout) override {
        if (transfer_ == nullptr) {
            return ReadResult{ReadStatus::error, {}, Clock::now()};
        }
        {
            std::lock_guard lock(mutex_);
            if (cancelled_) {
                return ReadResult{ReadStatus::cancelled, {}, Clock::now()};
            }
            completed_ = 0;
            libusb_fill_interrupt_transfer(transfer_, handle_, endpoint_, buffer_.data(),
                                           static_cast<int>(buffer_.size()), &LibusbConnection::on_transfer,
                                           this,
                                           static_cast<unsigned>(std::max<long long>(1, timeout.count())));
            const int r = libusb_submit_transfer(transfer_);
            if (r != LIBUSB_SUCCESS) {
                return ReadResult{
                    r == LIBUSB_ERROR_NO_DEVICE ? ReadStatus::gone : ReadStatus::error, {}, Clock::now()};
            }
            in_flight_ = true;
        }
        // Handle events until this transfer is done: completed, timed out (libusb's own timeout), cancelled
        // by cancel(), or failed. The timeval only bounds each wait for events, it is not a sleep.
        while (completed_ == 0) {
            timeval tv{0, 200000};
            const int r = libusb_handle_events_timeout_completed(context_->ctx, &tv, &completed_);
            if (r != LIBUSB_SUCCESS && r != LIBUSB_ERROR_INTERRUPTED && r != LIBUSB_ERROR_TIMEOUT) {
                // The event loop itself failed: take the transfer back before leaving.
                cancel_in_flight();
            }
        }
        const Timestamp now = Clock::now();
        std::unique_lock lock(mutex_);
        in_flight_ = false;
        const int length = transfer_->actual_length;
        if (transfer_->status != LIBUSB_TRANSFER_ERROR) {
            first_error_.reset();
        }
        switch (transfer_->status) {
            case LIBUSB_TRANSFER_COMPLETED:
                return take(length, now);
            case LIBUSB_TRANSFER_TIMED_OUT:
                if (length > 0) {
                    return take(length, now);
                }
                return ReadResult{cancelled_ ? ReadStatus::cancelled : ReadStatus::timeout, {}, now};
            case LIBUSB_TRANSFER_CANCELLED:
                return ReadResult{ReadStatus::cancelled, {}, now};
            case LIBUSB_TRANSFER_NO_DEVICE:
                return ReadResult{ReadStatus::gone, {}, now};
            case LIBUSB_TRANSFER_STALL:
                libusb_clear_halt(handle_, endpoint_);
                return ReadResult{ReadStatus::timeout, {}, now};
            default:
                break;
        }
        // A transfer error (EPROTO, ESHUTDOWN) is what an unplug looks like for the few milliseconds before
        // the kernel has processed the disconnect; then a submission fails with NO_DEVICE (`gone`, an
        // ordinary event). So errors count as a quiet read until they have lasted kErrorGrace, and only then
        // is the device broken. The pause between retries waits on the cancel condition, so cancel() still
        // ends it at once.
        if (!first_error_) {
            first_error_ = now;
        }
        if (now - *first_error_ >= kErrorGrace) {
            return ReadResult{ReadStatus::error, {}, now};
        }
        cancelled_changed_.wait_for(lock, kErrorPause, [this] { return cancelled_; });
        return ReadResult{cancelled_ ? ReadStatus::cancelled : ReadStatus::timeout, {}, Clock::now()};
    }

    void cancel() override {
        {
            std::lock_guard lock(mutex_);
            cancelled_ = true;
            if (in_flight_) {
                libusb_cancel_transfer(transfer_);
            }
        }
        cancelled_changed_.notify_all();
    }

    void release() override {
        if (handle_ != nullptr && claimed_) {
            libusb_release_interface(handle_, interface_);  // with auto-detach, this reattaches the driver
            claimed_ = false;
        }
        reattach();
    }

    void close() override {
        if (handle_ != nullptr) {
            libusb_close(handle_);
            handle_ = nullptr;
        }
    }

  private:
    static void LIBUSB_CALL on_transfer(libusb_transfer* transfer) {
        auto* self = static_cast<LibusbConnection*>(transfer->user_data);
        self->completed_ = 1;  // read by the reader in libusb_handle_events_timeout_completed
    }

    void cancel_in_flight() {
        std::lock_guard lock(mutex_);
        if (in_flight_) {
            libusb_cancel_transfer(transfer_);
        }
    }

    ReadResult take(int length, Timestamp now) {
        ReadResult r{ReadStatus::report, {}, now};
        r.bytes.assign(buffer_.begin(),
                       buffer_.begin() + std::clamp(length, 0, static_cast<int>(buffer_.size())));
        std::fill(buffer_.begin(), buffer_.end(), std::uint8_t{0});  // it may have carried a card's tracks
        return r;
    }

    void reattach() {
        if (handle_ != nullptr && detached_by_hand_) {
            libusb_attach_kernel_driver(handle_, interface_);
            detached_by_hand_ = false;
        }
    }

    bool find_endpoint() {
        libusb_config_descriptor* config = nullptr;
        if (libusb_get_active_config_descriptor(libusb_get_device(handle_), &config) != LIBUSB_SUCCESS) {
            return false;
        }
        bool found = false;
        for (int i = 0; i < config->bNumInterfaces && !found; ++i) {
            const libusb_interface& itf = config->interface[i];
            if (itf.num_altsetting < 1 || itf.altsetting[0].bInterfaceNumber != interface_) {
                continue;
            }
            const libusb_interface_descriptor& alt = itf.altsetting[0];
            for (int e = 0; e < alt.bNumEndpoints; ++e) {
                const libusb_endpoint_descriptor& ep = alt.endpoint[e];
                if ((ep.bmAttributes & 0x03) == LIBUSB_TRANSFER_TYPE_INTERRUPT &&
                    (ep.bEndpointAddress & LIBUSB_ENDPOINT_IN) != 0) {
                    endpoint_ = ep.bEndpointAddress;
                    max_packet_ = std::max<std::size_t>(1, ep.wMaxPacketSize & 0x07FF);
                    found = true;
                    break;
                }
            }
        }
        libusb_free_config_descriptor(config);
        return found;
    }

    // A whole number of packets, at least the longest report: a shorter report ends the transfer with a
    // short packet, and the buffer never overflows with a packet the device is allowed to send.
    std::size_t buffer_length() const {
        const std::size_t want = std::max(report_length_, max_packet_);
        return (want + max_packet_ - 1) / max_packet_ * max_packet_;
    }

    std::shared_ptr<Context> context_;
    libusb_device_handle* handle_;
    const int interface_;
    const std::size_t report_length_;
    unsigned char endpoint_ = 0;
    std::size_t max_packet_ = 8;
    bool claimed_ = false;
    bool detached_by_hand_ = false;
    libusb_transfer* transfer_ = nullptr;
    std::vector<std::uint8_t> buffer_;
    int completed_ = 0;  // written by the transfer callback on the reader's thread (it handles the events)

    std::optional<Timestamp> first_error_;  // the reader's: when the current run of transfer errors began

    std::mutex mutex_;  // cancel() against the submission in read_report()
    std::condition_variable cancelled_changed_;
    bool cancelled_ = false;
    bool in_flight_ = false;
};

}  // namespace

class LibusbTransport::Impl {
  public:
    explicit Impl(LibusbSettings settings)
        : settings_(std::move(settings)), context_(std::make_shared<Context>()) {
        hotplug_ = !settings_.force_polling && libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) != 0;
    }

    ~Impl() {
        stop();
        std::lock_guard lock(devices_mutex_);
        for (auto& [id, entry] : devices_) {
            libusb_unref_device(entry.device);
        }
        devices_.clear();
    }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    bool uses_hotplug() const { return hotplug_; }

    void start(HotplugSink& sink) {
        if (running_) {
            return;
        }
        sink_ = &sink;
        stopping_ = false;
        {
            std::lock_guard lock(records_mutex_);
            accepting_ = true;
        }
        if (hotplug_) {
            // ENUMERATE: the devices already plugged come through the callback now, on this thread.
            const int r = libusb_hotplug_register_callback(
                context_->ctx,
                static_cast<libusb_hotplug_event>(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED |
                                                  LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
                LIBUSB_HOTPLUG_ENUMERATE, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
                LIBUSB_HOTPLUG_MATCH_ANY, &Impl::on_hotplug, this, &callback_);
            if (r != LIBUSB_SUCCESS) {
                hotplug_ = false;  // polling it is
            }
        }
        running_ = true;
        thread_ = std::thread([this] { run(); });
    }

    void stop() {
        if (!running_) {
            return;
        }
        {
            std::lock_guard lock(records_mutex_);
            accepting_ = false;
        }
        if (hotplug_) {
            // Returns with no callback running (libusb holds its callback lock while calling one).
            libusb_hotplug_deregister_callback(context_->ctx, callback_);
        }
        {
            std::lock_guard lock(records_mutex_);  // so the polling wait cannot miss it
            stopping_ = true;
        }
        wake_.notify_all();
        libusb_interrupt_event_handler(context_->ctx);
        thread_.join();
        running_ = false;
        sink_ = nullptr;
        std::lock_guard lock(records_mutex_);
        for (const Record& r : records_) {
            libusb_unref_device(r.device);
        }
        records_.clear();
        for (auto& p : pending_) {
            libusb_unref_device(p.device);
        }
        pending_.clear();
        for (auto& [dev, ids] : announced_) {
            libusb_unref_device(dev);
        }
        announced_.clear();
        for (libusb_device* dev : polled_) {
            libusb_unref_device(dev);
        }
        polled_.clear();
    }

    OpenResult open(const DeviceInfo& info) {
        libusb_device* dev = nullptr;
        int interface_number = 0;
        {
            std::lock_guard lock(devices_mutex_);
            const auto it = devices_.find(info.id);
            if (it == devices_.end()) {
                return OpenResult{nullptr, TransportError::gone};
            }
            dev = libusb_ref_device(it->second.device);
            interface_number = it->second.interface_number;
        }
        libusb_device_handle* handle = nullptr;
        const int r = libusb_open(dev, &handle);
        libusb_unref_device(dev);
        if (r != LIBUSB_SUCCESS) {
            return OpenResult{nullptr, from_libusb(r)};
        }
        return OpenResult{std::make_unique<LibusbConnection>(context_, handle, interface_number,
                                                             longest_input_transfer(info.report_descriptor)),
                          TransportError::none};
    }

    std::vector<DeviceInfo> snapshot() {
        std::vector<DeviceInfo> out;
        libusb_device** list = nullptr;
        const ssize_t n = libusb_get_device_list(context_->ctx, &list);
        for (ssize_t i = 0; i < n; ++i) {
            const auto sysfs = read_sysfs_usb_device(settings_.sysfs_root, device_name_of(list[i]));
            if (!sysfs) {
                continue;
            }
            for (DeviceInfo& info : remember(list[i], *sysfs)) {
                out.push_back(std::move(info));
            }
        }
        if (n >= 0) {
            libusb_free_device_list(list, 1);
        }
        std::sort(out.begin(), out.end(),
                  [](const DeviceInfo& a, const DeviceInfo& b) { return a.id < b.id; });
        return out;
    }

  private:
    struct Record {
        bool arrived = true;
        libusb_device* device = nullptr;  // one reference held by the record
    };
    struct Pending {
        libusb_device* device = nullptr;  // the record's reference, moved here
        std::string name;
        Clock::time_point since;
    };
    struct Entry {
        libusb_device* device = nullptr;  // one reference held by the entry
        int interface_number = 0;
    };

    // libusb's thread (whichever thread handles events, or start()'s thread for ENUMERATE): record only.
    static int LIBUSB_CALL on_hotplug(libusb_context*, libusb_device* device, libusb_hotplug_event event,
                                      void* user) {
        auto* self = static_cast<Impl*>(user);
        self->record(event == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED, device);
        return 0;  // stay registered
    }

    void record(bool arrived, libusb_device* device) {
        {
            std::lock_guard lock(records_mutex_);
            if (!accepting_) {
                return;
            }
            records_.push_back(Record{arrived, libusb_ref_device(device)});
        }
        wake_.notify_all();
    }

    // The event thread: libusb events (hotplug) or polling, then the records become sink calls.
    void run() {
        while (!stopping_) {
            if (hotplug_) {
                // Short while arrivals wait for their descriptors, so they are announced promptly.
                timeval tv{0, pending_.empty() ? 500000 : 20000};
                libusb_handle_events_timeout_completed(context_->ctx, &tv, nullptr);
            } else {
                poll_devices();
                std::unique_lock lock(records_mutex_);
                wake_.wait_for(lock,
                               pending_.empty() ? settings_.poll_interval : std::chrono::milliseconds(20),
                               [this] { return stopping_.load(); });
            }
            if (!stopping_) {
                process();
            }
        }
    }

    // Polling: what libusb lists now against what it listed last time.
    void poll_devices() {
        libusb_device** list = nullptr;
        const ssize_t n = libusb_get_device_list(context_->ctx, &list);
        if (n < 0) {
            return;
        }
        std::vector<libusb_device*> now(list, list + n);
        std::sort(now.begin(), now.end());
        for (libusb_device* dev : now) {
            if (!std::binary_search(polled_.begin(), polled_.end(), dev)) {
                record(true, dev);
            }
        }
        for (libusb_device* dev : polled_) {
            if (!std::binary_search(now.begin(), now.end(), dev)) {
                record(false, dev);
            }
        }
        for (libusb_device* dev : now) {
            libusb_ref_device(dev);
        }
        for (libusb_device* dev : polled_) {
            libusb_unref_device(dev);
        }
        polled_ = std::move(now);
        libusb_free_device_list(list, 1);
    }

    void process() {
        std::deque<Record> records;
        {
            std::lock_guard lock(records_mutex_);
            records.swap(records_);
        }
        const auto now = Clock::now();
        for (const Record& r : records) {
            if (r.arrived) {
                // libusb may report one device twice: through ENUMERATE and again through a hotplug message
                // it queued before the callback was registered (a device plugged while libusb started).
                const bool known = announced_.count(r.device) != 0 ||
                                   std::any_of(pending_.begin(), pending_.end(),
                                               [&](const Pending& x) { return x.device == r.device; });
                if (known) {
                    libusb_unref_device(r.device);
                } else {
                    pending_.push_back(Pending{r.device, device_name_of(r.device), now});
                }
                continue;
            }
            const auto p = std::find_if(pending_.begin(), pending_.end(),
                                        [&](const Pending& x) { return x.device == r.device; });
            if (p != pending_.end()) {  // left before it was announced: never heard of
                libusb_unref_device(p->device);
                pending_.erase(p);
            }
            if (const auto a = announced_.find(r.device); a != announced_.end()) {
                forget(a->second);
                for (const DeviceId& id : a->second) {
                    sink_->left(id);
                }
                libusb_unref_device(a->first);
                announced_.erase(a);
            }
            libusb_unref_device(r.device);
        }
        for (auto it = pending_.begin(); it != pending_.end();) {
            const auto sysfs = read_sysfs_usb_device(settings_.sysfs_root, it->name);
            const bool late = now - it->since >= settings_.settle_limit;
            if (!late && (!sysfs || !sysfs->settled())) {
                ++it;  // the kernel is still configuring it or binding its HID driver
                continue;
            }
            if (!sysfs) {  // gone from sysfs without a "left" yet: that record is on its way
                libusb_unref_device(it->device);
                it = pending_.erase(it);
                continue;
            }
            std::vector<DeviceInfo> infos = remember(it->device, *sysfs);
            std::vector<DeviceId> ids;
            for (const DeviceInfo& info : infos) {
                ids.push_back(info.id);
            }
            announced_[it->device] = std::move(ids);
            for (const DeviceInfo& info : infos) {
                sink_->arrived(info);
            }
            it = pending_.erase(it);
        }
    }

    // Makes the device's HID interfaces openable by id.
    std::vector<DeviceInfo> remember(libusb_device* device, const SysfsUsbDevice& sysfs) {
        std::vector<DeviceInfo> infos = hid_device_infos(sysfs);
        std::lock_guard lock(devices_mutex_);
        for (std::size_t i = 0; i < infos.size(); ++i) {
            auto& entry = devices_[infos[i].id];
            if (entry.device != nullptr) {
                libusb_unref_device(entry.device);  // a replug at the same port path
            }
            entry.device = libusb_ref_device(device);
            entry.interface_number = sysfs.hid_interfaces[i].number;
        }
        return infos;
    }

    void forget(const std::vector<DeviceId>& ids) {
        std::lock_guard lock(devices_mutex_);
        for (const DeviceId& id : ids) {
            if (const auto it = devices_.find(id); it != devices_.end()) {
                libusb_unref_device(it->second.device);
                devices_.erase(it);
            }
        }
    }

    const LibusbSettings settings_;
    std::shared_ptr<Context> context_;
    bool hotplug_ = false;
    bool running_ = false;  // owner's thread
    HotplugSink* sink_ = nullptr;
    libusb_hotplug_callback_handle callback_{};
    std::thread thread_;
    std::atomic<bool> stopping_{false};

    std::mutex records_mutex_;
    std::condition_variable wake_;
    std::deque<Record> records_;
    bool accepting_ = false;

    // The event thread's own.
    std::vector<Pending> pending_;
    std::map<libusb_device*, std::vector<DeviceId>> announced_;  // one reference each
    std::vector<libusb_device*> polled_;                         // sorted; one reference each

    std::mutex devices_mutex_;  // open() on the manager's thread against the event thread
    std::map<DeviceId, Entry> devices_;
};

LibusbTransport::LibusbTransport(LibusbSettings settings)
    : impl_(std::make_unique<Impl>(std::move(settings))) {}
LibusbTransport::~LibusbTransport() = default;
void LibusbTransport::start(HotplugSink& sink) {
    impl_->start(sink);
}
void LibusbTransport::stop() {
    impl_->stop();
}
OpenResult LibusbTransport::open(const DeviceInfo& device) {
    return impl_->open(device);
}
std::vector<DeviceInfo> LibusbTransport::snapshot() {
    return impl_->snapshot();
}
bool LibusbTransport::uses_hotplug() const {
    return impl_->uses_hotplug();
}

}  // namespace kassa::drivers
