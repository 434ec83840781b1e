// The owner's figures over the whole company from the central database (docs/reports.md, "company"), on a
// real PostgreSQL: two shops of one company and a shop of another, each till with its own login. The figures
// by shop are the ones each till's own file and own reports give for what it wrote (the same definitions),
// the total is their sum, another company's till sees none of it, and kassactl says so in text and JSON, with
// a sentence when the office cannot be reached.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "central_support.hpp"
#include "kassa/central/company_report.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/reports.hpp"
#include "kassa/store/vat_settings.hpp"
#include "kassa/sys/zoneinfo.hpp"

using namespace kassa;
using kassa::testing::at;
using kassa::testing::BoutiqueShop;
using kassa::testing::PostgresServer;
using kassa::testing::TillFile;

namespace {

const auto kDay1 = parse_date("2026-11-24");
const auto kDay2 = parse_date("2026-11-25");

store::SaleResult sell(store::Store& store, const CompiledRules& rules, const std::string& customer,
                       const std::string& card, const std::string& cashier, Instant when,
                       std::vector<store::SaleLine> lines) {
    store::Sale sale;
    sale.receipt_id = store::new_id();
    sale.customer_id = customer;
    sale.card_number = card;
    sale.cashier_id = cashier;
    sale.at = when;
    sale.lines = std::move(lines);
    sale.payments = {store::PaymentLine{store::PaymentLine::Method::cash, Money::minor(100000)}};
    return store.sales().commit_sale(sale, rules);
}

store::SaleLine dress() {
    return {"DRESS-0412", "Linen dress", "dresses", Money::minor(7990), Quantity::pieces(1), {}, false};
}
store::SaleLine scarves(int n) {
    return {"SCARF-01", "Silk scarf", "accessories", Money::minor(1990), Quantity::pieces(n), {}, false};
}

// What a till's own file says of the receipts it wrote over the business days (the receipts' own columns
// and their lines' VAT, as the shift report and the accountant's export read them).
central::OfficeFigures receipts_in_file(store::Store& store, std::chrono::year_month_day from,
                                        std::chrono::year_month_day to) {
    SQLite::Statement q(store.database().sql(), R"sql(
SELECT count(*), coalesce(sum(gross), 0), coalesce(sum(discount), 0), coalesce(sum(net), 0),
       coalesce((SELECT sum(l.vat) FROM receipt_lines l JOIN receipts r ON r.id = l.receipt_id
                 WHERE r.business_day BETWEEN ?1 AND ?2), 0)
FROM receipts WHERE business_day BETWEEN ?1 AND ?2
)sql");
    q.bind(1, format_date(from));
    q.bind(2, format_date(to));
    REQUIRE(q.executeStep());
    central::OfficeFigures f;
    f.receipts = q.getColumn(0).getInt64();
    f.gross = Money::minor(q.getColumn(1).getInt64());
    f.discount = Money::minor(q.getColumn(2).getInt64());
    f.net = Money::minor(q.getColumn(3).getInt64());
    f.vat = Money::minor(q.getColumn(4).getInt64());
    return f;
}

// A cell of the till's own report by column name.
std::int64_t cell(const store::ReportTable& table, std::size_t row, const std::string& column) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].name == column) {
            return std::get<std::int64_t>(table.rows.at(row).at(c));
        }
    }
    FAIL("no column " << column);
    return 0;
}

// The till's own `points` report's earned and spent, and its `returns` report's total.
void add_own_reports(central::OfficeFigures& f, const std::string& path, std::chrono::year_month_day from,
                     std::chrono::year_month_day to) {
    store::Reports reports(path);
    const auto points = reports.report("points", from, to);
    f.points_earned = Points::of(cell(points, 0, "earned"));
    f.points_redeemed = Points::of(cell(points, 0, "spent"));
    const auto returns = reports.report("returns", from, to);
    f.refunds = cell(returns, 2, "returns");
    f.refunded = Money::minor(cell(returns, 2, "money_back"));
}

const central::ShopFigures& shop(const central::CompanyReport& report, const std::string& name) {
    for (const auto& s : report.shops) {
        if (s.shop_name == name) {
            return s;
        }
    }
    FAIL("no shop " << name);
    return report.shops.front();
}

template <typename F>
central::CentralProblem problem_of(F&& f) {
    try {
        f();
    } catch (const central::CentralError& e) {
        return e.problem();
    }
    FAIL("no CentralError");
    return central::CentralProblem::server_refused;
}

