// The owner's reports and outreach lists, read from one WAL snapshot of the shop's file.
// docs/reports.md is the reader's side of this file: change both together.

#include "kassa/store/reports.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string_view>

#include "guarded.hpp"
#include "kassa/core/personal.hpp"
#include "kassa/core/rules.hpp"
#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/database.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"
#include "ledger_writer.hpp"
#include "rules_select.hpp"
#include "shop_settings.hpp"

namespace kassa::store {

namespace {

namespace chr = std::chrono;
using chr::year_month_day;
using Kind = ReportColumn::Kind;

constexpr std::int64_t kDaySeconds = 86400;

year_month_day add_days(year_month_day day, int days) {
    return year_month_day{chr::sys_days{day} + chr::days{days}};
}

std::int64_t days_between(year_month_day from, year_month_day to) {
    return (chr::sys_days{to} - chr::sys_days{from}).count();
}

// Half away from zero, so an average of 0.5 cents is 1 cent and the test's SQL can say the same in one line.
std::int64_t divide_rounded(std::int64_t numerator, std::int64_t denominator) {
    const std::int64_t half = denominator / 2;
    return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
}

// An average over nothing is no value, not zero: an empty period has no average check.
ReportCell average(std::int64_t sum, std::int64_t count) {
    if (count == 0) {
        return std::monostate{};
    }
    return divide_rounded(sum, count);
}

// A share in basis points (10000 = 100%).
ReportCell basis_points(std::int64_t part, std::int64_t whole) {
    if (whole == 0) {
        return std::monostate{};
    }
    return divide_rounded(part * 10000, whole);
}

// The current rules; none (an empty document) when the shop has not saved any or the saved one does not read,
// so the figures that need no rules are still given.
Rules current_rules(SQLite::Database& db) {
    SQLite::Statement q(db, std::string("SELECT document") + detail::kCurrentRulesFrom);
    if (!q.executeStep()) {
        return {};
    }
    const auto document = nlohmann::json::parse(q.getColumn(0).getString(), nullptr, false);
    if (document.is_discarded()) {
        return {};
    }
    auto read = json::read_rules(document);
    return read.rules ? std::move(*read.rules) : Rules{};
}

const Program* find_program(const Rules& rules, const std::string& id) {
    for (const auto& p : rules.programs) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

// What one point is worth: the bonus program's point value, or the engine's default of one minor unit.
std::int64_t point_value(const Rules& rules) {
    for (const auto& p : rules.programs) {
        if (const auto* bonus = std::get_if<BonusSettings>(&p.settings)) {
            return bonus->point_value.minor_units();
        }
    }
    return BonusSettings{}.point_value.minor_units();
}

std::string instant_text(Instant at) {
    return detail::iso(at);
}

// The first instant of a local day in the shop's zone, as stored instants are written (UTC text compares in
// time order).
Instant day_start(const TimeZone& zone, year_month_day day) {
    return zone.from_local(LocalDateTime{day, 0});
}

// ISO 8601 week of a date: its Monday and its label "2026-W07".
struct IsoWeek {
    year_month_day monday;
    std::string label;
};

IsoWeek iso_week(year_month_day day) {
    const chr::sys_days d{day};
    const unsigned weekday = chr::weekday{d}.iso_encoding();  // Monday 1 .. Sunday 7
    const chr::sys_days monday = d - chr::days{weekday - 1};
    const year_month_day thursday{monday + chr::days{3}};  // the week belongs to its Thursday's year
    const chr::sys_days jan1{thursday.year() / chr::January / 1};
    const auto week = (chr::sys_days{thursday} - jan1).count() / 7 + 1;
    std::string label = std::to_string(static_cast<int>(thursday.year())) + "-W";
    if (week < 10) {
        label += '0';
    }
    label += std::to_string(week);
    return {year_month_day{monday}, label};
}

class Period {
  public:
    Period(year_month_day from, year_month_day to) : from_(format_date(from)), to_(format_date(to)) {}
    void bind(SQLite::Statement& q, int first = 1) const {
        q.bind(first, from_);
        q.bind(first + 1, to_);
    }

  private:
    std::string from_;
    std::string to_;
};

// ---- promotions ----------------------------------------------------------------------------------------

struct ProgramFigures {
    std::int64_t receipts = 0;
    std::int64_t customers = 0;
    std::int64_t discount = 0;
    std::int64_t points = 0;
    std::int64_t revenue = 0;
};

struct PeriodFigures {
    std::int64_t receipts = 0;
    std::int64_t revenue = 0;
    std::map<std::string, ProgramFigures> programs;
};

// A receipt is touched by a program when one of its lines carries a discount of that program, or when the
// program credited points for it (ledger accruals name their program: the bonus program for the purchase's
// points, the promotion, welcome or referral program for its fixed points).
PeriodFigures promotion_figures(SQLite::Database& db, year_month_day from, year_month_day to) {
    PeriodFigures f;
    const Period period(from, to);
    {
        SQLite::Statement q(
            db, "SELECT count(*), coalesce(sum(net), 0) FROM receipts WHERE business_day BETWEEN ? AND ?");
        period.bind(q);
        q.executeStep();
        f.receipts = q.getColumn(0).getInt64();
        f.revenue = q.getColumn(1).getInt64();
    }
    SQLite::Statement q(db, R"sql(
WITH period AS (SELECT id, customer_id, net FROM receipts WHERE business_day BETWEEN ?1 AND ?2),
touch AS (
    SELECT json_extract(d.value, '$.program') AS program, p.id AS receipt,
           json_extract(d.value, '$.amount') AS discount, 0 AS points
    FROM period p JOIN receipt_lines l ON l.receipt_id = p.id, json_each(l.discounts) d
    UNION ALL
    SELECT g.program, p.id, 0, g.points
    FROM period p JOIN ledger g ON g.receipt_id = p.id
    WHERE g.kind = 'accrue' AND g.program <> ''
),
per_receipt AS (
    SELECT program, receipt, sum(discount) AS discount, sum(points) AS points FROM touch GROUP BY program, receipt
)
SELECT r.program, count(*), count(DISTINCT p.customer_id), sum(r.discount), sum(r.points), sum(p.net)
FROM per_receipt r JOIN period p ON p.id = r.receipt
GROUP BY r.program
)sql");
    period.bind(q);
    while (q.executeStep()) {
        f.programs[q.getColumn(0).getString()] =
            ProgramFigures{q.getColumn(1).getInt64(), q.getColumn(2).getInt64(), q.getColumn(3).getInt64(),
                           q.getColumn(4).getInt64(), q.getColumn(5).getInt64()};
    }
    return f;
}

ReportTable promotions(SQLite::Database& db, const Rules& rules, year_month_day from, year_month_day to) {
    ReportTable t;
    t.name = "promotions";
    t.columns = {{"program", Kind::text},
                 {"name", Kind::text},
                 {"type", Kind::text},
                 {"reason", Kind::text},
                 {"slogan", Kind::text},
                 {"receipts", Kind::integer},
                 {"customers", Kind::integer},
                 {"discount_cost", Kind::money},
                 {"points_issued", Kind::integer},
                 {"points_cost", Kind::money},
                 {"revenue", Kind::money},
                 {"avg_check_with", Kind::money},
                 {"avg_check_without", Kind::money},
                 {"check_difference", Kind::money},
                 {"prev_receipts", Kind::integer},
                 {"prev_customers", Kind::integer},
                 {"prev_discount_cost", Kind::money},
                 {"prev_points_issued", Kind::integer},
                 {"prev_points_cost", Kind::money},
                 {"prev_revenue", Kind::money},
                 {"prev_avg_check_with", Kind::money},
                 {"prev_avg_check_without", Kind::money},
                 {"revenue_uplift", Kind::money},
                 {"revenue_uplift_bp", Kind::integer}};
    const auto length = static_cast<int>(days_between(from, to)) + 1;
    const PeriodFigures now = promotion_figures(db, from, to);
    const PeriodFigures before = promotion_figures(db, add_days(from, -length), add_days(from, -1));
    const std::int64_t value = point_value(rules);
    for (const auto& [id, p] : now.programs) {
        const Program* program = find_program(rules, id);
        const auto* promotion = program ? std::get_if<PromotionSettings>(&program->settings) : nullptr;
        const auto found = before.programs.find(id);
        const ProgramFigures prev = found == before.programs.end() ? ProgramFigures{} : found->second;
        const ReportCell with = average(p.revenue, p.receipts);
        const ReportCell without = average(now.revenue - p.revenue, now.receipts - p.receipts);
        ReportCell difference;
        if (std::holds_alternative<std::int64_t>(with) && std::holds_alternative<std::int64_t>(without)) {
            difference = std::get<std::int64_t>(with) - std::get<std::int64_t>(without);
        }
        t.rows.push_back({id,
                          program ? program->name : std::string(),
                          program ? std::string(to_string(program->type())) : std::string(),
                          promotion ? promotion->reason : std::string(),
                          promotion ? promotion->slogan : std::string(),
                          p.receipts,
                          p.customers,
                          p.discount,
                          p.points,
                          p.points * value,
                          p.revenue,
                          with,
                          without,
                          difference,
                          prev.receipts,
                          prev.customers,
                          prev.discount,
                          prev.points,
                          prev.points * value,
                          prev.revenue,
                          average(prev.revenue, prev.receipts),
                          average(before.revenue - prev.revenue, before.receipts - prev.receipts),
                          p.revenue - prev.revenue,
                          basis_points(p.revenue - prev.revenue, prev.revenue)});
    }
    return t;
}

// ---- customers -----------------------------------------------------------------------------------------

ReportTable pareto(SQLite::Database& db, year_month_day from, year_month_day to) {
    std::vector<std::pair<std::int64_t, std::string>> spend;
    SQLite::Statement q(db,
                        "SELECT customer_id, sum(net) FROM receipts WHERE business_day BETWEEN ? AND ? "
                        "AND customer_id IS NOT NULL GROUP BY customer_id");
    Period(from, to).bind(q);
    std::int64_t total = 0;
    while (q.executeStep()) {
        spend.emplace_back(q.getColumn(1).getInt64(), q.getColumn(0).getString());
        total += spend.back().first;
    }
    // Biggest spenders first; equal spend in id order, so the same data gives the same top.
    std::sort(spend.begin(), spend.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    const auto customers = static_cast<std::int64_t>(spend.size());
    const std::int64_t top = (customers + 4) / 5;  // 20%, rounded up: one customer of three is the top
    std::int64_t top_revenue = 0;
    for (std::int64_t i = 0; i < top; ++i) {
        top_revenue += spend[static_cast<std::size_t>(i)].first;
    }
    ReportTable t;
    t.name = "pareto";
    t.columns = {{"customers", Kind::integer},
                 {"top_customers", Kind::integer},
                 {"top_revenue", Kind::money},
                 {"customer_revenue", Kind::money},
                 {"top_share_bp", Kind::integer}};
    t.rows.push_back({customers, top, top_revenue, total, basis_points(top_revenue, total)});
    return t;
}

ReportTable repeat(SQLite::Database& db, year_month_day from, year_month_day to) {
    SQLite::Statement q(db, R"sql(
SELECT count(*), coalesce(sum(n >= 2), 0) FROM (
    SELECT count(*) AS n FROM receipts WHERE business_day BETWEEN ? AND ? AND customer_id IS NOT NULL
    GROUP BY customer_id)
)sql");
    Period(from, to).bind(q);
    q.executeStep();
    const std::int64_t buyers = q.getColumn(0).getInt64();
    const std::int64_t repeaters = q.getColumn(1).getInt64();
    ReportTable t;
    t.name = "repeat";
    t.columns = {
        {"customers", Kind::integer}, {"repeat_customers", Kind::integer}, {"repeat_rate_bp", Kind::integer}};
    t.rows.push_back({buyers, repeaters, basis_points(repeaters, buyers)});
    return t;
}

// The gaps between a customer's consecutive purchases add up to the days from the first to the last, so the
// average gap over every customer is their total span over their total number of gaps.
ReportTable cycle(SQLite::Database& db, year_month_day from, year_month_day to) {
    SQLite::Statement q(db,
                        "SELECT count(*), min(business_day), max(business_day) FROM receipts "
                        "WHERE business_day BETWEEN ? AND ? AND customer_id IS NOT NULL GROUP BY customer_id "
                        "HAVING count(*) >= 2");
    Period(from, to).bind(q);
    std::int64_t customers = 0;
    std::int64_t gaps = 0;
    std::int64_t span = 0;
    while (q.executeStep()) {
        ++customers;
        gaps += q.getColumn(0).getInt64() - 1;
        span += days_between(parse_date(q.getColumn(1).getString()), parse_date(q.getColumn(2).getString()));
    }
    ReportTable t;
    t.name = "cycle";
    t.columns = {{"customers", Kind::integer},
                 {"gaps", Kind::integer},
                 {"total_days", Kind::integer},
                 {"average_days_x100", Kind::integer}};
    t.rows.push_back({customers, gaps, span, average(span * 100, gaps)});
    return t;
}

ReportTable segments(SQLite::Database& db, year_month_day from, year_month_day to) {
    SQLite::Statement q(
        db,
        "SELECT s.segment, count(*), count(DISTINCT r.customer_id), sum(r.net) FROM receipts r "
        "JOIN customer_segments s ON s.customer_id = r.customer_id "
        "WHERE r.business_day BETWEEN ? AND ? GROUP BY s.segment ORDER BY s.segment");
    Period(from, to).bind(q);
    ReportTable t;
    t.name = "segments";
    t.columns = {{"segment", Kind::text},
                 {"receipts", Kind::integer},
                 {"customers", Kind::integer},
                 {"revenue", Kind::money},
                 {"average_check", Kind::money}};
    while (q.executeStep()) {
        const std::int64_t receipts = q.getColumn(1).getInt64();
        const std::int64_t revenue = q.getColumn(3).getInt64();
        t.rows.push_back({q.getColumn(0).getString(), receipts, q.getColumn(2).getInt64(), revenue,
                          average(revenue, receipts)});
    }
    return t;
}

// A customer is new in the ISO week of her first receipt ever (before the period too) and returning in every
// later week she buys in.
ReportTable weekly(SQLite::Database& db, year_month_day from, year_month_day to) {
    SQLite::Statement q(db, R"sql(
SELECT r.customer_id, r.business_day, f.first_day FROM receipts r
JOIN (SELECT customer_id, min(business_day) AS first_day FROM receipts WHERE customer_id IS NOT NULL
      GROUP BY customer_id) f ON f.customer_id = r.customer_id
WHERE r.business_day BETWEEN ? AND ?
)sql");
    Period(from, to).bind(q);
    struct Week {
        std::string label;
        std::set<std::string> fresh;
        std::set<std::string> returning;
    };
    std::map<chr::sys_days, Week> weeks;
    while (q.executeStep()) {
        const IsoWeek week = iso_week(parse_date(q.getColumn(1).getString()));
        const IsoWeek first = iso_week(parse_date(q.getColumn(2).getString()));
        Week& w = weeks[chr::sys_days{week.monday}];
        w.label = week.label;
        (first.monday == week.monday ? w.fresh : w.returning).insert(q.getColumn(0).getString());
    }
    ReportTable t;
    t.name = "weekly";
    t.columns = {{"week", Kind::text},
                 {"week_start", Kind::text},
                 {"new_customers", Kind::integer},
                 {"returning_customers", Kind::integer}};
    for (const auto& [monday, w] : weeks) {
        t.rows.push_back({w.label, format_date(year_month_day{monday}),
                          static_cast<std::int64_t>(w.fresh.size()),
                          static_cast<std::int64_t>(w.returning.size())});
    }
    return t;
}

// ---- points --------------------------------------------------------------------------------------------

// The last day of the month after `day`, or the same day number when that month has it (31 January -> 28
// February, 15 March -> 15 April).
year_month_day month_after(year_month_day day) {
    const year_month_day next = day + chr::months{1};
    if (next.ok()) {
        return next;
    }
    return year_month_day{chr::year_month_day_last{next.year(), chr::month_day_last{next.month()}}};
}

ReportTable points(SQLite::Database& db, const TimeZone& zone, const Rules& rules, year_month_day from,
                   year_month_day to) {
    const Instant start = day_start(zone, from);
    const Instant end = day_start(zone, add_days(to, 1));
    std::map<std::string, std::int64_t> by_kind;
    {
        SQLite::Statement q(db,
                            "SELECT kind, sum(points) FROM ledger WHERE created_at >= ? AND created_at < ? "
                            "GROUP BY kind");
        q.bind(1, instant_text(start));
        q.bind(2, instant_text(end));
        while (q.executeStep()) {
            by_kind[q.getColumn(0).getString()] = q.getColumn(1).getInt64();
        }
    }
    // The balances as they stood at the end of --to: each lot credited by then that had not expired, less the
    // movements out of it booked by then. Lots are what the till spends from, so this is the customers'
    // spendable plus pending points, whatever was written after.
    const Instant horizon = day_start(zone, add_days(month_after(to), 1));
    std::int64_t spendable = 0;
    std::int64_t pending = 0;
    std::int64_t expiring = 0;
    {
        SQLite::Statement q(db, R"sql(
WITH moved AS (
    SELECT m.lot_id, sum(m.points) AS points FROM lot_movements m JOIN ledger g ON g.id = m.ledger_id
    WHERE g.created_at < ?1 GROUP BY m.lot_id
)
SELECT l.available_at <= ?2, l.expires_at IS NOT NULL AND l.expires_at <= ?3,
       sum(l.points + coalesce(moved.points, 0))
FROM lots l JOIN ledger c ON c.id = l.id LEFT JOIN moved ON moved.lot_id = l.id
WHERE c.created_at < ?1 AND (l.expires_at IS NULL OR l.expires_at > ?2)
GROUP BY 1, 2
)sql");
        q.bind(1, instant_text(end));
        q.bind(2, end.unix_seconds);
        q.bind(3, horizon.unix_seconds);
        while (q.executeStep()) {
            const std::int64_t balance = q.getColumn(2).getInt64();
            (q.getColumn(0).getInt() != 0 ? spendable : pending) += balance;
            if (q.getColumn(1).getInt() != 0) {
                expiring += balance;
            }
        }
    }
    const std::int64_t earned = by_kind["accrue"];
    const std::int64_t spent = -by_kind["redeem"];
    const std::int64_t value = point_value(rules);
    ReportTable t;
    t.name = "points";
    t.columns = {{"earned", Kind::integer},
                 {"spent", Kind::integer},
                 {"redemption_bp", Kind::integer},
                 {"expired", Kind::integer},
                 {"adjusted", Kind::integer},
                 {"reversed_by_refunds", Kind::integer},
                 {"restored_by_refunds", Kind::integer},
                 {"spendable", Kind::integer},
                 {"pending", Kind::integer},
                 {"point_value", Kind::money},
                 {"liability", Kind::money},
                 {"expiring_points", Kind::integer},
                 {"expiring_value", Kind::money},
                 {"expiring_through", Kind::text}};
    t.rows.push_back({earned, spent, basis_points(spent, earned), -by_kind["expire"], by_kind["adjust"],
                      -by_kind["refund_reverse"], by_kind["refund_restore"], spendable, pending, value,
                      (spendable + pending) * value, expiring, expiring * value,
                      format_date(month_after(to))});
    return t;
}

// ---- outreach lists --------------------------------------------------------------------------------------

// The people a shop may write to: a marketing consent and the contact it is for, never an erased customer.
// The contact without a consent is left out of the row too, so an SMS service never gets an email address
// it may not use.
constexpr const char* kReachable = R"sql(
c.erased_at IS NULL AND ((c.sms_consent = 1 AND coalesce(c.phone, '') <> '')
                         OR (c.email_consent = 1 AND coalesce(c.email, '') <> ''))
)sql";

constexpr const char* kPersonColumns =
    "c.id, c.first_name, c.last_name, "
    "CASE WHEN c.sms_consent = 1 THEN coalesce(c.phone, '') ELSE '' END, "
    "CASE WHEN c.email_consent = 1 THEN coalesce(c.email, '') ELSE '' END";

std::vector<ReportColumn> person_columns() {
    return {{"customer_id", Kind::text}, {"first_name", Kind::text}, {"last_name", Kind::text},
            {"phone", Kind::text},       {"email", Kind::text},      {"consent", Kind::text}};
}

// The key of each marketing channel in a list's "consent" cell, written and read back (consent_channels).
constexpr std::pair<ConsentKind, std::string_view> kChannelKeys[] = {{ConsentKind::sms, "sms"},
                                                                     {ConsentKind::email, "email"}};

std::string channels_cell(const std::vector<ConsentKind>& channels) {
    std::string out;
    for (const ConsentKind channel : channels) {
        for (const auto& [kind, key] : kChannelKeys) {
            if (kind == channel) {
                out += (out.empty() ? "" : "+") + std::string(key);
            }
        }
    }
    return out;
}

// The person's cells from the first five columns of `q` (kPersonColumns).
std::vector<ReportCell> person(SQLite::Statement& q) {
    const std::string phone = q.getColumn(3).getString();
    const std::string email = q.getColumn(4).getString();
    std::vector<ConsentKind> channels;
    if (!phone.empty()) {
        channels.push_back(ConsentKind::sms);
    }
    if (!email.empty()) {
        channels.push_back(ConsentKind::email);
    }
    const std::string consent = channels_cell(channels);
    return {q.getColumn(0).getString(),
            q.getColumn(1).getString(),
            q.getColumn(2).getString(),
            phone,
            email,
            consent};
}

std::string person_query(const std::string& extra_columns, const std::string& rest) {
    return std::string("SELECT ") + kPersonColumns + extra_columns + " FROM customers c " + rest + " AND " +
           kReachable;
}

// This year's birthday on or after `today`, else next year's; 29 February is kept on 28 February in a
// common year, as the birthday program does.
year_month_day next_birthday(year_month_day birthday, year_month_day today) {
    for (int offset = 0; offset < 2; ++offset) {
        const chr::year y = today.year() + chr::years{offset};
        year_month_day occurrence{y, birthday.month(), birthday.day()};
        if (!occurrence.ok()) {
            occurrence = year_month_day{y, chr::February, chr::day{28}};
        }
        if (chr::sys_days{occurrence} >= chr::sys_days{today}) {
            return occurrence;
        }
    }
    return today;  // unreachable: next year's occurrence is always after today
}

ReportTable birthdays(SQLite::Database& db, year_month_day today, int days) {
    ReportTable t;
    t.name = "birthdays";
    t.columns = person_columns();
    t.columns.push_back({"birthday", Kind::text});
    t.columns.push_back({"next_birthday", Kind::text});
    SQLite::Statement q(db, person_query(", c.birthday", "WHERE c.birthday IS NOT NULL"));
    std::vector<std::pair<std::pair<chr::sys_days, std::string>, std::vector<ReportCell>>> found;
    while (q.executeStep()) {
        year_month_day birthday;
        try {
            birthday = parse_date(q.getColumn(5).getString());
        } catch (const std::invalid_argument&) {
            continue;  // a date the shop typed wrong is nobody's birthday
        }
        const year_month_day next = next_birthday(birthday, today);
        if (days_between(today, next) >= days) {
            continue;
        }
        auto row = person(q);
        row.emplace_back(format_date(birthday));
        row.emplace_back(format_date(next));
        found.push_back({{chr::sys_days{next}, q.getColumn(0).getString()}, std::move(row)});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& f : found) {
        t.rows.push_back(std::move(f.second));
    }
    return t;
}

ReportTable dormant(SQLite::Database& db, year_month_day today, int days) {
    ReportTable t;
    t.name = "dormant";
    t.columns = person_columns();
    t.columns.push_back({"last_purchase", Kind::text});
    t.columns.push_back({"days_since", Kind::integer});
    SQLite::Statement q(db,
                        person_query(", r.last_day",
                                     "JOIN (SELECT customer_id, max(business_day) AS last_day FROM receipts "
                                     "WHERE customer_id IS NOT NULL GROUP BY customer_id) r "
                                     "ON r.customer_id = c.id WHERE r.last_day <= ?") +
                            " ORDER BY r.last_day, c.id");
    // As the reactivation program counts: whole local days from the last purchase's business day.
    q.bind(1, format_date(add_days(today, -days)));
    while (q.executeStep()) {
        auto row = person(q);
        const std::string last = q.getColumn(5).getString();
        row.emplace_back(last);
        row.emplace_back(days_between(parse_date(last), today));
        t.rows.push_back(std::move(row));
    }
    return t;
}

ReportTable expiring(SQLite::Database& db, const TimeZone& zone, Instant now, int days) {
    ReportTable t;
    t.name = "expiring";
    t.columns = person_columns();
    t.columns.push_back({"points", Kind::integer});
    t.columns.push_back({"first_expiry", Kind::text});
    SQLite::Statement q(db,
                        person_query(", x.points, x.first_expiry",
                                     "JOIN (SELECT customer_id, sum(remaining) AS points, min(expires_at) AS "
                                     "first_expiry FROM lots WHERE remaining > 0 AND available_at <= ?1 "
                                     "AND expires_at > ?1 AND expires_at <= ?2 GROUP BY customer_id) x "
                                     "ON x.customer_id = c.id WHERE 1") +
                            " ORDER BY x.first_expiry, c.id");
    q.bind(1, now.unix_seconds);
    q.bind(2, now.unix_seconds + std::int64_t{days} * kDaySeconds);
    while (q.executeStep()) {
        auto row = person(q);
        row.emplace_back(q.getColumn(5).getInt64());
        row.emplace_back(format_timestamp(Instant{q.getColumn(6).getInt64()}, zone));
        t.rows.push_back(std::move(row));
    }
    return t;
}

bool runs_on(const Program& program, const PromotionSettings& promotion, year_month_day day) {
    if (!program.active || (program.valid_from && chr::sys_days{day} < chr::sys_days{*program.valid_from}) ||
        (program.valid_to && chr::sys_days{day} > chr::sys_days{*program.valid_to})) {
        return false;
    }
    const auto& weekdays = promotion.conditions.weekdays;
    const unsigned weekday = chr::weekday{chr::sys_days{day}}.iso_encoding();
    return weekdays.empty() || std::find(weekdays.begin(), weekdays.end(), weekday) != weekdays.end();
}

ReportTable client_day(SQLite::Database& db, const Rules& rules, year_month_day today,
                       const std::string& id) {
    if (id.empty()) {
        detail::refused(StoreProblem::client_day_program_missing);
    }
    const Program* program = find_program(rules, id);
    const auto* promotion = program ? std::get_if<PromotionSettings>(&program->settings) : nullptr;
    if (!promotion) {
        detail::refused(StoreProblem::no_such_promotion, {id});
    }
    ReportTable t;
    t.name = "client-day";
    t.columns = person_columns();
    t.columns.push_back({"client_day", Kind::text});
    t.columns.push_back({"segments", Kind::text});
    const year_month_day day = add_days(today, promotion->announce_days_before);
    if (!runs_on(*program, *promotion, day)) {
        t.note = ReportNote{ReportNote::Kind::not_announcement_day, id, day, promotion->announce_days_before};
        return t;
    }
    const auto& wanted = promotion->conditions.segments;
    SQLite::Statement q(db, person_query(", (SELECT group_concat(segment, ' ') FROM (SELECT segment FROM "
                                         "customer_segments s WHERE s.customer_id = c.id ORDER BY segment))",
                                         "WHERE 1") +
                                " ORDER BY c.id");
    while (q.executeStep()) {
        std::string matching;
        const std::string all = q.getColumn(5).isNull() ? std::string() : q.getColumn(5).getString();
        std::size_t at = 0;
        while (at < all.size()) {
            const std::size_t space = std::min(all.find(' ', at), all.size());
            const std::string segment = all.substr(at, space - at);
            if (std::find(wanted.begin(), wanted.end(), segment) != wanted.end()) {
                matching += (matching.empty() ? "" : " ") + segment;
            }
            at = space + 1;
        }
        // A client day without segments is for every cardholder the shop may write to.
        if (!wanted.empty() && matching.empty()) {
            continue;
        }
        auto row = person(q);
        row.emplace_back(format_date(day));
        row.emplace_back(matching);
        t.rows.push_back(std::move(row));
    }
    return t;
}

// ---- personal service (issue 9) ------------------------------------------------------------------------

// Customers whose usual interval between purchase days (kassa::median_gap_days, 3 purchase days or more)
// has passed by the margin, with what they usually buy: their most bought category and up to three products,
// by the number of receipts holding them.
ReportTable due(SQLite::Database& db, year_month_day today, std::int64_t margin_bp) {
    ReportTable t;
    t.name = "due";
    t.columns = person_columns();
    t.columns.push_back({"last_purchase", Kind::text});
    t.columns.push_back({"days_since", Kind::integer});
    t.columns.push_back({"cycle_days", Kind::integer});
    t.columns.push_back({"usual_category", Kind::text});
    t.columns.push_back({"usual_products", Kind::text});
    SQLite::Statement q(db, person_query("",
                                         "WHERE (SELECT count(DISTINCT r.business_day) FROM receipts r "
                                         "WHERE r.customer_id = c.id) >= 3") +
                                " ORDER BY c.id");
    SQLite::Statement days(
        db,
        "SELECT DISTINCT business_day FROM receipts WHERE customer_id = ? AND business_day <= ? "
        "ORDER BY business_day");
    SQLite::Statement category(
        db,
        "SELECT l.category FROM receipts r JOIN receipt_lines l ON l.receipt_id = r.id "
        "WHERE r.customer_id = ? GROUP BY l.category "
        "ORDER BY count(DISTINCT r.id) DESC, l.category LIMIT 1");
    SQLite::Statement products(db,
                               "SELECT l.name FROM receipts r JOIN receipt_lines l ON l.receipt_id = r.id "
                               "WHERE r.customer_id = ? GROUP BY l.sku "
                               "ORDER BY count(DISTINCT r.id) DESC, l.sku LIMIT 3");
    std::vector<std::pair<std::pair<std::int64_t, std::string>, std::vector<ReportCell>>> found;
    while (q.executeStep()) {
        const std::string id = q.getColumn(0).getString();
        days.bind(1, id);
        days.bind(2, format_date(today));
        std::vector<chr::sys_days> purchase_days;
        while (days.executeStep()) {
            purchase_days.emplace_back(parse_date(days.getColumn(0).getString()));
        }
        days.reset();
        if (purchase_days.empty()) {
            continue;
        }
        const year_month_day last{purchase_days.back()};
        const auto cycle = median_gap_days(std::move(purchase_days));
        if (!cycle) {
            continue;  // not enough history to know a rhythm
        }
        const std::int64_t since = days_between(last, today);
        if (!purchase_due(since, *cycle, margin_bp)) {
            continue;
        }
        auto row = person(q);
        row.emplace_back(format_date(last));
        row.emplace_back(since);
        row.emplace_back(*cycle);
        category.bind(1, id);
        row.emplace_back(category.executeStep() ? category.getColumn(0).getString() : std::string{});
        category.reset();
        products.bind(1, id);
        std::string names;
        while (products.executeStep()) {
            names += (names.empty() ? "" : "; ") + products.getColumn(0).getString();
        }
        products.reset();
        row.emplace_back(names);
        // Most overdue first: the days past the cycle.
        found.push_back({{-(since - *cycle), id}, std::move(row)});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& f : found) {
        t.rows.push_back(std::move(f.second));
    }
    return t;
}

// How often a suggestion shown at the till was followed: the shown product added to the same basket
// afterwards. By source (the owner's bundles, "often bought together") and in total, over the local days.
ReportTable suggestions_followed(SQLite::Database& db, const TimeZone& zone, year_month_day from,
                                 year_month_day to) {
    SQLite::Statement q(db,
                        "SELECT source, count(*), coalesce(sum(followed), 0) FROM suggestion_events "
                        "WHERE shown_at >= ? AND shown_at < ? GROUP BY source");
    q.bind(1, instant_text(day_start(zone, from)));
    q.bind(2, instant_text(day_start(zone, add_days(to, 1))));
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> by_source{{"bundle", {0, 0}},
                                                                           {"cooccurrence", {0, 0}}};
    while (q.executeStep()) {
        by_source[q.getColumn(0).getString()] = {q.getColumn(1).getInt64(), q.getColumn(2).getInt64()};
    }
    ReportTable t;
    t.name = "suggestions-followed";
    t.columns = {{"source", Kind::text},
                 {"shown", Kind::integer},
                 {"followed", Kind::integer},
                 {"followed_bp", Kind::integer}};
    std::int64_t shown = 0;
    std::int64_t followed = 0;
    for (const auto& [source, figures] : by_source) {
        t.rows.push_back(
            {source, figures.first, figures.second, basis_points(figures.second, figures.first)});
        shown += figures.first;
        followed += figures.second;
    }
    t.rows.push_back({std::string("total"), shown, followed, basis_points(followed, shown)});
    return t;
}

// The complaints recorded over the local days, oldest first: the owner's monthly look at what went wrong
// and what was done (issue 9). Names are empty for an erased customer; the receipt's number when there was
// one.
ReportTable complaints(SQLite::Database& db, const TimeZone& zone, year_month_day from, year_month_day to) {
    SQLite::Statement q(
        db,
        "SELECT k.created_at, coalesce(k.customer_id, r.customer_id, ''), coalesce(c.first_name, ''),"
        " coalesce(c.last_name, ''), r.number, k.reason, k.resolution, k.points, k.actor"
        " FROM complaints k LEFT JOIN receipts r ON r.id = k.receipt_id"
        " LEFT JOIN customers c ON c.id = coalesce(k.customer_id, r.customer_id)"
        " WHERE k.created_at >= ? AND k.created_at < ? ORDER BY k.created_at, k.id");
    q.bind(1, instant_text(day_start(zone, from)));
    q.bind(2, instant_text(day_start(zone, add_days(to, 1))));
    ReportTable t;
    t.name = "complaints";
    t.columns = {{"recorded_at", Kind::text}, {"customer_id", Kind::text}, {"first_name", Kind::text},
                 {"last_name", Kind::text},   {"receipt", Kind::integer},  {"reason", Kind::text},
                 {"resolution", Kind::text},  {"points", Kind::integer},   {"actor", Kind::text}};
    while (q.executeStep()) {
        std::vector<ReportCell> row;
        row.emplace_back(format_timestamp(parse_timestamp(q.getColumn(0).getString()).instant, zone));
        for (int c = 1; c <= 3; ++c) {
            row.emplace_back(q.getColumn(c).getString());
        }
        if (q.getColumn(4).isNull()) {
            row.emplace_back(std::monostate{});
        } else {
            row.emplace_back(q.getColumn(4).getInt64());
        }
        row.emplace_back(q.getColumn(5).getString());
        row.emplace_back(q.getColumn(6).getString());
        row.emplace_back(q.getColumn(7).getInt64());
        row.emplace_back(q.getColumn(8).getString());
        t.rows.push_back(std::move(row));
    }
    return t;
}

// The returns made over the local days, with a receipt and without one (issue 6: those are owner-approved
// and the owner looks at them), and in total. By the day the money went out, like refunds.csv; the receipts'
// own figures are never netted (docs/reports.md).
ReportTable returns(SQLite::Database& db, const TimeZone& zone, year_month_day from, year_month_day to) {
    SQLite::Statement q(db,
                        "SELECT receipt_id IS NULL, count(*), coalesce(sum(money_back), 0), "
                        "coalesce(sum(points_reversed), 0), coalesce(sum(points_restored), 0) FROM refunds "
                        "WHERE created_at >= ? AND created_at < ? GROUP BY 1");
    q.bind(1, instant_text(day_start(zone, from)));
    q.bind(2, instant_text(day_start(zone, add_days(to, 1))));
    // [with a receipt, without][returns, money back, points reversed, points restored]
    std::array<std::array<std::int64_t, 4>, 2> figures{};
    while (q.executeStep()) {
        auto& f = figures[q.getColumn(0).getInt() == 1 ? 1 : 0];
        for (int c = 0; c < 4; ++c) {
            f[static_cast<std::size_t>(c)] = q.getColumn(c + 1).getInt64();
        }
    }
    ReportTable t;
    t.name = "returns";
    t.columns = {{"kind", Kind::text},
                 {"returns", Kind::integer},
                 {"money_back", Kind::money},
                 {"points_reversed", Kind::integer},
                 {"points_restored", Kind::integer}};
    const auto row = [&](const char* kind, const std::array<std::int64_t, 4>& f) {
        t.rows.push_back({std::string(kind), f[0], f[1], f[2], f[3]});
    };
    row("with_receipt", figures[0]);
    row("without_receipt", figures[1]);
    std::array<std::int64_t, 4> total{};
    for (std::size_t c = 0; c < total.size(); ++c) {
        total[c] = figures[0][c] + figures[1][c];
    }
    row("total", total);
    return t;
}

int default_dormant_days(const Rules& rules) {
    for (const auto& p : rules.programs) {
        if (const auto* r = std::get_if<ReactivationSettings>(&p.settings); r && p.active) {
            return r->dormant_days;
        }
    }
    return 90;
}

// ---- writing -------------------------------------------------------------------------------------------

// "-1234" with 2 digits -> "-12.34". Works on the magnitude as unsigned so INT64_MIN is fine.
std::string decimal(std::int64_t value, int digits) {
    const bool negative = value < 0;
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(value + 1)) + 1U : static_cast<std::uint64_t>(value);
    std::string text = std::to_string(magnitude);
    if (digits > 0) {
        const auto width = static_cast<std::size_t>(digits);
        if (text.size() <= width) {
            text.insert(0, width + 1 - text.size(), '0');
        }
        text.insert(text.size() - width, 1, '.');
    }
    return negative ? "-" + text : text;
}

std::string csv_field(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) {
        return value;
    }
    std::string quoted = "\"";
    for (const char c : value) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + '"';
}

}  // namespace

