#include "kassa/drivers/keyboard.hpp"

#include <algorithm>
#include <iterator>

#include "kassa/core/cards.hpp"
#include "kassa/drivers/aim.hpp"
#include "kassa/drivers/msr.hpp"
#include "wipe.hpp"

namespace kassa::drivers {

namespace {

constexpr std::size_t kReportSize = 8;
constexpr std::uint8_t kShiftBits = 0x02 | 0x20;  // left and right Shift
constexpr std::uint8_t kUsageErrorRollOver = 0x01;
constexpr std::uint8_t kFirstKeyUsage = 0x04;  // 0x00 is no key, 0x01..0x03 are error codes
// Longer than any barcode a wedge can type (a QR holds at most 4296 ASCII characters). The line buffer is
// reserved once at this size so it never reallocates and leaves an unwiped copy of a swipe behind.
constexpr std::size_t kMaxLine = 4352;

// Usages 0x2C..0x38 on a US layout (0x32, the non-US # key, types what backslash does there).
constexpr std::array<char, 13> kPunctuation{' ', '-',  '=', '[', ']', '\\', '\\',
                                            ';', '\'', '`', ',', '.', '/'};
constexpr std::array<char, 13> kPunctuationShifted{' ', '_', '+', '{', '}', '|', '|',
                                                   ':', '"', '~', '<', '>', '?'};
constexpr std::array<char, 10> kDigitsShifted{'!', '@', '#', '$', '%', '^', '&', '*', '(', ')'};

bool is_swipe_start(char c) {
    return c == '%' || c == ';' || c == '+';
}

}  // namespace

std::optional<char> us_usage_character(std::uint8_t usage, bool shift) {
    if (usage >= 0x04 && usage <= 0x1D) {
        return static_cast<char>((shift ? 'A' : 'a') + (usage - 0x04));
    }
    if (usage >= 0x1E && usage <= 0x27) {  // 1..9, 0
        const int index = usage - 0x1E;
        if (shift) {
            return kDigitsShifted[static_cast<std::size_t>(index)];
        }
        return static_cast<char>(usage == 0x27 ? '0' : '1' + index);
    }
    if (usage >= 0x2C && usage <= 0x38) {
        const auto index = static_cast<std::size_t>(usage - 0x2C);
        return shift ? kPunctuationShifted[index] : kPunctuation[index];
    }
    // The keypad types the same with or without Shift: scanners use it for digits with NumLock assumed on.
    switch (usage) {
        case 0x54:
            return '/';
        case 0x55:
            return '*';
        case 0x56:
            return '-';
        case 0x57:
            return '+';
        case 0x62:
            return '0';
        case 0x63:
            return '.';
        default:
            break;
    }
    if (usage >= 0x59 && usage <= 0x61) {
        return static_cast<char>('1' + (usage - 0x59));
    }
    return std::nullopt;
}

KeyboardWedgeDecoder::KeyboardWedgeDecoder(DeviceId device, KeyboardSettings settings)
    : device_(std::move(device)), settings_(settings) {
    line_.reserve(kMaxLine);
}

KeyboardWedgeDecoder::~KeyboardWedgeDecoder() {
    detail::wipe(line_);
}

std::vector<Event> KeyboardWedgeDecoder::feed(std::span<const std::uint8_t> report, Timestamp at) {
    if (report.size() != kReportSize) {
        return {};
    }
    const auto keys = report.subspan(2, 6);
    if (std::all_of(keys.begin(), keys.end(), [](std::uint8_t k) { return k == kUsageErrorRollOver; })) {
        return {};  // too many keys at once: the report says nothing about which, so it changes nothing
    }
    if (!line_.empty() && at - last_key_ > settings_.timeout) {
        drop_line();
    }
    const bool shift = (report[0] & kShiftBits) != 0;
    std::vector<Event> events;
    for (std::size_t slot = 0; slot < keys.size(); ++slot) {
        const std::uint8_t usage = keys[slot];
        const bool seen_before = std::find(held_.begin(), held_.end(), usage) != held_.end() ||
                                 std::find(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(slot),
                                           usage) != keys.begin() + static_cast<std::ptrdiff_t>(slot);
        if (usage < kFirstKeyUsage || seen_before) {
            continue;
        }
        const bool terminator = (usage == kUsageEnter && settings_.enter_ends_scan) ||
                                (usage == kUsageKeypadEnter && settings_.keypad_enter_ends_scan) ||
                                (usage == kUsageTab && settings_.tab_ends_scan);
        if (terminator) {
            auto done = finish_line(at);
            std::move(done.begin(), done.end(), std::back_inserter(events));
            continue;
        }
        if (const auto c = us_usage_character(usage, shift)) {
            if (line_.size() < kMaxLine) {
                line_.push_back(*c);
            } else {
                overflowed_ = true;
            }
            last_key_ = at;
        }
    }
    std::copy(keys.begin(), keys.end(), held_.begin());
    return events;
}

std::vector<Event> KeyboardWedgeDecoder::idle(Timestamp now) {
    if (!line_.empty() && now - last_key_ > settings_.timeout) {
        drop_line();
    }
    return {};
}

void KeyboardWedgeDecoder::reset() {
    drop_line();
    held_.fill(0);
}

void KeyboardWedgeDecoder::drop_line() {
    detail::wipe(line_);
    overflowed_ = false;
}

std::optional<Event> wedge_line_event(const DeviceId& device, std::string_view line,
                                      bool every_line_is_a_swipe, Timestamp at) {
    // Before the line is read as a swipe or a barcode: a track 1 typed without its start sentinel, or a card
    // number typed by a scanner, would otherwise become a start_sentinel error or a scan of its digits.
    if (kassa::carries_payment_card(line)) {
        return ErrorEvent{device, ErrorCode::bank_card, std::string(error_sentence(ErrorCode::bank_card))};
    }
    std::optional<Symbology> symbology;
    std::string_view text = line;
    if (text.size() >= 3 && is_aim_id(text.substr(0, 3))) {
        symbology = symbology_from_aim(text.substr(0, 3));
        text.remove_prefix(3);
    }
    if (every_line_is_a_swipe || (!text.empty() && is_swipe_start(text.front()))) {
        return msr_event(device, parse_msr_text(text), at);
    }
    if (text.empty()) {
        return std::nullopt;
    }
    return refuse_payment_card(
        ScanEvent{device, SourceKind::keyboard_wedge, symbology, std::string(text), at});
}

std::vector<Event> KeyboardWedgeDecoder::finish_line(Timestamp at) {
    if (line_.empty() || overflowed_) {
        drop_line();
        return {};
    }
    std::vector<Event> events;
    if (auto e = wedge_line_event(device_, line_, settings_.every_line_is_a_swipe, at)) {
        events.push_back(std::move(*e));
    }
    drop_line();
    return events;
}

}  // namespace kassa::drivers
