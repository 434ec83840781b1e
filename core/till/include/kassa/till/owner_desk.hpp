#pragma once
// The owner's screens without a window: the shop's settings, the outreach lists with their "called" ticks,
// and the reports. The owner's PIN opened it (TillSession::open_owner_desk); everything it changes is
// written with that owner's id and audited.
//
// Threading rule: one thread at a time (the GUI thread at the till). It opens its own read connection for
// the reports and lists, so reading a year of receipts never holds the till's writer.

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "kassa/core/rules.hpp"
#include "kassa/core/time.hpp"
#include "kassa/core/vat.hpp"
#include "kassa/core_json/rules_diff.hpp"
#include "kassa/store/merges.hpp"
#include "kassa/store/reports.hpp"
#include "kassa/store/scanner_settings.hpp"
#include "kassa/store/shifts.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"
#include "kassa/store/sync_log.hpp"
#include "kassa/store/vat_settings.hpp"
#include "kassa/till/rules_draft.hpp"

namespace kassa::till {

// A list as the owner sees it: the list's table and which of its customers someone already called.
struct OutreachView {
    store::ReportTable table;
    std::set<std::string> called;  // customer ids ticked within the call window
    // The shop's phone country: the screen shows the table's phones with store::phone_for_people (the
    // table itself keeps them E.164, as its CSV file does).
    std::string phone_country;
};

class OwnerDesk {
  public:
    // A tick counts for a week: the same customer is not called twice in one week from one list, and next
    // week's birthday list starts unticked.
    static constexpr int kCallWindowDays = 7;

    // The store, rules and clock must outlive the desk.
    OwnerDesk(store::Store& store, const Rules& rules, const Clock& clock,
              std::shared_ptr<const TimeZone> zone, std::string owner_id);
    ~OwnerDesk();
    OwnerDesk(const OwnerDesk&) = delete;
    OwnerDesk& operator=(const OwnerDesk&) = delete;

    [[nodiscard]] const std::string& owner_id() const { return owner_id_; }
    // Today's local date in the shop's zone (the reports' default period ends here).
    [[nodiscard]] std::chrono::year_month_day today() const;

    // ---- shop settings ----
    store::ShopSettings settings();
    struct SettingsSaved {
        std::vector<store::SettingsIssue> issues;  // nothing was saved when not empty
        bool language_changed = false;
    };
    // Checks, then saves and audits what changed (till::change_settings, shop.hpp: kassactl settings set
    // does the same). Throws StoreError with a sentence when the file fails.
    SettingsSaved save_settings(const store::ShopSettings& settings);
    // How the till tells a keyboard-wedge scanner from typing.
    store::ScannerTiming scanner_timing();
    struct TimingSaved {
        std::vector<store::ScannerTimingIssue> issues;  // nothing was saved when not empty
        bool changed = false;                           // false when it equals what was saved
    };
    // Checks, then saves and audits what changed. Throws StoreError with a sentence when the file fails.
    TimingSaved save_scanner_timing(const store::ScannerTiming& timing);

    // ---- VAT rates (store/vat_settings.hpp) ----
    std::vector<store::CategoryVat> vat_categories();
    // Saves each category whose rate differs from the saved one (or that had none), each audited by the
    // owner; a rate equal to the saved one writes nothing. Returns the categories changed.
    int save_category_vat(const std::vector<std::pair<std::string, VatRate>>& rates);
    struct ProductVat {
        std::string sku;
        std::string name;
        VatRate rate;  // what it is sold at now: its own rate or its category's
    };
    // The rate `sku` is sold at; nullopt for a SKU the catalog does not have.
    std::optional<ProductVat> product_vat(const std::string& sku);
    // Gives one product its own rate, or (nullopt) lets it follow its category again; audited. Returns what
    // it is sold at afterwards, nullopt (nothing written) for a SKU the catalog does not have.
    std::optional<ProductVat> set_product_vat(const std::string& sku, std::optional<VatRate> rate);

