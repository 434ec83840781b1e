#pragma once
// Loading golden scenarios and comparing a result with the hand-computed expectation.

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kassa::golden {

// The scenario files, sorted by name.
std::vector<std::filesystem::path> scenario_files();

// The scenario's quote input with a rules reference ("rules": "boutique") replaced by
// resources/rules/boutique.json.
nlohmann::json load_input(const nlohmann::json& scenario);

// Every key of `expected` must be in `actual` with an equal value; lists must have the same length and
// match item by item. Returns the differences as "path: expected X, got Y"; empty when they agree.
std::vector<std::string> differences(const nlohmann::json& expected, const nlohmann::json& actual,
                                     const std::string& path = "");

}  // namespace kassa::golden
