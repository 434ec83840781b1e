#include "kassa/drivers/device_manager.hpp"

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <variant>

#include "wipe.hpp"

namespace kassa::drivers {

std::string_view device_state_name(DeviceState state) {
    switch (state) {
        case DeviceState::closed:
            return "closed";
        case DeviceState::opened:
            return "opened";
        case DeviceState::claimed:
            return "claimed";
        case DeviceState::enabled:
            return "enabled";
        case DeviceState::reading:
            return "reading";
        case DeviceState::stopping:
            return "stopping";
    }
    return "closed";
}

namespace {

// One plug of one device, from open to close.
struct Session {
    DeviceInfo info;
    DeviceRole role = DeviceRole::unknown;
    std::uint64_t generation = 0;  // tells a replugged device's session from the one before it
    std::unique_ptr<Connection> connection;
    std::unique_ptr<Decoder> decoder;  // used by the reader thread only
    std::atomic<DeviceState> state{DeviceState::closed};
    std::atomic<bool> stop{false};
    std::thread reader;
    bool announced = false;  // written by the reader thread, read by the manager thread after the join
};

struct Arrived {
    DeviceInfo info;
};
struct Left {
    DeviceId id;
};
struct ReaderDone {
    DeviceId id;
    std::uint64_t generation = 0;
};
struct Shutdown {};
using Command = std::variant<Arrived, Left, ReaderDone, Shutdown>;

std::string usb_id_text(UsbId usb) {
    char text[10];
    std::snprintf(text, sizeof text, "%04x:%04x", static_cast<unsigned>(usb.vendor),
                  static_cast<unsigned>(usb.product));
    return text;
}

// A sentence naming the device, so the cashier or the support person knows which one.
std::string device_sentence(ErrorCode code, const DeviceInfo& info) {
    const std::string who =
        (info.name.empty() ? std::string("the device") : info.name) + " (" + usb_id_text(info.usb) + ")";
    switch (code) {
        case ErrorCode::no_permission:
            return "Kassa may not open " + who +
                   ". Install the udev rules (69-kassa-usb.rules) and plug the device in again.";
        case ErrorCode::open_failed:
            return "Kassa could not open " + who + ". Plug it in again.";
        case ErrorCode::claim_failed:
            return "Kassa could not take over " + who + ": another program may be using it.";
        case ErrorCode::device_error:
            return "The device " + who + " stopped answering. Unplug it and plug it in again.";
        default:
            return std::string(error_sentence(code));
    }
}

}  // namespace

class DeviceManager::Impl final : public HotplugSink {
  public:
    Impl(Transport& transport, EventQueue& events, ManagerSettings settings)
        : transport_(transport), events_(events), settings_(std::move(settings)) {}

    ~Impl() { stop(); }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    void start() {
        if (running_) {
            return;
        }
        {
            std::lock_guard lock(commands_mutex_);
            accepting_ = true;
        }
        manager_thread_ = std::thread([this] { run(); });
        running_ = true;
        transport_.start(*this);
    }

    void stop() {
        if (!running_) {
            return;
        }
        transport_.stop();  // no hotplug call runs or starts after this
        {
            std::lock_guard lock(commands_mutex_);
            accepting_ = false;
            commands_.push_back(Shutdown{});
        }
        commands_ready_.notify_all();
        manager_thread_.join();
        running_ = false;
        std::lock_guard lock(commands_mutex_);
        commands_.clear();
    }

    DeviceState state(const DeviceId& device) const {
        std::lock_guard lock(sessions_mutex_);
        const auto it = sessions_.find(device);
        return it == sessions_.end() ? DeviceState::closed : it->second->state.load();
    }

    // Hotplug notifications: record and return, the work happens on the manager thread.
    void arrived(const DeviceInfo& device) override { post(Arrived{device}); }
    void left(const DeviceId& device) override { post(Left{device}); }

  private:
    void post(Command command) {
        {
            std::lock_guard lock(commands_mutex_);
            if (!accepting_) {
                return;
            }
            commands_.push_back(std::move(command));
        }
        commands_ready_.notify_all();
    }

    // The manager thread.
    void run() {
        for (;;) {
            Command command;
            {
                std::unique_lock lock(commands_mutex_);
                commands_ready_.wait(lock, [this] { return !commands_.empty(); });
                command = std::move(commands_.front());
                commands_.pop_front();
            }
            if (std::holds_alternative<Shutdown>(command)) {
                while (!sessions_.empty()) {
                    remove_session(sessions_.begin()->first);
                }
                return;
            }
            if (auto* a = std::get_if<Arrived>(&command)) {
                on_arrived(a->info);
            } else if (auto* l = std::get_if<Left>(&command)) {
                remove_session(l->id);
            } else if (auto* done = std::get_if<ReaderDone>(&command)) {
                const auto it = sessions_.find(done->id);
                if (it != sessions_.end() && it->second->generation == done->generation) {
                    remove_session(done->id);
                }
            }
        }
    }

