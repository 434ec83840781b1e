// Opening a shop (till::open_shop) on real SQLite files: the good path at each level of need, and every
// ShopProblem kind a file, its rules or its zone can give, each with the values its sentence names. Changing
// the settings as the owner's screen does (till::change_settings): checked, the currency kept, audited once.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <string>

#include "boutique_shop.hpp"
#include "kassa/store/database.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/till/shop.hpp"

using namespace kassa;
using namespace kassa::till;
using testing::at;
using Kind = ShopProblem::Kind;

namespace {

const ShopProblem& problem_of(const ShopOpening& opening) {
    const auto* problem = std::get_if<ShopProblem>(&opening);
    REQUIRE(problem != nullptr);
    return *problem;
}

Shop& shop_of(ShopOpening& opening) {
    if (const auto* problem = std::get_if<ShopProblem>(&opening)) {
        FAIL("the shop did not open: " << shop_problem_name(problem->kind) << " " << problem->detail);
    }
    return std::get<Shop>(opening);
}

// A shop file with settings and, when given, one saved rules document.
std::string shop_file(const testing::TempDir& dir, const std::string& rules_document,
                      const std::string& zone = "Europe/Tallinn") {
    const std::string path = dir.file("shop.kassa");
    store::Store store(path, store::Database::Mode::create_if_missing);
    store::ShopSettings settings;
    settings.name = "Boutique Liis";
    settings.time_zone = zone;
    store.shop().save_settings(settings);
    if (!rules_document.empty()) {
        store.rules().save_rules(rules_document, store::Actor{"maria"}, "first rules",
                                 at("2026-01-01T10:00:00Z"));
    }
    return path;
}

std::string boutique_with(const std::function<void(nlohmann::json&)>& change) {
    auto document = nlohmann::json::parse(testing::boutique_document());
    change(document);
    return document.dump();
}

}  // namespace

TEST_CASE("a shop opens with its store and settings and its current rules compiled in its zone",
          "[till][open_shop]") {
    testing::TempDir dir;
    const std::string path = shop_file(dir, testing::boutique_document());
    {
        store::Store store(path, store::Database::Mode::open_existing);
        // A second version: the current one is compiled.
        store.rules().save_rules(boutique_with([](nlohmann::json& d) { d["programs"][0]["active"] = false; }),
                                 store::Actor{"maria"}, "bonus off", at("2026-02-01T10:00:00Z"));
    }
    ShopOpening opening = open_shop(path);
    Shop& shop = shop_of(opening);
    REQUIRE(shop.store);
    CHECK(shop.settings.name == "Boutique Liis");
    REQUIRE(shop.zone);
    REQUIRE(shop.rules);
    CHECK(shop.rules_version == 2);
    CHECK(shop.rules->rules().currency == "EUR");
    CHECK(shop.rules->rules().programs.size() == 6);
    CHECK_FALSE(shop.rules->rules().programs[0].active);
    CHECK(&shop.rules->zone() == shop.zone.get());
    // Tallinn's winter offset: the zone is the real one, not UTC.
    CHECK(shop.zone->to_local(at("2026-11-25T13:30:00Z")).seconds_of_day == 15 * 3600 + 30 * 60);
    // The store is open for work.
    CHECK(shop.store->rules().current_rules()->first == 2);

    ShopOpening zone_only = open_shop(path, ShopNeeds::zone);
    CHECK(shop_of(zone_only).zone);
    CHECK_FALSE(shop_of(zone_only).rules);
    ShopOpening file_only = open_shop(path, ShopNeeds::file);
    CHECK_FALSE(shop_of(file_only).zone);
    CHECK_FALSE(shop_of(file_only).rules);
    CHECK(shop_of(file_only).settings.name == "Boutique Liis");
}

