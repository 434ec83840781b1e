// Importing the lists a shop kept in Excel: one fixture file per trait (separator, quoting, byte order mark,
// Windows-1251, Estonian and Russian headers, dates, duplicates, bad rows, bank cards, decimal commas), each
// checked through the lookups the till uses.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/import.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/store.hpp"
#include "kassa/store/vat_settings.hpp"
#include "temp_dir.hpp"

using namespace kassa;
using namespace kassa::store;

namespace {

Instant at(const char* text) {
    return parse_timestamp(text).instant;
}

std::string fixture(const std::string& name) {
    std::ifstream file(std::string(KASSA_SOURCE_DIR) + "/tests/store/fixtures/" + name, std::ios::binary);
    REQUIRE(file);
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

ImportOptions options() {
    ImportOptions o;
    o.at = at("2026-11-24T10:00:00+02:00");
    return o;
}

ImportOptions with(bool ImportOptions::*flag) {
    ImportOptions o = options();
    o.*flag = true;
    return o;
}

std::int64_t count(Store& store, const std::string& sql) {
    return store.database().sql().execAndGet(sql).getInt64();
}

// Every message of a report, for INFO when a check fails.
std::string messages(const ImportReport& r) {
    std::string out;
    for (const auto& p : r.problems) {
        out += "problem " + std::to_string(p.line) + ": " + p.text + "\n";
    }
    for (const auto& n : r.notes) {
        out += "note " + std::to_string(n.line) + ": " + n.text + "\n";
    }
    return out;
}

std::vector<std::int64_t> problem_lines(const ImportReport& r) {
    std::vector<std::int64_t> lines;
    for (const auto& p : r.problems) {
        lines.push_back(p.line);
    }
    return lines;
}

std::string problem_at(const ImportReport& r, std::int64_t line) {
    for (const auto& p : r.problems) {
        if (p.line == line) {
            return p.text;
        }
    }
    return "(no problem on line " + std::to_string(line) + ")";
}

bool has_note(const ImportReport& r, std::int64_t line, const std::string& fragment) {
    return std::any_of(r.notes.begin(), r.notes.end(), [&](const ImportMessage& n) {
        return n.line == line && n.text.find(fragment) != std::string::npos;
    });
}

std::chrono::year_month_day ymd(int y, unsigned m, unsigned d) {
    return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d};
}

struct Shop {
    testing::TempDir dir;
    Store store{dir.file("shop.db"), Database::Mode::create_if_missing};
};

}  // namespace

TEST_CASE("a UTF-8 file with a byte order mark, semicolons and CRLF brings customers in whole",
          "[store][import]") {
    Shop shop;
    const auto r = import_customers(shop.store, fixture("customers_semicolon_bom.csv"), options());
    INFO(messages(r));
    CHECK(r.encoding == "UTF-8 with BOM");
    CHECK(r.delimiter == ';');
    CHECK(r.rows == 3);
    CHECK(r.created == 3);
    CHECK(r.problems.empty());
    CHECK(r.committed);

    const auto olga = shop.store.customers().find_by_card("2000000000015");
    REQUIRE(olga.customer);
    CHECK(olga.customer->first_name == "Olga");  // the byte order mark is not part of the first column's name
    CHECK(olga.customer->phone == "+37251234567");
    CHECK(olga.customer->email == "olga@example.ee");
    CHECK(olga.customer->birthday == ymd(1988, 11, 27));
    CHECK(olga.customer->consents.personal_data);
    CHECK(olga.customer->consents.sms);
    CHECK_FALSE(olga.customer->consents.email);
    CHECK(olga.customer->balance.value() == 120);
    // The opening balance is an owner's correction with the reason "import", audited like one.
    CHECK(count(shop.store,
                "SELECT count(*) FROM ledger WHERE kind = 'adjust' AND reason = 'import' AND points = 120") ==
          1);
    CHECK(count(shop.store, "SELECT count(*) FROM audit_log WHERE action = 'points.adjust'") == 1);
    CHECK(count(shop.store, "SELECT count(*) FROM consents WHERE source = 'import'") == 9);

    const auto alyona = shop.store.customers().search_by_name("Алена");
    REQUIRE(alyona.size() == 1);
    CHECK(alyona[0].last_name == "Соколова");
    CHECK(alyona[0].balance.value() == 0);
    CHECK(shop.store.customers().find_by_phone("+372 5800 1234").customer->email == "mari.tamm@example.ee");
    CHECK(shop.store.customers().find_by_phone("+372 5800 1234").customer->consents.email);
    CHECK(shop.store.maintenance().check().empty());
}

