#pragma once
// The quote: prices a basket under the loyalty rules and explains every figure (loyalty.md, "Evaluation
// pipeline"). Stateless: the same input gives the same result, so the till, `kassactl quote` and the what-if
// preview all call quote() with a CompiledRules.
//
// Threading: CompiledRules is immutable after construction and may be shared by any number of threads;
// quote() keeps all its state on the stack of the calling thread.

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "kassa/core/ledger.hpp"
#include "kassa/core/messages.hpp"
#include "kassa/core/rules.hpp"
#include "kassa/core/time.hpp"
#include "kassa/core/units.hpp"

namespace kassa {

// ---- input -----------------------------------------------------------------------------------------------

struct CustomerState {
    std::string id;
    std::optional<std::chrono::year_month_day> birthday;
    std::vector<std::string> segments;
    std::int64_t purchases_count = 0;
    Money spend_lifetime;
    Money spend_window;
    std::optional<Instant> last_purchase_at;
    std::vector<Lot> lots;
    std::vector<std::pair<std::string, std::int64_t>> stamps;  // program id -> stamps held
    std::optional<int> birthday_used_year;
    std::string referred_by;  // customer id of the referrer; empty when none
};

struct QuoteLine {
    std::string sku;
    std::string category;
    Money unit_price;
    Quantity qty;
    std::optional<Money> min_price;  // per unit
    bool by_weight = false;          // weighed lines never take part in piece promotions
};

// A coupon the cashier entered: a code, and what the store knows of it when it is a single-use coupon.
struct CouponRef {
    std::string code;
    std::string program;  // the program that issued it, when known (next-order coupons)
    bool used = false;
    std::optional<std::chrono::year_month_day> valid_from;  // the issued coupon's own dates
    std::optional<std::chrono::year_month_day> valid_to;
};

struct RedeemRequest {
    enum class Kind { none, points, max } kind = Kind::none;
    Points points;
};

struct QuoteInput {
    Instant now;
    std::int32_t now_offset_seconds = 0;  // the offset `now` was written with
    std::optional<CustomerState> customer;
    std::vector<QuoteLine> lines;
    std::vector<CouponRef> coupons;
    RedeemRequest redeem;
    std::optional<Language> language;  // overrides the rules' language
};

// ---- output ----------------------------------------------------------------------------------------------

struct LineDiscount {
    std::string program;
    Money amount;
    std::string text;
};

struct QuotedLine {
    std::string sku;
    Money gross;
    std::vector<LineDiscount> discounts;
    Money net;
    Money redeemed;
    Points points;
};

struct QuoteTotals {
    Money gross;
    Money discount;
    Money net;
    Points redeemed_points;
    Money redeemed_money;
    Money payable;
    Points points_earned;
    std::optional<Instant> points_available_at;
    std::optional<Instant> points_expire_at;
};

struct StampMovement {
    std::string program;
    std::int64_t before = 0;
    std::int64_t used = 0;    // stamps spent on the reward
    std::int64_t earned = 0;  // this receipt's own stamp
    std::int64_t after = 0;
    std::int64_t goal = 0;
};

struct IssuedCoupon {
    std::string program;
    std::chrono::year_month_day valid_from;
    std::chrono::year_month_day valid_to;
    std::string text;
};

struct FixedPointsEntry {
    std::string program;
    enum class Beneficiary { customer, referrer } beneficiary = Beneficiary::customer;
    Points points;
    Instant available_at;
    std::optional<Instant> expires_at;
    std::string text;
};

enum class MessageKind { hint, gift, info, warning };

struct QuoteMessage {
    MessageKind kind = MessageKind::info;
    std::string program;
    std::string text;
};

enum class RejectReason {
    below_minimum,
    expired,
    min_basket,
    not_stackable,
    not_eligible,
    unknown_coupon,
    already_used
};
std::string_view to_string(RejectReason reason);

struct Rejection {
    std::string program;  // empty for an unknown coupon
    std::string coupon;   // the code, for coupons
    RejectReason reason = RejectReason::not_eligible;
    std::string text;
};

struct AppliedCoupon {
    std::string code;
    std::string program;
    Money amount;
};

// The customer's tier before and after the sale, for the panel and the store's spend counters.
struct TierProgress {
    std::string program;
    std::string level_before;  // empty: below the first level
    std::string level_after;
    Money spend_before;
    Money spend_after;
    std::string next_level;  // empty at the top
    Money to_next_level;
};

// What the cashier may redeem, for the till's "max" button and its explanation.
struct RedemptionInfo {
    std::string program;
    Points balance;      // spendable now
    Points cap;          // from the cap percentage
    Points max_allowed;  // min(balance, cap), or 0 below the minimum
    Points minimum;
};

struct QuoteResult {
    std::vector<QuotedLine> lines;
    QuoteTotals totals;
    std::vector<StampMovement> stamps;
    std::vector<IssuedCoupon> coupons_issued;
    std::vector<AppliedCoupon> coupons_applied;
    std::vector<FixedPointsEntry> fixed_points;
    std::vector<QuoteMessage> messages;
    std::vector<Rejection> rejected;
    std::optional<TierProgress> tier;
    std::optional<RedemptionInfo> redemption;
    std::optional<int> birthday_used_year;  // set when a once-a-year birthday benefit was used
    // What the sale adds to the customer's spend (tiers, segments): non-excluded net less redeemed money.
    Money spend;
};

// ---- the engine ------------------------------------------------------------------------------------------

struct CompiledProgram;

// Rules turned into the shape the engine quotes from: programs sorted by priority then id, names interned.
class CompiledRules {
  public:
    // Throws InvalidRules when validate() finds problems: an invalid document is never half-applied.
    CompiledRules(Rules rules, std::shared_ptr<const TimeZone> zone);
    ~CompiledRules();
    CompiledRules(CompiledRules&&) noexcept;
    CompiledRules& operator=(CompiledRules&&) noexcept;