TEST_CASE("a missing file is file_missing and nothing is created", "[till][open_shop]") {
    testing::TempDir dir;
    const std::string path = dir.file("nowhere.kassa");
    for (const ShopNeeds needs : {ShopNeeds::file, ShopNeeds::zone, ShopNeeds::rules}) {
        const ShopOpening opening = open_shop(path, needs);
        const ShopProblem& p = problem_of(opening);
        CHECK(p.kind == Kind::file_missing);
        CHECK(p.path == path);
    }
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("a file that is no database or another program's database is not_a_shop", "[till][open_shop]") {
    testing::TempDir dir;
    const std::string garbage = dir.file("notes.txt");
    {
        std::ofstream out(garbage, std::ios::binary);
        for (int i = 0; i < 500; ++i) {
            out << "line " << i << ": not a shop at all\n";
        }
    }
    const auto before = std::filesystem::file_size(garbage);
    const ShopOpening opening = open_shop(garbage, ShopNeeds::file);
    CHECK(problem_of(opening).kind == Kind::not_a_shop);
    CHECK(problem_of(opening).path == garbage);
    CHECK(std::filesystem::file_size(garbage) == before);  // not turned into anything

    const std::string other = dir.file("other.db");
    {
        SQLite::Database db(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE notes(x)");
    }
    const ShopOpening foreign = open_shop(other);
    CHECK(problem_of(foreign).kind == Kind::not_a_shop);
}

TEST_CASE("a file written by a newer Kassa is newer_schema with both versions", "[till][open_shop]") {
    testing::TempDir dir;
    const std::string path = shop_file(dir, testing::boutique_document());
    const int newer = store::Database::current_schema_version() + 3;
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = " + std::to_string(newer));
    }
    const ShopOpening opening = open_shop(path);
    const ShopProblem& p = problem_of(opening);
    CHECK(p.kind == Kind::newer_schema);
    CHECK(p.schema_found == newer);
    CHECK(p.schema_known == store::Database::current_schema_version());
    CHECK(p.path == path);
}

TEST_CASE("a folder where the file should be is no_access", "[till][open_shop]") {
    testing::TempDir dir;
    std::filesystem::create_directory(dir.file("shop.kassa"));
    const ShopOpening opening = open_shop(dir.file("shop.kassa"), ShopNeeds::file);
    CHECK(problem_of(opening).kind == Kind::no_access);
}

TEST_CASE("a shop without rules opens for mending and is no_rules for selling", "[till][open_shop]") {
    testing::TempDir dir;
    const std::string path = shop_file(dir, "");
    ShopOpening file_only = open_shop(path, ShopNeeds::file);
    CHECK(shop_of(file_only).store);
    const ShopOpening opening = open_shop(path);
    CHECK(problem_of(opening).kind == Kind::no_rules);
}

TEST_CASE("saved rules that do not read are rules_unreadable with the reader's messages",
          "[till][open_shop]") {
    SECTION("not JSON") {
        testing::TempDir dir;
        const std::string path = shop_file(dir, "{\"version\": 1, \"programs\": [");
        const ShopOpening opening = open_shop(path);
        const ShopProblem& p = problem_of(opening);
        CHECK(p.kind == Kind::rules_unreadable);
        CHECK(p.rules_version == 1);
        REQUIRE(p.rule_errors.size() == 1);
        CHECK(p.rule_errors[0].reason.find("not valid JSON") != std::string::npos);
        // The shop still opens for the commands that mend it.
        ShopOpening file_only = open_shop(path, ShopNeeds::file);
        CHECK(shop_of(file_only).store);
    }
    SECTION("values out of range each named") {
        testing::TempDir dir;
        const std::string path = shop_file(dir, boutique_with([](nlohmann::json& d) {
                                               d["programs"][0]["accrual_bp"] = -5;
                                               d["currency"] = "XYZ";
                                           }));
        const ShopOpening opening = open_shop(path);
        const ShopProblem& p = problem_of(opening);
        CHECK(p.kind == Kind::rules_unreadable);
        CHECK(p.rules_version == 1);
        std::set<std::string> paths;
        for (const RuleError& e : p.rule_errors) {
            paths.insert(e.path);
        }
        CHECK(paths.count("currency") == 1);
        CHECK(paths.count("programs[0].accrual_bp") == 1);
    }
}

TEST_CASE("a zone this computer lacks is unknown_time_zone from the settings or from the rules",
          "[till][open_shop]") {
    SECTION("the settings' zone with rules that name none") {
        testing::TempDir dir;
        const std::string path =
            shop_file(dir, boutique_with([](nlohmann::json& d) { d.erase("time_zone"); }), "Europe/Atlantis");
        for (const ShopNeeds needs : {ShopNeeds::zone, ShopNeeds::rules}) {
            const ShopOpening opening = open_shop(path, needs);
            const ShopProblem& p = problem_of(opening);
            CHECK(p.kind == Kind::unknown_time_zone);
            CHECK(p.zone == "Europe/Atlantis");
            CHECK_FALSE(p.zone_from_rules);
        }
        // Settings can still be mended.
        ShopOpening file_only = open_shop(path, ShopNeeds::file);
        CHECK(shop_of(file_only).settings.time_zone == "Europe/Atlantis");
    }
    SECTION("the rules' own zone wins over the settings'") {
        testing::TempDir dir;
        const std::string path = shop_file(
            dir, boutique_with([](nlohmann::json& d) { d["time_zone"] = "Europe/Tallin"; }), "Europe/Riga");
        const ShopOpening opening = open_shop(path);
        const ShopProblem& p = problem_of(opening);
        CHECK(p.kind == Kind::unknown_time_zone);
        CHECK(p.zone == "Europe/Tallin");
        CHECK(p.zone_from_rules);
        // The settings' zone alone is fine.
        ShopOpening zone_only = open_shop(path, ShopNeeds::zone);
        CHECK(shop_of(zone_only).zone);
    }
}

TEST_CASE("every ShopProblem kind has a name", "[till][open_shop]") {
    std::set<std::string> names;
    for (std::size_t i = 0; i < kShopProblemKindCount; ++i) {
        const std::string name(shop_problem_name(static_cast<Kind>(i)));
        CHECK(name != "unknown");
        names.insert(name);
    }
    CHECK(names.size() == kShopProblemKindCount);
}

TEST_CASE("a settings change is checked and keeps the currency and is audited once like the screen's",
          "[till][open_shop][settings]") {
    testing::BoutiqueShop shop;
    const auto audits = [&] {
        return shop.store.database()
            .sql()
            .execAndGet(
                "SELECT count(*) FROM audit_log WHERE action = 'settings_changed' AND actor = "
                "'kassactl-test'")
            .getInt();
    };
    store::ShopSettings wanted = shop.store.shop().settings();
    wanted.time_zone = "Europe/Riga";
    wanted.phone_country = "LV";
    wanted.currency = "USD";  // not the settings' to change
    const SettingsChange change =
        change_settings(shop.store, wanted, store::Actor{"kassactl-test"}, at("2026-11-25T16:00:00+02:00"));
    CHECK(change.saved());
    CHECK(change.changes ==
          "time_zone: \"Europe/Tallinn\" -> \"Europe/Riga\"; phone_country: \"EE\" -> \"LV\"");
    CHECK(shop.store.shop().settings().time_zone == "Europe/Riga");
    CHECK(shop.store.shop().settings().currency == "EUR");
    CHECK(audits() == 1);
    CHECK(
        shop.store.database()
            .sql()
            .execAndGet("SELECT details FROM audit_log WHERE action = 'settings_changed' ORDER BY rowid DESC")
            .getString() == change.changes);

    // The same again: nothing to save, nothing audited.
    CHECK_FALSE(change_settings(shop.store, wanted, store::Actor{"kassactl-test"}, at("2026-11-25T16:01:00Z"))
                    .saved());
    CHECK(audits() == 1);

    wanted.time_zone = "Mars/Olympus";
    wanted.name = "  ";
    const SettingsChange refused =
        change_settings(shop.store, wanted, store::Actor{"kassactl-test"}, at("2026-11-25T16:02:00Z"));
    CHECK_FALSE(refused.saved());
    REQUIRE(refused.issues.size() == 2);
    CHECK(refused.issues[0].problem == store::SettingsIssue::Problem::name_empty);
    CHECK(refused.issues[1].problem == store::SettingsIssue::Problem::time_zone_unknown);
    CHECK(refused.issues[1].value == "Mars/Olympus");
    CHECK(shop.store.shop().settings().time_zone == "Europe/Riga");
    CHECK(audits() == 1);
}

TEST_CASE("check_settings refuses a currency that is not one", "[till][open_shop][settings]") {
    store::ShopSettings settings;
    CHECK(store::check_settings(settings).empty());
    settings.currency = "EURO";
    const auto issues = store::check_settings(settings);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].problem == store::SettingsIssue::Problem::currency_unknown);
    CHECK(issues[0].value == "EURO");
}
