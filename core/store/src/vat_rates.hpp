#pragma once
// Internal to kassa::store: VAT rates as stored (basis points, -1 for exempt) and the rate a product is sold
// at (its own, else its category's, else 0%).

#include <cstdint>
#include <optional>
#include <string>

#include "kassa/core/time.hpp"
#include "kassa/core/vat.hpp"

namespace kassa::store::detail {

class Connection;

inline constexpr std::int64_t kExemptCode = -1;

inline std::int64_t vat_rate_code(VatRate rate) {
    return rate.is_exempt() ? kExemptCode : rate.rate().value();
}

inline VatRate vat_rate_from_code(std::int64_t code) {
    return code == kExemptCode ? VatRate::exempt() : VatRate::bp(code);
}

// The rate `sku` is sold at now; 0% for a product without one (db check warns) or an unknown SKU.
VatRate product_vat_rate(Connection& db, const std::string& sku);

// The product's own rate; nullopt when it follows its category (or there is no such product).
std::optional<VatRate> own_product_vat_rate(Connection& db, const std::string& sku);

// Gives the product its own rate, or (nullopt) makes it follow its category again, audited as
// vat_rate_changed by `actor`: the owner's setting and the catalog import write it the same way. In the
// caller's transaction. False when there is no product `sku`.
bool write_product_vat_rate(Connection& db, const std::string& sku, std::optional<VatRate> rate,
                            const std::string& actor, Instant at);

}  // namespace kassa::store::detail