TEST_CASE("commas, quoted values with separators, quotes and line breaks, lines inside cells are counted",
          "[store][import]") {
    Shop shop;
    const auto r = import_customers(shop.store, fixture("customers_comma_quoted.csv"), options());
    INFO(messages(r));
    CHECK(r.encoding == "UTF-8");
    CHECK(r.delimiter == ',');
    CHECK(r.rows == 5);
    CHECK(r.created == 4);
    CHECK(r.refused == 1);
    // Peeter's row starts on line 6: Mari's notes cell spans lines 2 and 3.
    REQUIRE(problem_lines(r) == std::vector<std::int64_t>{6});
    CHECK(problem_at(r, 6) == "The phone \"not a phone\" is not a phone number.");
    CHECK(r.ignored_columns == std::vector<std::string>{"Notes"});

    const auto mari = shop.store.customers().find_by_card("2000000000039");
    REQUIRE(mari.customer);
    CHECK(mari.customer->first_name == "Mari");  // "Tamm, Mari" is surname first
    CHECK(mari.customer->last_name == "Tamm");
    const auto anna = shop.store.customers().find_by_phone("+372 5123 0002");
    REQUIRE(anna.customer);
    CHECK(anna.customer->first_name == "Anna \"Ann\"");
    CHECK(anna.customer->last_name == "Kask");
    CHECK(shop.store.customers().search_by_name("jüri").size() == 1);
    CHECK(shop.store.customers().find_by_phone("+372 5123 0005").customer->first_name == "Kati");
}

TEST_CASE("a Windows-1251 file from a Russian Excel is detected and converted", "[store][import]") {
    Shop shop;
    const auto r = import_customers(shop.store, fixture("customers_cp1251.csv"), options());
    INFO(messages(r));
    CHECK(r.encoding == "Windows-1251");
    CHECK(r.created == 3);
    CHECK(r.problems.empty());
    const auto olga = shop.store.customers().find_by_phone("+7 916 123-45-67");
    REQUIRE(olga.customer);
    CHECK(olga.customer->first_name == "Ольга");
    CHECK(olga.customer->last_name == "Иванова");
    CHECK(olga.customer->balance.value() == 150);
    CHECK(olga.customer->consents.sms);
    CHECK(olga.customer->cards.at(0).number == "2000000000046");
    // ё survives the conversion and still folds with е in search.
    const auto pyotr = shop.store.customers().search_by_name("семенов");
    REQUIRE(pyotr.size() == 1);
    CHECK(pyotr[0].first_name == "Пётр");
    CHECK(pyotr[0].birthday == ymd(1979, 2, 3));
    CHECK(pyotr[0].phone == "+79267654321");
    CHECK(shop.store.customers().find_by_card("2000000000053").customer->last_name == "Ёлкина");
}

TEST_CASE("a few Russian names among English headers and digits are still read as Windows-1251",
          "[store][import]") {
    Shop shop;
    // "Ольга;Иванова;...;да" and "Пётр;Семёнов;...;да" as a Russian Windows saves them.
    const std::string bytes =
        "First name;Last name;Phone;Consent\r\n"
        "\xCE\xEB\xFC\xE3\xE0;\xC8\xE2\xE0\xED\xEE\xE2\xE0;+372 5123 4567;\xE4\xE0\r\n"
        "\xCF\xB8\xF2\xF0;\xD1\xE5\xEC\xB8\xED\xEE\xE2;+372 5123 4568;\xE4\xE0\r\n";
    const auto r = import_customers(shop.store, bytes, options());
    INFO(messages(r));
    CHECK(r.encoding == "Windows-1251");
    CHECK(r.created == 2);
    CHECK(shop.store.customers().find_by_phone("5123 4568").customer->last_name == "Семёнов");
}

