#pragma once
// The programme types of the rules document (docs/rules.md) and their fields, in one table for both sides
// that name them: the JSON reader (rules_json.cpp) takes every programme field's key and bounds from here
// (a key it asks for that the table lacks is a std::logic_error, and ObjectReader reports every key it did
// not ask for as unknown), and the owner's rules editor (ui/src/rules_editor.cpp, with the draft in
// core/till/src/rules_draft.cpp) builds its forms from here, a widget per field. tests/core/
// programme_fields_test.cpp proves the reader reads every field of the table and
// tests/ui/rules_editor_test.cpp that the editor shows every one, so a field added to one side only fails a
// test instead of drifting.
//
// Pure data: no Qt, no I/O. The words the owner reads are the editor's (tr()); the sentences of the engine
// stay the reader's.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kassa/core/rules.hpp"

namespace kassa::json {

// The bounds the reader puts on the document's numbers.
constexpr std::int64_t kMaxMoney = 1'000'000'000'000;  // 10^12 minor units
constexpr std::int64_t kMaxPoints = 1'000'000'000;
constexpr std::int64_t kMaxDays = 36600;  // a hundred years

enum class FieldKind {
    text,        // a string of at most max_length bytes
    whole,       // an integer count: days, points, pieces, stamps, a priority
    money,       // an integer amount in the currency's minor units
    percent,     // basis points of a percent: 1250 is 12.5 %
    multiplier,  // basis points of a multiplier: 20000 is x2
    quantity,    // thousandths of a piece or a kilogram
    flag,        // true or false
    choice,      // one of `words`; the first is what a field left out means
    date,        // YYYY-MM-DD
    names,       // a list of non-empty strings (what they name: `source`), at most max_length of them
    codes,       // single-use coupon codes: a list of non-empty strings, at most max_length of them
    weekdays,    // a list of ISO weekdays from min (1, Monday) to max (7, Sunday)
    hours,       // {"from": "HH:MM", "to": "HH:MM"}
    effect,      // an object whose "type" is one of `words`; effect_fields gives each type's own fields
    rows,        // a list of at most max_length objects, each with the fields in `columns`
    rates,       // an object from a name (columns[0]) to a percent (columns[1])
};

// What the strings of a field name, for the editor's pickers: the shop's categories, products (SKUs) or
// customer segments; none for free text.
enum class NameSource { none, categories, products, segments };

struct FieldSpec {
    // The key inside its object; a field of a nested object is written with its path ("conditions.weekdays").
    std::string key;
    FieldKind kind = FieldKind::text;
    bool required = false;
    std::int64_t min = 0;  // integer kinds and weekdays: the bounds, inclusive
    std::int64_t max = 0;
    // Integer kinds: the value a field left out has (none: left out means none at all, as an expiry).
    // Flags: 0 or 1.
    std::optional<std::int64_t> fallback;
    std::size_t max_length = 0;      // text: bytes; lists and rows: items
    std::vector<std::string> words;  // choice: the values; effect: the effect types allowed
    NameSource source = NameSource::none;
    std::vector<FieldSpec> columns;  // rows and rates
};

struct ProgrammeSpec {
    ProgramType type;
    std::vector<FieldSpec> fields;  // its own, after the common ones, in the order the editor shows them
};

// The fields every programme has (id, name, active, dates, priority, stacking), in the editor's order; the
// "type" that picks the rest is not among them.
const std::vector<FieldSpec>& common_fields();
// Every programme type, in the order of the ProgramType enum.
const std::vector<ProgrammeSpec>& programme_table();
const std::vector<FieldSpec>& programme_fields(ProgramType type);
// Every effect type ("percent_off", ...) and its own fields (docs/rules.md, "Effect objects").
const std::vector<std::string>& effect_types();
// Throws std::logic_error for a type effect_types() does not name.
const std::vector<FieldSpec>& effect_fields(std::string_view effect_type);

// The field called `key` among `fields`. Throws std::logic_error when there is none: a reader or a form
// naming a field the table lacks is a programming error, and every test that reads such a field says so.
const FieldSpec& field(const std::vector<FieldSpec>& fields, std::string_view key);

// The field a path inside a programme of `type` names, as the reader's problems are written:
// "accrual_bp", "conditions.min_qty", "effect.percent_bp", "reward.amount", "levels[1].min_spend",
// "conditions.hours.from" (the hours field). nullptr for a path naming none.
const FieldSpec* field_at(ProgramType type, std::string_view path);

}  // namespace kassa::json
