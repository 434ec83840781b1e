// The table of programme types and their fields (kassa/core_json/programme_fields.hpp) against the JSON
// reader: a programme of each type with every field of the table, under every effect its effect allows, reads
// without a single "unknown field" (so the reader reads every field the table has, and asks for none it
// lacks: that would throw), and the reader's required fields and bounds are the table's. The editor's side is
// tests/ui/rules_editor_test.cpp.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kassa/core_json/programme_fields.hpp"
#include "kassa/core_json/rules_json.hpp"

using namespace kassa;
using kassa::json::FieldKind;
using kassa::json::FieldSpec;
using Json = nlohmann::json;

namespace {

std::string name_of(ProgramType type) {
    return std::string(to_string(type));
}

// A value of the field's kind the reader accepts (and the engine's cross-field checks too).
Json sample(const FieldSpec& f, const std::string& effect_type) {
    switch (f.kind) {
        case FieldKind::text:
            return f.key == "id" ? "p1" : "Text";
        case FieldKind::whole:
        case FieldKind::money:
        case FieldKind::percent:
        case FieldKind::multiplier:
        case FieldKind::quantity:
            return f.fallback.value_or(std::max<std::int64_t>(f.min, 1));
        case FieldKind::flag:
            return f.fallback.value_or(0) == 0;  // the other way round than a field left out
        case FieldKind::choice:
            return f.words.back();
        case FieldKind::date:
            return f.key == "valid_from" ? "2026-01-01" : "2026-12-31";
        case FieldKind::names:
            return Json::array({f.key + "-1"});  // names of its own: no category both excluded and rated
        case FieldKind::codes:
            return Json::array({"AB12-CD34"});
        case FieldKind::weekdays:
            return Json::array({f.min, f.max});
        case FieldKind::hours:
            return Json{{"from", "10:00"}, {"to", "14:00"}};
        case FieldKind::effect: {
            Json effect{{"type", effect_type}};
            for (const FieldSpec& own : kassa::json::effect_fields(effect_type)) {
                effect[own.key] = sample(own, {});
            }
            return effect;
        }
        case FieldKind::rows: {
            Json row = Json::object();
            for (const FieldSpec& column : f.columns) {
                row[column.key] = sample(column, {});
            }
            return Json::array({row});
        }
        case FieldKind::rates:
            return Json{{"dresses", sample(f.columns.at(1), {})}};
    }
    return nullptr;
}

// Writes `value` at a dotted key ("conditions.min_qty").
void put(Json& object, const std::string& key, Json value) {
    const auto dot = key.find('.');
    if (dot == std::string::npos) {
        object[key] = std::move(value);
    } else {
        put(object[key.substr(0, dot)], key.substr(dot + 1), std::move(value));
    }
}

// A programme of `type` with every field of the table, its effects of `effect_type`.
Json full_programme(ProgramType type, const std::string& effect_type) {
    Json p{{"type", name_of(type)}};
    for (const auto* fields : {&kassa::json::common_fields(), &kassa::json::programme_fields(type)}) {
        for (const FieldSpec& f : *fields) {
            put(p, f.key, sample(f, effect_type));
        }
    }
    return p;
}

// The programme first (its problems are at programs[0]), and a plain bonus programme after it unless it is
// one: programmes that give points need one.
Json document_of(const Json& programme) {
    Json programs = Json::array({programme});
    if (programme["type"] != "bonus") {
        programs.push_back(Json{{"id", "base"}, {"type", "bonus"}, {"accrual_bp", 500}});
    }
    return Json{{"version", 1}, {"currency", "EUR"}, {"programs", programs}};
}

// The effect types the effect fields of `type` allow (one programme per type covers them all).
std::vector<std::string> effects_of(ProgramType type) {
    for (const FieldSpec& f : kassa::json::programme_fields(type)) {
        if (f.kind == FieldKind::effect) {
            return f.words;
        }
    }
    return {""};
}

bool integer_kind(FieldKind kind) {
    return kind == FieldKind::whole || kind == FieldKind::money || kind == FieldKind::percent ||
           kind == FieldKind::multiplier || kind == FieldKind::quantity;
}

}  // namespace

TEST_CASE("the reader reads every field of the programme table, under every effect type",
          "[core][rules][table]") {
    REQUIRE(kassa::json::programme_table().size() == 11);
    int fields = 0;
    for (const auto& programme : kassa::json::programme_table()) {
        for (const std::string& effect : effects_of(programme.type)) {
            INFO(name_of(programme.type) << " with " << effect);
            const Json p = full_programme(programme.type, effect);
            const auto read = kassa::json::read_rules(document_of(p));
            INFO(p.dump());
            INFO(kassa::json::describe(read.errors));
            CHECK(read.errors.empty());
            REQUIRE(read.rules);
            CHECK(read.rules->programs.at(0).type() == programme.type);
        }
        fields += static_cast<int>(programme.fields.size());
    }
    // Every effect type is reachable from some programme.
    for (const std::string& effect : kassa::json::effect_types()) {
        bool allowed = false;
        for (const auto& programme : kassa::json::programme_table()) {
            const auto effects = effects_of(programme.type);
            allowed = allowed || std::find(effects.begin(), effects.end(), effect) != effects.end();
        }
        CHECK(allowed);
    }
    CHECK(fields > 46);
}