TEST_CASE("Estonian headers and jah/ei, without consent only the card and its points are kept",
          "[store][import]") {
    Shop shop;
    const auto r = import_customers(shop.store, fixture("customers_estonian.csv"), options());
    INFO(messages(r));
    CHECK(r.created == 3);
    CHECK(r.problems.empty());
    CHECK(r.ignored_columns.empty());
    const auto liis = shop.store.customers().find_by_card("2000000000060");
    REQUIRE(liis.customer);
    CHECK(liis.customer->first_name == "Liis");
    CHECK(liis.customer->birthday == ymd(1992, 3, 14));
    CHECK(liis.customer->consents.sms);
    CHECK_FALSE(liis.customer->consents.email);
    CHECK(liis.customer->balance.value() == 75);
    CHECK(shop.store.customers().search_by_name("õunapuu").size() == 1);

    // Märt said "ei": an anonymous card with its points, and nothing personal.
    const auto mart = shop.store.customers().find_by_card("2000000000077");
    REQUIRE(mart.customer);
    CHECK(mart.customer->first_name.empty());
    CHECK(mart.customer->phone.empty());
    CHECK(mart.customer->email.empty());
    CHECK_FALSE(mart.customer->consents.personal_data);
    CHECK(mart.customer->balance.value() == 30);
    CHECK(has_note(r, 4, "Only the card was kept"));
    CHECK(shop.store.customers().find_by_phone("5123 1003").failure == LookupFailure::not_found);
}

TEST_CASE("birthdays in the formats people type, two-digit years and impossible dates are refused",
          "[store][import]") {
    Shop shop;
    const auto r = import_customers(shop.store, fixture("customers_dates.csv"), options());
    INFO(messages(r));
    CHECK(r.created == 6);
    CHECK(problem_lines(r) == std::vector<std::int64_t>{7, 8, 9, 10});
    CHECK_THAT(problem_at(r, 7), Catch::Contains("two-digit year") && Catch::Contains("31.12.80"));
    CHECK_THAT(problem_at(r, 8), Catch::Contains("not a date in the calendar"));
    CHECK_THAT(problem_at(r, 9), Catch::Contains("in the future"));
    CHECK_THAT(problem_at(r, 10), Catch::Contains("not a date"));  // day first: there is no month 31
    const auto birthday = [&](const char* phone) {
        return shop.store.customers().find_by_phone(phone).customer->birthday;
    };
    CHECK(birthday("5123 2001") == ymd(1980, 12, 31));
    CHECK(birthday("5123 2002") == ymd(1975, 3, 5));
    CHECK(birthday("5123 2003") == ymd(1990, 7, 14));
    CHECK(birthday("5123 2004") == ymd(1985, 2, 1));
    CHECK(birthday("5123 2005") == ymd(1980, 12, 31));  // Excel's midnight time is dropped
    CHECK_FALSE(birthday("5123 2010"));
    CHECK(shop.store.customers().find_by_phone("5123 2006").failure == LookupFailure::not_found);
}

