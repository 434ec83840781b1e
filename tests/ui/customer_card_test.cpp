// Personal service on the sale screen: "goes well with" after a scan, and the customer card (F1) with its
// notes, attributes, points history and a complaint whose goodwill credit needs the owner's PIN.
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/ui/basket_dialogs.hpp"
#include "kassa/ui/customer_card_dialog.hpp"
#include "kassa/ui/enrol_dialog.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;
using kassa::till::Outcome;

namespace {

void type_and_enter(QLineEdit* input, const QString& text) {
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return);
}

QStringList texts(QTreeWidget* list, int column) {
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        out << list->topLevelItem(i)->text(column);
    }
    return out;
}

}  // namespace

TEST_CASE("after a scan the screen offers what goes with it, with the promotion it would trigger",
          "[ui][personal]") {
    Till t;
    t.store.catalog().upsert_product(testing::product("BROOCH-01", "Brooch", "accessories", 1490, {}));
    t.store.catalog().set_bundle("DRESS-0412", "BROOCH-01", true, store::Actor{"maria"}, t.clock.now());
    t.store.catalog().set_bundle("SCARF-01", "BROOCH-01", true, store::Actor{"maria"}, t.clock.now());
    QLabel* offered = t.find<QLabel>("suggestions");

    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    QCoreApplication::processEvents();  // the suggestion comes after the totals, on the next turn of the loop
    CHECK(offered->isVisibleTo(&t.screen));
    CHECK(offered->text() == QStringLiteral("Goes well with: Brooch 14.90"));

    // Two scarves: a brooch would be the third accessory, free with the 3-for-2, and the line says so.
    type_and_enter(t.screen.input(), QStringLiteral("SCARF-01"));
    type_and_enter(t.screen.input(), QStringLiteral("SCARF-01"));
    QCoreApplication::processEvents();
    const auto expected = t.session.suggestions_for_last_line();
    REQUIRE(expected.size() == 1);
    REQUIRE_FALSE(expected[0].discounts.empty());
    CHECK(offered->text() == QStringLiteral("Goes well with: Brooch 14.90 (") +
                                 QString::fromStdString(expected[0].discounts.front().text) +
                                 QStringLiteral(")"));

    // An emptied basket offers nothing.
    REQUIRE(t.session.cancel("changed her mind").ok());
    t.screen.refresh();
    CHECK_FALSE(offered->isVisibleTo(&t.screen));
}

TEST_CASE("the customer card: notes and attributes kept, a goodwill credit approved by the owner",
          "[ui][personal]") {
    Till t;
    type_and_enter(t.screen.input(), QString::fromLatin1(kOlgaCard));
    REQUIRE(t.session.customer());
    const Points before = t.store.customers().customer(t.olga)->balance;

    t.dialogs.then(expect<ui::CustomerCardDialog>([&t](ui::CustomerCardDialog& card) {
        // Her phone as dialled from the shop (an Estonian one), not as the file keeps it (+37251234567).
        CHECK(card.overview().contains(QStringLiteral("Phone: 5123 4567")));
        CHECK(card.overview().contains(QStringLiteral("Consent: personal data, SMS")));
        CHECK(card.overview().contains(QStringLiteral("Too few purchases")));
        CHECK(card.overview().contains(QStringLiteral("Tier: none reached yet")));
        CHECK(card.note_edit()->isEnabled());

        card.note_edit()->setText(QStringLiteral("Prefers SMS after 18:00"));
        card.add_note();
        card.attribute_key()->setText(QStringLiteral("size"));
        card.attribute_value()->setText(QStringLiteral("38"));
        card.set_attribute();
        CHECK(card.result() == QStringLiteral("Attribute kept."));
        // Attributes first (what the cashier looks for), then the notes.
        CHECK(texts(card.notes(), 0) ==
              QStringList{QStringLiteral("size: 38"), QStringLiteral("Prefers SMS after 18:00")});

        // She forgot her card: a new one is bound to her; a bank card is refused and not kept on screen.
        card.new_card()->setText(QStringLiteral("2000000000039"));
        card.bind_card();
        CHECK(card.overview().contains(QStringLiteral("2000000000039")));
        card.new_card()->setText(QStringLiteral("4111111111111111"));
        card.bind_card();
        CHECK(card.new_card()->text().isEmpty());
        CHECK_FALSE(card.result().contains(QStringLiteral("4111")));
        CHECK(card.result() != QStringLiteral("The new card is hers now; her points stay with her."));

        card.complaint_reason()->setText(QStringLiteral("Seam torn after one wash"));
        card.complaint_resolution()->setCurrentIndex(card.complaint_resolution()->findData(
            static_cast<int>(store::ComplaintResolution::points_credited)));
        card.complaint_points()->setValue(200);
        card.record_complaint();  // Anna is a cashier: the owner's PIN is asked (the next step)
        CHECK(card.result() == QStringLiteral("Complaint recorded."));
        CHECK(texts(card.complaints(), 1) == QStringList{QStringLiteral("Seam torn after one wash")});
        CHECK(texts(card.ledger(), 2).contains(QStringLiteral("Correction")));
        return static_cast<int>(QDialog::Accepted);
    }));
    t.dialogs.then(expect<ui::OwnerPinDialog>([](ui::OwnerPinDialog& pin) {
        pin.pin_edit()->setText(QStringLiteral("1234"));
        return static_cast<int>(QDialog::Accepted);
    }));
    CHECK_FALSE(t.find<QLabel>("remember")->isVisibleTo(&t.screen));  // nothing to remember yet
    t.screen.action(ui::SaleScreen::Action::card)->trigger();
    REQUIRE(t.dialogs.done());
    // What was written on the card is on the panel at once, and at her next visit.
    CHECK(t.text("remember") == QStringLiteral("size: 38\nPrefers SMS after 18:00"));
    REQUIRE(t.session.remove_customer().ok());
    type_and_enter(t.screen.input(), QString::fromLatin1(kOlgaCard));
    CHECK(t.text("remember") == QStringLiteral("size: 38\nPrefers SMS after 18:00"));
    CHECK(t.find<QLabel>("remember")->isVisibleTo(&t.screen));

    CHECK(t.store.customers().customer(t.olga)->balance == before + Points::of(200));
    const auto complaints = t.store.personal().complaints_of(t.olga);
    REQUIRE(complaints.size() == 1);
    CHECK(complaints[0].actor == t.maria);         // the owner who approved the credit
    CHECK(t.store.maintenance().check().empty());  // the cached balance still equals the ledger
    REQUIRE(t.store.customers().find_by_card("2000000000039").customer);
    CHECK(t.store.customers().find_by_card("2000000000039").customer->id == t.olga);
    const auto notes = t.store.personal().notes(t.olga);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].author == t.anna);
}

