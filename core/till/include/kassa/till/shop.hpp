#pragma once
// Opening a shop: the one way the till (app/kassa) and every kassactl command that works on an existing shop
// open its file, read its settings, and read and compile its current rules in the shop's time zone. What
// can stop a shop from opening comes back as a ShopProblem: a kind and its values, no sentence. The till
// words it in its language (ui/shop_refusal_text.hpp), kassactl in English.
//
// And changing a shop's settings the way the owner's settings screen does, so that kassactl settings set
// checks and audits exactly as the screen.
//
// Threading: open_shop and change_settings run on the calling thread; the Shop they give back is used like
// its Store, by one thread at a time.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "kassa/core/quote.hpp"
#include "kassa/core/rules.hpp"
#include "kassa/core/time.hpp"
#include "kassa/store/ids.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"

namespace kassa::till {

// Why a shop's file cannot be worked with, and the values a sentence names.
struct ShopProblem {
    // Keep last_ after the last real kind: tests walk every kind, so a new one cannot go without its
    // sentences.
    enum class Kind : std::uint8_t {
        file_missing,       // path: nothing there
        not_a_shop,         // path: not an SQLite file, or an SQLite file of another program
        damaged,            // path: SQLite finds the shop's file corrupt
        newer_schema,       // path, schema_found, schema_known: written by a newer Kassa
        busy,               // path: another program holds the file locked
        no_access,          // path: this user may not read or write it, or the disk is read-only
        disk_full,          // path: the file could not be brought up to this Kassa's schema for want of space
        cannot_open,        // path, detail: any other failure of the file
        no_rules,           // path: no rules document was ever saved (kassactl rules save)
        rules_unreadable,   // rules_version, rule_errors: the saved rules do not read or do not compile
        unknown_time_zone,  // zone, zone_from_rules: this computer has no such zone
        last_
    };
    Kind kind = Kind::cannot_open;
    std::string path;
    int schema_found = 0;  // newer_schema: the file's schema version
    int schema_known = 0;  // newer_schema: the newest this program reads
    std::int64_t rules_version = 0;
    // rules_unreadable: the reader's messages (kassa::json::read_rules, or "not valid JSON" with the
    // parser's position), English like `kassactl rules check` prints them.
    std::vector<RuleError> rule_errors;
    std::string zone;
    bool zone_from_rules = false;  // the rules document names the zone (else the shop's settings)
    std::string detail;            // cannot_open: what the store said, English, for the logs
};

inline constexpr std::size_t kShopProblemKindCount = static_cast<std::size_t>(ShopProblem::Kind::last_);

// "newer_schema": for logs and tests.
std::string_view shop_problem_name(ShopProblem::Kind kind);

// How much of the shop a caller needs; each level includes the one above it.
enum class ShopNeeds : std::uint8_t {
    file,   // the store and the settings: maintenance, imports, settings, rules versions (a shop without
            // rules, or with rules that no longer read, still opens: that is how they get mended)
    zone,   // and the time zone of the shop's settings: dates in the shop's calendar
    rules,  // and the current rules compiled in their zone (the rules' own time_zone, else the shop's):
            // selling, quoting, printing receipts
};

// An open shop. The store and the compiled rules stay where they are while the Shop lives (the till session
// keeps references to both), so keep the Shop in one place.
struct Shop {
    std::unique_ptr<store::Store> store;
    store::ShopSettings settings;
    std::shared_ptr<const TimeZone> zone;  // from ShopNeeds::zone
    std::optional<CompiledRules> rules;    // with ShopNeeds::rules
    std::int64_t rules_version = 0;        // with ShopNeeds::rules: the saved version compiled
};

using ShopOpening = std::variant<Shop, ShopProblem>;

// Opens an existing shop's file (never creates one; kassactl db init and demo do) as far as `needs` says.
// Every failure of the file, the settings, the rules or the zone is a ShopProblem; nothing throws for them.
ShopOpening open_shop(const std::string& path, ShopNeeds needs = ShopNeeds::rules);

// A saved rules document compiled as open_shop compiles the current one: in the rules' own time zone, else
// `shop_zone`. rules_unreadable (with `version`) or unknown_time_zone when it cannot be; `path` only names
// the file in the problem. The till session uses it to take up a newer version at the next basket.
struct SavedRules {
    std::unique_ptr<CompiledRules> rules;
    std::shared_ptr<const TimeZone> zone;  // the zone they were compiled in
};
std::variant<SavedRules, ShopProblem> compile_saved_rules(std::int64_t version, const std::string& document,
                                                          const std::string& shop_zone,
                                                          const std::string& path = {});

// ---- the owner's settings change --------------------------------------------------------------------------

struct SettingsChange {
    std::vector<store::SettingsIssue> issues;  // nothing was saved when not empty
    std::string changes;                       // what the audit entry says: `field: "old" -> "new"; ...`
    bool language_changed = false;
    [[nodiscard]] bool saved() const { return issues.empty() && !changes.empty(); }
};

// Checks `wanted` (store::check_settings), keeps the saved currency (it is the rules document's: the screen
// shows it and cannot change it), and saves it with one `settings_changed` audit entry by `by` naming each
// field's old and new value, in one transaction. Nothing is written when there are issues or nothing
// changed. Throws StoreError when the file fails. The settings screen (OwnerDesk) and kassactl settings set
// both go through here.
SettingsChange change_settings(store::Store& store, const store::ShopSettings& wanted, const store::Actor& by,
                               Instant at);

}  // namespace kassa::till
