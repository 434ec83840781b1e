#pragma once
// The saved versions of the loyalty rules document, the editor's pickers and preview, coupon codes.
// Reached through Store (store.hpp) over the shop file's one connection.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>
#include "kassa/core/quote.hpp"
#include "kassa/core/time.hpp"
#include "kassa/store/whatif.hpp"

#include "kassa/store/store.hpp"

namespace kassa::store {

// ---- one saved version of the rules document ----
struct RulesVersion {
    std::int64_t id = 0;
    Instant saved_at;
    std::string author;
    std::string summary;
};

// The names a rules document may speak of, for the owner's pickers: the catalog's categories, its products
// (SKU and name) and the customer segments in use, each sorted.
struct RulesVocabulary {
    struct ProductName {
        std::string sku;
        std::string name;
        std::string category;
    };
    std::vector<std::string> categories;
    std::vector<ProductName> products;
    std::vector<std::string> segments;
};

// Threading: like the Store it works on, one thread at a time.
class ShopRules {
  public:
    explicit ShopRules(Store& store) : store_(store) {}

    // The current rules document (JSON text) and its version id; nullopt before any was saved.
    std::optional<std::pair<std::int64_t, std::string>> current_rules();
    std::int64_t save_rules(const std::string& document, const Actor& author, const std::string& summary,
                            Instant at);
    // Every saved version, newest first (without the documents).
    std::vector<RulesVersion> rules_history();
    // One version's document; nullopt for a version that was never saved.
    std::optional<std::string> rules_document(std::int64_t version);
    // Categories, active products and segments (those computed by the store, and every owner-defined one in
    // use) for the rules editor's pickers.
    RulesVocabulary rules_vocabulary();
    // `count` fresh single-use coupon codes for the owner to print ("7KQ2-MX4P": eight letters and digits a
    // customer can read out, without 0/O and 1/I), from the store's random source; none equals (normalised)
    // one in `taken` or one the store already issued. Throws StoreError(invalid) for a count outside 1-10000.
    std::vector<std::string> new_coupon_codes(int count, const std::set<std::string>& taken);
    // ---- the rules editor's preview (whatif.hpp) ----
    // The receipts created in [from, to] quoted with `current` and with `draft`. Reads only; throws
    // StoreError with a sentence when the file fails.
    WhatIf what_if(const CompiledRules& current, const CompiledRules& draft, Instant from, Instant to);

  private:
    Store& store_;
};

}  // namespace kassa::store
