// The owner's reports and lists at their edges: a shop with nothing in it, a refunded sale, a name CSV must
// quote, money and missing values as written. tests/reports checks every figure of a demo shop against SQL of
// its own.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/reports.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"
#include "temp_dir.hpp"

using namespace kassa;
using namespace kassa::store;

namespace {

Instant at(const char* text) {
    return parse_timestamp(text).instant;
}

std::int64_t integer(const ReportCell& cell) {
    return std::get<std::int64_t>(cell);
}

std::string boutique() {
    std::ifstream file(std::string(KASSA_SOURCE_DIR) + "/resources/rules/boutique.json");
    return nlohmann::json::parse(file).dump();
}

CompiledRules compile(const std::string& document) {
    auto read = json::read_rules(nlohmann::json::parse(document));
    REQUIRE(read.errors.empty());
    return CompiledRules(*read.rules, sys::load_time_zone(read.rules->time_zone));
}

}  // namespace

TEST_CASE("every report and list of a shop with nothing in it: zeros, and no value for averages",
          "[store][reports]") {
    testing::TempDir dir;
    const std::string path = dir.file("empty.db");
    { Store store{path, Database::Mode::create_if_missing}; }
    Reports reports(path);
    const auto from = parse_date("2026-11-01");
    const auto to = parse_date("2026-11-30");
    for (const auto& name : report_names()) {
        const auto table = reports.report(name, from, to);
        CAPTURE(name);
        for (const auto& row : table.rows) {
            REQUIRE(row.size() == table.columns.size());
        }
    }
    CHECK(reports.report("promotions", from, to).rows.empty());
    CHECK(reports.report("weekly", from, to).rows.empty());
    CHECK(reports.report("segments", from, to).rows.empty());
    const auto pareto = reports.report("pareto", from, to);
    REQUIRE(pareto.rows.size() == 1);
    CHECK(integer(pareto.rows[0][0]) == 0);
    CHECK(std::holds_alternative<std::monostate>(pareto.rows[0][4]));  // no share of nothing
    const auto points = reports.report("points", from, to);
    CHECK(std::holds_alternative<std::monostate>(points.rows[0][2]));
    CHECK(integer(points.rows[0][10]) == 0);  // no liability
    CHECK(report_csv(pareto, 2) ==
          "customers,top_customers,top_revenue,customer_revenue,top_share_bp\r\n0,0,0.00,0.00,\r\n");
    CHECK(nlohmann::json::parse(report_json(pareto, {{"from", "2026-11-01"}}))["rows"][0]["top_share_bp"]
              .is_null());
    for (const char* list : {"birthdays", "dormant", "expiring"}) {
        CHECK(reports.list(ListRequest{list, at("2026-11-20T10:00:00+02:00"), {}, {}}).rows.empty());
    }
    // A client day needs a promotion of the current rules; an empty shop has none.
    CHECK_THROWS_AS(reports.list(ListRequest{"client-day", at("2026-11-20T10:00:00+02:00"), {}, "wednesday"}),
                    StoreError);
    CHECK_THROWS_AS(reports.report("pareto", to, from), StoreError);
    CHECK_THROWS_AS(reports.report("nosuch", from, to), StoreError);
}

