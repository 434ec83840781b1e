#include "kassa/till/owner_desk.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "compile_document.hpp"
#include "kassa/core_json/rules_diff.hpp"
#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/merges.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/till/shop.hpp"

namespace kassa::till {

namespace {

// One "field: "from" -> "to"" clause of an audited settings change, when the value changed.
void note_change(std::string& changed, const char* field, const std::string& from, const std::string& to) {
    if (from != to) {
        changed +=
            (changed.empty() ? "" : "; ") + std::string(field) + ": \"" + from + "\" -> \"" + to + "\"";
    }
}

}  // namespace

OwnerDesk::OwnerDesk(store::Store& store, const Rules& rules, const Clock& clock,
                     std::shared_ptr<const TimeZone> zone, std::string owner_id)
    : store_(store), rules_(rules), clock_(clock), zone_(std::move(zone)), owner_id_(std::move(owner_id)) {}

OwnerDesk::~OwnerDesk() = default;

std::chrono::year_month_day OwnerDesk::today() const {
    return zone_->to_local(clock_.now()).date;
}

store::ShopSettings OwnerDesk::settings() {
    return store_.shop().settings();
}

OwnerDesk::SettingsSaved OwnerDesk::save_settings(const store::ShopSettings& wanted) {
    const SettingsChange change = change_settings(store_, wanted, store::Actor{owner_id_}, clock_.now());
    SettingsSaved out;
    out.issues = change.issues;
    out.language_changed = change.language_changed;
    return out;
}

store::ScannerTiming OwnerDesk::scanner_timing() {
    return store::scanner_timing(store_);
}

OwnerDesk::TimingSaved OwnerDesk::save_scanner_timing(const store::ScannerTiming& wanted) {
    TimingSaved out;
    out.issues = store::check_scanner_timing(wanted);
    if (!out.issues.empty()) {
        return out;
    }
    const store::ScannerTiming before = store::scanner_timing(store_);
    std::string changed;
    const auto yes_no = [](bool value) { return std::string(value ? "yes" : "no"); };
    note_change(changed, "max_gap_ms", std::to_string(before.max_gap_ms), std::to_string(wanted.max_gap_ms));
    note_change(changed, "min_length", std::to_string(before.min_length), std::to_string(wanted.min_length));
    note_change(changed, "tab_ends_scan", yes_no(before.tab_ends_scan), yes_no(wanted.tab_ends_scan));
    if (changed.empty()) {
        return out;
    }
    store::save_scanner_timing(store_, wanted, owner_id_, changed, clock_.now());
    out.changed = true;
    return out;
}

std::vector<store::CategoryVat> OwnerDesk::vat_categories() {
    return store::VatSettings(store_).categories();
}

int OwnerDesk::save_category_vat(const std::vector<std::pair<std::string, VatRate>>& rates) {
    store::VatSettings vat(store_);
    std::map<std::string, std::optional<VatRate>> saved;
    for (const store::CategoryVat& c : vat.categories()) {
        saved[c.category] = c.rate;
    }
    int changed = 0;
    for (const auto& [category, rate] : rates) {
        const auto found = saved.find(category);
        // Only real changes reach the audit log: the owner saves the whole table at once.
        if (found != saved.end() && found->second == rate) {
            continue;
        }
        vat.set_category(category, rate, owner_id_, clock_.now());
        ++changed;
    }
    return changed;
}

std::optional<OwnerDesk::ProductVat> OwnerDesk::product_vat(const std::string& sku) {
    const auto product = store_.catalog().product_by_sku(sku);
    if (!product) {
        return std::nullopt;
    }
    return ProductVat{product->sku, product->name, store::VatSettings(store_).product_rate(product->sku)};
}

std::optional<OwnerDesk::ProductVat> OwnerDesk::set_product_vat(const std::string& sku,
                                                                std::optional<VatRate> rate) {
    // Asked first, so an unknown SKU is an answer the screen words, not the store's English sentence.
    if (!store_.catalog().product_by_sku(sku)) {
        return std::nullopt;
    }
    store::VatSettings(store_).set_product(sku, rate, owner_id_, clock_.now());
    return product_vat(sku);
}

std::map<std::string, std::string> OwnerDesk::cashier_names() {
    std::map<std::string, std::string> names;
    for (const store::Cashier& cashier : store_.staff().cashiers()) {
        names[cashier.id] = cashier.name;
    }
    return names;
}

std::vector<OwnerDesk::ShiftRow> OwnerDesk::shifts(int limit) {
    const std::map<std::string, std::string> names = cashier_names();
    // cashiers() lists active accounts only: a shift of someone who left keeps her id.
    const auto name_of = [&names](const std::string& id) {
        const auto found = names.find(id);
        return found == names.end() ? id : found->second;
    };
    std::vector<ShiftRow> rows;
    for (store::ShiftSummary& shift : store::Shifts(store_).list(limit)) {
        ShiftRow row;
        row.opened_by = name_of(shift.opened_by);
        if (!shift.closed_by.empty()) {
            row.closed_by = name_of(shift.closed_by);
        }
        if (shift.counted_cash && shift.expected_cash) {
            row.over_short = *shift.counted_cash - *shift.expected_cash;
        }
        row.shift = std::move(shift);
        rows.push_back(std::move(row));
    }
    return rows;
}

store::ShiftReport OwnerDesk::shift_report(std::optional<std::int64_t> z_number) {
    store::Shifts shifts(store_);
    return z_number ? shifts.z_report(z_number) : shifts.x_report(clock_.now());
}

store::Reports& OwnerDesk::reports() {
    if (!reports_) {
        reports_ = std::make_unique<store::Reports>(store_.database().path());
    }
    return *reports_;
}

Instant OwnerDesk::window_start() const {
    return add_calendar_days(clock_.now(), -kCallWindowDays, *zone_);
}

OutreachView OwnerDesk::outreach(const std::string& list, std::optional<int> days,
                                 const std::string& program) {
    OutreachView view;
    store::ListRequest request;
    request.name = list;
    request.now = clock_.now();
    request.days = days;
    request.program = program;
    view.table = reports().list(request);
    view.phone_country = store_.shop().settings().phone_country;
    for (const store::OutreachContact& contact : store_.personal().contacts(list, window_start())) {
        view.called.insert(contact.customer_id);
    }
    return view;
}

std::vector<std::pair<std::string, std::string>> OwnerDesk::promotions() const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Program& program : rules_.programs) {
        if (program.type() == ProgramType::promotion) {
            out.emplace_back(program.id, program.name);
        }
    }
    return out;
}

