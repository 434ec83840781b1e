#pragma once
// HID POS barcode scanners (usage page 0x8C): the 64-byte scanned-data input report with report id 0x02,
// in the framing Honeywell and Newland scanners use, assembled into scans across "more data follows"
// reports.

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "kassa/drivers/decoder.hpp"

namespace kassa::drivers {

inline constexpr std::uint8_t kHidPosReportId = 0x02;
inline constexpr std::size_t kHidPosReportSize = 64;  // with the report id byte
inline constexpr std::size_t kHidPosMaxData = 56;

// Honeywell: [0]=0x02, [1]=data length (<= 56), [2..4] AIM id, [5..60] data, [61] vendor code id,
// [63] bit 0 = more data follows. Newland: the same with the vendor symbology byte at [62].
enum class HidPosFraming { honeywell, newland };

// Newland's vendor id (0x1EAB) gets its framing; every other scanner the Honeywell one.
HidPosFraming hid_pos_framing_for(UsbId usb);

struct HidPosReport {
    enum class Kind {
        scanned_data,  // a part of a message
        ignored,       // another report id, or an empty transfer
        malformed,     // a scanned-data report too short or with a data length over 56: dropped
    };
    Kind kind = Kind::ignored;
    std::string aim;  // the three AIM bytes as sent (may be blank)
    std::vector<std::uint8_t> data;
    bool more = false;
    std::uint8_t vendor_symbology = 0;  // the framing's vendor byte; Kassa routes by the AIM id instead
};

HidPosReport parse_hid_pos_report(std::span<const std::uint8_t> report, HidPosFraming framing);

struct HidPosSettings {
    // A message whose next part does not come within this time of the last one is cut off: no scan.
    std::chrono::milliseconds part_timeout{500};
};

// Joins the parts of a message before decoding its UTF-8, so a part boundary may split a letter. A part
// dropped as malformed spoils its whole message (a scan with a missing middle is worse than none): the rest
// of that message is dropped too. Not thread-safe (see Decoder).
class HidPosDecoder final : public Decoder {
  public:
    HidPosDecoder(DeviceId device, HidPosFraming framing, HidPosSettings settings);
    std::vector<Event> feed(std::span<const std::uint8_t> report, Timestamp at) override;
    std::vector<Event> idle(Timestamp now) override;
    void reset() override;

  private:
    DeviceId device_;
    HidPosFraming framing_;
    HidPosSettings settings_;
    bool in_message_ = false;  // a part with "more" came and the message is not finished
    bool spoiled_ = false;     // the current message lost a part: drop it to its end
    std::string aim_;
    std::string data_;
    Timestamp last_part_{};
};

}  // namespace kassa::drivers
