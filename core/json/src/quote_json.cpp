#include "kassa/core_json/quote_json.hpp"

#include <nlohmann/json.hpp>

#include "kassa/core_json/rules_json.hpp"
#include "object_reader.hpp"

namespace kassa::json {

namespace {

using detail::index_path;
using detail::ObjectReader;
using detail::Problems;
using nlohmann::json;

constexpr std::int64_t kMaxMoney = 1'000'000'000'000;
constexpr std::size_t kMaxLines = 10000;
constexpr std::size_t kMaxLots = 100000;

// Input problems stop the quote at the first one: the caller gets one clear line.
[[noreturn]] void fail(Problems& problems) {
    const auto& first = problems.list().front();
    throw InputError(first.path + ": " + first.reason);
}

void check(Problems& problems) {
    if (!problems.empty()) {
        fail(problems);
    }
}

Instant timestamp(ObjectReader& r, const std::string& key, bool required, std::int32_t* offset = nullptr) {
    const auto text = r.string(key, required, 64);
    if (!text) {
        return Instant{};
    }
    try {
        const auto parsed = parse_timestamp(*text);
        if (offset) {
            *offset = parsed.offset_seconds;
        }
        return parsed.instant;
    } catch (const std::invalid_argument& e) {
        r.problems().add(r.path_of(key), RuleProblem::quote_input, e.what());
        return Instant{};
    }
}

CustomerState read_customer(const json& value, Problems& problems) {
    CustomerState c;
    ObjectReader r(value, "customer", problems);
    c.id = r.string("id", false, 64).value_or("");
    c.birthday = r.date("birthday");
    c.segments = r.strings("segments", 100);
    c.purchases_count = r.integer_or("purchases_count", 0, 0, 100'000'000);
    c.spend_lifetime = Money::minor(r.integer_or("spend_lifetime", 0, 0, kMaxMoney * 1000));
    c.spend_window = Money::minor(r.integer_or("spend_window", 0, 0, kMaxMoney * 1000));
    if (r.has("last_purchase_at")) {
        c.last_purchase_at = timestamp(r, "last_purchase_at", false);
    }
    if (const auto* lots = r.array("lots", false, kMaxLots)) {
        for (std::size_t i = 0; i < lots->size(); ++i) {
            ObjectReader l((*lots)[i], index_path("customer.lots", i), problems);
            Lot lot;
            lot.id = l.string("id", false, 64).value_or("");
            lot.points = Points::of(l.integer("points", 0, 1'000'000'000'000, true).value_or(0));
            lot.available_at = timestamp(l, "available_at", true);
            if (l.has("expires_at")) {
                lot.expires_at = timestamp(l, "expires_at", false);
            }
            lot.ledger_order = static_cast<std::int64_t>(i);
            c.lots.push_back(std::move(lot));
        }
    }
    if (const auto* stamps = r.object("stamps")) {
        for (const auto& [program, count] : stamps->items()) {
            if (!count.is_number_integer() || count.get<std::int64_t>() < 0 ||
                count.get<std::int64_t>() > 1'000'000) {
                problems.add("customer.stamps." + program, RuleProblem::quote_input,
                             "must be a whole number of stamps, 0 or more");
                continue;
            }
            c.stamps.emplace_back(program, count.get<std::int64_t>());
        }
    }
    if (const auto year = r.integer("birthday_used_year", 1900, 9999)) {
        c.birthday_used_year = static_cast<int>(*year);
    }
    c.referred_by = r.string("referred_by", false, 64).value_or("");
    return c;
}

QuoteLine read_line(const json& value, std::size_t index, Problems& problems) {
    QuoteLine line;
    ObjectReader r(value, index_path("lines", index), problems);
    line.sku = r.string("sku", true, 64).value_or("");
    line.category = r.string("category", false, 64).value_or("");
    const auto price = r.integer("unit_price", std::numeric_limits<std::int64_t>::min(), kMaxMoney, true);
    if (price && *price < 0) {
        problems.add(r.path_of("unit_price"), RuleProblem::quote_input, "must not be negative");
    }
    line.unit_price = Money::minor(price.value_or(0));
    const auto qty = r.integer("qty", std::numeric_limits<std::int64_t>::min(), 1'000'000'000, true);
    if (qty && *qty <= 0) {
        problems.add(r.path_of("qty"), RuleProblem::quote_input,
                     "must be above 0 (thousandths: 1000 is one piece; returns are refunds)");
    }
    line.qty = Quantity::thousandths(qty.value_or(0));
    if (const auto min = r.integer("min_price", 0, kMaxMoney)) {
        line.min_price = Money::minor(*min);
        if (price && *min > *price) {
            problems.add(r.path_of("min_price"), RuleProblem::quote_input, "must not be above unit_price");
        }
    }
    line.by_weight = r.boolean_or("by_weight", false);
    return line;
}

CouponRef read_coupon(const json& value, std::size_t index, Problems& problems) {
    CouponRef ref;
    const std::string path = index_path("coupons", index);
    if (value.is_string()) {
        ref.code = value.get<std::string>();
        if (ref.code.empty() || ref.code.size() > 64) {
            problems.add(path, RuleProblem::quote_input, "a coupon code is 1 to 64 characters");
        }
        return ref;
    }
    ObjectReader r(value, path, problems);
    ref.code = r.string("code", true, 64).value_or("");
    ref.program = r.string("program", false, 64).value_or("");
    ref.used = r.boolean_or("used", false);
    ref.valid_from = r.date("valid_from");
    ref.valid_to = r.date("valid_to");
    return ref;
}

}  // namespace

QuoteRequest read_quote_request(const json& document) {
    Problems problems;
    QuoteRequest request;
    {
        ObjectReader r(document, "", problems);
        if (!r.valid()) {
            fail(problems);
        }
        request.input.now = timestamp(r, "now", true, &request.input.now_offset_seconds);
        check(problems);
        if (const auto* rules = r.object("rules", true)) {
            auto read = read_rules(*rules, "rules.");
            if (!read.errors.empty()) {
                throw InputError("the rules are invalid: " + describe(read.errors));
            }
            request.rules = std::move(*read.rules);
        }
        check(problems);
        if (const auto currency = r.string("currency", false, 3);
            currency && *currency != request.rules.currency) {
            if (!currency_minor_digits(*currency)) {
                problems.add("currency", RuleProblem::quote_input,
                             "'" + *currency + "' is not an ISO 4217 currency code");
            } else {
                problems.add("currency", RuleProblem::quote_input,
                             "the basket is in " + *currency + " but the shop's rules are in " +
                                 request.rules.currency);
            }
        }
        if (const auto lang = r.choice("language", {"en", "ru", "et"})) {
            request.input.language = language_from_string(*lang);
        }
        if (const auto* customer = r.object("customer")) {
            request.input.customer = read_customer(*customer, problems);
        }
        if (const auto* lines = r.array("lines", true, kMaxLines)) {
            for (std::size_t i = 0; i < lines->size(); ++i) {
                request.input.lines.push_back(read_line((*lines)[i], i, problems));
            }
        }
        if (const auto* coupons = r.array("coupons", false, 100)) {
            for (std::size_t i = 0; i < coupons->size(); ++i) {
                request.input.coupons.push_back(read_coupon((*coupons)[i], i, problems));
            }
        }
        if (r.has("redeem_points")) {
            const auto* v = &document["redeem_points"];
            if (v->is_string() && v->get<std::string>() == "max") {
                request.input.redeem.kind = RedeemRequest::Kind::max;
            } else if (v->is_number_integer() && v->get<std::int64_t>() >= 0 &&
                       v->get<std::int64_t>() <= 1'000'000'000'000) {
                request.input.redeem.kind = RedeemRequest::Kind::points;
                request.input.redeem.points = Points::of(v->get<std::int64_t>());
            } else {
                problems.add("redeem_points", RuleProblem::quote_input,
                             "must be a whole number of points, 0 or more, or \"max\"");
            }
        }
    }
    check(problems);
    return request;
}

namespace {

json money_json(Money m) {
    return m.minor_units();
}

json optional_time(const std::optional<Instant>& t, const TimeZone& zone) {
    return t ? json(format_timestamp(*t, zone)) : json(nullptr);
}

std::string_view kind_name(MessageKind kind) {
    switch (kind) {
        case MessageKind::hint:
            return "hint";
        case MessageKind::gift:
            return "gift";
        case MessageKind::warning:
            return "warning";
        case MessageKind::info:
            break;
    }
    return "info";
}

}  // namespace

json write_quote_result(const QuoteResult& result, const TimeZone& zone) {
    json out = json::object();
    json lines = json::array();
    for (const auto& l : result.lines) {
        json discounts = json::array();
        for (const auto& d : l.discounts) {
            discounts.push_back({{"program", d.program}, {"amount", money_json(d.amount)}, {"text", d.text}});
        }
        lines.push_back({{"sku", l.sku},
                         {"gross", money_json(l.gross)},
                         {"discounts", std::move(discounts)},
                         {"net", money_json(l.net)},
                         {"redeemed", money_json(l.redeemed)},
                         {"points", l.points.value()}});
    }
    out["lines"] = std::move(lines);
    const auto& t = result.totals;
    out["totals"] = {{"gross", money_json(t.gross)},
                     {"discount", money_json(t.discount)},
                     {"net", money_json(t.net)},
                     {"redeemed_points", t.redeemed_points.value()},
                     {"redeemed_money", money_json(t.redeemed_money)},
                     {"payable", money_json(t.payable)},
                     {"points_earned", t.points_earned.value()},
                     {"points_available_at", optional_time(t.points_available_at, zone)},
                     {"points_expire_at", optional_time(t.points_expire_at, zone)}};
    json stamps = json::array();
    for (const auto& s : result.stamps) {
        stamps.push_back({{"program", s.program},
                          {"before", s.before},
                          {"used", s.used},
                          {"earned", s.earned},
                          {"after", s.after},
                          {"goal", s.goal}});
    }
    out["stamps"] = std::move(stamps);
    json issued = json::array();
    for (const auto& c : result.coupons_issued) {
        issued.push_back({{"program", c.program},
                          {"valid_from", format_date(c.valid_from)},
                          {"valid_to", format_date(c.valid_to)},
                          {"text", c.text}});
    }
    out["coupons_issued"] = std::move(issued);
    json applied = json::array();
    for (const auto& c : result.coupons_applied) {
        applied.push_back({{"code", c.code}, {"program", c.program}, {"amount", money_json(c.amount)}});
    }
    out["coupons_applied"] = std::move(applied);
    json fixed = json::array();
    for (const auto& f : result.fixed_points) {
        fixed.push_back({{"program", f.program},
                         {"beneficiary",
                          f.beneficiary == FixedPointsEntry::Beneficiary::referrer ? "referrer" : "customer"},
                         {"points", f.points.value()},
                         {"available_at", format_timestamp(f.available_at, zone)},
                         {"expires_at", optional_time(f.expires_at, zone)},
                         {"text", f.text}});
    }
    out["fixed_points"] = std::move(fixed);
    json messages = json::array();
    for (const auto& m : result.messages) {
        messages.push_back({{"kind", kind_name(m.kind)}, {"program", m.program}, {"text", m.text}});
    }
    out["messages"] = std::move(messages);
    json rejected = json::array();
    for (const auto& r : result.rejected) {
        json item = {{"reason", to_string(r.reason)}, {"text", r.text}};
        if (!r.program.empty()) {
            item["program"] = r.program;
        }
        if (!r.coupon.empty()) {
            item["coupon"] = r.coupon;
        }
        rejected.push_back(std::move(item));
    }
    out["rejected"] = std::move(rejected);
    if (result.tier) {
        const auto& tp = *result.tier;
        out["tier"] = {{"program", tp.program},
                       {"level_before", tp.level_before},
                       {"level_after", tp.level_after},
                       {"spend_before", money_json(tp.spend_before)},
                       {"spend_after", money_json(tp.spend_after)},
                       {"next_level", tp.next_level},
                       {"to_next_level", money_json(tp.to_next_level)}};
    } else {
        out["tier"] = nullptr;
    }
    if (result.redemption) {
        const auto& r = *result.redemption;
        out["redemption"] = {{"program", r.program},
                             {"balance", r.balance.value()},
                             {"cap", r.cap.value()},
                             {"max_allowed", r.max_allowed.value()},
                             {"minimum", r.minimum.value()}};
    } else {
        out["redemption"] = nullptr;
    }
    out["spend"] = money_json(result.spend);
    out["birthday_used_year"] = result.birthday_used_year ? json(*result.birthday_used_year) : json(nullptr);
    return out;
}

}  // namespace kassa::json
