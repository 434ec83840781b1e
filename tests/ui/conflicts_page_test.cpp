// The owner's desk's "Conflicts" tab over a real shop file that is a till of a central database: the
// conflicts a pull found (here: another till's customer with Olga's phone and Olga's card) listed with the
// customers as the owner finds them, "Merge customers" keeping the one she chooses, "Mark as dealt with",
// both audited by the owner, and the tab in the till's language.
#include <SQLiteCpp/SQLiteCpp.h>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <optional>

#include "kassa/store/customers.hpp"
#include "kassa/store/sync_log.hpp"
#include "kassa/ui/conflicts_page.hpp"
#include "kassa/ui/owner_window.hpp"
#include "translated_language.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;

namespace {

const char* kPulled = "0190b1a2-0000-7000-8000-0000000000aa";

// The boutique as till 1 of a central database, after a pull brought "Olga I." from till 2: enrolled there
// with Olga's phone and given Olga's card. Two conflicts: the phone and the card enrolled twice.
struct Desk : Till {
    till::OwnerDesk desk{store, rules.rules(), clock, sys::load_time_zone("Europe/Tallinn"), maria};

    Desk() {
        store::SyncLog log(store);
        store::Membership m;
        m.central_url = "postgresql://kassa@office/kassa";
        m.company_id = "0190b1a2-0000-7000-8000-00000000000c";
        m.shop_id = "0190b1a2-0000-7000-8000-00000000000d";
        m.till_id = "0190b1a2-0000-7000-8000-000000000001";
        m.till_name = "till 1";
        log.join(m, clock.now());
        const std::string customer =
            std::string(R"({"id": ")") + kPulled +
            R"(", "first_name": "Olga", "last_name": "I.", "phone": "+37251234567", )"
            R"("created_at": "2026-11-24T10:00:00Z", "personal_consent": 1, )"
            R"("sms_consent": 0, "email_consent": 0})";
        const std::string card = std::string(R"({"number": ")") + kOlgaCard + R"(", "customer_id": ")" +
                                 kPulled + R"(", "status": "active", "issued_at": "2026-11-24T10:00:00Z"})";
        const auto applied = log.apply_pulled(
            {store::PulledRow{"customers", customer, "till 2"}, store::PulledRow{"cards", card, "till 2"}}, 2,
            clock.now());
        REQUIRE(applied.conflicts == 2);
    }

    int audit_count(const std::string& action) const {
        SQLite::Database db(path, SQLite::OPEN_READONLY);
        SQLite::Statement q(db, "SELECT count(*) FROM audit_log WHERE action = ? AND actor = ?");
        q.bind(1, action);
        q.bind(2, maria);
        q.executeStep();
        return q.getColumn(0).getInt();
    }
};

QString cell(QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    REQUIRE(item != nullptr);
    return item->text();
}

}  // namespace