// Liis OÜ with the shops Tallinn (till 1, where Olga was enrolled) and Tartu (till 2), and Other AS with the
// shop Riga (till 3). Olga's first receipt is at Tallinn on day 1, returned on day 2; on day 2 she buys at
// Tartu too (so she is not new there) and Kati is enrolled and buys at Tartu; an anonymous sale at Tartu on
// day 1; a sale at Riga. Every till synced after its sales, till 2 last (so its file holds the company's
// whole ledger), till 1 before till 2 sold (so its file holds only its own).
struct TwoCompanies {
    PostgresServer server;
    BoutiqueShop till1;
    TillFile till2{till1.dir.file("till2.kassa")};
    TillFile till3{till1.dir.file("till3.kassa")};
    std::shared_ptr<const TimeZone> zone = sys::load_time_zone("Europe/Tallinn");
    std::string kati;

    TwoCompanies() {
        const auto address = testing::central_address(server);
        central::Central admin(address);
        REQUIRE(admin.init() == central::Central::current_schema_version());
        admin.add_company("Liis OÜ");
        admin.add_shop("Liis OÜ", "Tallinn");
        admin.add_shop("Liis OÜ", "Tartu");
        admin.add_company("Other AS");
        admin.add_shop("Other AS", "Riga");
        const Instant joined = at("2026-11-20T09:00:00+02:00");
        // VAT on the dresses and scarves at every till (docs/vat.md), so the receipts carry it.
        for (store::Store* s : {&till1.store, till2.store.get(), till3.store.get()}) {
            store::VatSettings rates(*s);
            rates.set_category("dresses", VatRate::bp(2400), "maria", joined);
            rates.set_category("accessories", VatRate::bp(2400), "maria", joined);
        }
        central::join(till1.store, address, "Tallinn", "till 1", joined);
        central::join(*till2.store, address, "Tartu", "till 2", joined);
        central::join(*till3.store, address, "Riga", "till 1", joined);

        const auto olga_dress = sell(till1.store, till1.rules, till1.olga, testing::kOlgaCard, till1.anna,
                                     at("2026-11-24T12:00:00+02:00"), {dress(), scarves(2)});
        store::Sales::RefundRequest refund;
        refund.refund_id = store::new_id();
        refund.receipt_id = olga_dress.receipt_id;
        refund.lines = {{1, Quantity::pieces(1)}};
        refund.cashier_id = till1.anna;
        refund.reason = "too small";
        refund.at = at("2026-11-25T10:00:00+02:00");
        till1.store.sales().refund(refund, till1.rules);
        central::sync(till1.store, at("2026-11-25T10:05:00+02:00"));

        central::sync(*till2.store, at("2026-11-25T11:00:00+02:00"));
        sell(*till2.store, till1.rules, "", "", till2.cashier, at("2026-11-24T18:00:00+02:00"), {scarves(1)});
        sell(*till2.store, till1.rules, till1.olga, testing::kOlgaCard, till2.cashier,
             at("2026-11-25T12:00:00+02:00"), {scarves(3)});
        store::Enrolment e;
        e.first_name = "Kati";
        e.last_name = "Tamm";
        e.phone = "5555 1234";
        e.consents = store::Consents{true, false, false};
        kati = till2.store->customers().enrol(e, at("2026-11-25T13:00:00+02:00"), &till1.rules);
        sell(*till2.store, till1.rules, kati, "", till2.cashier, at("2026-11-25T13:05:00+02:00"), {dress()});
        central::sync(*till2.store, at("2026-11-25T13:10:00+02:00"));

        sell(*till3.store, till1.rules, "", "", till3.cashier, at("2026-11-25T14:00:00+02:00"), {dress()});
        central::sync(*till3.store, at("2026-11-25T14:05:00+02:00"));
    }

    // A till's own login, as its membership keeps it.
    central::Central as_till(store::Store& store) const {
        const auto m = store::SyncLog(store).membership();
        REQUIRE(m);
        return central::Central(central::Address{m->central_url, m->password_file});
    }
};

struct Run {
    int status = 0;
    std::string out;  // stdout
    std::string err;  // stderr
};

Run kassactl(const std::string& dir, const std::string& arguments) {
    const std::string err_file = dir + "/kassactl.err";
    Run run;
    FILE* pipe = ::popen((std::string(KASSACTL) + " " + arguments + " 2>'" + err_file + "'").c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) {
        run.out.append(buffer, n);
    }
    const int status = ::pclose(pipe);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream err(err_file);
    run.err.assign(std::istreambuf_iterator<char>(err), std::istreambuf_iterator<char>());
    return run;
}

std::string shell_quoted(const std::string& text) {
    return "'" + text + "'";
}

}  // namespace

