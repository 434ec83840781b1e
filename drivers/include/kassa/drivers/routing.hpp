#pragma once
// Which devices Kassa reads and with which decoder. A device is routed by its report descriptor, not by its
// vendor id alone: one vendor id covers keyboard, HID POS and serial models. Pure functions.

#include <memory>
#include <span>
#include <vector>

#include "kassa/drivers/decoder.hpp"
#include "kassa/drivers/hid_descriptor.hpp"
#include "kassa/drivers/hid_pos.hpp"
#include "kassa/drivers/keyboard.hpp"

namespace kassa::drivers {

// Vendors of scanners and card readers (the same list as packaging/udev/69-kassa-usb.rules): Honeywell
// (0c2e, 0536, 067e), Newland (1eab), MagTek (0801), Zebra/Symbol (05e0), Datalogic (05f9).
std::span<const std::uint16_t> known_scanner_vendors();

// The role of one HID interface:
// - usage page 0x8C: hid_pos_scanner;
// - usage page 0x8E, or a vendor page with a 337-byte input report without report id (MagTek): hid_msr;
// - a boot keyboard that is a known keyboard-type card reader by its USB id (MagTek 0801:0001): keyboard_msr,
//   read with every line a swipe;
// - a boot keyboard from a known scanner vendor, or listed in `extra_wedges` (product 0 = any):
// keyboard_wedge.
//   Other keyboards are the cashier's own and are never claimed;
// - anything else: unknown.
DeviceRole classify_device(const ReportDescriptor& descriptor, UsbId usb,
                           std::span<const UsbId> extra_wedges = {});

struct DecoderSettings {
    KeyboardSettings keyboard;
    HidPosSettings hid_pos;
};

// The decoder for a role; nullptr for unknown.
std::unique_ptr<Decoder> make_decoder(DeviceRole role, const DeviceId& device, UsbId usb,
                                      const DecoderSettings& settings);

}  // namespace kassa::drivers
