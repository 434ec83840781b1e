// The owner's desk without a window: the printer and cash-limit settings audited with the rest, the VAT
// rates of categories and products saved only where they change, and the shifts listed with the cashiers'
// names and the Z's over or short.
#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <string>

#include "boutique_shop.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/vat_settings.hpp"
#include "kassa/till/owner_desk.hpp"

using namespace kassa;
using namespace kassa::till;
using testing::at;

namespace {

struct Desk : testing::BoutiqueShop {
    OwnerDesk desk{store, rules.rules(), clock, sys::load_time_zone("Europe/Tallinn"), maria};

    int audit_count(const std::string& action) const {
        SQLite::Database db(path, SQLite::OPEN_READONLY);
        SQLite::Statement q(db, "SELECT count(*) FROM audit_log WHERE action = ?");
        q.bind(1, action);
        q.executeStep();
        return q.getColumn(0).getInt();
    }

    std::string last_audit_details(const std::string& action) const {
        SQLite::Database db(path, SQLite::OPEN_READONLY);
        SQLite::Statement q(db, "SELECT details FROM audit_log WHERE action = ? ORDER BY rowid DESC LIMIT 1");
        q.bind(1, action);
        REQUIRE(q.executeStep());
        return q.getColumn(0).getString();
    }
};

}  // namespace

TEST_CASE("the receipt printer and the cash limit are saved with the shop settings and audited",
          "[till][owner]") {
    Desk t;
    store::ShopSettings wanted = t.desk.settings();
    wanted.printer_url = "tcp://192.168.1.50:9100";
    wanted.printer_profile = "xprinter_80";
    wanted.drawer_pin = "5";
    wanted.cash_movement_limit = Money::minor(10000);
    const auto saved = t.desk.save_settings(wanted);
    CHECK(saved.issues.empty());
    const store::ShopSettings read = t.store.shop().settings();
    CHECK(read.printer_url == "tcp://192.168.1.50:9100");
    CHECK(read.printer_profile == "xprinter_80");
    CHECK(read.drawer_pin == "5");
    CHECK(read.cash_movement_limit == Money::minor(10000));
    CHECK(t.audit_count("settings_changed") == 1);
    const std::string details = t.last_audit_details("settings_changed");
    CHECK(details.find("printer_url: \"\" -> \"tcp://192.168.1.50:9100\"") != std::string::npos);
    CHECK(details.find("cash_movement_limit: \"5000\" -> \"10000\"") != std::string::npos);
    CHECK(details.find("drawer_pin: \"2\" -> \"5\"") != std::string::npos);

    // The same again changes nothing and writes nothing.
    CHECK(t.desk.save_settings(wanted).issues.empty());
    CHECK(t.audit_count("settings_changed") == 1);

    wanted.cash_movement_limit = Money::minor(-1);
    const auto refused = t.desk.save_settings(wanted);
    REQUIRE(refused.issues.size() == 1);
    CHECK(refused.issues[0].problem == store::SettingsIssue::Problem::cash_limit_invalid);
    CHECK(t.store.shop().settings().cash_movement_limit == Money::minor(10000));
}

TEST_CASE("category VAT rates are saved where they changed, a product's own rate and back to its category",
          "[till][owner][vat]") {
    Desk t;
    const auto categories = t.desk.vat_categories();
    REQUIRE(categories.size() == 3);     // by name: accessories, dresses, gift cards
    CHECK(categories[0].products == 2);  // the scarf and the ribbon
    CHECK(categories[1].products == 1);
    const int before = t.audit_count("vat_rate_changed");
    CHECK(t.desk.save_category_vat({{"accessories", VatRate::bp(2400)},
                                    {"dresses", VatRate::bp(2400)},
                                    {"gift_cards", VatRate::exempt()}}) == 3);
    CHECK(t.audit_count("vat_rate_changed") == before + 3);
    // The whole table saved again with one change writes one.
    CHECK(t.desk.save_category_vat({{"accessories", VatRate::bp(2400)},
                                    {"dresses", VatRate::bp(2200)},
                                    {"gift_cards", VatRate::exempt()}}) == 1);
    CHECK(t.audit_count("vat_rate_changed") == before + 4);
    CHECK(store::VatSettings(t.store).product_rate("DRESS-0412") == VatRate::bp(2200));

    const auto own = t.desk.set_product_vat("SCARF-01", VatRate::bp(900));
    REQUIRE(own);
    CHECK(own->name == "Silk scarf");
    CHECK(own->rate == VatRate::bp(900));
    CHECK(t.desk.product_vat("RIBBON")->rate == VatRate::bp(2400));  // same category, its rate
    const auto back = t.desk.set_product_vat("SCARF-01", std::nullopt);
    REQUIRE(back);
    CHECK(back->rate == VatRate::bp(2400));

    const int audited = t.audit_count("vat_rate_changed");
    CHECK_FALSE(t.desk.set_product_vat("NO-SUCH-SKU", VatRate::bp(900)));
    CHECK_FALSE(t.desk.product_vat("NO-SUCH-SKU"));
    CHECK(t.audit_count("vat_rate_changed") == audited);
}

TEST_CASE("shifts are listed newest first with the cashiers' names, the Z's figures and its report",
          "[till][owner][shift]") {
    Desk t;
    store::Shifts shifts(t.store);
    shifts.move_cash(store::CashMovementKind::cash_in, Money::minor(2000), "change from the bank", t.anna, {},
                     at("2026-11-25T10:00:00+02:00"));
    store::CashCount counted;
    counted.total = Money::minor(11950);  // 0.50 short of the 120.00 expected
    shifts.close(t.maria, counted, Money::minor(10000), at("2026-11-25T19:00:00+02:00"));
    shifts.open(t.anna, Money::minor(10000), parse_date("2026-11-26"), at("2026-11-26T09:00:00+02:00"));

    const auto rows = t.desk.shifts();
    REQUIRE(rows.size() == 2);
    CHECK_FALSE(rows[0].shift.z_number);
    CHECK(rows[0].opened_by == "Anna");
    CHECK(rows[0].closed_by.empty());
    CHECK_FALSE(rows[0].over_short);
    CHECK(rows[1].shift.z_number == 1);
    CHECK(rows[1].opened_by == "Anna");
    CHECK(rows[1].closed_by == "Maria");
    CHECK(rows[1].shift.expected_cash == Money::minor(12000));
    CHECK(rows[1].shift.counted_cash == Money::minor(11950));
    CHECK(rows[1].over_short == Money::minor(-50));

    const store::ShiftReport z = t.desk.shift_report(1);
    CHECK(z.final);
    CHECK(z.cash_in == Money::minor(2000));
    CHECK(z.over_short == Money::minor(-50));
    const store::ShiftReport x = t.desk.shift_report(std::nullopt);
    CHECK_FALSE(x.final);
    CHECK(x.expected_cash == Money::minor(10000));
    CHECK_THROWS_AS(t.desk.shift_report(9), store::ShiftError);
}
