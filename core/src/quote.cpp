// The quote pipeline of loyalty.md, step by step. Each step reads and changes the lines' working state;
// the numbered "rule N" comments point at "Exact rules" in loyalty.md.

#include "kassa/core/quote.hpp"

#include <algorithm>
#include <numeric>

#include "compiled_program.hpp"

namespace kassa {

namespace chr = std::chrono;

// ---- compiled rules --------------------------------------------------------------------------------------

namespace {

std::string join_errors(const std::vector<RuleError>& errors) {
    std::string text = "the rules document is invalid:";
    for (const auto& e : errors) {
        text += "\n  " + e.path + ": " + e.reason;
    }
    return text;
}

IdSet intern_all(const std::vector<std::string>& names,
                 std::unordered_map<std::string, std::uint32_t>& table) {
    IdSet set;
    for (const auto& name : names) {
        auto [it, inserted] = table.try_emplace(name, static_cast<std::uint32_t>(table.size()));
        set.ids.push_back(it->second);
    }
    std::sort(set.ids.begin(), set.ids.end());
    set.ids.erase(std::unique(set.ids.begin(), set.ids.end()), set.ids.end());
    return set;
}

}  // namespace

InvalidRules::InvalidRules(std::vector<RuleError> errors)
    : std::invalid_argument(join_errors(errors)), errors_(std::move(errors)) {}

CompiledRules::CompiledRules(Rules rules, std::shared_ptr<const TimeZone> zone)
    : rules_(std::move(rules)), zone_(std::move(zone)) {
    if (auto errors = validate(rules_); !errors.empty()) {
        throw InvalidRules(std::move(errors));
    }
    if (!zone_) {
        throw std::invalid_argument("a time zone is required");
    }
    currency_digits_ = *currency_minor_digits(rules_.currency);
    std::vector<const Program*> order;
    for (const auto& p : rules_.programs) {
        order.push_back(&p);
    }
    // Rule 14: lower priority applies first and wins ties of worth; then program id.
    std::sort(order.begin(), order.end(), [](const Program* a, const Program* b) {
        return a->priority != b->priority ? a->priority < b->priority : a->id < b->id;
    });
    for (const Program* p : order) {
        CompiledProgram cp;
        cp.program = p;
        cp.type = p->type();
        std::visit(
            [&](const auto& s) {
                using S = std::decay_t<decltype(s)>;
                if constexpr (std::is_same_v<S, BonusSettings>) {
                    cp.excluded = intern_all(s.excluded_categories, categories_);
                    for (const auto& [category, rate] : s.category_rates) {
                        cp.category_rates.emplace_back(intern_all({category}, categories_).ids.front(), rate);
                    }
                    bonus_ = p;
                } else if constexpr (std::is_same_v<S, TierSettings>) {
                    tiers_ = p;
                } else if constexpr (std::is_same_v<S, FixedDiscountSettings> ||
                                     std::is_same_v<S, StampSettings> || std::is_same_v<S, CouponSettings> ||
                                     std::is_same_v<S, NextOrderCouponSettings>) {
                    cp.scope.categories = intern_all(s.categories, categories_);
                } else if constexpr (std::is_same_v<S, PromotionSettings>) {
                    cp.scope.skus = intern_all(s.conditions.products, skus_);
                    cp.scope.categories = intern_all(s.conditions.categories, categories_);
                    if (const auto* bundle = std::get_if<BundlePrice>(&s.effect)) {
                        for (const auto& item : bundle->items) {
                            Scope scope;
                            scope.skus = intern_all(item.skus, skus_);
                            scope.categories = intern_all(item.categories, categories_);
                            cp.bundle_items.push_back(std::move(scope));
                        }
                    }
                }
            },
            p->settings);
        programs_.push_back(std::move(cp));
    }
}

CompiledRules::~CompiledRules() = default;
CompiledRules::CompiledRules(CompiledRules&&) noexcept = default;
CompiledRules& CompiledRules::operator=(CompiledRules&&) noexcept = default;

std::size_t CompiledRules::program_count() const {
    return programs_.size();
}

std::uint32_t CompiledRules::category_id(const std::string& name) const {
    const auto it = categories_.find(name);
    return it == categories_.end() ? kNoId : it->second;
}

std::uint32_t CompiledRules::sku_id(const std::string& name) const {
    const auto it = skus_.find(name);
    return it == skus_.end() ? kNoId : it->second;
}

std::string_view to_string(RejectReason reason) {
    switch (reason) {
        case RejectReason::below_minimum:
            return "below_minimum";
        case RejectReason::expired:
            return "expired";
        case RejectReason::min_basket:
            return "min_basket";
        case RejectReason::not_stackable:
            return "not_stackable";
        case RejectReason::not_eligible:
            return "not_eligible";
        case RejectReason::unknown_coupon:
            return "unknown_coupon";
        case RejectReason::already_used:
            return "already_used";
    }
    return "not_eligible";
}

// ---- the pipeline ----------------------------------------------------------------------------------------

namespace {

constexpr std::int64_t kWhole = BasisPoints::kWhole;
constexpr std::size_t kMaxLines = 10000;
constexpr std::int64_t kMaxUnitPrice = 1'000'000'000'000;  // 10^12 minor units
constexpr std::int64_t kMaxQuantity = 1'000'000'000;       // a million pieces

struct LineWork {
    const QuoteLine* in = nullptr;
    std::uint32_t sku = kNoId;
    std::uint32_t category = kNoId;
    bool excluded = false;
    bool weighed = false;
    std::int64_t gross = 0;
    std::int64_t net = 0;
    std::int64_t floor = 0;  // rule 9: round_half_up(min_price x qty / 1000)
    std::int64_t redeemed = 0;
    bool discounted = false;  // rule 22
    std::int64_t multiplier = kWhole;
    std::vector<LineDiscount> discounts;

    [[nodiscard]] std::int64_t room() const { return net - floor; }
};

// What a discount candidate proposes per line, before the min_price cut.
struct Proposal {
    std::vector<std::int64_t> amount;
    std::vector<std::int64_t> free_units;  // buy N get M: units given free per line, for the sentence
};

enum class CandidateKind { promotion, tier, fixed_card, birthday, welcome };

struct Candidate {
    const CompiledProgram* program = nullptr;
    CandidateKind kind = CandidateKind::promotion;
    // For tier, fixed card, birthday and welcome: a percent on the scope.
    BasisPoints percent;
    std::string label;  // level name for tiers
    bool marks_discounted = false;
    [[nodiscard]] Stacking stacking() const { return program->program->stacking; }
};

class Pipeline {
  public:
    Pipeline(const CompiledRules& rules, const QuoteInput& input)
        : rules_(rules),
          in_(input),
          lang_(input.language.value_or(rules.rules().language)),
          local_(rules.zone().to_local(input.now)) {}

    QuoteResult run() {
        check_input();
        prepare_lines();
        index_lines();
        find_tier_before();
        find_birthday();
        step_item_promotions();
        step_customer_discounts();
        step_receipt_level();
        step_redemption();
        step_accrual();
        step_rewards_and_hints();
        return finish();
    }

  private:
    const CompiledRules& rules_;
    const QuoteInput& in_;
    Language lang_;
    LocalDateTime local_;
    std::vector<LineWork> lines_;
    QuoteResult out_;

    const TierLevel* tier_before_ = nullptr;
    std::int64_t tier_spend_before_ = 0;
    std::optional<int> birthday_year_;  // occurrence year when today is in a usable birthday window
    bool birthday_used_ = false;
    std::vector<std::pair<const CompiledProgram*, std::int64_t>> stamp_rewards_used_;  // program, stamps used
    std::int64_t redeemed_money_ = 0;

    // ---- helpers -------------------------------------------------------------------------------------

