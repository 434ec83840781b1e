// The shift at the till through its screens: the float asked before the first sale, cash out above the
// limit with the owner's PIN, the X report on the screen, and the close by counting notes and coins.
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include "kassa/store/shifts.hpp"
#include "kassa/ui/basket_dialogs.hpp"
#include "kassa/ui/payment_dialog.hpp"
#include "kassa/ui/receipt_dialog.hpp"
#include "kassa/ui/shift_dialogs.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;
using kassa::till::Outcome;

namespace {

// The boutique with no shift open, as a till is every morning.
struct MorningTill : testing::BoutiqueShop {
    till::TillSession session{store, rules, clock, till::SessionSettings{}};
    ui::Formatter format{Language::en, 2, QStringLiteral("EUR"), sys::load_time_zone("Europe/Tallinn")};
    ScriptedDialogs dialogs;
    ui::SaleScreen screen{session, format};

    MorningTill() : testing::BoutiqueShop(false) {
        REQUIRE(session.log_in(anna, "1111").outcome == Outcome::logged_in);
        screen.set_dialog_runner([this](QDialog& d) { return dialogs.run(d); });
        screen.refresh();
    }
};

int accept_with(QDialog& dialog) {
    QMetaObject::invokeMethod(&dialog, "accept", Qt::DirectConnection);
    return dialog.result();
}

}  // namespace

TEST_CASE("the till asks for the float before the first sale and sells after it", "[ui][shift]") {
    MorningTill t;
    t.dialogs.then(expect<ui::OpenShiftDialog>([](ui::OpenShiftDialog& open) {
        open.amount()->setText(QStringLiteral("-5"));
        CHECK(accept_with(open) != QDialog::Accepted);  // not an amount: the dialog stays
        open.amount()->setText(QStringLiteral("150"));
        return accept_with(open);
    }));
    t.screen.ensure_shift();
    CHECK(t.dialogs.done());
    CHECK(t.screen.last_notice()->outcome == Outcome::shift_opened);
    const auto shift = store::Shifts(t.store).open_shift();
    REQUIRE(shift);
    CHECK(shift->opening_float == Money::minor(15000));
    CHECK(shift->opened_by == t.anna);
    // Open already: nothing is asked.
    t.screen.ensure_shift();
    CHECK(t.dialogs.done());
}

TEST_CASE("a sale refused for want of a shift asks for the float", "[ui][shift]") {
    MorningTill t;
    QTest::keyClicks(t.screen.input(), QString::fromLatin1(kScarfBarcode));
    QTest::keyClick(t.screen.input(), Qt::Key_Return);
    t.dialogs.then(expect<ui::PaymentDialog>([](ui::PaymentDialog& pay) {
        QTest::keyClick(pay.amount(), Qt::Key_Return);
        CHECK_FALSE(pay.committed());
        REQUIRE(pay.last_notice());
        CHECK(pay.last_notice()->outcome == Outcome::shift_needed);
        return static_cast<int>(QDialog::Rejected);
    }));
    t.dialogs.then(expect<ui::OpenShiftDialog>([](ui::OpenShiftDialog& open) {
        open.amount()->setText(QStringLiteral("100"));
        return accept_with(open);
    }));
    t.screen.pay();
    CHECK(t.dialogs.done());
    CHECK(store::Shifts(t.store).open_shift().has_value());
    CHECK(t.session.lines().size() == 1);  // the basket waits to be paid
}

TEST_CASE("cash out with the owner's PIN, the X report, and the close by counting the drawer",
          "[ui][shift]") {
    Till t;  // the fixture's shift: Anna opened it with 100.00
    t.dialogs.then(expect<ui::ShiftDialog>([&](ui::ShiftDialog& shift) {
        const QString x = shift.report()->toPlainText();
        CHECK(x.contains(QStringLiteral("X report")));
        CHECK(x.contains(QStringLiteral("Expected in drawer")));
        t.dialogs.then(expect<ui::CashMovementDialog>([](ui::CashMovementDialog& move) {
            move.amount_edit()->setText(QStringLiteral("60"));
            CHECK(accept_with(move) != QDialog::Accepted);  // no reason yet
            move.reason_edit()->setText(QStringLiteral("to the bank"));
            return accept_with(move);
        }));
        t.dialogs.then(expect<ui::OwnerPinDialog>([](ui::OwnerPinDialog& pin) {
            pin.pin_edit()->setText(QStringLiteral("1234"));
            return static_cast<int>(QDialog::Accepted);
        }));
        shift.cash_out();
        REQUIRE(shift.last_notice());
        CHECK(shift.last_notice()->outcome == Outcome::cash_moved);
        CHECK(shift.report()->toPlainText().contains(QStringLiteral("-60.00")));

        t.dialogs.then(expect<ui::CloseShiftDialog>([](ui::CloseShiftDialog& close) {
            // 40.00 is left after 60.00 out of the 100.00 float: two twenties.
            for (const auto& [value, edit] : close.counts()) {
                if (value == Money::minor(2000)) {
                    edit->setText(QStringLiteral("2"));
                }
            }
            close.left_edit()->setText(QStringLiteral("50"));
            CHECK(accept_with(close) != QDialog::Accepted);  // more left than counted
            close.left_edit()->setText(QStringLiteral("40"));
            return accept_with(close);
        }));
        shift.close_shift();
        REQUIRE(shift.last_notice());
        CHECK(shift.last_notice()->outcome == Outcome::shift_closed);
        const QString z = shift.report()->toPlainText();
        CHECK(z.contains(QStringLiteral("Z report 1")));
        CHECK(z.contains(QStringLiteral("2 x 20.00")));
        return static_cast<int>(QDialog::Accepted);
    }));
    t.screen.action(ui::SaleScreen::Action::shift)->trigger();
    CHECK(t.dialogs.done());
    const auto z = store::Shifts(t.store).z_report(1);
    CHECK(z.counted->total == Money::minor(4000));
    CHECK(z.over_short == Money::zero());
    CHECK(z.cash_out == Money::minor(6000));
    CHECK(z.movements.at(0).approved_by == t.maria);
}
