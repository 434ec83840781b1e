// The sale screen's office line (docs/sync.md, "Background sync in the till"): a real background sync runner
// against a real PostgreSQL, the screen reading its status on its timer. "Office: in sync", then, with the
// server stopped and a sale paid on the screen (which wakes the runner), "Office: offline since 10:42, 1 sale
// to send", in English and in Russian; back in sync when the server returns; a refused login in its own
// sentence; nothing at all on a till that did not join.
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <atomic>
#include <fstream>

#include "kassa/central/central.hpp"
#include "kassa/central/sync.hpp"
#include "kassa/central/sync_runner.hpp"
#include "kassa/store/sync_log.hpp"
#include "kassa/ui/office_status.hpp"
#include "kassa/ui/payment_dialog.hpp"
#include "kassa/ui/receipt_dialog.hpp"
#include "postgres_server.hpp"
#include "translated_language.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;
using kassa::testing::PostgresServer;

namespace {

constexpr int kDeadlineMs = 60000;  // generous under ASan on a loaded machine; a pass takes a second or two

// A clock the test moves while the runner's thread reads it.
class SharedClock final : public Clock {
  public:
    explicit SharedClock(Instant start) : seconds_(start.unix_seconds) {}
    [[nodiscard]] Instant now() const override { return Instant{seconds_.load()}; }
    void set(Instant instant) { seconds_.store(instant.unix_seconds); }

  private:
    std::atomic<std::int64_t> seconds_;
};

central::Address address(const PostgresServer& server) {
    return central::Address{server.url(), server.password_file()};
}

void join(const PostgresServer& server, store::Store& store) {
    central::Central admin(address(server));
    admin.init();
    admin.add_company("Liis OÜ");
    admin.add_shop("Liis OÜ", "Tallinn");
    central::join(store, address(server), "Tallinn", "till 1", at("2026-11-25T10:00:00+02:00"));
}

// The dress, paid in cash on the screen: the payment and receipt dialogs as a cashier closes them.
void sell_dress_on_screen(Till& t) {
    t.screen.input()->setText(QString::fromLatin1(kDressBarcode));
    QTest::keyClick(t.screen.input(), Qt::Key_Return);
    t.dialogs.then(expect<ui::PaymentDialog>([](ui::PaymentDialog& pay) {
        pay.amount()->setText(QStringLiteral("100"));
        QTest::keyClick(pay.amount(), Qt::Key_Return);
        return pay.result();
    }));
    t.dialogs.then(
        expect<ui::ReceiptDialog>([](ui::ReceiptDialog&) { return static_cast<int>(QDialog::Accepted); }));
    t.screen.pay();
    REQUIRE(t.screen.last_notice()->outcome == till::Outcome::sale_committed);
}

ui::SaleScreen::OfficeSync wired(central::SyncRunner& runner) {
    return {[&runner] { return runner.status(); }, [&runner] { runner.wake(); }};
}

// Waits, running the event loop (the screen's timer), until the label says `text`.
bool shows(QLabel* label, const QString& text) {
    return QTest::qWaitFor([&] { return label->text() == text; }, kDeadlineMs);
}

}  // namespace

TEST_CASE(
    "The sale screen says the office is in sync and then offline with the sales to send in English and "
    "Russian",
    "[ui][sync]") {
    PostgresServer server;
    Till t;
    join(server, t.store);
    TillLanguage english("en", Language::en);
    QLabel* office = t.find<QLabel>("office");
    CHECK(office->isHidden());  // nothing before the app wires the runner

    SharedClock clock(at("2026-11-25T10:30:00+02:00"));
    central::SyncRunner runner(t.path, clock, central::SyncRunnerOptions{std::chrono::hours(1), 500});
    REQUIRE(runner.start());
    t.screen.set_office_sync(wired(runner));
    t.screen.show();
    REQUIRE(shows(office, QStringLiteral("Office: in sync")));
    CHECK(office->isVisible());

    // The server goes away at 10:42; the cashier sells on. Paying wakes the runner (its interval is an hour).
    server.stop();
    clock.set(at("2026-11-25T10:42:00+02:00"));
    sell_dress_on_screen(t);
    REQUIRE(shows(office, QStringLiteral("Office: offline since 10:42, 1 sale to send")));
    CHECK(t.text("status") != office->text());  // the cashier's notice line is left alone
    clock.set(at("2026-11-25T10:47:00+02:00"));
    sell_dress_on_screen(t);
    REQUIRE(shows(office, QStringLiteral("Office: offline since 10:42, 2 sales to send")));
    CHECK(store::SyncLog(t.store).waiting_by_kind().sales == 2);

    {
        // The same till in Russian (the owner switched the language: the app builds the screen again).
        TillLanguage russian("ru", Language::ru);
        const ui::Formatter format{Language::ru, 2, QStringLiteral("EUR"),
                                   sys::load_time_zone("Europe/Tallinn")};
        ui::SaleScreen screen(t.session, format);
        screen.set_office_sync(wired(runner));
        auto* russian_office = screen.findChild<QLabel*>(QStringLiteral("office"));
        REQUIRE(russian_office != nullptr);
        CHECK(russian_office->text() == QStringLiteral("Офис: нет связи с 10:42, 2 продажи ждут отправки"));
        // Five sales: the Russian plural's third form.
        central::SyncStatus five = runner.status();
        five.sales_waiting = 5;
        CHECK(ui::OfficeStatusText::sentence(five, format) ==
              QStringLiteral("Офис: нет связи с 10:42, 5 продаж ждут отправки"));
    }

    // The server is back: the next round sends both sales.
    server.start();
    const std::int64_t rounds = runner.status().rounds;
    runner.wake();
    REQUIRE(shows(office, QStringLiteral("Office: in sync")));
    CHECK(runner.status().rounds > rounds);
    CHECK(store::SyncLog(t.store).waiting() == 0);
}

TEST_CASE("The sale screen words a refused office login in its own sentence", "[ui][sync]") {
    PostgresServer server;
    Till t;
    join(server, t.store);
    {
        // The till's own password file (join made it; the till never uses the admin's), made wrong.
        const auto membership = store::SyncLog(t.store).membership();
        REQUIRE(membership);
        std::ofstream wrong(membership->password_file, std::ios::trunc);  // keeps the file's 0600
        wrong << "not-the-password\n";
    }
    TillLanguage english("en", Language::en);
    SharedClock clock(at("2026-11-25T10:30:00+02:00"));
    central::SyncRunner runner(t.path, clock, central::SyncRunnerOptions{std::chrono::hours(1), 500});
    REQUIRE(runner.start());
    t.screen.set_office_sync(wired(runner));
    QLabel* office = t.find<QLabel>("office");
    REQUIRE(shows(
        office, QStringLiteral("Office: the login was refused; the owner must check this till's password.")));
    CHECK(office->styleSheet().contains(QStringLiteral("color")));
}

TEST_CASE("A till that did not join an office database shows no office line", "[ui][sync]") {
    Till t;
    SharedClock clock(at("2026-11-25T10:30:00+02:00"));
    central::SyncRunner runner(t.path, clock);
    CHECK_FALSE(runner.start());
    t.screen.set_office_sync(wired(runner));
    t.screen.show();
    QLabel* office = t.find<QLabel>("office");
    CHECK(office->text().isEmpty());
    CHECK(office->isHidden());
    sell_dress_on_screen(t);  // the sale wakes a runner that does not run: nothing changes
    CHECK(office->isHidden());
}
