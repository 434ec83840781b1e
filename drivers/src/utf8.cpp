#include "kassa/drivers/utf8.hpp"

#include <cstddef>
#include <cstdint>

namespace kassa::drivers {

namespace {

constexpr char32_t kInvalid = 0xFFFFFFFFu;

// The code point starting at bytes[i], advancing i past it; kInvalid (i moved by one byte) when the sequence
// there is not well-formed.
char32_t checked_code_point(std::string_view bytes, std::size_t& i) {
    const auto lead = static_cast<std::uint8_t>(bytes[i]);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    std::size_t length = 0;
    std::uint32_t code = 0;
    std::uint32_t lowest = 0;  // the smallest code point this length may encode: anything less is overlong
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code = lead & 0x1Fu;
        lowest = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code = lead & 0x0Fu;
        lowest = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code = lead & 0x07u;
        lowest = 0x10000;
    } else {
        ++i;  // a continuation byte without a lead, C0/C1 (always overlong) or F5..FF
        return kInvalid;
    }
    if (bytes.size() - i < length) {
        ++i;
        return kInvalid;
    }
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<std::uint8_t>(bytes[i + k]);
        if ((next & 0xC0u) != 0x80u) {
            ++i;
            return kInvalid;
        }
        code = (code << 6) | (next & 0x3Fu);
    }
    if (code < lowest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        ++i;
        return kInvalid;
    }
    i += length;
    return code;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        if (checked_code_point(bytes, i) == kInvalid) {
            return false;
        }
    }
    return true;
}

void append_code_points(std::string_view bytes, std::u32string& out) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        out.push_back(next_code_point(bytes, i));
    }
}

char32_t next_code_point(std::string_view bytes, std::size_t& i) {
    const char32_t c = checked_code_point(bytes, i);
    return c == kInvalid ? U'\uFFFD' : c;
}

}  // namespace kassa::drivers
