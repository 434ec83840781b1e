// Property tests of the quote: random rule sets of every program type over random baskets, checked against
// the invariants of loyalty.md that hold whatever the rules say. Seeds are fixed so a failure reproduces;
// the CAPTUREd indices name the rule set and basket.

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <limits>
#include <map>
#include <memory>
#include <numeric>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kassa/core/ledger.hpp"
#include "kassa/core/quote.hpp"
#include "kassa/core/rules.hpp"
#include "kassa/core/vat.hpp"
#include "kassa/core_json/quote_json.hpp"
#include "kassa/core_json/rules_json.hpp"

using namespace kassa;
namespace chr = std::chrono;

namespace {

constexpr std::int32_t kZoneOffset = 7200;
constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kYearStart = 1767225600;  // 2026-01-01T00:00:00Z

const std::vector<std::string> kCategories{"clothes", "accessories", "food",
                                           "shoes",   "gift_cards",  "tobacco"};
const std::vector<std::string> kSegments{"regular", "vip", "staff", "new"};
constexpr std::size_t kSkuCount = 12;

std::string sku_name(std::size_t i) {
    return "sku-" + std::to_string(i);
}
// Each product always has the same category, as in a real catalogue.
const std::string& sku_category(std::size_t i) {
    return kCategories[i % kCategories.size()];
}

class Rng {
  public:
    explicit Rng(std::uint64_t seed) : engine_(seed) {}

    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(engine_() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool chance(std::int64_t percent) { return between(0, 99) < percent; }
    std::size_t index(std::size_t size) {
        return static_cast<std::size_t>(between(0, static_cast<std::int64_t>(size) - 1));
    }

    // A random subset, never empty when `non_empty`.
    std::vector<std::string> subset(const std::vector<std::string>& from, std::int64_t percent_each,
                                    bool non_empty) {
        std::vector<std::string> out;
        for (const auto& s : from) {
            if (chance(percent_each)) {
                out.push_back(s);
            }
        }
        if (out.empty() && non_empty) {
            out.push_back(from[index(from.size())]);
        }
        return out;
    }

    std::vector<std::string> skus(std::int64_t max_count) {
        std::set<std::string> chosen;
        const auto n = between(1, max_count);
        for (std::int64_t k = 0; k < n; ++k) {
            chosen.insert(sku_name(index(kSkuCount)));
        }
        return {chosen.begin(), chosen.end()};
    }

  private:
    std::mt19937_64 engine_;
};

chr::year_month_day local_date(Instant now) {
    return FixedOffsetZone(kZoneOffset).to_local(now).date;
}

chr::year_month_day shift(chr::year_month_day date, std::int64_t days) {
    return chr::year_month_day{chr::sys_days{date} + chr::days{days}};
}

// ---- random rules
// ------------------------------------------------------------------------------------------

RewardEffect random_reward(Rng& rng) {
    switch (rng.between(0, 2)) {
        case 0:
            return PercentOff{BasisPoints::bp(rng.chance(10) ? 10000 : rng.between(100, 5000))};
        case 1:
            return AmountOff{Money::minor(rng.between(1, 6000))};
        default:
            return FreeItem{};
    }
}

PersonalEffect random_personal(Rng& rng, bool points_ok) {
    switch (points_ok ? rng.between(0, 2) : 0) {
        case 0:
            return PercentOff{BasisPoints::bp(rng.between(100, 3000))};
        case 1:
            return PointsMultiplier{BasisPoints::bp(rng.between(10000, 40000))};
        default: {
            ExtraPoints e{Points::of(rng.between(1, 500)), std::nullopt};
            if (rng.chance(50)) {
                e.expiry_days = static_cast<int>(rng.between(1, 60));
            }
            return e;
        }
    }
}

PromotionEffect random_promotion_effect(Rng& rng, bool points_ok) {
    switch (rng.between(0, points_ok ? 6 : 4)) {
        case 0:
            return PercentOff{BasisPoints::bp(rng.chance(10) ? 10000 : rng.between(100, 5000))};
        case 1:
            return FixedPrice{Money::minor(rng.between(0, 15000))};
        case 2:
            return BuyNGetM{rng.between(1, 3), rng.between(1, 2)};
        case 3: {
            BundlePrice b;
            const auto items = rng.between(1, 2);
            for (std::int64_t k = 0; k < items; ++k) {
                BundleItem item;
                if (rng.chance(50)) {
                    item.skus = rng.skus(2);
                } else {
                    item.categories = {kCategories[rng.index(kCategories.size())]};
                }
                item.pieces = rng.between(1, 2);
                b.items.push_back(std::move(item));
            }
            b.price = Money::minor(rng.between(0, 20000));
            return b;
        }
        case 4:
            return GiftItem{sku_name(rng.index(kSkuCount)), "a gift"};
        case 5:
            return PointsMultiplier{BasisPoints::bp(rng.between(10000, 40000))};
        default: {
            ExtraPoints e{Points::of(rng.between(1, 300)), std::nullopt};
            if (rng.chance(50)) {
                e.expiry_days = static_cast<int>(rng.between(1, 30));
            }
            return e;
        }
    }
}

Conditions random_conditions(Rng& rng) {
    Conditions c;
    if (rng.chance(30)) {
        for (unsigned d = 1; d <= 7; ++d) {
            if (rng.chance(50)) {
                c.weekdays.push_back(d);
            }
        }
    }
    if (rng.chance(20)) {
        const auto from = rng.between(0, 23);
        auto to = rng.between(0, 23);
        if (to == from) {
            to = (from + 1) % 24;
        }
        c.hours_from = static_cast<std::int32_t>(from * 3600);
        c.hours_to = static_cast<std::int32_t>(to * 3600);
    }
    if (rng.chance(25)) {
        c.segments = rng.subset(kSegments, 40, true);
    }
    c.cardholders_only = rng.chance(15);
    if (rng.chance(20)) {
        c.min_basket = Money::minor(rng.between(0, 20000));
    }
    if (rng.chance(25)) {
        c.products = rng.skus(3);
    }
    if (rng.chance(25)) {
        c.categories = rng.subset(kCategories, 30, true);
    }
    if (rng.chance(15)) {
        c.min_qty = Quantity::thousandths(rng.between(1000, 3000));
    }
    return c;
}

ProgramSettings random_settings(Rng& rng, ProgramType type, bool points_ok, const std::string& id) {
    switch (type) {
        case ProgramType::bonus: {
            BonusSettings b;
            b.accrual_rate = BasisPoints::bp(rng.between(1, 1500));
            b.excluded_categories = rng.subset({"gift_cards", "tobacco"}, 60, false);
            for (const auto& c : kCategories) {
                const bool excluded = std::find(b.excluded_categories.begin(), b.excluded_categories.end(),
                                                c) != b.excluded_categories.end();
                if (!excluded && rng.chance(25)) {
                    b.category_rates.emplace_back(c, BasisPoints::bp(rng.between(0, 2000)));
                }
            }
            b.redeem_cap = BasisPoints::bp(rng.chance(20) ? 10000 : rng.between(0, 10000));
            b.min_redeem = Points::of(rng.chance(50) ? 0 : rng.between(1, 300));
            b.point_value = Money::minor(rng.chance(50) ? 1 : rng.between(2, 25));
            b.hold_days = static_cast<int>(rng.between(0, 30));
            if (rng.chance(60)) {
                b.expiry_days = static_cast<int>(rng.between(1, 400));
            }
            b.welcome_points = Points::of(rng.between(0, 500));
            b.accrue_on_redeemed = rng.chance(30);
            b.accrue_on_discounted = rng.chance(70);
            if (rng.chance(30)) {
                b.rounding = PointsRounding::per_full_units;
                b.rounding_unit = Money::minor(rng.between(1, 2000));
            }
            return b;
        }
        case ProgramType::tiers: {
            TierSettings t;
            t.basis = rng.chance(50) ? SpendBasis::lifetime : SpendBasis::rolling;
            t.window_days = static_cast<int>(rng.between(30, 365));
            std::int64_t min_spend = rng.between(0, 20000);
            const auto levels = rng.between(1, 3);
            for (std::int64_t l = 0; l < levels; ++l) {
                t.levels.push_back(TierLevel{"Level " + std::to_string(l), Money::minor(min_spend),
                                             BasisPoints::bp(rng.between(0, 2000)),
                                             BasisPoints::bp(points_ok ? rng.between(0, 500) : 0)});
                min_spend += rng.between(1, 100000);
            }
            return t;
        }
        case ProgramType::fixed_discount: {
            FixedDiscountSettings f;
            f.discount = BasisPoints::bp(rng.chance(10) ? 10000 : rng.between(0, 3000));
            f.segments = rng.subset(kSegments, 40, true);
            if (rng.chance(30)) {
                f.categories = rng.subset(kCategories, 40, true);
            }
            return f;
        }
        case ProgramType::stamps: {
            StampSettings s;
            s.goal = static_cast<int>(rng.between(1, 6));
            s.min_amount = Money::minor(rng.chance(50) ? 0 : rng.between(1, 8000));
            if (rng.chance(40)) {
                s.categories = rng.subset(kCategories, 40, true);
            }
            s.reward = random_reward(rng);
            s.reward_name = "the reward";
            return s;
        }
        case ProgramType::coupon: {
            CouponSettings c;
            if (rng.chance(70)) {
                c.codes = {id + "-A", id + "-B"};
            }
            if (c.codes.empty() || rng.chance(40)) {
                c.public_code = "PUB" + id;
            }
            c.effect = random_reward(rng);
            c.min_basket = Money::minor(rng.chance(60) ? 0 : rng.between(1, 15000));
            if (rng.chance(30)) {
                c.categories = rng.subset(kCategories, 40, true);
            }
            c.stackable = rng.chance(60);
            return c;
        }
        case ProgramType::promotion: {
            PromotionSettings p;
            p.conditions = random_conditions(rng);
            p.effect = random_promotion_effect(rng, points_ok);
            return p;
        }
        case ProgramType::birthday: {
            BirthdaySettings b;
            b.days_before = static_cast<int>(rng.between(0, 7));
            b.days_after = static_cast<int>(rng.between(0, 7));
            b.effect = random_personal(rng, points_ok);
            b.frequency = rng.chance(50) ? BirthdayFrequency::once_a_year : BirthdayFrequency::every_purchase;
            return b;
        }
        case ProgramType::welcome:
            return WelcomeSettings{random_personal(rng, points_ok)};
        case ProgramType::referral:
            return ReferralSettings{Points::of(rng.between(0, 500)), Points::of(rng.between(0, 500)),
                                    rng.chance(50) ? std::optional<int>(30) : std::nullopt};
        case ProgramType::reactivation:
            return ReactivationSettings{static_cast<int>(rng.between(1, 120)),
                                        Points::of(rng.between(1, 300)),
                                        static_cast<int>(rng.between(1, 30))};
        case ProgramType::next_order_coupon: {
            NextOrderCouponSettings n;
            n.threshold = Money::minor(rng.between(0, 30000));
            n.effect = random_reward(rng);
            n.valid_days = static_cast<int>(rng.between(1, 60));
            n.min_basket = Money::minor(rng.chance(60) ? 0 : rng.between(1, 10000));
            if (rng.chance(30)) {
                n.categories = rng.subset(kCategories, 40, true);
            }
            n.stackable = rng.chance(60);
            return n;
        }
    }
    return BonusSettings{};
}

Rules random_rules(Rng& rng, Instant now) {
    Rules rules;
    const bool has_bonus = rng.chance(75);
    bool has_tiers = false;
    std::vector<ProgramType> types;
    if (has_bonus) {
        types.push_back(ProgramType::bonus);
    }
    const auto extra = rng.between(0, 7);
    for (std::int64_t k = 0; k < extra; ++k) {
        auto type = static_cast<ProgramType>(rng.between(1, 10));
        if (type == ProgramType::tiers) {
            if (has_tiers) {
                type = ProgramType::promotion;
            }
            has_tiers = true;
        }
        // Referral and reactivation only give points; without a bonus program they are invalid.
        if (!has_bonus && (type == ProgramType::referral || type == ProgramType::reactivation)) {
            type = ProgramType::promotion;
        }
        types.push_back(type);
    }
    // Bonus first in the vector or not makes no difference to the engine; shuffle the order anyway.
    std::shuffle(types.begin(), types.end(),
                 std::mt19937_64(static_cast<std::uint64_t>(rng.between(0, 1 << 30))));
    const auto today = local_date(now);
    for (std::size_t i = 0; i < types.size(); ++i) {
        Program p;
        p.id = "p" + std::to_string(i);
        p.name = "Program " + std::to_string(i);
        p.active = rng.chance(92);
        if (rng.chance(15)) {
            p.valid_from = shift(today, rng.between(-5, 2));
        }
        if (rng.chance(15)) {
            p.valid_to = shift(today, rng.between(-2, 5));
            if (p.valid_from && *p.valid_to < *p.valid_from) {
                p.valid_to = p.valid_from;
            }
        }
        const std::int64_t priorities[] = {10, 50, 100, 100};
        p.priority = static_cast<int>(priorities[rng.index(4)]);
        p.stacking = rng.chance(70) ? Stacking::exclusive : Stacking::combinable;
        p.settings = random_settings(rng, types[i], has_bonus, p.id);
        rules.programs.push_back(std::move(p));
    }
    // Rule 5 makes naming an excluded category in a discount's categories a validation error: keep them apart.
    std::vector<std::string> excluded;
    for (const auto& p : rules.programs) {
        if (const auto* b = std::get_if<BonusSettings>(&p.settings)) {
            excluded = b->excluded_categories;
        }
    }
    const auto drop_excluded = [&](std::vector<std::string>& categories) {
        std::erase_if(categories, [&](const std::string& c) {
            return std::find(excluded.begin(), excluded.end(), c) != excluded.end();
        });
    };
    for (auto& p : rules.programs) {
        if (auto* f = std::get_if<FixedDiscountSettings>(&p.settings)) {
            drop_excluded(f->categories);
        } else if (auto* c = std::get_if<CouponSettings>(&p.settings)) {
            drop_excluded(c->categories);
        } else if (auto* st = std::get_if<StampSettings>(&p.settings)) {
            drop_excluded(st->categories);
        } else if (auto* pr = std::get_if<PromotionSettings>(&p.settings)) {
            drop_excluded(pr->conditions.categories);
        } else if (auto* n = std::get_if<NextOrderCouponSettings>(&p.settings)) {
            drop_excluded(n->categories);
        }
    }
    return rules;
}

// ---- random baskets
// ----------------------------------------------------------------------------------------

QuoteInput random_input(Rng& rng, const Rules& rules, Instant now) {
    QuoteInput in;
    in.now = now;
    in.now_offset_seconds = kZoneOffset;
    const auto lines = rng.between(1, 8);
    for (std::int64_t k = 0; k < lines; ++k) {
        QuoteLine l;
        const auto sku = rng.index(kSkuCount);
        l.sku = sku_name(sku);
        l.category = sku_category(sku);
        l.unit_price = Money::minor(rng.chance(5) ? 0 : rng.between(1, 20000));
        if (rng.chance(75)) {
            l.qty = Quantity::pieces(rng.between(1, 4));
        } else {
            l.qty = Quantity::thousandths(rng.between(1, 2500));
            l.by_weight = true;
        }
        if (rng.chance(40)) {
            l.min_price = Money::minor(rng.between(0, l.unit_price.minor_units()));
        }
        in.lines.push_back(std::move(l));
    }
    if (rng.chance(75)) {
        CustomerState c;
        c.id = "customer";
        c.segments = rng.subset(kSegments, 30, false);
        if (rng.chance(60)) {
            const auto day = shift(local_date(now), rng.between(-10, 10));
            chr::year_month_day birthday{chr::year{1990}, day.month(), day.day()};
            c.birthday =
                birthday.ok() ? birthday : chr::year_month_day{chr::year{1992}, day.month(), day.day()};
        }
        c.purchases_count = rng.chance(30) ? 0 : rng.between(1, 50);
        c.spend_lifetime = Money::minor(rng.between(0, 300000));
        c.spend_window = Money::minor(rng.between(0, c.spend_lifetime.minor_units()));
        if (c.purchases_count > 0) {
            c.last_purchase_at = Instant{now.unix_seconds - rng.between(0, 200) * kDay};
        }
        const auto lots = rng.between(0, 4);
        for (std::int64_t k = 0; k < lots; ++k) {
            Lot lot;
            lot.points = Points::of(rng.between(0, 5000));
            lot.available_at = Instant{now.unix_seconds + rng.between(-100, 10) * kDay};
            if (rng.chance(70)) {
                lot.expires_at = Instant{lot.available_at.unix_seconds + rng.between(1, 200) * kDay};
            }
            lot.ledger_order = k;
            c.lots.push_back(lot);
        }
        for (const auto& p : rules.programs) {
            if (const auto* s = std::get_if<StampSettings>(&p.settings); s && rng.chance(70)) {
                c.stamps.emplace_back(p.id, rng.between(0, s->goal + 1));
            }
        }
        if (rng.chance(20)) {
            c.birthday_used_year =
                static_cast<int>(local_date(now).year()) - static_cast<int>(rng.between(0, 1));
        }
        if (rng.chance(30)) {
            c.referred_by = "friend";
        }
        in.customer = std::move(c);
    }
    // Coupons: real codes, a repeated one, an unknown one and next-order coupons by program id.
    std::vector<CouponRef> pool{CouponRef{"NO-SUCH-CODE", {}, false, {}, {}}};
    for (const auto& p : rules.programs) {
        if (const auto* c = std::get_if<CouponSettings>(&p.settings)) {
            for (const auto& code : c->codes) {
                pool.push_back(CouponRef{code, {}, rng.chance(10), {}, {}});
            }
            if (!c->public_code.empty()) {
                pool.push_back(CouponRef{c->public_code, {}, false, {}, {}});
            }
        } else if (std::holds_alternative<NextOrderCouponSettings>(p.settings)) {
            CouponRef ref{"N-" + p.id, p.id, false, {}, {}};
            if (rng.chance(30)) {
                ref.valid_to = shift(local_date(now), rng.between(-3, 3));
            }
            pool.push_back(ref);
        }
    }
    const auto coupons = rng.between(0, 3);
    for (std::int64_t k = 0; k < coupons; ++k) {
        in.coupons.push_back(pool[rng.index(pool.size())]);
    }
    switch (rng.between(0, 2)) {
        case 0:
            break;
        case 1:
            in.redeem.kind = RedeemRequest::Kind::points;
            in.redeem.points = Points::of(rng.between(0, 6000));
            break;
        default:
            in.redeem.kind = RedeemRequest::Kind::max;
            break;
    }
    return in;
}

// ---- what the checks need to know about the rules
// ----------------------------------------------------------

bool running(const Program& p, Instant now) {
    const auto today = local_date(now);
    return p.active && (!p.valid_from || *p.valid_from <= today) && (!p.valid_to || today <= *p.valid_to);
}

const Program* find_type(const Rules& rules, ProgramType type) {
    for (const auto& p : rules.programs) {
        if (p.type() == type) {
            return &p;
        }
    }
    return nullptr;
}

const Program* find_id(const Rules& rules, const std::string& id) {
    for (const auto& p : rules.programs) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

bool excluded_category(const Rules& rules, const std::string& category) {
    const Program* bonus = find_type(rules, ProgramType::bonus);
    if (!bonus) {
        return false;
    }
    const auto& excluded = std::get<BonusSettings>(bonus->settings).excluded_categories;
    return std::find(excluded.begin(), excluded.end(), category) != excluded.end();
}

// Rule 22: only a step-1 item promotion, a coupon or a stamp reward makes a line "discounted".
bool marks_discounted(const Program& p) {
    switch (p.type()) {
        case ProgramType::coupon:
        case ProgramType::next_order_coupon:
        case ProgramType::stamps:
            return true;
        case ProgramType::promotion:
            return std::get<PromotionSettings>(p.settings).conditions.segments.empty();
        default:
            return false;
    }
}

// The largest points multiplier any program could give: the points lie between x1 and this.
std::int64_t largest_multiplier(const Rules& rules) {
    std::int64_t largest = BasisPoints::kWhole;
    for (const auto& p : rules.programs) {
        const PersonalEffect* personal = nullptr;
        if (const auto* pr = std::get_if<PromotionSettings>(&p.settings)) {
            if (const auto* m = std::get_if<PointsMultiplier>(&pr->effect)) {
                largest = std::max(largest, m->multiplier.value());
            }
        } else if (const auto* b = std::get_if<BirthdaySettings>(&p.settings)) {
            personal = &b->effect;
        } else if (const auto* w = std::get_if<WelcomeSettings>(&p.settings)) {
            personal = &w->effect;
        }
        if (personal) {
            if (const auto* m = std::get_if<PointsMultiplier>(personal)) {
                largest = std::max(largest, m->multiplier.value());
            }
        }
    }
    return largest;
}

const TierLevel* tier_before(const Rules& rules, const QuoteInput& in) {
    const Program* tiers = find_type(rules, ProgramType::tiers);
    if (!tiers || !in.customer || !running(*tiers, in.now)) {
        return nullptr;
    }
    const auto& t = std::get<TierSettings>(tiers->settings);
    const auto spend =
        t.basis == SpendBasis::lifetime ? in.customer->spend_lifetime : in.customer->spend_window;
    const TierLevel* level = nullptr;
    for (const auto& l : t.levels) {
        if (l.min_spend <= spend) {
            level = &l;
        }
    }
    return level;
}

std::int64_t round_half_up_thousandths(std::int64_t price, std::int64_t qty) {
    return (price * qty + 500) / 1000;
}

// Which pipeline step a program's line discounts belong to (loyalty.md "Evaluation pipeline").
int discount_step(const Program& p) {
    switch (p.type()) {
        case ProgramType::promotion:
            return std::get<PromotionSettings>(p.settings).conditions.segments.empty() ? 1 : 2;
        case ProgramType::tiers:
        case ProgramType::fixed_discount:
        case ProgramType::birthday:
        case ProgramType::welcome:
            return 2;
        default:
            return 3;
    }
}

// What the quote is checked against: the rules as plain facts, computed here without the engine.
struct Facts {
    const Rules& rules;
    const QuoteInput& in;
    const BonusSettings* bonus = nullptr;  // only while the bonus program runs
    std::int64_t point_value = 1;

    Facts(const Rules& r, const QuoteInput& i) : rules(r), in(i) {
        const Program* b = find_type(rules, ProgramType::bonus);
        if (b && running(*b, in.now)) {
            bonus = &std::get<BonusSettings>(b->settings);
            point_value = bonus->point_value.minor_units();
        }
    }

    [[nodiscard]] bool excluded(std::size_t line) const {
        return excluded_category(rules, in.lines[line].category);
    }

    // Rule 2 / 23 numerator of a line at multiplier x1 (rule 12 multiplies it by at most the largest one).
    [[nodiscard]] Int128 accrual_numerator(std::size_t i, const QuotedLine& line, std::int64_t extra) const {
        if (excluded(i)) {
            return 0;
        }
        if (!bonus->accrue_on_discounted &&
            std::any_of(line.discounts.begin(), line.discounts.end(), [&](const LineDiscount& d) {
                return marks_discounted(*find_id(rules, d.program));
            })) {
            return 0;  // rule 22
        }
        std::int64_t rate = bonus->accrual_rate.value();
        for (const auto& [category, category_rate] : bonus->category_rates) {
            if (category == in.lines[i].category) {
                rate = category_rate.value();
            }
        }
        const std::int64_t base =
            line.net.minor_units() - (bonus->accrue_on_redeemed ? 0 : line.redeemed.minor_units());
        return Int128{base} * (rate + extra) * BasisPoints::kWhole;
    }

    [[nodiscard]] Int128 accrual_denominator() const {
        return bonus->rounding == PointsRounding::floor_per_receipt
                   ? Int128{BasisPoints::kWhole} * BasisPoints::kWhole * point_value
                   : Int128{bonus->accrual_rate.value()} * BasisPoints::kWhole *
                         bonus->rounding_unit.minor_units();
    }
};

// ---- the invariants
// ------------------------------------------------------------------------------------------

// Lines and totals add up; discounts respect the floors and exclusions. Returns the eligible payable.
std::int64_t check_lines_and_totals(const Facts& f, const QuoteResult& r) {
    std::int64_t gross = 0;
    std::int64_t net = 0;
    std::int64_t redeemed = 0;
    std::int64_t points = 0;
    std::int64_t eligible = 0;
    for (std::size_t i = 0; i < r.lines.size(); ++i) {
        CAPTURE(i);
        const QuoteLine& input = f.in.lines[i];
        const QuotedLine& line = r.lines[i];
        CHECK(line.sku == input.sku);
        CHECK(line.gross.minor_units() ==
              round_half_up_thousandths(input.unit_price.minor_units(), input.qty.thousandths()));
        // Rule 9: no discount takes a line below its min_price floor.
        const std::int64_t floor = input.min_price ? round_half_up_thousandths(input.min_price->minor_units(),
                                                                               input.qty.thousandths())
                                                   : 0;
        CHECK(line.net.minor_units() >= floor);
        CHECK(line.net <= line.gross);
        std::int64_t discounts = 0;
        int exclusive_in_step[4] = {0, 0, 0, 0};
        for (const auto& d : line.discounts) {
            CHECK(d.amount.minor_units() > 0);
            CHECK_FALSE(d.text.empty());
            const Program* p = find_id(f.rules, d.program);
            REQUIRE(p != nullptr);
            if (p->stacking == Stacking::exclusive && discount_step(*p) < 3) {
                ++exclusive_in_step[discount_step(*p)];
            }
            discounts += d.amount.minor_units();
        }
        CHECK(discounts == line.gross.minor_units() - line.net.minor_units());
        // Rule 6: of a step's exclusive candidates only one applies to a line.
        CHECK(exclusive_in_step[1] <= 1);
        CHECK(exclusive_in_step[2] <= 1);
        // A redemption share never exceeds what is left of the line.
        CHECK(line.redeemed.minor_units() >= 0);
        CHECK(line.redeemed <= line.net);
        CHECK(line.points.value() >= 0);
        // Rule 5: excluded categories take no discount, no redemption share and earn nothing.
        if (f.excluded(i)) {
            CHECK(line.discounts.empty());
            CHECK(line.redeemed.is_zero());
            CHECK(line.points.is_zero());
        } else {
            eligible += line.net.minor_units();
        }
        gross += line.gross.minor_units();
        net += line.net.minor_units();
        redeemed += line.redeemed.minor_units();
        points += line.points.value();
    }
    const QuoteTotals& t = r.totals;
    CHECK(gross == t.gross.minor_units());
    CHECK(net == t.net.minor_units());
    CHECK(t.gross - t.discount == t.net);
    CHECK(t.payable.minor_units() >= 0);
    CHECK(t.payable == t.net - t.redeemed_money);
    CHECK(redeemed == t.redeemed_money.minor_units());
    CHECK(points == t.points_earned.value());
    CHECK(t.redeemed_money.minor_units() == t.redeemed_points.value() * f.point_value);
    return eligible;
}

// Step 4, rules 3, 10 and 11.
void check_redemption(const Facts& f, const QuoteResult& r, std::int64_t eligible) {
    const QuoteTotals& t = r.totals;
    if (!f.bonus || !f.in.customer || f.in.redeem.kind == RedeemRequest::Kind::none) {
        CHECK(t.redeemed_points.is_zero());
        return;
    }
    const std::int64_t balance = available_balance(f.in.customer->lots, f.in.now).value();
    const std::int64_t cap = f.bonus->redeem_cap.value() * eligible / (BasisPoints::kWhole * f.point_value);
    CHECK(t.redeemed_points.value() >= 0);
    CHECK(t.redeemed_points.value() <= balance);
    CHECK(t.redeemed_points.value() <= cap);
    const std::int64_t wanted = f.in.redeem.kind == RedeemRequest::Kind::max
                                    ? std::numeric_limits<std::int64_t>::max()
                                    : f.in.redeem.points.value();
    const std::int64_t allowed = std::min({balance, cap, wanted});
    const bool below_minimum_rejected =
        std::any_of(r.rejected.begin(), r.rejected.end(),
                    [](const Rejection& rej) { return rej.reason == RejectReason::below_minimum; });
    if (allowed >= f.bonus->min_redeem.value()) {
        CHECK(t.redeemed_points.value() == allowed);
        CHECK_FALSE(below_minimum_rejected);
    } else {
        CHECK(t.redeemed_points.is_zero());
        // Rule 11: the quote says why when points were asked for; "max" always asks.
        const bool asked = f.in.redeem.kind == RedeemRequest::Kind::max || wanted > 0;
        CHECK(below_minimum_rejected == asked);
    }
    if (!t.redeemed_money.is_zero()) {
        std::vector<std::int64_t> weights;
        for (std::size_t i = 0; i < r.lines.size(); ++i) {
            weights.push_back(f.excluded(i) ? 0 : r.lines[i].net.minor_units());
        }
        const auto shares = split_largest_remainder(t.redeemed_money.minor_units(), weights);
        for (std::size_t i = 0; i < r.lines.size(); ++i) {
            CAPTURE(i);
            CHECK(r.lines[i].redeemed.minor_units() == shares[i]);
        }
    }
}

// Step 6, rules 2, 4, 12, 17, 22 and 23.
void check_accrual(const Facts& f, const QuoteResult& r, const TimeZone& zone) {
    const QuoteTotals& t = r.totals;
    if (!f.bonus || !f.in.customer) {
        CHECK(t.points_earned.is_zero());
        return;
    }
    const TierLevel* tier = tier_before(f.rules, f.in);
    const std::int64_t extra = tier ? tier->extra_accrual.value() : 0;
    const std::int64_t top = largest_multiplier(f.rules);
    std::vector<Int128> numerators;
    Int128 low = 0;
    for (std::size_t i = 0; i < r.lines.size(); ++i) {
        numerators.push_back(f.accrual_numerator(i, r.lines[i], extra));
        low += numerators.back();
    }
    const Int128 denominator = f.accrual_denominator();
    // The points lie between the x1 sum and the sum at the largest multiplier, never a product of two.
    CHECK(t.points_earned.value() >= static_cast<std::int64_t>(low / denominator));
    CHECK(t.points_earned.value() <=
          static_cast<std::int64_t>(low * top / BasisPoints::kWhole / denominator));
    if (top == BasisPoints::kWhole) {
        // Rule 4: the line points are the receipt total split over the exact line values.
        const auto expected = split_exact_quotas(t.points_earned.value(), numerators, denominator);
        for (std::size_t i = 0; i < r.lines.size(); ++i) {
            CAPTURE(i);
            CHECK(r.lines[i].points.value() == expected[i]);
        }
    }
    if (t.points_earned.value() > 0) {
        // Rule 17: hold and expiry are calendar days in the shop's zone.
        const Instant available = add_calendar_days(f.in.now, f.bonus->hold_days, zone);
        CHECK(t.points_available_at == available);
        if (f.bonus->expiry_days) {
            CHECK(t.points_expire_at == add_calendar_days(available, *f.bonus->expiry_days, zone));
        } else {
            CHECK_FALSE(t.points_expire_at.has_value());
        }
    }
}

// Coupons, stamps and tiers: what the receipt-level steps and step 7 report.
void check_rewards(const Facts& f, const QuoteResult& r, std::int64_t eligible) {
    // Every coupon the cashier entered is either applied or rejected with a reason, never silently dropped.
    std::size_t coupon_rejections = 0;
    for (const auto& rejection : r.rejected) {
        coupon_rejections += rejection.coupon.empty() ? 0U : 1U;
    }
    CHECK(r.coupons_applied.size() + coupon_rejections == f.in.coupons.size());
    // Rule 21: a non-stackable coupon applies alone.
    for (const auto& applied : r.coupons_applied) {
        const Program* p = find_id(f.rules, applied.program);
        REQUIRE(p != nullptr);
        const bool stackable = p->type() == ProgramType::coupon
                                   ? std::get<CouponSettings>(p->settings).stackable
                                   : std::get<NextOrderCouponSettings>(p->settings).stackable;
        if (!stackable) {
            CHECK(r.coupons_applied.size() == 1);
        }
        // What a coupon reports as applied is what its lines show.
        std::int64_t reported = 0;
        for (const auto& other : r.coupons_applied) {
            reported += other.program == applied.program ? other.amount.minor_units() : 0;
        }
        std::int64_t on_lines = 0;
        for (const auto& line : r.lines) {
            for (const auto& d : line.discounts) {
                on_lines += d.program == applied.program ? d.amount.minor_units() : 0;
            }
        }
        CHECK(reported == on_lines);
    }

    // Rule 8: a reward uses exactly `goal` stamps held before the sale; a receipt earns at most one stamp.
    for (const auto& s : r.stamps) {
        CAPTURE(s.program);
        CHECK((s.used == 0 || s.used == s.goal));
        CHECK((s.used == 0 || s.before >= s.goal));
        CHECK((s.earned == 0 || s.earned == 1));
        CHECK(s.after == s.before - s.used + s.earned);
    }

    // Rule 19: the level is taken before the sale; the sale adds its non-excluded net minus redeemed money.
    if (r.tier) {
        const TierLevel* level = tier_before(f.rules, f.in);
        CHECK(r.tier->level_before == (level ? level->name : std::string{}));
        CHECK(r.tier->spend_after.minor_units() ==
              r.tier->spend_before.minor_units() + eligible - r.totals.redeemed_money.minor_units());
    }
}

void check_quote(const Rules& rules, const QuoteInput& in, const QuoteResult& r, const TimeZone& zone) {
    REQUIRE(r.lines.size() == in.lines.size());
    const Facts facts(rules, in);
    const std::int64_t eligible = check_lines_and_totals(facts, r);
    check_redemption(facts, r, eligible);
    check_accrual(facts, r, zone);
    check_rewards(facts, r, eligible);
}

// A full refund of every line's whole quantity gives back exactly what was paid and every redeemed point.
void check_full_refund(const Rules& rules, const QuoteInput& in, const QuoteResult& r) {
    const Program* bonus = find_type(rules, ProgramType::bonus);
    RefundPolicy policy;
    policy.point_value = bonus ? std::get<BonusSettings>(bonus->settings).point_value : Money::minor(1);
    std::vector<RefundableLine> lines;
    std::vector<RefundRequestLine> request;
    for (std::size_t i = 0; i < r.lines.size(); ++i) {
        RefundableLine l;
        l.sold = in.lines[i].qty;
        l.net = r.lines[i].net;
        l.redeemed = r.lines[i].redeemed;
        l.points = r.lines[i].points;
        lines.push_back(l);
        request.push_back(RefundRequestLine{i, in.lines[i].qty});
    }
    const FixedOffsetZone zone(kZoneOffset);
    const Instant later{in.now.unix_seconds + 3 * kDay};
    const auto refund = compute_refund(lines, request, policy, later, zone, std::nullopt, Points::zero());
    CHECK(refund.money_back == r.totals.payable);
    CHECK(refund.points_restored == r.totals.redeemed_points);
    CHECK(refund.points_reversed == r.totals.points_earned);
    CHECK(refund.kept_for_spent_points.is_zero());
}

struct Stats {
    std::size_t quotes = 0;
    std::size_t with_discounts = 0;
    std::size_t with_redemption = 0;
    std::size_t with_points = 0;
    std::size_t with_floor_hit = 0;
    std::map<ProgramType, std::size_t> applied_by_type;
};

// The VAT of every quote (docs/vat.md): taken from what each line is paid in money, which the quote must
// never leave negative, so the VAT table's gross is the payable; returning everything reverses all of it.
// Rates follow the category, so every receipt mixes standard, reduced, zero-rated and exempt lines.
void check_vat(const QuoteInput& in, const QuoteResult& r) {
    const auto rate_of = [](const std::string& category) {
        return category == "clothes"       ? VatRate::bp(2400)
               : category == "accessories" ? VatRate::bp(2550)
               : category == "food"        ? VatRate::bp(900)
               : category == "shoes"       ? VatRate::bp(0)
               : category == "gift_cards"  ? VatRate::exempt()
                                           : VatRate::bp(2200);
    };
    std::vector<VatRate> rates;
    for (const auto& l : in.lines) {
        rates.push_back(rate_of(l.category));
    }
    const std::vector<VatLine> lines = vat_lines(r.lines, rates);
    VatTable table;
    REQUIRE_NOTHROW(table = vat_table(lines));
    CHECK(table.gross == r.totals.payable);
    std::vector<VatReturnableLine> sold;
    std::vector<VatReturnRequestLine> everything;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        CHECK(table.lines[i].gross == r.lines[i].net - r.lines[i].redeemed);
        CHECK(table.lines[i].vat <= table.lines[i].gross);
        sold.push_back(VatReturnableLine{lines[i].rate, in.lines[i].qty, table.lines[i].gross,
                                         table.lines[i].vat, Quantity{}, Money::zero(), Money::zero()});
        everything.push_back(VatReturnRequestLine{i, in.lines[i].qty});
    }
    const VatReturn back = vat_return(sold, everything);
    CHECK(back.gross == table.gross);
    CHECK(back.vat == table.vat);
}

}  // namespace

TEST_CASE("random rule sets generate valid rules", "[core][property]") {
    // The property cases only mean something if the generator does not produce rejected documents.
    Rng rng(0xA11CE);
    for (int set = 0; set < 500; ++set) {
        CAPTURE(set);
        const Instant now{kYearStart + rng.between(0, 365 * kDay)};
        const Rules rules = random_rules(rng, now);
        const auto errors = validate(rules);
        INFO(json::describe(errors));
        CHECK(errors.empty());
    }
}

TEST_CASE("quote invariants hold on random baskets under random rules", "[core][property]") {
    Rng rng(20261124);
    const auto zone = std::make_shared<FixedOffsetZone>(kZoneOffset);
    Stats stats;
    for (int set = 0; set < 400; ++set) {
        CAPTURE(set);
        const Instant now{kYearStart + rng.between(0, 365 * kDay)};
        const Rules rules = random_rules(rng, now);
        const CompiledRules compiled(rules, zone);
        // A second compilation of the same document must not quote differently (no address-dependent order).
        const CompiledRules again(rules, zone);
        for (int basket = 0; basket < 10; ++basket) {
            CAPTURE(basket);
            QuoteInput input = random_input(rng, rules, now);
            // Vary the hour so happy hours and weekdays are exercised within the rule set's day.
            input.now = Instant{now.unix_seconds + rng.between(-12, 12) * 3600};
            const QuoteResult result = quote(compiled, input);
            check_quote(rules, input, result, *zone);
            check_full_refund(rules, input, result);
            check_vat(input, result);

            const std::string first = json::write_quote_result(result, *zone).dump();
            CHECK(json::write_quote_result(quote(compiled, input), *zone).dump() == first);
            CHECK(json::write_quote_result(quote(again, input), *zone).dump() == first);

            ++stats.quotes;
            stats.with_discounts += result.totals.discount.is_zero() ? 0U : 1U;
            stats.with_redemption += result.totals.redeemed_points.is_zero() ? 0U : 1U;
            stats.with_points += result.totals.points_earned.is_zero() ? 0U : 1U;
            for (std::size_t i = 0; i < result.lines.size(); ++i) {
                if (input.lines[i].min_price &&
                    result.lines[i].net.minor_units() ==
                        round_half_up_thousandths(input.lines[i].min_price->minor_units(),
                                                  input.lines[i].qty.thousandths()) &&
                    !result.lines[i].discounts.empty()) {
                    ++stats.with_floor_hit;
                }
                for (const auto& d : result.lines[i].discounts) {
                    ++stats.applied_by_type[find_id(rules, d.program)->type()];
                }
            }
        }
    }
    // The generator must reach the interesting paths, or the invariants above are checked on trivia.
    INFO("quotes " << stats.quotes << ", discounted " << stats.with_discounts << ", redeemed "
                   << stats.with_redemption << ", points " << stats.with_points << ", min_price reached "
                   << stats.with_floor_hit);
    CHECK(stats.with_discounts > stats.quotes / 5);
    CHECK(stats.with_redemption > stats.quotes / 20);
    CHECK(stats.with_points > stats.quotes / 5);
    CHECK(stats.with_floor_hit > 20);
    for (const ProgramType type :
         {ProgramType::promotion, ProgramType::tiers, ProgramType::fixed_discount, ProgramType::stamps,
          ProgramType::coupon, ProgramType::birthday, ProgramType::welcome, ProgramType::next_order_coupon}) {
        CAPTURE(to_string(type));
        CHECK(stats.applied_by_type[type] > 5);
    }
}

TEST_CASE("quote invariants hold with many lines, heavy discounts and tiny prices", "[core][property]") {
    // Extreme shapes: long receipts of one-cent items and 100% discounts stress the splits and the floors.
    Rng rng(0xC0FFEE);
    const auto zone = std::make_shared<FixedOffsetZone>(kZoneOffset);
    for (int set = 0; set < 60; ++set) {
        CAPTURE(set);
        const Instant now{kYearStart + rng.between(0, 365 * kDay)};
        const Rules rules = random_rules(rng, now);
        const CompiledRules compiled(rules, zone);
        for (int basket = 0; basket < 5; ++basket) {
            CAPTURE(basket);
            QuoteInput input = random_input(rng, rules, now);
            const auto extra_lines = rng.between(10, 40);
            for (std::int64_t k = 0; k < extra_lines; ++k) {
                QuoteLine l;
                const auto sku = rng.index(kSkuCount);
                l.sku = sku_name(sku);
                l.category = sku_category(sku);
                l.unit_price = Money::minor(rng.between(0, 3));
                l.qty = rng.chance(50) ? Quantity::pieces(rng.between(1, 3))
                                       : Quantity::thousandths(rng.between(1, 999));
                l.by_weight = !l.qty.is_whole_pieces();
                if (rng.chance(30)) {
                    l.min_price = l.unit_price;
                }
                input.lines.push_back(std::move(l));
            }
            const QuoteResult result = quote(compiled, input);
            check_quote(rules, input, result, *zone);
            check_full_refund(rules, input, result);
            check_vat(input, result);
            CHECK(json::write_quote_result(quote(compiled, input), *zone).dump() ==
                  json::write_quote_result(result, *zone).dump());
        }
    }
}

// With "max" and nothing allowed (empty balance, or a cap of 0) the till must still be able to say why the
// button did nothing: rule 11 compares the minimum with the allowed figure and says why when it is below.
TEST_CASE("redeeming max when nothing is allowed says why (rule 11)", "[core][property]") {
    Rules rules;
    Program bonus;
    bonus.id = "bonus";
    bonus.name = "Bonus";
    BonusSettings settings;
    settings.accrual_rate = BasisPoints::bp(500);
    settings.redeem_cap = BasisPoints::bp(5000);
    settings.min_redeem = Points::of(100);
    settings.excluded_categories = {"gift_cards"};
    bonus.settings = settings;
    rules.programs.push_back(bonus);
    const CompiledRules compiled(rules, std::make_shared<FixedOffsetZone>(kZoneOffset));

    QuoteInput input;
    input.now = Instant{kYearStart + 40 * kDay};
    input.now_offset_seconds = kZoneOffset;
    input.redeem.kind = RedeemRequest::Kind::max;
    CustomerState customer;
    customer.id = "c";
    input.customer = customer;
    input.lines.push_back(
        QuoteLine{"sku-0", "clothes", Money::minor(5000), Quantity::pieces(1), std::nullopt, false});

    const auto below_minimum = [](const QuoteResult& r) {
        return std::count_if(r.rejected.begin(), r.rejected.end(),
                             [](const Rejection& rej) { return rej.reason == RejectReason::below_minimum; });
    };

    // An empty card: the balance allows 0 of the 100 needed.
    const auto empty = quote(compiled, input);
    CHECK(empty.totals.redeemed_points.is_zero());
    CHECK(below_minimum(empty) == 1);

    // 500 points, but only a gift card in the basket: the cap allows 0 of the 100 needed.
    Lot lot;
    lot.points = Points::of(500);
    lot.available_at = Instant{input.now.unix_seconds - kDay};
    input.customer->lots.push_back(lot);
    input.lines = {
        QuoteLine{"sku-4", "gift_cards", Money::minor(5000), Quantity::pieces(1), std::nullopt, false}};
    const auto capped = quote(compiled, input);
    CHECK(capped.totals.redeemed_points.is_zero());
    CHECK(below_minimum(capped) == 1);
}
