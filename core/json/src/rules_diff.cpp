#include "kassa/core_json/rules_diff.hpp"

#include <map>

namespace kassa::json {

std::string shown_value(const nlohmann::json& value) {
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

namespace {

// Every differing leaf under `path`; objects are walked key by key, anything else compared whole (a list of
// weekdays or levels changed reads better as its old and new value than as index-by-index edits).
void compare(const std::string& path, const nlohmann::json& before, const nlohmann::json& after,
             const RuleChange& where, std::vector<RuleChange>& out) {
    if (before.is_object() && after.is_object()) {
        std::map<std::string, int> keys;
        for (auto it = before.begin(); it != before.end(); ++it) {
            keys[it.key()] |= 1;
        }
        for (auto it = after.begin(); it != after.end(); ++it) {
            keys[it.key()] |= 2;
        }
        for (const auto& [key, sides] : keys) {
            const std::string child = path.empty() ? key : path + "." + key;
            compare(child, (sides & 1) ? before.at(key) : nlohmann::json(),
                    (sides & 2) ? after.at(key) : nlohmann::json(), where, out);
        }
        return;
    }
    if (before != after) {
        RuleChange change = where;
        change.path = path;
        change.before = before;
        change.after = after;
        out.push_back(std::move(change));
    }
}

std::string program_id(const nlohmann::json& program) {
    return program.is_object() && program.contains("id") && program["id"].is_string()
               ? program["id"].get<std::string>()
               : program.dump();
}

}  // namespace

std::vector<RuleChange> rule_changes(const nlohmann::json& before, const nlohmann::json& after) {
    std::vector<RuleChange> out;
    if (!before.is_object() || !after.is_object()) {
        if (before != after) {
            out.push_back(RuleChange{RuleChange::Kind::whole_document, {}, {}, {}, before, after});
        }
        return out;
    }
    // Everything but the programmes: currency, time zone, language, version.
    nlohmann::json top_before = before;
    nlohmann::json top_after = after;
    top_before.erase("programs");
    top_after.erase("programs");
    compare("", top_before, top_after, RuleChange{RuleChange::Kind::document_field, {}, {}, {}, {}, {}}, out);

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
        return program.is_object() && program.contains("type") && program["type"].is_string()
                   ? program["type"].get<std::string>()
                   : std::string();
    };
    // In the new document's order, then what left it in the old one's.
    for (const auto& [id, program] : new_programs) {
        const auto old = old_by_id.find(id);
        if (old == old_by_id.end()) {
            out.push_back(RuleChange{RuleChange::Kind::added, id, type_of(program), {}, {}, {}});
            continue;
        }
        compare("", *old->second, program,
                RuleChange{RuleChange::Kind::changed, id, type_of(program), {}, {}, {}}, out);
    }
    for (const auto& [id, program] : old_programs) {
        if (new_by_id.find(id) == new_by_id.end()) {
            out.push_back(RuleChange{RuleChange::Kind::removed, id, type_of(program), {}, {}, {}});
        }
    }
    return out;
}

std::string change_line(const RuleChange& change) {
    const std::string type = change.type.empty() ? std::string() : " (" + change.type + ")";
    const std::string values = " " + shown_value(change.before) + " -> " + shown_value(change.after);
    switch (change.kind) {
        case RuleChange::Kind::whole_document:
            return "the whole document changed";
        case RuleChange::Kind::document_field:
            return change.path + values;
        case RuleChange::Kind::added:
            return "added programme " + change.programme + type;
        case RuleChange::Kind::removed:
            return "removed programme " + change.programme + type;
        case RuleChange::Kind::changed:
            break;
    }
    return change.programme + ": " + change.path + values;
}

std::vector<std::string> rules_changes(const nlohmann::json& before, const nlohmann::json& after) {
    std::vector<std::string> lines;
    for (const RuleChange& change : rule_changes(before, after)) {
        lines.push_back(change_line(change));
    }
    return lines;
}

}  // namespace kassa::json