TEST_CASE("duplicates within the file and against the shop are merged, never overwritten, never paid twice",
          "[store][import]") {
    Shop shop;
    Enrolment olga;
    olga.first_name = "Olga";
    olga.last_name = "Ivanova";
    olga.phone = "5123 4567";
    olga.birthday = ymd(1988, 11, 27);
    olga.consents = Consents{true, false, false};
    olga.card_number = "2000000000015";
    const auto olga_id = shop.store.customers().enrol(olga, at("2026-01-10T10:00:00Z"));
    shop.store.customers().adjust_points(CustomerId{olga_id}, Points::of(50), "welcome", Actor{"owner"},
                                         at("2026-01-10T10:00:00Z"));

    const auto r = import_customers(shop.store, fixture("customers_duplicates.csv"), options());
    INFO(messages(r));
    CHECK(r.rows == 10);
    CHECK(r.created == 3);    // Anna, Piret, Karl
    CHECK(r.merged == 3);     // Olga's e-mail, Anna's e-mail, Karl's second card
    CHECK(r.unchanged == 2);  // Anna-Liisa's line (the name is not overwritten), Olga by card
    CHECK(r.refused == 2);
    CHECK(problem_lines(r) == std::vector<std::int64_t>{7, 8});
    CHECK_THAT(problem_at(r, 7),
               Catch::StartsWith("Same customer as line 6 but with 20 points instead of 10"));
    CHECK_THAT(problem_at(r, 8), Catch::Contains("The phone belongs to one customer and the card"));

    // Olga was already in the shop: the empty e-mail is filled, the balance is not touched.
    const auto o = shop.store.customers().customer(olga_id);
    CHECK(o->email == "olga@example.ee");
    CHECK(o->birthday == ymd(1988, 11, 27));
    CHECK(o->balance.value() == 50);
    CHECK(has_note(r, 2, "already has 50 points"));

    const auto anna = shop.store.customers().find_by_card("2000000000084");
    REQUIRE(anna.customer);
    CHECK(anna.customer->first_name == "Anna");
    CHECK(anna.customer->email == "anna@example.ee");
    CHECK(anna.customer->balance.value() == 200);  // the repeated line does not add its 200 again
    CHECK(has_note(r, 4, "Same customer as line 3 (same phone): merged"));
    CHECK(has_note(r, 5, "Kept the first name \"Anna\" from line 3"));
    CHECK(shop.store.customers().search_by_name("Anna").size() == 1);

    const auto piret = shop.store.customers().find_by_phone("5123 3002");
    REQUIRE(piret.customer);
    CHECK(piret.customer->balance.value() == 10);

    const auto karl = shop.store.customers().find_by_card("2000000000114");
    REQUIRE(karl.customer);
    CHECK(karl.customer->first_name == "Karl");
    CHECK(karl.customer->cards.size() == 2);
    CHECK(count(shop.store, "SELECT count(*) FROM customers") == 4);
    CHECK(shop.store.maintenance().check().empty());
}

TEST_CASE("importing the same list again changes nothing", "[store][import]") {
    Shop shop;
    const auto first = import_customers(shop.store, fixture("customers_semicolon_bom.csv"), options());
    REQUIRE(first.created == 3);
    const auto again = import_customers(shop.store, fixture("customers_semicolon_bom.csv"), options());
    INFO(messages(again));
    CHECK(again.created == 0);
    CHECK(again.merged == 0);
    CHECK(again.unchanged == 3);
    CHECK(again.problems.empty());
    CHECK(shop.store.customers().find_by_card("2000000000015").customer->balance.value() == 120);
    CHECK(count(shop.store, "SELECT count(*) FROM ledger") == 1);
}

TEST_CASE("bad rows are listed with their lines and reasons, the good ones import", "[store][import]") {
    Shop shop;
    const auto r = import_customers(shop.store, fixture("customers_bad_rows.csv"), options());
    INFO(messages(r));
    CHECK(r.created == 2);
    CHECK(r.refused == 8);
    CHECK(r.committed);
    CHECK(problem_lines(r) == std::vector<std::int64_t>{3, 4, 5, 6, 7, 8, 9, 10});
    CHECK(problem_at(r, 3) == "The phone \"123\" is not a phone number.");
    CHECK(problem_at(r, 4) == "The e-mail \"not-an-email\" is not an e-mail address.");
    CHECK(problem_at(r, 5) == "The personal data consent \"maybe\" is not yes or no.");
    CHECK(problem_at(r, 6) == "The points \"-5\" are negative.");
    CHECK_THAT(problem_at(r, 7), Catch::StartsWith("Excel shortened the card number"));
    CHECK_THAT(problem_at(r, 8), Catch::Contains("no name, phone, e-mail or card"));
    CHECK_THAT(problem_at(r, 9), Catch::Contains("8 values but the header names 7 columns"));
    CHECK(problem_at(r, 10) ==
          "The phone \"abc\" is not a phone number; the e-mail \"x@\" is not an e-mail address.");
    CHECK(shop.store.customers().find_by_phone("5123 4001").customer);
    CHECK(shop.store.customers().find_by_phone("5123 4010").customer);
    CHECK(count(shop.store, "SELECT count(*) FROM customers") == 2);
}