TEST_CASE("The company report gives each shop the figures its tills' own files and reports give",
          "[sync][company-report]") {
    TwoCompanies t;
    auto admin = central::Central(testing::central_address(t.server));
    const auto report = central::company_report(admin, "Liis OÜ", {kDay1, kDay2}, *t.zone);
    CHECK(report.company_name == "Liis OÜ");
    REQUIRE(report.shops.size() == 2);
    CHECK(report.shops[0].shop_name == "Tallinn");
    CHECK(report.shops[1].shop_name == "Tartu");

    // Tallinn: till 1's file holds only what it wrote (it has not pulled since till 2 sold).
    central::OfficeFigures tallinn = receipts_in_file(t.till1.store, kDay1, kDay2);
    add_own_reports(tallinn, t.till1.path, kDay1, kDay2);
    tallinn.new_customers = 1;  // Olga: her first receipt ever
    CHECK(shop(report, "Tallinn").figures == tallinn);
    CHECK(tallinn.receipts == 1);
    CHECK(tallinn.gross == Money::minor(7990 + 2 * 1990));
    CHECK(tallinn.vat.minor_units() > 0);
    CHECK(tallinn.refunds == 1);
    CHECK(tallinn.refunded.minor_units() > 0);
    CHECK(tallinn.points_earned.value() > 0);

    // Tartu: its receipts from till 2's file; Kati is new there, Olga is not (her first receipt was at
    // Tallinn), the anonymous sale is a receipt and no customer.
    const auto tartu = shop(report, "Tartu").figures;
    central::OfficeFigures tartu_receipts = receipts_in_file(*t.till2.store, kDay1, kDay2);
    CHECK(tartu.receipts == 3);
    CHECK(tartu.receipts == tartu_receipts.receipts);
    CHECK(tartu.gross == tartu_receipts.gross);
    CHECK(tartu.discount == tartu_receipts.discount);
    CHECK(tartu.net == tartu_receipts.net);
    CHECK(tartu.vat == tartu_receipts.vat);
    CHECK(tartu.vat.minor_units() > 0);
    CHECK(tartu.refunds == 0);
    CHECK(tartu.new_customers == 1);

    // The total is the sum of the shops, and its points are what till 2's own points report says: its file
    // holds the company's whole ledger after its sync.
    central::OfficeFigures sum = report.shops[0].figures;
    sum += report.shops[1].figures;
    CHECK(report.total == sum);
    store::Reports till2_reports(t.till2.path);
    const auto points = till2_reports.report("points", kDay1, kDay2);
    CHECK(report.total.points_earned.value() == cell(points, 0, "earned"));
    CHECK(report.total.points_redeemed.value() == cell(points, 0, "spent"));
    CHECK(report.total.new_customers == 2);

    // Day 2 alone: Olga's first receipt was on day 1, so Tallinn has no new customer; the return counts on
    // the day the money went out, the receipt on its own day (refunds are not netted).
    const auto day2 = central::company_report(admin, "Liis OÜ", {kDay2, kDay2}, *t.zone);
    CHECK(shop(day2, "Tallinn").figures.receipts == 0);
    CHECK(shop(day2, "Tallinn").figures.refunds == 1);
    CHECK(shop(day2, "Tallinn").figures.new_customers == 0);
    CHECK(shop(day2, "Tartu").figures.receipts == 2);
    CHECK(day2.total.new_customers == 1);

    // The other company's sale is in neither.
    const auto other = central::company_report(admin, "Other AS", {kDay1, kDay2}, *t.zone);
    REQUIRE(other.shops.size() == 1);
    CHECK(other.shops[0].shop_name == "Riga");
    CHECK(other.total.receipts == 1);
    CHECK(other.total.gross == Money::minor(7990));
}

TEST_CASE("A till's own login reads its own company's report and nothing of another company",
          "[sync][company-report][security]") {
    TwoCompanies t;
    auto till1 = t.as_till(t.till1.store);
    const auto own = central::company_report(till1, "", {kDay1, kDay2}, *t.zone);
    CHECK(own.company_name == "Liis OÜ");
    auto admin = central::Central(testing::central_address(t.server));
    CHECK(own.total == central::company_report(admin, "Liis OÜ", {kDay1, kDay2}, *t.zone).total);

    auto till3 = t.as_till(*t.till3.store);
    CHECK(problem_of([&] {
              central::company_report(till3, "Liis OÜ", {kDay1, kDay2}, *t.zone);
          }) == central::CentralProblem::no_such_company);
    CHECK(problem_of([&] {
              central::company_report(till3, own.company_id, {kDay1, kDay2}, *t.zone);
          }) == central::CentralProblem::no_such_company);
    const auto riga = central::company_report(till3, "", {kDay1, kDay2}, *t.zone);
    CHECK(riga.company_name == "Other AS");
    REQUIRE(riga.shops.size() == 1);
    CHECK(riga.total.receipts == 1);

    // The administrator sees two companies and must say which one; a reversed period is refused.
    CHECK(problem_of([&] {
              central::company_report(admin, "", {kDay1, kDay2}, *t.zone);
          }) == central::CentralProblem::company_needed);
    CHECK(problem_of([&] {
              central::company_report(admin, "Liis OÜ", {kDay2, kDay1}, *t.zone);
          }) == central::CentralProblem::period_reversed);
    t.server.stop();
    CHECK(problem_of([&] { central::Central again(testing::central_address(t.server)); }) ==
          central::CentralProblem::unreachable);
    CHECK(problem_of([&] {
              central::company_report(till1, "", {kDay1, kDay2}, *t.zone);
          }) == central::CentralProblem::unreachable);
    t.server.start();
}