    [[nodiscard]] const CustomerState* customer() const { return in_.customer ? &*in_.customer : nullptr; }
    [[nodiscard]] const BonusSettings* bonus() const {
        const Program* p = rules_.bonus();
        return p && running(*p) ? &std::get<BonusSettings>(p->settings) : nullptr;
    }

    [[nodiscard]] std::string money(std::int64_t units) const {
        return format_money(Money::minor(units), rules_.currency_digits(), lang_);
    }
    [[nodiscard]] std::string percent(BasisPoints bp) const { return format_percent(bp, lang_); }
    [[nodiscard]] std::string points(std::int64_t n) const { return format_points(Points::of(n), lang_); }

    // Active and inside its validity dates (rule 20: local dates, inclusive).
    [[nodiscard]] bool running(const Program& p) const {
        if (!p.active) {
            return false;
        }
        if (p.valid_from && local_.date < *p.valid_from) {
            return false;
        }
        if (p.valid_to && *p.valid_to < local_.date) {
            return false;
        }
        return true;
    }

    [[nodiscard]] bool customer_in_segments(const std::vector<std::string>& segments) const {
        const CustomerState* c = customer();
        if (!c) {
            return false;
        }
        for (const auto& s : segments) {
            if (std::find(c->segments.begin(), c->segments.end(), s) != c->segments.end()) {
                return true;
            }
        }
        return false;
    }

    // Lines by interned category and sku, so a program naming two categories visits their few lines
    // instead of scanning the basket: a quote checks about a hundred programs against fifty lines.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> lines_by_category_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> lines_by_sku_;
    mutable std::vector<std::uint32_t> scope_scratch_;

    void index_lines() {
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            const auto index = static_cast<std::uint32_t>(i);
            if (lines_[i].excluded) {
                continue;
            }
            if (lines_[i].category != kNoId) {
                lines_by_category_.emplace_back(lines_[i].category, index);
            }
            if (lines_[i].sku != kNoId) {
                lines_by_sku_.emplace_back(lines_[i].sku, index);
            }
        }
        std::sort(lines_by_category_.begin(), lines_by_category_.end());
        std::sort(lines_by_sku_.begin(), lines_by_sku_.end());
    }

    // The non-excluded lines a scope matches, in basket order. Returns a buffer reused by the next call:
    // callers that keep the result copy it.
    const std::vector<std::uint32_t>& scope_lines(const Scope& scope) const {
        scope_scratch_.clear();
        if (scope.everything()) {
            for (std::size_t i = 0; i < lines_.size(); ++i) {
                if (!lines_[i].excluded) {
                    scope_scratch_.push_back(static_cast<std::uint32_t>(i));
                }
            }
            return scope_scratch_;
        }
        auto gather = [&](const IdSet& ids,
                          const std::vector<std::pair<std::uint32_t, std::uint32_t>>& index) {
            for (const std::uint32_t id : ids.ids) {
                auto it = std::lower_bound(index.begin(), index.end(), std::make_pair(id, std::uint32_t{0}));
                for (; it != index.end() && it->first == id; ++it) {
                    scope_scratch_.push_back(it->second);
                }
            }
        };
        gather(scope.categories, lines_by_category_);
        const std::size_t from_categories = scope_scratch_.size();
        gather(scope.skus, lines_by_sku_);
        if (scope.categories.ids.size() + scope.skus.ids.size() > 1 ||
            from_categories != scope_scratch_.size()) {
            std::sort(scope_scratch_.begin(), scope_scratch_.end());
            scope_scratch_.erase(std::unique(scope_scratch_.begin(), scope_scratch_.end()),
                                 scope_scratch_.end());
        }
        return scope_scratch_;
    }

    [[nodiscard]] std::int64_t basket_net() const {
        std::int64_t sum = 0;
        for (const auto& l : lines_) {
            if (!l.excluded) {
                sum += l.net;
            }
        }
        return sum;
    }

    // Rule 20 and the promotion conditions. `basket` is the non-excluded net the caller measured for the
    // step (one sum per step, not one per program: a quote checks a hundred programs).
    [[nodiscard]] bool conditions_met(const CompiledProgram& cp, const Conditions& c,
                                      std::int64_t basket) const {
        if (!c.weekdays.empty() &&
            std::find(c.weekdays.begin(), c.weekdays.end(), local_.iso_weekday()) == c.weekdays.end()) {
            return false;
        }
        if (c.hours_from && c.hours_to) {
            const std::int32_t t = local_.seconds_of_day;
            const bool inside = *c.hours_from <= *c.hours_to ? (t >= *c.hours_from && t < *c.hours_to)
                                                             : (t >= *c.hours_from || t < *c.hours_to);
            if (!inside) {
                return false;
            }
        }
        if (c.cardholders_only && !customer()) {
            return false;
        }
        if (!c.segments.empty() && !customer_in_segments(c.segments)) {
            return false;
        }
        if (basket < c.min_basket.minor_units()) {
            return false;
        }
        const auto& matching = scope_lines(cp.scope);
        std::int64_t qty = 0;
        for (const std::uint32_t i : matching) {
            qty += lines_[i].in->qty.thousandths();
        }
        return !matching.empty() && qty >= c.min_qty.thousandths();
    }

    // Applies a discount to a line, cut to the room above its min_price floor (rule 9). Returns what applied.
    std::int64_t apply(LineWork& line, const CompiledProgram& cp, std::int64_t amount, std::string text,
                       bool marks_discounted) {
        amount = std::min(amount, line.room());
        if (amount <= 0) {
            return 0;
        }
        line.net -= amount;
        if (marks_discounted) {
            line.discounted = true;
        }
        line.discounts.push_back(LineDiscount{cp.program->id, Money::minor(amount), std::move(text)});
        return amount;
    }

    // ---- input and lines -------------------------------------------------------------------------------

    void check_input() const {
        if (in_.lines.size() > kMaxLines) {
            throw InvalidQuoteInput("a receipt holds at most " + std::to_string(kMaxLines) + " lines");
        }
        for (std::size_t i = 0; i < in_.lines.size(); ++i) {
            const auto& l = in_.lines[i];
            const std::string where = "lines[" + std::to_string(i) + "]";
            if (l.qty.thousandths() <= 0) {
                throw InvalidQuoteInput(where +
                                        ".qty: must be above 0 (returns are refunds, not negative lines)");
            }
            if (l.qty.thousandths() > kMaxQuantity) {
                throw InvalidQuoteInput(where + ".qty: more than a million pieces is not a sale");
            }
            if (l.unit_price.minor_units() < 0 || l.unit_price.minor_units() > kMaxUnitPrice) {
                throw InvalidQuoteInput(where + ".unit_price: must be between 0 and 10^12 minor units");
            }
            if (l.min_price && (l.min_price->minor_units() < 0 || *l.min_price > l.unit_price)) {
                throw InvalidQuoteInput(where + ".min_price: must be between 0 and the unit price");
            }
        }
        if (in_.redeem.kind == RedeemRequest::Kind::points && in_.redeem.points.value() < 0) {
            throw InvalidQuoteInput("redeem_points: must not be negative");
        }
    }

    void prepare_lines() {
        const CompiledProgram* bonus_program = nullptr;
        for (const auto& cp : rules_.programs()) {
            if (cp.type == ProgramType::bonus) {
                bonus_program = &cp;
            }
        }
        lines_.reserve(in_.lines.size());
        for (const auto& l : in_.lines) {
            LineWork w;
            w.in = &l;
            w.sku = rules_.sku_id(l.sku);
            w.category = rules_.category_id(l.category);
            // Rule 5: excluded categories (gift cards, tobacco) take no loyalty discount of any kind.
            w.excluded = bonus_program && bonus_program->excluded.contains(w.category);
            w.weighed = l.by_weight || !l.qty.is_whole_pieces();
            w.gross = line_gross(l.unit_price, l.qty).minor_units();
            w.net = w.gross;
            w.floor = l.min_price ? line_gross(*l.min_price, l.qty).minor_units() : 0;
            lines_.push_back(std::move(w));
        }
    }

