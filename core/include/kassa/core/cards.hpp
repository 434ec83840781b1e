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

// The EAN-13 check digit for 12 digits.
char ean13_check_digit(std::string_view twelve_digits);

// The in-store EAN-13 card number for a sequence number: prefix (20..29), zero-padded number, check digit.
// Throws std::invalid_argument when the number does not fit in the 10 digits after the prefix.
std::string instore_card_number(int prefix, long long sequence);

}  // namespace kassa
