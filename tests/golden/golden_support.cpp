#include "golden_support.hpp"

#include <algorithm>
#include <fstream>

namespace kassa::golden {

namespace fs = std::filesystem;

std::vector<fs::path> scenario_files() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(KASSA_SOURCE_DIR) / "tests/golden/scenarios")) {
        if (entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

nlohmann::json load_input(const nlohmann::json& scenario) {
    nlohmann::json input = scenario.at("input");
    if (input.contains("rules") && input["rules"].is_string()) {
        std::ifstream file(fs::path(KASSA_SOURCE_DIR) / "resources/rules" /
                           (input["rules"].get<std::string>() + ".json"));
        input["rules"] = nlohmann::json::parse(file);
    }
    return input;
}

std::vector<std::string> differences(const nlohmann::json& expected, const nlohmann::json& actual,
                                     const std::string& path) {
    std::vector<std::string> out;
    const std::string where = path.empty() ? "(result)" : path;
    if (expected.is_object()) {
        if (!actual.is_object()) {
            out.push_back(where + ": expected an object, got " + actual.dump());
            return out;
        }
        for (const auto& [key, value] : expected.items()) {
            const std::string sub = path.empty() ? key : path + "." + key;
            if (!actual.contains(key)) {
                out.push_back(sub + ": missing");
                continue;
            }
            auto more = differences(value, actual.at(key), sub);
            out.insert(out.end(), more.begin(), more.end());
        }
        return out;
    }
    if (expected.is_array()) {
        if (!actual.is_array() || actual.size() != expected.size()) {
            out.push_back(where + ": expected " + expected.dump() + ", got " + actual.dump());
            return out;
        }
        for (std::size_t i = 0; i < expected.size(); ++i) {
            auto more = differences(expected[i], actual[i], path + "[" + std::to_string(i) + "]");
            out.insert(out.end(), more.begin(), more.end());
        }
        return out;
    }
    if (expected != actual) {
        out.push_back(where + ": expected " + expected.dump() + ", got " + actual.dump());
    }
    return out;
}

}  // namespace kassa::golden