void OwnerDesk::set_called(const std::string& list, const std::string& customer_id, bool called) {
    if (called) {
        store_.personal().mark_contacted(list, store::CustomerId{customer_id}, store::Actor{owner_id_},
                                         clock_.now());
    } else {
        store_.personal().unmark_contacted(list, store::CustomerId{customer_id}, window_start());
    }
}

std::vector<store::RulesVersion> OwnerDesk::rules_history() {
    return store_.rules().rules_history();
}

std::string OwnerDesk::document_of(std::int64_t version) {
    auto document = store_.rules().rules_document(version);
    if (!document) {
        throw store::StoreError(store::StoreRefusal{store::StoreProblem::no_such_rules_version, {version}});
    }
    return std::move(*document);
}

namespace {

// A saved document as JSON; one that does not parse (written by hand into the file) is compared whole.
nlohmann::json parsed(const std::optional<std::string>& document) {
    return document ? nlohmann::json::parse(*document, nullptr, false) : nlohmann::json();
}

}  // namespace

std::vector<kassa::json::RuleChange> OwnerDesk::changes_to(std::int64_t version) {
    const auto current = store_.rules().current_rules();
    return kassa::json::rule_changes(
        parsed(current ? std::optional<std::string>(current->second) : std::nullopt),
        parsed(document_of(version)));
}

