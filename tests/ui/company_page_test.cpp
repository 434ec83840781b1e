// The owner's desk over the whole company (docs/reports.md, "company"): a till of a real PostgreSQL's
// company, its reports tab with the "Whole company" view beside the shop's own. Asking returns at once (the
// office is read on a thread of its own: the window never waits), then the shops and the total appear; with
// the office down a sentence says so in the till's language and nothing is shown; a till of another company
// sees its own company only. A till that did not join has no such view.
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include "kassa/central/central.hpp"
#include "kassa/central/company_report.hpp"
#include "kassa/central/sync.hpp"
#include "kassa/store/sync_log.hpp"
#include "kassa/ui/company_page.hpp"
#include "kassa/ui/owner_window.hpp"
#include "postgres_server.hpp"
#include "translated_language.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;
using kassa::testing::PostgresServer;

namespace {

constexpr int kDeadlineMs = 60000;  // generous under ASan on a loaded machine; an answer takes well under 1 s

central::Address admin_address(const PostgresServer& server) {
    return central::Address{server.url(), server.password_file()};
}

// What the app gives the desk (app/kassa/main.cpp): the till's own login from its membership.
ui::CompanyPage::Fetch fetch_for(store::Store& store) {
    const auto m = store::SyncLog(store).membership();
    REQUIRE(m);
    const central::Address address{m->central_url, m->password_file};
    const auto zone = sys::load_time_zone("Europe/Tallinn");
    return [address, zone](const central::CompanyPeriod& period) {
        central::Central office(address);
        return central::company_report(office, "", period, *zone);
    };
}

// A dress sold at the shop's till on 25 November, and synced.
void sell_and_sync(Shop& shop, const std::string& customer) {
    store::Sale sale;
    sale.receipt_id = store::new_id();
    sale.customer_id = customer;
    sale.cashier_id = shop.anna;
    sale.at = at("2026-11-25T12:00:00+02:00");
    sale.lines = {store::SaleLine{
        "DRESS-0412", "Linen dress", "dresses", Money::minor(7990), Quantity::pieces(1), {}, false}};
    sale.payments = {store::PaymentLine{store::PaymentLine::Method::cash, Money::minor(10000)}};
    shop.store.sales().commit_sale(sale, shop.rules);
    central::sync(shop.store, at("2026-11-25T12:05:00+02:00"));
}

// Liis OÜ (Tallinn, Tartu) with this till at Tallinn, and Other AS (Riga) with a till of its own.
struct Company {
    PostgresServer server;
    Shop tallinn;
    Shop riga;

    Company() {
        central::Central admin(admin_address(server));
        admin.init();
        admin.add_company("Liis OÜ");
        admin.add_shop("Liis OÜ", "Tallinn");
        admin.add_shop("Liis OÜ", "Tartu");
        admin.add_company("Other AS");
        admin.add_shop("Other AS", "Riga");
        central::join(tallinn.store, admin_address(server), "Tallinn", "till 1",
                      at("2026-11-25T10:00:00+02:00"));
        central::join(riga.store, admin_address(server), "Riga", "till 1", at("2026-11-25T10:00:00+02:00"));
        sell_and_sync(tallinn, tallinn.olga);
        sell_and_sync(riga, "");
        sell_and_sync(riga, "");
    }
};

struct Desk {
    ui::Formatter format;
    till::OwnerDesk desk;
    ui::OwnerWindow window;
    ui::CompanyPage* company;

    Desk(Shop& shop, Language language)
        : format(language, 2, QStringLiteral("EUR"), sys::load_time_zone("Europe/Tallinn")),
          desk(shop.store, shop.rules.rules(), shop.clock, sys::load_time_zone("Europe/Tallinn"), shop.maria),
          window(desk, format),
          company(window.reports()->add_company_view(fetch_for(shop.store))) {
        company->from()->setDate(QDate(2026, 11, 1));
        company->to()->setDate(QDate(2026, 11, 30));
    }

    // Clicks "Show": the click returns before the answer (it says it is reading), then waits for it.
    void show() {
        QTest::mouseClick(company->show_button(), Qt::LeftButton);
        CHECK(company->reading());
        CHECK(QTest::qWaitFor([this] { return !company->reading(); }, kDeadlineMs));
    }
    [[nodiscard]] QString cell(int row, int column) const {
        auto* item = company->table()->item(row, column);
        return item ? item->text() : QString();
    }
};

}  // namespace

