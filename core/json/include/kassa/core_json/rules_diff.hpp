#pragma once
// What changed between two rules documents, in lines an owner reads in the history ("bonus: accrual_bp
// 500 -> 1000", "added programme spring-sale (promotion)"). Programmes are matched by id, so reordering
// them is no change; inside a programme every changed value is named by its JSON path.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kassa::json {

// One change, typed for the owner's screen, which words it in its own language and labels the path by the
// editor's field names.
struct RuleChange {
    enum class Kind : std::uint8_t {
        whole_document,  // one of the documents is not an object: compared as a whole
        document_field,  // currency, time zone, language, version: `path`, `before`, `after`
        added,           // programme `programme` of `type`
        removed,
        changed,  // inside programme `programme` of `type`: `path`, `before`, `after`
    };
    Kind kind = Kind::changed;
    std::string programme;  // the programme's id
    std::string type;       // its type word ("promotion"), "" when it has none
    std::string path;       // "accrual_bp", "effect.percent_bp", "currency"
    nlohmann::json before;  // null: absent
    nlohmann::json after;
};

// Both documents as parsed JSON (valid or not: a document that is not an object is compared as a whole).
// Empty when they say the same.
std::vector<RuleChange> rule_changes(const nlohmann::json& before, const nlohmann::json& after);
// The same in English lines, for the command line, the audit and the version's summary.
std::vector<std::string> rules_changes(const nlohmann::json& before, const nlohmann::json& after);
std::string change_line(const RuleChange& change);
// A value as it reads in one line: strings unquoted, lists and objects as compact JSON, cut at 60 bytes on a
// character boundary; "(none)" for null.
std::string shown_value(const nlohmann::json& value);

}  // namespace kassa::json