TEST_CASE("kassactl report --central prints the company's figures by shop as text and JSON",
          "[sync][company-report][cli]") {
    TwoCompanies t;
    const std::string dir = t.till1.dir.path().string();
    auto admin = central::Central(testing::central_address(t.server));
    const auto expected = central::company_report(admin, "Liis OÜ", {kDay1, kDay2}, *t.zone);

    // Through till 1's own membership (its login, its zone, its currency).
    const Run json = kassactl(dir, "report --central --db " + shell_quoted(t.till1.path) +
                                       " --from 2026-11-24 --to 2026-11-25 --json");
    INFO(json.err);
    REQUIRE(json.status == 0);
    const auto doc = nlohmann::json::parse(json.out);
    CHECK(doc["report"] == "company");
    CHECK(doc["company"] == "Liis OÜ");
    CHECK(doc["currency"] == "EUR");
    REQUIRE(doc["shops"].size() == 2);
    CHECK(doc["shops"][0]["shop"] == "Tallinn");
    CHECK(doc["shops"][0]["receipts"] == expected.shops[0].figures.receipts);
    CHECK(doc["shops"][0]["gross"] == expected.shops[0].figures.gross.minor_units());
    CHECK(doc["shops"][1]["new_customers"] == 1);
    CHECK(doc["total"]["net"] == expected.total.net.minor_units());
    CHECK(doc["total"]["vat"] == expected.total.vat.minor_units());
    CHECK(doc["total"]["refunded"] == expected.total.refunded.minor_units());
    CHECK(doc["total"]["points_earned"] == expected.total.points_earned.value());

    // With the administrator's address and password file, as `central` commands take them: text.
    const std::string office = "--url " + shell_quoted(t.server.url()) + " --password-file " +
                               shell_quoted(t.server.password_file());
    const Run text = kassactl(dir, "report --central " + office +
                                       " --company 'Liis OÜ' --zone Europe/Tallinn --from 2026-11-24 --to "
                                       "2026-11-25");
    INFO(text.err);
    REQUIRE(text.status == 0);
    CHECK(text.out.rfind("Company \"Liis OÜ\", business days 2026-11-24 to 2026-11-25\n", 0) == 0);
    CHECK(text.out.find("\nTallinn ") != std::string::npos);
    CHECK(text.out.find("\nTartu ") != std::string::npos);
    CHECK(text.out.find("Riga") == std::string::npos);
    const auto total_line = text.out.substr(text.out.find("\ntotal ") + 1);
    // receipts 4, then the gross with two decimals.
    const std::string gross = std::to_string(expected.total.gross.minor_units() / 100) + "." +
                              std::to_string(expected.total.gross.minor_units() % 100 / 10) +
                              std::to_string(expected.total.gross.minor_units() % 10);
    CHECK(total_line.find(" 4  " + gross + " ") != std::string::npos);

    // Refusals, each with its sentence: several companies and none named, another company's till, a
    // reversed period, no name of where to read.
    const Run ambiguous = kassactl(dir, "report --central " + office + " --from 2026-11-24 --to 2026-11-25");
    CHECK(ambiguous.status == 2);
    CHECK(ambiguous.err.find("several companies") != std::string::npos);
    const Run foreign = kassactl(dir, "report --central --db " + shell_quoted(t.till3.path) +
                                          " --company 'Liis OÜ' --from 2026-11-24 --to 2026-11-25");
    CHECK(foreign.status == 2);
    CHECK(foreign.err.find("There is no company \"Liis OÜ\"") != std::string::npos);
    CHECK(foreign.out.empty());
    const Run reversed = kassactl(
        dir, "report --central --db " + shell_quoted(t.till1.path) + " --from 2026-11-25 --to 2026-11-24");
    CHECK(reversed.status == 2);
    CHECK(reversed.err.find("ends before it begins") != std::string::npos);
    const Run nowhere = kassactl(dir, "report --central --from 2026-11-24 --to 2026-11-25");
    CHECK(nowhere.status == 2);

    // The office down: exit 1 (try again later) and the sentence.
    t.server.stop();
    const Run down = kassactl(
        dir, "report --central --db " + shell_quoted(t.till1.path) + " --from 2026-11-24 --to 2026-11-25");
    CHECK(down.status == 1);
    CHECK(down.err.find("does not answer") != std::string::npos);
    CHECK(down.out.empty());
    t.server.start();
}
