#include <catch2/catch.hpp>

#include <fnmatch.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "kassa/drivers/routing.hpp"

using namespace kassa::drivers;

namespace {

bool is_printer_line(const std::string& line) {
    return line.find("ID_USB_INTERFACES") != std::string::npos;
}

// The lines of one kind: scanner vendors' lines, or the printer class lines.
std::vector<std::string> rule_lines(bool commented, bool printers = false) {
    std::ifstream in(std::string(KASSA_SOURCE_DIR) + "/packaging/udev/69-kassa-usb.rules");
    REQUIRE(in.good());
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) {
        std::string rule;
        if (commented && line.rfind("# SUBSYSTEM", 0) == 0) {
            rule = line.substr(2);
        } else if (!commented && line.rfind("SUBSYSTEM", 0) == 0) {
            rule = line;
        }
        if (!rule.empty() && is_printer_line(rule) == printers) {
            out.push_back(rule);
        }
    }
    return out;
}

bool has_line(const std::vector<std::string>& lines, const std::vector<std::string>& parts) {
    for (const auto& line : lines) {
        bool all = true;
        for (const auto& p : parts) {
            all = all && line.find(p) != std::string::npos;
        }
        if (all) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("the udev rules give every known scanner vendor to the seat user", "[drivers][udev]") {
    const auto active = rule_lines(false);
    const auto kiosk = rule_lines(true);
    for (const std::uint16_t vendor : known_scanner_vendors()) {
        char hex[5];
        std::snprintf(hex, sizeof hex, "%04x", static_cast<unsigned>(vendor));
        const std::string id = hex;
        INFO("vendor " << id);
        CHECK(has_line(active, {"SUBSYSTEM==\"usb\"", "ENV{DEVTYPE}==\"usb_device\"",
                                "ATTR{idVendor}==\"" + id + "\"", "TAG+=\"uaccess\""}));
        CHECK(has_line(active,
                       {"SUBSYSTEM==\"hidraw\"", "ATTRS{idVendor}==\"" + id + "\"", "TAG+=\"uaccess\""}));
        CHECK(has_line(kiosk, {"ENV{DEVTYPE}==\"usb_device\"", "ATTR{idVendor}==\"" + id + "\"",
                               "MODE=\"0660\"", "GROUP=\"plugdev\""}));
        CHECK(has_line(kiosk, {"SUBSYSTEM==\"hidraw\"", "ATTRS{idVendor}==\"" + id + "\"", "MODE=\"0660\"",
                               "GROUP=\"plugdev\""}));
    }
    // Nothing else is opened up, and the kiosk lines stay commented out.
    CHECK(active.size() == 2 * known_scanner_vendors().size());
    for (const auto& line : active) {
        CHECK(line.find("MODE") == std::string::npos);
    }
}

namespace {

// The glob of a rule's ENV{ID_USB_INTERFACES}=="..." match, which udev compares like fnmatch.
std::string interfaces_glob(const std::string& line) {
    const std::string key = "ENV{ID_USB_INTERFACES}==\"";
    const auto start = line.find(key);
    REQUIRE(start != std::string::npos);
    const auto end = line.find('"', start + key.size());
    REQUIRE(end != std::string::npos);
    return line.substr(start + key.size(), end - start - key.size());
}

}  // namespace

TEST_CASE("the udev rules give USB printer class devices to the seat user", "[drivers][udev][printer]") {
    const auto active = rule_lines(false, true);
    const auto kiosk = rule_lines(true, true);
    REQUIRE(active.size() == 1);
    CHECK(has_line(active, {"SUBSYSTEM==\"usb\"", "ENV{DEVTYPE}==\"usb_device\"", "TAG+=\"uaccess\""}));
    CHECK(active[0].find("MODE") == std::string::npos);
    REQUIRE(kiosk.size() == 1);
    CHECK(has_line(kiosk, {"ENV{DEVTYPE}==\"usb_device\"", "MODE=\"0660\"", "GROUP=\"plugdev\""}));
    CHECK(interfaces_glob(kiosk[0]) == interfaces_glob(active[0]));

    // usb_id's ID_USB_INTERFACES of real devices: each interface as :class subclass protocol:.
    const std::string glob = interfaces_glob(active[0]);
    for (const char* printer : {":070102:", ":070101:", ":030101:070102:", ":070102:ff0000:"}) {
        INFO(printer);
        CHECK(fnmatch(glob.c_str(), printer, 0) == 0);
    }
    for (const char* other : {":030101:", ":030000:", ":080650:", ":ff0701:", ":020201:0a0000:"}) {
        INFO(other);
        CHECK(fnmatch(glob.c_str(), other, 0) != 0);
    }
}
