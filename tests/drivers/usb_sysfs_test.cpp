#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "driver_test_support.hpp"
#include "kassa/drivers/libusb_transport.hpp"
#include "kassa/drivers/routing.hpp"
#include "kassa/drivers/usb_sysfs.hpp"
#include "temp_dir.hpp"

using namespace kassa::drivers;
using namespace kassa::drivers::testing;

// A sysfs tree written by hand the way the kernel lays it out (Documentation/ABI/stable/sysfs-bus-usb), so
// the reader is tested without a USB device. The real tree is read by the QEMU test (tests/usbvm).

namespace {

namespace fs = std::filesystem;

void write(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

void write_bytes(const fs::path& file, const Bytes& bytes) {
    write(file, std::string(bytes.begin(), bytes.end()));
}

// The virtual gadget of devices.md: a boot keyboard on interface 0, the HID POS scanner on interface 1.
void make_gadget(const fs::path& root, const std::string& name, bool scanner_driver_bound = true) {
    const fs::path devices = root / "bus/usb/devices";
    write(devices / name / "idVendor", "1d6b\n");
    write(devices / name / "idProduct", "0104\n");
    write(devices / name / "product", "Kassa test gadget\n");
    write(devices / name / "manufacturer", "Kassa\n");
    write(devices / name / "bConfigurationValue", "1\n");
    const fs::path kbd = devices / (name + ":1.0");
    write(kbd / "bInterfaceClass", "03\n");
    write(kbd / "bInterfaceSubClass", "01\n");
    write(kbd / "bInterfaceProtocol", "01\n");
    write(kbd / "bInterfaceNumber", "00\n");
    write_bytes(kbd / "0003:1D6B:0104.0001/report_descriptor", kBootKeyboardDescriptor);
    const fs::path scan = devices / (name + ":1.1");
    write(scan / "bInterfaceClass", "03\n");
    write(scan / "bInterfaceSubClass", "00\n");
    write(scan / "bInterfaceProtocol", "00\n");
    write(scan / "bInterfaceNumber", "01\n");
    if (scanner_driver_bound) {
        write_bytes(scan / "0003:1D6B:0104.0002/report_descriptor", kScannerDescriptor);
    }
}

}  // namespace

TEST_CASE("sysfs: device names follow the kernel's bus-port.port scheme", "[drivers][usb]") {
    const std::uint8_t one[] = {1};
    const std::uint8_t hub[] = {2, 4, 1};
    CHECK(sysfs_device_name(1, one) == "1-1");
    CHECK(sysfs_device_name(3, hub) == "3-2.4.1");
    CHECK(sysfs_device_name(2, {}) == "usb2");
    CHECK(usb_interface_id("3-2.4", 1, 0) == "usb:3-2.4:1.0");
}

TEST_CASE("sysfs: a gadget's HID interfaces, ids, names and report descriptors", "[drivers][usb]") {
    const kassa::testing::TempDir dir;
    make_gadget(dir.path(), "1-1");
    // A root hub, a mass-storage device and an interface directory: none is a device to list or route.
    write(dir.path() / "bus/usb/devices/usb1/idVendor", "1d6b\n");
    write(dir.path() / "bus/usb/devices/2-1/idVendor", "0781\n");
    write(dir.path() / "bus/usb/devices/2-1/idProduct", "5567\n");
    write(dir.path() / "bus/usb/devices/2-1/bConfigurationValue", "1\n");
    write(dir.path() / "bus/usb/devices/2-1:1.0/bInterfaceClass", "08\n");

    CHECK(list_sysfs_usb_devices(dir.path().string()) == std::vector<std::string>{"1-1", "2-1"});

    const auto gadget = read_sysfs_usb_device(dir.path().string(), "1-1");
    REQUIRE(gadget.has_value());
    CHECK(gadget->usb == UsbId{0x1D6B, 0x0104});
    CHECK(gadget->configuration == 1);
    CHECK(gadget->settled());
    const auto infos = hid_device_infos(*gadget);
    REQUIRE(infos.size() == 2);
    CHECK(infos[0].id == "usb:1-1:1.0");
    CHECK(infos[0].name == "Kassa test gadget");
    CHECK(infos[0].report_descriptor == kBootKeyboardDescriptor);
    CHECK(infos[1].id == "usb:1-1:1.1");
    CHECK(infos[1].report_descriptor == kScannerDescriptor);

    // Routed as the QEMU test expects: the scanner by its descriptor, the keyboard only when listed.
    const UsbId listed[] = {UsbId{0x1D6B, 0x0104}};
    CHECK((classify_device(parse_report_descriptor(infos[1].report_descriptor), infos[1].usb) ==
           DeviceRole::hid_pos_scanner));
    CHECK((classify_device(parse_report_descriptor(infos[0].report_descriptor), infos[0].usb) ==
           DeviceRole::unknown));
    CHECK((classify_device(parse_report_descriptor(infos[0].report_descriptor), infos[0].usb, listed) ==
           DeviceRole::keyboard_wedge));

    const auto storage = read_sysfs_usb_device(dir.path().string(), "2-1");
    REQUIRE(storage.has_value());
    CHECK(storage->hid_interfaces.empty());
    CHECK(storage->settled());
    CHECK(hid_device_infos(*storage).empty());
}

TEST_CASE("sysfs: an interface without its HID driver yet is not settled", "[drivers][usb]") {
    const kassa::testing::TempDir dir;
    make_gadget(dir.path(), "1-1", false);
    auto gadget = read_sysfs_usb_device(dir.path().string(), "1-1");
    REQUIRE(gadget.has_value());
    CHECK_FALSE(gadget->settled());
    REQUIRE(gadget->hid_interfaces.size() == 2);
    CHECK_FALSE(gadget->hid_interfaces[1].descriptor_found);
    CHECK(hid_device_infos(*gadget)[1].report_descriptor.empty());

    SECTION("an unconfigured device is not settled either") {
        write(dir.path() / "bus/usb/devices/1-1/bConfigurationValue", "\n");
        gadget = read_sysfs_usb_device(dir.path().string(), "1-1");
        REQUIRE(gadget.has_value());
        CHECK(gadget->configuration == 0);
        CHECK_FALSE(gadget->settled());
    }
}

TEST_CASE("sysfs: an unplugged device reads as nothing", "[drivers][usb]") {
    const kassa::testing::TempDir dir;
    CHECK_FALSE(read_sysfs_usb_device(dir.path().string(), "1-1").has_value());
    CHECK(list_sysfs_usb_devices(dir.path().string()).empty());
    CHECK(list_sysfs_usb_devices((dir.path() / "missing").string()).empty());
}

TEST_CASE("libusb transport: error names for kassactl", "[drivers][usb]") {
    CHECK(transport_error_name(TransportError::permission_denied) == "permission_denied");
    CHECK(transport_error_name(TransportError::gone) == "gone");
    CHECK(transport_error_name(TransportError::busy) == "busy");
}
