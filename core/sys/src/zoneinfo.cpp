#include "kassa/sys/zoneinfo.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace kassa::sys {

namespace {

bool safe_zone_name(std::string_view name) {
    if (name.empty() || name.size() > 64 || name.front() == '/' ||
        name.find("..") != std::string_view::npos) {
        return false;
    }
    for (char c : name) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '/' || c == '_' || c == '-' || c == '+';
        if (!ok) {
            return false;
        }
    }
    return true;
}

}  // namespace

std::shared_ptr<const TimeZone> load_time_zone(std::string_view name, const std::string& zoneinfo_root) {
    if (!safe_zone_name(name)) {
        throw UnknownTimeZone("'" + std::string(name) + "' is not a time zone name like Europe/Tallinn");
    }
    const std::string path = zoneinfo_root + "/" + std::string(name);
    std::error_code error;
    // "Europe" is a folder of zones, not a zone: reading a folder is not an answer.
    if (!std::filesystem::is_regular_file(path, error)) {
        throw UnknownTimeZone("unknown time zone '" + std::string(name) + "'");
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        throw UnknownTimeZone("unknown time zone '" + std::string(name) + "'");
    }
    const std::string data((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    // TZif version 2 and later end with "\n<POSIX TZ rule>\n"; that rule describes the zone from now on.
    if (data.size() < 6 || data.compare(0, 4, "TZif") != 0 || data[4] < '2' || data.back() != '\n') {
        throw UnknownTimeZone("time zone file for '" + std::string(name) + "' has no current rule");
    }
    const auto start = data.rfind('\n', data.size() - 2);
    if (start == std::string::npos) {
        throw UnknownTimeZone("time zone file for '" + std::string(name) + "' has no current rule");
    }
    const std::string rule = data.substr(start + 1, data.size() - start - 2);
    try {
        return std::make_shared<PosixTimeZone>(std::string(name), rule);
    } catch (const std::invalid_argument& e) {
        throw UnknownTimeZone("time zone '" + std::string(name) +
                              "' has a rule Kassa cannot read: " + e.what());
    }
}

std::shared_ptr<const TimeZone> zone_for(std::string_view name, std::int32_t fallback_offset_seconds) {
    if (name.empty()) {
        return std::make_shared<FixedOffsetZone>(fallback_offset_seconds);
    }
    return load_time_zone(name);
}

}  // namespace kassa::sys
