#pragma once
// Loading the shop's time zone by its IANA name ("Europe/Tallinn") from the system's zoneinfo database.

#include <memory>
#include <string>
#include <string_view>

#include "kassa/core/time.hpp"

namespace kassa::sys {

// Thrown when a zone name is not in the database or its file cannot be read.
class UnknownTimeZone : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Reads the zone's current rule (the POSIX TZ footer of its TZif v2+ file) under `zoneinfo_root`.
// Names are checked before any file is opened: no "..", no absolute paths.
std::shared_ptr<const TimeZone> load_time_zone(std::string_view name,
                                               const std::string& zoneinfo_root = "/usr/share/zoneinfo");

// The zone a quote document asks for: the IANA name when given, else the fixed offset `now` was written in.
std::shared_ptr<const TimeZone> zone_for(std::string_view name, std::int32_t fallback_offset_seconds);

}  // namespace kassa::sys