    // Rule 19: the level is taken as of before the sale.
    void find_tier_before() {
        const Program* p = rules_.tiers();
        const CustomerState* c = customer();
        if (!p || !c || !running(*p)) {
            return;
        }
        const auto& t = std::get<TierSettings>(p->settings);
        tier_spend_before_ =
            (t.basis == SpendBasis::lifetime ? c->spend_lifetime : c->spend_window).minor_units();
        for (const auto& level : t.levels) {
            if (level.min_spend.minor_units() <= tier_spend_before_) {
                tier_before_ = &level;
            }
        }
    }

    // Rule 13: the birthday window, checked against last, this and next year's occurrence.
    [[nodiscard]] std::optional<int> birthday_occurrence(const BirthdaySettings& b) const {
        const CustomerState* c = customer();
        if (!c || !c->birthday) {
            return std::nullopt;
        }
        const auto today = chr::sys_days{local_.date};
        const int this_year = static_cast<int>(local_.date.year());
        for (int year = this_year - 1; year <= this_year + 1; ++year) {
            chr::year_month_day occurrence{chr::year{year}, c->birthday->month(), c->birthday->day()};
            if (!occurrence.ok()) {  // 29 February in a common year counts as 28 February
                occurrence = chr::year_month_day{chr::year{year}, chr::February, chr::day{28}};
            }
            const auto day = chr::sys_days{occurrence};
            if (today >= day - chr::days{b.days_before} && today <= day + chr::days{b.days_after}) {
                return year;
            }
        }
        return std::nullopt;
    }

    const CompiledProgram* birthday_program_ = nullptr;

    void find_birthday() {
        for (const auto& cp : rules_.programs()) {
            if (cp.type != ProgramType::birthday || !running(*cp.program)) {
                continue;
            }
            const auto& b = std::get<BirthdaySettings>(cp.program->settings);
            const auto year = birthday_occurrence(b);
            if (!year) {
                continue;
            }
            const CustomerState* c = customer();
            if (b.frequency == BirthdayFrequency::once_a_year && c->birthday_used_year == *year) {
                out_.messages.push_back(
                    {MessageKind::info, cp.program->id, message(lang_, MessageId::birthday_used, {})});
                continue;
            }
            birthday_program_ = &cp;
            birthday_year_ = year;
            return;  // one birthday program applies: the first by priority
        }
    }

    [[nodiscard]] bool first_purchase() const { return customer() && customer()->purchases_count == 0; }

    // ---- steps 1 and 2: line discounts ------------------------------------------------------------------

    Proposal propose(const Candidate& c) const {
        Proposal p;
        p.amount.assign(lines_.size(), 0);
        const CompiledProgram& cp = *c.program;
        if (c.kind != CandidateKind::promotion) {
            for (const std::uint32_t i : scope_lines(cp.scope)) {
                p.amount[i] = percent_of(Money::minor(lines_[i].net), c.percent).minor_units();
            }
            return p;
        }
        const auto& effect = std::get<PromotionSettings>(cp.program->settings).effect;
        if (const auto* pct = std::get_if<PercentOff>(&effect)) {
            for (const std::uint32_t i : scope_lines(cp.scope)) {
                p.amount[i] = percent_of(Money::minor(lines_[i].net), pct->percent).minor_units();
            }
        } else if (const auto* fixed = std::get_if<FixedPrice>(&effect)) {
            for (const std::uint32_t i : scope_lines(cp.scope)) {
                const std::int64_t target = line_gross(fixed->unit_price, lines_[i].in->qty).minor_units();
                p.amount[i] = std::max<std::int64_t>(0, lines_[i].net - target);
            }
        } else if (const auto* bngm = std::get_if<BuyNGetM>(&effect)) {
            propose_buy_n_get_m(cp, *bngm, p);
        } else if (const auto* bundle = std::get_if<BundlePrice>(&effect)) {
            propose_bundle(cp, *bundle, p);
        }
        return p;
    }

    // Worth of k of the n whole pieces of a line at its current net; all n give exactly the net.
    [[nodiscard]] static std::int64_t units_worth(const LineWork& line, std::int64_t k) {
        const std::int64_t n = line.in->qty.whole_pieces();
        return k >= n ? line.net : div_round_half_up(Int128{line.net} * k, n);
    }

    // Rule 7: pool the qualifying whole-piece units; floor(units / (N+M)) x M of the cheapest are free.
    void propose_buy_n_get_m(const CompiledProgram& cp, const BuyNGetM& e, Proposal& p) const {
        std::vector<std::size_t> pool;
        std::int64_t units = 0;
        for (const std::uint32_t i : scope_lines(cp.scope)) {
            if (!lines_[i].weighed && lines_[i].net > 0) {
                pool.push_back(i);
                units += lines_[i].in->qty.whole_pieces();
            }
        }
        std::int64_t free_units = units / (e.buy + e.get) * e.get;
        if (free_units == 0) {
            return;
        }
        // Cheapest unit first: compare net/qty as fractions; ties keep the earlier line (stable sort).
        std::stable_sort(pool.begin(), pool.end(), [&](std::size_t a, std::size_t b) {
            return Int128{lines_[a].net} * lines_[b].in->qty.whole_pieces() <
                   Int128{lines_[b].net} * lines_[a].in->qty.whole_pieces();
        });
        p.free_units.assign(lines_.size(), 0);
        for (std::size_t i : pool) {
            if (free_units == 0) {
                break;
            }
            const std::int64_t take = std::min(free_units, lines_[i].in->qty.whole_pieces());
            p.amount[i] = units_worth(lines_[i], take);
            p.free_units[i] = take;
            free_units -= take;
        }
    }

