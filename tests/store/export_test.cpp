// The nightly export on real shop files: what each file of a day holds, that a day is cut at local midnight,
// that the till keeps committing while a large day is written, that a day appears whole or not at all, the
// catch-up of missed days, and the night's steps with a failing one. tests/export reads the same files with
// Python's csv module against SQL of its own.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sodium.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/export.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"
#include "temp_dir.hpp"

using namespace kassa;
using namespace kassa::store;
namespace fs = std::filesystem;

namespace {

Instant at(const char* text) {
    return parse_timestamp(text).instant;
}

// The boutique's rules plus a next-visit coupon, so that days have coupons issued and used.
std::string rules_document() {
    std::ifstream file(std::string(KASSA_SOURCE_DIR) + "/resources/rules/boutique.json");
    auto doc = nlohmann::json::parse(file);
    doc["programs"].push_back({{"id", "next5"},
                               {"type", "next_order_coupon"},
                               {"name", "5.00 off next time"},
                               {"threshold", 5000},
                               {"valid_days", 30},
                               {"effect", {{"type", "amount_off"}, {"amount", 500}}}});
    return doc.dump();
}

CompiledRules compile(const std::string& document) {
    auto read = json::read_rules(nlohmann::json::parse(document));
    REQUIRE(read.errors.empty());
    return CompiledRules(*read.rules, sys::load_time_zone(read.rules->time_zone));
}

std::string slurp(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::stringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

// An RFC 4180 reader written for the test, independent of the exporter's writer: quoted fields with doubled
// quotes and embedded line breaks, CRLF rows, an optional BOM.
std::vector<std::vector<std::string>> read_csv(const std::string& raw, char delimiter = ',') {
    std::string text = raw.rfind("\xEF\xBB\xBF", 0) == 0 ? raw.substr(3) : raw;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == delimiter) {
            row.push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(field);
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    REQUIRE(field.empty());
    REQUIRE(row.empty());  // the last row ends with CRLF too
    return rows;
}

// Rows as maps from the header's names.
std::vector<std::map<std::string, std::string>> table(const fs::path& path, char delimiter = ',') {
    const auto rows = read_csv(slurp(path), delimiter);
    REQUIRE_FALSE(rows.empty());
    std::vector<std::map<std::string, std::string>> out;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        REQUIRE(rows[r].size() == rows[0].size());
        std::map<std::string, std::string> m;
        for (std::size_t c = 0; c < rows[0].size(); ++c) {
            m[rows[0][c]] = rows[r][c];
        }
        out.push_back(std::move(m));
    }
    return out;
}

std::string sha256(const std::string& bytes) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    std::string hex;
    for (const unsigned char b : digest) {
        static constexpr char kDigits[] = "0123456789abcdef";
        hex += kDigits[b >> 4];
        hex += kDigits[b & 15];
    }
    return hex;
}

// A shop in Tallinn with two customers and sales on 2026-11-20 and 2026-11-21.
struct Shop {
    testing::TempDir dir;
    std::string path = dir.file("shop.db");
    std::string document = rules_document();
    CompiledRules rules = compile(document);
    Store store{path, Database::Mode::create_if_missing};
    std::string olga;
    std::string anon;
    std::string withdrawn;
    std::vector<std::string> day20;  // receipt ids of 2026-11-20

