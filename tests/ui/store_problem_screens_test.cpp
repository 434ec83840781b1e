// The store's refusals and failures as the screens show them in Russian and Estonian, each made for real on
// a shop file: a wrong PIN and the lockout in the login dialog, a card in use and a bank card at enrolment
// and on the customer card, an unknown product, a full disk and a read-only file under a sale, a return the
// store refuses, a rules draft with nothing to save, a read-only file under the VAT rates and a shift closed
// under the shifts page. Then what the store keeps as keys: an empty client-day list's note, the customer
// card's points history and complaints, the reports' own keys and the cashiers behind their ids. Any
// sentence equal to the English source text, holding the store's English what() or showing a raw key fails.
#include <SQLiteCpp/SQLiteCpp.h>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTreeWidget>
#include <map>
#include <optional>
#include <set>

#include "kassa/core/segments.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/till/owner_desk.hpp"
#include "kassa/till/returns.hpp"
#include "kassa/ui/customer_card_dialog.hpp"
#include "kassa/ui/login_dialog.hpp"
#include "kassa/ui/notice_text.hpp"
#include "kassa/ui/owner_window.hpp"
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
    CHECK_FALSE(shown.contains(english));
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

// The owner's desk over the till's shop, and a Formatter in the till's language (dates and numbers as the
// screens of that till write them).
struct OwnerTill : Till {
    till::OwnerDesk desk{store, rules.rules(), clock, sys::load_time_zone("Europe/Tallinn"), maria};
    ui::Formatter local;
    explicit OwnerTill(Language language)
        : local(language, 2, QStringLiteral("EUR"), sys::load_time_zone("Europe/Tallinn")) {}
};

// The file turns read-only under the VAT page: saving the rates and a product's rate says so in the till's
// language, never in the store's English.
void read_only_vat(const char* code, Language language) {
    OwnerTill t(language);
    TillLanguage till_language(code, language);
    ui::VatPage page(t.desk, t.local);
    REQUIRE(page.table()->rowCount() == 3);
    t.store.database().sql().exec("PRAGMA query_only = ON");
    const store::StoreError error = caught([&] {
        t.desk.save_category_vat({{"dresses", VatRate::bp(2400)}});
    });
    REQUIRE(error.kind() == store::FailureKind::read_only);
    page.table()->item(0, ui::VatPage::kRateColumn)->setText(QStringLiteral("24"));
    page.save();
    check_error(till_language, page.note(), error);
    CHECK(page.note().endsWith(ui::NoticeText::store_error(error)));
    page.product_sku()->setText(QStringLiteral("SCARF-01"));
    page.product_rate()->setText(QStringLiteral("10"));
    page.set_product_rate();
    check_error(till_language, page.product_note(), error);
    CHECK(page.product_note() == ui::NoticeText::store_error(error));
    t.store.database().sql().exec("PRAGMA query_only = OFF");
}

// The page lists this morning's shift as open; meanwhile the owner closes it at the till, so its X report
// cannot be made: the shift's reason in the till's language.
void shift_closed_under_the_page(const char* code, Language language) {
    OwnerTill t(language);
    TillLanguage till_language(code, language);
    ui::ShiftsPage page(t.desk, t.local, nullptr);
    REQUIRE(page.table()->rowCount() == 1);
    store::Shifts shifts(t.store);
    store::CashCount counted;
    counted.total = shifts.x_report(t.clock.now()).expected_cash;
    shifts.close(t.maria, counted, Money::minor(10000), t.clock.now());
    page.choose(0);
    // Caught as itself: a copy as StoreError would lose the shift's reason.
    std::optional<store::ShiftError> error;
    try {
        t.desk.shift_report(std::nullopt);
    } catch (const store::ShiftError& e) {
        error = e;
    }
    REQUIRE(error);
    CHECK(error->problem() == store::ShiftProblem::no_open_shift);
    check_error(till_language, page.report(), *error);
    CHECK(page.report() == ui::NoticeText::store_error(*error));
}