    // A bundle: each item takes its pieces from its matching lines in basket order; complete sets are sold
    // for the bundle price and the saving is split over the units used (rule 3 weights: their worth).
    void propose_bundle(const CompiledProgram& cp, const BundlePrice& e, Proposal& p) const {
        std::vector<std::int64_t> left(lines_.size(), 0);
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (!lines_[i].excluded && !lines_[i].weighed) {
                left[i] = lines_[i].in->qty.whole_pieces();
            }
        }
        // How many complete sets the basket holds.
        std::int64_t sets = std::numeric_limits<std::int64_t>::max();
        {
            std::vector<std::int64_t> probe = left;
            for (std::size_t k = 0; k < e.items.size(); ++k) {
                std::int64_t available = 0;
                for (std::size_t i = 0; i < lines_.size(); ++i) {
                    if (probe[i] > 0 && cp.bundle_items[k].matches(lines_[i].sku, lines_[i].category)) {
                        available += probe[i];
                        probe[i] = 0;
                    }
                }
                sets = std::min(sets, available / std::max<std::int64_t>(1, e.items[k].pieces));
            }
        }
        if (sets <= 0 || sets == std::numeric_limits<std::int64_t>::max()) {
            return;
        }
        std::vector<std::int64_t> used(lines_.size(), 0);
        for (std::size_t k = 0; k < e.items.size(); ++k) {
            std::int64_t need = sets * e.items[k].pieces;
            for (std::size_t i = 0; i < lines_.size() && need > 0; ++i) {
                if (left[i] > 0 && cp.bundle_items[k].matches(lines_[i].sku, lines_[i].category)) {
                    const std::int64_t take = std::min(need, left[i]);
                    used[i] += take;
                    left[i] -= take;
                    need -= take;
                }
            }
        }
        std::vector<std::int64_t> worth(lines_.size(), 0);
        std::int64_t total_worth = 0;
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (used[i] > 0) {
                worth[i] = units_worth(lines_[i], used[i]);
                total_worth += worth[i];
            }
        }
        const std::int64_t saving = total_worth - narrow_checked(Int128{sets} * e.price.minor_units());
        if (saving <= 0) {
            return;
        }
        p.amount = split_largest_remainder(saving, worth);
    }

    [[nodiscard]] std::string candidate_text(const Candidate& c, const Proposal& p, std::size_t line) const {
        const Program& prog = *c.program->program;
        switch (c.kind) {
            case CandidateKind::tier:
                return message(lang_, MessageId::tier_discount,
                               {{"level", c.label}, {"percent", percent(c.percent)}});
            case CandidateKind::fixed_card:
                return message(lang_, MessageId::fixed_card_discount,
                               {{"name", prog.name}, {"percent", percent(c.percent)}});
            case CandidateKind::birthday:
                return message(lang_, MessageId::birthday_discount, {{"percent", percent(c.percent)}});
            case CandidateKind::welcome:
                return message(lang_, MessageId::welcome_discount, {{"percent", percent(c.percent)}});
            case CandidateKind::promotion:
                break;
        }
        const auto& effect = std::get<PromotionSettings>(prog.settings).effect;
        if (const auto* pct = std::get_if<PercentOff>(&effect)) {
            return message(lang_, MessageId::percent_discount,
                           {{"name", prog.name}, {"percent", percent(pct->percent)}});
        }
        if (const auto* fixed = std::get_if<FixedPrice>(&effect)) {
            return message(lang_, MessageId::fixed_price,
                           {{"name", prog.name}, {"price", money(fixed->unit_price.minor_units())}});
        }
        if (std::holds_alternative<BuyNGetM>(effect)) {
            const std::int64_t units = p.free_units.empty() ? 0 : p.free_units[line];
            return message(lang_, MessageId::buy_n_get_m,
                           {{"name", prog.name}, {"count", std::to_string(units)}});
        }
        return message(lang_, MessageId::bundle_price, {{"name", prog.name}});
    }

    // Rule 6 and step 2's wording: per line, the exclusive candidate worth most (after the min_price cut)
    // applies; then combinable candidates in priority order, each on what is left of the line.
    void run_discount_step(const std::vector<Candidate>& candidates) {
        const std::size_t n = lines_.size();
        std::vector<std::int64_t> best(n, 0);
        std::vector<std::size_t> best_candidate(n, candidates.size());
        std::vector<Proposal> proposals(candidates.size());
        for (std::size_t c = 0; c < candidates.size(); ++c) {
            if (candidates[c].stacking() != Stacking::exclusive) {
                continue;
            }
            proposals[c] = propose(candidates[c]);
            for (std::size_t i = 0; i < n; ++i) {
                const std::int64_t worth = std::min(proposals[c].amount[i], lines_[i].room());
                if (worth > best[i]) {  // strictly more: ties stay with the earlier (priority, id)
                    best[i] = worth;
                    best_candidate[i] = c;
                }
            }
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (best_candidate[i] < candidates.size()) {
                const Candidate& c = candidates[best_candidate[i]];
                const bool applied =
                    apply(lines_[i], *c.program, best[i], candidate_text(c, proposals[best_candidate[i]], i),
                          c.marks_discounted) > 0;
                note_applied(c, applied);
            }
        }
        for (const auto& c : candidates) {
            if (c.stacking() != Stacking::combinable) {
                continue;
            }
            const Proposal p = propose(c);
            for (std::size_t i = 0; i < n; ++i) {
                if (p.amount[i] > 0) {
                    note_applied(c, apply(lines_[i], *c.program, p.amount[i], candidate_text(c, p, i),
                                          c.marks_discounted) > 0);
                }
            }
        }
    }

    void note_applied(const Candidate& c, bool applied) {
        if (applied && c.kind == CandidateKind::birthday) {
            birthday_used_ = true;
        }
    }

    [[nodiscard]] static bool is_discount_effect(const PromotionEffect& e) {
        return std::holds_alternative<PercentOff>(e) || std::holds_alternative<FixedPrice>(e) ||
               std::holds_alternative<BuyNGetM>(e) || std::holds_alternative<BundlePrice>(e);
    }

    void step_item_promotions() {
        std::vector<Candidate> candidates;
        const std::int64_t basket = basket_net();
        for (const auto& cp : rules_.programs()) {
            if (cp.type != ProgramType::promotion || !running(*cp.program)) {
                continue;
            }
            const auto& s = std::get<PromotionSettings>(cp.program->settings);
            // Rule 24: a promotion with a segments condition is a customer discount (step 2).
            if (!s.conditions.segments.empty() || !is_discount_effect(s.effect) ||
                !conditions_met(cp, s.conditions, basket)) {
                continue;
            }
            candidates.push_back(Candidate{&cp, CandidateKind::promotion, {}, {}, true});
        }
        run_discount_step(candidates);
    }

    void step_customer_discounts() {
        if (!customer()) {
            return;
        }
        std::vector<Candidate> candidates;
        const std::int64_t basket = basket_net();
        for (const auto& cp : rules_.programs()) {
            if (!running(*cp.program)) {
                continue;
            }
            switch (cp.type) {
                case ProgramType::tiers:
                    if (tier_before_ && tier_before_->discount.value() > 0) {
                        candidates.push_back(Candidate{&cp, CandidateKind::tier, tier_before_->discount,
                                                       tier_before_->name, false});
                    }
                    break;
                case ProgramType::fixed_discount: {
                    const auto& f = std::get<FixedDiscountSettings>(cp.program->settings);
                    if (customer_in_segments(f.segments)) {
                        candidates.push_back(
                            Candidate{&cp, CandidateKind::fixed_card, f.discount, {}, false});
                    }
                    break;
                }
                case ProgramType::birthday:
                    if (&cp == birthday_program_) {
                        const auto& b = std::get<BirthdaySettings>(cp.program->settings);
                        if (const auto* pct = std::get_if<PercentOff>(&b.effect)) {
                            candidates.push_back(
                                Candidate{&cp, CandidateKind::birthday, pct->percent, {}, false});
                        }
                    }
                    break;
                case ProgramType::welcome:
                    if (first_purchase()) {
                        const auto& w = std::get<WelcomeSettings>(cp.program->settings);
                        if (const auto* pct = std::get_if<PercentOff>(&w.effect)) {
                            candidates.push_back(
                                Candidate{&cp, CandidateKind::welcome, pct->percent, {}, false});
                        }
                    }
                    break;
                case ProgramType::promotion: {
                    const auto& s = std::get<PromotionSettings>(cp.program->settings);
                    if (!s.conditions.segments.empty() && is_discount_effect(s.effect) &&
                        conditions_met(cp, s.conditions, basket)) {
                        candidates.push_back(Candidate{&cp, CandidateKind::promotion, {}, {}, false});
                    }
                    break;
                }
                default:
                    break;
            }
        }
        run_discount_step(candidates);
    }

    // ---- step 3: receipt level ----------------------------------------------------------------------

    // Splits an amount over the eligible lines by their nets (rule 3), cuts each share at the min_price
    // floor and re-splits what was cut over the lines that still have room (rule 9). Returns what was placed.
    std::int64_t place_receipt_amount(const CompiledProgram& cp, std::int64_t total,
                                      const std::vector<std::size_t>& eligible, const std::string& text) {
        std::vector<std::int64_t> given(lines_.size(), 0);
        std::int64_t remaining = total;
        while (remaining > 0) {
            std::vector<std::size_t> open;
            std::vector<std::int64_t> weights;
            for (std::size_t i : eligible) {
                const std::int64_t room = lines_[i].room() - given[i];
                if (room > 0) {
                    open.push_back(i);
                    // Rule 3: every round weighs the lines by their nets at this step.
                    weights.push_back(lines_[i].net);
                }
            }
            if (open.empty()) {
                break;
            }
            const auto parts = split_largest_remainder(remaining, weights);
            std::int64_t placed = 0;
            for (std::size_t k = 0; k < open.size(); ++k) {
                const std::size_t i = open[k];
                const std::int64_t give = std::min(parts[k], lines_[i].room() - given[i]);
                given[i] += give;
                placed += give;
            }
            remaining -= placed;
            if (placed == 0) {
                break;
            }
        }
        for (std::size_t i : eligible) {
            if (given[i] > 0) {
                apply(lines_[i], cp, given[i], text, true);
            }
        }
        if (remaining > 0) {
            out_.messages.push_back({MessageKind::warning, cp.program->id,
                                     message(lang_, MessageId::discount_dropped,
                                             {{"amount", money(remaining)}, {"name", cp.program->name}})});
        }
        return total - remaining;
    }

    [[nodiscard]] std::vector<std::size_t> eligible_lines(const Scope& scope) const {
        const auto& matching = scope_lines(scope);
        return std::vector<std::size_t>(matching.begin(), matching.end());
    }

    [[nodiscard]] std::int64_t net_of(const std::vector<std::size_t>& indexes) const {
        std::int64_t sum = 0;
        for (std::size_t i : indexes) {
            sum += lines_[i].net;
        }
        return sum;
    }

    [[nodiscard]] std::int64_t room_of(const std::vector<std::size_t>& indexes) const {
        std::int64_t sum = 0;
        for (std::size_t i : indexes) {
            sum += std::max<std::int64_t>(0, lines_[i].room());
        }
        return sum;
    }

    // Rule 15: one unit of the qualifying line with the lowest unit price (ties: earlier line).
    [[nodiscard]] std::optional<std::pair<std::size_t, std::int64_t>> free_item(
        const std::vector<std::size_t>& eligible) const {
        std::optional<std::size_t> pick;
        for (std::size_t i : eligible) {
            if (lines_[i].net <= 0) {
                continue;
            }
            if (!pick || lines_[i].in->unit_price < lines_[*pick].in->unit_price) {
                pick = i;
            }
        }
        if (!pick) {
            return std::nullopt;
        }
        const LineWork& line = lines_[*pick];
        const std::int64_t qty = line.in->qty.thousandths();
        const std::int64_t worth = qty <= Quantity::kOnePiece
                                       ? line.net
                                       : div_round_half_up(Int128{line.net} * Quantity::kOnePiece, qty);
        return std::make_pair(*pick, worth);
    }

    // The worth of a reward on its eligible lines as they are now, before placing it.
    [[nodiscard]] std::int64_t reward_worth(const RewardEffect& effect,
                                            const std::vector<std::size_t>& eligible) const {
        if (const auto* pct = std::get_if<PercentOff>(&effect)) {
            return std::min(percent_of(Money::minor(net_of(eligible)), pct->percent).minor_units(),
                            room_of(eligible));
        }
        if (const auto* off = std::get_if<AmountOff>(&effect)) {
            return std::min({off->amount.minor_units(), net_of(eligible), room_of(eligible)});
        }
        const auto item = free_item(eligible);
        return item ? std::min(item->second, lines_[item->first].room()) : 0;
    }

    std::int64_t place_reward(const CompiledProgram& cp, const RewardEffect& effect,
                              const std::vector<std::size_t>& eligible, const std::string& text) {
        if (const auto* pct = std::get_if<PercentOff>(&effect)) {
            // Rule 16: computed once on the eligible total, half up, then split.
            return place_receipt_amount(
                cp, percent_of(Money::minor(net_of(eligible)), pct->percent).minor_units(), eligible, text);
        }
        if (const auto* off = std::get_if<AmountOff>(&effect)) {
            // Rule 21: an amount-off is capped at its eligible net.
            return place_receipt_amount(cp, std::min(off->amount.minor_units(), net_of(eligible)), eligible,
                                        text);
        }
        const auto item = free_item(eligible);
        return item ? apply(lines_[item->first], cp, item->second, text, true) : 0;
    }

    void step_receipt_level() {
        // Rule 21: a coupon's min_basket is measured on its eligible lines after steps 1-2, before the
        // stamp reward of step 3 changes them.
        nets_after_step2_.clear();
        for (const auto& l : lines_) {
            nets_after_step2_.push_back(l.net);
        }
        step_stamp_rewards();
        step_coupons();
    }

    void step_stamp_rewards() {
        const CustomerState* c = customer();
        if (!c) {
            return;
        }
        for (const auto& cp : rules_.programs()) {
            if (cp.type != ProgramType::stamps || !running(*cp.program)) {
                continue;
            }
            const auto& s = std::get<StampSettings>(cp.program->settings);
            // Rule 8: the goal is reached when the stamps held before the sale are >= goal.
            if (stamps_held(cp.program->id) < s.goal) {
                continue;
            }
            const auto eligible = eligible_lines(cp.scope);
            if (eligible.empty()) {
                continue;  // nothing to give the reward on: the stamps wait for the next visit
            }
            const std::string text = message(lang_, MessageId::stamp_reward, {{"name", cp.program->name}});
            if (place_reward(cp, s.reward, eligible, text) > 0) {
                stamp_rewards_used_.emplace_back(&cp, s.goal);
            }
        }
    }

    [[nodiscard]] std::int64_t stamps_held(const std::string& program) const {
        const CustomerState* c = customer();
        if (!c) {
            return 0;
        }
        for (const auto& [id, count] : c->stamps) {
            if (id == program) {
                return count;
            }
        }
        return 0;
    }

    struct CouponCandidate {
        const CouponRef* ref = nullptr;
        std::string code;  // normalised
        const CompiledProgram* program = nullptr;
        const RewardEffect* effect = nullptr;
        bool stackable = true;
        std::vector<std::size_t> eligible;
    };

    void reject_coupon(const std::string& code, const std::string& program, RejectReason reason,
                       std::string text) {
        out_.rejected.push_back(Rejection{program, code, reason, std::move(text)});
    }

    [[nodiscard]] std::string coupon_text(MessageId id, const std::string& code,
                                          std::string_view arg_name = {}, std::string arg_value = {}) const {
        if (arg_name.empty()) {
            return message(lang_, id, {{"code", code}});
        }
        return message(lang_, id, {{"code", code}, {arg_name, std::move(arg_value)}});
    }

    [[nodiscard]] const CompiledProgram* find_coupon_program(const CouponRef& ref,
                                                             const std::string& code) const {
        for (const auto& cp : rules_.programs()) {
            if (!ref.program.empty()) {
                // Next-order coupons carry codes the store made; a coupon program's own codes must match.
                if (cp.program->id == ref.program &&
                    (cp.type == ProgramType::next_order_coupon ||
                     (cp.type == ProgramType::coupon && coupon_has_code(cp, code)))) {
                    return &cp;
                }
                continue;
            }
            if (cp.type == ProgramType::coupon && coupon_has_code(cp, code)) {
                return &cp;
            }
        }
        return nullptr;
    }

    [[nodiscard]] static bool coupon_has_code(const CompiledProgram& cp, const std::string& code) {
        const auto& s = std::get<CouponSettings>(cp.program->settings);
        if (!s.public_code.empty() && normalise_coupon_code(s.public_code) == code) {
            return true;
        }
        return std::any_of(s.codes.begin(), s.codes.end(),
                           [&](const std::string& c) { return normalise_coupon_code(c) == code; });
    }

    void step_coupons() {
        std::vector<CouponCandidate> valid;
        std::vector<std::string> seen;
        for (const auto& ref : in_.coupons) {
            const std::string code = normalise_coupon_code(ref.code);
            const CompiledProgram* cp = find_coupon_program(ref, code);
            if (!cp) {
                reject_coupon(ref.code, ref.program, RejectReason::unknown_coupon,
                              coupon_text(MessageId::coupon_unknown, ref.code));
                continue;
            }
            const Program& p = *cp->program;
            if (std::find(seen.begin(), seen.end(), code) != seen.end() || ref.used) {
                reject_coupon(ref.code, p.id, RejectReason::already_used,
                              coupon_text(MessageId::coupon_used, ref.code));
                continue;
            }
            seen.push_back(code);
            const auto from = ref.valid_from ? ref.valid_from : p.valid_from;
            const auto to = ref.valid_to ? ref.valid_to : p.valid_to;
            if (to && *to < local_.date) {
                reject_coupon(ref.code, p.id, RejectReason::expired,
                              coupon_text(MessageId::coupon_expired, ref.code));
                continue;
            }
            if (!p.active) {
                reject_coupon(ref.code, p.id, RejectReason::not_eligible,
                              coupon_text(MessageId::coupon_not_eligible, ref.code));
                continue;
            }
            if (from && local_.date < *from) {
                reject_coupon(
                    ref.code, p.id, RejectReason::not_eligible,
                    coupon_text(MessageId::coupon_not_yet_valid, ref.code, "date", format_date(*from)));
                continue;
            }
            CouponCandidate cand{&ref, code, cp, nullptr, true, eligible_lines(cp->scope)};
            Money min_basket;
            if (cp->type == ProgramType::coupon) {
                const auto& s = std::get<CouponSettings>(p.settings);
                cand.effect = &s.effect;
                cand.stackable = s.stackable;
                min_basket = s.min_basket;
            } else {
                const auto& s = std::get<NextOrderCouponSettings>(p.settings);
                cand.effect = &s.effect;
                cand.stackable = s.stackable;
                min_basket = s.min_basket;
            }
            if (cand.eligible.empty()) {
                reject_coupon(ref.code, p.id, RejectReason::not_eligible,
                              coupon_text(MessageId::coupon_not_eligible, ref.code));
                continue;
            }
            // Rule 21: min_basket is measured on the coupon's eligible lines after steps 1-2.
            std::int64_t basket = 0;
            for (std::size_t i : cand.eligible) {
                basket += nets_after_step2_[i];
            }
            if (basket < min_basket.minor_units()) {
                reject_coupon(ref.code, p.id, RejectReason::min_basket,
                              coupon_text(MessageId::coupon_min_basket, ref.code, "amount",
                                          money(min_basket.minor_units())));
                continue;
            }
            valid.push_back(std::move(cand));
        }
        // Rule 21: with a non-stackable coupon only the most valuable coupon applies.
        const bool any_exclusive =
            std::any_of(valid.begin(), valid.end(), [](const CouponCandidate& c) { return !c.stackable; });
        if (any_exclusive && valid.size() > 1) {
            std::size_t winner = 0;
            std::int64_t best = -1;
            for (std::size_t k = 0; k < valid.size(); ++k) {
                const std::int64_t worth = reward_worth(*valid[k].effect, valid[k].eligible);
                if (worth > best || (worth == best && earlier(*valid[k].program, *valid[winner].program))) {
                    best = worth;
                    winner = k;
                }
            }
            for (std::size_t k = 0; k < valid.size(); ++k) {
                if (k != winner) {
                    reject_coupon(valid[k].ref->code, valid[k].program->program->id,
                                  RejectReason::not_stackable,
                                  coupon_text(MessageId::coupon_not_stackable, valid[k].ref->code, "other",
                                              valid[winner].ref->code));
                }
            }
            valid = {valid[winner]};
        }
        // Rule 21: percent coupons first, then amount-off (and free-item) coupons, each by priority.
        std::stable_sort(valid.begin(), valid.end(), [&](const CouponCandidate& a, const CouponCandidate& b) {
            const bool a_pct = std::holds_alternative<PercentOff>(*a.effect);
            const bool b_pct = std::holds_alternative<PercentOff>(*b.effect);
            if (a_pct != b_pct) {
                return a_pct;
            }
            return earlier(*a.program, *b.program);
        });
        for (const auto& c : valid) {
            const auto eligible = eligible_lines(c.program->scope);
            const std::string text = message(lang_, MessageId::coupon_discount,
                                             {{"code", c.ref->code}, {"name", c.program->program->name}});
            const std::int64_t placed = place_reward(*c.program, *c.effect, eligible, text);
            out_.coupons_applied.push_back(
                AppliedCoupon{c.code, c.program->program->id, Money::minor(placed)});
        }
    }

    [[nodiscard]] static bool earlier(const CompiledProgram& a, const CompiledProgram& b) {
        return a.program->priority != b.program->priority ? a.program->priority < b.program->priority
                                                          : a.program->id < b.program->id;
    }

    // ---- step 4: redemption --------------------------------------------------------------------------

    void step_redemption() {
        const BonusSettings* b = bonus();
        const CustomerState* c = customer();
        if (!b || !c) {
            if (in_.redeem.kind != RedeemRequest::Kind::none &&
                !(in_.redeem.kind == RedeemRequest::Kind::points && in_.redeem.points.is_zero())) {
                out_.rejected.push_back(
                    Rejection{rules_.bonus() ? rules_.bonus()->id : std::string{}, {}, RejectReason::not_eligible,
                              message(lang_, c ? MessageId::redeem_no_program : MessageId::redeem_no_customer, {})});
            }
            return;
        }
        const std::string& program = rules_.bonus()->id;
        const std::int64_t pv = b->point_value.minor_units();
        const std::int64_t balance = available_balance(c->lots, in_.now).value();
        // Rule 10: eligible payable = non-excluded nets after steps 1-3; the cap is one integer division.
        const std::int64_t eligible = basket_net();
        const std::int64_t cap = div_floor(Int128{b->redeem_cap.value()} * eligible, Int128{kWhole} * pv);
        const std::int64_t limit = std::max<std::int64_t>(0, std::min(balance, cap));
        const std::int64_t minimum = b->min_redeem.value();
        out_.redemption = RedemptionInfo{program, Points::of(balance), Points::of(cap),
                                         Points::of(limit >= minimum ? limit : 0), b->min_redeem};
        std::int64_t requested = 0;
        switch (in_.redeem.kind) {
            case RedeemRequest::Kind::none:
                return;
            case RedeemRequest::Kind::points:
                requested = in_.redeem.points.value();
                break;
            case RedeemRequest::Kind::max:
                requested = limit;
                break;
        }
        // "max" asks for whatever is allowed: when that is below the minimum (an empty card, a basket of gift
        // cards) the cashier still hears why nothing was taken.
        if (requested <= 0 && !(in_.redeem.kind == RedeemRequest::Kind::max && minimum > 0)) {
            return;
        }
        const std::int64_t allowed = std::min(requested, limit);
        // Rule 11: the minimum is compared with the allowed figure.
        if (allowed < minimum) {
            // Say which side is short: the request, or what the customer can use on this purchase.
            const std::string text =
                in_.redeem.kind == RedeemRequest::Kind::points && requested < minimum && requested <= limit
                    ? message(lang_, MessageId::redeem_asked_below_minimum,
                              {{"min", points(minimum)}, {"asked", points(requested)}})
                    : message(lang_, MessageId::redeem_below_minimum,
                              {{"min", points(minimum)}, {"allowed", points(limit)}});
            out_.rejected.push_back(Rejection{program, {}, RejectReason::below_minimum, text});
            return;
        }
        if (requested > allowed) {
            const std::string why =
                balance <= cap ? message(lang_, MessageId::reason_balance, {})
                               : message(lang_, MessageId::reason_cap, {{"percent", percent(b->redeem_cap)}});
            out_.messages.push_back(
                {MessageKind::info, program,
                 message(lang_, MessageId::redeem_trimmed,
                         {{"asked", points(requested)}, {"allowed", points(allowed)}, {"why", why}})});
        }
        redeemed_money_ = narrow_checked(Int128{allowed} * pv);
        out_.totals.redeemed_points = Points::of(allowed);
        std::vector<std::int64_t> weights;
        for (const auto& l : lines_) {
            weights.push_back(l.excluded ? 0 : l.net);
        }
        const auto shares = split_largest_remainder(redeemed_money_, weights);
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            lines_[i].redeemed = shares[i];
        }
    }

    // ---- step 6: accrual -----------------------------------------------------------------------------

    void apply_multiplier(const Scope& scope, BasisPoints multiplier) {
        for (const std::uint32_t i : scope_lines(scope)) {
            // Rule 12: the largest multiplier, never a product of several.
            lines_[i].multiplier = std::max(lines_[i].multiplier, multiplier.value());
        }
    }

    void collect_multipliers() {
        const std::int64_t basket = basket_net();
        for (const auto& cp : rules_.programs()) {
            if (!running(*cp.program)) {
                continue;
            }
            if (cp.type == ProgramType::promotion) {
                const auto& s = std::get<PromotionSettings>(cp.program->settings);
                if (const auto* m = std::get_if<PointsMultiplier>(&s.effect);
                    m && conditions_met(cp, s.conditions, basket)) {
                    apply_multiplier(cp.scope, m->multiplier);
                }
            } else if (cp.type == ProgramType::birthday && &cp == birthday_program_) {
                const auto& b = std::get<BirthdaySettings>(cp.program->settings);
                if (const auto* m = std::get_if<PointsMultiplier>(&b.effect)) {
                    apply_multiplier(Scope{}, m->multiplier);
                    birthday_used_ = true;
                }
            } else if (cp.type == ProgramType::welcome && first_purchase()) {
                const auto& w = std::get<WelcomeSettings>(cp.program->settings);
                if (const auto* m = std::get_if<PointsMultiplier>(&w.effect)) {
                    apply_multiplier(Scope{}, m->multiplier);
                }
            }
        }
    }

    [[nodiscard]] std::int64_t rate_for(const BonusSettings&, const CompiledProgram& bonus_cp,
                                        const LineWork& line) const {
        for (const auto& [category, rate] : bonus_cp.category_rates) {
            if (category == line.category) {
                return rate.value();
            }
        }
        return std::get<BonusSettings>(bonus_cp.program->settings).accrual_rate.value();
    }

    void step_accrual() {
        const BonusSettings* b = bonus();
        if (!b || !customer()) {
            return;
        }
        const CompiledProgram* bonus_cp = nullptr;
        for (const auto& cp : rules_.programs()) {
            if (cp.type == ProgramType::bonus) {
                bonus_cp = &cp;
            }
        }
        collect_multipliers();
        const std::int64_t extra = tier_before_ ? tier_before_->extra_accrual.value() : 0;
        std::vector<Int128> numerators(lines_.size(), 0);
        Int128 sum = 0;
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            const LineWork& l = lines_[i];
            if (l.excluded || (!b->accrue_on_discounted && l.discounted)) {
                continue;
            }
            const std::int64_t base = b->accrue_on_redeemed ? l.net : l.net - l.redeemed;
            numerators[i] = Int128{base} * (rate_for(*b, *bonus_cp, l) + extra) * l.multiplier;
            sum += numerators[i];
        }
        Int128 denominator = 0;
        if (b->rounding == PointsRounding::floor_per_receipt) {
            // Rule 2: points = floor(sum of base x (rate + extra) x multiplier / (10^4 x 10^4 x
            // point_value)).
            denominator = Int128{kWhole} * kWhole * b->point_value.minor_units();
        } else {
            // Rule 23: one point per full N, the rate taken relative to the base rate.
            denominator = Int128{b->accrual_rate.value()} * kWhole * b->rounding_unit.minor_units();
        }
        const std::int64_t total = div_floor(sum, denominator);
        const auto parts = split_exact_quotas(total, numerators, denominator);
        out_.totals.points_earned = Points::of(total);
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            line_points_.push_back(parts[i]);
        }
        if (total > 0) {
            const Instant available = add_calendar_days(in_.now, b->hold_days, rules_.zone());
            out_.totals.points_available_at = available;
            if (b->expiry_days) {
                out_.totals.points_expire_at = add_calendar_days(available, *b->expiry_days, rules_.zone());
            }
        }
    }

    std::vector<std::int64_t> line_points_;
    std::vector<std::int64_t> nets_after_step2_;

    // ---- step 7: stamps, coupons, fixed points, hints -----------------------------------------------

    void add_fixed_points(const Program& p, Points amount, std::optional<int> expiry_days,
                          FixedPointsEntry::Beneficiary who, std::string text) {
        const BonusSettings* b = bonus();
        if (!b || amount.value() <= 0) {
            return;
        }
        const Instant available = add_calendar_days(in_.now, b->hold_days, rules_.zone());
        std::optional<Instant> expires;
        const auto days = expiry_days ? expiry_days : b->expiry_days;
        if (days) {
            expires = add_calendar_days(available, *days, rules_.zone());
        }
        out_.fixed_points.push_back(FixedPointsEntry{p.id, who, amount, available, expires, std::move(text)});
    }

    void step_rewards_and_hints() {
        const CustomerState* c = customer();
        // A next-order coupon counts what the customer spent on loyalty goods (rule 5: gift cards and other
        // excluded categories do not count), after points.
        const std::int64_t payable = basket_net() - redeemed_money_;
        const std::int64_t basket = basket_net();
        for (const auto& cp : rules_.programs()) {
            if (!running(*cp.program)) {
                continue;
            }
            const Program& p = *cp.program;
            switch (cp.type) {
                case ProgramType::stamps:
                    if (c) {
                        stamp_movement(cp);
                    }
                    break;
                case ProgramType::next_order_coupon: {
                    const auto& s = std::get<NextOrderCouponSettings>(p.settings);
                    if (payable >= s.threshold.minor_units()) {
                        const auto from = local_.date;
                        const auto to = chr::year_month_day{chr::sys_days{from} + chr::days{s.valid_days}};
                        out_.coupons_issued.push_back(
                            IssuedCoupon{p.id, from, to,
                                         message(lang_, MessageId::coupon_issued,
                                                 {{"name", p.name}, {"date", format_date(to)}})});
                    } else if ((s.threshold.minor_units() - payable) * 4 <= s.threshold.minor_units()) {
                        // Within a quarter of the threshold: worth telling the customer.
                        out_.messages.push_back(
                            {MessageKind::hint, p.id,
                             message(lang_, MessageId::hint_next_order,
                                     {{"amount", money(s.threshold.minor_units() - payable)},
                                      {"name", p.name}})});
                    }
                    break;
                }
                case ProgramType::promotion: {
                    const auto& s = std::get<PromotionSettings>(p.settings);
                    if ((!std::holds_alternative<GiftItem>(s.effect) &&
                         !std::holds_alternative<ExtraPoints>(s.effect)) ||
                        !conditions_met(cp, s.conditions, basket)) {
                        break;
                    }
                    if (const auto* gift = std::get_if<GiftItem>(&s.effect)) {
                        out_.messages.push_back(
                            {MessageKind::gift, p.id,
                             message(
                                 lang_, MessageId::gift_prompt,
                                 {{"item", gift->name.empty() ? gift->sku : gift->name}, {"name", p.name}})});
                    } else if (const auto* extra = std::get_if<ExtraPoints>(&s.effect); extra && c) {
                        add_fixed_points(
                            p, extra->points, extra->expiry_days, FixedPointsEntry::Beneficiary::customer,
                            message(lang_, MessageId::points_extra,
                                    {{"name", p.name}, {"points", points(extra->points.value())}}));
                    }
                    break;
                }
                case ProgramType::birthday:
                    if (&cp == birthday_program_) {
                        const auto& b = std::get<BirthdaySettings>(p.settings);
                        if (const auto* gift = std::get_if<ExtraPoints>(&b.effect)) {
                            add_fixed_points(p, gift->points, gift->expiry_days,
                                             FixedPointsEntry::Beneficiary::customer,
                                             message(lang_, MessageId::points_birthday,
                                                     {{"points", points(gift->points.value())}}));
                            birthday_used_ = bonus() != nullptr;
                        }
                    }
                    break;
                case ProgramType::welcome:
                    if (first_purchase()) {
                        const auto& w = std::get<WelcomeSettings>(p.settings);
                        if (const auto* gift = std::get_if<ExtraPoints>(&w.effect)) {
                            add_fixed_points(p, gift->points, gift->expiry_days,
                                             FixedPointsEntry::Beneficiary::customer,
                                             message(lang_, MessageId::points_welcome,
                                                     {{"points", points(gift->points.value())}}));
                        }
                    }
                    break;
                case ProgramType::referral:
                    if (first_purchase() && !c->referred_by.empty()) {
                        const auto& r = std::get<ReferralSettings>(p.settings);
                        add_fixed_points(p, r.new_customer_points, r.expiry_days,
                                         FixedPointsEntry::Beneficiary::customer,
                                         message(lang_, MessageId::points_referral,
                                                 {{"points", points(r.new_customer_points.value())}}));
                        add_fixed_points(p, r.referrer_points, r.expiry_days,
                                         FixedPointsEntry::Beneficiary::referrer,
                                         message(lang_, MessageId::points_referrer,
                                                 {{"points", points(r.referrer_points.value())}}));
                    }
                    break;
                case ProgramType::reactivation:
                    if (c && c->purchases_count > 0 && c->last_purchase_at) {
                        const auto& r = std::get<ReactivationSettings>(p.settings);
                        const auto last = rules_.zone().to_local(*c->last_purchase_at).date;
                        if (chr::sys_days{local_.date} - chr::sys_days{last} >= chr::days{r.dormant_days}) {
                            add_fixed_points(p, r.points, r.expiry_days,
                                             FixedPointsEntry::Beneficiary::customer,
                                             message(lang_, MessageId::points_reactivation,
                                                     {{"points", points(r.points.value())},
                                                      {"days", std::to_string(r.expiry_days)}}));
                        }
                    }
                    break;
                default:
                    break;
            }
        }
        tier_progress();
        if (birthday_used_ && birthday_program_ &&
            std::get<BirthdaySettings>(birthday_program_->program->settings).frequency ==
                BirthdayFrequency::once_a_year) {
            out_.birthday_used_year = birthday_year_;
        }
    }

    [[nodiscard]] std::int64_t total_net() const {
        std::int64_t sum = 0;
        for (const auto& l : lines_) {
            sum += l.net;
        }
        return sum;
    }

    [[nodiscard]] std::string reward_name(const Program& p, const StampSettings& s) const {
        return s.reward_name.empty() ? p.name : s.reward_name;
    }

    void stamp_movement(const CompiledProgram& cp) {
        const Program& p = *cp.program;
        const auto& s = std::get<StampSettings>(p.settings);
        StampMovement m{p.id, stamps_held(p.id), 0, 0, 0, s.goal};
        for (const auto& [program, used] : stamp_rewards_used_) {
            if (program == &cp) {
                m.used = used;
            }
        }
        // A stamp's min_amount is measured on the qualifying lines after step 3 (rule 21).
        const auto qualifying = eligible_lines(cp.scope);
        if (!qualifying.empty() && net_of(qualifying) >= s.min_amount.minor_units()) {
            m.earned = 1;
        }
        m.after = m.before - m.used + m.earned;
        if (m.before == 0 && m.earned == 0 && m.used == 0) {
            return;
        }
        if (m.earned > 0) {
            out_.messages.push_back({MessageKind::info, p.id,
                                     message(lang_, MessageId::stamp_earned,
                                             {{"name", p.name},
                                              {"count", std::to_string(m.after)},
                                              {"goal", std::to_string(s.goal)}})});
        }
        if (m.after >= s.goal) {
            out_.messages.push_back(
                {MessageKind::hint, p.id,
                 message(lang_, MessageId::hint_stamp_ready, {{"reward", reward_name(p, s)}})});
        } else if (m.after == s.goal - 1) {
            out_.messages.push_back(
                {MessageKind::hint, p.id,
                 message(lang_, MessageId::hint_stamp_one_more, {{"reward", reward_name(p, s)}})});
        }
        out_.stamps.push_back(m);
    }

    // Rule 19: afterwards the sale adds its non-excluded net minus redeemed money.
    void tier_progress() {
        const Program* p = rules_.tiers();
        if (!p || !customer() || !running(*p)) {
            return;
        }
        const auto& t = std::get<TierSettings>(p->settings);
        TierProgress progress;
        progress.program = p->id;
        progress.level_before = tier_before_ ? tier_before_->name : std::string{};
        progress.spend_before = Money::minor(tier_spend_before_);
        const std::int64_t after = tier_spend_before_ + basket_net() - redeemed_money_;
        progress.spend_after = Money::minor(after);
        for (const auto& level : t.levels) {
            if (level.min_spend.minor_units() <= after) {
                progress.level_after = level.name;
            } else if (progress.next_level.empty()) {
                progress.next_level = level.name;
                progress.to_next_level = Money::minor(level.min_spend.minor_units() - after);
            }
        }
        if (!progress.next_level.empty()) {
            out_.messages.push_back({MessageKind::hint, p->id,
                                     message(lang_, MessageId::hint_tier,
                                             {{"amount", money(progress.to_next_level.minor_units())},
                                              {"level", progress.next_level}})});
        }
        out_.tier = std::move(progress);
    }

    // ---- step 5 and the result -----------------------------------------------------------------------

    QuoteResult finish() {
        QuoteTotals& t = out_.totals;
        std::int64_t gross = 0;
        std::int64_t net = 0;
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            LineWork& l = lines_[i];
            gross += l.gross;
            net += l.net;
            out_.lines.push_back(QuotedLine{l.in->sku, Money::minor(l.gross), std::move(l.discounts),
                                            Money::minor(l.net), Money::minor(l.redeemed),
                                            Points::of(i < line_points_.size() ? line_points_[i] : 0)});
        }
        t.gross = Money::minor(gross);
        t.net = Money::minor(net);
        t.discount = Money::minor(gross - net);
        t.redeemed_money = Money::minor(redeemed_money_);
        t.payable = Money::minor(net - redeemed_money_);
        out_.spend = Money::minor(basket_net() - redeemed_money_);
        return std::move(out_);
    }
};

}  // namespace