TEST_CASE("a strict import imports nothing when a row is bad, and everything when none is",
          "[store][import]") {
    Shop shop;
    const auto bad =
        import_customers(shop.store, fixture("customers_bad_rows.csv"), with(&ImportOptions::strict));
    CHECK_FALSE(bad.committed);
    CHECK(bad.created == 2);  // what it would have done
    CHECK(bad.problems.size() == 8);
    CHECK(count(shop.store, "SELECT count(*) FROM customers") == 0);

    const auto good =
        import_customers(shop.store, fixture("customers_estonian.csv"), with(&ImportOptions::strict));
    CHECK(good.committed);
    CHECK(count(shop.store, "SELECT count(*) FROM customers") == 3);
}

TEST_CASE("a dry run reports exactly what the import would do and writes nothing", "[store][import]") {
    Shop shop;
    const auto dry =
        import_customers(shop.store, fixture("customers_duplicates.csv"), with(&ImportOptions::dry_run));
    CHECK_FALSE(dry.committed);
    CHECK(count(shop.store, "SELECT count(*) FROM customers") == 0);
    CHECK(count(shop.store, "SELECT count(*) FROM consents") == 0);
    const auto real = import_customers(shop.store, fixture("customers_duplicates.csv"), options());
    CHECK(real.committed);
    CHECK(dry.created == real.created);
    CHECK(dry.merged == real.merged);
    CHECK(dry.unchanged == real.unchanged);
    CHECK(dry.refused == real.refused);
    CHECK(messages(dry) == messages(real));

    const auto catalog =
        import_catalog(shop.store, fixture("catalog_comma.csv"), with(&ImportOptions::dry_run));
    CHECK(catalog.created == 2);
    CHECK_FALSE(shop.store.catalog().product_by_sku("TEA-1"));
}

TEST_CASE("a bank card number is refused without repeating its digits and never stored",
          "[store][import][bank_card]") {
    Shop shop;
    const auto r = import_customers(shop.store, fixture("customers_bank_card.csv"), options());
    INFO(messages(r));
    CHECK(r.created == 1);
    REQUIRE(problem_lines(r) == std::vector<std::int64_t>{2});
    CHECK_THAT(problem_at(r, 2), Catch::Contains("bank card"));
    CHECK(problem_at(r, 2).find("1111") == std::string::npos);
    CHECK(problem_at(r, 2).find("4111") == std::string::npos);
    CHECK(count(shop.store, "SELECT count(*) FROM cards WHERE number LIKE '4111%'") == 0);
    CHECK(shop.store.customers().find_by_phone("5123 5001").failure == LookupFailure::not_found);
    CHECK(shop.store.customers().find_by_card("2000000000121").customer);
}

TEST_CASE("without a consent column personal details are kept only when consent is assumed",
          "[store][import][consent]") {
    Shop shop;
    const auto r = import_customers(shop.store, fixture("customers_no_consent.csv"), options());
    INFO(messages(r));
    CHECK(r.created == 1);
    CHECK(r.skipped == 1);
    REQUIRE(problem_lines(r) == std::vector<std::int64_t>{1});  // said once, on the header line
    CHECK_THAT(problem_at(r, 1), Catch::Contains("--assume-consent") && Catch::Contains("of 2 rows"));
    const auto card = shop.store.customers().find_by_card("2000000000138");
    REQUIRE(card.customer);
    CHECK(card.customer->first_name.empty());
    CHECK(card.customer->balance.value() == 40);
    CHECK(shop.store.customers().search_by_name("Mari").empty());

    // The owner confirms consent: the anonymous card's customer gets the details, the consent is recorded
    // with the import as its source, and the points are not given twice.
    const auto assumed = import_customers(shop.store, fixture("customers_no_consent.csv"),
                                          with(&ImportOptions::assume_consent));
    INFO(messages(assumed));
    CHECK(assumed.problems.empty());
    CHECK(assumed.merged == 1);
    CHECK(assumed.created == 1);
    const auto mari = shop.store.customers().find_by_card("2000000000138");
    CHECK(mari.customer->first_name == "Mari");
    CHECK(mari.customer->last_name == "Kask");
    CHECK(mari.customer->phone == "+37251236001");
    CHECK(mari.customer->consents.personal_data);
    CHECK_FALSE(mari.customer->consents.sms);  // marketing consent is never assumed
    CHECK(mari.customer->balance.value() == 40);
    CHECK(shop.store.customers().find_by_phone("5123 6002").customer->first_name == "Jaan");
    CHECK(count(shop.store,
                "SELECT count(*) FROM consents WHERE kind = 'personal_data' AND given = 1 AND "
                "source = 'import'") == 2);
    CHECK(shop.store.maintenance().check().empty());
}