    Shop() {
        store.shop().save_settings(ShopSettings{});
        store.rules().save_rules(document, Actor{"owner"}, "test", at("2026-11-01T09:00:00+02:00"));
        Enrolment e;
        e.first_name = "Olga, \"Olya\"";  // a comma and quotes: the CSV must quote them
        e.last_name = "Ivanova";
        e.phone = "5123 4567";
        e.email = "olga@example.ee";
        e.birthday = parse_date("1988-03-02");
        e.consents = Consents{true, true, false};
        e.card_number = "2000000000015";
        olga = store.customers().enrol(e, at("2026-11-20T09:00:00+02:00"), &rules);
        Enrolment a;
        a.card_number = "2000000000022";  // an anonymous card: no consent, no personal details
        anon = store.customers().enrol(a, at("2026-11-19T09:00:00+02:00"), &rules);
        Enrolment w;
        w.first_name = "Piret";
        w.last_name = "Tamm";
        w.phone = "5234 5678";
        w.consents = Consents{true, false, false};
        withdrawn = store.customers().enrol(w, at("2026-11-10T09:00:00+02:00"), &rules);
        // She withdrew it on the 20th: her name stays in the file for the owner, never in the export.
        store.customers().record_consent(CustomerId{withdrawn}, ConsentKind::personal_data, false, "till",
                                         at("2026-11-20T12:00:00+02:00"));

        day20.push_back(sell(olga, "2026-11-20T10:00:00+02:00",
                             {line("DRESS-1", "=HYPERLINK(\"x\")", 7990, 1000)}, {},
                             {{PaymentLine::Method::card, 5000}, {PaymentLine::Method::cash, 5000}}));
        day20.push_back(sell(anon, "2026-11-20T11:00:00+02:00",
                             {line("SCARF-1", "Scarf", 1990, 1000), line("BELT-1", "Belt", 2500, 2000)}, {},
                             {{PaymentLine::Method::cash, 10000}}));
        day20.push_back(sell("", "2026-11-20T23:59:59+02:00", {line("SOCKS-1", "Socks", 590, 3000)}, {},
                             {{PaymentLine::Method::cash, 2000}}));
        // The 21st: Olga uses the coupon her 20th purchase earned, and returns part of the anonymous sale.
        std::string code;
        SQLite::Statement q(store.database().sql(), "SELECT code FROM coupons WHERE issued_receipt = ?");
        q.bind(1, day20.front());
        REQUIRE(q.executeStep());
        code = q.getColumn(0).getString();
        sell(olga, "2026-11-21T00:00:00+02:00", {line("COAT-1", "Coat", 19990, 1000)}, {code},
             {{PaymentLine::Method::card, 19490}});
        Sales::RefundRequest r;
        r.refund_id = new_id();
        r.receipt_id = day20[1];
        r.lines = {{2, Quantity::pieces(1)}};
        r.cashier_id = "anna";
        r.reason = "too small";
        r.at = at("2026-11-21T10:00:00+02:00");
        store.sales().refund(r, rules);
    }

    static SaleLine line(const char* sku, const char* name, std::int64_t price, std::int64_t qty) {
        return SaleLine{sku, name, "dresses", Money::minor(price), Quantity::thousandths(qty), {}, false};
    }

    std::string sell(const std::string& customer, const char* when, std::vector<SaleLine> lines,
                     std::vector<std::string> coupons,
                     std::vector<std::pair<PaymentLine::Method, std::int64_t>> pay) {
        Sale s;
        s.receipt_id = new_id();
        s.customer_id = customer;
        s.cashier_id = "anna";
        s.at = at(when);
        s.lines = std::move(lines);
        s.coupon_codes = std::move(coupons);
        for (const auto& [method, amount] : pay) {
            s.payments.push_back(PaymentLine{method, Money::minor(amount)});
        }
        store.sales().commit_sale(s, rules);
        return s.receipt_id;
    }

    std::int64_t count(const std::string& sql) { return store.database().sql().execAndGet(sql).getInt64(); }
};

}  // namespace

