#pragma once
// UTF-8 validation for scanned text (a QR code may carry any text; the till shows and stores it as UTF-8).

#include <string_view>

namespace kassa::drivers {

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, no cut-off
// sequence at the end.
bool is_valid_utf8(std::string_view bytes);

}  // namespace kassa::drivers
