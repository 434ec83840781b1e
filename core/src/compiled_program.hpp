#pragma once
// Internal to kassa::core: the compiled form of one program, with names interned to small integers so the
// per-line checks of a quote compare integers, not strings.

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "kassa/core/quote.hpp"

namespace kassa {

inline constexpr std::uint32_t kNoId = std::numeric_limits<std::uint32_t>::max();

// A small sorted set of interned ids.
struct IdSet {
    std::vector<std::uint32_t> ids;
    [[nodiscard]] bool empty() const { return ids.empty(); }
    [[nodiscard]] bool contains(std::uint32_t id) const {
        return id != kNoId && std::binary_search(ids.begin(), ids.end(), id);
    }
};

// Which lines a program looks at: the named products or categories, or every line when both are empty.
struct Scope {
    IdSet skus;
    IdSet categories;
    [[nodiscard]] bool everything() const { return skus.empty() && categories.empty(); }
    [[nodiscard]] bool matches(std::uint32_t sku, std::uint32_t category) const {
        return everything() || skus.contains(sku) || categories.contains(category);
    }
};

struct CompiledProgram {
    const Program* program = nullptr;
    ProgramType type = ProgramType::bonus;
    Scope scope;                      // promotion products/categories, coupon/stamp/fixed categories
    std::vector<Scope> bundle_items;  // bundle_price: one scope per item
    std::vector<std::pair<std::uint32_t, BasisPoints>> category_rates;  // bonus
    IdSet excluded;                                                     // bonus: excluded categories
};

}  // namespace kassa