TEST_CASE("a business day's files hold that local day, agree with each other and with the manifest",
          "[store][export]") {
    Shop shop;
    Exporter exporter(shop.path);
    const auto done = exporter.export_day(parse_date("2026-11-20"), shop.dir.file("out"), false);
    const fs::path day = shop.dir.path() / "out" / "2026-11-20";
    CHECK(done.folder == day.string());

    // The manifest names every file with its data rows and the SHA-256 of its bytes.
    const auto manifest = table(day / "manifest.csv");
    REQUIRE(manifest.size() == 11);
    CHECK(manifest.size() == done.files.size());
    for (const auto& m : manifest) {
        const std::string bytes = slurp(day / m.at("file"));
        CHECK(m.at("sha256") == sha256(bytes));
        CHECK(std::to_string(table(day / m.at("file")).size()) == m.at("rows"));
    }
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(day)) {
        names.insert(entry.path().filename().string());
    }
    CHECK(names == std::set<std::string>{"receipts.csv", "receipt_lines.csv", "line_discounts.csv",
                                         "payments.csv", "points_ledger.csv", "refunds.csv",
                                         "refund_lines.csv", "customers.csv", "coupons.csv", "vat.csv",
                                         "shifts.csv", "manifest.csv"});

    // 23:59:59 local belongs to the 20th (21:59:59 UTC), midnight to the 21st.
    const auto receipts = table(day / "receipts.csv");
    REQUIRE(receipts.size() == 3);
    CHECK(receipts[2].at("created_at") == "2026-11-20T23:59:59+02:00");
    CHECK(receipts[2].at("payable_minor") == "1770");
    CHECK(receipts[2].at("payable") == "17.70");
    CHECK(receipts[0].at("receipt_id") == shop.day20[0]);

    // The formula-looking product name is kept as it is outside Excel mode; the comma-and-quote name is
    // quoted.
    const auto lines = table(day / "receipt_lines.csv");
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].at("name") == "=HYPERLINK(\"x\")");
    CHECK(lines[2].at("qty_thousandths") == "2000");
    CHECK(lines[2].at("qty") == "2.000");
    std::int64_t discount_sum = 0;
    for (const auto& l : lines) {
        discount_sum += std::stoll(l.at("discount_minor"));
    }
    std::int64_t per_program = 0;
    for (const auto& d : table(day / "line_discounts.csv")) {
        per_program += std::stoll(d.at("amount_minor"));
    }
    CHECK(per_program == discount_sum);

    const auto payments = table(day / "payments.csv");
    REQUIRE(payments.size() == 4);
    CHECK(payments[0].at("method") == "card");
    CHECK(payments[1].at("amount") == "50.00");

    // Olga's welcome lot was written at 09:00 on the 20th, her purchase's points later; the 23:59:59 sale is
    // anonymous and earns none. The anonymous card's welcome points were on the 19th.
    const auto ledger = table(day / "points_ledger.csv");
    const auto ledger_in_db = shop.count(
        "SELECT count(*) FROM ledger WHERE created_at >= '2026-11-19T22:00:00+00:00' AND "
        "created_at < '2026-11-20T22:00:00+00:00'");
    CHECK(static_cast<std::int64_t>(ledger.size()) == ledger_in_db);
    CHECK(ledger_in_db >= 3);  // Olga's welcome and purchase points, the anonymous card's purchase points

    // Olga was enrolled, the anonymous card bought, Piret withdrew her consent: three customers changed.
    auto customers = table(day / "customers.csv");
    REQUIRE(customers.size() == 3);
    std::map<std::string, std::map<std::string, std::string>> by_id;
    for (auto& c : customers) {
        by_id[c.at("customer_id")] = c;
    }
    const auto& olga = by_id.at(shop.olga);
    CHECK(olga.at("first_name") == "Olga, \"Olya\"");
    CHECK(olga.at("phone") == "+37251234567");
    CHECK(olga.at("birthday") == "1988-03-02");
    CHECK(olga.at("changes") == "created consent card purchase points");
    const auto& piret = by_id.at(shop.withdrawn);
    CHECK(piret.at("personal_consent") == "0");
    CHECK(piret.at("changes") == "consent");
    for (const char* field : {"first_name", "last_name", "phone", "email", "birthday"}) {
        CHECK(piret.at(field).empty());
    }
    CHECK(shop.count("SELECT count(*) FROM customers WHERE first_name = 'Piret'") == 1);  // still in the file
    CHECK(by_id.at(shop.anon).at("changes") == "purchase points");
    // The balance at the end of that day, whatever happened after.
    CHECK(olga.at("points_balance") ==
          std::to_string(shop.count("SELECT sum(points) FROM ledger WHERE customer_id = '" + shop.olga +
                                    "' AND created_at < '2026-11-20T22:00:00+00:00'")));

    // Both sales over 50.00 with a card earned a next-visit coupon; the cardless one could not.
    const auto coupons = table(day / "coupons.csv");
    REQUIRE(coupons.size() == 2);
    CHECK(coupons[0].at("event") == "issued");
    CHECK(coupons[0].at("program") == "next5");
    CHECK(coupons[0].at("receipt_id") == shop.day20[0]);
    CHECK(coupons[0].at("customer_id") == shop.olga);
    CHECK(coupons[1].at("receipt_id") == shop.day20[1]);
    CHECK(table(day / "refunds.csv").empty());
}

