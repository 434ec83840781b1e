#pragma once
// The owner's questions answered from the shop's file: which promotion paid off, how loyal the customers are,
// what the points owe, and whom to call this week. docs/reports.md defines every figure and column; change
// both together.
//
// Threading: a Reports owns its own connection to the shop's file and is used by one thread at a time. Each
// report or list is read inside one read transaction (a WAL snapshot), so the till keeps selling meanwhile
// and the figures of one report agree with each other.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "kassa/core/time.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/store.hpp"

namespace kassa::store {

class Database;

// A report or list as a table: the command line writes it as CSV or JSON, the owner's screens draw it.
struct ReportColumn {
    enum class Kind { integer, money, text };
    std::string name;
    Kind kind = Kind::integer;
};

// A cell: no value (an average over nothing, an uplift against an empty period), an integer (money in minor
// units) or text.
using ReportCell = std::variant<std::monostate, std::int64_t, std::string>;

// Why a table is empty when the reason is worth knowing, with its values: the owner's screen words it in the
// till's language, kassactl in English. No sentence is made here.
struct ReportNote {
    enum class Kind {
        none,
        // client-day: the promotion `program` does not run on `day`, `days_before` days from today, so today
        // is not its announcement day and nobody is invited.
        not_announcement_day,
    };
    Kind kind = Kind::none;
    std::string program;                // the promotion's id
    std::chrono::year_month_day day{};  // the client day the list would invite to
    int days_before = 0;                // the promotion's announce_days_before
    [[nodiscard]] bool empty() const { return kind == Kind::none; }
};

struct ReportTable {
    std::string name;  // "pareto", "birthdays"
    std::vector<ReportColumn> columns;
    std::vector<std::vector<ReportCell>> rows;  // each as long as `columns`
    // Why the table is empty, when that is worth saying; empty() otherwise.
    ReportNote note;
};

// The reports `kassactl report NAME` knows, in the order --help lists them.
const std::vector<std::string>& report_names();
// The outreach lists `kassactl lists NAME` knows.
const std::vector<std::string>& list_names();

struct ListRequest {
    std::string name;         // one of list_names()
    Instant now;              // "today" is its local date in the shop's zone
    std::optional<int> days;  // the list's window; each list has its own default
    std::string program;      // client-day: the promotion's id
    // due: how far past the cycle, 12500 (125%) unless given. Initialised so that requests written as
    // ListRequest{name, now, days, program} stay complete.
    std::optional<std::int64_t> margin_bp = std::nullopt;
};

class Reports {
  public:
    // Opens the shop's file with a connection of its own. Throws StoreError with a sentence.
    explicit Reports(const std::string& db_path);
    ~Reports();
    Reports(const Reports&) = delete;
    Reports& operator=(const Reports&) = delete;

    // One report over the business days from..to (inclusive, local dates in the shop's zone). Throws
    // StoreError (invalid) for an unknown name or to before from.
    ReportTable report(const std::string& name, std::chrono::year_month_day from,
                       std::chrono::year_month_day to);

    // One outreach list: only customers with a marketing consent and the contact it is for, never erased
    // ones. Throws StoreError (invalid) for an unknown name, a negative window, an unknown program.
    ReportTable list(const ListRequest& request);

    // The shop's currency's minor-unit digits (2 for EUR), for writing money as decimal text.
    int money_digits();
    // The shop's currency code ("EUR").
    std::string currency();

  private:
    std::unique_ptr<Database> db_;
};

// The marketing channels an outreach list's "consent" cell names. The cell holds them as keys ("sms",
// "email", "sms+email") for the files other programs read (an SMS service, a spreadsheet); a screen reads
// them back here as consent kinds and words them in the owner's language, never showing the key. Empty for a
// cell that is not such a value.
std::vector<ConsentKind> consent_channels(const ReportCell& cell);

// RFC 4180 CSV (UTF-8, CRLF line ends, a header row); money as decimal text with `money_digits` places.
std::string report_csv(const ReportTable& table, int money_digits);
// {"report": NAME, "rows": [{column: value, ...}]} with money as integer minor units and null for no value;
// `meta` members (from, to, currency) are added at the top level.
std::string report_json(const ReportTable& table,
                        const std::vector<std::pair<std::string, std::string>>& meta);

}  // namespace kassa::store