TEST_CASE("the customer card: nobody on the panel, or no personal-data consent", "[ui][personal]") {
    Till t;
    t.screen.action(ui::SaleScreen::Action::card)->trigger();
    CHECK(t.dialogs.opened.empty());
    CHECK(t.text("status").startsWith(QStringLiteral("Identify the customer first")));

    store::Enrolment anonymous;
    anonymous.card_number = "2000000000022";
    t.store.customers().enrol(anonymous, t.clock.now(), &t.rules);
    type_and_enter(t.screen.input(), QStringLiteral("2000000000022"));
    REQUIRE(t.session.customer());
    t.dialogs.then(expect<ui::CustomerCardDialog>([](ui::CustomerCardDialog& card) {
        CHECK_FALSE(card.note_edit()->isEnabled());
        CHECK(card.overview().contains(QStringLiteral("Consent: none")));
        return static_cast<int>(QDialog::Accepted);
    }));
    t.screen.action(ui::SaleScreen::Action::card)->trigger();
    CHECK(t.dialogs.done());
}

TEST_CASE("the customer card's and the enrolment's fields stop at the store's limits",
          "[ui][personal][limits]") {
    Till t;
    type_and_enter(t.screen.input(), QString::fromLatin1(kOlgaCard));
    REQUIRE(t.session.customer());
    // Cyrillic: two bytes a letter in UTF-8, one character for the field and for the store.
    const auto letters = [](int n) { return QString(n, QChar(0x0436)); };
    t.dialogs.then(expect<ui::CustomerCardDialog>([&](ui::CustomerCardDialog& card) {
        const int note_limit = static_cast<int>(store::text_limit(store::TextField::note));
        card.note_edit()->insert(letters(note_limit + 500));  // a paste
        CHECK(card.note_edit()->text() == letters(note_limit));
        card.add_note();
        card.attribute_key()->setText(letters(150));
        CHECK(card.attribute_key()->text().size() ==
              static_cast<int>(store::text_limit(store::TextField::attribute_name)));
        card.attribute_value()->setText(letters(900));
        CHECK(card.attribute_value()->text().size() ==
              static_cast<int>(store::text_limit(store::TextField::attribute_value)));
        card.complaint_reason()->setText(letters(3000));
        CHECK(card.complaint_reason()->text().size() ==
              static_cast<int>(store::text_limit(store::TextField::complaint_reason)));
        return static_cast<int>(QDialog::Accepted);
    }));
    t.screen.action(ui::SaleScreen::Action::card)->trigger();
    REQUIRE(t.dialogs.done());
    // What the field held is what the store kept, to the letter.
    const auto notes = t.store.personal().notes(t.olga);
    REQUIRE(notes.size() == 1);
    CHECK(QString::fromStdString(notes[0].text) == letters(2000));

    ui::EnrolDialog enrol(t.session, t.format);
    enrol.first_name()->setText(letters(300));
    CHECK(enrol.first_name()->text().size() ==
          static_cast<int>(store::text_limit(store::TextField::first_name)));
    enrol.email()->setText(QString(400, QLatin1Char('a')));
    CHECK(enrol.email()->text().size() == static_cast<int>(store::text_limit(store::TextField::email)));
}