TEST_CASE("a catalog with decimal commas, several barcodes and weighed goods", "[store][import][catalog]") {
    Shop shop;
    const auto r = import_catalog(shop.store, fixture("catalog_decimal_comma.csv"), options());
    INFO(messages(r));
    CHECK(r.rows == 8);
    CHECK(r.created == 4);
    CHECK(problem_lines(r) == std::vector<std::int64_t>{5, 6, 7, 8});
    CHECK_THAT(problem_at(r, 5), Catch::Contains("more than 2 decimals"));
    CHECK_THAT(problem_at(r, 6), Catch::Contains("minimum price is above the price"));
    CHECK_THAT(problem_at(r, 7), Catch::Contains("Barcode 4740000000018 is also on line 2"));
    CHECK_THAT(problem_at(r, 8), Catch::Contains("SKU DRESS-0412 is already on line 2"));

    const auto dress = shop.store.catalog().product_by_barcode("4740000000025");
    REQUIRE(dress);
    CHECK(dress->sku == "DRESS-0412");
    CHECK(dress->name == "Льняное платье");
    CHECK(dress->category == "dresses");
    CHECK(dress->price.minor_units() == 7990);
    CHECK(dress->min_price == Money::minor(5990));
    CHECK(dress->barcodes == std::vector<std::string>{"4740000000018", "4740000000025"});
    CHECK_FALSE(dress->by_weight);
    const auto cheese = shop.store.catalog().product_by_barcode("4740000000049");
    REQUIRE(cheese);
    CHECK(cheese->name == "Сыр \"Эстонский\"");
    CHECK(cheese->price.minor_units() == 1250);
    CHECK(cheese->by_weight);
    CHECK(cheese->barcodes.size() == 2);
    CHECK(shop.store.catalog().product_by_sku("BAG-100")->price.minor_units() == 123450);
    // No SKU: the barcode is the SKU.
    const auto apple = shop.store.catalog().product_by_barcode("4740000000063");
    REQUIRE(apple);
    CHECK(apple->sku == "4740000000063");
    CHECK(apple->price.minor_units() == 230);

    // A new price list: the same file again with one price changed updates that product only.
    std::string next = fixture("catalog_decimal_comma.csv");
    next.replace(next.find("79,90"), 5, "69,90");
    const auto update = import_catalog(shop.store, next, options());
    INFO(messages(update));
    CHECK(update.created == 0);
    CHECK(update.merged == 1);
    CHECK(update.unchanged == 3);
    CHECK(shop.store.catalog().product_by_sku("DRESS-0412")->price.minor_units() == 6990);
    CHECK(shop.store.catalog().product_by_sku("DRESS-0412")->barcodes.size() == 2);
}

TEST_CASE("a comma-separated catalog with quoted decimals and barcode lists", "[store][import][catalog]") {
    Shop shop;
    const auto r = import_catalog(shop.store, fixture("catalog_comma.csv"), options());
    INFO(messages(r));
    CHECK(r.delimiter == ',');
    CHECK(r.created == 2);
    CHECK(r.problems.empty());
    CHECK(shop.store.catalog().product_by_barcode("4740000000070")->price.minor_units() == 320);
    const auto strong = shop.store.catalog().product_by_barcode("4740000000094");
    REQUIRE(strong);
    CHECK(strong->name == "Black tea, strong");
    CHECK(strong->price.minor_units() == 410);
}

TEST_CASE("a barcode that belongs to another product in the shop is refused, not moved",
          "[store][import][catalog]") {
    Shop shop;
    Product scarf;
    scarf.sku = "SCARF-1";
    scarf.name = "Silk scarf";
    scarf.price = Money::minor(2500);
    scarf.barcodes = {"4740000000070"};
    shop.store.catalog().upsert_product(scarf);
    const auto r = import_catalog(shop.store, fixture("catalog_comma.csv"), options());
    CHECK(problem_at(r, 2) == "Barcode 4740000000070 already belongs to SCARF-1 (Silk scarf).");
    CHECK(shop.store.catalog().product_by_barcode("4740000000070")->sku == "SCARF-1");
}

