#include "kassa/drivers/hid_pos.hpp"

#include <utility>

#include "kassa/drivers/aim.hpp"
#include "kassa/drivers/utf8.hpp"
#include "wipe.hpp"

namespace kassa::drivers {

namespace {

constexpr std::uint16_t kNewlandVendor = 0x1EAB;
constexpr std::size_t kLengthByte = 1;
constexpr std::size_t kAimOffset = 2;
constexpr std::size_t kDataOffset = 5;
constexpr std::size_t kHoneywellVendorByte = 61;
constexpr std::size_t kNewlandVendorByte = 62;
constexpr std::size_t kFlagsByte = 63;
constexpr std::uint8_t kMoreFlag = 0x01;

}  // namespace

HidPosFraming hid_pos_framing_for(UsbId usb) {
    return usb.vendor == kNewlandVendor ? HidPosFraming::newland : HidPosFraming::honeywell;
}

HidPosReport parse_hid_pos_report(std::span<const std::uint8_t> report, HidPosFraming framing) {
    HidPosReport out;
    if (report.empty() || report[0] != kHidPosReportId) {
        return out;
    }
    if (report.size() < kHidPosReportSize || report[kLengthByte] > kHidPosMaxData) {
        out.kind = HidPosReport::Kind::malformed;
        out.more = report.size() > kFlagsByte && (report[kFlagsByte] & kMoreFlag) != 0;
        return out;
    }
    out.kind = HidPosReport::Kind::scanned_data;
    out.aim.assign(reinterpret_cast<const char*>(report.data() + kAimOffset), 3);
    const auto data = report.subspan(kDataOffset, report[kLengthByte]);
    out.data.assign(data.begin(), data.end());
    out.more = (report[kFlagsByte] & kMoreFlag) != 0;
    out.vendor_symbology =
        report[framing == HidPosFraming::newland ? kNewlandVendorByte : kHoneywellVendorByte];
    return out;
}

HidPosDecoder::HidPosDecoder(DeviceId device, HidPosFraming framing, HidPosSettings settings)
    : device_(std::move(device)), framing_(framing), settings_(settings) {}

std::vector<Event> HidPosDecoder::feed(std::span<const std::uint8_t> report, Timestamp at) {
    const HidPosReport part = parse_hid_pos_report(report, framing_);
    if (part.kind == HidPosReport::Kind::ignored) {
        return {};
    }
    if (in_message_ && at - last_part_ > settings_.part_timeout) {
        reset();  // the rest of the earlier message never came
    }
    last_part_ = at;
    if (part.kind == HidPosReport::Kind::malformed) {
        data_.clear();
        spoiled_ = part.more;
        in_message_ = part.more;
        return {};
    }
    if (spoiled_) {
        spoiled_ = part.more;
        in_message_ = part.more;
        return {};
    }
    if (!in_message_) {
        aim_ = part.aim;  // the first part names the symbology
        data_.clear();
    }
    data_.append(part.data.begin(), part.data.end());
    in_message_ = part.more;
    if (part.more) {
        return {};
    }
    std::vector<Event> events;
    if (!data_.empty()) {
        if (is_valid_utf8(data_)) {
            events.push_back(refuse_payment_card(
                ScanEvent{device_, SourceKind::hid_pos, symbology_from_aim(aim_), data_, at}));
        } else {
            events.push_back(ErrorEvent{device_, ErrorCode::invalid_utf8,
                                        std::string(error_sentence(ErrorCode::invalid_utf8))});
        }
    }
    detail::wipe(data_);  // it may have held a bank card's number
    return events;
}

std::vector<Event> HidPosDecoder::idle(Timestamp now) {
    if (in_message_ && now - last_part_ > settings_.part_timeout) {
        reset();
    }
    return {};
}

void HidPosDecoder::reset() {
    in_message_ = false;
    spoiled_ = false;
    aim_.clear();
    detail::wipe(data_);
}

}  // namespace kassa::drivers
