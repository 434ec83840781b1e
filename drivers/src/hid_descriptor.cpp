#include "kassa/drivers/hid_descriptor.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace kassa::drivers {

namespace {

// Item tags (HID 1.11, 6.2.2.4 - 6.2.2.8).
constexpr std::uint8_t kMainInput = 0x8;
constexpr std::uint8_t kMainOutput = 0x9;
constexpr std::uint8_t kMainCollection = 0xA;
constexpr std::uint8_t kMainFeature = 0xB;
constexpr std::uint8_t kMainEndCollection = 0xC;
constexpr std::uint8_t kGlobalUsagePage = 0x0;
constexpr std::uint8_t kGlobalReportSize = 0x7;
constexpr std::uint8_t kGlobalReportId = 0x8;
constexpr std::uint8_t kGlobalReportCount = 0x9;
constexpr std::uint8_t kGlobalPush = 0xA;
constexpr std::uint8_t kGlobalPop = 0xB;
constexpr std::uint8_t kLocalUsage = 0x0;
constexpr std::uint8_t kLocalUsageMinimum = 0x1;
constexpr std::uint8_t kLocalUsageMaximum = 0x2;
constexpr std::uint8_t kLongItemPrefix = 0xFE;

// A report longer than this is a broken descriptor, not a device (full-speed HID reports are 64 bytes,
// high-speed ones at most a few kilobytes); the cap also keeps the bit sums far from overflow.
constexpr std::uint64_t kMaxReportBits = 8u * 65536u;

struct Globals {
    std::uint16_t usage_page = 0;
    std::uint32_t report_size = 0;
    std::uint32_t report_count = 0;
    std::uint8_t report_id = 0;
};

class Parser {
  public:
    explicit Parser(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}

    ReportDescriptor run() {
        std::size_t i = 0;
        while (i < bytes_.size() && out_.error.empty()) {
            const std::uint8_t prefix = bytes_[i];
            if (prefix == kLongItemPrefix) {
                // [FE][data size][long item tag][data...]
                if (bytes_.size() - i < 3 || bytes_.size() - i - 3 < bytes_[i + 1]) {
                    out_.error = "the descriptor ends inside a long item";
                    break;
                }
                i += 3u + bytes_[i + 1];
                continue;
            }
            const std::size_t size = (prefix & 0x03u) == 3u ? 4u : (prefix & 0x03u);
            if (bytes_.size() - i - 1 < size) {
                out_.error = "the descriptor ends inside an item";
                break;
            }
            std::uint32_t value = 0;
            for (std::size_t k = 0; k < size; ++k) {
                value |= static_cast<std::uint32_t>(bytes_[i + 1 + k]) << (8u * k);
            }
            const auto type = static_cast<std::uint8_t>((prefix >> 2) & 0x03u);
            const auto tag = static_cast<std::uint8_t>(prefix >> 4);
            i += 1 + size;
            switch (type) {
                case 0:
                    main_item(tag, value);
                    break;
                case 1:
                    global_item(tag, value);
                    break;
                case 2:
                    local_item(tag, value, size);
                    break;
                default:
                    out_.error = "reserved item type";
                    break;
            }
        }
        if (out_.error.empty() && depth_ != 0) {
            out_.error = "a collection is not closed";
        }
        std::sort(out_.usage_pages.begin(), out_.usage_pages.end());
        out_.usage_pages.erase(std::unique(out_.usage_pages.begin(), out_.usage_pages.end()),
                               out_.usage_pages.end());
        return std::move(out_);
    }

  private:
    void main_item(std::uint8_t tag, std::uint32_t value) {
        switch (tag) {
            case kMainInput:
                add_input_bits();
                break;
            case kMainOutput:
            case kMainFeature:
                break;
            case kMainCollection: {
                HidCollection c;
                c.type = static_cast<std::uint8_t>(value & 0xFFu);
                c.depth = depth_;
                if (!usages_.empty()) {
                    c.usage_page = static_cast<std::uint16_t>(usages_.front() >> 16);
                    c.usage = static_cast<std::uint16_t>(usages_.front() & 0xFFFFu);
                } else {
                    c.usage_page = globals_.usage_page;
                }
                note_page(c.usage_page);
                out_.collections.push_back(c);
                ++depth_;
                break;
            }
            case kMainEndCollection:
                if (depth_ == 0) {
                    out_.error = "End Collection without a Collection";
                    return;
                }
                --depth_;
                break;
            default:
                out_.error = "unknown main item";
                return;
        }
        usages_.clear();  // local items apply to the next main item only
    }

