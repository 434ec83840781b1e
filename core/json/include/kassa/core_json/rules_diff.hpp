#pragma once
// What changed between two rules documents, in lines an owner reads in the history ("bonus: accrual_bp
// 500 -> 1000", "added programme spring-sale (promotion)"). Programmes are matched by id, so reordering
// them is no change; inside a programme every changed value is named by its JSON path.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kassa::json {

// Both documents as parsed JSON (valid or not: a document that is not an object is compared as a whole).
// Empty when they say the same.
std::vector<std::string> rules_changes(const nlohmann::json& before, const nlohmann::json& after);

}  // namespace kassa::json
