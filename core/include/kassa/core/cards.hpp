#pragma once
// Card numbers: telling a bank card from a loyalty card, and the shop's own in-store numbers.
// Pure functions: the store refuses bank cards with them and the MSR driver drops their digits with them.

#include <optional>
#include <string>
#include <string_view>

namespace kassa {

// Luhn (ISO/IEC 7812) check over a string of digits; false for anything that is not all digits.
bool luhn_valid(std::string_view digits);

// A payment card number: an issuer range and a length of a card brand, and a valid Luhn digit. The shop's
// in-store numbers (prefix 2x, 13 digits) share prefixes with Mastercard and Mir, so the length decides.
bool is_payment_card_number(std::string_view digits);

// Whether a text carries a payment card anywhere in it, in any form a device or a person writes one: a
// track 1 of format B (with or without its `%` start sentinel), or 13 to 19 digits that are a card brand's
// number (is_payment_card_number), whole or in groups joined by single spaces or dashes ("4111 1111 1111
// 1111", "4111-1111-..."), alone or inside more text (";4111...=2512?", "B4111...^DOE/JOHN^..."), also
// after an AIM prefix ("]E04111...": the prefix's digit is not data).
// The drivers turn every such scan into the bank_card error; the till asks it of what the cashier types.
bool carries_payment_card(std::string_view text);

// The EAN-13 check digit for 12 digits.
char ean13_check_digit(std::string_view twelve_digits);

// The in-store EAN-13 card number for a sequence number: prefix (20..29), zero-padded number, check digit.
// Throws std::invalid_argument when the number does not fit in the 10 digits after the prefix.
std::string instore_card_number(int prefix, long long sequence);

}  // namespace kassa
