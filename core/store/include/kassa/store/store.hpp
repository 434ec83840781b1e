#pragma once
// The shop's store: everything the till knows, in one SQLite file. The only place in Kassa with SQL.
// It persists what kassa::core computes: a sale is quoted by the engine inside the store's transaction and
// written with its receipt, lines, payments, ledger entries, lots, stamps and coupons in one commit.
//
// The Store owns the connection; its areas (customers.hpp, sales.hpp, catalog.hpp, rules_store.hpp,
// staff.hpp, baskets.hpp, personal.hpp, shop.hpp, maintenance.hpp; reports.hpp, shifts.hpp, vat_settings.hpp
// and print_queue.hpp work the same way) are small handles over it: a screen includes the areas it uses.
// store.customers() needs customers.hpp where it is called.
//
// Threading: a Store wraps one connection and is used by one thread at a time (the till's GUI thread, or one
// kassactl command); so are its areas. Open a second Store for another thread; WAL lets them work side by
// side.

#include <memory>
#include <string>

#include "kassa/store/database.hpp"
#include "kassa/store/ids.hpp"

namespace kassa::store {

class ShopConfig;
class ShopRules;
class Catalog;
class Customers;
class Sales;
class Staff;
class Baskets;
class PersonalService;
class Maintenance;

class Store {
  public:
    // Opens (or creates) the shop's file. `zone` is loaded by the caller from the shop's time zone.
    Store(const std::string& path, Database::Mode mode);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    Database& database() { return *db_; }

    // synchronous=FULL (the default) makes every committed sale survive a power cut. Generating a demo shop's
    // year of history may turn it down to NORMAL (WAL still never corrupts; the last commits may roll back).
    void set_full_durability(bool full);

    // Where new ids (customers, ledger entries and lots, coupon codes, cashiers, held baskets) and PIN salts
    // come from; the system's random source unless replaced (the demo shop uses a seeded one).
    void set_id_source(std::unique_ptr<IdSource> source);

    // ---- the areas ----
    [[nodiscard]] ShopConfig shop();
    [[nodiscard]] ShopRules rules();
    [[nodiscard]] Catalog catalog();
    [[nodiscard]] Customers customers();
    [[nodiscard]] Sales sales();
    [[nodiscard]] Staff staff();
    [[nodiscard]] Baskets baskets();
    [[nodiscard]] PersonalService personal();
    [[nodiscard]] Maintenance maintenance();

  private:
    std::unique_ptr<Database> db_;
};

// A fresh globally unique id (UUID version 7, lower-case hex): later ids sort after earlier ones.
std::string new_id();

}  // namespace kassa::store
