// Quote speed: a 50-line basket against 100 active programs of mixed types, and a 5-line basket against
// 10 programs; median and p99 per quote, and heap allocations per quote. A no-op baseline (copying the input,
// which a caller does anyway) is measured in the same run.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <vector>

#include "kassa/core/quote.hpp"

namespace {
std::atomic<std::uint64_t> g_allocations{0};
}

// Counting allocator: every heap allocation in the process goes through here.
void* operator new(std::size_t size) {
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size ? size : 1)) {
        return p;
    }
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}

using namespace kassa;

namespace {

std::vector<std::string> categories() {
    return {"dresses", "tops",      "skirts",   "shoes", "accessories",
            "bags",    "jewellery", "lingerie", "coats", "gift_cards"};
}

Rules make_rules(int program_count) {
    Rules r;
    r.currency = "EUR";
    const auto cats = categories();
    auto add = [&](std::string id, ProgramSettings s, Stacking stacking = Stacking::exclusive,
                   int priority = 100) {
        Program p;
        p.id = std::move(id);
        p.name = p.id;
        p.settings = std::move(s);
        p.stacking = stacking;
        p.priority = priority;
        r.programs.push_back(std::move(p));
    };
    BonusSettings bonus;
    bonus.accrual_rate = BasisPoints::bp(500);
    bonus.category_rates = {{"shoes", BasisPoints::bp(300)}};
    bonus.excluded_categories = {"gift_cards"};
    bonus.redeem_cap = BasisPoints::bp(5000);
    bonus.min_redeem = Points::of(100);
    bonus.hold_days = 14;
    bonus.expiry_days = 365;
    add("bonus", bonus);
    TierSettings tiers;
    tiers.levels = {{"Silver", Money::minor(50000), BasisPoints::bp(300), BasisPoints::bp(100)},
                    {"Gold", Money::minor(150000), BasisPoints::bp(500), BasisPoints::bp(200)}};
    add("tiers", tiers);
    BirthdaySettings birthday;
    birthday.days_before = 3;
    birthday.days_after = 3;
    birthday.effect = PercentOff{BasisPoints::bp(1000)};
    add("birthday", birthday);
    if (program_count <= 10) {
        PromotionSettings p1;
        p1.conditions.categories = {"accessories"};
        p1.effect = BuyNGetM{2, 1};
        add("acc-3for2", p1);
        PromotionSettings p2;
        p2.conditions.weekdays = {3};
        p2.conditions.segments = {"regular"};
        p2.effect = PointsMultiplier{BasisPoints::bp(20000)};
        add("wednesday", p2);
        StampSettings stamps;
        stamps.goal = 10;
        stamps.min_amount = Money::minor(3000);
        stamps.reward = AmountOff{Money::minor(2000)};
        add("stamps", stamps);
        CouponSettings coupon;
        coupon.public_code = "AUTUMN10";
        coupon.effect = PercentOff{BasisPoints::bp(1000)};
        add("autumn", coupon);
        FixedDiscountSettings staff;
        staff.discount = BasisPoints::bp(1500);
        staff.segments = {"staff"};
        add("staff", staff);
        NextOrderCouponSettings next;
        next.threshold = Money::minor(10000);
        next.effect = AmountOff{Money::minor(500)};
        add("next", next);
        ReactivationSettings reactivation;
        reactivation.points = Points::of(300);
        add("reactivation", reactivation);
        return r;
    }
    for (int i = 0; static_cast<int>(r.programs.size()) < program_count; ++i) {
        const std::string cat = cats[static_cast<std::size_t>(i) % (cats.size() - 1)];
        const std::string id = "p" + std::to_string(i);
        switch (i % 10) {
            case 0: {
                PromotionSettings p;
                p.conditions.categories = {cat};
                p.effect = PercentOff{BasisPoints::bp(500 + 100 * (i % 5))};
                add(id, p, i % 3 == 0 ? Stacking::combinable : Stacking::exclusive, i);
                break;
            }
            case 1: {
                PromotionSettings p;
                p.conditions.products = {"SKU-" + std::to_string(i % 50),
                                         "SKU-" + std::to_string((i * 7) % 50)};
                p.effect = FixedPrice{Money::minor(900 + i)};
                add(id, p, Stacking::exclusive, i);
                break;
            }
            case 2: {
                PromotionSettings p;
                p.conditions.categories = {cat};
                p.effect = BuyNGetM{2, 1};
                add(id, p, Stacking::exclusive, i);
                break;
            }
            case 3: {
                PromotionSettings p;
                BundlePrice b;
                b.items = {BundleItem{{}, {cat}, 1},
                           BundleItem{{}, {cats[(static_cast<std::size_t>(i) + 1) % 9]}, 1}};
                b.price = Money::minor(5000);
                p.effect = b;
                add(id, p, Stacking::combinable, i);
                break;
            }
            case 4: {
                PromotionSettings p;
                p.conditions.weekdays = {1, 3, 5};
                p.conditions.segments = {"regular"};
                p.effect = PointsMultiplier{BasisPoints::bp(15000 + 1000 * (i % 5))};
                add(id, p);
                break;
            }
            case 5: {
                CouponSettings c;
                c.public_code = "CODE" + std::to_string(i);
                c.effect = i % 2 ? RewardEffect{PercentOff{BasisPoints::bp(1000)}}
                                 : RewardEffect{AmountOff{Money::minor(500)}};
                c.categories = {cat};
                add(id, c);
                break;
            }
            case 6: {
                StampSettings s;
                s.goal = 10;
                s.categories = {cat};
                s.reward = FreeItem{};
                add(id, s);
                break;
            }
            case 7: {
                PromotionSettings p;
                p.conditions.segments = {"vip"};
                p.conditions.categories = {cat};
                p.effect = PercentOff{BasisPoints::bp(1200)};
                add(id, p);
                break;
            }
            case 8: {
                FixedDiscountSettings f;
                f.discount = BasisPoints::bp(700);
                f.segments = {"partner" + std::to_string(i)};
                add(id, f);
                break;
            }
            default: {
                PromotionSettings p;
                p.conditions.categories = {cat};
                p.conditions.min_basket = Money::minor(5000);
                p.effect = ExtraPoints{Points::of(50), 30};
                add(id, p);
                break;
            }
        }
    }
    return r;
}

QuoteInput make_input(int line_count) {
    QuoteInput in;
    in.now = parse_timestamp("2026-11-25T15:30:00+02:00").instant;
    CustomerState c;
    c.id = "c1";
    c.birthday = parse_date("1988-11-27");
    c.segments = {"regular", "vip"};
    c.purchases_count = 12;
    c.spend_lifetime = Money::minor(61250);
    for (int i = 0; i < 20; ++i) {
        c.lots.push_back(Lot{"", Points::of(100 + i), Instant{in.now.unix_seconds - 86400 * (30 + i)},
                             Instant{in.now.unix_seconds + 86400 * (300 - i)}, i});
    }
    for (int i = 0; i < 10; ++i) {
        c.stamps.emplace_back("p" + std::to_string(i * 10 + 6), i);
    }
    in.customer = c;
    const auto cats = categories();
    for (int i = 0; i < line_count; ++i) {
        QuoteLine l;
        l.sku = "SKU-" + std::to_string(i);
        l.category = cats[static_cast<std::size_t>(i) % cats.size()];
        l.unit_price = Money::minor(990 + 137 * i);
        l.qty = Quantity::thousandths(i % 7 == 6 ? 1250 : 1000 * (1 + i % 3));
        if (i % 5 == 0) {
            l.min_price = Money::minor(500 + 100 * i);
        }
        in.lines.push_back(l);
    }
    in.coupons = {CouponRef{"CODE5", {}, false, {}, {}}, CouponRef{"CODE15", {}, false, {}, {}}};
    in.redeem.kind = RedeemRequest::Kind::max;
    return in;
}

struct Figures {
    double median_us;
    double p99_us;
    double allocations;
};

template <typename Fn>
Figures measure(Fn&& fn, int iterations) {
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(iterations));
    for (int i = 0; i < iterations / 10; ++i) {
        fn();  // warm up caches and the allocator
    }
    const auto before = g_allocations.load();
    for (int i = 0; i < iterations; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        const auto t1 = std::chrono::steady_clock::now();
        samples.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    const auto allocations = g_allocations.load() - before;
    std::sort(samples.begin(), samples.end());
    return Figures{samples[samples.size() / 2], samples[samples.size() * 99 / 100],
                   static_cast<double>(allocations) / iterations};
}

void report(const char* name, const Figures& f) {
    std::printf("%-34s median %8.2f us   p99 %8.2f us   %8.1f allocations/quote\n", name, f.median_us,
                f.p99_us, f.allocations);
}

}  // namespace

int main(int argc, char** argv) {
    const int iterations = argc > 1 ? std::atoi(argv[1]) : 20000;
    auto zone = std::make_shared<FixedOffsetZone>(7200);
    for (const auto& [lines, programs] : {std::pair{50, 100}, std::pair{5, 10}}) {
        const CompiledRules rules(make_rules(programs), zone);
        const QuoteInput input = make_input(lines);
        std::size_t sink = 0;
        const auto baseline = measure(
            [&] {
                QuoteInput copy = input;  // what a caller pays before quoting anyway
                sink += copy.lines.size();
            },
            iterations);
        const auto q = measure([&] { sink += quote(rules, input).lines.size(); }, iterations);
        char label[64];
        std::snprintf(label, sizeof label, "baseline copy %dx%d", lines, programs);
        report(label, baseline);
        std::snprintf(label, sizeof label, "quote %d lines x %d programs", lines,
                      static_cast<int>(rules.program_count()));
        report(label, q);
        if (sink == 0) {
            std::puts("");
        }
    }
    return 0;
}
