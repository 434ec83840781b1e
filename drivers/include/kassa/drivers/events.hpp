#pragma once
// What the drivers tell the till: a scan, an error with a sentence for the cashier, a device coming or
// going. Plain values: a device's reader thread makes them and the caller's thread reads them, so they own
// all their data and share nothing.

#include <chrono>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace kassa::drivers {

// One readable endpoint of one plugged device (a USB HID interface), stable while it stays plugged in. The
// transport chooses the text (libusb: bus, port path and interface); a replug may give the same id again.
using DeviceId = std::string;

// When a report arrived, on the monotonic clock: it orders reports and times out half-read scans, and wall
// clock jumps must not do either. The till stamps a sale with its own kassa::Clock.
using Timestamp = std::chrono::steady_clock::time_point;

struct UsbId {
    std::uint16_t vendor = 0;
    std::uint16_t product = 0;  // 0 in a device table means any product of the vendor
    constexpr auto operator<=>(const UsbId&) const = default;
};

// How the text reached us; a keyboard-wedge card reader's swipe counts as `msr`.
enum class SourceKind { keyboard_wedge, hid_pos, msr, camera };

// What a device is to Kassa, decided from its report descriptor (and for keyboards, its vendor).
// keyboard_msr is a card reader that types its tracks like a keyboard (MagTek 0801:0001): every line it types
// is a swipe, so a swipe that lost its start sentinel is the start_sentinel error, never a barcode.
enum class DeviceRole { unknown, keyboard_wedge, hid_pos_scanner, hid_msr, keyboard_msr };

enum class ErrorCode {
    bad_swipe,       // no track could be read: swipe again
    bank_card,       // a payment card: refused, its digits dropped
    start_sentinel,  // a track without its start sentinel (UnifiedPOS EMSR_START)
    end_sentinel,    // a track without its end sentinel (EMSR_END)
    lrc,             // a track whose LRC character is wrong (EMSR_LRC)
    no_card_number,  // a readable card without a track 2 number
    invalid_utf8,    // a HID POS message that is not UTF-8 text
    no_permission,   // the operating system refused to open the device: the udev rules are missing
    open_failed,     // the device could not be opened for another reason
    claim_failed,    // the device could not be taken from the kernel or another program
    device_error,    // the device stopped answering while being read
    // A picture (camera frame or image file) that is not an image Kassa can read.
    unreadable_image,
};

// The stable machine name of a code ("bad_swipe"): logs, JSON lines and translations key on it.
std::string_view error_code_name(ErrorCode code);
// The English sentence for the cashier when the code needs no device name.
std::string_view error_sentence(ErrorCode code);
std::string_view source_kind_name(SourceKind kind);
std::string_view device_role_name(DeviceRole role);

// An AIM symbology identifier (ISO/IEC 15424) and the name of the symbology it stands for.
struct Symbology {
    std::string aim_id;  // "]E0"
    std::string name;    // "EAN-13/UPC-A"; "unknown" for a well-formed id not in Kassa's list
    bool operator==(const Symbology&) const = default;
};

struct ScanEvent {
    DeviceId device;
    SourceKind source = SourceKind::keyboard_wedge;
    std::optional<Symbology> symbology;  // empty when the device did not say
    std::string text;                    // UTF-8; for a card swipe the loyalty number from track 2
    Timestamp time{};                    // when the last report of the scan arrived
};

struct ErrorEvent {
    DeviceId device;
    ErrorCode code = ErrorCode::device_error;
    std::string sentence;  // for the cashier; never carries card data
};

enum class DeviceStatus { connected, disconnected };

// A device became ready to read or stopped being read. Unplugging is an ordinary status, not an error.
struct StatusEvent {
    DeviceId device;
    DeviceRole role = DeviceRole::unknown;
    std::string name;
    DeviceStatus status = DeviceStatus::connected;
};

using Event = std::variant<ScanEvent, ErrorEvent, StatusEvent>;

// The one place the drivers decide about bank cards: every scan a decoder (keyboard wedge, HID POS, card
// reader, camera) completes passes through here before any consumer sees it. A text that carries a payment
// card number in any form (kassa::carries_payment_card: a track 1 of format B, a card number whole, grouped
// or inside a track) comes back as the bank_card error with the fixed sentence, its text wiped; any other
// scan comes back unchanged.
Event refuse_payment_card(ScanEvent scan);

}  // namespace kassa::drivers
