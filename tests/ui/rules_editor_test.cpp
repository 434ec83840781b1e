// The owner's rules editor over a real shop file: a form for every programme type gives back the document
// it shows, a bad value gets the engine's sentence under its field and cannot be saved, a new promotion made
// in the forms previews as the store's what-if computes it and saves as a version, and coupon codes are
// made and printed.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "kassa/core_json/programme_fields.hpp"
#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/ui/owner_window.hpp"
#include "kassa/ui/rules_editor.hpp"
#include "translated_language.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;
using Json = nlohmann::json;

namespace {

struct Editor : Till {
    till::OwnerDesk desk{store, rules.rules(), clock, sys::load_time_zone("Europe/Tallinn"), maria};

    void sell_dress_to_olga() {
        REQUIRE(session.scan(kDressBarcode, till::ScanSource::scanner).outcome ==
                till::Outcome::product_added);
        REQUIRE(session.scan(kOlgaCard, till::ScanSource::scanner).outcome ==
                till::Outcome::customer_identified);
        REQUIRE(session.add_payment(store::PaymentLine::Method::cash, session.quote().totals.payable).ok());
        REQUIRE(session.finish().outcome == till::Outcome::sale_committed);
    }
};

// Every programme type with every field a form shows written out (defaults included), so the form made
// from the widgets alone must equal it field by field.
Json every_programme() {
    const auto common = [](Json p) {
        p["active"] = true;
        p["priority"] = 100;
        p["stacking"] = "exclusive";
        return p;
    };
    Json programs = Json::array();
    programs.push_back(common({{"id", "bonus"},
                               {"type", "bonus"},
                               {"name", "Bonus points"},
                               {"accrual_bp", 550},
                               {"category_rates", {{"dresses", 1000}}},
                               {"excluded_categories", {"gift_cards"}},
                               {"redeem_cap_bp", 5000},
                               {"min_redeem_points", 100},
                               {"point_value", 1},
                               {"hold_days", 14},
                               {"expiry_days", 365},
                               {"welcome_points", 500},
                               {"accrue_on_redeemed", false},
                               {"accrue_on_discounted", true},
                               {"rounding", "per_full_units"},
                               {"rounding_unit", 250}}));
    programs.push_back(
        common({{"id", "tiers"},
                {"type", "tiers"},
                {"name", "Club card"},
                {"basis", "rolling"},
                {"window_days", 365},
                {"levels",
                 {{{"name", "Silver"}, {"min_spend", 50000}, {"discount_bp", 300}, {"extra_accrual_bp", 100}},
                  {{"name", "Gold"}, {"min_spend", 150050}, {"discount_bp", 550}}}}}));
    programs.push_back(common({{"id", "staff"},
                               {"type", "fixed_discount"},
                               {"name", "Staff"},
                               {"discount_bp", 2000},
                               {"segments", {"staff"}},
                               {"categories", {"dresses"}}}));
    programs.push_back(common({{"id", "stamps"},
                               {"type", "stamps"},
                               {"name", "Stamp card"},
                               {"goal", 10},
                               {"min_amount", 3000},
                               {"categories", {"accessories"}},
                               {"reward", {{"type", "amount_off"}, {"amount", 2000}}},
                               {"reward_name", "20.00 off"}}));
    programs.push_back(common({{"id", "spring"},
                               {"type", "coupon"},
                               {"name", "Spring coupon"},
                               {"public_code", "SPRING"},
                               {"codes", {"AB12-CD34", "EF56-GH78"}},
                               {"effect", {{"type", "percent_off"}, {"percent_bp", 1250}}},
                               {"min_basket", 2000},
                               {"categories", {"dresses"}},
                               {"stackable", false}}));
    programs.push_back(common(
        {{"id", "set"},
         {"type", "promotion"},
         {"name", "Scarf and dress"},
         {"valid_from", "2026-11-20"},
         {"valid_to", "2026-12-24"},
         {"conditions",
          {{"weekdays", {3, 6}},
           {"hours", {{"from", "10:00"}, {"to", "14:30"}}},
           {"segments", {"regular"}},
           {"cardholders_only", true},
           {"min_basket", 1000},
           {"products", {"DRESS-0412", "SCARF-01"}},
           {"categories", {"accessories"}},
           {"min_qty", 2500}}},
         {"effect",
          {{"type", "bundle_price"},
           {"price", 8900},
           {"items",
            {{{"skus", {"DRESS-0412"}}, {"pieces", 1}}, {{"categories", {"accessories"}}, {"pieces", 2}}}}}},
         {"reason", "Move the winter scarves"},
         {"slogan", "Dress up"},
         {"announce_days_before", 3}}));
    programs.push_back(
        common({{"id", "gift"},
                {"type", "promotion"},
                {"name", "Gift ribbon"},
                {"conditions", {{"cardholders_only", false}}},
                {"effect", {{"type", "gift_item"}, {"sku", "RIBBON"}, {"name", "A ribbon"}}}}));
    programs.push_back(common({{"id", "double"},
                               {"type", "promotion"},
                               {"name", "Double points"},
                               {"conditions", {{"cardholders_only", false}}},
                               {"effect", {{"type", "points_multiplier"}, {"multiplier_bp", 25000}}}}));
    programs.push_back(
        common({{"id", "birthday"},
                {"type", "birthday"},
                {"name", "Birthday week"},
                {"days_before", 3},
                {"days_after", 4},
                {"frequency", "every_purchase"},
                {"effect", {{"type", "extra_points"}, {"points", 300}, {"expiry_days", 30}}}}));
    programs.push_back(common({{"id", "welcome"},
                               {"type", "welcome"},
                               {"name", "Welcome"},
                               {"effect", {{"type", "percent_off"}, {"percent_bp", 500}}}}));
    programs.push_back(common({{"id", "friend"},
                               {"type", "referral"},
                               {"name", "Bring a friend"},
                               {"referrer_points", 500},
                               {"new_customer_points", 250},
                               {"expiry_days", 60}}));
    programs.push_back(common({{"id", "miss-you"},
                               {"type", "reactivation"},
                               {"name", "We miss you"},
                               {"dormant_days", 120},
                               {"points", 400},
                               {"expiry_days", 14}}));
    programs.push_back(common({{"id", "next"},
                               {"type", "next_order_coupon"},
                               {"name", "Next visit"},
                               {"threshold", 5000},
                               {"effect", {{"type", "free_item"}}},
                               {"valid_days", 30},
                               {"min_basket", 1000},
                               {"categories", {"accessories"}},
                               {"stackable", true}}));
    return Json{{"version", 1},
                {"currency", "EUR"},
                {"time_zone", "Europe/Tallinn"},
                {"language", "en"},
                {"programs", programs}};
}

template <typename W>
W* in(QWidget* parent, const char* name) {
    auto* widget = parent->findChild<W*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

void tick(QWidget* names_field, const QString& value) {
    auto* list = names_field->findChild<QListWidget*>();
    REQUIRE(list != nullptr);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == value) {
            list->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    FAIL("no " << value.toStdString() << " to tick");
}

}  // namespace

TEST_CASE("rules editor: the form of every programme type shows the document and gives it back",
          "[ui][owner][editor]") {
    Editor t;
    const Json document = every_programme();
    REQUIRE(kassa::json::read_rules(document).errors.empty());
    t.store.rules().save_rules(document.dump(), store::Actor{t.maria}, "every programme", t.clock.now());
    ui::RulesEditorPage page(t.desk, t.format);
    REQUIRE(page.programmes()->count() == static_cast<int>(document["programs"].size()));
    for (int row = 0; row < page.programmes()->count(); ++row) {
        page.programmes()->setCurrentRow(row);
        REQUIRE(page.form() != nullptr);
        const Json& expected = document["programs"][static_cast<std::size_t>(row)];
        INFO(expected["id"].get<std::string>());
        CHECK(page.form()->typed() == expected);
        CHECK(page.form()->programme() == expected);
    }
    CHECK(page.draft().changes().empty());
    CHECK(page.draft().errors().empty());
    CHECK(page.save_button()->isEnabled());
    // Money and percent as the owner reads them.
    page.programmes()->setCurrentRow(0);
    CHECK(qobject_cast<QLineEdit*>(page.form()->field("accrual_bp"))->text() == QStringLiteral("5.5"));
    CHECK(qobject_cast<QLineEdit*>(page.form()->field("rounding_unit"))->text() == QStringLiteral("2.5"));
    page.programmes()->setCurrentRow(5);
    CHECK(in<QLineEdit>(page.form(), "field_price")->text() == QStringLiteral("89"));
    CHECK(in<QLineEdit>(page.form(), "field_conditions.min_qty")->text() == QStringLiteral("2.5"));
}

TEST_CASE("rules editor: a bad value gets the engine's sentence under its field, and nothing is saved",
          "[ui][owner][editor]") {
    Editor t;
    ui::OwnerWindow window(t.desk, t.format);
    ui::RulesEditorPage& page = *window.editor();
    CHECK(window.tabs()->indexOf(&page) >= 0);
    page.programmes()->setCurrentRow(0);
    auto* accrual = qobject_cast<QLineEdit*>(page.form()->field("accrual_bp"));
    REQUIRE(accrual != nullptr);
    CHECK(accrual->text() == QStringLiteral("5"));
    accrual->setText(QStringLiteral("150"));
    // The engine's "must be between 0 and 10000" (basis points) in the percent she typed.
    CHECK(page.form()->error_under("accrual_bp") == QStringLiteral("must be between 0 and 100"));
    CHECK_FALSE(page.save_button()->isEnabled());
    REQUIRE(page.problems()->count() >= 1);
    // In the list too: the field's label and the percent she typed, not the document's key and basis points.
    CHECK(page.problems()->item(0)->text() ==
          QStringLiteral("Bonus points, Points back (% of what is paid): must be between 0 and 100"));
    page.save();
    CHECK(t.store.rules().rules_history().size() == 1);

    accrual->setText(QStringLiteral("ten"));
    CHECK(page.form()->error_under("accrual_bp") == QStringLiteral("must be a number"));

    accrual->setText(QStringLiteral("7,5"));
    CHECK(page.form()->error_under("accrual_bp").isEmpty());
    CHECK(page.save_button()->isEnabled());
    QSignalSpy saved(&page, &ui::RulesEditorPage::saved);
    page.save();
    CHECK(saved.count() == 1);
    CHECK(page.note() == QStringLiteral("Saved as rules version 2. The tills use it from their next sale."));
    const auto history = t.store.rules().rules_history();
    REQUIRE(history.size() == 2);
    CHECK(history[0].author == t.maria);
    CHECK(history[0].summary == "bonus: accrual_bp 500 -> 750");
    CHECK(Json::parse(t.store.rules().current_rules()->second)["programs"][0]["accrual_bp"] == 750);
    // The history tab shows the new version at once.
    CHECK(window.rules()->versions()->rowCount() == 2);

    // The conflicts the engine accepts are listed, never blocking.
    bool conflict = false;
    for (int i = 0; i < page.problems()->count(); ++i) {
        conflict = conflict || page.problems()->item(i)->text() ==
                                   QStringLiteral(
                                       "tiers and birthday are both exclusive on every line: a line "
                                       "gets only the one worth more. Make one combinable to give both.");
    }
    CHECK(conflict);
}

TEST_CASE("rules editor: a promotion made in the forms, its preview is the store's what-if, then saved",
          "[ui][owner][editor][whatif]") {
    Editor t;
    t.sell_dress_to_olga();
    ui::RulesEditorPage page(t.desk, t.format);
    page.add(ProgramType::promotion);
    REQUIRE(page.programmes()->currentRow() == 6);
    ui::ProgrammeForm* form = page.form();
    qobject_cast<QLineEdit*>(form->field("id"))->setText(QStringLiteral("dress-week"));
    qobject_cast<QLineEdit*>(form->field("name"))->setText(QStringLiteral("Dress week"));
    tick(form->field("conditions.categories"), QStringLiteral("dresses"));
    // The template is 10% off; she makes it 20.
    in<QLineEdit>(form->field("effect"), "field_percent_bp")->setText(QStringLiteral("20"));
    CHECK(page.draft().errors().empty());
    CHECK(page.programmes()->item(6)->text().startsWith(QStringLiteral("Dress week\n")));

    page.show_preview();
    const store::WhatIf expected =
        t.store.rules().what_if(t.rules, kassa::testing::compile(page.draft().document().dump()),
                                add_calendar_days(t.clock.now(), -30, t.rules.zone()), t.clock.now());
    REQUIRE(expected.receipts == 1);
    CHECK(expected.draft.discount.minor_units() > expected.current.discount.minor_units());
    REQUIRE(page.preview_table()->rowCount() == 3);
    CHECK(page.preview_table()->item(0, 1)->text() == t.format.money(expected.current.discount));
    CHECK(page.preview_table()->item(0, 2)->text() == t.format.money(expected.draft.discount));
    CHECK(page.preview_table()->item(1, 2)->text() == t.format.points(expected.draft.points_earned));
    CHECK(page.note().startsWith(QStringLiteral("Last 30 days: 1 receipts, 1 customers. With the draft 1")));

    // Another effect type: buy 2, get 1 free.
    auto* type = in<QComboBox>(form->field("effect"), "effect_type");
    type->setCurrentIndex(type->findData(QStringLiteral("buy_n_get_m")));
    CHECK(page.draft().errors().size() == 2);  // buy and get are required
    in<QLineEdit>(form->field("effect"), "field_buy")->setText(QStringLiteral("2"));
    in<QLineEdit>(form->field("effect"), "field_get")->setText(QStringLiteral("1"));
    CHECK(page.draft().errors().empty());

    page.save();
    const Json saved = Json::parse(t.store.rules().current_rules()->second);
    const Json& promotion = saved["programs"][6];
    CHECK(promotion["id"] == "dress-week");
    CHECK(promotion["conditions"]["categories"] == Json::array({"dresses"}));
    CHECK(promotion["effect"] == Json({{"type", "buy_n_get_m"}, {"buy", 2}, {"get", 1}}));
    CHECK(promotion["valid_from"] == "2026-11-25");
    CHECK_THAT(t.store.rules().rules_history()[0].summary,
               Catch::Contains("added programme dress-week (promotion)"));
}

TEST_CASE("rules editor: single-use coupon codes are made, shown and printed", "[ui][owner][editor]") {
    Editor t;
    ui::RulesEditorPage page(t.desk, t.format);
    page.add(ProgramType::coupon);
    CHECK(page.form()->error_under("codes") ==
          QStringLiteral("a coupon needs single-use codes or a code for everybody"));
    CHECK_FALSE(page.save_button()->isEnabled());
    in<QSpinBox>(page.form(), "codes_count")->setValue(12);
    QTest::mouseClick(in<QPushButton>(page.form(), "make_codes"), Qt::LeftButton);
    QCoreApplication::processEvents();
    const auto codes = page.draft().programme(6)["codes"];
    REQUIRE(codes.size() == 12);
    // The form shows them (it was opened again with them) and the draft is good to save.
    auto* shown = qobject_cast<QPlainTextEdit*>(page.form()->field("codes"));
    REQUIRE(shown != nullptr);
    CHECK(shown->toPlainText().split(QLatin1Char('\n')).size() == 12);
    CHECK(shown->toPlainText().startsWith(QString::fromStdString(codes[0].get<std::string>())));
    CHECK(page.draft().errors().empty());
    CHECK(page.note() == QStringLiteral("12 new code(s) added; print them before saving or after."));

    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("codes.pdf")));
    page.print_codes(printer);
    QFile pdf(dir.filePath(QStringLiteral("codes.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(pdf.size() > 1000);

    page.save();
    const Json saved = Json::parse(t.store.rules().current_rules()->second);
    CHECK(saved["programs"][6]["codes"] == codes);
}

TEST_CASE("rules editor: every field of the programme table has its widget and its words, and no other field",
          "[ui][owner][editor][table]") {
    using kassa::json::FieldKind;
    using kassa::json::FieldSpec;
    Editor t;
    ui::RulesEditorPage page(t.desk, t.format);
    for (const auto& programme : kassa::json::programme_table()) {
        const ProgramType type = programme.type;
        INFO(std::string(to_string(type)));
        page.add(type);
        ui::ProgrammeForm* form = page.form();
        REQUIRE(form != nullptr);
        std::set<std::string> known;  // the keys the table gives this form, effects' own fields included
        for (const auto* fields : {&kassa::json::common_fields(), &programme.fields}) {
            for (const FieldSpec& spec : *fields) {
                INFO(spec.key);
                known.insert(spec.key);
                QWidget* widget = form->field(spec.key);
                REQUIRE(widget != nullptr);
                CHECK_FALSE(ui::ProgrammeForm::label(type, spec.key).isEmpty());
                for (const std::string& word : spec.words) {
                    INFO(word);
                    CHECK_FALSE((spec.kind == FieldKind::effect
                                     ? ui::ProgrammeForm::effect_title(word)
                                     : ui::ProgrammeForm::choice_word(spec.key, word))
                                    .isEmpty());
                }
                if (spec.kind == FieldKind::effect) {
                    CHECK(widget->findChild<QComboBox*>(QStringLiteral("effect_type"))->count() ==
                          static_cast<int>(spec.words.size()));
                    for (const std::string& effect : spec.words) {
                        for (const FieldSpec& own : kassa::json::effect_fields(effect)) {
                            INFO(effect << "." << own.key);
                            known.insert(own.key);
                            CHECK(widget->findChild<QWidget*>(QStringLiteral("field_") +
                                                              QString::fromStdString(own.key)) != nullptr);
                            CHECK_FALSE(ui::ProgrammeForm::effect_label(own.key).isEmpty());
                            for (const FieldSpec& column : own.columns) {
                                CHECK_FALSE(ui::ProgrammeForm::column_title(own.key, column.key).isEmpty());
                            }
                        }
                    }
                }
                if (spec.kind == FieldKind::rows || spec.kind == FieldKind::rates) {
                    auto* table = widget->findChild<QTableWidget*>(QStringLiteral("rows"));
                    REQUIRE(table != nullptr);
                    CHECK(table->columnCount() == static_cast<int>(spec.columns.size()));
                    for (const FieldSpec& column : spec.columns) {
                        CHECK_FALSE(ui::ProgrammeForm::column_title(spec.key, column.key).isEmpty());
                    }
                }
            }
        }
        // And the form shows nothing the table does not have: a field added to the editor alone fails here.
        for (const QWidget* widget : form->findChildren<QWidget*>()) {
            const QString name = widget->objectName();
            if (name.startsWith(QStringLiteral("field_"))) {
                INFO(name.toStdString());
                CHECK(known.count(name.mid(6).toStdString()) == 1);
            }
        }
    }
}

TEST_CASE("rules editor: at 1024x768 in Russian the programmes and the common fields show without scrolling",
          "[ui][owner][editor][layout]") {
    Editor t;
    TillLanguage russian("ru", Language::ru);
    const ui::Formatter format{Language::ru, 2, QStringLiteral("EUR"), sys::load_time_zone("Europe/Tallinn")};
    ui::OwnerWindow window(t.desk, format);
    ui::RulesEditorPage& page = *window.editor();
    window.tabs()->setCurrentWidget(&page);
    window.resize(1024, 768);
    window.show();
    QCoreApplication::processEvents();
    // The longest Russian labels do not push the window past the screen.
    CHECK(window.minimumSizeHint().width() <= 1024);
    CHECK(window.minimumSizeHint().height() <= 768);
    CHECK(window.size() == QSize(1024, 768));

    const auto fully_visible = [](QWidget* widget, QWidget* within) {
        const QRect rect(widget->mapTo(within, QPoint(0, 0)), widget->size());
        INFO(widget->objectName().toStdString()
             << " at " << rect.x() << "," << rect.y() << " " << rect.width() << "x" << rect.height() << " in "
             << within->width() << "x" << within->height());
        CHECK(widget->isVisible());
        CHECK(within->rect().contains(rect));
    };
    // Every programme of the list, each whole in the list's own view: nothing to scroll.
    QListWidget* list = page.programmes();
    REQUIRE(list->count() == 6);
    fully_visible(list, &window);
    for (int row = 0; row < list->count(); ++row) {
        INFO("programme " << row);
        CHECK(list->viewport()->rect().contains(list->visualItemRect(list->item(row))));
    }
    // The chosen programme's common fields and their labels, in the form's view as it opens.
    for (int row : {0, 5}) {  // the bonus programme, then the longest form: the promotion's
        list->setCurrentRow(row);
        QCoreApplication::processEvents();
        ui::ProgrammeForm* form = page.form();
        REQUIRE(form != nullptr);
        auto* scroll = qobject_cast<QScrollArea*>(form->parentWidget()->parentWidget());
        REQUIRE(scroll != nullptr);
        CHECK(scroll->verticalScrollBar()->value() == 0);
        CHECK(scroll->horizontalScrollBar()->maximum() == 0);  // no sideways scrolling either
        fully_visible(scroll, &window);
        // Not a slot under the lists below it: the form has most of the window's height.
        CHECK(scroll->viewport()->height() * 2 > window.height());
        auto* layout = qobject_cast<QFormLayout*>(form->layout());
        REQUIRE(layout != nullptr);
        for (const kassa::json::FieldSpec& spec : kassa::json::common_fields()) {
            QWidget* field = form->field(spec.key);
            REQUIRE(field != nullptr);
            fully_visible(field, scroll->viewport());
            if (QWidget* label = layout->labelForField(field->parentWidget())) {
                CHECK_FALSE(qobject_cast<QLabel*>(label)->text().isEmpty());
                fully_visible(label, scroll->viewport());
            }
        }
    }
    list->setCurrentRow(0);
    QCoreApplication::processEvents();
    // The picture for docs/till.md, in the build tree like the end-to-end test's.
    const QString folder = QStringLiteral(KASSA_SCREENSHOT_DIR);
    REQUIRE(QDir().mkpath(folder));
    CHECK(window.grab().save(folder + QStringLiteral("/rules-editor-ru-1024x768.png")));
}
