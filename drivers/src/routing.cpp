#include "kassa/drivers/routing.hpp"

#include <algorithm>
#include <array>

#include "kassa/drivers/msr.hpp"

namespace kassa::drivers {

namespace {

constexpr std::array<std::uint16_t, 7> kScannerVendors{0x0C2E, 0x0536, 0x067E, 0x1EAB,
                                                       0x0801, 0x05E0, 0x05F9};

// Card readers that are boot keyboards: their descriptor is a keyboard's like any wedge scanner's, so only
// their USB id tells them apart (devices.md 3: MagTek's keyboard-emulation model is 0801:0001).
constexpr std::array<UsbId, 1> kKeyboardCardReaders{{{0x0801, 0x0001}}};

bool looks_like_magtek(const ReportDescriptor& d) {
    const bool vendor_page = std::any_of(d.usage_pages.begin(), d.usage_pages.end(),
                                         [](std::uint16_t page) { return page >= kPageVendorFirst; });
    const auto report = d.input_report(0);
    return vendor_page && !d.uses_report_ids && report && report->byte_length() == kMagTekReportSize;
}

}  // namespace

std::span<const std::uint16_t> known_scanner_vendors() {
    return kScannerVendors;
}

DeviceRole classify_device(const ReportDescriptor& descriptor, UsbId usb,
                           std::span<const UsbId> extra_wedges) {
    if (descriptor.is_barcode_scanner()) {
        return DeviceRole::hid_pos_scanner;
    }
    if (descriptor.is_magnetic_stripe_reader() || looks_like_magtek(descriptor)) {
        return DeviceRole::hid_msr;
    }
    if (descriptor.is_boot_keyboard()) {
        if (std::find(kKeyboardCardReaders.begin(), kKeyboardCardReaders.end(), usb) !=
            kKeyboardCardReaders.end()) {
            return DeviceRole::keyboard_msr;
        }
        const bool known_vendor =
            std::find(kScannerVendors.begin(), kScannerVendors.end(), usb.vendor) != kScannerVendors.end();
        const bool listed = std::any_of(extra_wedges.begin(), extra_wedges.end(), [&](UsbId w) {
            return w.vendor == usb.vendor && (w.product == 0 || w.product == usb.product);
        });
        if (known_vendor || listed) {
            return DeviceRole::keyboard_wedge;
        }
    }
    return DeviceRole::unknown;
}

std::unique_ptr<Decoder> make_decoder(DeviceRole role, const DeviceId& device, UsbId usb,
                                      const DecoderSettings& settings) {
    switch (role) {
        case DeviceRole::keyboard_wedge:
            return std::make_unique<KeyboardWedgeDecoder>(device, settings.keyboard);
        case DeviceRole::hid_pos_scanner:
            return std::make_unique<HidPosDecoder>(device, hid_pos_framing_for(usb), settings.hid_pos);
        case DeviceRole::hid_msr:
            return std::make_unique<HidMsrDecoder>(device);
        case DeviceRole::keyboard_msr: {
            KeyboardSettings swipes = settings.keyboard;
            swipes.every_line_is_a_swipe = true;
            return std::make_unique<KeyboardWedgeDecoder>(device, swipes);
        }
        case DeviceRole::unknown:
            break;
    }
    return nullptr;
}

}  // namespace kassa::drivers
