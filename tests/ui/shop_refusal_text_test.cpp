// Every reason a shop can be refused at the till's start (till::ShopProblem) reads as a sentence in Russian
// and in Estonian with its values in it: the test walks the whole enum, so a new kind without its tr()
// sentence or its translation fails here. The sentences are the ones main.cpp shows before any window.
#include "kassa/ui/shop_refusal_text.hpp"

#include <QRegularExpression>

#include "catch_qt.hpp"
#include "translated_language.hpp"

using kassa::Language;
using kassa::till::ShopProblem;
using kassa::ui::ShopRefusalText;
using kassa::ui_test::TillLanguage;

namespace {

// A problem of each kind with every value set, each different, so a sentence that drops one is caught.
ShopProblem sample(ShopProblem::Kind kind, bool zone_from_rules) {
    ShopProblem p;
    p.kind = kind;
    p.path = "/var/lib/kassa/shop-7q.kassa";
    p.schema_found = 41;
    p.schema_known = 29;
    p.rules_version = 17;
    p.rule_errors = {{"programs[3].accrual_bp", "must be between 0 and 10000"}};
    p.zone = "Europe/Atlantis";
    p.zone_from_rules = zone_from_rules;
    p.detail = "disk I/O error";
    return p;
}

// The values a kind's sentence must name.
QStringList values_of(const ShopProblem& p) {
    using Kind = ShopProblem::Kind;
    const QString path = QString::fromStdString(p.path);
    switch (p.kind) {
        case Kind::newer_schema:
            return {path, QStringLiteral("41"), QStringLiteral("29")};
        case Kind::rules_unreadable:
            return {QStringLiteral("17"), QStringLiteral("programs[3].accrual_bp")};
        case Kind::unknown_time_zone:
            return {QStringLiteral("Europe/Atlantis")};
        default:
            return {path};
    }
}

void every_kind_reads_in(const char* code, Language language) {
    TillLanguage till(code, language);
    for (std::size_t i = 0; i < kassa::till::kShopProblemKindCount; ++i) {
        for (const bool from_rules : {false, true}) {
            const ShopProblem problem = sample(static_cast<ShopProblem::Kind>(i), from_rules);
            const QString sentence = ShopRefusalText::sentence(problem);
            const QString english = till.untranslated([&] { return ShopRefusalText::sentence(problem); });
            INFO(code << ": " << kassa::till::shop_problem_name(problem.kind)
                      << (from_rules ? " (rules)" : "") << ": " << sentence.toStdString());
            CHECK_FALSE(sentence.isEmpty());
            CHECK(sentence != english);
            CHECK_FALSE(sentence.contains(QRegularExpression(QStringLiteral("%[0-9n]"))));
            for (const QString& value : values_of(problem)) {
                CHECK(sentence.contains(value));
            }
        }
    }
}

}  // namespace

TEST_CASE(
    "every reason a shop is refused at the start has a Russian and an Estonian sentence with its values",
    "[ui][translations][open_shop]") {
    every_kind_reads_in("ru", Language::ru);
    every_kind_reads_in("et", Language::et);
}

TEST_CASE("the refusal of a shop in English names the file and what to do", "[ui][open_shop]") {
    ShopProblem missing;
    missing.kind = ShopProblem::Kind::file_missing;
    missing.path = "/tmp/nowhere.kassa";
    CHECK(ShopRefusalText::sentence(missing) ==
          QStringLiteral("The shop's file /tmp/nowhere.kassa does not exist.\n"
                         "A demo shop is made with: kassactl demo --db /tmp/nowhere.kassa"));
}