TEST_CASE("the conflicts tab lists a phone and a card enrolled twice and merges the two customers",
          "[ui][owner][conflicts]") {
    Desk t;
    ui::OwnerWindow window(t.desk, t.format);
    ui::ConflictsPage* page = window.conflicts();
    REQUIRE(page != nullptr);
    CHECK(window.tabs()->tabText(window.tabs()->indexOf(page)) == QStringLiteral("Conflicts"));
    QTableWidget* table = page->table();
    REQUIRE(table->rowCount() == 2);
    CHECK(cell(table, 0, 0) == QStringLiteral("Phone enrolled twice"));
    CHECK(cell(table, 1, 0) == QStringLiteral("Card given twice"));
    // This till's customer with her phone as dialled here and her card; the other till's without the phone.
    CHECK(cell(table, 0, 2) == QStringLiteral("Olga Ivanova, 5123 4567, card 2000000000015"));
    CHECK(cell(table, 0, 3) == QStringLiteral("Olga I."));
    CHECK(cell(table, 0, 4) == QStringLiteral("Phone 5123 4567"));
    CHECK(cell(table, 1, 4) == QStringLiteral("Card 2000000000015"));
    CHECK(cell(table, 0, 5) == QStringLiteral("open"));

    page->choose(0);
    REQUIRE(page->merge_button()->isEnabled());
    REQUIRE(page->keep()->count() == 2);
    CHECK(page->keep()->itemText(0).startsWith(QStringLiteral("Olga Ivanova")));
    // She keeps the customer of the other till: Olga's points, card and phone move to her.
    const std::int64_t points = t.store.customers().customer(t.olga)->balance.value();
    page->keep()->setCurrentIndex(1);
    page->merge_button()->click();
    CHECK(page->note() ==
          QStringLiteral("Olga Ivanova, 5123 4567, card 2000000000015 was merged into Olga I.; "
                         "her balance: %1 points.")
              .arg(points));
    const auto kept = t.store.customers().customer(kPulled);
    REQUIRE(kept);
    CHECK(kept->balance.value() == points);
    CHECK(kept->phone == "+37251234567");
    CHECK(t.store.customers().find_by_card(kOlgaCard).customer->id == kPulled);
    CHECK(t.audit_count("customer.merge") == 1);
    // Both conflicts were about these two: the merge settled them.
    CHECK(table->rowCount() == 0);
    CHECK(page->note().contains(QStringLiteral("was merged into")));
    CHECK_FALSE(page->merge_button()->isEnabled());
    page->show_settled()->setChecked(true);
    REQUIRE(table->rowCount() == 2);
    CHECK(cell(table, 0, 5).startsWith(QStringLiteral("merged by Maria, ")));
    CHECK_FALSE(page->dealt_with_button()->isEnabled());
}

TEST_CASE("the conflicts tab marks a conflict as dealt with by the owner", "[ui][owner][conflicts]") {
    Desk t;
    ui::ConflictsPage page(t.desk, t.format);
    REQUIRE(page.table()->rowCount() == 2);
    page.choose(1);
    REQUIRE(page.dealt_with_button()->isEnabled());
    page.dealt_with_button()->click();
    CHECK(page.note() == QStringLiteral("Marked as dealt with: Card given twice."));
    REQUIRE(page.table()->rowCount() == 1);
    CHECK(cell(page.table(), 0, 0) == QStringLiteral("Phone enrolled twice"));
    CHECK(t.audit_count("conflict.dealt_with") == 1);
    const auto all = store::SyncLog(t.store).conflicts(true);
    REQUIRE(all.size() == 2);
    CHECK(all[1].resolution == store::ConflictResolution::dealt_with);
    CHECK(all[1].resolved_by == t.maria);
    page.show_settled()->setChecked(true);
    REQUIRE(page.table()->rowCount() == 2);
    CHECK(cell(page.table(), 1, 5).startsWith(QStringLiteral("dealt with by Maria, ")));
}

TEST_CASE("the conflicts tab speaks the till's language", "[ui][owner][conflicts][translations]") {
    struct Case {
        const char* code;
        Language language;
        QString phone_twice;
        QString merge;
        QString open;
        QString customer;
    };
    for (const Case& c :
         {Case{"ru", Language::ru, QStringLiteral("Телефон записан дважды"),
               QStringLiteral("Объединить покупателей"), QStringLiteral("открыт"),
               QStringLiteral("Покупатель")},
          Case{"et", Language::et, QStringLiteral("Telefon registreeriti kaks korda"),
               QStringLiteral("Ühenda kliendid"), QStringLiteral("avatud"), QStringLiteral("Klient")}}) {
        INFO(c.code);
        Desk t;
        TillLanguage language(c.code, c.language);
        ui::OwnerWindow window(t.desk, t.format);
        ui::ConflictsPage* page = window.conflicts();
        QTableWidget* table = page->table();
        REQUIRE(table->rowCount() == 2);
        CHECK(cell(table, 0, 0) == c.phone_twice);
        CHECK(cell(table, 0, 5) == c.open);
        CHECK(page->merge_button()->text() == c.merge);
        CHECK(window.tabs()->tabText(window.tabs()->indexOf(page)) != QStringLiteral("Conflicts"));
        CHECK(table->horizontalHeaderItem(2)->text() == c.customer);
        CHECK(cell(table, 1, 4) != language.untranslated([] { return ui::ConflictsPage::tr("Card %1"); })
                                       .arg(QString::fromLatin1(kOlgaCard)));
        page->choose(0);
        page->merge_button()->click();
        const QString merged = page->note();
        CHECK(merged.contains(QStringLiteral("Olga I.")));
        CHECK_FALSE(merged.contains(QStringLiteral("merged into")));
        CHECK_FALSE(merged.contains(QStringLiteral("balance")));
    }
}

