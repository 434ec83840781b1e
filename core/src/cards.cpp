#include "kassa/core/cards.hpp"

#include <array>
#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

namespace kassa {

namespace {

bool all_digits(std::string_view s) {
    if (s.empty()) {
        return false;
    }
    for (char c : s) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

// The numeric value of the first `n` digits.
long prefix_value(std::string_view digits, std::size_t n) {
    long v = 0;
    for (std::size_t i = 0; i < n && i < digits.size(); ++i) {
        v = v * 10 + (digits[i] - '0');
    }
    return v;
}

struct Range {
    std::size_t prefix_digits;
    long from;
    long to;
    std::size_t min_length;
    std::size_t max_length;
};

// Issuer ranges of the brands a till in Europe meets, with their card number lengths.
constexpr std::array<Range, 14> kRanges{{
    {1, 4, 4, 13, 19},        // Visa (13, 16, 19; lengths in between are refused by Luhn in practice)
    {2, 51, 55, 16, 16},      // Mastercard
    {4, 2221, 2720, 16, 16},  // Mastercard 2-series
    {4, 2200, 2204, 16, 19},  // Mir
    {2, 34, 34, 15, 15},      // American Express
    {2, 37, 37, 15, 15},      // American Express
    {4, 6011, 6011, 16, 19},  // Discover
    {3, 644, 649, 16, 19},    // Discover
    {2, 65, 65, 16, 19},      // Discover
    {4, 3528, 3589, 16, 19},  // JCB
    {2, 62, 62, 16, 19},      // UnionPay
    {2, 50, 50, 12, 19},      // Maestro
    {2, 56, 69, 12, 19},      // Maestro and others in the 5x/6x space
    {2, 36, 36, 14, 19},      // Diners Club
}};

}  // namespace

bool luhn_valid(std::string_view digits) {
    if (!all_digits(digits) || digits.size() < 2) {
        return false;
    }
    int sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (twice) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool is_payment_card_number(std::string_view digits) {
    if (!all_digits(digits) || digits.size() < 12 || digits.size() > 19) {
        return false;
    }
    for (const auto& r : kRanges) {
        const long p = prefix_value(digits, r.prefix_digits);
        if (p >= r.from && p <= r.to && digits.size() >= r.min_length && digits.size() <= r.max_length) {
            return luhn_valid(digits);
        }
    }
    return false;
}

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// A track 1 of format code B: `%B` as a reader sends it, or `B` and a digit at the start of the text or
// of a track (after `?` or `;`) as a keyboard reader types it when its start sentinel is lost. The digits
// after it are checked below as well; this catches a track 1 whose number alone would not be refused.
bool has_track1_of_format_b(std::string_view text) {
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        const char c = text[i];
        if (c != 'B' && c != 'b') {
            continue;
        }
        const bool after_sentinel = i > 0 && text[i - 1] == '%';
        const bool at_track_start = i == 0 || text[i - 1] == '?' || text[i - 1] == ';';
        if (after_sentinel ||
            (at_track_start && is_digit(text[i + 1]) && text.find('^', i) != std::string_view::npos)) {
            return true;
        }
    }
    return false;
}

}  // namespace

bool carries_payment_card(std::string_view text) {
    if (has_track1_of_format_b(text)) {
        return true;
    }
    // Runs of digits, and whether each run is joined to the next by a single space or dash.
    struct Group {
        std::string_view digits;
        bool joined_to_next = false;
    };
    std::vector<Group> groups;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_digit(text[i])) {
            ++i;
            continue;
        }
        std::size_t start = i;
        while (i < text.size() && is_digit(text[i])) {
            ++i;
        }
        // An AIM symbology identifier's modifier digit ("]E0", ISO/IEC 15424) is not part of the data.
        if (start >= 2 && text[start - 2] == ']' &&
            std::isalpha(static_cast<unsigned char>(text[start - 1])) != 0 && i - start > 1) {
            ++start;
        }
        const bool joined =
            i + 1 < text.size() && (text[i] == ' ' || text[i] == '-') && is_digit(text[i + 1]);
        groups.push_back({text.substr(start, i - start), joined});
    }
    // Any run of whole groups joined by separators that is 13 to 19 digits long.
    std::string digits;
    for (std::size_t first = 0; first < groups.size(); ++first) {
        digits.clear();
        for (std::size_t last = first; last < groups.size(); ++last) {
            digits += groups[last].digits;
            if (digits.size() > 19) {
                break;
            }
            // A lone group of 13 digits with a valid GS1 check digit is a product's EAN-13: one German code
            // (400-440) in ten also passes Luhn, and Visa has long stopped issuing 13-digit numbers.
            const bool product_code = last == first && digits.size() == 13 &&
                                      ean13_check_digit(std::string_view(digits).substr(0, 12)) == digits[12];
            if (digits.size() >= 13 && !product_code && is_payment_card_number(digits)) {
                return true;
            }
            if (!groups[last].joined_to_next) {
                break;
            }
        }
    }
    return false;
}

char ean13_check_digit(std::string_view twelve_digits) {
    if (twelve_digits.size() != 12 || !all_digits(twelve_digits)) {
        throw std::invalid_argument("an EAN-13 check digit needs exactly 12 digits");
    }
    int sum = 0;
    for (std::size_t i = 0; i < 12; ++i) {
        sum += (twelve_digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string instore_card_number(int prefix, long long sequence) {
    if (prefix < 20 || prefix > 29) {
        throw std::invalid_argument("in-store numbers start with 20 to 29");
    }
    if (sequence < 0 || sequence > 9'999'999'999LL) {
        throw std::invalid_argument("the card sequence number does not fit in 10 digits");
    }
    std::string body = std::to_string(sequence);
    body.insert(0, 10 - body.size(), '0');
    const std::string twelve = std::to_string(prefix) + body;
    return twelve + ean13_check_digit(twelve);
}

}  // namespace kassa
