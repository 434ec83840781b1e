// The return without a receipt on the offscreen platform: F8, "No receipt" (F4), the owner's PIN, goods
// scanned and priced in the table, money back shown from the session, a reason, confirm; and what the shop's
// file then holds. Widgets decide nothing: every figure checked here is the session's.
#include <SQLiteCpp/SQLiteCpp.h>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include "kassa/ui/basket_dialogs.hpp"
#include "kassa/ui/no_receipt_return_dialog.hpp"
#include "kassa/ui/return_dialog.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;
using kassa::till::Outcome;
using kassa::ui::NoReceiptReturnDialog;

namespace {

void type_and_enter(QLineEdit* input, const QString& text) {
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return);
}

std::int64_t count(Till& t, const std::string& sql) {
    return t.store.database().sql().execAndGet(sql).getInt64();
}

ScriptedDialogs::Step choose_no_receipt() {
    return expect<ui::ReturnDialog>([](ui::ReturnDialog& ret) {
        auto* button = ret.findChild<QPushButton*>(QStringLiteral("no_receipt"));
        REQUIRE(button != nullptr);
        button->click();
        CHECK(ret.no_receipt_chosen());
        return ret.result();
    });
}

ScriptedDialogs::Step owner_pin(const char* pin) {
    return expect<ui::OwnerPinDialog>([pin](ui::OwnerPinDialog& dialog) {
        dialog.pin_edit()->setText(QString::fromLatin1(pin));
        return static_cast<int>(QDialog::Accepted);
    });
}

}  // namespace

TEST_CASE("F8, no receipt, the owner's PIN: goods scanned, priced, paid back by card and audited",
          "[ui][return][noreceipt]") {
    Till t;
    t.dialogs.then(choose_no_receipt());
    t.dialogs.then(owner_pin("1111"));  // Anna's own PIN is not the owner's: asked again
    t.dialogs.then(owner_pin("1234"));
    t.dialogs.then(expect<NoReceiptReturnDialog>([&](NoReceiptReturnDialog& ret) {
        CHECK_FALSE(ret.findChild<QPushButton*>(QStringLiteral("confirm"))->isEnabled());
        type_and_enter(ret.product_edit(), QString::fromLatin1(kDressBarcode));
        type_and_enter(ret.product_edit(), QStringLiteral("SCARF-01"));
        type_and_enter(ret.product_edit(), QStringLiteral("NOTHING-1"));
        CHECK(ret.result_label()->text().contains(QStringLiteral("NOTHING-1")));
        REQUIRE(ret.lines()->rowCount() == 2);
        CHECK(ret.lines()->item(0, NoReceiptReturnDialog::kName)->text() == QStringLiteral("Linen dress"));
        CHECK(ret.lines()->item(0, NoReceiptReturnDialog::kUnitPrice)->text() ==
              t.format.money(Money::minor(7990)));
        CHECK(ret.money_back()->text() == t.format.money_with_currency(Money::minor(7990 + 1990)));

        // The owner says the dress was bought in the sale, as the cashier types into the cell.
        ret.lines()->item(0, NoReceiptReturnDialog::kUnitPrice)->setText(QStringLiteral("59.90"));
        QCoreApplication::processEvents();  // the table is redrawn once the cell's editor is done
        CHECK(t.session.no_receipt_return().draft()->lines[0].unit_price == Money::minor(5990));
        CHECK(ret.money_back()->text() ==
              t.format.money_with_currency(t.session.no_receipt_return().draft()->money_back));
        CHECK(ret.money_back()->text() == t.format.money_with_currency(Money::minor(5990 + 1990)));
        CHECK(ret.lines()
                  ->item(0, NoReceiptReturnDialog::kName)
                  ->text()
                  .contains(t.format.money(Money::minor(7990))));
        // The scarf stays: 0 takes its line away.
        ret.lines()->item(1, NoReceiptReturnDialog::kQuantity)->setText(QStringLiteral("0"));
        QCoreApplication::processEvents();
        CHECK(ret.lines()->rowCount() == 1);
        CHECK(ret.money_back()->text() == t.format.money_with_currency(Money::minor(5990)));

        type_and_enter(ret.customer_edit(), QString::fromLatin1(kOlgaCard));
        CHECK(ret.findChild<QLabel*>(QStringLiteral("customer_name"))->text() ==
              QStringLiteral("Olga Ivanova"));
        ret.tender()->setCurrentIndex(
            ret.tender()->findData(static_cast<int>(store::PaymentLine::Method::card)));
        ret.confirm();  // without a reason: refused, nothing written
        CHECK(ret.result() != QDialog::Accepted);
        CHECK(ret.last_notice()->outcome == Outcome::return_reason_needed);
        CHECK(count(t, "SELECT count(*) FROM refunds") == 0);
        ret.reason_edit()->setText(QStringLiteral("a gift, no receipt"));
        ret.confirm();
        return ret.result();
    }));
    t.screen.action(ui::SaleScreen::Action::return_goods)->trigger();
    CHECK(t.dialogs.done());
    CHECK(t.dialogs.opened == std::vector<std::string>{"kassa::ui::ReturnDialog", "kassa::ui::OwnerPinDialog",
                                                       "kassa::ui::OwnerPinDialog",
                                                       "kassa::ui::NoReceiptReturnDialog"});
    REQUIRE(t.screen.last_notice());
    CHECK(t.screen.last_notice()->outcome == Outcome::return_committed);
    CHECK(
        count(
            t,
            "SELECT count(*) FROM refunds WHERE receipt_id IS NULL AND money_back = 5990 AND tender = 'card' "
            "AND reason = 'a gift, no receipt' AND approved_by = '" +
                t.maria + "' AND cashier_id = '" + t.anna + "' AND customer_id = '" + t.olga + "'") == 1);
    CHECK(count(t, "SELECT count(*) FROM audit_log WHERE action = 'return_without_receipt' AND actor = '" +
                       t.maria + "'") == 1);
    CHECK(count(t, "SELECT count(*) FROM audit_log WHERE action = 'refund_without_receipt'") == 1);
    CHECK_FALSE(t.session.no_receipt_return().is_open());
}

