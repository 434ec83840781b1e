#pragma once
// The shop's VAT rates (issue 19, docs/vat.md): a rate for each category, overridable per product; a
// product with neither is sold at 0% and `kassactl db check` warns until the owner sets one. Changes are
// audited. Receipts keep the rate each line was sold at, so a change never rewrites an old receipt.
//
// Threading: like the Store it works on, one thread at a time.

#include <optional>
#include <string>
#include <vector>

#include "kassa/core/time.hpp"
#include "kassa/core/vat.hpp"

namespace kassa::store {

class Store;

struct CategoryVat {
    std::string category;
    std::optional<VatRate> rate;  // unset: the category has no rate yet
    std::int64_t products = 0;    // active products in it
};

struct ProductWithoutVat {
    std::string sku;
    std::string name;
    std::string category;
};

class VatSettings {
  public:
    explicit VatSettings(Store& store);
    // Every category of the catalog and every category with a rate, by name.
    std::vector<CategoryVat> categories();
    void set_category(const std::string& category, VatRate rate, const std::string& actor, Instant at);
    // nullopt: the product follows its category again. Throws StoreError(invalid) for an unknown SKU.
    void set_product(const std::string& sku, std::optional<VatRate> rate, const std::string& actor,
                     Instant at);
    // The rate `sku` is sold at now.
    VatRate product_rate(const std::string& sku);
    // Active products with neither a rate of their own nor one of their category: sold at 0% until set.
    std::vector<ProductWithoutVat> products_without_rate();

  private:
    Store& store_;
};

// "24%", "25.5%", "exempt": as the owner writes a rate and as `kassactl vat` prints it. parse_vat_rate takes
// "24", "24%", "25.5", "0" and "exempt"; nullopt for anything else (a rate above 100%, a negative one).
std::string format_vat_rate(VatRate rate);
std::optional<VatRate> parse_vat_rate(const std::string& text);

}  // namespace kassa::store
