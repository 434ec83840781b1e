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

// Whom a saved version is for (docs/sync.md, "Rules, catalog and cashiers").
enum class RulesScope : std::uint8_t {
    company,  // every till of the company (the owner's default at a till of an office database)
    shop,     // the tills of this till's shop only: a shop's own promotions
    till,     // this file only: saved before it joined an office database (or in one that never did)
};

struct RulesVersion {
    std::int64_t id = 0;  // this file's number for it (receipts here name it)
    Instant saved_at;
    std::string author;
    std::string summary;
    std::string uid;  // the global id every till and the central know it by
    RulesScope scope = RulesScope::till;
    bool pulled = false;  // saved at another till
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

    // The current rules document (JSON text) and its version id; nullopt before any was saved. Current is
    // the newest of this till's shop's own versions if there is one, else the newest of the others; newest
    // is the greatest hybrid logical clock stamp (docs/sync.md, "Rules, catalog and cashiers").
    std::optional<std::pair<std::int64_t, std::string>> current_rules();
    // Only the current version's id (a cheap look at whether a newer version arrived).
    std::optional<std::int64_t> current_rules_version();
    // Saves the next version, stamped after every version this file knows. `scope` company or shop in a file
    // that joined an office database; in one that did not, company is saved as RulesScope::till (there is no
    // company yet) and shop is refused (StoreProblem::shop_rules_need_office).
    std::int64_t save_rules(const std::string& document, const Actor& author, const std::string& summary,
                            Instant at, RulesScope scope = RulesScope::company);
    // Every saved version, newest first (the stamps' order; without the documents).
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
