#pragma once
// Internal to kassa::store: the length of a text as a person counts it. Limits on what people type are in
// characters, not bytes: a Cyrillic or Estonian letter is two bytes in UTF-8, so a byte limit would give a
// Russian reason half the room of an English one.

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace kassa::store::detail {

// Unicode code points of UTF-8 text: every byte that does not continue a character starts one.
inline std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

}  // namespace kassa::store::detail