QuoteResult quote(const CompiledRules& rules, const QuoteInput& input) {
    return Pipeline(rules, input).run();
}

std::optional<FixedPointsEntry> enrolment_points(const CompiledRules& rules, Instant now, Language language) {
    const Program* p = rules.bonus();
    if (!p || !p->active) {
        return std::nullopt;
    }
    // Rule 20: validity dates are local and inclusive.
    const auto today = rules.zone().to_local(now).date;
    if ((p->valid_from && today < *p->valid_from) || (p->valid_to && *p->valid_to < today)) {
        return std::nullopt;
    }
    const auto& b = std::get<BonusSettings>(p->settings);
    if (b.welcome_points.value() <= 0) {
        return std::nullopt;
    }
    // Every lot waits hold_days, enrolment points too: the ledger has one rule for all lots.
    const Instant available = add_calendar_days(now, b.hold_days, rules.zone());
    std::optional<Instant> expires;
    if (b.expiry_days) {
        expires = add_calendar_days(available, *b.expiry_days, rules.zone());
    }
    return FixedPointsEntry{p->id,
                            FixedPointsEntry::Beneficiary::customer,
                            b.welcome_points,
                            available,
                            expires,
                            message(language, MessageId::points_welcome,
                                    {{"points", format_points(b.welcome_points, language)}})};
}

}  // namespace kassa