const std::vector<std::string>& report_names() {
    static const std::vector<std::string> names{"promotions", "pareto", "repeat", "cycle",
                                                "segments",   "weekly", "points", "suggestions-followed",
                                                "complaints", "returns"};
    return names;
}

const std::vector<std::string>& list_names() {
    static const std::vector<std::string> names{"birthdays", "client-day", "dormant", "expiring", "due"};
    return names;
}

Reports::Reports(const std::string& db_path)
    : db_(std::make_unique<Database>(db_path, Database::Mode::open_existing)) {}

Reports::~Reports() = default;

int Reports::money_digits() {
    return detail::guarded([&] {
        return currency_minor_digits(detail::shop_setting(db_->sql(), "currency", ShopSettings{}.currency))
            .value_or(2);
    });
}

std::string Reports::currency() {
    return detail::guarded(
        [&] { return detail::shop_setting(db_->sql(), "currency", ShopSettings{}.currency); });
}

ReportTable Reports::report(const std::string& name, year_month_day from, year_month_day to) {
    return detail::guarded([&] {
        if (std::find(report_names().begin(), report_names().end(), name) == report_names().end()) {
            detail::refused(StoreProblem::no_such_report, {name});
        }
        if (chr::sys_days{to} < chr::sys_days{from}) {
            detail::refused(StoreProblem::period_reversed, {from, to});
        }
        auto& db = db_->sql();
        // One read transaction: the figures of a report come from one snapshot while the till sells on.
        SQLite::Transaction snapshot(db, SQLite::TransactionBehavior::DEFERRED);
        ReportTable table;
        if (name == "promotions") {
            table = promotions(db, current_rules(db), from, to);
        } else if (name == "pareto") {
            table = pareto(db, from, to);
        } else if (name == "repeat") {
            table = repeat(db, from, to);
        } else if (name == "cycle") {
            table = cycle(db, from, to);
        } else if (name == "segments") {
            table = segments(db, from, to);
        } else if (name == "weekly") {
            table = weekly(db, from, to);
        } else if (name == "returns") {
            table = returns(db, *detail::shop_zone(db), from, to);
        } else if (name == "complaints") {
            table = complaints(db, *detail::shop_zone(db), from, to);
        } else if (name == "suggestions-followed") {
            table = suggestions_followed(db, *detail::shop_zone(db), from, to);
        } else {
            table = points(db, *detail::shop_zone(db), current_rules(db), from, to);
        }
        snapshot.commit();  // nothing was written: this only ends the read
        return table;
    });
}

