#pragma once
// Shifts and the cash-up (issue 19): a shift opens with the counted float, takes cash in and out with a
// reason, answers an X report at any time and closes with the Z report, which compares the counted cash
// with what the drawer should hold. One shop file is one till, so at most one shift is open in a file.
//
// A Z report is written once, with its consecutive number, in the same transaction that closes the shift:
// a kill -9 or a power cut leaves the shift open or closed, never half. The file refuses to change or delete
// a closed shift (triggers), whoever writes to it.
//
// Failures the person at the till can fix come back as ShiftError with a ShiftProblem: the screen words it
// in its own language; what() is English for logs and kassactl.
//
// Threading: like the Store it works on, one thread at a time.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kassa/core/time.hpp"
#include "kassa/core/units.hpp"
#include "kassa/core/vat.hpp"
#include "kassa/store/database.hpp"
#include "kassa/store/text_limits.hpp"

namespace kassa::store {

class Store;

enum class ShiftProblem {
    no_open_shift,           // a sale, a movement or a report needs an open shift
    already_open,            // a shift is open already: close it first
    shift_closed,            // the shift named is closed (a sale of a basket opened before the close)
    negative_amount,         // a float, a count or a movement below zero (or a movement of zero)
    amount_too_large,        // above what a drawer can hold (kMaxDrawerAmount)
    reason_missing,          // a cash movement needs a reason
    reason_too_long,         // value(): the limit, kMaxCashReasonChars characters
    left_more_than_counted,  // the float left for the next shift exceeds the counted cash
    unknown_z,               // no Z report with that number
};

std::string_view shift_problem_name(ShiftProblem problem);

class ShiftError : public StoreError {
  public:
    ShiftError(ShiftProblem problem, const std::string& english, std::int64_t value = 0);
    [[nodiscard]] ShiftProblem problem() const { return problem_; }
    // The figure the problem names (reason_too_long: the limit); 0 for the others.
    [[nodiscard]] std::int64_t value() const { return value_; }

  private:
    ShiftProblem problem_;
    std::int64_t value_ = 0;
};

// A cash movement's reason is a few words for the Z report and the audit log ("change from the bank"), in
// characters (Unicode code points), not bytes, so Cyrillic has the same room as Latin. The till's field
// stops there too; the store refuses more from any caller. The number is text_limits.hpp's.
inline constexpr auto kMaxCashReasonChars = static_cast<std::int64_t>(text_limit(TextField::cash_reason));

// No drawer holds more: a typo (an amount in cents typed as euros twice) is refused, not counted.
inline constexpr std::int64_t kMaxDrawerMinorUnits = 100'000'000;  // 1 000 000.00

// Counted cash: by denomination (value in minor units x count) or as one amount.
struct DenominationCount {
    Money value;
    std::int64_t count = 0;
};
struct CashCount {
    std::vector<DenominationCount> by_denomination;  // empty: `total` was counted as one amount
    Money total;                                     // with denominations: their sum (the store checks)
};

struct ShiftSummary {
    std::string id;
    Instant opened_at;
    std::string opened_by;
    std::chrono::year_month_day business_day{};  // the day it opened
    Money opening_float;
    std::optional<Instant> closed_at;
    std::string closed_by;
    std::optional<std::int64_t> z_number;
    std::optional<Money> counted_cash;
    std::optional<Money> expected_cash;
    std::optional<Money> left_in_drawer;
};

enum class CashMovementKind { cash_in, cash_out };

struct CashMovement {
    std::string id;
    CashMovementKind kind = CashMovementKind::cash_in;
    Money amount;  // > 0
    std::string reason;
    std::string actor;
    std::string approved_by;  // the owner who approved it (above the owner's limit); may be empty
    Instant at;
};

struct TenderTotals {
    Money cash;  // for sales: cash taken less change given
    Money card;
    Money other;
    [[nodiscard]] Money total() const { return cash + card + other; }
};

struct ProgrammeDiscount {
    std::string program;
    Money amount;
};

// An X (any time, changes nothing) or Z (the close) report: every figure of the shift.
struct ShiftReport {
    ShiftSummary shift;
    bool final = false;  // Z
    Instant at;          // when it was made
    TenderTotals sales;
    TenderTotals returns;  // money given back
    Money cash_in;
    Money cash_out;
    // opening float + cash sales - cash returns + cash in - cash out
    Money expected_cash;
    std::optional<CashCount> counted;          // Z only
    std::optional<Money> over_short;           // Z only: counted - expected (negative: short)
    Money gross;                               // the receipts' goods before discounts
    Money discount;                            // promotions and coupons
    std::vector<ProgrammeDiscount> discounts;  // by programme, largest first
    Points points_redeemed;
    Money points_redeemed_money;
    Money payable;
    std::int64_t receipts = 0;
    std::int64_t returns_count = 0;
    std::optional<std::int64_t> first_receipt;
    std::optional<std::int64_t> last_receipt;
    std::vector<CashMovement> movements;
    // VAT by rate: what the shift's sales charged less what its returns reversed (receipts made before VAT
    // was kept count in neither).
    std::vector<VatRateTotal> vat;
};

class Shifts {
  public:
    explicit Shifts(Store& store);

    [[nodiscard]] std::optional<ShiftSummary> open_shift();
    // What the last close left in the drawer, offered as the next opening float.
    [[nodiscard]] std::optional<Money> proposed_float();
    // Opens a shift with the counted float. Audited. Throws ShiftError(already_open, negative_amount, ...).
    ShiftSummary open(const std::string& actor, Money opening_float, std::chrono::year_month_day business_day,
                      Instant at);
    // Cash put in or taken out of the drawer. `approved_by` is the owner who approved it (the till asks for
    // the owner's PIN above the shop's limit). Audited.
    CashMovement move_cash(CashMovementKind kind, Money amount, const std::string& reason,
                           const std::string& actor, const std::string& approved_by, Instant at);
    // The X report of the open shift.
    ShiftReport x_report(Instant at);
    // Closes the open shift with its Z report: the next Z number, the counted cash against the expected, the
    // float left for the next shift (at most what was counted). Audited. One transaction.
    ShiftReport close(const std::string& actor, const CashCount& counted, Money left_in_drawer, Instant at);
    // Shifts newest first, at most `limit`.
    std::vector<ShiftSummary> list(int limit = 100);
    // A closed shift's Z report as it was closed (it never changes); the last one without a number.
    ShiftReport z_report(std::optional<std::int64_t> z_number = std::nullopt);

  private:
    Store& store_;
};

}  // namespace kassa::store
