#include "kassa/drivers/events.hpp"

#include "kassa/core/cards.hpp"
#include "wipe.hpp"

namespace kassa::drivers {

std::string_view error_code_name(ErrorCode code) {
    switch (code) {
        case ErrorCode::bad_swipe:
            return "bad_swipe";
        case ErrorCode::bank_card:
            return "bank_card";
        case ErrorCode::start_sentinel:
            return "start_sentinel";
        case ErrorCode::end_sentinel:
            return "end_sentinel";
        case ErrorCode::lrc:
            return "lrc";
        case ErrorCode::no_card_number:
            return "no_card_number";
        case ErrorCode::invalid_utf8:
            return "invalid_utf8";
        case ErrorCode::no_permission:
            return "no_permission";
        case ErrorCode::open_failed:
            return "open_failed";
        case ErrorCode::claim_failed:
            return "claim_failed";
        case ErrorCode::device_error:
            return "device_error";
        case ErrorCode::unreadable_image:
            return "unreadable_image";
    }
    return "device_error";
}

// Sentences are fixed text on purpose: nothing read from a card or a barcode is ever pasted into them.
std::string_view error_sentence(ErrorCode code) {
    switch (code) {
        case ErrorCode::bad_swipe:
            return "The card could not be read. Swipe it again.";
        case ErrorCode::bank_card:
            return "This is a bank card, not a loyalty card.";
        case ErrorCode::start_sentinel:
            return "The card reader sent a track without its start mark. Swipe the card again.";
        case ErrorCode::end_sentinel:
            return "The card reader sent a track without its end mark. Swipe the card again.";
        case ErrorCode::lrc:
            return "The card data failed its check (LRC). Swipe the card again.";
        case ErrorCode::no_card_number:
            return "This card carries no loyalty number on its stripe.";
        case ErrorCode::invalid_utf8:
            return "The scanner sent text that is not UTF-8. Set the scanner to send UTF-8 and scan again.";
        case ErrorCode::no_permission:
            return "Kassa may not open the device. Install the udev rules (69-kassa-usb.rules) and plug it "
                   "in "
                   "again.";
        case ErrorCode::open_failed:
            return "Kassa could not open the device. Plug it in again.";
        case ErrorCode::claim_failed:
            return "Kassa could not take over the device: another program may be using it.";
        case ErrorCode::device_error:
            return "The device stopped answering. Unplug it and plug it in again.";
        case ErrorCode::unreadable_image:
            return "The picture could not be read: it is not a PNG or JPEG image, or it is damaged.";
    }
    return "The device stopped answering. Unplug it and plug it in again.";
}

Event refuse_payment_card(ScanEvent scan) {
    if (!kassa::carries_payment_card(scan.text)) {
        return scan;
    }
    detail::wipe(scan.text);
    return ErrorEvent{std::move(scan.device), ErrorCode::bank_card,
                      std::string(error_sentence(ErrorCode::bank_card))};
}

std::string_view source_kind_name(SourceKind kind) {
    switch (kind) {
        case SourceKind::keyboard_wedge:
            return "keyboard_wedge";
        case SourceKind::hid_pos:
            return "hid_pos";
        case SourceKind::msr:
            return "msr";
        case SourceKind::camera:
            return "camera";
    }
    return "keyboard_wedge";
}

std::string_view device_role_name(DeviceRole role) {
    switch (role) {
        case DeviceRole::unknown:
            return "unknown";
        case DeviceRole::keyboard_wedge:
            return "keyboard_wedge";
        case DeviceRole::hid_pos_scanner:
            return "hid_pos_scanner";
        case DeviceRole::hid_msr:
            return "hid_msr";
        case DeviceRole::keyboard_msr:
            return "keyboard_msr";
    }
    return "unknown";
}

}  // namespace kassa::drivers