TEST_CASE("a refunded sale still counts whole, the points it took back are shown on their own",
          "[store][reports]") {
    testing::TempDir dir;
    const std::string path = dir.file("shop.db");
    const std::string document = boutique();
    const CompiledRules rules = compile(document);
    Store store{path, Database::Mode::create_if_missing};
    store.shop().save_settings(ShopSettings{});
    store.rules().save_rules(document, Actor{"owner"}, "test", at("2026-11-01T09:00:00+02:00"));
    Enrolment e;
    e.first_name = "Olga, \"Olya\"";  // a comma and quotes: the list's CSV must quote them
    e.last_name = "Ivanova";
    e.phone = "5123 4567";
    e.birthday = parse_date("1988-03-02");
    e.consents = Consents{true, true, false};
    e.card_number = "2000000000015";
    const std::string olga = store.customers().enrol(e, at("2026-11-19T09:00:00+02:00"), &rules);
    Sale s;
    s.receipt_id = "R1";
    s.customer_id = olga;
    s.cashier_id = "anna";
    s.at = at("2026-11-20T10:00:00+02:00");
    s.lines = {SaleLine{"DRESS-1", "Dress", "dresses", Money::minor(7990), Quantity::pieces(1), {}, false},
               SaleLine{"BELT-1", "Belt", "accessories", Money::minor(2500), Quantity::pieces(1), {}, false}};
    s.payments = {PaymentLine{PaymentLine::Method::cash, Money::minor(20000)}};
    const auto sale = store.sales().commit_sale(s, rules);
    Sales::RefundRequest r;
    r.refund_id = "F1";
    r.receipt_id = "R1";
    r.lines = {{1, Quantity::pieces(1)}};
    r.cashier_id = "anna";
    r.reason = "too small";
    r.at = at("2026-11-21T10:00:00+02:00");
    const auto refund = store.sales().refund(r, rules);
    REQUIRE(refund.points_reversed.value() > 0);

    Reports reports(path);
    const auto day = parse_date("2026-11-20");
    const auto pareto = reports.report("pareto", day, parse_date("2026-11-21"));
    CHECK(integer(pareto.rows[0][3]) == sale.quote.totals.net.minor_units());
    const auto points = reports.report("points", day, parse_date("2026-11-21"));
    // Her welcome points were credited on the 19th, before the period: earned is the sale's points only.
    CHECK(integer(points.rows[0][0]) == sale.quote.totals.points_earned.value());
    CHECK(integer(points.rows[0][5]) == refund.points_reversed.value());

    // She allowed SMS: on the birthday list four days before, her name quoted as RFC 4180 says.
    const auto list = reports.list(ListRequest{"birthdays", at("2027-02-26T10:00:00+02:00"), {}, {}});
    REQUIRE(list.rows.size() == 1);
    const std::string csv = report_csv(list, 2);
    CHECK(csv.find("\"Olga, \"\"Olya\"\"\",Ivanova,+37251234567,,sms,1988-03-02,2027-03-02\r\n") !=
          std::string::npos);
    // 2 March is 8 days after 22 February: out of the default week, in a window of 9 days.
    CHECK(reports.list(ListRequest{"birthdays", at("2027-02-22T10:00:00+02:00"), {}, {}}).rows.empty());
    CHECK(reports.list(ListRequest{"birthdays", at("2027-02-22T10:00:00+02:00"), 9, {}}).rows.size() == 1);
    // Once she withdraws it she is on no list.
    store.customers().record_consent(CustomerId{olga}, ConsentKind::sms, false, "till",
                                     at("2026-12-01T10:00:00+02:00"));
    CHECK(reports.list(ListRequest{"birthdays", at("2027-02-26T10:00:00+02:00"), {}, {}}).rows.empty());
}

TEST_CASE("a list's consent cell reads back as the channels it names, anything else as none",
          "[store][reports][lists]") {
    CHECK(consent_channels(ReportCell{std::string("sms")}) == std::vector{ConsentKind::sms});
    CHECK(consent_channels(ReportCell{std::string("email")}) == std::vector{ConsentKind::email});
    CHECK(consent_channels(ReportCell{std::string("sms+email")}) ==
          std::vector{ConsentKind::sms, ConsentKind::email});
    for (const ReportCell& other :
         {ReportCell{std::string("")}, ReportCell{std::string("fax")}, ReportCell{std::string("sms+")},
          ReportCell{std::string("SMS")}, ReportCell{std::int64_t{1}}, ReportCell{}}) {
        CHECK(consent_channels(other).empty());
    }
}

TEST_CASE("an empty client-day list names its promotion, the day and how far ahead, with no sentence",
          "[store][reports]") {
    testing::TempDir dir;
    const std::string path = dir.file("shop.db");
    {
        Store store{path, Database::Mode::create_if_missing};
        store.rules().save_rules(boutique(), Actor{"maria"}, "first rules", at("2026-01-01T10:00:00Z"));
    }
    Reports reports(path);
    // The client Wednesday is announced two days ahead: on a Monday. On a Wednesday nobody is invited, and
    // the note says which day the list was for; on the Monday the note is empty.
    const ReportTable wednesday =
        reports.list(ListRequest{"client-day", at("2026-11-25T10:00:00+02:00"), {}, "wednesday"});
    CHECK(wednesday.rows.empty());
    CHECK(wednesday.note.kind == ReportNote::Kind::not_announcement_day);
    CHECK(wednesday.note.program == "wednesday");
    CHECK(wednesday.note.day == parse_date("2026-11-27"));
    CHECK(wednesday.note.days_before == 2);
    const ReportTable monday =
        reports.list(ListRequest{"client-day", at("2026-11-23T10:00:00+02:00"), {}, "wednesday"});
    CHECK(monday.note.empty());
}
