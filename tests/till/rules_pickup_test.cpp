// A newer rules version reaches the till between two baskets, never inside one (issue 22, docs/sync.md
// "Rules, catalog and cashiers"): the session takes it up when a basket starts, says so once, and every
// receipt names the version it was priced under.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "boutique_shop.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/till/session.hpp"

using namespace kassa;
using namespace kassa::till;

namespace {

using testing::kDressBarcode;

// The boutique's rules with 10% off every dress: a lone dress costs less under them.
std::string with_dress_sale() {
    auto document = nlohmann::json::parse(testing::boutique_document());
    document["programs"].push_back({{"id", "dresses-10"},
                                    {"type", "promotion"},
                                    {"name", "Dresses 10% off"},
                                    {"conditions", {{"categories", {"dresses"}}}},
                                    {"effect", {{"type", "percent_off"}, {"percent_bp", 1000}}}});
    return document.dump();
}

struct Till : testing::BoutiqueShop {
    std::int64_t first_version = *store.rules().current_rules_version();
    TillSession session{store, rules, clock, settings()};

    Till() { REQUIRE(session.log_in(anna, "1111").outcome == Outcome::logged_in); }

    [[nodiscard]] SessionSettings settings() const {
        SessionSettings s;
        s.shop_name = "Boutique Liis";
        s.rules_version = first_version;  // declared before the session: set when it is made
        return s;
    }

    std::int64_t save(const std::string& document) {
        return store.rules().save_rules(document, store::Actor{"maria"}, "dresses", clock.now());
    }

    // Pays the basket in cash and gives the receipt's rules version.
    std::int64_t pay() {
        REQUIRE(session.add_payment(store::PaymentLine::Method::cash, session.payable()).outcome ==
                Outcome::payment_added);
        REQUIRE(session.finish().outcome == Outcome::sale_committed);
        return store.database()
            .sql()
            .execAndGet("SELECT rules_version FROM receipts WHERE id = '" + session.last_sale()->receipt_id +
                        "'")
            .getInt64();
    }
};

}  // namespace

TEST_CASE("a newer rules version prices the next basket and is said once", "[till][rules]") {
    Till t;
    CHECK_FALSE(t.session.take_rules_notice());
    REQUIRE(t.session.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    CHECK(t.session.quote().totals.discount == Money::minor(0));

    const std::int64_t second = t.save(with_dress_sale());
    REQUIRE(second != t.first_version);

    // The open basket keeps its version to its receipt.
    REQUIRE(t.session.scan("SCARF-01", ScanSource::typed).outcome == Outcome::product_added);
    CHECK(t.session.quote().totals.discount == Money::minor(0));
    CHECK_FALSE(t.session.take_rules_notice());
    CHECK(t.pay() == t.first_version);

    // The next basket starts under the new version, and the session says so once.
    REQUIRE(t.session.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    const auto notice = t.session.take_rules_notice();
    REQUIRE(notice);
    CHECK(notice->outcome == Outcome::rules_taken_up);
    CHECK(notice->detail == std::to_string(second));
    CHECK(notice->ok());
    CHECK(t.session.settings().rules_version == second);
    CHECK(t.session.quote().totals.discount == Money::minor(799));
    CHECK_FALSE(t.session.take_rules_notice());
    CHECK(t.pay() == second);

    // Nothing newer: the basket after starts without a word.
    REQUIRE(t.session.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    CHECK_FALSE(t.session.take_rules_notice());
    CHECK(t.session.quote().totals.discount == Money::minor(799));
}

TEST_CASE("a customer identified first starts the basket under the new version", "[till][rules]") {
    Till t;
    const std::int64_t second = t.save(with_dress_sale());
    REQUIRE(t.session.scan(testing::kOlgaCard, ScanSource::scanner).outcome == Outcome::customer_identified);
    const auto notice = t.session.take_rules_notice();
    REQUIRE(notice);
    CHECK(notice->outcome == Outcome::rules_taken_up);
    CHECK(t.session.settings().rules_version == second);
}

TEST_CASE("a newer version the till cannot use is said and the till keeps its rules", "[till][rules]") {
    Till t;
    auto document = nlohmann::json::parse(testing::boutique_document());
    document["currency"] = "USD";
    const std::int64_t dollars = t.save(document.dump());
    REQUIRE(t.session.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    const auto notice = t.session.take_rules_notice();
    REQUIRE(notice);
    CHECK(notice->outcome == Outcome::rules_not_taken_up);
    CHECK(notice->detail == std::to_string(dollars));
    CHECK_FALSE(notice->ok());
    CHECK(t.session.settings().rules_version == t.first_version);
    CHECK(t.pay() == t.first_version);
    // Said once, not at every basket.
    REQUIRE(t.session.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    CHECK_FALSE(t.session.take_rules_notice());
}
