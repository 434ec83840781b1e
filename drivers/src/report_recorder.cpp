#include "kassa/drivers/report_recorder.hpp"

#include <cstdio>
#include <variant>

#include "wipe.hpp"

namespace kassa::drivers {

namespace {

class RecordingConnection final : public Connection {
  public:
    RecordingConnection(std::unique_ptr<Connection> inner, DeviceInfo info,
                        const RecordingTransport::Callback& callback)
        : inner_(std::move(inner)), info_(std::move(info)), callback_(callback) {}
    TransportError claim() override { return inner_->claim(); }
    ReadResult read_report(std::chrono::milliseconds timeout) override {
        ReadResult r = inner_->read_report(timeout);
        if (r.status == ReadStatus::report && callback_) {
            callback_(info_, r);
        }
        return r;
    }
    void cancel() override { inner_->cancel(); }
    void release() override { inner_->release(); }
    void close() override { inner_->close(); }

  private:
    std::unique_ptr<Connection> inner_;
    DeviceInfo info_;
    const RecordingTransport::Callback& callback_;
};

}  // namespace

RecordingTransport::RecordingTransport(Transport& inner, Callback callback)
    : inner_(inner), callback_(std::move(callback)) {}

OpenResult RecordingTransport::open(const DeviceInfo& device) {
    OpenResult r = inner_.open(device);
    if (r.connection) {
        r.connection = std::make_unique<RecordingConnection>(std::move(r.connection), device, callback_);
    }
    return r;
}

ReportRecorder::ReportRecorder(std::ostream& out, Timestamp origin) : out_(out), origin_(origin) {}

ReportRecorder::~ReportRecorder() {
    std::lock_guard lock(mutex_);
    for (auto& [id, held] : held_) {
        drop_locked(held);
    }
}

void ReportRecorder::report(const DeviceInfo& device, const ReadResult& result) {
    if (result.bytes.empty()) {
        return;  // zero-length transfers carry nothing and replay cannot express them
    }
    std::lock_guard lock(mutex_);
    Held& held = held_[device.id];
    if (held.info.id.empty()) {
        held.info = DeviceInfo{device.id, device.usb, device.name, {}};
    }
    held.reports.emplace_back(result.time, result.bytes);
}

void ReportRecorder::event(const Event& event) {
    const DeviceId* device = std::visit([](const auto& e) { return &e.device; }, event);
    std::lock_guard lock(mutex_);
    const auto it = held_.find(*device);
    if (it == held_.end()) {
        return;
    }
    const auto* error = std::get_if<ErrorEvent>(&event);
    if (error != nullptr && error->code == ErrorCode::bank_card) {
        drop_locked(it->second);
    } else if (!std::holds_alternative<StatusEvent>(event)) {
        write_locked(it->second);
    }
}

void ReportRecorder::finish() {
    std::lock_guard lock(mutex_);
    for (auto& [id, held] : held_) {
        write_locked(held);
    }
    out_.flush();
}

void ReportRecorder::write_locked(Held& held) {
    if (held.reports.empty()) {
        return;
    }
    if (last_written_ != held.info.id) {
        char usb[10];
        std::snprintf(usb, sizeof usb, "%04x:%04x", static_cast<unsigned>(held.info.usb.vendor),
                      static_cast<unsigned>(held.info.usb.product));
        out_ << "# device " << held.info.id << ' ' << usb << ' ' << held.info.name << '\n';
        last_written_ = held.info.id;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    for (auto& [time, bytes] : held.reports) {
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(time - origin_).count();
        std::string line = std::to_string(ms < 0 ? 0 : ms) + ' ';
        for (std::uint8_t b : bytes) {
            line += kHex[b >> 4];
            line += kHex[b & 0x0F];
        }
        out_ << line << '\n';
        detail::wipe(line);
        detail::wipe(bytes);
    }
    held.reports.clear();
    out_.flush();
}

void ReportRecorder::drop_locked(Held& held) {
    for (auto& [time, bytes] : held.reports) {
        detail::wipe(bytes);
    }
    held.reports.clear();
}

}  // namespace kassa::drivers