// Today (a Wednesday) is not the announcement day of the client Wednesday (two days ahead: a Friday), so
// the list is empty and the note says why, naming the promotion and the day as this till writes them.
void empty_client_day_list(const char* code, Language language) {
    OwnerTill t(language);
    TillLanguage till_language(code, language);
    ui::ListsPage page(t.desk, t.local);
    page.list()->setCurrentIndex(page.list()->findData(QStringLiteral("client-day")));
    page.program()->setCurrentIndex(page.program()->findData(QStringLiteral("wednesday")));
    page.show_list();
    const store::ReportNote note = t.desk.outreach("client-day", std::nullopt, "wednesday").table.note;
    REQUIRE(note.kind == store::ReportNote::Kind::not_announcement_day);
    CHECK(note.day == parse_date("2026-11-27"));
    const QString name = QStringLiteral("Client Wednesday");
    const QString shown = page.note();
    const QString english =
        till_language.untranslated([&] { return ui::ReportText::note(note, t.local, name); });
    INFO("shown: " << shown.toStdString() << " / English: " << english.toStdString());
    CHECK(page.table()->rowCount() == 0);
    CHECK(shown == ui::ReportText::note(note, t.local, name));
    CHECK(shown != english);
    CHECK_FALSE(shown.contains(QStringLiteral("announcement")));
    CHECK(shown.contains(name));
    CHECK(shown.contains(t.local.date(note.day)));
}

QString shown_text(QTreeWidget* list, int row, int column) {
    REQUIRE(row < list->topLevelItemCount());
    return list->topLevelItem(row)->text(column);
}