    void global_item(std::uint8_t tag, std::uint32_t value) {
        switch (tag) {
            case kGlobalUsagePage:
                if (value > 0xFFFFu) {
                    out_.error = "usage page out of range";
                    return;
                }
                globals_.usage_page = static_cast<std::uint16_t>(value);
                break;
            case kGlobalReportSize:
                globals_.report_size = value;
                break;
            case kGlobalReportCount:
                globals_.report_count = value;
                break;
            case kGlobalReportId:
                if (value == 0 || value > 0xFFu) {
                    out_.error = "report id out of range";
                    return;
                }
                globals_.report_id = static_cast<std::uint8_t>(value);
                out_.uses_report_ids = true;
                break;
            case kGlobalPush:
                stack_.push_back(globals_);
                break;
            case kGlobalPop:
                if (stack_.empty()) {
                    out_.error = "Pop without a Push";
                    return;
                }
                globals_ = stack_.back();
                stack_.pop_back();
                break;
            default:
                break;  // logical/physical extents, units: not needed to route a device
        }
    }

    void local_item(std::uint8_t tag, std::uint32_t value, std::size_t size) {
        if (tag != kLocalUsage && tag != kLocalUsageMinimum && tag != kLocalUsageMaximum) {
            return;  // designators, strings, delimiters
        }
        // A four-byte usage carries its own page in the high half (an extended usage).
        const std::uint32_t extended =
            size == 4 ? value : (static_cast<std::uint32_t>(globals_.usage_page) << 16) | (value & 0xFFFFu);
        note_page(static_cast<std::uint16_t>(extended >> 16));
        if (tag != kLocalUsageMaximum) {
            usages_.push_back(extended);
        }
    }

    void add_input_bits() {
        const std::uint64_t bits = std::uint64_t{globals_.report_size} * globals_.report_count;
        auto it = std::find_if(out_.input_reports.begin(), out_.input_reports.end(),
                               [&](const HidInputReport& r) { return r.id == globals_.report_id; });
        if (it == out_.input_reports.end()) {
            out_.input_reports.push_back(HidInputReport{globals_.report_id, 0});
            it = std::prev(out_.input_reports.end());
        }
        if (bits > kMaxReportBits || it->bits + bits > kMaxReportBits) {
            out_.error = "an input report is implausibly long";
            return;
        }
        it->bits += static_cast<std::size_t>(bits);
    }

    void note_page(std::uint16_t page) { out_.usage_pages.push_back(page); }

    std::span<const std::uint8_t> bytes_;
    ReportDescriptor out_;
    Globals globals_;
    std::vector<Globals> stack_;
    std::vector<std::uint32_t> usages_;  // (page << 16) | usage, declared since the last main item
    std::size_t depth_ = 0;
};

}  // namespace

bool ReportDescriptor::exposes_usage_page(std::uint16_t page) const {
    return std::binary_search(usage_pages.begin(), usage_pages.end(), page);
}

bool ReportDescriptor::is_boot_keyboard() const {
    return std::any_of(collections.begin(), collections.end(), [](const HidCollection& c) {
        return c.type == 0x01 && c.usage_page == kPageGenericDesktop && c.usage == kUsageKeyboard;
    });
}

std::optional<HidInputReport> ReportDescriptor::input_report(std::uint8_t id) const {
    for (const auto& r : input_reports) {
        if (r.id == id) {
            return r;
        }
    }
    return std::nullopt;
}

ReportDescriptor parse_report_descriptor(std::span<const std::uint8_t> bytes) {
    return Parser(bytes).run();
}

}  // namespace kassa::drivers
