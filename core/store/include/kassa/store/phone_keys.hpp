#pragma once
// The key a customer's phone is stored and looked up under is its E.164 form ("+37251234567"), made by
// libphonenumber from what was typed and the shop's region. Parsing costs about as much as the lookup itself
// (11 µs, docs/performance.md), so the phone lookup first tries the key read directly off the two forms a
// cashier types most, and parses only when that finds nobody.

#include <optional>
#include <string>

namespace kassa::store {

// The E.164 key of `typed` without parsing it, when it is written
// - internationally: "+" and digits, spaces or dashes between them ("+372 5123 4567"): the digits as they
// are;
// - nationally: digits, spaces or dashes, not starting with the region's trunk prefix ("5123 4567" in EE),
//   for a region whose example numbers (libphonenumber's metadata) all read that way: the region's country
//   code in front of the digits.
// nullopt for anything else (letters, brackets, a trunk prefix, an unknown region): libphonenumber decides.
// A key made here is only ever compared with stored keys, each validated by libphonenumber when it was
// written, so a form libphonenumber would read differently finds nobody and falls through to the parser.
std::optional<std::string> direct_phone_key(const std::string& typed, const std::string& region);

}  // namespace kassa::store