std::vector<kassa::json::RuleChange> OwnerDesk::changes_in(std::int64_t version) {
    const nlohmann::json after = parsed(document_of(version));
    // The version saved just before this one, if any: versions are numbered in the order they were saved.
    std::optional<std::int64_t> previous;
    for (const store::RulesVersion& v : store_.rules().rules_history()) {
        if (v.id < version && (!previous || v.id > *previous)) {
            previous = v.id;
        }
    }
    if (previous) {
        return kassa::json::rule_changes(parsed(store_.rules().rules_document(*previous)), after);
    }
    // The first version: its programmes, each added (its currency and zone are the shop's own, not changes).
    nlohmann::json empty = after;
    if (empty.is_object()) {
        empty["programs"] = nlohmann::json::array();
    }
    return kassa::json::rule_changes(empty, after);
}

store::WhatIf OwnerDesk::preview(std::int64_t version, int days) {
    // Against the shop's saved current version (what a restore replaces), which may be newer than the rules
    // this till started with.
    const auto saved = store_.rules().current_rules();
    const CompiledRules draft =
        detail::compile_document(document_of(version), "Rules version " + std::to_string(version), zone_);
    const CompiledRules current = saved ? detail::compile_document(saved->second, "The current rules", zone_)
                                        : CompiledRules(rules_, zone_);
    if (draft.rules().currency != current.rules().currency) {
        throw store::StoreError(
            store::StoreRefusal{store::StoreProblem::rules_other_currency, {draft.rules().currency}},
            "rules version " + std::to_string(version));
    }
    const Instant to = clock_.now();
    return store_.rules().what_if(current, draft, add_calendar_days(to, -days, *zone_), to);
}

std::int64_t OwnerDesk::restore(std::int64_t version) {
    const std::string document = document_of(version);
    // The till refuses to start on rules it cannot run: an old version is checked as today's rules first.
    const CompiledRules checked =
        detail::compile_document(document, "Rules version " + std::to_string(version), zone_);
    if (checked.rules().currency != rules_.currency) {
        throw store::StoreError(
            store::StoreRefusal{store::StoreProblem::rules_other_currency, {checked.rules().currency}},
            "rules version " + std::to_string(version));
    }
    return store_.rules().save_rules(document, store::Actor{owner_id_},
                                     "restored version " + std::to_string(version), clock_.now());
}

std::unique_ptr<RulesDraft> OwnerDesk::new_draft() {
    return std::make_unique<RulesDraft>(store_, rules_, clock_, zone_, owner_id_);
}

store::ReportTable OwnerDesk::report(const std::string& name, std::chrono::year_month_day from,
                                     std::chrono::year_month_day to) {
    return reports().report(name, from, to);
}

int OwnerDesk::money_digits() {
    return reports().money_digits();
}

std::vector<store::SyncConflict> OwnerDesk::conflicts(bool include_settled) {
    return store::SyncLog(store_).conflicts(include_settled);
}

void OwnerDesk::mark_dealt_with(std::int64_t conflict_id) {
    store::SyncLog(store_).mark_dealt_with(conflict_id, store::Actor{owner_id_}, clock_.now());
}

std::optional<std::pair<store::ConflictCustomer, store::ConflictCustomer>> OwnerDesk::duplicate(
    const store::SyncConflict& conflict) {
    if (conflict.kind == store::SyncConflictKind::overdrawn_lot || !conflict.customer || !conflict.pulled ||
        conflict.customer->id == conflict.pulled->id || !conflict.customer->merged_into.empty() ||
        !conflict.pulled->merged_into.empty()) {
        return std::nullopt;
    }
    return std::make_pair(*conflict.customer, *conflict.pulled);
}

store::MergeResult OwnerDesk::merge_customers(const std::string& keep, const std::string& merge_away) {
    return store::CustomerMerges(store_).merge(store::CustomerId{keep}, store::CustomerId{merge_away},
                                               store::Actor{owner_id_}, clock_.now());
}

}  // namespace kassa::till
