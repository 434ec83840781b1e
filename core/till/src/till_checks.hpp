#pragma once
// Checks the till session and its return flows share (private to kassa::till).
//
// Threading: no state; each call uses the store it is given on the caller's thread.

#include <string>
#include <variant>

#include "kassa/store/shifts.hpp"
#include "kassa/till/session.hpp"

namespace kassa::till::detail {

// The text without the spaces, tabs and line ends a scanner or a cashier leaves at either end.
inline std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// A quantity the till accepts on a line: positive, whole pieces unless weighed, and not absurd (a scale
// reads up to a few hundred kilograms; nobody buys a million pieces at a till).
inline bool acceptable_quantity(bool by_weight, Quantity qty) {
    constexpr std::int64_t kMaxThousandths = 1'000'000'000;  // a million pieces or tonnes
    if (qty.thousandths() <= 0 || qty.thousandths() > kMaxThousandths) {
        return false;
    }
    return by_weight || qty.is_whole_pieces();
}

// The open shift's id, or the notice that refuses a sale or a return without one.
inline std::variant<std::string, Notice> open_shift_id(store::Store& store) {
    try {
        if (const auto shift = store::Shifts(store).open_shift()) {
            return shift->id;
        }
        return Notice{Outcome::shift_needed, {}, {}};
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
}

}  // namespace kassa::till::detail
