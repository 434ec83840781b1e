// Every text the store keeps is bounded (text_limits.hpp): for each field, through the store call that writes
// it, a 50 MB value and one character over the limit are refused with text_too_long naming that field and
// its limit, and the shop file does not grow; a value exactly at the limit in Cyrillic (two bytes a letter,
// so characters and bytes differ) is kept. The import refuses an over-long cell by its line and field.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <functional>
#include <map>

#include "boutique_shop.hpp"
#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/import.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/reports.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/sync_log.hpp"
#include "kassa/store/text_limits.hpp"
#include "kassa/store/vat_settings.hpp"

using namespace kassa;
using namespace kassa::store;
using kassa::testing::at;
using kassa::testing::BoutiqueShop;

namespace {

const Instant kNow = at("2026-11-25T16:00:00+02:00");

// `count` Cyrillic letters: 2 bytes each in UTF-8.
std::string cyrillic(std::size_t count) {
    std::string out;
    out.reserve(count * 2);
    for (std::size_t i = 0; i < count; ++i) {
        out += "ж";
    }
    return out;
}

// The bytes the shop keeps on disk: the file and its write-ahead log.
std::uintmax_t file_bytes(const std::string& path) {
    std::uintmax_t total = 0;
    for (const std::string& p : {path, path + "-wal"}) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(p, ec);
        total += ec ? 0 : size;
    }
    return total;
}

Enrolment newcomer() {
    Enrolment e;
    e.first_name = "Kadri";
    e.last_name = "Tamm";
    e.consents = Consents{true, false, false};
    return e;
}

struct Writer {
    // Writes `value` into the field through the store call that keeps it.
    std::function<void(BoutiqueShop&, const std::string&)> write;
    // Whether any text of the right length is kept (false where the value must also be a phone, a printer
    // address, a code the engine reads...).
    bool any_text = true;
};

// A writer that puts the value into one member of a request the store takes whole (an enrolment, the
// settings).
template <typename Request>
Writer member_writer(std::string Request::*member, bool any_text, std::function<Request(BoutiqueShop&)> make,
                     std::function<void(BoutiqueShop&, const Request&)> keep) {
    return Writer{[member, make, keep](BoutiqueShop& s, const std::string& v) {
                      Request request = make(s);
                      request.*member = v;
                      keep(s, request);
                  },
                  any_text};
}