    // ---- shifts (store/shifts.hpp) ----
    struct ShiftRow {
        store::ShiftSummary shift;
        std::string opened_by;            // the cashier's name (her id when the account is gone)
        std::string closed_by;            // empty while open
        std::optional<Money> over_short;  // closed: counted - expected (negative: short)
    };
    // Shifts newest first, at most `limit`, with the cashiers' names.
    std::vector<ShiftRow> shifts(int limit = 100);
    // The active cashiers' names by id, for the screens that show who did something (a report's `actor`):
    // an id is Kassa's key, never something to show.
    std::map<std::string, std::string> cashier_names();
    // A closed shift's Z report as it was closed; without a number, the open shift's X report as of now.
    // Throws ShiftError (unknown_z, no_open_shift).
    store::ShiftReport shift_report(std::optional<std::int64_t> z_number);

    // ---- outreach lists ----
    // Throws StoreError (invalid) for an unknown list or program, a negative window.
    OutreachView outreach(const std::string& list, std::optional<int> days, const std::string& program = {});
    // The promotions a client-day list can invite to: id and name, in the rules' order.
    [[nodiscard]] std::vector<std::pair<std::string, std::string>> promotions() const;
    // Ticks or unticks a customer on a list as called by the owner now.
    void set_called(const std::string& list, const std::string& customer_id, bool called);

    // ---- the rules' history ----
    [[nodiscard]] std::vector<store::RulesVersion> rules_history();
    // What going back to `version` would change against the current rules, one change per value.
    std::vector<kassa::json::RuleChange> changes_to(std::int64_t version);
    // What saving `version` changed against the version saved before it (the first: every programme added).
    std::vector<kassa::json::RuleChange> changes_in(std::int64_t version);
    // The last `days` days' receipts quoted with the current rules and with `version`'s. Throws StoreError
    // (invalid) with a sentence when that version cannot be compiled any more (a zone this computer lacks).
    store::WhatIf preview(std::int64_t version, int days = 30);
    // Saves `version`'s document again as the newest version, by the owner, audited. Returns the new id.
    std::int64_t restore(std::int64_t version);
    // A draft of new rules starting from the saved current version, for the rules editor; saving it writes a
    // version by this owner.
    std::unique_ptr<RulesDraft> new_draft();

    // ---- conflicts of several tills (docs/sync.md, "Conflicts") ----
    // The conflicts the tills' syncs found, oldest first: the open ones, or all with `include_settled`.
    std::vector<store::SyncConflict> conflicts(bool include_settled = false);
    // The owner marks a conflict as dealt with, audited by her. Throws StoreError (no_such_conflict).
    void mark_dealt_with(std::int64_t conflict_id);
    // The two customers a phone or a card enrolled twice names (this till's first), both still unmerged;
    // nullopt when the conflict is no such pair.
    [[nodiscard]] static std::optional<std::pair<store::ConflictCustomer, store::ConflictCustomer>> duplicate(
        const store::SyncConflict& conflict);
    // Merges `merge_away` into `keep`, audited by the owner (store::CustomerMerges). Throws StoreError
    // (merge_with_herself, no_such_customer, customer_already_merged).
    store::MergeResult merge_customers(const std::string& keep, const std::string& merge_away);

    // ---- reports ----
    store::ReportTable report(const std::string& name, std::chrono::year_month_day from,
                              std::chrono::year_month_day to);
    int money_digits();

  private:
    store::Reports& reports();
    std::string document_of(std::int64_t version);
    [[nodiscard]] Instant window_start() const;

    store::Store& store_;
    const Rules& rules_;
    const Clock& clock_;
    std::shared_ptr<const TimeZone> zone_;
    std::string owner_id_;
    std::unique_ptr<store::Reports> reports_;  // opened on first use
};

}  // namespace kassa::till
