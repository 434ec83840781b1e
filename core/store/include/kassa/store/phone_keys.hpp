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

// And back: a stored phone as a person reads it on a screen, formatted by libphonenumber. Nationally
// ("5123 4567" in an Estonian shop, "8 (912) 345-67-89" in a Russian one) when it has the country calling
// code of `shop_region` (the shop's phone country), which is how it is dialled from the shop's phone;
// internationally otherwise ("+7 912 345-67-89" in an Estonian shop). A value libphonenumber cannot read as
// a valid number (written before the store checked phones, or by another program) is returned as it is:
// shown, never hidden or changed. Pure: the stored value stays E.164, and files for other programs (the
// accountant's export, the outreach lists as CSV) keep it as stored.
std::string phone_for_people(const std::string& stored, const std::string& shop_region);

}  // namespace kassa::store