// One writer for every bounded field.
std::map<TextField, Writer> writers() {
    using F = TextField;
    std::map<TextField, Writer> w;
    const auto enrolment = [](std::string Enrolment::*member, bool any_text) {
        return member_writer<Enrolment>(
            member, any_text, [](BoutiqueShop&) { return newcomer(); },
            [](BoutiqueShop& s, const Enrolment& e) { s.store.customers().enrol(e, kNow); });
    };
    w[F::first_name] = enrolment(&Enrolment::first_name, true);
    w[F::last_name] = enrolment(&Enrolment::last_name, true);
    w[F::email] = enrolment(&Enrolment::email, true);
    w[F::phone] = enrolment(&Enrolment::phone, false);
    w[F::card_number] = enrolment(&Enrolment::card_number, false);
    w[F::note] = {[](BoutiqueShop& s, const std::string& v) {
        s.store.personal().add_note(CustomerId{s.olga}, v, Actor{"anna"}, kNow);
    }};
    w[F::attribute_name] = {[](BoutiqueShop& s, const std::string& v) {
        s.store.personal().set_attribute(CustomerId{s.olga}, v, "38", Actor{"anna"}, kNow);
    }};
    w[F::attribute_value] = {[](BoutiqueShop& s, const std::string& v) {
        s.store.personal().set_attribute(CustomerId{s.olga}, "size", v, Actor{"anna"}, kNow);
    }};
    w[F::complaint_reason] = {[](BoutiqueShop& s, const std::string& v) {
        ComplaintRequest r;
        r.customer_id = s.olga;
        r.reason = v;
        r.actor = "maria";
        r.at = kNow;
        s.store.personal().record_complaint(r);
    }};
    w[F::return_reason] = {[](BoutiqueShop& s, const std::string& v) {
        Sales::NoReceiptRefundRequest r;
        r.refund_id = new_id();
        r.lines = {Sales::NoReceiptLine{"SCARF-01", Quantity::pieces(1), Money::minor(1990)}};
        r.reason = v;
        r.cashier_id = s.anna;
        r.approved_by = s.maria;
        r.at = kNow;
        r.shift_id = s.shift;
        s.store.sales().refund_without_receipt(r);
    }};
    // The till session checks it before the reason goes into the audit entry's detail (session tests).
    w[F::cancel_reason] = {
        [](BoutiqueShop&, const std::string& v) { check_text_length(TextField::cancel_reason, v); }};
    w[F::cash_reason] = {[](BoutiqueShop& s, const std::string& v) {
        Shifts(s.store).move_cash(CashMovementKind::cash_in, Money::minor(100), v, s.anna, {}, kNow);
    }};
    w[F::correction_reason] = {[](BoutiqueShop& s, const std::string& v) {
        s.store.customers().adjust_points(CustomerId{s.olga}, Points::of(10), v, Actor{"maria"}, kNow);
    }};
    w[F::call_note] = {[](BoutiqueShop& s, const std::string& v) {
        s.store.personal().mark_contacted(list_names().front(), CustomerId{s.olga}, Actor{"anna"}, kNow, v);
    }};
    w[F::cashier_name] = {[](BoutiqueShop& s, const std::string& v) {
        s.store.staff().add_cashier(v, Role::cashier, "2222", Actor{s.maria}, kNow);
    }};
    w[F::actor] = {[](BoutiqueShop& s, const std::string& v) {
        s.store.customers().adjust_points(CustomerId{s.olga}, Points::of(10), "goodwill", Actor{v}, kNow);
    }};
    w[F::product_sku] = {[](BoutiqueShop& s, const std::string& v) {
        s.store.catalog().upsert_product(testing::product(v.c_str(), "Belt", "accessories", 990, {}));
    }};
    w[F::product_name] = {[](BoutiqueShop& s, const std::string& v) {
        s.store.catalog().upsert_product(testing::product("BELT", v.c_str(), "accessories", 990, {}));
    }};
    w[F::product_category] = {[](BoutiqueShop& s, const std::string& v) {
        s.store.catalog().upsert_product(testing::product("BELT", "Belt", v.c_str(), 990, {}));
    }};
    w[F::barcode] = {[](BoutiqueShop& s, const std::string& v) {
        s.store.catalog().upsert_product(testing::product("BELT", "Belt", "accessories", 990, {v}));
    }};
    const auto setting = [](std::string ShopSettings::*member, bool any_text) {
        return member_writer<ShopSettings>(
            member, any_text, [](BoutiqueShop& s) { return s.store.shop().settings(); },
            [](BoutiqueShop& s, const ShopSettings& settings) {
                s.store.shop().save_settings(settings, Actor{"maria"}, "test", kNow);
            });
    };
    w[F::shop_name] = setting(&ShopSettings::name, true);
    w[F::receipt_header] = setting(&ShopSettings::receipt_header, true);
    w[F::setting_code] = setting(&ShopSettings::currency, true);
    w[F::printer_url] = setting(&ShopSettings::printer_url, false);
    w[F::receipt_logo] = setting(&ShopSettings::receipt_logo, true);
    w[F::printer_profile] = setting(&ShopSettings::printer_profile, true);
    w[F::coupon_code] = {
        [](BoutiqueShop& s, const std::string& v) {
            Sale sale;
            sale.receipt_id = new_id();
            sale.cashier_id = s.anna;
            sale.at = kNow;
            sale.lines = {SaleLine{
                "SCARF-01", "Silk scarf", "accessories", Money::minor(1990), Quantity::pieces(1), {}, false}};
            sale.coupon_codes = {v};
            sale.payments = {PaymentLine{PaymentLine::Method::cash, Money::minor(5000)}};
            s.store.sales().commit_sale(sale, s.rules);
        },
        false};
    w[F::basket_label] = {[](BoutiqueShop& s, const std::string& v) {
        s.store.baskets().hold_basket(v, CashierId{s.anna}, R"({"n":1})", kNow);
    }};
    w[F::segment_name] = {[](BoutiqueShop& s, const std::string& v) {
        s.store.customers().set_owner_segment(CustomerId{s.olga}, v, true, Actor{"maria"}, kNow);
    }};
    const auto membership = [](std::string Membership::*member) {
        return member_writer<Membership>(
            member, true,
            [](BoutiqueShop&) {
                return Membership{
                    "postgresql://kassa@office/kassa", "", "company", "shop", "till", "till 1", 0};
            },
            [](BoutiqueShop& s, const Membership& m) { SyncLog(s.store).join(m, kNow); });
    };
    w[F::central_url] = membership(&Membership::central_url);
    w[F::password_file] = membership(&Membership::password_file);
    w[F::till_name] = membership(&Membership::till_name);
    return w;
}

