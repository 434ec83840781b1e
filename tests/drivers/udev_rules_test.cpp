#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "kassa/drivers/routing.hpp"

using namespace kassa::drivers;

namespace {

std::vector<std::string> rule_lines(bool commented) {
    std::ifstream in(std::string(KASSA_SOURCE_DIR) + "/packaging/udev/69-kassa-usb.rules");
    REQUIRE(in.good());
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) {
        if (commented && line.rfind("# SUBSYSTEM", 0) == 0) {
            out.push_back(line.substr(2));
        } else if (!commented && line.rfind("SUBSYSTEM", 0) == 0) {
            out.push_back(line);
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
