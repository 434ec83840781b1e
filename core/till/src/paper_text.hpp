#pragma once
// Internal to kassa::till: text laid out for 80 mm paper, 42 columns of a monospaced font, shared by the
// receipt and the shift reports. Names may be Cyrillic or Estonian, so widths count code points, not bytes.

#include <string>

#include "kassa/core/rules.hpp"
#include "kassa/core/vat.hpp"

namespace kassa::till::paper {

constexpr std::size_t kWidth = 42;

inline std::size_t code_points(const std::string& text) {
    std::size_t n = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++n;
        }
    }
    return n;
}

// The first `count` code points of `text`.
inline std::string first_code_points(const std::string& text, std::size_t count) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            if (seen == count) {
                return text.substr(0, i);
            }
            ++seen;
        }
    }
    return text;
}

inline std::string centred(const std::string& text) {
    const std::string t = first_code_points(text, kWidth);
    const std::size_t pad = (kWidth - code_points(t)) / 2;
    return std::string(pad, ' ') + t;
}

// "label ........ value" on one line; a label too long for the line is cut, the value never is.
inline std::string spread(const std::string& label, const std::string& value) {
    const std::size_t value_width = code_points(value);
    const std::size_t room = value_width + 1 < kWidth ? kWidth - value_width - 1 : 0;
    const std::string left = first_code_points(label, room);
    return left + std::string(kWidth - code_points(left) - value_width, ' ') + value;
}

// "24%", "25,5%": the rate as the receipt prints it, with the language's decimal mark.
inline std::string vat_percent(VatRate rate, Language language) {
    const std::int64_t bp = rate.rate().value();
    std::string text = std::to_string(bp / 100);
    if (bp % 100 != 0) {
        text += language == Language::en ? "." : ",";
        text += std::to_string(bp % 100 / 10);
        if (bp % 10 != 0) {
            text += std::to_string(bp % 10);
        }
    }
    return text + "%";
}

}  // namespace kassa::till::paper
