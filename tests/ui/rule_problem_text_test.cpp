// The rules editor's sentences in Russian and Estonian: every problem the reader can find in a document, the
// place it is at and every change between two versions are worded from their types and values, never from
// the engine's English reason or a JSON path.
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTableWidget>

#include "kassa/core_json/rules_diff.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/ui/owner_window.hpp"
#include "kassa/ui/rules_editor.hpp"
#include "translated_language.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;
using Json = nlohmann::json;

namespace {

void every_problem_reads_in(const char* code, Language language) {
    TillLanguage till(code, language);
    const QLocale locale = ui::Formatter::locale_for(language);
    for (std::size_t i = 0; i < kScreenRuleProblemCount; ++i) {
        RuleError error{
            "programs[0].accrual_bp", "the engine's English", static_cast<RuleProblem>(i), "X-7Q", 3, 250};
        const QString sentence = ui::ProgrammeForm::problem_text(error, 0, locale);
        const QString english =
            till.untranslated([&] { return ui::ProgrammeForm::problem_text(error, 0, locale); });
        INFO(code << ": problem " << i << ": " << sentence.toStdString());
        CHECK_FALSE(sentence.isEmpty());
        CHECK(sentence != english);
        CHECK_FALSE(sentence.contains(QRegularExpression(QStringLiteral("%[0-9n]"))));
        CHECK_FALSE(sentence.contains(QStringLiteral("English")));
        const auto problem = static_cast<RuleProblem>(i);
        if (problem == RuleProblem::out_of_range) {
            CHECK(sentence.contains(QStringLiteral("3")));
            CHECK(sentence.contains(QStringLiteral("250")));
        }
        if (problem == RuleProblem::too_long || problem == RuleProblem::too_many_items) {
            CHECK(sentence.contains(QStringLiteral("250")));
        }
        for (const RuleProblem with_value :
             {RuleProblem::not_a_choice, RuleProblem::not_a_time_of_day, RuleProblem::not_a_currency,
              RuleProblem::unknown_time_zone, RuleProblem::id_taken, RuleProblem::rate_of_excluded_category,
              RuleProblem::level_name_taken, RuleProblem::code_taken, RuleProblem::category_excluded}) {
            if (problem == with_value) {
                CHECK(sentence.contains(QStringLiteral("X-7Q")));
            }
        }
    }
}

// No word of the JSON document's own (a key with an underscore, a path with brackets) and no English arrow.
void no_document_words(const QString& text) {
    INFO(text.toStdString());
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[a-z]+_[a-z_]+"))));
    CHECK_FALSE(text.contains(QStringLiteral("programs[")));
    CHECK_FALSE(text.contains(QStringLiteral("->")));
    CHECK_FALSE(text.contains(QStringLiteral("must be")));
}

}  // namespace

TEST_CASE("every problem of a rules document has a Russian and an Estonian sentence with its values",
          "[ui][translations][editor]") {
    every_problem_reads_in("ru", Language::ru);
    every_problem_reads_in("et", Language::et);
}

TEST_CASE("a Russian rules editor lists a document's problems by the fields' own labels",
          "[ui][translations][editor]") {
    Till t;
    till::OwnerDesk desk{t.store, t.rules.rules(), t.clock, sys::load_time_zone("Europe/Tallinn"), t.maria};
    TillLanguage russian("ru", Language::ru);
    const ui::Formatter format{Language::ru, 2, QStringLiteral("EUR"), sys::load_time_zone("Europe/Tallinn")};
    ui::RulesEditorPage page(desk, format);
    // An out-of-range percent, a tier level that does not rise, a second points programme: a field, a row of
    // a table and the list of programmes.
    page.programmes()->setCurrentRow(0);
    auto* accrual = qobject_cast<QLineEdit*>(page.form()->field("accrual_bp"));
    REQUIRE(accrual != nullptr);
    accrual->setText(QStringLiteral("150"));
    REQUIRE(page.problems()->count() >= 1);
    const QString first = page.problems()->item(0)->text();
    CHECK(first.contains(ui::ProgrammeForm::label(ProgramType::bonus, "accrual_bp")));
    CHECK(first.contains(QStringLiteral("100")));  // the percent she typed, not the basis points
    CHECK(
        page.form()->error_under("accrual_bp") ==
        ui::ProgrammeForm::problem_text({"", "", RuleProblem::out_of_range, {}, 0, 100}, 0, format.locale()));
    for (int i = 0; i < page.problems()->count(); ++i) {
        no_document_words(page.problems()->item(i)->text());
    }
    // Where a problem of a table's row is: the table's label, its row and its column's title.
    CHECK(ui::ProgrammeForm::path_title(ProgramType::tiers, "levels[1].min_spend") ==
          QStringLiteral("%1, строка 2: %2")
              .arg(ui::ProgrammeForm::label(ProgramType::tiers, "levels"),
                   ui::ProgrammeForm::column_title("levels", "min_spend")));
    no_document_words(ui::ProgrammeForm::path_title(ProgramType::promotion, "effect.percent_bp"));
    no_document_words(ui::ProgrammeForm::path_title(ProgramType::promotion, "conditions.hours.from"));
    no_document_words(ui::ProgrammeForm::document_field_title("programs"));
}

TEST_CASE("the rules history in Russian words each change with the editor's labels and values",
          "[ui][translations][editor]") {
    Till t;
    till::OwnerDesk desk{t.store, t.rules.rules(), t.clock, sys::load_time_zone("Europe/Tallinn"), t.maria};
    Json after = Json::parse(t.store.rules().current_rules()->second);
    after["programs"][0]["accrual_bp"] = 750;
    after["programs"].push_back({{"id", "spring"},
                                 {"type", "promotion"},
                                 {"name", "Spring"},
                                 {"effect", {{"type", "percent_off"}, {"percent_bp", 1000}}}});
    t.store.rules().save_rules(after.dump(), store::Actor{t.maria}, "test", t.clock.now());
    TillLanguage russian("ru", Language::ru);
    const ui::Formatter format{Language::ru, 2, QStringLiteral("EUR"), sys::load_time_zone("Europe/Tallinn")};
    const auto history = desk.rules_history();
    REQUIRE(history.size() == 2);
    const auto changes = desk.changes_in(history[0].id);
    REQUIRE(changes.size() == 2);
    const QString accrual = ui::ProgrammeForm::change_text(changes[0], format);
    CHECK(accrual.contains(ui::ProgrammeForm::label(ProgramType::bonus, "accrual_bp")));
    CHECK(accrual.contains(QStringLiteral("7,5")));  // 750 basis points as the percent the editor shows
    const QString added = ui::ProgrammeForm::change_text(changes[1], format);
    CHECK(added.contains(QStringLiteral("spring")));
    CHECK(added.contains(ui::RulesEditorPage::type_title(ProgramType::promotion)));
    for (const QString& text : {accrual, added}) {
        no_document_words(text);
        CHECK(text !=
              russian.untranslated([&] { return ui::ProgrammeForm::change_text(changes[0], format); }));
    }
    // The history tab shows them so.
    ui::OwnerWindow window(desk, format);
    REQUIRE(window.rules()->versions()->rowCount() == 2);
    const QString summary = window.rules()->versions()->item(0, 3)->text();
    CHECK(summary.contains(accrual));
    no_document_words(summary);
}