TEST_CASE("The owner's reports show the whole company by shop and in total read off the GUI thread",
          "[ui][company-report]") {
    Company c;
    Desk d(c.tallinn, Language::en);
    auto* views = d.window.reports()->views();
    REQUIRE(views->count() == 2);
    CHECK(views->tabText(1) == QStringLiteral("Whole company"));
    views->setCurrentIndex(1);

    QTest::mouseClick(d.company->show_button(), Qt::LeftButton);
    // The click came back at once: the office is being read elsewhere, and the window says so.
    CHECK(d.company->reading());
    CHECK(d.company->note() == QStringLiteral("Reading the whole company's figures from the office…"));
    REQUIRE(QTest::qWaitFor([&] { return !d.company->reading(); }, kDeadlineMs));
    CHECK(d.company->note().startsWith(QStringLiteral("Liis OÜ, ")));
    REQUIRE(d.company->table()->rowCount() == 3);
    CHECK(d.cell(0, 0) == QStringLiteral("Tallinn"));
    CHECK(d.cell(1, 0) == QStringLiteral("Tartu"));
    CHECK(d.cell(2, 0) == QStringLiteral("Whole company"));
    CHECK(d.company->table()->horizontalHeaderItem(1)->text() == QStringLiteral("Receipts"));
    CHECK(d.cell(0, 1) == QStringLiteral("1"));
    CHECK(d.cell(1, 1) == QStringLiteral("0"));
    CHECK(d.cell(2, 1) == QStringLiteral("1"));
    CHECK(d.cell(2, 2) == d.format.money(Money::minor(7990)));  // gross
    CHECK(d.cell(2, 10) == QStringLiteral("1"));                // Olga: her first receipt
    REQUIRE(d.company->shown());
    CHECK(d.company->shown()->total.receipts == 1);

    // The office down: a sentence, and no figures left from before.
    c.server.stop();
    d.show();
    CHECK(d.company->note() == ui::CompanyText::problem(central::CentralProblem::unreachable));
    CHECK(d.company->table()->rowCount() == 0);
    CHECK_FALSE(d.company->shown());
    // Back: the figures again.
    c.server.start();
    d.show();
    CHECK(d.company->table()->rowCount() == 3);
}

TEST_CASE("The company view says the office is unreachable in Russian and Estonian", "[ui][company-report]") {
    Company c;
    c.server.stop();
    for (const auto& [code, language] : {std::pair{"ru", Language::ru}, std::pair{"et", Language::et}}) {
        TillLanguage till_language(code, language);
        Desk d(c.tallinn, language);
        d.show();
        const QString english = till_language.untranslated(
            [] { return ui::CompanyText::problem(central::CentralProblem::unreachable); });
        CHECK(d.company->note() == ui::CompanyText::problem(central::CentralProblem::unreachable));
        CHECK(d.company->note() != english);
        CHECK_FALSE(d.company->note().isEmpty());
        CHECK(ui::CompanyText::column(0) !=
              till_language.untranslated([] { return ui::CompanyText::column(0); }));
    }
    c.server.start();
}

TEST_CASE("A till of another company sees only its own company in the company view", "[ui][company-report]") {
    Company c;
    Desk d(c.riga, Language::en);
    d.show();
    REQUIRE(d.company->shown());
    CHECK(d.company->shown()->company_name == "Other AS");
    REQUIRE(d.company->table()->rowCount() == 2);
    CHECK(d.cell(0, 0) == QStringLiteral("Riga"));
    CHECK(d.cell(1, 1) == QStringLiteral("2"));
    for (int row = 0; row < d.company->table()->rowCount(); ++row) {
        CHECK(d.cell(row, 0) != QStringLiteral("Tallinn"));
    }
}

TEST_CASE("A till that did not join has only its own reports", "[ui][company-report]") {
    Shop shop;
    ui::Formatter format{Language::en, 2, QStringLiteral("EUR"), sys::load_time_zone("Europe/Tallinn")};
    till::OwnerDesk desk{shop.store, shop.rules.rules(), shop.clock, sys::load_time_zone("Europe/Tallinn"),
                         shop.maria};
    ui::OwnerWindow window(desk, format);
    CHECK(window.reports()->company() == nullptr);
    CHECK(window.reports()->views()->count() == 1);
}