TEST_CASE("the reader's required fields and bounds are the table's", "[core][rules][table]") {
    for (const auto& programme : kassa::json::programme_table()) {
        const std::string effect = effects_of(programme.type).front();
        for (const auto* fields : {&kassa::json::common_fields(), &programme.fields}) {
            for (const FieldSpec& f : *fields) {
                INFO(name_of(programme.type) << "." << f.key);
                if (f.required) {
                    Json p = full_programme(programme.type, effect);
                    const auto dot = f.key.find('.');
                    if (dot == std::string::npos) {
                        p.erase(f.key);
                    } else {
                        p[f.key.substr(0, dot)].erase(f.key.substr(dot + 1));
                    }
                    const auto read = kassa::json::read_rules(document_of(p));
                    INFO(kassa::json::describe(read.errors));
                    CHECK(read.errors.size() == 1);
                    CHECK(read.errors.at(0).path == "programs[0]." + f.key);
                    CHECK(read.errors.at(0).reason == "is required");
                }
                if (integer_kind(f.kind)) {
                    const std::string range =
                        "must be between " + std::to_string(f.min) + " and " + std::to_string(f.max);
                    for (const std::int64_t outside : {f.min - 1, f.max + 1}) {
                        Json p = full_programme(programme.type, effect);
                        put(p, f.key, outside);
                        const auto read = kassa::json::read_rules(document_of(p));
                        INFO(outside << ": " << kassa::json::describe(read.errors));
                        REQUIRE(read.errors.size() == 1);
                        CHECK(read.errors.at(0).path == "programs[0]." + f.key);
                        CHECK(read.errors.at(0).reason == range);
                    }
                }
                if (f.kind == FieldKind::text) {
                    Json p = full_programme(programme.type, effect);
                    put(p, f.key, std::string(f.max_length + 1, 'x'));
                    const auto read = kassa::json::read_rules(document_of(p));
                    INFO(kassa::json::describe(read.errors));
                    REQUIRE(read.errors.size() == 1);
                    CHECK(read.errors.at(0).reason ==
                          "is longer than " + std::to_string(f.max_length) + " characters");
                }
            }
        }
    }
}

TEST_CASE("an effect's own fields and a row's columns keep the table's bounds too", "[core][rules][table]") {
    // percent_off's percent_bp starts at 1: 0 % off is no effect.
    Json coupon = full_programme(ProgramType::coupon, "percent_off");
    coupon["effect"]["percent_bp"] = 0;
    auto read = kassa::json::read_rules(document_of(coupon));
    REQUIRE(read.errors.size() == 1);
    CHECK(read.errors[0].path == "programs[0].effect.percent_bp");
    CHECK(read.errors[0].reason == "must be between 1 and 10000");
    const FieldSpec& percent = kassa::json::field(kassa::json::effect_fields("percent_off"), "percent_bp");
    CHECK(percent.min == 1);
    CHECK(percent.max == 10000);

    Json tiers = full_programme(ProgramType::tiers, "");
    tiers["levels"][0]["discount_bp"] = 10001;
    read = kassa::json::read_rules(document_of(tiers));
    REQUIRE(read.errors.size() == 1);
    CHECK(read.errors[0].path == "programs[0].levels[0].discount_bp");
    CHECK(read.errors[0].reason == "must be between 0 and 10000");

    Json bonus = full_programme(ProgramType::bonus, "");
    bonus["category_rates"]["dresses"] = 10001;
    read = kassa::json::read_rules(document_of(bonus));
    REQUIRE(read.errors.size() == 1);
    CHECK(read.errors[0].path == "programs[0].category_rates.dresses");
    CHECK(read.errors[0].reason == "must be between 0 and 10000");
}

TEST_CASE("a field the table lacks is refused by name, and a path finds its field", "[core][rules][table]") {
    CHECK_THROWS_AS(kassa::json::field(kassa::json::programme_fields(ProgramType::bonus), "acrual_bp"),
                    std::logic_error);
    CHECK_THROWS_AS(kassa::json::effect_fields("half_off"), std::logic_error);

    const auto kind_at = [](ProgramType type, const char* path) {
        const FieldSpec* f = kassa::json::field_at(type, path);
        REQUIRE(f != nullptr);
        return f->kind;
    };
    CHECK(kind_at(ProgramType::bonus, "accrual_bp") == FieldKind::percent);
    CHECK(kind_at(ProgramType::bonus, "point_value") == FieldKind::money);
    CHECK(kind_at(ProgramType::bonus, "priority") == FieldKind::whole);
    CHECK(kind_at(ProgramType::promotion, "conditions.min_qty") == FieldKind::quantity);
    CHECK(kind_at(ProgramType::promotion, "conditions.hours.from") == FieldKind::hours);
    CHECK(kind_at(ProgramType::promotion, "effect.multiplier_bp") == FieldKind::multiplier);
    CHECK(kind_at(ProgramType::promotion, "effect.items[1].pieces") == FieldKind::whole);
    CHECK(kind_at(ProgramType::stamps, "reward.amount") == FieldKind::money);
    CHECK(kind_at(ProgramType::tiers, "levels[1].min_spend") == FieldKind::money);
    CHECK(kind_at(ProgramType::coupon, "effect") == FieldKind::effect);
    CHECK(kassa::json::field_at(ProgramType::bonus, "levels[0].min_spend") == nullptr);
    CHECK(kassa::json::field_at(ProgramType::coupon, "effect.multiplier_bp") == nullptr);
    CHECK(kassa::json::field_at(ProgramType::bonus, "") == nullptr);
}