// The store's refusal of `value` for `field`: text_too_long with the field and its limit (a cash
// movement's reason keeps the shift's own reason_too_long, which the till already words).
void check_refused(BoutiqueShop& shop, TextField field, const Writer& writer, const std::string& value) {
    const std::string key(text_limit_row(field).key);
    INFO(key << ": " << value.size() << " bytes");
    const auto limit = static_cast<std::int64_t>(text_limit(field));
    const std::uintmax_t before = file_bytes(shop.path);
    const std::int64_t audited =
        shop.store.database().sql().execAndGet("SELECT count(*) FROM audit_log").getInt64();
    try {
        writer.write(shop, value);
        FAIL("the store kept it");
    } catch (const ShiftError& e) {
        CHECK(field == TextField::cash_reason);
        CHECK(e.problem() == ShiftProblem::reason_too_long);
        CHECK(e.value() == limit);
    } catch (const StoreError& e) {
        CHECK(e.problem() == StoreProblem::text_too_long);
        CHECK(e.refusal().values == std::vector<ProblemValue>{field, limit});
        CHECK(std::string(e.what()).size() < 200);  // the sentence names the field, never the value
    }
    CHECK(file_bytes(shop.path) <= before);
    CHECK(shop.store.database().sql().execAndGet("SELECT count(*) FROM audit_log").getInt64() == audited);
}

}  // namespace

TEST_CASE("every text field has a limit, a key of its own and a store call that keeps it",
          "[store][limits]") {
    const auto w = writers();
    std::set<std::string_view> keys;
    for (std::size_t i = 0; i < kTextFieldCount; ++i) {
        const auto field = static_cast<TextField>(i);
        INFO(text_limit_row(field).key);
        CHECK(keys.insert(text_limit_row(field).key).second);
        CHECK(text_limit(field) >= 50);
        CHECK(w.count(field) == 1);
    }
    CHECK(kMaxCashReasonChars == static_cast<std::int64_t>(text_limit(TextField::cash_reason)));
    // Characters, not bytes: "ж" is two bytes, "€" three, "😀" four.
    CHECK(code_points("жё€😀a") == 5);
    CHECK(text_fits(TextField::note, cyrillic(2000)));
    CHECK_FALSE(text_fits(TextField::note, cyrillic(2001)));
    CHECK(english_sentence({StoreProblem::text_too_long, {TextField::note, std::int64_t{2000}}}) ==
          "The note is longer than 2000 characters.");
}

TEST_CASE("a 50 MB value and one character too many are refused for every field, and nothing is stored",
          "[store][limits]") {
    BoutiqueShop shop;
    const std::string huge(50U * 1024U * 1024U, 'x');
    for (const auto& [field, writer] : writers()) {
        check_refused(shop, field, writer, huge);
        check_refused(shop, field, writer, cyrillic(text_limit(field) + 1));
    }
    CHECK(shop.store.maintenance().check().empty());
}