    [[nodiscard]] const Rules& rules() const { return rules_; }
    [[nodiscard]] const TimeZone& zone() const { return *zone_; }
    [[nodiscard]] int currency_digits() const { return currency_digits_; }
    [[nodiscard]] std::size_t program_count() const;

    // Internal views for the engine.
    [[nodiscard]] const std::vector<CompiledProgram>& programs() const { return programs_; }
    [[nodiscard]] std::uint32_t category_id(const std::string& name) const;
    [[nodiscard]] std::uint32_t sku_id(const std::string& name) const;
    [[nodiscard]] const Program* bonus() const { return bonus_; }
    [[nodiscard]] const Program* tiers() const { return tiers_; }

  private:
    Rules rules_;
    std::shared_ptr<const TimeZone> zone_;
    int currency_digits_ = 2;
    std::vector<CompiledProgram> programs_;
    std::unordered_map<std::string, std::uint32_t> categories_;
    std::unordered_map<std::string, std::uint32_t> skus_;
    const Program* bonus_ = nullptr;
    const Program* tiers_ = nullptr;
};

class InvalidRules : public std::invalid_argument {
  public:
    explicit InvalidRules(std::vector<RuleError> errors);
    [[nodiscard]] const std::vector<RuleError>& errors() const { return errors_; }

  private:
    std::vector<RuleError> errors_;
};

// Bad quote input that the JSON reader could not catch (negative quantity, absurd size, ...).
class InvalidQuoteInput : public std::invalid_argument {
  public:
    using std::invalid_argument::invalid_argument;
};

QuoteResult quote(const CompiledRules& rules, const QuoteInput& input);

// Points credited on enrolment by the bonus program's welcome_points (a separate lot), if any.
std::optional<FixedPointsEntry> enrolment_points(const CompiledRules& rules, Instant now, Language language);

}  // namespace kassa