// Two other tills' uses of one printed single-use code, as a pull brings them: both sales stand, and the tab
// lists the pair with the receipts' numbers and what each took off, in the till's language.
TEST_CASE("the conflicts tab lists a single-use coupon used at two tills",
          "[ui][owner][conflicts][coupons]") {
    for (const char* code : {"en", "ru", "et"}) {
        INFO(code);
        Desk t;
        store::SyncLog log(t.store);
        const auto use = [](const char* id, const char* receipt, int number, int discount, const char* when) {
            return std::string(R"({"id": ")") + id + R"(", "code": "ONCE-1", "program": "autumn", )" +
                   R"("receipt_id": ")" + receipt + R"(", "receipt_number": )" + std::to_string(number) +
                   R"(, "discount": )" + std::to_string(discount) + R"(, "at": ")" + when + R"("})";
        };
        const auto applied = log.apply_pulled(
            {store::PulledRow{
                 "coupon_uses",
                 use("0190b1a2-0000-7000-8000-0000000000c2", "receipt-b", 40, 500, "2026-11-25T10:00:00Z"),
                 "till 3"},
             store::PulledRow{
                 "coupon_uses",
                 use("0190b1a2-0000-7000-8000-0000000000c1", "receipt-a", 12, 799, "2026-11-25T09:00:00Z"),
                 "till 2"}},
            3, t.clock.now());
        REQUIRE(applied.conflicts == 1);
        std::optional<TillLanguage> language;
        if (std::string(code) != "en") {
            language.emplace(code, std::string(code) == "ru" ? Language::ru : Language::et);
        }
        ui::ConflictsPage page(t.desk, t.format);
        REQUIRE(page.table()->rowCount() == 3);
        const QString details = cell(page.table(), 2, 4);
        // The use made first is named first, whichever arrived first.
        CHECK(details.contains(QStringLiteral("ONCE-1")));
        CHECK(details.indexOf(QStringLiteral("12")) < details.indexOf(QStringLiteral("40")));
        CHECK(details.contains(t.format.money(Money::minor(799))));
        CHECK(details.contains(t.format.money(Money::minor(500))));
        if (std::string(code) == "en") {
            CHECK(cell(page.table(), 2, 0) == QStringLiteral("Coupon used twice"));
            CHECK(details == QStringLiteral("Coupon ONCE-1: receipt 12 took off %1, then receipt 40 took off "
                                            "%2; both sales stand")
                                 .arg(t.format.money(Money::minor(799)), t.format.money(Money::minor(500))));
            // A printed code is nobody's.
            CHECK(cell(page.table(), 2, 2) == QStringLiteral("(not in this till's file)"));
        } else if (std::string(code) == "ru") {
            CHECK(cell(page.table(), 2, 0) == QStringLiteral("Купон использован дважды"));
            CHECK(details.startsWith(QStringLiteral("Купон ONCE-1: чек 12")));
        } else {
            CHECK(cell(page.table(), 2, 0) == QStringLiteral("Kupong kasutati kaks korda"));
            CHECK(details.startsWith(QStringLiteral("Kupong ONCE-1: tšekk 12")));
        }
    }
}
