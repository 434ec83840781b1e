#pragma once
// The demo shop: a women's clothing boutique in Tallinn with a catalog, customers and a year of sales, made
// by the real engine and the real store so that reports, the till and the benchmarks have data that looks
// and behaves like a shop's. Deterministic for a seed: the same options give the same shop, table for table.
//
// Threading: make_demo_shop opens its own Store and uses it from the calling thread only. DemoPeople is a
// plain value; use one per thread.

#include <chrono>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <unordered_set>

#include "kassa/core/quote.hpp"

namespace kassa::store {

struct DemoOptions {
    int customers = 2000;
    int days = 365;  // days of sales history, ending with last_day
    std::uint64_t seed = 1;
    // The last day of history (the shop's local date). Fixed by default so that a seed alone decides the
    // shop; kassactl passes yesterday unless told otherwise.
    std::chrono::year_month_day last_day{std::chrono::year{2026}, std::chrono::November,
                                         std::chrono::day{23}};
};

struct DemoReport {
    std::int64_t products = 0;
    std::int64_t customers = 0;
    std::int64_t anonymous_cards = 0;  // customers without consent to keep personal data
    std::int64_t receipts = 0;
    std::int64_t anonymous_receipts = 0;  // sales without a customer
    std::int64_t refunds = 0;
    Money revenue;  // sum of what the receipts had to be paid, before refunds
    Points points_issued;
    Points points_redeemed;
    Points points_expired;
    std::int64_t coupons_issued = 0;
    std::int64_t coupons_used = 0;
    std::chrono::year_month_day first_day;
    std::chrono::year_month_day last_day;
    std::chrono::milliseconds elapsed{0};  // wall time of the generation; not part of the determinism
};

// Creates the demo shop in a new file at `db_path`: shop settings, `rules_document` saved as the first rules
// version (it must be the document `rules` was compiled from), the catalog, the customers with their cards
// and consents, and the sales history committed day by day through Store::commit_sale with `rules`, with
// the nightly expiry and segment runs. Refuses an existing file with StoreError(invalid): a demo never
// overwrites a shop. Throws StoreError for anything the store refuses.
//
// The shop has two cashiers: the owner Maria (PIN 1234) and Anna (PIN 1111), who ring up its sales.
// Receipt ids, and every id the store draws (customers, ledger entries and lots, coupon codes, cashiers, PIN
// salts), come from the seed: two runs with the same options give the same rows in every table.
DemoReport make_demo_shop(const std::string& db_path, const DemoOptions& options, const CompiledRules& rules,
                          const std::string& rules_document);

// One made-up person of Tallinn: Estonian or Russian (about a third of those written in Cyrillic), mostly
// women (it is a women's boutique; some men buy presents), a unique valid Estonian mobile number and a
// birthday. Names follow a long-tailed distribution like a real town's, so a million of them still look
// like a customer list (the store benchmark uses this too).
struct DemoPerson {
    std::string first_name;
    std::string last_name;
    std::string latin_first;  // the Latin spelling, for e-mail addresses
    std::string latin_last;
    bool cyrillic = false;
    std::string phone_typed;  // as a cashier types it: "5123 4567", "+372 51234567", ...
    std::string phone_e164;   // +37251234567
    std::chrono::year_month_day birthday;
};

class DemoPeople {
  public:
    // Birthdays give ages 18 to 80 in `reference_year`.
    DemoPeople(std::uint64_t seed, std::chrono::year reference_year);
    DemoPerson next();

  private:
    std::mt19937_64 engine_;
    std::chrono::year reference_year_;
    std::unordered_set<std::uint32_t> phones_;  // the 8 digits after +372, so no two people share one
};

}  // namespace kassa::store
