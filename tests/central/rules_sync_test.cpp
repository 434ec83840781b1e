// The loyalty rules travel through a real PostgreSQL (issue 22, docs/sync.md "Rules, catalog and cashiers"):
// the owner saves rules at till 1 and till 2 of the same shop prices its next basket under them and says so,
// while a basket already open there keeps its version to its receipt; a receipt names its version by the
// global id at the central; a shop's own version reaches only its shop; a shop's own rules need a member.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "central_support.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/shifts.hpp"
#include "kassa/till/session.hpp"

using namespace kassa;
using kassa::testing::at;
using kassa::testing::PostgresServer;
using kassa::testing::TillFile;

namespace {

const Instant kNow = at("2026-11-25T16:00:00+02:00");

Instant later(std::int64_t seconds) {
    return Instant{kNow.unix_seconds + seconds};
}

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

// "Liis OÜ": Tallinn with tills 1 and 2, Tartu with till 3, each with the boutique's rules saved before it
// joined (a till's own version: it travels to no other till).
struct Company {
    PostgresServer server;
    testing::TempDir dir;
    TillFile till1{dir.file("till1.kassa")};
    TillFile till2{dir.file("till2.kassa")};
    TillFile till3{dir.file("till3.kassa")};

    Company() {
        central::Central admin(testing::central_address(server));
        admin.init();
        admin.add_company("Liis OÜ");
        admin.add_shop("Liis OÜ", "Tallinn");
        admin.add_shop("Liis OÜ", "Tartu");
        central::join(*till1.store, testing::central_address(server), "Tallinn", "till 1", kNow);
        central::join(*till2.store, testing::central_address(server), "Tallinn", "till 2", kNow);
        central::join(*till3.store, testing::central_address(server), "Tartu", "till 1", kNow);
        for (TillFile* t : {&till1, &till2, &till3}) {
            central::sync(*t->store, kNow);
        }
    }

    static std::string current_uid(TillFile& till) {
        return till.text("SELECT uid FROM rules_versions WHERE id = " +
                         std::to_string(*till.store->rules().current_rules_version()));
    }
};

// Till 2's sale screen without a window: Anna logged in with her shift open, pricing with the version the
// till started with.
struct SaleAtTill {
    TillFile& till;
    CompiledRules rules;
    ManualClock clock{kNow};
    std::unique_ptr<till::TillSession> session;

    explicit SaleAtTill(TillFile& t)
        : till(t), rules(testing::compile(t.store->rules().current_rules()->second)) {
        till::SessionSettings settings;
        settings.rules_version = *t.store->rules().current_rules_version();
        session = std::make_unique<till::TillSession>(*t.store, rules, clock, settings);
        store::Shifts(*t.store).open(t.cashier, Money::minor(10000), parse_date("2026-11-25"), kNow);
        REQUIRE(session->log_in(t.cashier, "1111").outcome == till::Outcome::logged_in);
    }

    // Pays in cash; the receipt's version as this till numbers it.
    std::int64_t pay() {
        REQUIRE(session->add_payment(store::PaymentLine::Method::cash, session->payable()).outcome ==
                till::Outcome::payment_added);
        REQUIRE(session->finish().outcome == till::Outcome::sale_committed);
        return till.number("SELECT rules_version FROM receipts WHERE id = '" +
                           session->last_sale()->receipt_id + "'");
    }
};

}  // namespace

TEST_CASE("Rules saved at till 1 price till 2's next basket and an open basket keeps its version",
          "[sync][rules]") {
    Company c;
    SaleAtTill sale(c.till2);
    const std::int64_t before = *c.till2.store->rules().current_rules_version();
    REQUIRE(sale.session->scan(testing::kDressBarcode, till::ScanSource::scanner).outcome ==
            till::Outcome::product_added);
    CHECK(sale.session->quote().totals.discount == Money::minor(0));

    // The owner saves the company's new rules at till 1; both tills sync while till 2's basket is open.
    const std::int64_t saved = c.till1.store->rules().save_rules(with_dress_sale(), store::Actor{"maria"},
                                                                 "dresses 10% off", later(60));
    const std::string uid =
        c.till1.text("SELECT uid FROM rules_versions WHERE id = " + std::to_string(saved));
    CHECK(central::sync(*c.till1.store, later(60)).pushed > 0);
    CHECK(central::sync(*c.till2.store, later(70)).pulled > 0);
    CHECK(Company::current_uid(c.till2) == uid);

    REQUIRE(sale.session->scan("SCARF-01", till::ScanSource::typed).outcome == till::Outcome::product_added);
    CHECK(sale.session->quote().totals.discount == Money::minor(0));
    CHECK_FALSE(sale.session->take_rules_notice());
    CHECK(sale.pay() == before);

    REQUIRE(sale.session->scan(testing::kDressBarcode, till::ScanSource::scanner).outcome ==
            till::Outcome::product_added);
    const auto notice = sale.session->take_rules_notice();
    REQUIRE(notice);
    CHECK(notice->outcome == till::Outcome::rules_taken_up);
    CHECK(sale.session->quote().totals.discount == Money::minor(799));
    const std::int64_t pulled = sale.pay();
    CHECK(pulled != before);

    // At the central each receipt names its version by the global id, the same one till 1 saved.
    central::sync(*c.till2.store, later(80));
    testing::CentralProbe probe(c.server);
    CHECK(probe.text("SELECT rules_version_id FROM receipts WHERE id = '" +
                     sale.session->last_sale()->receipt_id + "'") == uid);
    CHECK(probe.number("SELECT count(*) FROM rules_versions WHERE id = '" + uid +
                       "' AND scope = 'company'") == 1);
    // Till 2's own first version (saved before it joined) is known at the central, named by its first
    // receipt, and reached no other till.
    const std::string own =
        c.till2.text("SELECT uid FROM rules_versions WHERE id = " + std::to_string(before));
    CHECK(probe.number("SELECT count(*) FROM receipts WHERE rules_version_id = '" + own + "'") == 1);
    CHECK(c.till1.number("SELECT count(*) FROM rules_versions WHERE uid = '" + own + "'") == 0);
    // Tartu's till takes the company's version too.
    central::sync(*c.till3.store, later(90));
    CHECK(Company::current_uid(c.till3) == uid);
}

