#include "kassa/drivers/usb_sysfs.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <string_view>

namespace kassa::drivers {

namespace {

// Reads a whole small sysfs file; nullopt when it cannot be opened.
std::optional<std::string> read_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return std::nullopt;
    }
    std::string out;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        out.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return out;
}

std::string trimmed(std::string s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
        s.pop_back();
    }
    return s;
}

std::optional<unsigned> read_number(const std::string& path, int base) {
    const auto text = read_file(path);
    if (!text) {
        return std::nullopt;
    }
    const std::string t = trimmed(*text);
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value, base);
    if (ec != std::errc() || end != t.data() + t.size() || t.empty()) {
        return std::nullopt;
    }
    return value;
}

std::vector<std::string> list_dir(const std::string& path) {
    std::vector<std::string> names;
    DIR* dir = ::opendir(path.c_str());
    if (dir == nullptr) {
        return names;
    }
    while (const dirent* entry = ::readdir(dir)) {
        const std::string_view n = entry->d_name;
        if (n != "." && n != "..") {
            names.emplace_back(n);
        }
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}

// "0003:1D6B:0104.0001": a HID device the kernel made for the interface (bus:vendor:product.instance).
bool is_hid_device_name(std::string_view n) {
    if (n.size() != 19 || n[4] != ':' || n[9] != ':' || n[14] != '.') {
        return false;
    }
    for (std::size_t i = 0; i < n.size(); ++i) {
        if (i != 4 && i != 9 && i != 14 && !std::isxdigit(static_cast<unsigned char>(n[i]))) {
            return false;
        }
    }
    return true;
}

std::string devices_dir(const std::string& root) {
    return root + "/bus/usb/devices";
}

}  // namespace

bool SysfsUsbDevice::settled() const {
    return configuration != 0 && std::all_of(hid_interfaces.begin(), hid_interfaces.end(),
                                             [](const SysfsHidInterface& i) { return i.descriptor_found; });
}

std::string sysfs_device_name(int bus, std::span<const std::uint8_t> ports) {
    if (ports.empty()) {
        return "usb" + std::to_string(bus);
    }
    std::string name = std::to_string(bus) + "-";
    for (std::size_t i = 0; i < ports.size(); ++i) {
        if (i > 0) {
            name += '.';
        }
        name += std::to_string(ports[i]);
    }
    return name;
}

std::vector<std::string> list_sysfs_usb_devices(const std::string& sysfs_root) {
    std::vector<std::string> out;
    for (const std::string& n : list_dir(devices_dir(sysfs_root))) {
        // Interfaces carry a ':', root hubs are "usbN"; devices are "<bus>-<ports>".
        if (n.find(':') == std::string::npos && n.rfind("usb", 0) != 0 && n.find('-') != std::string::npos) {
            out.push_back(n);
        }
    }
    return out;
}

std::optional<SysfsUsbDevice> read_sysfs_usb_device(const std::string& sysfs_root, const std::string& name) {
    const std::string dir = devices_dir(sysfs_root) + "/" + name;
    const auto vendor = read_number(dir + "/idVendor", 16);
    const auto product = read_number(dir + "/idProduct", 16);
    if (!vendor || !product) {
        return std::nullopt;
    }
    SysfsUsbDevice d;
    d.name = name;
    d.usb = UsbId{static_cast<std::uint16_t>(*vendor), static_cast<std::uint16_t>(*product)};
    d.product = trimmed(read_file(dir + "/product").value_or(""));
    d.manufacturer = trimmed(read_file(dir + "/manufacturer").value_or(""));
    // Empty while the device is unconfigured.
    d.configuration = static_cast<int>(read_number(dir + "/bConfigurationValue", 10).value_or(0));
    if (d.configuration == 0) {
        return d;
    }
    const std::string prefix = name + ":" + std::to_string(d.configuration) + ".";
    for (const std::string& n : list_dir(devices_dir(sysfs_root))) {
        if (n.rfind(prefix, 0) != 0) {
            continue;
        }
        const std::string idir = devices_dir(sysfs_root) + "/" + n;
        if (read_number(idir + "/bInterfaceClass", 16).value_or(0) != kUsbClassHid) {
            continue;
        }
        SysfsHidInterface i;
        i.number = static_cast<int>(read_number(idir + "/bInterfaceNumber", 16).value_or(0));
        i.subclass = static_cast<std::uint8_t>(read_number(idir + "/bInterfaceSubClass", 16).value_or(0));
        i.protocol = static_cast<std::uint8_t>(read_number(idir + "/bInterfaceProtocol", 16).value_or(0));
        for (const std::string& child : list_dir(idir)) {
            if (!is_hid_device_name(child)) {
                continue;
            }
            if (const auto bytes = read_file(idir + "/" + child + "/report_descriptor")) {
                i.report_descriptor.assign(bytes->begin(), bytes->end());
                i.descriptor_found = true;
                break;
            }
        }
        d.hid_interfaces.push_back(std::move(i));
    }
    std::sort(d.hid_interfaces.begin(), d.hid_interfaces.end(),
              [](const SysfsHidInterface& a, const SysfsHidInterface& b) { return a.number < b.number; });
    return d;
}

DeviceId usb_interface_id(const std::string& device_name, int configuration, int interface_number) {
    return "usb:" + device_name + ":" + std::to_string(configuration) + "." +
           std::to_string(interface_number);
}

std::vector<DeviceInfo> hid_device_infos(const SysfsUsbDevice& device) {
    std::vector<DeviceInfo> out;
    const std::string name = !device.product.empty()        ? device.product
                             : !device.manufacturer.empty() ? device.manufacturer
                                                            : std::string();
    for (const SysfsHidInterface& i : device.hid_interfaces) {
        out.push_back(DeviceInfo{usb_interface_id(device.name, device.configuration, i.number), device.usb,
                                 name, i.report_descriptor});
    }
    return out;
}

}  // namespace kassa::drivers
