#pragma once
// UTF-8 for scanned text (a QR code may carry any text; the till shows and stores it as UTF-8) and for
// printed text (fonts and code pages work on code points).

#include <cstddef>
#include <string>
#include <string_view>

namespace kassa::drivers {

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, no cut-off
// sequence at the end.
bool is_valid_utf8(std::string_view bytes);

// Appends the code points of `bytes` to `out`. Each byte of an ill-formed sequence becomes U+FFFD, so text
// from a wrong source still prints as something visible instead of vanishing.
void append_code_points(std::string_view bytes, std::u32string& out);

// The code point starting at bytes[i] (i < bytes.size()), moving i past it; U+FFFD and one byte on for an
// ill-formed sequence, as append_code_points does.
char32_t next_code_point(std::string_view bytes, std::size_t& i);

}  // namespace kassa::drivers
