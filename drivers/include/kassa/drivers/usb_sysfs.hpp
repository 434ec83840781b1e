#pragma once
// What Linux publishes about a plugged USB device in sysfs, which any user may read: vendor and product ids,
// the product string, and for each HID interface the report descriptor the kernel's HID driver read. Routing
// needs no more, so Kassa never opens a device (the cashier's keyboard, a mouse) just to learn what it is.
// POSIX file reads only; the root is a parameter so tests read a tree they built in a temporary directory.
//
// Layout read (Documentation/ABI/stable/sysfs-bus-usb):
//   <root>/bus/usb/devices/1-1/{idVendor,idProduct,product,manufacturer,busnum,devnum,bConfigurationValue}
//   <root>/bus/usb/devices/1-1:1.0/{bInterfaceNumber,bInterfaceClass,bInterfaceSubClass,bInterfaceProtocol}
//   <root>/bus/usb/devices/1-1:1.0/0003:1D6B:0104.0001/report_descriptor   (when a HID driver is bound)
//
// Threading rule: free functions without shared state; any thread.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "kassa/drivers/transport.hpp"

namespace kassa::drivers {

inline constexpr std::uint8_t kUsbClassHid = 0x03;

struct SysfsHidInterface {
    int number = 0;
    std::uint8_t subclass = 0;
    std::uint8_t protocol = 0;  // 1 boot keyboard, 2 boot mouse
    // Empty with `descriptor_found` false while no HID driver is bound (not yet, or detached by a program
    // that claimed the interface).
    std::vector<std::uint8_t> report_descriptor;
    bool descriptor_found = false;
};

struct SysfsUsbDevice {
    std::string name;  // the kernel's name: "1-1", "3-2.4" (bus, then the port path)
    UsbId usb;
    std::string product;                            // the product string; "" when the device has none
    std::string manufacturer;                       // likewise
    int configuration = 0;                          // the active configuration; 0 while unconfigured
    std::vector<SysfsHidInterface> hid_interfaces;  // of the active configuration, by interface number

    // Every HID interface has its report descriptor: nothing more is coming from the kernel.
    [[nodiscard]] bool settled() const;
};

// The kernel's name of the device at `ports` on bus `bus` ("1-1.2"); "usb1" for the root hub (no ports).
std::string sysfs_device_name(int bus, std::span<const std::uint8_t> ports);

// The names of the USB devices (not interfaces, not root hubs) in <root>/bus/usb/devices, sorted.
std::vector<std::string> list_sysfs_usb_devices(const std::string& sysfs_root);

// Reads one device; empty when it is not there (unplugged meanwhile).
std::optional<SysfsUsbDevice> read_sysfs_usb_device(const std::string& sysfs_root, const std::string& name);

// "usb:1-1:1.0": the device name, configuration and interface number, as sysfs names the interface.
DeviceId usb_interface_id(const std::string& device_name, int configuration, int interface_number);

// One DeviceInfo per HID interface, as the Transport interface announces them.
std::vector<DeviceInfo> hid_device_infos(const SysfsUsbDevice& device);

}  // namespace kassa::drivers
