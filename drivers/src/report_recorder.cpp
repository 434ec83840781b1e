#include "kassa/drivers/report_recorder.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <iterator>
#include <string>
#include <string_view>
#include <variant>

#include "kassa/core/cards.hpp"
#include "kassa/drivers/hid_pos.hpp"
#include "kassa/drivers/keyboard.hpp"
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

using HeldReports = std::vector<std::pair<Timestamp, std::vector<std::uint8_t>>>;

// What boot keyboard reports type (the keys that newly appear, as KeyboardWedgeDecoder reads them), with
// each terminator as a line break.
std::string keyboard_view(const HeldReports& reports) {
    std::string text;
    std::array<std::uint8_t, 6> held{};
    for (const auto& [time, bytes] : reports) {
        if (bytes.size() != 8) {
            continue;
        }
        const bool shift = (bytes[0] & (0x02 | 0x20)) != 0;
        for (std::size_t slot = 2; slot < 8; ++slot) {
            const std::uint8_t usage = bytes[slot];
            if (usage < 0x04 || std::find(held.begin(), held.end(), usage) != held.end()) {
                continue;
            }
            if (usage == kUsageEnter || usage == kUsageKeypadEnter || usage == kUsageTab) {
                text.push_back('\n');
            } else if (const auto c = us_usage_character(usage, shift)) {
                text.push_back(*c);
            }
        }
        std::copy(bytes.begin() + 2, bytes.end(), held.begin());
    }
    return text;
}

// The data of HID POS reports joined across the parts of a message, one message a line.
std::string hid_pos_view(const HeldReports& reports) {
    std::string text;
    for (const auto& [time, bytes] : reports) {
        const HidPosReport part = parse_hid_pos_report(bytes, HidPosFraming::honeywell);
        if (part.kind == HidPosReport::Kind::scanned_data) {
            text.append(part.data.begin(), part.data.end());
            if (!part.more) {
                text.push_back('\n');
            }
        }
    }
    return text;
}

// Every printable ASCII byte as it is and any other byte as a line break: a card reader's tracks in its own
// reports (MagTek) or any vendor's framing Kassa does not know.
std::string ascii_view(const HeldReports& reports) {
    std::string text;
    for (const auto& [time, bytes] : reports) {
        for (std::uint8_t b : bytes) {
            text.push_back(b >= 0x20 && b < 0x7F ? static_cast<char>(b) : '\n');
        }
        text.push_back('\n');
    }
    return text;
}

// Whether reports about to be written carry a payment card in any way a decoder could read them. The
// manager's events already refuse such scans; this is for the reports no event judged: a swipe cut off
// before its Enter, written at the end of the recording, or reports that arrived before their event.
bool carry_payment_card(const HeldReports& reports) {
    for (auto view : {keyboard_view, hid_pos_view, ascii_view}) {
        std::string text = view(reports);
        const bool carries = kassa::carries_payment_card(text);
        detail::wipe(text);
        if (carries) {
            return true;
        }
    }
    return false;
}

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
    } else if (const auto* scan = std::get_if<ScanEvent>(&event)) {
        // Reports after the scan's last one belong to the next scan, which is judged by its own event.
        Held& held = it->second;
        const auto later = std::find_if(held.reports.begin(), held.reports.end(),
                                        [&](const auto& r) { return r.first > scan->time; });
        Held done{held.info, {}};
        std::move(held.reports.begin(), later, std::back_inserter(done.reports));
        held.reports.erase(held.reports.begin(), later);
        write_locked(done);
    } else if (error != nullptr) {
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
    if (carry_payment_card(held.reports)) {
        drop_locked(held);
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

namespace {

std::optional<std::vector<std::uint8_t>> hex_bytes(std::string_view hex) {
    if (hex.empty() || hex.size() % 2 != 0) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> bytes;
    bytes.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        std::uint8_t b = 0;
        const auto [end, ec] = std::from_chars(hex.data() + i, hex.data() + i + 2, b, 16);
        if (ec != std::errc() || end != hex.data() + i + 2) {
            return std::nullopt;
        }
        bytes.push_back(b);
    }
    return bytes;
}

}  // namespace

Recording read_recording(std::istream& in) {
    Recording out;
    const auto refuse = [&out](RecordingProblem::Kind kind, int line) {
        out.reports.clear();
        out.problem = RecordingProblem{kind, line};
        return std::move(out);
    };
    long long last_ms = 0;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        std::string_view hex = line;
        long long ms = last_ms + (out.reports.empty() ? 0 : 1);
        if (const auto space = line.find(' '); space != std::string::npos) {
            // from_chars refuses a number past long long instead of wrapping it.
            const auto [end, ec] = std::from_chars(line.data(), line.data() + space, ms);
            if (ec != std::errc() || end != line.data() + space || ms < last_ms) {
                return refuse(RecordingProblem::Kind::bad_time, number);
            }
            hex = std::string_view(line).substr(space + 1);
        }
        // Checked before the time becomes nanoseconds: a larger one would overflow the decoders' clock.
        if (ms > kMaxRecordingMs) {
            return refuse(RecordingProblem::Kind::time_too_late, number);
        }
        auto bytes = hex_bytes(hex);
        if (!bytes) {
            return refuse(RecordingProblem::Kind::bad_report, number);
        }
        last_ms = ms;
        out.reports.push_back({Timestamp{} + std::chrono::milliseconds(ms), std::move(*bytes)});
    }
    return out;
}

}  // namespace kassa::drivers
