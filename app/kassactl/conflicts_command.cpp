// `kassactl conflicts`: what the syncs of several tills found that two tills did to the same thing without
// seeing each other (docs/sync.md, "Conflicts"), and the owner marking one as dealt with. Printing only:
// the list and the marking are kassa::store's.
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "kassa/core/messages.hpp"
#include "kassa/core/rules.hpp"
#include "kassa/core/time.hpp"
#include "kassa/store/store.hpp"
#include "kassa/store/sync_log.hpp"
#include "kassa/sys/system_clock.hpp"

namespace kassactl {

namespace {

namespace st = kassa::store;

struct ConflictsOptions {
    std::string db;
    bool all = false;
    bool json = false;
    std::int64_t id = 0;
    std::string actor;
    std::string now;  // hidden: tests choose the moment
};

const char* kind_name(st::SyncConflictKind kind) {
    switch (kind) {
        case st::SyncConflictKind::overdrawn_lot:
            return "overdrawn_lot";
        case st::SyncConflictKind::phone_taken:
            return "phone_taken";
        case st::SyncConflictKind::card_taken:
            return "card_taken";
        case st::SyncConflictKind::concurrent_edit:
            return "concurrent_edit";
        case st::SyncConflictKind::coupon_reused:
            return "coupon_reused";
        case st::SyncConflictKind::opposite_merge:
            return "opposite_merge";
    }
    return "overdrawn_lot";
}

const char* state_name(st::ConflictResolution resolution) {
    switch (resolution) {
        case st::ConflictResolution::open:
            return "open";
        case st::ConflictResolution::dealt_with:
            return "dealt_with";
        case st::ConflictResolution::merged:
            return "merged";
    }
    return "open";
}

// "Olga Tamm (+37255512345, card 2000000000015, 0190...)": a customer as the owner finds her.
std::string person(const std::optional<st::ConflictCustomer>& c) {
    if (!c) {
        return "(not in this file)";
    }
    std::string name = c->first_name;
    if (!c->last_name.empty()) {
        name += (name.empty() ? "" : " ") + c->last_name;
    }
    std::string out = name.empty() ? "(no name)" : name;
    out += " (";
    if (!c->phone.empty()) {
        out += c->phone + ", ";
    }
    if (!c->card.empty()) {
        out += "card " + c->card + ", ";
    }
    out += c->id;
    if (!c->merged_into.empty()) {
        out += ", merged into " + c->merged_into;
    }
    return out + ")";
}

// "receipt 12 (4a0e...) took off 5.00": one use of a coupon used twice, with the money in minor units as
// Money prints it.
std::string coupon_use(const std::optional<st::ConflictCouponUse>& use, int digits) {
    if (!use) {
        return "(unknown)";
    }
    return "receipt " + std::to_string(use->receipt_number) + " (" + use->receipt_id + ") took off " +
           kassa::format_money(use->discount, digits, kassa::Language::en);
}

nlohmann::json coupon_use_json(const std::optional<st::ConflictCouponUse>& use) {
    if (!use) {
        return nullptr;
    }
    return {{"receipt_id", use->receipt_id},
            {"receipt_number", use->receipt_number},
            {"discount_minor", use->discount.minor_units()}};
}

nlohmann::json person_json(const std::optional<st::ConflictCustomer>& c) {
    if (!c) {
        return nullptr;
    }
    return {{"id", c->id},
            {"first_name", c->first_name},
            {"last_name", c->last_name},
            {"phone", c->phone.empty() ? nlohmann::json() : nlohmann::json(c->phone)},
            {"card", c->card.empty() ? nlohmann::json() : nlohmann::json(c->card)},
            {"merged_into", c->merged_into.empty() ? nlohmann::json() : nlohmann::json(c->merged_into)}};
}

void print_text(const std::vector<st::SyncConflict>& list, const kassa::TimeZone& zone, bool all,
                int digits) {
    if (list.empty()) {
        std::cout << (all ? "no conflicts\n" : "no open conflicts\n");
        return;
    }
    for (const auto& c : list) {
        std::cout << '#' << c.id << ' ' << kind_name(c.kind) << ' '
                  << kassa::format_timestamp(c.found_at, zone) << ": ";
        switch (c.kind) {
            case st::SyncConflictKind::overdrawn_lot:
                std::cout << "points taken twice from one lot of " << person(c.customer) << ", " << c.points
                          << " points missing (lot " << c.subject << ", entry " << c.other << ')';
                break;
            case st::SyncConflictKind::phone_taken:
                std::cout << "phone " << c.subject << " enrolled twice: " << person(c.customer) << " and "
                          << person(c.pulled);
                break;
            case st::SyncConflictKind::card_taken:
                std::cout << "card " << c.subject << " given to two customers: " << person(c.customer)
                          << " keeps it here, " << person(c.pulled) << " at another till";
                break;
            case st::SyncConflictKind::concurrent_edit:
                std::cout << c.other << " of " << person(c.customer) << " edited at two tills: \""
                          << c.kept.value_or("") << "\" kept, \"" << c.lost.value_or("") << "\" lost";
                break;
            case st::SyncConflictKind::coupon_reused:
                std::cout << "single-use coupon " << c.subject << " used at two tills: first "
                          << coupon_use(c.first_use, digits) << ", then " << coupon_use(c.second_use, digits)
                          << "; both sales stand";
                if (c.customer) {
                    std::cout << " (issued to " << person(c.customer) << ')';
                }
                break;
            case st::SyncConflictKind::opposite_merge:
                std::cout << "merged into each other at two tills: " << person(c.customer) << " kept, "
                          << person(c.pulled) << " merged into her (merge " << c.subject << " kept, merge "
                          << c.other << " undone)";
                break;
        }
        if (c.resolution != st::ConflictResolution::open) {
            std::cout << " [" << state_name(c.resolution) << " by " << c.resolved_by;
            if (c.resolved_at) {
                std::cout << ' ' << kassa::format_timestamp(*c.resolved_at, zone);
            }
            std::cout << ']';
        }
        std::cout << '\n';
    }
}

void print_json(const std::vector<st::SyncConflict>& list, const kassa::TimeZone& zone) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& c : list) {
        nlohmann::json row = {{"id", c.id},
                              {"kind", kind_name(c.kind)},
                              {"found_at", kassa::format_timestamp(c.found_at, zone)},
                              {"subject", c.subject},
                              {"other", c.other},
                              {"customer", person_json(c.customer)},
                              {"pulled_customer", person_json(c.pulled)},
                              {"state", state_name(c.resolution)},
                              {"identity", c.identity}};
        if (c.kind == st::SyncConflictKind::overdrawn_lot) {
            row["missing_points"] = c.points;
        }
        if (c.kind == st::SyncConflictKind::concurrent_edit) {
            row["field"] = c.other;
            row["kept"] = c.kept ? nlohmann::json(*c.kept) : nlohmann::json();
            row["lost"] = c.lost ? nlohmann::json(*c.lost) : nlohmann::json();
        }
        if (c.kind == st::SyncConflictKind::coupon_reused) {
            row["code"] = c.subject;
            row["first_use"] = coupon_use_json(c.first_use);
            row["second_use"] = coupon_use_json(c.second_use);
        }
        if (c.resolution != st::ConflictResolution::open) {
            row["resolved_by"] = c.resolved_by;
            row["resolved_at"] =
                c.resolved_at ? kassa::format_timestamp(*c.resolved_at, zone) : std::string();
        }
        out.push_back(std::move(row));
    }
    std::cout << out.dump(2) << '\n';
}

}  // namespace