TEST_CASE("no receipt without the owner's PIN opens nothing and writes nothing", "[ui][return][noreceipt]") {
    Till t;
    t.dialogs.then(choose_no_receipt());
    t.dialogs.then(
        expect<ui::OwnerPinDialog>([](ui::OwnerPinDialog&) { return static_cast<int>(QDialog::Rejected); }));
    t.screen.action(ui::SaleScreen::Action::return_goods)->trigger();
    CHECK(t.dialogs.done());
    CHECK(t.dialogs.opened ==
          std::vector<std::string>{"kassa::ui::ReturnDialog", "kassa::ui::OwnerPinDialog"});
    CHECK_FALSE(t.session.no_receipt_return().is_open());
    CHECK(count(t, "SELECT count(*) FROM audit_log WHERE action = 'return_without_receipt'") == 0);
    CHECK(t.screen.last_notice()->outcome == Outcome::needs_owner);
}

TEST_CASE("closing the return without a receipt drops it, the till sells again", "[ui][return][noreceipt]") {
    Till t;
    t.dialogs.then(choose_no_receipt());
    t.dialogs.then(owner_pin("1234"));
    t.dialogs.then(expect<NoReceiptReturnDialog>([&](NoReceiptReturnDialog& ret) {
        type_and_enter(ret.product_edit(), QString::fromLatin1(kDressBarcode));
        ret.reject();
        return ret.result();
    }));
    t.screen.action(ui::SaleScreen::Action::return_goods)->trigger();
    CHECK(t.dialogs.done());
    CHECK_FALSE(t.session.no_receipt_return().is_open());
    CHECK(count(t, "SELECT count(*) FROM refunds") == 0);
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    CHECK(t.session.lines().size() == 1);
}