TEST_CASE("files that cannot be read as a table are refused with a sentence", "[store][import]") {
    Shop shop;
    const auto refused = [&](const std::string& bytes, const std::string& fragment, bool catalog = false) {
        INFO(fragment);
        try {
            if (catalog) {
                import_catalog(shop.store, bytes, options());
            } else {
                import_customers(shop.store, bytes, options());
            }
            FAIL("the file was read");
        } catch (const StoreError& e) {
            CHECK(e.kind() == FailureKind::invalid);
            CHECK_THAT(e.what(), Catch::Contains(fragment));
        }
    };
    refused("", "empty");
    refused("\r\n\r\n", "empty");
    refused(std::string("PK\x03\x04\x14\x00\x06\x00", 8), "spreadsheet workbook");
    // Estonian text in Windows-1257 is not UTF-8 and not Russian: Kassa says it cannot tell.
    refused("Eesnimi;S\xFCnnip\xE4\x65v\r\nT\xF5nu;01.02.1990\r\n", "which character set");
    refused("Name;Phone\r\n\"Mari;5123\r\nJaan;5124\r\n", "opened on line 2 is never closed");
    refused("Name;Phone\r\nMa\"ri;5123\r\n", "Line 2 cannot be read");
    refused("Colour;Size\r\nred;M\r\n", "does not know any column of line 1");
    refused("Name;Category\r\nTea;drinks\r\n", "no SKU or barcode column", true);
    CHECK(count(shop.store, "SELECT count(*) FROM customers") == 0);
}

TEST_CASE("Excel's Unicode text (UTF-16, tabs) and a sep= line are read too", "[store][import]") {
    Shop shop;
    const std::u16string text = u"\uFEFFEesnimi\tTelefon\tNõusolek\r\nTõnu\t5123 7001\tjah\r\n";
    std::string bytes;
    for (char16_t c : text) {
        bytes += static_cast<char>(c & 0xFF);
        bytes += static_cast<char>(c >> 8);
    }
    const auto r = import_customers(shop.store, bytes, options());
    INFO(messages(r));
    CHECK(r.encoding == "UTF-16");
    CHECK(r.delimiter == '\t');
    CHECK(shop.store.customers().find_by_phone("5123 7001").customer->first_name == "Tõnu");

    const auto sep =
        import_customers(shop.store, "sep=,\r\nName,Phone,Consent\r\nMari Mets,5123 7002,yes\r\n", options());
    CHECK(sep.delimiter == ',');
    CHECK(sep.created == 1);
    CHECK(shop.store.customers().find_by_phone("5123 7002").customer->last_name == "Mets");
}

