// The owner's table of VAT rates: every category of the catalog with its rate and how many active products
// it holds, so she sees which rate reaches how many products before she changes it.
#include <catch2/catch.hpp>

#include "kassa/store/catalog.hpp"
#include "kassa/store/store.hpp"
#include "kassa/store/vat_settings.hpp"
#include "temp_dir.hpp"

using namespace kassa;
using namespace kassa::store;

namespace {

Product product(const char* sku, const char* name, const char* category, bool active = true) {
    Product p;
    p.sku = sku;
    p.name = name;
    p.category = category;
    p.price = Money::minor(1000);
    p.active = active;
    return p;
}

}  // namespace

TEST_CASE("VAT categories: each with its rate and its active products counted", "[store][vat]") {
    testing::TempDir dir;
    Store store(dir.file("shop.kassa"), Database::Mode::create_if_missing);
    store.catalog().upsert_product(product("BREAD-1", "Rye bread", "bread"));
    store.catalog().upsert_product(product("BREAD-2", "White bread", "bread"));
    store.catalog().upsert_product(product("BREAD-3", "Old loaf", "bread", false));
    // A product named like a category: its name must not be counted as the category.
    store.catalog().upsert_product(product("CAKE-1", "bread", "cakes"));
    VatSettings vat(store);
    vat.set_category("bread", VatRate::bp(900), "maria", parse_timestamp("2026-11-25T10:00:00Z").instant);
    vat.set_category("drinks", VatRate::bp(2400), "maria", parse_timestamp("2026-11-25T10:00:00Z").instant);

    const auto categories = vat.categories();
    REQUIRE(categories.size() == 3);
    CHECK(categories[0].category == "bread");
    CHECK(categories[0].rate == VatRate::bp(900));
    CHECK(categories[0].products == 2);
    CHECK(categories[1].category == "cakes");
    CHECK_FALSE(categories[1].rate);
    CHECK(categories[1].products == 1);
    CHECK(categories[2].category == "drinks");  // a rate set before any product is in it
    CHECK(categories[2].products == 0);
}