    void on_arrived(const DeviceInfo& info) {
        remove_session(info.id);  // a replug whose "left" never came
        const DeviceRole role = classify_device(parse_report_descriptor(info.report_descriptor), info.usb,
                                                settings_.extra_wedges);
        if (role == DeviceRole::unknown) {
            return;  // not a scanner: the cashier's keyboard, a mouse; never opened
        }
        try {
            OpenResult opened = transport_.open(info);
            if (opened.error != TransportError::none || !opened.connection) {
                report_failure(info, opened.error, ErrorCode::open_failed);
                return;
            }
            auto owned = std::make_unique<Session>();
            Session& s = *owned;
            s.info = info;
            s.role = role;
            s.generation = next_generation_++;
            s.connection = std::move(opened.connection);
            s.state = DeviceState::opened;
            {
                std::lock_guard lock(sessions_mutex_);
                sessions_[info.id] = std::move(owned);
            }
            const TransportError claimed = s.connection->claim();
            if (claimed != TransportError::none) {
                remove_session(info.id);  // closed before the caller hears of it
                report_failure(info, claimed, ErrorCode::claim_failed);
                return;
            }
            s.state = DeviceState::claimed;
            s.decoder = make_decoder(role, info.id, info.usb, settings_.decoders);
            s.state = DeviceState::enabled;
            s.reader = std::thread([this, &s] { read_loop(s); });
        } catch (...) {
            // A transport that throws breaks its contract; the device is dropped, the others keep working.
            remove_session(info.id);
            events_.push(
                ErrorEvent{info.id, ErrorCode::device_error, device_sentence(ErrorCode::device_error, info)});
        }
    }

    void report_failure(const DeviceInfo& info, TransportError error, ErrorCode otherwise) {
        if (error == TransportError::gone) {
            return;  // unplugged while being opened: its "left" is on its way
        }
        const ErrorCode code =
            error == TransportError::permission_denied ? ErrorCode::no_permission : otherwise;
        events_.push(ErrorEvent{info.id, code, device_sentence(code, info)});
    }

    // Stop flag, cancel, join, release, close: the only way a session ends.
    void remove_session(const DeviceId& id) {
        const auto it = sessions_.find(id);
        if (it == sessions_.end()) {
            return;
        }
        Session& s = *it->second;
        s.stop.store(true);
        s.state = DeviceState::stopping;
        if (s.connection) {
            s.connection->cancel();
        }
        if (s.reader.joinable()) {
            s.reader.join();
        }
        if (s.connection) {
            s.connection->release();
            s.connection->close();
        }
        s.state = DeviceState::closed;
        if (s.announced) {
            events_.push(StatusEvent{s.info.id, s.role, s.info.name, DeviceStatus::disconnected});
        }
        std::lock_guard lock(sessions_mutex_);
        sessions_.erase(it);
    }

    // A reader thread.
    void read_loop(Session& s) {
        auto expected = DeviceState::enabled;
        if (s.state.compare_exchange_strong(expected, DeviceState::reading)) {
            s.announced = true;
            events_.push(StatusEvent{s.info.id, s.role, s.info.name, DeviceStatus::connected});
        }
        bool failed = false;
        try {
            while (!s.stop.load()) {
                ReadResult r = s.connection->read_report(settings_.read_timeout);
                if (r.status == ReadStatus::report) {
                    if (!r.bytes.empty()) {  // zero-length transfers carry nothing
                        deliver(s.decoder->feed(r.bytes, r.time));
                    }
                    detail::wipe(r.bytes);  // it may have carried a card's tracks
                    continue;
                }
                if (r.status == ReadStatus::timeout) {
                    deliver(s.decoder->idle(r.time));
                    continue;
                }
                failed = r.status == ReadStatus::error;
                break;  // cancelled, gone or failed
            }
        } catch (...) {
            failed = true;
        }
        s.decoder->reset();  // an unplug mid-scan gives no scan
        if (failed && !s.stop.load()) {
            events_.push(ErrorEvent{s.info.id, ErrorCode::device_error,
                                    device_sentence(ErrorCode::device_error, s.info)});
        }
        auto reading = DeviceState::reading;
        s.state.compare_exchange_strong(reading, DeviceState::stopping);
        post(ReaderDone{s.info.id, s.generation});
    }

    void deliver(std::vector<Event> events) {
        for (auto& e : events) {
            events_.push(std::move(e));
        }
    }

    Transport& transport_;
    EventQueue& events_;
    const ManagerSettings settings_;

    std::mutex commands_mutex_;
    std::condition_variable commands_ready_;
    std::deque<Command> commands_;
    bool accepting_ = false;

    // Changed by the manager thread only; the lock is for state() on other threads.
    mutable std::mutex sessions_mutex_;
    std::map<DeviceId, std::unique_ptr<Session>> sessions_;

    std::thread manager_thread_;
    bool running_ = false;  // owner's thread only
    std::uint64_t next_generation_ = 1;
};

DeviceManager::DeviceManager(Transport& transport, EventQueue& events, ManagerSettings settings)
    : impl_(std::make_unique<Impl>(transport, events, std::move(settings))) {}

DeviceManager::~DeviceManager() = default;

void DeviceManager::start() {
    impl_->start();
}
void DeviceManager::stop() {
    impl_->stop();
}
DeviceState DeviceManager::state(const DeviceId& device) const {
    return impl_->state(device);
}

}  // namespace kassa::drivers
