#pragma once
// Reading the rules document (docs/rules.md) from JSON. Every problem is collected with its JSON path, so
// the owner sees all of them at once; a document with any problem yields no Rules at all.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "kassa/core/rules.hpp"

namespace kassa::json {

struct RulesReadResult {
    std::optional<Rules> rules;     // set only when errors is empty
    std::vector<RuleError> errors;  // structural, range and cross-field problems, in document order
};

// `path_prefix` is prepended to every path ("rules." when the document sits inside a quote input).
RulesReadResult read_rules(const nlohmann::json& document, const std::string& path_prefix = "");

// One line listing every problem: "programs[3].levels[1].discount_bp: must be between 0 and 10000; ...".
std::string describe(const std::vector<RuleError>& errors);

}  // namespace kassa::json