Runner add_conflicts_command(CLI::App& app) {
    auto o = std::make_shared<ConflictsOptions>();
    auto* conflicts = app.add_subcommand(
        "conflicts",
        "What two tills did to the same thing without seeing each other (open ones; --all for every one)");
    conflicts->require_subcommand(0, 1);
    conflicts->add_option("--db", o->db, "the till's shop file");
    conflicts->add_flag("--all", o->all, "the settled ones too");
    conflicts->add_flag("--json", o->json, "as JSON");
    auto* dealt = conflicts->add_subcommand("dealt-with", "Mark an open conflict as dealt with (audited)");
    dealt->add_option("ID", o->id, "the conflict's number, as the list shows it after #")->required();
    dealt->add_option("--db", o->db, "the till's shop file")->required();
    dealt->add_option("--by", o->actor, "who dealt with it (for the audit log)")->required();
    dealt->add_option("--now", o->now, "the moment it happens at (ISO 8601 with offset)")->group("");
    return [o, dealt]() -> int {
        if (o->db.empty()) {
            std::cerr << "kassactl conflicts: say which shop file with --db.\n";
            return 2;
        }
        const auto shop = open_shop_or_say(o->db, kassa::till::ShopNeeds::zone, "kassactl conflicts");
        if (!shop) {
            return 2;
        }
        try {
            st::SyncLog log(*shop->store);
            if (dealt->parsed()) {
                const kassa::Instant now =
                    o->now.empty() ? kassa::sys::SystemClock().now() : kassa::parse_timestamp(o->now).instant;
                log.mark_dealt_with(o->id, st::Actor{o->actor}, now);
                std::cout << "ok: conflict #" << o->id << " marked as dealt with by " << o->actor << '\n';
                return 0;
            }
            const auto list = log.conflicts(o->all);
            if (o->json) {
                print_json(list, *shop->zone);
            } else {
                print_text(list, *shop->zone, o->all,
                           kassa::currency_minor_digits(shop->settings.currency).value_or(2));
            }
            return 0;
        } catch (const st::StoreError& e) {
            std::cerr << "kassactl conflicts: " << e.what() << '\n';
            return 2;
        } catch (const std::exception& e) {
            std::cerr << "kassactl conflicts: " << e.what() << '\n';
            return 2;
        }
    };
}

}  // namespace kassactl
