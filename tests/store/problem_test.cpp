// The store's typed refusals: every reason has a name and an English sentence (what() for kassactl and the
// logs) that holds each of its values, and a refusal travels in its StoreError as a reason with values, so
// a screen never needs what().
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "kassa/store/database.hpp"

using namespace kassa;
using namespace kassa::store;

TEST_CASE("every store problem has a name of its own and an English sentence with its values",
          "[store][problems]") {
    std::set<std::string> names;
    for (std::size_t i = 0; i < kStoreProblemCount; ++i) {
        const auto problem = static_cast<StoreProblem>(i);
        INFO("problem " << i);
        const std::string name(store_problem_name(problem));
        CHECK(names.insert(name).second);
        StoreRefusal refusal{problem, {}};
        std::vector<std::string> written;
        for (const ProblemValueKind kind : store_problem_values(problem)) {
            const std::size_t n = refusal.values.size();
            switch (kind) {
                case ProblemValueKind::text:
                    refusal.values.emplace_back("V" + std::to_string(n) + "-X");
                    written.push_back("V" + std::to_string(n) + "-X");
                    break;
                case ProblemValueKind::number:
                    refusal.values.emplace_back(std::int64_t{40 + static_cast<std::int64_t>(n)});
                    written.push_back(std::to_string(40 + n));
                    break;
                case ProblemValueKind::amount:
                    refusal.values.emplace_back(ProblemAmount{Money::minor(1250), 2});
                    written.push_back("12.50");
                    break;
                case ProblemValueKind::date:
                    refusal.values.emplace_back(
                        std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::month{3},
                                                    std::chrono::day{static_cast<unsigned>(n + 1)}});
                    written.push_back("2026-03-0" + std::to_string(n + 1));
                    break;
                case ProblemValueKind::clock:
                    refusal.values.emplace_back(ProblemClock{9, 5});
                    written.push_back("09:05");
                    break;
                case ProblemValueKind::field:
                    refusal.values.emplace_back(TextField::call_note);
                    written.push_back("call note");
                    break;
            }
        }
        const StoreError error(refusal);
        CHECK(error.kind() == FailureKind::invalid);
        CHECK(error.refusal() == refusal);
        const std::string english = error.what();
        INFO(name << ": " << english);
        CHECK_FALSE(english.empty());
        // Every %1, %2... was replaced by its value; a percent sign of the text itself ("100% of") stays.
        CHECK_FALSE(std::regex_search(english, std::regex("%[0-9]")));
        for (const std::string& value : written) {
            CHECK(english.find(value) != std::string::npos);
        }
    }
    CHECK(names.size() == kStoreProblemCount);
}

TEST_CASE("a refusal's English detail follows its sentence in what() only", "[store][problems]") {
    const StoreError error(StoreRefusal{StoreProblem::return_does_not_fit, {}},
                           "more returned than was sold");
    CHECK(std::string(error.what()) == "The return does not fit the receipt: more returned than was sold.");
    CHECK(error.refusal().values.empty());
    CHECK(english_sentence({StoreProblem::pin_wrong, {std::int64_t{1}}}) == "Wrong PIN: 1 attempt left.");
    CHECK(english_sentence({StoreProblem::pin_wrong, {std::int64_t{4}}}) == "Wrong PIN: 4 attempts left.");
    // A failure of the file keeps its own sentence and no reason.
    const StoreError full(FailureKind::disk_full, "The disk is full.");
    CHECK(full.problem() == StoreProblem::other);
    CHECK(std::string(full.what()) == "The disk is full.");
}
