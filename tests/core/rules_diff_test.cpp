// The history's readable diff between two rules documents.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "kassa/core_json/rules_diff.hpp"

using kassa::json::rules_changes;

namespace {

nlohmann::json boutique() {
    return nlohmann::json::parse(R"({
        "version": 1, "currency": "EUR", "time_zone": "Europe/Tallinn",
        "programs": [
            {"id": "bonus", "type": "bonus", "name": "Bonus", "accrual_bp": 500},
            {"id": "stamps", "type": "stamps", "name": "Coffee", "goal": 10, "reward": {"type": "amount_off", "amount": 200}},
            {"id": "wednesday", "type": "promotion", "name": "Wed", "conditions": {"weekdays": [3]}}
        ]})");
}

}  // namespace

TEST_CASE("the same document, or its programmes reordered, has no changes", "[rules][diff]") {
    auto reordered = boutique();
    std::swap(reordered["programs"][0], reordered["programs"][2]);
    CHECK(rules_changes(boutique(), boutique()).empty());
    CHECK(rules_changes(boutique(), reordered).empty());
}

TEST_CASE("changed values are named by programme and path, added and removed programmes by id and type",
          "[rules][diff]") {
    auto after = boutique();
    after["programs"][0]["accrual_bp"] = 1000;
    after["programs"][1]["reward"]["amount"] = 300;
    after["programs"][2]["conditions"]["weekdays"] = {3, 6};
    after["programs"][2]["active"] = false;
    after["programs"].erase(1);
    after["programs"].push_back({{"id", "spring"}, {"type", "promotion"}, {"name", "Spring"}});
    after["time_zone"] = "Europe/Riga";
    const auto changes = rules_changes(boutique(), after);
    const std::vector<std::string> expected{
        "time_zone Europe/Tallinn -> Europe/Riga", "bonus: accrual_bp 500 -> 1000",
        "wednesday: active (none) -> false",       "wednesday: conditions.weekdays [3] -> [3,6]",
        "added programme spring (promotion)",      "removed programme stamps (stamps)",
    };
    CHECK(changes == expected);
}

TEST_CASE("a document that is not an object is compared whole", "[rules][diff]") {
    CHECK(rules_changes(nlohmann::json::array(), boutique()) ==
          std::vector<std::string>{"the whole document changed"});
    CHECK(rules_changes(nlohmann::json::array(), nlohmann::json::array()).empty());
}

TEST_CASE("each change is typed with its programme, its type, its path and both values", "[rules][diff]") {
    using Kind = kassa::json::RuleChange::Kind;
    auto after = boutique();
    after["programs"][0]["accrual_bp"] = 1000;
    after["programs"].erase(1);
    after["programs"].push_back({{"id", "spring"}, {"type", "promotion"}, {"name", "Spring"}});
    after["currency"] = "SEK";
    const auto changes = kassa::json::rule_changes(boutique(), after);
    REQUIRE(changes.size() == 4);
    CHECK(changes[0].kind == Kind::document_field);
    CHECK(changes[0].path == "currency");
    CHECK(changes[0].before == "EUR");
    CHECK(changes[0].after == "SEK");
    CHECK(changes[1].kind == Kind::changed);
    CHECK(changes[1].programme == "bonus");
    CHECK(changes[1].type == "bonus");
    CHECK(changes[1].path == "accrual_bp");
    CHECK(changes[1].before == 500);
    CHECK(changes[1].after == 1000);
    CHECK(changes[2].kind == Kind::added);
    CHECK(changes[2].programme == "spring");
    CHECK(changes[2].type == "promotion");
    CHECK(changes[3].kind == Kind::removed);
    CHECK(changes[3].programme == "stamps");
    CHECK(changes[3].type == "stamps");
    // The English lines are these changes written out.
    std::vector<std::string> lines;
    for (const auto& change : changes) {
        lines.push_back(kassa::json::change_line(change));
    }
    CHECK(lines == rules_changes(boutique(), after));
}
