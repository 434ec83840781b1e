#pragma once
// The small boutique the till, security and widget tests share, on a real shop file (WAL) in a temporary
// folder: the boutique's rules, a dress, a scarf, a gift card and a ribbon sold by the metre, Olga with her
// loyalty card (birthday 27 November, SMS consent), the cashier Anna (PIN 1111) and the owner Maria (1234).
// The clock stands on a Wednesday afternoon in Tallinn, two days before Olga's birthday.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/shifts.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"
#include "temp_dir.hpp"

namespace kassa::testing {

inline Instant at(const char* text) {
    return parse_timestamp(text).instant;
}

inline std::string boutique_document() {
    std::ifstream file(std::string(KASSA_SOURCE_DIR) + "/resources/rules/boutique.json");
    return std::string(std::istreambuf_iterator<char>(file), {});
}

inline CompiledRules compile(const std::string& document) {
    auto read = json::read_rules(nlohmann::json::parse(document));
    REQUIRE(read.errors.empty());
    return CompiledRules(*read.rules, sys::load_time_zone(read.rules->time_zone));
}

inline store::Product product(const char* sku, const char* name, const char* category, std::int64_t price,
                              std::vector<std::string> barcodes) {
    store::Product p;
    p.sku = sku;
    p.name = name;
    p.category = category;
    p.price = Money::minor(price);
    p.barcodes = std::move(barcodes);
    return p;
}

constexpr const char* kDressBarcode = "4006381333931";
constexpr const char* kScarfBarcode = "4600000000015";
constexpr const char* kGiftCardBarcode = "2900000000508";
constexpr const char* kRibbonBarcode = "2100000000011";
constexpr const char* kOlgaCard = "2000000000015";

struct BoutiqueShop {
    TempDir dir;
    std::string path = dir.file("shop.kassa");
    store::Store store{path, store::Database::Mode::create_if_missing};
    CompiledRules rules = compile(boutique_document());
    ManualClock clock{at("2026-11-25T15:30:00+02:00")};
    std::string olga;
    std::string anna;
    std::string maria;
    std::string shift;  // the shift Anna opened with a 100.00 float, as a till opens it at the first login

    explicit BoutiqueShop(bool open_shift = true) {
        store::ShopSettings settings;
        settings.name = "Boutique Liis";
        store.shop().save_settings(settings);
        store.rules().save_rules(boutique_document(), store::Actor{"maria"}, "first rules",
                                 at("2026-01-01T10:00:00Z"));
        store.catalog().upsert_product(
            product("DRESS-0412", "Linen dress", "dresses", 7990, {kDressBarcode}));
        store.catalog().upsert_product(
            product("SCARF-01", "Silk scarf", "accessories", 1990, {kScarfBarcode}));
        store.catalog().upsert_product(
            product("GIFT-50", "Gift card 50", "gift_cards", 5000, {kGiftCardBarcode}));
        store::Product ribbon =
            product("RIBBON", "Ribbon by the metre", "accessories", 250, {kRibbonBarcode});
        ribbon.by_weight = true;
        store.catalog().upsert_product(ribbon);
        store::Enrolment e;
        e.first_name = "Olga";
        e.last_name = "Ivanova";
        e.phone = "5123 4567";
        e.birthday = parse_date("1988-11-27");
        e.consents = store::Consents{true, true, false};
        e.card_number = kOlgaCard;
        olga = store.customers().enrol(e, at("2026-01-10T12:00:00+02:00"), &rules);
        anna = store.staff().add_cashier("Anna", store::Role::cashier, "1111", store::Actor{"setup"},
                                         at("2026-01-01T09:00:00Z"));
        maria = store.staff().add_cashier("Maria", store::Role::owner, "1234", store::Actor{"setup"},
                                          at("2026-01-01T09:00:00Z"));
        if (open_shift) {
            shift = store::Shifts(store)
                        .open(anna, Money::minor(10000), parse_date("2026-11-25"),
                              at("2026-11-25T09:00:00+02:00"))
                        .id;
        }
    }
};

}  // namespace kassa::testing