// Olga's points history and complaints on her card: what each entry did and why, and what was done about
// each complaint, in the till's language; never the ledger's keys or the store's English reasons.
void card_history(const char* code, Language language) {
    Till t;
    // A purchase of three scarves (points earned), one scarf brought back (those points taken back), a
    // goodwill credit for a complaint, a replaced item, the owner's own correction and points that expired.
    REQUIRE(t.session.identify_by_card(kOlgaCard).outcome == Outcome::customer_identified);
    for (int i = 0; i < 3; ++i) {
        REQUIRE(t.session.scan(kScarfBarcode, till::ScanSource::scanner).outcome == Outcome::product_added);
    }
    REQUIRE(t.session.add_payment(store::PaymentLine::Method::cash, t.session.quote().totals.payable).ok());
    const Notice sold = t.session.finish();
    REQUIRE(sold.outcome == Outcome::sale_committed);
    const auto receipt = t.store.sales().receipt_by_number(std::stoll(sold.detail));
    REQUIRE(receipt);
    store::Sales::RefundRequest back;
    back.refund_id = "scarf-back";
    back.receipt_id = receipt->id;
    back.lines = {{receipt->lines.at(0).line_no, Quantity::pieces(1)}};
    back.cashier_id = t.anna;
    back.reason = "colour";
    back.at = t.clock.now();
    back.shift_id = t.shift;
    t.store.sales().refund(back, t.rules);
    store::ComplaintRequest credit;
    credit.customer_id = t.olga;
    credit.reason = "Seam torn after one wash";
    credit.resolution = store::ComplaintResolution::points_credited;
    credit.points = Points::of(200);
    credit.actor = t.maria;
    credit.at = t.clock.now();
    t.store.personal().record_complaint(credit);
    store::ComplaintRequest replaced = credit;
    replaced.reason = "Wrong size";
    replaced.resolution = store::ComplaintResolution::replaced;
    replaced.points = Points::of(0);
    t.store.personal().record_complaint(replaced);
    t.store.customers().adjust_points(store::CustomerId{t.olga}, Points::of(30), "Birthday cake",
                                      store::Actor{t.maria}, t.clock.now(),
                                      Instant{t.clock.now().unix_seconds + 3600});
    store::Maintenance(t.store).run_expiry(Instant{t.clock.now().unix_seconds + 7200});

    const store::CustomerHistory history = t.store.personal().customer_history(t.olga);
    std::set<std::string> kinds;
    std::set<store::LedgerReason> reasons;
    for (const store::LedgerLine& l : history.ledger) {
        kinds.insert(l.kind);
        reasons.insert(l.why);
    }
    REQUIRE(kinds == std::set<std::string>{"accrue", "adjust", "expire", "refund_reverse"});
    REQUIRE(reasons == std::set<store::LedgerReason>{
                           store::LedgerReason::welcome_points, store::LedgerReason::purchase,
                           store::LedgerReason::goods_returned, store::LedgerReason::complaint_credit,
                           store::LedgerReason::own_words, store::LedgerReason::points_expired});

    // The sale ended with its receipt: Olga is identified again for her card.
    REQUIRE(t.session.identify_by_card(kOlgaCard).outcome == Outcome::customer_identified);
    TillLanguage till_language(code, language);
    t.dialogs.then(expect<ui::CustomerCardDialog>([&](ui::CustomerCardDialog& card) {
        REQUIRE(card.ledger()->topLevelItemCount() == static_cast<int>(history.ledger.size()));
        for (std::size_t i = 0; i < history.ledger.size(); ++i) {
            const store::LedgerLine& l = history.ledger[i];
            const int row = static_cast<int>(i);
            const QString what = shown_text(card.ledger(), row, 2);
            const QString why = shown_text(card.ledger(), row, 3);
            const QString english_what =
                till_language.untranslated([&] { return ui::CustomerCardDialog::ledger_kind(l.kind); });
            const QString english_why =
                till_language.untranslated([&] { return ui::CustomerCardDialog::ledger_why(l, QString()); });
            INFO(l.kind << " / " << l.reason << ": shown " << what.toStdString() << " / "
                        << why.toStdString());
            CHECK(what == ui::CustomerCardDialog::ledger_kind(l.kind));
            CHECK(what != english_what);
            CHECK(what != QString::fromStdString(l.kind));
            if (l.why == store::LedgerReason::own_words) {
                CHECK(why == QStringLiteral("Birthday cake"));  // the owner's own words, as she wrote them
                continue;
            }
            CHECK_FALSE(why.isEmpty());
            CHECK(why != english_why);
            CHECK_FALSE(why.contains(QString::fromStdString(l.reason)));  // the ledger's English reason
            if (l.why == store::LedgerReason::complaint_credit) {
                CHECK(why.contains(QStringLiteral("Seam torn after one wash")));
            }
        }
        REQUIRE(card.complaints()->topLevelItemCount() == 2);
        for (int row = 0; row < 2; ++row) {
            const store::Complaint& k = history.complaints[static_cast<std::size_t>(row)];
            const QString done = shown_text(card.complaints(), row, 2);
            const QString english =
                till_language.untranslated([&] { return ui::ReportText::resolution(k.resolution); });
            INFO(store::resolution_name(k.resolution) << ": shown " << done.toStdString());
            CHECK(done == ui::ReportText::resolution(k.resolution));
            CHECK(done != english);
            CHECK(done != QString::fromLatin1(store::resolution_name(k.resolution)));
        }
        // The stamp card by its name, not its id; notes by who wrote them, not her id.
        REQUIRE(history.stamps.count("stamps") == 1);
        CHECK(card.overview().contains(QStringLiteral("Stamp card: ")));
        CHECK_FALSE(card.overview().contains(QStringLiteral("stamps: ")));
        card.note_edit()->setText(QStringLiteral("Likes linen"));
        card.add_note();
        CHECK(shown_text(card.notes(), 0, 1) == QStringLiteral("Anna"));
        CHECK_FALSE(card.overview().contains(QString::fromStdString(t.anna)));
        return static_cast<int>(QDialog::Accepted);
    }));
    t.screen.action(ui::SaleScreen::Action::card)->trigger();
    CHECK(t.dialogs.done());
}