TEST_CASE("the next day has the coupon used and the refund with its lines", "[store][export]") {
    Shop shop;
    Exporter exporter(shop.path);
    exporter.export_day(parse_date("2026-11-21"), shop.dir.file("out"), false);
    const fs::path day = shop.dir.path() / "out" / "2026-11-21";
    // Olga's coat used the 20th's coupon and, over 50.00 itself, earned the next one: issued rows first.
    const auto coupons = table(day / "coupons.csv");
    REQUIRE(coupons.size() == 2);
    CHECK(coupons[0].at("event") == "issued");
    CHECK(coupons[1].at("event") == "used");
    CHECK(coupons[1].at("receipt_id") == coupons[0].at("receipt_id"));
    CHECK(coupons[1].at("code") != coupons[0].at("code"));
    CHECK(coupons[1].at("valid_from") == "2026-11-20");
    const auto refunds = table(day / "refunds.csv");
    REQUIRE(refunds.size() == 1);
    CHECK(refunds[0].at("receipt_id") == shop.day20[1]);
    CHECK(refunds[0].at("receipt_business_day") == "2026-11-20");
    CHECK(refunds[0].at("money_back_minor") == std::to_string(shop.count("SELECT money_back FROM refunds")));
    CHECK(refunds[0].at("reason") == "too small");
    const auto refund_lines = table(day / "refund_lines.csv");
    REQUIRE(refund_lines.size() == 1);
    CHECK(refund_lines[0].at("sku") == "BELT-1");
    CHECK(refund_lines[0].at("qty") == "1.000");
    // The refunded receipt's customer changed that day too.
    bool anon_refund = false;
    for (const auto& c : table(day / "customers.csv")) {
        anon_refund = anon_refund || (c.at("customer_id") == shop.anon &&
                                      c.at("changes").find("refund") != std::string::npos);
    }
    CHECK(anon_refund);
}

TEST_CASE("Excel mode: BOM, semicolons, decimal commas and no formulas from typed text", "[store][export]") {
    Shop shop;
    Exporter exporter(shop.path);
    exporter.export_day(parse_date("2026-11-20"), shop.dir.file("out"), true);
    const fs::path day = shop.dir.path() / "out" / "2026-11-20";
    const std::string bytes = slurp(day / "receipts.csv");
    CHECK(bytes.rfind("\xEF\xBB\xBF"
                      "receipt_id;number;",
                      0) == 0);
    const auto receipts = table(day / "receipts.csv", ';');
    CHECK(receipts[2].at("payable") == "17,70");
    CHECK(receipts[2].at("payable_minor") == "1770");
    const auto lines = table(day / "receipt_lines.csv", ';');
    CHECK(lines[0].at("name") == "'=HYPERLINK(\"x\")");
    CHECK(lines[2].at("qty") == "2,000");
    // The manifest is for Excel too, and its hashes are of the bytes written, BOM included.
    for (const auto& m : table(day / "manifest.csv", ';')) {
        CHECK(m.at("sha256") == sha256(slurp(day / m.at("file"))));
    }
}

