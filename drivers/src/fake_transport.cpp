#include "kassa/drivers/fake_transport.hpp"

namespace kassa::drivers {

class FakeTransport::FakeConnection final : public Connection {
  public:
    FakeConnection(FakeTransport& transport, std::shared_ptr<Plug> plug)
        : transport_(transport), plug_(std::move(plug)) {}
    ~FakeConnection() override { close(); }
    FakeConnection(const FakeConnection&) = delete;
    FakeConnection& operator=(const FakeConnection&) = delete;

    TransportError claim() override {
        std::lock_guard lock(transport_.mutex_);
        ++transport_.counters_[plug_->device.info.id].claims;
        if (plug_->gone) {
            return TransportError::gone;
        }
        claimed_ = plug_->device.claim_error == TransportError::none;
        return plug_->device.claim_error;
    }

    ReadResult read_report(std::chrono::milliseconds) override {
        std::unique_lock lock(transport_.mutex_);
        for (;;) {
            if (cancelled_) {
                return ReadResult{ReadStatus::cancelled, {}, {}};
            }
            if (plug_->gone) {
                return ReadResult{ReadStatus::gone, {}, {}};
            }
            if (!plug_->script.empty()) {
                Item item = std::move(plug_->script.front());
                plug_->script.pop_front();
                return ReadResult{item.status, std::move(item.bytes), item.at};
            }
            ++plug_->waiting_readers;
            transport_.changed_.notify_all();  // wait_until_waiting() may be watching for this
            transport_.changed_.wait(lock);
            --plug_->waiting_readers;
        }
    }

    void cancel() override {
        {
            std::lock_guard lock(transport_.mutex_);
            cancelled_ = true;
        }
        transport_.changed_.notify_all();
    }

    void release() override {
        std::lock_guard lock(transport_.mutex_);
        if (claimed_) {
            claimed_ = false;
            ++transport_.counters_[plug_->device.info.id].releases;
        }
    }

    void close() override {
        std::lock_guard lock(transport_.mutex_);
        if (!closed_) {
            closed_ = true;
            ++transport_.counters_[plug_->device.info.id].closes;
        }
    }

  private:
    FakeTransport& transport_;
    std::shared_ptr<Plug> plug_;
    // Guarded by transport_.mutex_.
    bool cancelled_ = false;
    bool claimed_ = false;
    bool closed_ = false;
};

FakeTransport::~FakeTransport() = default;

void FakeTransport::plug(Device device) {
    const DeviceInfo info = device.info;
    {
        std::lock_guard lock(mutex_);
        if (const auto it = plugged_.find(info.id); it != plugged_.end()) {
            it->second->gone = true;  // the old plug is over, whether or not anyone heard it leave
        }
        auto p = std::make_shared<Plug>();
        p->device = std::move(device);
        plugged_[info.id] = std::move(p);
    }
    changed_.notify_all();
    std::lock_guard sink_lock(sink_mutex_);
    if (sink_ != nullptr) {
        sink_->arrived(info);
    }
}

void FakeTransport::unplug(const DeviceId& id) {
    {
        std::lock_guard lock(mutex_);
        const auto it = plugged_.find(id);
        if (it == plugged_.end()) {
            return;
        }
        it->second->gone = true;
        it->second->script.clear();
        plugged_.erase(it);
    }
    changed_.notify_all();
    std::lock_guard sink_lock(sink_mutex_);
    if (sink_ != nullptr) {
        sink_->left(id);
    }
}

void FakeTransport::push(const DeviceId& id, Item item) {
    {
        std::lock_guard lock(mutex_);
        const auto it = plugged_.find(id);
        if (it == plugged_.end()) {
            return;  // an unplugged device sends nothing
        }
        it->second->script.push_back(std::move(item));
    }
    changed_.notify_all();
}

void FakeTransport::push_report(const DeviceId& id, std::vector<std::uint8_t> bytes, Timestamp at) {
    push(id, Item{ReadStatus::report, std::move(bytes), at});
}

void FakeTransport::push_idle(const DeviceId& id, Timestamp at) {
    push(id, Item{ReadStatus::timeout, {}, at});
}

void FakeTransport::push_read_error(const DeviceId& id) {
    push(id, Item{ReadStatus::error, {}, {}});
}

bool FakeTransport::wait_until_waiting(const DeviceId& id, std::chrono::milliseconds limit) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, limit, [&] {
        const auto it = plugged_.find(id);
        return it != plugged_.end() && it->second->waiting_readers > 0 && it->second->script.empty();
    });
}

FakeTransport::Counters FakeTransport::counters(const DeviceId& id) const {
    std::lock_guard lock(mutex_);
    const auto it = counters_.find(id);
    return it == counters_.end() ? Counters{} : it->second;
}

void FakeTransport::start(HotplugSink& sink) {
    std::vector<DeviceInfo> present;
    {
        std::lock_guard lock(mutex_);
        for (const auto& [id, p] : plugged_) {
            present.push_back(p->device.info);
        }
    }
    std::lock_guard sink_lock(sink_mutex_);
    sink_ = &sink;
    for (const auto& info : present) {
        sink.arrived(info);
    }
}

void FakeTransport::stop() {
    std::lock_guard sink_lock(sink_mutex_);
    sink_ = nullptr;
}

OpenResult FakeTransport::open(const DeviceInfo& device) {
    std::lock_guard lock(mutex_);
    ++counters_[device.id].opens;
    const auto it = plugged_.find(device.id);
    if (it == plugged_.end()) {
        return OpenResult{nullptr, TransportError::gone};
    }
    if (it->second->device.open_error != TransportError::none) {
        return OpenResult{nullptr, it->second->device.open_error};
    }
    return OpenResult{std::make_unique<FakeConnection>(*this, it->second), TransportError::none};
}

}  // namespace kassa::drivers
