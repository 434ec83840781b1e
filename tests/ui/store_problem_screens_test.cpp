// The store's refusals and failures as the screens show them in Russian and Estonian, each made for real on
// a shop file: a wrong PIN and the lockout in the login dialog, a card in use and a bank card at enrolment
// and on the customer card, an unknown product, a full disk and a read-only file under a sale, a return the
// store refuses, a rules draft with nothing to save. Any sentence equal to the English source text (or
// holding the store's English what()) fails.
#include <SQLiteCpp/SQLiteCpp.h>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>

#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/till/owner_desk.hpp"
#include "kassa/till/returns.hpp"
#include "kassa/ui/customer_card_dialog.hpp"
#include "kassa/ui/login_dialog.hpp"
#include "kassa/ui/notice_text.hpp"
#include "kassa/ui/rules_editor.hpp"
#include "translated_language.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;
using kassa::till::Notice;
using kassa::till::Outcome;

namespace {

constexpr const char* kVisa = "4111111111111111";
constexpr const char* kSpareCard = "2000000000022";

// What a screen showed for `notice`: in the till's language, not the English source, and what the
// NoticeText of that notice says.
void check_notice(TillLanguage& language, const QString& shown, const Notice& notice) {
    const QString english = language.untranslated([&] { return ui::NoticeText::sentence(notice); });
    INFO("shown: " << shown.toStdString() << " / English: " << english.toStdString());
    CHECK_FALSE(shown.isEmpty());
    CHECK(shown != english);
    CHECK(shown == ui::NoticeText::sentence(notice));
}

// The same for a StoreError a widget caught.
void check_error(TillLanguage& language, const QString& shown, const store::StoreError& error) {
    const QString english = language.untranslated([&] { return ui::NoticeText::store_error(error); });
    INFO("shown: " << shown.toStdString() << " / English: " << english.toStdString()
                   << " / what(): " << error.what());
    CHECK_FALSE(shown.isEmpty());
    CHECK(shown != english);
    CHECK_FALSE(shown.contains(QString::fromStdString(error.what())));
}

template <typename Fn>
store::StoreError caught(Fn&& act) {
    try {
        act();
    } catch (const store::StoreError& e) {
        return e;
    }
    FAIL("the store did not refuse");
    return store::StoreError(store::FailureKind::other, "");
}

store::Enrolment newcomer(const char* card) {
    store::Enrolment e;
    e.first_name = "Kadri";
    e.last_name = "Tamm";
    e.phone = "5555 0101";
    e.consents = store::Consents{true, false, false};
    e.card_number = card;
    return e;
}

void login_refusals(const char* code, Language language) {
    Shop shop;
    TillLanguage till_language(code, language);
    till::TillSession session(shop.store, shop.rules, shop.clock, till::SessionSettings{});
    ui::LoginDialog login(session, shop.store.staff().cashiers());
    login.cashier_box()->setCurrentIndex(1);  // Anna
    const auto try_pin = [&login](const char* pin) {
        login.pin_edit()->setText(QString::fromLatin1(pin));
        login.accept();
        CHECK(login.result() != QDialog::Accepted);
        return login.refusal_label()->text();
    };
    Notice wrong(Outcome::login_refused);
    wrong.refusal = store::StoreRefusal{store::StoreProblem::pin_wrong, {std::int64_t{4}}};
    check_notice(till_language, try_pin("9999"), wrong);
    for (int i = 0; i < 3; ++i) {
        try_pin("9999");
    }
    // The fifth wrong PIN locks Anna for five minutes: until 15:35 on the shop's clock.
    Notice locked(Outcome::login_refused);
    locked.refusal =
        store::StoreRefusal{store::StoreProblem::pin_locked, {store::ProblemClock{15, 35}, std::int64_t{5}}};
    const QString shown = try_pin("9999");
    check_notice(till_language, shown, locked);
    CHECK(shown.contains(QStringLiteral("15:35")));
    CHECK(try_pin("1111") == shown);  // locked: even the right PIN is refused
    CHECK_FALSE(session.cashier());
}

void enrolment_and_card_refusals(const char* code, Language language) {
    Till t;
    TillLanguage till_language(code, language);
    // A card that is already Olga's, and a bank card, refused at enrolment.
    for (const char* card : {kOlgaCard, kVisa}) {
        const Notice refused = t.session.enrol(newcomer(card));
        REQUIRE(refused.outcome == Outcome::enrolment_refused);
        REQUIRE(refused.refusal);
        CHECK(refused.refusal->problem ==
              (card == kVisa ? store::StoreProblem::bank_card : store::StoreProblem::card_taken));
        const QString shown = ui::NoticeText::sentence(refused);
        check_notice(till_language, shown, refused);
        CHECK_FALSE(shown.contains(QStringLiteral("4111")));
    }
    // On Olga's card: a card in use and a bank card bound to her are refused in the dialog's own words.
    store::Enrolment anonymous;
    anonymous.card_number = kSpareCard;
    t.store.customers().enrol(anonymous, t.clock.now(), &t.rules);
    REQUIRE(t.session.identify_by_card(kOlgaCard).outcome == Outcome::customer_identified);
    t.dialogs.then(expect<ui::CustomerCardDialog>([&](ui::CustomerCardDialog& card) {
        for (const char* number : {kSpareCard, kVisa}) {
            card.new_card()->setText(QString::fromLatin1(number));
            card.bind_card();
            const store::StoreError error = caught([&] {
                t.store.customers().bind_card(store::CustomerId{t.olga}, number, store::Actor{"check"},
                                              t.clock.now());
            });
            check_error(till_language, card.result(), error);
            CHECK(card.result() == ui::NoticeText::store_error(error));
            CHECK_FALSE(card.result().contains(QStringLiteral("4111")));
        }
        return static_cast<int>(QDialog::Accepted);
    }));
    t.screen.action(ui::SaleScreen::Action::card)->trigger();
    CHECK(t.dialogs.done());
    // An unknown product in the owner's bundle, as the owner's desk words it.
    const store::StoreError unknown = caught([&] {
        t.store.catalog().set_bundle("NO-SUCH", "SCARF-01", true, store::Actor{t.maria}, t.clock.now());
    });
    REQUIRE(unknown.problem() == store::StoreProblem::no_such_product);
    const QString shown = ui::NoticeText::store_error(unknown);
    check_error(till_language, shown, unknown);
    CHECK(shown.contains(QStringLiteral("NO-SUCH")));
}

// A sale the file cannot take: the notice says why in the till's language, the basket stays.
void failing_sales(const char* code, Language language) {
    for (const store::FailureKind kind : {store::FailureKind::disk_full, store::FailureKind::read_only}) {
        Till t;
        TillLanguage till_language(code, language);
        // Long lines (names as long as the store keeps), so the receipt needs pages the capped file does not
        // have.
        for (int i = 0; i < 60; ++i) {
            const std::string sku = "LONG-" + std::to_string(i);
            store::Product p = product(sku.c_str(), "", "accessories", 100, {});
            p.name = std::string(store::text_limit(store::TextField::product_name),
                                 static_cast<char>('a' + i % 26));
            t.store.catalog().upsert_product(p);
            REQUIRE(t.session.add_product(p, Quantity::pieces(1)).ok());
        }
        REQUIRE(
            t.session.add_payment(store::PaymentLine::Method::cash, t.session.quote().totals.payable).ok());
        if (kind == store::FailureKind::disk_full) {
            const auto pages = t.store.database().sql().execAndGet("PRAGMA page_count").getInt64();
            t.store.database().sql().exec("PRAGMA max_page_count = " + std::to_string(pages));
        } else {
            // What a read-only file answers (tests run as root, where permissions would not stop a write).
            t.store.database().sql().exec("PRAGMA query_only = ON");
        }
        const Notice failed = t.session.finish();
        REQUIRE(failed.outcome == Outcome::store_failed);
        CHECK(failed.failure == kind);
        CHECK_FALSE(failed.refusal);
        check_notice(till_language, ui::NoticeText::sentence(failed), failed);
        CHECK(t.session.lines().size() == 60);
        t.store.database().sql().exec("PRAGMA query_only = OFF");
    }
}

// Another till returned the dress while this one had the receipt open: the store refuses the second return.
void refused_return(const char* code, Language language) {
    Till t;
    TillLanguage till_language(code, language);
    REQUIRE(t.session.scan(kDressBarcode, till::ScanSource::scanner).outcome == Outcome::product_added);
    REQUIRE(t.session.add_payment(store::PaymentLine::Method::cash, t.session.quote().totals.payable).ok());
    const Notice sold = t.session.finish();
    REQUIRE(sold.outcome == Outcome::sale_committed);
    till::ReceiptReturn& ret = t.session.receipt_return();
    REQUIRE(ret.open(sold.detail).outcome == Outcome::receipt_opened);
    REQUIRE(ret.set_quantity(0, Quantity::pieces(1)).ok());
    REQUIRE(ret.set_reason("too small").ok());

    const auto receipt = t.store.sales().receipt_by_number(std::stoll(sold.detail));
    REQUIRE(receipt);
    store::Sales::RefundRequest other;
    other.refund_id = "other-till-return";
    other.receipt_id = receipt->id;
    other.lines = {{receipt->lines.at(0).line_no, Quantity::pieces(1)}};
    other.cashier_id = t.anna;
    other.reason = "returned at the other till";
    other.at = t.clock.now();
    other.shift_id = t.shift;
    t.store.sales().refund(other, t.rules);

    const Notice refused = ret.confirm();
    REQUIRE(refused.outcome == Outcome::return_refused);
    REQUIRE(refused.refusal);
    check_notice(till_language, ui::NoticeText::sentence(refused), refused);
}

// The rules editor's Save with nothing changed: the page's note in the owner's language.
void rules_with_nothing_to_save(const char* code, Language language) {
    Till t;
    till::OwnerDesk desk{t.store, t.rules.rules(), t.clock, sys::load_time_zone("Europe/Tallinn"), t.maria};
    TillLanguage till_language(code, language);
    ui::RulesEditorPage page(desk, t.format);
    page.save();
    const store::StoreError error = caught([&] { page.draft().save(); });
    REQUIRE(error.problem() == store::StoreProblem::rules_unchanged);
    check_error(till_language, page.note(), error);
    CHECK(page.note() == ui::NoticeText::store_error(error));
}

}  // namespace

TEST_CASE("the login's wrong PIN and lockout in Russian and Estonian", "[ui][translations][problems]") {
    login_refusals("ru", Language::ru);
    login_refusals("et", Language::et);
}

TEST_CASE("a card in use, a bank card and an unknown product in Russian and Estonian",
          "[ui][translations][problems]") {
    enrolment_and_card_refusals("ru", Language::ru);
    enrolment_and_card_refusals("et", Language::et);
}

TEST_CASE("a full disk and a read-only file under a sale in Russian and Estonian",
          "[ui][translations][problems]") {
    failing_sales("ru", Language::ru);
    failing_sales("et", Language::et);
}

TEST_CASE("a return the store refuses in Russian and Estonian", "[ui][translations][problems]") {
    refused_return("ru", Language::ru);
    refused_return("et", Language::et);
}

TEST_CASE("rules with nothing to save in Russian and Estonian", "[ui][translations][problems]") {
    rules_with_nothing_to_save("ru", Language::ru);
    rules_with_nothing_to_save("et", Language::et);
}
