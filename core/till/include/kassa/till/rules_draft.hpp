#pragma once
// The owner's draft of new loyalty rules, edited programme by programme in the owner's desk before it is
// saved as a new rules version. It holds the rules document (docs/rules.md) as JSON, so a field the editor's
// forms do not know is kept as it was; every change is checked at once by the engine's own reader
// (json::read_rules), so the owner sees the very sentences `kassactl rules check` prints. On top of those
// errors it points out conflicts the engine accepts but the owner may not mean (two exclusive discounts on
// the same lines, a promotion that can never run), previews the draft on past receipts, and saves it.
//
// Threading rule: one thread at a time (the GUI thread at the till), like the OwnerDesk that makes it.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kassa/core/rules.hpp"
#include "kassa/core/time.hpp"
#include "kassa/store/rules_store.hpp"

namespace kassa::till {

// One problem the engine finds in the draft. Nothing can be saved while there is one.
struct DraftError {
    std::optional<std::size_t> programme;  // index in the draft's programmes; none for a document field
    std::string field;  // path inside the programme ("effect.percent_bp"), or the document's
    // The reader's problem: typed with its values for the screen, and its English reason for the logs.
    RuleError rule;
};

// Something the engine accepts that the owner probably did not mean. Shown, never blocking.
struct DraftConflict {
    enum class Kind {
        // `first` and `second` are both exclusive line discounts of the same step on lines of `scope`: on
        // each such line only the one worth more applies.
        exclusive_overlap,
        // `first` ended on `date` (its valid_to is before today): it will not run again.
        ended,
        // `first`'s weekdays fall on none of the days between its valid_from and valid_to.
        no_weekday_in_dates,
        // `first` is switched off (active false): it stays in the rules but never runs.
        inactive,
    };
    Kind kind = Kind::exclusive_overlap;
    std::string first;   // programme id
    std::string second;  // programme id, for exclusive_overlap
    std::string scope;   // a category, "" for every line
    std::optional<std::chrono::year_month_day> date;
};

// A programme as the editor's list shows it.
struct DraftProgramme {
    std::string id;
    std::string name;
    ProgramType type = ProgramType::bonus;
    bool active = true;
};

class RulesDraft {
  public:
    // Starts from the shop's current saved document (or `running` when none was saved yet). The store and
    // clock must outlive the draft. `zone` is the shop's (for "today" and a document without a zone).
    RulesDraft(store::Store& store, const Rules& running, const Clock& clock,
               std::shared_ptr<const TimeZone> zone, std::string owner_id);

    [[nodiscard]] const nlohmann::json& document() const { return document_; }
    [[nodiscard]] std::vector<DraftProgramme> programmes() const;
    [[nodiscard]] const nlohmann::json& programme(std::size_t index) const;
    // The currency's minor digits (2 for EUR): the forms write money in minor units.
    [[nodiscard]] int money_digits() const;

    // Replaces programme `index` with what the form holds (null fields are dropped: null means "left out").
    void replace(std::size_t index, nlohmann::json programme);
    // Appends a new programme of `type` with a free id and values that make sense in a small shop (a
    // promotion runs this week; a referral gives 500 points to each). Returns its index.
    std::size_t add(ProgramType type);
    void remove(std::size_t index);

    // The engine's errors of the whole draft, in document order.
    [[nodiscard]] const std::vector<DraftError>& errors() const { return errors_; }
    [[nodiscard]] std::vector<DraftError> errors_of(std::size_t index) const;
    // Conflicts of a draft without errors (empty while it has errors).
    [[nodiscard]] const std::vector<DraftConflict>& conflicts() const { return conflicts_; }
    // What saving would change against the saved current version, one line per value (empty: nothing).
    [[nodiscard]] std::vector<std::string> changes() const;

    // The last `days` days' receipts quoted with the saved current rules and with this draft. Throws
    // StoreError(invalid) with a sentence while the draft has errors or cannot run here.
    store::WhatIf what_if(int days = 30);
    // Saves the draft as the newest rules version by the owner, audited with its change list. Throws
    // StoreError(invalid) while it has errors, and when it would change the currency (every amount of the
    // shop would change meaning). Returns the new version's id. `scope`: for every till of the company, or
    // for this till's shop only (refused with shop_rules_need_office in a file that has not joined).
    std::int64_t save(store::RulesScope scope = store::RulesScope::company);

    // Fresh single-use codes added to coupon programme `index`'s `codes` (unique across the whole draft and
    // every code the shop issued). Returns them, for printing.
    std::vector<std::string> generate_codes(std::size_t index, int count);

    // Categories, products and segments for the forms' pickers (read once).
    const store::RulesVocabulary& vocabulary();

  private:
    void check();
    [[nodiscard]] std::string free_id(std::string_view base) const;

    store::Store& store_;
    const Rules& running_;
    const Clock& clock_;
    std::shared_ptr<const TimeZone> zone_;
    std::string owner_id_;
    nlohmann::json document_;
    std::string saved_;  // the saved current document's text ("" before the first save)
    std::vector<DraftError> errors_;
    std::vector<DraftConflict> conflicts_;
    std::optional<store::RulesVocabulary> vocabulary_;
};

}  // namespace kassa::till