ReportTable Reports::list(const ListRequest& request) {
    return detail::guarded([&] {
        if (std::find(list_names().begin(), list_names().end(), request.name) == list_names().end()) {
            detail::refused(StoreProblem::no_such_list, {request.name});
        }
        if (request.days && *request.days < 0) {
            detail::refused(StoreProblem::negative_days);
        }
        auto& db = db_->sql();
        SQLite::Transaction snapshot(db, SQLite::TransactionBehavior::DEFERRED);
        const auto zone = detail::shop_zone(db);
        const year_month_day today = zone->to_local(request.now).date;
        const Rules rules = current_rules(db);
        ReportTable table;
        if (request.name == "birthdays") {
            table = birthdays(db, today, request.days.value_or(7));
        } else if (request.name == "client-day") {
            table = client_day(db, rules, today, request.program);
        } else if (request.name == "dormant") {
            table = dormant(db, today, request.days.value_or(default_dormant_days(rules)));
        } else if (request.name == "due") {
            if (request.margin_bp && *request.margin_bp < 10000) {
                detail::refused(StoreProblem::due_margin_too_small);
            }
            table = due(db, today, request.margin_bp.value_or(12500));
        } else {
            table = expiring(db, *zone, request.now, request.days.value_or(30));
        }
        snapshot.commit();
        return table;
    });
}