TEST_CASE("the till commits while a large day is exported, and the day's files keep one snapshot",
          "[store][export]") {
    Shop shop;
    shop.store.set_full_durability(false);  // thousands of demo commits; durability is not under test here
    const std::int64_t extra = 1500;
    for (std::int64_t i = 0; i < extra; ++i) {
        const Instant t{at("2026-11-20T12:00:00+02:00").unix_seconds + i};
        Sale s;
        s.receipt_id = new_id();
        s.cashier_id = "anna";
        s.at = t;
        s.lines = {Shop::line("SOCKS-1", "Socks", 590, 1000), Shop::line("SCARF-1", "Scarf", 1990, 1000)};
        s.payments = {PaymentLine{PaymentLine::Method::cash, Money::minor(3000)}};
        shop.store.sales().commit_sale(s, shop.rules);
    }
    const std::int64_t before = shop.count("SELECT count(*) FROM receipts WHERE business_day = '2026-11-20'");

    // A second connection, as the till's: it commits sales of the same day between the export's files. If the
    // export blocked writers, commit_sale would wait out the busy timeout and throw StoreError(busy).
    Store till(shop.path, Database::Mode::open_existing);
    int committed = 0;
    Exporter exporter(shop.path);
    exporter.on_file_written([&](const std::string&) {
        Sale s;
        s.receipt_id = new_id();
        s.cashier_id = "anna";
        s.at = at("2026-11-20T18:00:00+02:00");
        s.lines = {Shop::line("SOCKS-1", "Socks", 590, 1000)};
        s.payments = {PaymentLine{PaymentLine::Method::cash, Money::minor(590)}};
        till.sales().commit_sale(s, shop.rules);
        ++committed;
    });
    const auto done = exporter.export_day(parse_date("2026-11-20"), shop.dir.file("out"), false);
    CHECK(committed == 11);
    CHECK(shop.count("SELECT count(*) FROM receipts WHERE business_day = '2026-11-20'") ==
          before + committed);

    // The files saw the day as it was when the export began: no receipt, line or payment of the later sales.
    const fs::path day = shop.dir.path() / "out" / "2026-11-20";
    CHECK(static_cast<std::int64_t>(table(day / "receipts.csv").size()) == before);
    CHECK(static_cast<std::int64_t>(table(day / "payments.csv").size()) == before + 1);  // Olga paid twice
    CHECK(static_cast<std::int64_t>(table(day / "receipt_lines.csv").size()) == 2 * extra + 4);
    CHECK(done.files.front().rows == before);
}

TEST_CASE("a day appears whole or not at all, and replacing it swaps the whole folder", "[store][export]") {
    Shop shop;
    const fs::path out = shop.dir.path() / "out";
    const fs::path day = out / "2026-11-20";
    {
        Exporter first(shop.path);
        first.export_day(parse_date("2026-11-20"), out.string(), false);
    }
    const std::string receipts_before = slurp(day / "receipts.csv");
    const std::string manifest_before = slurp(day / "manifest.csv");

    SECTION("the same day again gives the same bytes") {
        Exporter again(shop.path);
        again.export_day(parse_date("2026-11-20"), out.string(), false);
        CHECK(slurp(day / "receipts.csv") == receipts_before);
        CHECK(slurp(day / "manifest.csv") == manifest_before);
    }
    SECTION("an export that fails half-way leaves the complete day as it was and nothing half-written") {
        Exporter failing(shop.path);
        failing.on_file_written([](const std::string& file) {
            if (file == "payments.csv") {
                throw StoreError(FailureKind::disk_full, "simulated: the disk filled up");
            }
        });
        // A sale after the first export: a finished second export would differ from the first.
        shop.sell(shop.olga, "2026-11-20T20:00:00+02:00", {Shop::line("SOCKS-1", "Socks", 590, 1000)}, {},
                  {{PaymentLine::Method::cash, 590}});
        CHECK_THROWS_WITH(failing.export_day(parse_date("2026-11-20"), out.string(), false),
                          Catch::Contains("simulated"));
        CHECK(slurp(day / "receipts.csv") == receipts_before);
        CHECK(slurp(day / "manifest.csv") == manifest_before);
        // The half-written folder is hidden, and the next export clears it.
        Exporter next(shop.path);
        next.export_day(parse_date("2026-11-20"), out.string(), false);
        CHECK(slurp(day / "receipts.csv") != receipts_before);
        for (const auto& entry : fs::directory_iterator(out)) {
            const std::string name = entry.path().filename().string();
            CHECK((name == "2026-11-20" || name == ".kassa-export.lock"));
        }
    }
    SECTION("a first export that fails leaves no folder for the day") {
        Exporter failing(shop.path);
        failing.on_file_written([](const std::string& file) {
            if (file == "receipts.csv") {
                throw StoreError(FailureKind::disk_full, "simulated");
            }
        });
        CHECK_THROWS(failing.export_day(parse_date("2026-11-21"), out.string(), false));
        CHECK_FALSE(fs::exists(out / "2026-11-21"));
    }
}

