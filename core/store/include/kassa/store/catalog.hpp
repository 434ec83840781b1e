#pragma once
// Products, barcodes, the till's product search, bundles and "often bought together".
// Reached through Store (store.hpp) over the shop file's one connection.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>
#include "kassa/core/time.hpp"
#include "kassa/core/units.hpp"
#include "kassa/store/personal.hpp"

#include "kassa/store/store.hpp"

namespace kassa::store {

struct Product {
    std::int64_t id = 0;
    std::string sku;
    std::string name;
    std::string category;
    Money price;
    std::optional<Money> min_price;
    bool by_weight = false;
    // Null when the shop does not count this product. Whole pieces; for a product sold by weight, thousandths
    // of its unit (grams of a product sold by the kg), like Quantity. A sale takes it down and a return puts
    // it back in the same transaction; it may go below zero (the shelf had more than the count said).
    std::optional<std::int64_t> stock;
    bool active = true;
    std::vector<std::string> barcodes;
};

// Threading: like the Store it works on, one thread at a time.
class Catalog {
  public:
    explicit Catalog(Store& store) : store_(store) {}

    std::int64_t upsert_product(const Product& product);
    std::optional<Product> product_by_barcode(const std::string& barcode);
    std::optional<Product> product_by_sku(const std::string& sku);
    // The till's manual search: products whose SKU starts with `text`, or whose name has a word starting with
    // `text` (folded like fold_name, so case, е/ё and the words after it do not matter), active only, at most
    // `limit`, by name.
    std::vector<Product> search_products(const std::string& text, int limit = 20);
    // The owner's bundle "with this product: that one" (by SKU), suggested before anything computed; `on`
    // false removes it. Audited.
    void set_bundle(const std::string& product_sku, const std::string& suggested_sku, bool on,
                    const Actor& actor, Instant at);
    // Up to `limit` products to suggest when `added` joins a basket holding `basket`: the owner's bundles
    // first, then pairs by lift; never a product in the basket, an inactive one or one whose counted stock is
    // zero or below (products the shop does not count are taken as in stock). Reads prepared statements on
    // the stored pairs only, so it is cheap enough to run on every scan.
    std::vector<Suggestion> suggestions(const std::vector<std::int64_t>& basket, std::int64_t added,
                                        int limit = 3);
    // The till says what it showed in a basket (basket id = the receipt id the till made), and which
    // products were then added; a shown product added later counts as followed. record_line_added returns
    // whether the product had been shown in that basket.
    void record_suggestions_shown(const std::string& basket_id, const std::vector<Suggestion>& shown,
                                  Instant at);
    bool record_line_added(const std::string& basket_id, std::int64_t product_id);
    // Every category's shop-wide cycle over the receipts of the last `days` days before `now`, by category.
    std::vector<CategoryCycle> category_cycles(Instant now, int days = 365);

  private:
    Store& store_;
};

}  // namespace kassa::store