std::vector<ConsentKind> consent_channels(const ReportCell& cell) {
    const auto* text = std::get_if<std::string>(&cell);
    if (text == nullptr || text->empty()) {
        return {};
    }
    std::vector<ConsentKind> out;
    std::string_view rest = *text;
    while (true) {
        const std::size_t plus = rest.find('+');
        const std::string_view key = rest.substr(0, plus);
        const auto* known = std::find_if(std::begin(kChannelKeys), std::end(kChannelKeys),
                                         [key](const auto& channel) { return channel.second == key; });
        if (known == std::end(kChannelKeys)) {
            return {};
        }
        out.push_back(known->first);
        if (plus == std::string_view::npos) {
            return out;
        }
        rest.remove_prefix(plus + 1);
    }
}

std::string report_csv(const ReportTable& table, int money_digits) {
    std::string out;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        out += (i == 0 ? "" : ",") + csv_field(table.columns[i].name);
    }
    out += "\r\n";
    for (const auto& row : table.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i != 0) {
                out += ',';
            }
            if (const auto* number = std::get_if<std::int64_t>(&row[i])) {
                out += table.columns[i].kind == Kind::money ? decimal(*number, money_digits)
                                                            : std::to_string(*number);
            } else if (const auto* text = std::get_if<std::string>(&row[i])) {
                out += csv_field(*text);
            }
        }
        out += "\r\n";
    }
    return out;
}

std::string report_json(const ReportTable& table,
                        const std::vector<std::pair<std::string, std::string>>& meta) {
    nlohmann::ordered_json doc;
    doc["report"] = table.name;
    for (const auto& [key, value] : meta) {
        doc[key] = value;
    }
    auto rows = nlohmann::ordered_json::array();
    for (const auto& row : table.rows) {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < row.size(); ++i) {
            const auto& name = table.columns[i].name;
            if (const auto* number = std::get_if<std::int64_t>(&row[i])) {
                object[name] = *number;
            } else if (const auto* text = std::get_if<std::string>(&row[i])) {
                object[name] = *text;
            } else {
                object[name] = nullptr;
            }
        }
        rows.push_back(std::move(object));
    }
    doc["rows"] = std::move(rows);
    return doc.dump(2) + "\n";
}

}  // namespace kassa::store