TEST_CASE("an export folder that cannot be written is refused with a sentence", "[store][export]") {
    Shop shop;
    std::ofstream(shop.dir.file("a-file")) << "not a folder";
    Exporter exporter(shop.path);
    // Root ignores permission bits, so a path through a plain file is the unwritable folder here.
    for (const std::string& out : {shop.dir.file("a-file"), shop.dir.file("a-file") + "/out"}) {
        try {
            exporter.export_day(parse_date("2026-11-20"), out, false);
            FAIL("exported into " << out);
        } catch (const StoreError& e) {
            CHECK_THAT(e.what(), Catch::Contains(shop.dir.file("a-file")));
            CHECK_THAT(e.what(), Catch::Contains("folder"));
        }
    }
}

TEST_CASE("catch-up: yesterday on a first run, every missed day later, never backwards", "[store][export]") {
    Shop shop;
    const std::string out = shop.dir.file("out");
    Exporter exporter(shop.path);
    CHECK_FALSE(exporter.last_exported_day());
    // 01:30 on the 22nd in Tallinn is still the 21st in UTC: "yesterday" is the shop's.
    const Instant night = at("2026-11-21T23:30:00Z");
    CHECK(exporter.local_date(night) == parse_date("2026-11-22"));
    auto run = exporter.catch_up(night, std::nullopt, out, false);
    REQUIRE_FALSE(run.failure);
    REQUIRE(run.days.size() == 1);
    CHECK(run.days[0].day == parse_date("2026-11-21"));
    CHECK(exporter.last_exported_day() == parse_date("2026-11-21"));

    // The same night again: nothing left to do.
    CHECK(exporter.catch_up(night, std::nullopt, out, false).days.empty());

    // The machine was off for three nights.
    run = exporter.catch_up(at("2026-11-25T03:00:00+02:00"), std::nullopt, out, false);
    REQUIRE(run.days.size() == 3);
    CHECK(run.days[0].day == parse_date("2026-11-22"));
    CHECK(run.days[2].day == parse_date("2026-11-24"));
    CHECK(exporter.last_exported_day() == parse_date("2026-11-24"));

    // --since re-exports older days but does not move the remembered day back.
    run = exporter.catch_up(at("2026-11-25T03:00:00+02:00"), parse_date("2026-11-19"), out, false);
    CHECK(run.days.size() == 6);
    CHECK(exporter.last_exported_day() == parse_date("2026-11-24"));
    CHECK(fs::exists(fs::path(out) / "2026-11-19" / "manifest.csv"));
}

