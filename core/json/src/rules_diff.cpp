#include "kassa/core_json/rules_diff.hpp"

#include <map>

namespace kassa::json {

namespace {

// A value as it reads in one line: strings unquoted when short, arrays and objects as compact JSON.
std::string shown(const nlohmann::json& value) {
    if (value.is_null()) {
        return "(none)";
    }
    std::string text = value.is_string() ? value.get<std::string>() : value.dump();
    constexpr std::size_t kLongest = 60;
    if (text.size() > kLongest) {
        // Cut on a character's first byte, never inside a Cyrillic letter's two bytes.
        std::size_t cut = kLongest - 3;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        text = text.substr(0, cut) + "...";
    }
    return text;
}

// Every differing leaf under `path`; objects are walked key by key, anything else compared whole (a list of
// weekdays or levels changed reads better as its old and new value than as index-by-index edits).
void compare(const std::string& path, const nlohmann::json& before, const nlohmann::json& after,
             std::vector<std::string>& out) {
    if (before.is_object() && after.is_object()) {
        std::map<std::string, int> keys;
        for (auto it = before.begin(); it != before.end(); ++it) {
            keys[it.key()] |= 1;
        }
        for (auto it = after.begin(); it != after.end(); ++it) {
            keys[it.key()] |= 2;
        }
        for (const auto& [key, where] : keys) {
            const std::string child = path.empty() ? key : path + "." + key;
            compare(child, (where & 1) ? before.at(key) : nlohmann::json(),
                    (where & 2) ? after.at(key) : nlohmann::json(), out);
        }
        return;
    }
    if (before != after) {
        out.push_back(path + " " + shown(before) + " -> " + shown(after));
    }
}

std::string program_id(const nlohmann::json& program) {
    return program.is_object() && program.contains("id") && program["id"].is_string()
               ? program["id"].get<std::string>()
               : program.dump();
}

}  // namespace

std::vector<std::string> rules_changes(const nlohmann::json& before, const nlohmann::json& after) {
    std::vector<std::string> out;
    if (!before.is_object() || !after.is_object()) {
        if (before != after) {
            out.push_back("the whole document changed");
        }
        return out;
    }
    // Everything but the programmes: currency, time zone, language, version.
    nlohmann::json top_before = before;
    nlohmann::json top_after = after;
    top_before.erase("programs");
    top_after.erase("programs");
    compare("", top_before, top_after, out);

    const auto programs = [](const nlohmann::json& document) {
        std::vector<std::pair<std::string, nlohmann::json>> list;
        if (document.contains("programs") && document["programs"].is_array()) {
            for (const auto& program : document["programs"]) {
                list.emplace_back(program_id(program), program);
            }
        }
        return list;
    };
    const auto old_programs = programs(before);
    const auto new_programs = programs(after);
    std::map<std::string, const nlohmann::json*> old_by_id;
    for (const auto& [id, program] : old_programs) {
        old_by_id[id] = &program;
    }
    std::map<std::string, const nlohmann::json*> new_by_id;
    for (const auto& [id, program] : new_programs) {
        new_by_id[id] = &program;
    }
    const auto type_of = [](const nlohmann::json& program) {
        return program.contains("type") ? " (" + shown(program["type"]) + ")" : std::string();
    };
    // In the new document's order, then what left it in the old one's.
    for (const auto& [id, program] : new_programs) {
        const auto old = old_by_id.find(id);
        if (old == old_by_id.end()) {
            out.push_back("added programme " + id + type_of(program));
            continue;
        }
        std::vector<std::string> inside;
        compare("", *old->second, program, inside);
        for (const std::string& change : inside) {
            out.push_back(id + ": " + change);
        }
    }
    for (const auto& [id, program] : old_programs) {
        if (new_by_id.find(id) == new_by_id.end()) {
            out.push_back("removed programme " + id + type_of(program));
        }
    }
    return out;
}

}  // namespace kassa::json