TEST_CASE("a catalog's VAT column gives products their own rate, a cell that is not a rate refuses the row",
          "[store][import][catalog][vat]") {
    Shop shop;
    VatSettings vat(shop.store);
    vat.set_category("dresses", VatRate::bp(2400), "maria", at("2026-11-24T09:00:00+02:00"));
    const auto r = import_catalog(shop.store, fixture("catalog_vat.csv"), options());
    INFO(messages(r));
    CHECK(r.created == 5);
    CHECK(r.refused == 2);
    REQUIRE(problem_lines(r) == std::vector<std::int64_t>{6, 7});
    CHECK_THAT(problem_at(r, 6), Catch::Contains("The VAT rate \"24 percent\" is not a rate"));
    for (const auto& [line, value] : {std::pair<std::int64_t, std::string>{6, "24 percent"}, {7, "124%"}}) {
        const auto& p = r.problems[static_cast<std::size_t>(line - 6)];
        REQUIRE(p.issues.size() == 1);
        CHECK(p.issues[0].kind == ImportIssue::Kind::vat_rate_unreadable);
        CHECK(p.issues[0].value == value);
    }
    CHECK_FALSE(shop.store.catalog().product_by_sku("BAD-VAT"));
    CHECK_FALSE(shop.store.catalog().product_by_sku("BAD-VAT2"));

    CHECK(vat.product_rate("BOOK-1") == VatRate::bp(900));
    CHECK(vat.product_rate("SCARF-2") == VatRate::bp(2400));
    CHECK(vat.product_rate("GIFT-25") == VatRate::exempt());
    CHECK(vat.product_rate("ZERO-1") == VatRate::bp(0));
    // An empty cell: the category's rate, and the product has none of its own.
    CHECK(vat.product_rate("DRESS-9") == VatRate::bp(2400));
    CHECK(count(shop.store, "SELECT count(*) FROM products WHERE sku = 'DRESS-9' AND vat_rate IS NULL") == 1);
    // Audited like the owner's change, by the import.
    CHECK(count(shop.store,
                "SELECT count(*) FROM audit_log WHERE action = 'vat_rate_changed' AND actor = 'import'") ==
          4);

    // The same file again changes nothing; one rate left empty goes back to the category's.
    const auto again = import_catalog(shop.store, fixture("catalog_vat.csv"), options());
    CHECK(again.unchanged == 5);
    CHECK(again.merged == 0);
    std::string next = fixture("catalog_vat.csv");
    next.replace(next.find("19,90;9%"), 8, "19,90;");
    const auto cleared = import_catalog(shop.store, next, options());
    CHECK(cleared.merged == 1);
    CHECK(count(shop.store, "SELECT count(*) FROM products WHERE sku = 'BOOK-1' AND vat_rate IS NULL") == 1);
    CHECK(count(shop.store,
                "SELECT count(*) FROM audit_log WHERE action = 'vat_rate_changed' AND actor = 'import'") ==
          5);

    // Russian and Estonian headers, "25,5" as Excel writes it in Tallinn.
    const auto ru =
        import_catalog(shop.store, "Артикул;Наименование;Цена;НДС\nRU-1;Книга;1,00;25,5\n", options());
    CHECK(ru.problems.empty());
    CHECK(vat.product_rate("RU-1") == VatRate::bp(2550));
    const auto et =
        import_catalog(shop.store, "Kood;Nimetus;Hind;Käibemaks\nET-1;Raamat;1,00;13 %\n", options());
    CHECK(et.problems.empty());
    CHECK(vat.product_rate("ET-1") == VatRate::bp(1300));
}

TEST_CASE("a row without a name is said: a customer created without one, a product that kept its own",
          "[store][import]") {
    Shop shop;
    const auto customers = import_customers(
        shop.store, "Name;Phone;Consent\n;5123 4567;yes\nMari Tamm;5123 4568;yes\n", options());
    INFO(messages(customers));
    CHECK(customers.created == 2);
    CHECK(customers.problems.empty());
    REQUIRE(customers.notes.size() == 1);
    CHECK(customers.notes[0].line == 2);
    CHECK_THAT(customers.notes[0].text, Catch::Contains("no name in the file"));
    REQUIRE(customers.notes[0].issues.size() == 1);
    CHECK(customers.notes[0].issues[0].kind == ImportIssue::Kind::name_missing);
    CHECK(customers.notes[0].issues[0].value == "+37251234567");

    const auto first =
        import_catalog(shop.store, "SKU;Name;Price\nTEA-1;Green tea;3,20\nTEA-2;;4,10\n", options());
    CHECK(first.created == 1);
    REQUIRE(first.problems.size() == 1);
    CHECK(first.problems[0].text == "The product has no name.");
    REQUIRE(first.problems[0].issues.size() == 1);
    CHECK(first.problems[0].issues[0].kind == ImportIssue::Kind::name_missing);
    CHECK(first.problems[0].issues[0].value == "TEA-2");
    // A new price list with a hole in the name column: the price is taken, the name kept, and it is said.
    const auto update = import_catalog(shop.store, "SKU;Name;Price\nTEA-1;;3,40\n", options());
    CHECK(update.merged == 1);
    CHECK(shop.store.catalog().product_by_sku("TEA-1")->name == "Green tea");
    CHECK(shop.store.catalog().product_by_sku("TEA-1")->price == Money::minor(340));
    REQUIRE(update.notes.size() == 1);
    CHECK(update.notes[0].text == "The name is empty; the product keeps its name \"Green tea\".");
    CHECK(update.notes[0].issues.at(0).kind == ImportIssue::Kind::name_missing);
}