TEST_CASE("a catch-up that fails on a day keeps the days before it and resumes from there",
          "[store][export]") {
    Shop shop;
    const std::string out = shop.dir.file("out");
    Exporter exporter(shop.path);
    exporter.catch_up(at("2026-11-20T03:00:00+02:00"), std::nullopt, out, false);  // remembers the 19th
    // The 21st, the second day of the next catch-up, fails half-way (its 11 data files start at the 12th).
    bool fail_21st = true;
    int files = 0;
    Exporter failing(shop.path);
    failing.on_file_written([&](const std::string&) {
        if (fail_21st && ++files > 11) {
            throw StoreError(FailureKind::disk_full, "simulated");
        }
    });
    auto run = failing.catch_up(at("2026-11-23T03:00:00+02:00"), std::nullopt, out, false);
    REQUIRE(run.failure);
    CHECK_THAT(*run.failure, Catch::StartsWith("2026-11-21: "));
    REQUIRE(run.days.size() == 1);
    CHECK(failing.last_exported_day() == parse_date("2026-11-20"));
    CHECK_FALSE(fs::exists(fs::path(out) / "2026-11-21"));
    fail_21st = false;
    run = failing.catch_up(at("2026-11-23T03:00:00+02:00"), std::nullopt, out, false);
    REQUIRE_FALSE(run.failure);
    REQUIRE(run.days.size() == 2);
    CHECK(run.days[0].day == parse_date("2026-11-21"));
    CHECK(failing.last_exported_day() == parse_date("2026-11-22"));
}

TEST_CASE("the night runs every step, reports each, and a failing backup does not stop the export",
          "[store][export][nightly]") {
    Shop shop;
    NightlyOptions options;
    options.db_path = shop.path;
    options.out_dir = shop.dir.file("out");
    options.backups_dir = shop.dir.file("backups");
    options.keep = 2;
    ManualClock clock(at("2026-11-22T03:00:00+02:00"));
    std::vector<std::string> heard;
    const auto report = [&](const NightlyStep& s) { heard.push_back(s.name + (s.ok ? ": ok" : ": FAILED")); };

    SECTION("all steps succeed and old backups are rotated") {
        fs::create_directories(options.backups_dir);
        for (const char* old : {"shop-2026-11-19.kassa", "shop-2026-11-20.kassa", "shop-2026-11-21.kassa"}) {
            std::ofstream(fs::path(options.backups_dir) / old) << "old";
        }
        std::ofstream(fs::path(options.backups_dir) / "notes.txt") << "the owner's";  // never rotated
        const auto steps = run_nightly(options, clock, report);
        CHECK(heard == std::vector<std::string>{"expiry: ok", "segments: ok", "cooccurrence: ok",
                                                "export: ok", "backup: ok"});
        CHECK(steps[3].detail == "1 day (2026-11-21) into " + options.out_dir);
        CHECK(fs::exists(fs::path(options.out_dir) / "2026-11-21" / "manifest.csv"));
        std::set<std::string> left;
        for (const auto& entry : fs::directory_iterator(options.backups_dir)) {
            left.insert(entry.path().filename().string());
        }
        CHECK(left == std::set<std::string>{"notes.txt", "shop-2026-11-21.kassa", "shop-2026-11-22.kassa"});
        CHECK(steps[4].detail.find("2 kept, 2 removed") != std::string::npos);
        Store backup((fs::path(options.backups_dir) / "shop-2026-11-22.kassa").string(),
                     Database::Mode::open_existing);
        CHECK(backup.maintenance().check().empty());
    }
    SECTION("a backup folder that cannot be written fails that step only") {
        std::ofstream(options.backups_dir) << "a file where the folder should be";
        const auto steps = run_nightly(options, clock, report);
        CHECK(heard == std::vector<std::string>{"expiry: ok", "segments: ok", "cooccurrence: ok",
                                                "export: ok", "backup: FAILED"});
        CHECK_THAT(steps[4].detail, Catch::Contains(options.backups_dir));
        CHECK(fs::exists(fs::path(options.out_dir) / "2026-11-21" / "manifest.csv"));
    }
    SECTION("a missing database fails every step, each with the sentence") {
        options.db_path = shop.dir.file("missing.db");
        const auto steps = run_nightly(options, clock, report);
        CHECK(heard == std::vector<std::string>{"expiry: FAILED", "segments: FAILED", "cooccurrence: FAILED",
                                                "export: FAILED", "backup: FAILED"});
        for (const auto& s : steps) {
            CHECK_THAT(s.detail, Catch::Contains("There is no shop database"));
        }
    }
}
