#include "kassa/drivers/aim.hpp"

#include <array>
#include <string>

namespace kassa::drivers {

namespace {

struct KnownId {
    std::string_view id;
    std::string_view name;
};

// The symbologies a shop meets on products and loyalty cards.
constexpr std::array<KnownId, 8> kKnown{{
    {"]E0", "EAN-13/UPC-A"},
    {"]E4", "EAN-8"},
    {"]C0", "Code 128"},
    {"]A0", "Code 39"},
    {"]I0", "ITF"},
    {"]Q1", "QR"},
    {"]d2", "DataMatrix"},
    {"]L2", "PDF417"},
}};

bool is_ascii_letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

}  // namespace

bool is_aim_id(std::string_view three) {
    return three.size() == 3 && three[0] == ']' && is_ascii_letter(three[1]) && three[2] >= '0' &&
           three[2] <= '9';
}

std::optional<Symbology> symbology_from_aim(std::string_view three) {
    if (!is_aim_id(three)) {
        return std::nullopt;
    }
    for (const auto& known : kKnown) {
        if (known.id == three) {
            return Symbology{std::string(known.id), std::string(known.name)};
        }
    }
    return Symbology{std::string(three), "unknown"};
}

}  // namespace kassa::drivers
