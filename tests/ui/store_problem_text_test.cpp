// Every reason the store gives for a refusal (store/problem.hpp) reads as a sentence in Russian and in
// Estonian with its values in it: the test walks the whole enum, so a new reason without its tr() sentence
// or its translation fails here. The login's refusals are read the way the login dialog reads them.
#include "kassa/ui/notice_text.hpp"

#include <QRegularExpression>

#include "catch_qt.hpp"
#include "translated_language.hpp"

using kassa::Language;
using kassa::Money;
using kassa::store::ProblemAmount;
using kassa::store::ProblemClock;
using kassa::store::ProblemValue;
using kassa::store::ProblemValueKind;
using kassa::store::StoreProblem;
using kassa::store::StoreRefusal;
using kassa::till::Notice;
using kassa::till::Outcome;
using kassa::ui::NoticeText;
using kassa::ui_test::TillLanguage;

namespace {

// A value of each kind, different for each position so a sentence that swaps or drops one is caught.
ProblemValue sample(ProblemValueKind kind, std::size_t position) {
    const auto i = static_cast<int>(position);
    switch (kind) {
        case ProblemValueKind::text:
            return std::string("X-7Q") + std::to_string(i);
        case ProblemValueKind::number:
            return std::int64_t{7 + 11 * i};
        case ProblemValueKind::amount:
            return ProblemAmount{Money::minor(1250 + i), 2};
        case ProblemValueKind::date:
            return std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::month{3},
                                               std::chrono::day{static_cast<unsigned>(5 + i)}};
        case ProblemValueKind::clock:
            return ProblemClock{14, 5 + i};
        case ProblemValueKind::field:
            return static_cast<kassa::store::TextField>((5 + position) % kassa::store::kTextFieldCount);
    }
    return std::string();
}

StoreRefusal sample_refusal(StoreProblem problem) {
    StoreRefusal refusal{problem, {}};
    const auto kinds = kassa::store::store_problem_values(problem);
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        refusal.values.push_back(sample(kinds[i], i));
    }
    return refusal;
}

void every_problem_reads_in(const char* code, Language language) {
    TillLanguage till(code, language);
    for (std::size_t i = 0; i < kassa::store::kStoreProblemCount; ++i) {
        const auto problem = static_cast<StoreProblem>(i);
        const StoreRefusal refusal = sample_refusal(problem);
        const QString sentence = NoticeText::store_problem(refusal);
        const QString english = till.untranslated([&] { return NoticeText::store_problem(refusal); });
        INFO(code << ": " << kassa::store::store_problem_name(problem) << ": " << sentence.toStdString());
        CHECK_FALSE(sentence.isEmpty());
        CHECK(sentence != english);
        CHECK(sentence != QString::fromStdString(kassa::store::english_sentence(refusal)));
        CHECK_FALSE(sentence.contains(QRegularExpression(QStringLiteral("%[0-9n]"))));
        for (const ProblemValue& value : refusal.values) {
            CHECK(sentence.contains(NoticeText::problem_value(value)));
        }
        // The outcomes that carry a refusal word it inside their own sentence.
        for (const Outcome outcome :
             {Outcome::store_failed, Outcome::enrolment_refused, Outcome::return_refused}) {
            Notice notice(outcome);
            notice.refusal = refusal;
            CHECK(NoticeText::sentence(notice).contains(sentence));
        }
    }
}

}  // namespace

TEST_CASE("every store problem has a Russian and an Estonian sentence with its values",
          "[ui][translations][problems]") {
    every_problem_reads_in("ru", Language::ru);
    every_problem_reads_in("et", Language::et);
}

TEST_CASE("the login's refusals in Russian and Estonian, with the plural of the attempts left",
          "[ui][translations][problems]") {
    const auto login = [](StoreRefusal refusal) {
        Notice notice(Outcome::login_refused);
        notice.refusal = std::move(refusal);
        return NoticeText::sentence(notice);
    };
    const auto wrong = [](std::int64_t left) { return StoreRefusal{StoreProblem::pin_wrong, {left}}; };
    const StoreRefusal locked{StoreProblem::pin_locked, {ProblemClock{15, 35}, std::int64_t{5}}};
    {
        TillLanguage russian("ru", Language::ru);
        CHECK(login(wrong(1)) == QStringLiteral("Неверный PIN-код: осталась 1 попытка."));
        CHECK(login(wrong(3)) == QStringLiteral("Неверный PIN-код: осталось 3 попытки."));
        CHECK(login(wrong(5)) == QStringLiteral("Неверный PIN-код: осталось 5 попыток."));
        CHECK(login(locked) == QStringLiteral("Вход заблокирован до 15:35: неверных PIN-кодов подряд: 5."));
        Notice owner(Outcome::owner_pin_wrong);
        owner.refusal = wrong(4);
        CHECK(NoticeText::sentence(owner).contains(QStringLiteral("осталось 4 попытки")));
        for (const StoreProblem problem :
             {StoreProblem::cashier_unknown, StoreProblem::cashier_switched_off, StoreProblem::no_owner}) {
            const QString sentence = login({problem, {}});
            CHECK(sentence != russian.untranslated([&] { return login({problem, {}}); }));
        }
    }
    {
        TillLanguage estonian("et", Language::et);
        CHECK(login(wrong(1)) == QStringLiteral("Vale PIN: jäänud on 1 katse."));
        CHECK(login(wrong(4)) == QStringLiteral("Vale PIN: jäänud on 4 katset."));
        CHECK(login(locked) == QStringLiteral("Lukustatud kuni 15:35: valesid PIN-koode järjest: 5."));
    }
    {
        // kassa_en.qm gives English its singular and plural.
        TillLanguage english("en", Language::en);
        CHECK(login(wrong(1)) == QStringLiteral("Wrong PIN: 1 attempt left."));
        CHECK(login(wrong(4)) == QStringLiteral("Wrong PIN: 4 attempts left."));
    }
}