// Every report over the week with a sale, a return, a complaint and a suggestion's figures: each cell that
// holds one of Kassa's keys (a return's kind, a suggestion's source, a complaint's resolution, a programme
// type, a computed segment) or a cashier's id is shown in words, not as the key and not in English.
void report_keys(const char* code, Language language) {
    OwnerTill t(language);
    REQUIRE(t.session.identify_by_card(kOlgaCard).outcome == Outcome::customer_identified);
    for (int i = 0; i < 3; ++i) {
        REQUIRE(t.session.scan(kScarfBarcode, till::ScanSource::scanner).outcome == Outcome::product_added);
    }
    REQUIRE(t.session.add_payment(store::PaymentLine::Method::cash, t.session.quote().totals.payable).ok());
    REQUIRE(t.session.finish().outcome == Outcome::sale_committed);
    store::ComplaintRequest complaint;
    complaint.customer_id = t.olga;
    complaint.reason = "Button missing";
    complaint.resolution = store::ComplaintResolution::refunded;
    complaint.actor = t.maria;
    complaint.at = t.clock.now();
    t.store.personal().record_complaint(complaint);
    // An owner's segment and a computed one (as the nightly job would have found her a VIP).
    t.store.customers().set_owner_segment(store::CustomerId{t.olga}, "staff", true, store::Actor{t.maria},
                                          t.clock.now());
    t.store.database().sql().exec("INSERT INTO customer_segments(customer_id, segment) VALUES ('" + t.olga +
                                  "', 'vip')");

    // The keys each column may hold (docs/reports.md); any other value there is the owner's own.
    std::map<std::string, std::set<std::string>> keys{
        {"kind", {"with_receipt", "without_receipt", "total"}},
        {"source", {"bundle", "cooccurrence", "total"}},
        {"actor", {t.maria, t.anna}},
    };
    for (const auto r : {store::ComplaintResolution::replaced, store::ComplaintResolution::refunded,
                         store::ComplaintResolution::points_credited, store::ComplaintResolution::other}) {
        keys["resolution"].insert(store::resolution_name(r));
    }
    for (const std::string& segment : computed_segment_names()) {
        keys["segment"].insert(segment);
    }
    for (const Program& program : t.rules.rules().programs) {
        keys["type"].insert(std::string(to_string(program.type())));
    }

    TillLanguage till_language(code, language);
    ui::ReportsPage page(t.desk, t.local);
    std::set<std::string> seen;
    for (const std::string& name : store::report_names()) {
        page.report()->setCurrentIndex(page.report()->findData(QString::fromStdString(name)));
        page.show_report();
        REQUIRE(page.shown());
        const store::ReportTable& table = *page.shown();
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const QString title = page.table()->horizontalHeaderItem(static_cast<int>(c))->text();
            CHECK(title != QString::fromStdString(table.columns[c].name));
            for (std::size_t r = 0; r < table.rows.size(); ++r) {
                const auto* text = std::get_if<std::string>(&table.rows[r][c]);
                const auto column = keys.find(table.columns[c].name);
                if (text == nullptr || column == keys.end() || column->second.count(*text) == 0) {
                    continue;
                }
                seen.insert(table.columns[c].name);
                const QString shown = page.table()->item(static_cast<int>(r), static_cast<int>(c))->text();
                const QString english = till_language.untranslated([&] {
                    return ui::ReportText::cell(table.columns[c], table.rows[r][c], t.local, {},
                                                t.desk.cashier_names());
                });
                INFO(name << " " << table.columns[c].name << " " << *text << ": shown "
                          << shown.toStdString());
                CHECK_FALSE(shown.isEmpty());
                CHECK(shown != QString::fromStdString(*text));
                // A cashier's name reads the same in every language; a key's words do not.
                if (*text != t.maria && *text != t.anna) {
                    CHECK(shown != english);
                }
            }
        }
    }
    // Every kind of key was on some report.
    CHECK(seen == std::set<std::string>{"kind", "source", "resolution", "type", "segment", "actor"});
    // And every computed segment has its words, seen on a report or not.
    for (const std::string& segment : computed_segment_names()) {
        const QString english = till_language.untranslated([&] { return ui::ReportText::segment(segment); });
        CHECK(ui::ReportText::segment(segment) != english);
    }
    CHECK(ui::ReportText::segment("staff") == QStringLiteral("staff"));  // the owner's own segment
}