TEST_CASE("A shop's own rules reach only its tills and stay ahead of the company's there", "[sync][rules]") {
    Company c;
    const std::int64_t own = c.till1.store->rules().save_rules(
        with_dress_sale(), store::Actor{"maria"}, "Tallinn's dress week", later(60), store::RulesScope::shop);
    const std::string uid = c.till1.text("SELECT uid FROM rules_versions WHERE id = " + std::to_string(own));
    CHECK(c.till1.text("SELECT scope FROM rules_versions WHERE uid = '" + uid + "'") == "shop");
    CHECK(Company::current_uid(c.till1) == uid);
    for (TillFile* t : {&c.till1, &c.till2, &c.till3}) {
        central::sync(*t->store, later(70));
    }
    CHECK(Company::current_uid(c.till2) == uid);
    CHECK(c.till3.number("SELECT count(*) FROM rules_versions WHERE uid = '" + uid + "'") == 0);
    CHECK(Company::current_uid(c.till3) != uid);

    // The owner saves the company's rules later at Tartu: Tartu uses them, Tallinn keeps its own version.
    const std::int64_t company = c.till3.store->rules().save_rules(
        testing::boutique_document(), store::Actor{"maria"}, "autumn", later(120));
    const std::string company_uid =
        c.till3.text("SELECT uid FROM rules_versions WHERE id = " + std::to_string(company));
    for (TillFile* t : {&c.till3, &c.till1, &c.till2}) {
        central::sync(*t->store, later(130));
    }
    CHECK(Company::current_uid(c.till3) == company_uid);
    CHECK(c.till1.number("SELECT count(*) FROM rules_versions WHERE uid = '" + company_uid + "'") == 1);
    CHECK(Company::current_uid(c.till1) == uid);
    CHECK(Company::current_uid(c.till2) == uid);
}

TEST_CASE("A version saved after seeing another is newer everywhere whatever the tills' clocks say",
          "[sync][rules]") {
    Company c;
    // Till 1's clock is an hour ahead: its version is stamped 16:59.
    c.till1.store->rules().save_rules(testing::boutique_document(), store::Actor{"maria"}, "ahead",
                                      later(3540));
    central::sync(*c.till1.store, later(3540));
    central::sync(*c.till2.store, later(60));
    // Till 2 saves at 16:02 by its own clock, having seen till 1's version: its version is the newer one.
    const std::int64_t after = c.till2.store->rules().save_rules(with_dress_sale(), store::Actor{"maria"},
                                                                 "after seeing", later(120));
    const std::string uid =
        c.till2.text("SELECT uid FROM rules_versions WHERE id = " + std::to_string(after));
    central::sync(*c.till2.store, later(120));
    central::sync(*c.till1.store, later(3600));
    CHECK(Company::current_uid(c.till1) == uid);
    CHECK(Company::current_uid(c.till2) == uid);
}

TEST_CASE("A shop's own rules are refused in a file that has not joined", "[sync][rules]") {
    testing::TempDir dir;
    TillFile alone(dir.file("alone.kassa"));
    try {
        alone.store->rules().save_rules(with_dress_sale(), store::Actor{"maria"}, "", kNow,
                                        store::RulesScope::shop);
        FAIL("saved");
    } catch (const store::StoreError& e) {
        CHECK(e.refusal().problem == store::StoreProblem::shop_rules_need_office);
    }
    CHECK(alone.number("SELECT count(*) FROM rules_versions") == 1);
    // Saved for the company, the version stays this file's own until it joins.
    alone.store->rules().save_rules(with_dress_sale(), store::Actor{"maria"}, "", kNow);
    CHECK(alone.text("SELECT scope FROM rules_versions ORDER BY id DESC LIMIT 1") == "till");
}