TEST_CASE("a value exactly at the limit in Cyrillic is kept", "[store][limits]") {
    BoutiqueShop shop;
    for (const auto& [field, writer] : writers()) {
        if (!writer.any_text) {
            continue;
        }
        const std::string value = cyrillic(text_limit(field));
        INFO(text_limit_row(field).key);
        REQUIRE(value.size() == 2 * text_limit(field));
        CHECK_NOTHROW(writer.write(shop, value));
    }
    // Read back as it was written, to the letter.
    CHECK(shop.store.personal().notes(shop.olga).front().text == cyrillic(text_limit(TextField::note)));
    CHECK(shop.store.shop().settings().name == cyrillic(text_limit(TextField::shop_name)));
    CHECK(shop.store.baskets().held_baskets().back().label == cyrillic(text_limit(TextField::basket_label)));
    // The fields that must also be something particular take their longest well-formed value.
    auto e = newcomer();
    e.card_number = std::string(text_limit(TextField::card_number), '7');
    CHECK_NOTHROW(shop.store.customers().enrol(e, kNow));
    e = newcomer();
    e.phone = "+372 5555 0199" + std::string(text_limit(TextField::phone) - 14, ' ');
    CHECK_NOTHROW(shop.store.customers().enrol(e, kNow));
    CHECK(shop.store.maintenance().check().empty());
}

TEST_CASE("an over-long cell refuses its row by line and field and the other rows are imported",
          "[store][limits][import]") {
    BoutiqueShop shop;
    ImportOptions options;
    options.at = kNow;
    options.assume_consent = true;
    const std::string customers =
        "first name;last name;phone\n"
        "Mari;Tamm;5555 0101\n"
        "Kati;" +
        cyrillic(101) +
        ";5555 0102\n"
        "Liis;" +
        cyrillic(100) + ";5555 0103\n";
    const ImportReport report = import_customers(shop.store, customers, options);
    CHECK(report.created == 2);
    CHECK(report.refused == 1);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].line == 3);
    CHECK(report.problems[0].text == "The last name is longer than 100 characters.");
    REQUIRE(report.problems[0].issues.size() == 1);
    CHECK(report.problems[0].issues[0].kind == ImportIssue::Kind::text_too_long);
    CHECK(report.problems[0].issues[0].value == "last_name");
    CHECK_FALSE(shop.store.customers().find_by_phone("5555 0102").customer);
    CHECK(shop.store.customers().find_by_phone("5555 0103").customer);

    const std::string catalog =
        "SKU;name;category;price;barcode\n"
        "BELT;Belt;accessories;9,90;\n"
        "HAT;" +
        std::string(201, 'h') +
        ";hats;19,90;\n"
        "CAP;Cap;hats;9,90;" +
        std::string(65, '1') + "\n";
    const ImportReport products = import_catalog(shop.store, catalog, options);
    CHECK(products.created == 1);
    CHECK(products.refused == 2);
    REQUIRE(products.problems.size() == 2);
    CHECK(products.problems[0].line == 3);
    CHECK(products.problems[0].text == "The product name is longer than 200 characters.");
    CHECK(products.problems[0].issues.back().value == "product_name");
    CHECK(products.problems[1].line == 4);
    CHECK(products.problems[1].issues.front().value == "barcode");
    CHECK(shop.store.catalog().product_by_sku("BELT"));
    CHECK_FALSE(shop.store.catalog().product_by_sku("HAT"));
    CHECK_FALSE(shop.store.catalog().product_by_sku("CAP"));
}

TEST_CASE("a VAT rate for a product that does not exist is refused as no_such_product", "[store][vat]") {
    BoutiqueShop shop;
    try {
        VatSettings(shop.store).set_product("NO-SUCH", VatRate::bp(2400), "maria", kNow);
        FAIL("refused expected");
    } catch (const StoreError& e) {
        CHECK(e.problem() == StoreProblem::no_such_product);
        CHECK(e.refusal().values == std::vector<ProblemValue>{std::string("NO-SUCH")});
    }
}
