#pragma once
// AIM symbology identifiers (ISO/IEC 15424): the three characters `]`, a code letter and a modifier digit
// that scanners put before or beside the data to say which kind of barcode they read. Pure functions.

#include <optional>
#include <string_view>

#include "kassa/drivers/events.hpp"

namespace kassa::drivers {

// True for `]` + ASCII letter + ASCII digit.
bool is_aim_id(std::string_view three);

// The symbology an id names. Ids Kassa knows get their name (]E0 EAN-13/UPC-A, ]E4 EAN-8, ]C0 Code 128,
// ]A0 Code 39, ]I0 ITF, ]Q1 QR, ]d2 DataMatrix, ]L2 PDF417); any other well-formed id is kept raw with
// the name "unknown". Blank bytes (NUL or spaces) and anything that is not an AIM id mean the device did
// not say: nullopt.
std::optional<Symbology> symbology_from_aim(std::string_view three);

}  // namespace kassa::drivers