// Every ledger kind and reason the card can show, and every resolution, has words of its own in the till's
// language (the card test above meets most of them on a real ledger; this one leaves none out).
void every_ledger_word(const char* code, Language language) {
    TillLanguage till_language(code, language);
    for (const auto kind :
         {store::LedgerKind::accrue, store::LedgerKind::redeem, store::LedgerKind::expire,
          store::LedgerKind::adjust, store::LedgerKind::refund_reverse, store::LedgerKind::refund_restore}) {
        const std::string key = store::ledger_kind_name(kind);
        const QString shown = ui::CustomerCardDialog::ledger_kind(key);
        INFO(key << ": " << shown.toStdString());
        CHECK(shown != QString::fromStdString(key));
        CHECK(shown != till_language.untranslated([&] { return ui::CustomerCardDialog::ledger_kind(key); }));
    }
    for (const auto why : {store::LedgerReason::purchase, store::LedgerReason::welcome_points,
                           store::LedgerReason::paid_with_points, store::LedgerReason::points_expired,
                           store::LedgerReason::goods_returned, store::LedgerReason::points_given_back,
                           store::LedgerReason::imported, store::LedgerReason::complaint_credit}) {
        store::LedgerLine line;
        line.why = why;
        line.why_words = why == store::LedgerReason::complaint_credit ? "Seam torn" : "";
        const QString shown = ui::CustomerCardDialog::ledger_why(line, QStringLiteral("Bonus points"));
        INFO(static_cast<int>(why) << ": " << shown.toStdString());
        CHECK_FALSE(shown.isEmpty());
        CHECK(shown != QStringLiteral("Bonus points"));
        CHECK(shown != till_language.untranslated([&] {
            return ui::CustomerCardDialog::ledger_why(line, QStringLiteral("Bonus points"));
        }));
    }
    // No reason at all: the programme by its name.
    store::LedgerLine bare;
    CHECK(ui::CustomerCardDialog::ledger_why(bare, QStringLiteral("Bonus points")) ==
          QStringLiteral("Bonus points"));
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

TEST_CASE("a read-only file under the VAT rates in Russian and Estonian", "[ui][translations][problems]") {
    read_only_vat("ru", Language::ru);
    read_only_vat("et", Language::et);
}

TEST_CASE("a shift closed under the shifts page in Russian and Estonian", "[ui][translations][problems]") {
    shift_closed_under_the_page("ru", Language::ru);
    shift_closed_under_the_page("et", Language::et);
}

TEST_CASE("an empty client-day list says why in Russian and Estonian", "[ui][translations][problems]") {
    empty_client_day_list("ru", Language::ru);
    empty_client_day_list("et", Language::et);
}

TEST_CASE("the customer card's points history and complaints in Russian and Estonian",
          "[ui][translations][problems]") {
    card_history("ru", Language::ru);
    card_history("et", Language::et);
}

TEST_CASE("the reports show Kassa's keys and cashiers' ids in words in Russian and Estonian",
          "[ui][translations][problems]") {
    report_keys("ru", Language::ru);
    report_keys("et", Language::et);
}

TEST_CASE("every ledger kind and reason has words in Russian and Estonian", "[ui][translations][problems]") {
    every_ledger_word("ru", Language::ru);
    every_ledger_word("et", Language::et);
}
