// The owner's figures over the whole company from the central database (docs/reports.md, "company"). The
// definitions are the till's own reports' (core/store/src/reports.cpp): change both together.

#include "kassa/central/company_report.hpp"

#include <map>
#include <tuple>

#include "pg.hpp"

namespace kassa::central {

namespace {

// Stored instants are the till's ISO 8601 UTC text (store's detail::iso): written the same way here, they
// compare in time order byte by byte (COLLATE "C" below, whatever the database's collation).
std::string utc_text(Instant at) {
    static const FixedOffsetZone utc{0};
    return format_timestamp(at, utc);
}

Instant day_start(const TimeZone& zone, std::chrono::year_month_day day) {
    return zone.from_local(LocalDateTime{day, 0});
}

// The company the report is of: named, the till's own, or the only one the login sees. Row-level security
// shows a till's login its own company only, so another company's name is "no such company" to it.
std::pair<std::string, std::string> find_company(detail::Pg& pg, const std::string& company) {
    std::string wanted = company;
    if (wanted.empty()) {
        const auto own =
            pg.exec("SELECT l.company_id::text FROM till_logins l WHERE l.role_name = current_user");
        if (own.rows() == 1) {
            wanted = own.text(0, 0);
        } else {
            const auto all = pg.exec("SELECT id::text FROM companies");
            if (all.rows() == 0) {
                throw CentralError(CentralProblem::no_such_company, {});
            }
            if (all.rows() > 1) {
                throw CentralError(CentralProblem::company_needed, {});
            }
            wanted = all.text(0, 0);
        }
    }
    const auto found =
        pg.exec("SELECT id::text, name FROM companies WHERE id::text = $1 OR name = $1", {wanted});
    if (found.rows() != 1) {
        throw CentralError(CentralProblem::no_such_company, company);
    }
    return {found.text(0, 0), found.text(0, 1)};
}

// Each figure's query: $1 the company, then either $2 and $3 the first and last business day (receipts, new
// customers) or $2 and $3 the instants that bound those days in the shops' zone (returns, points). Each row
// is a shop's id and its figures in the order the reader takes. A row belongs to the shop of the till that
// wrote it.
constexpr const char* kReceipts = R"sql(
SELECT t.shop_id::text, count(*), sum(r.gross), sum(r.discount), sum(r.net),
       coalesce(sum((SELECT sum(l.vat) FROM receipt_lines l
                     WHERE l.company_id = r.company_id AND l.receipt_id = r.id)), 0)
FROM receipts r JOIN tills t ON t.company_id = r.company_id AND t.id = r.till_id
WHERE r.company_id = $1 AND r.business_day COLLATE "C" BETWEEN $2 AND $3
GROUP BY t.shop_id
)sql";

constexpr const char* kRefunds = R"sql(
SELECT t.shop_id::text, count(*), sum(f.money_back)
FROM refunds f JOIN tills t ON t.company_id = f.company_id AND t.id = f.till_id
WHERE f.company_id = $1 AND f.created_at COLLATE "C" >= $2 AND f.created_at COLLATE "C" < $3
GROUP BY t.shop_id
)sql";

// The points report's earned (accrue entries) and spent (redeem entries, negative in the ledger).
constexpr const char* kPoints = R"sql(
SELECT t.shop_id::text, coalesce(sum(g.points) FILTER (WHERE g.kind = 'accrue'), 0),
       coalesce(-sum(g.points) FILTER (WHERE g.kind = 'redeem'), 0)
FROM ledger g JOIN tills t ON t.company_id = g.company_id AND t.id = g.till_id
WHERE g.company_id = $1 AND g.kind IN ('accrue', 'redeem')
  AND g.created_at COLLATE "C" >= $2 AND g.created_at COLLATE "C" < $3
GROUP BY t.shop_id
)sql";

// The weekly report's "new": her first receipt ever, on any till of the company, is in the period; she is
// new at the shop of that receipt. A merged-away customer's receipts are hers who was kept (each till
// redirects them when it applies the merge; the central keeps them as they were pushed).
constexpr const char* kNewCustomers = R"sql(
WITH firsts AS (
    SELECT DISTINCT ON (coalesce(m.kept_id, r.customer_id)) r.business_day, r.till_id
    FROM receipts r
    LEFT JOIN customer_merges m ON m.company_id = r.company_id AND m.merged_id = r.customer_id
    WHERE r.company_id = $1 AND r.customer_id IS NOT NULL
    ORDER BY coalesce(m.kept_id, r.customer_id), r.business_day COLLATE "C", r.created_at COLLATE "C", r.id
)
SELECT t.shop_id::text, count(*)
FROM firsts f JOIN tills t ON t.company_id = $1 AND t.id = f.till_id
WHERE f.business_day COLLATE "C" BETWEEN $2 AND $3
GROUP BY t.shop_id
)sql";

}  // namespace

OfficeFigures& OfficeFigures::operator+=(const OfficeFigures& other) {
    receipts += other.receipts;
    gross += other.gross;
    discount += other.discount;
    net += other.net;
    vat += other.vat;
    refunds += other.refunds;
    refunded += other.refunded;
    points_earned = points_earned + other.points_earned;
    points_redeemed = points_redeemed + other.points_redeemed;
    new_customers += other.new_customers;
    return *this;
}

CompanyReport company_report(Central& central, const std::string& company, const CompanyPeriod& period,
                             const TimeZone& zone) {
    if (std::chrono::sys_days{period.to} < std::chrono::sys_days{period.from}) {
        throw CentralError(CentralProblem::period_reversed,
                           format_date(period.from) + ".." + format_date(period.to));
    }
    central.require_current_schema();
    auto& pg = central.pg();
    // One snapshot: the shops and the total agree while tills push.
    detail::Pg::Transaction snapshot(pg, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    CompanyReport report;
    std::tie(report.company_id, report.company_name) = find_company(pg, company);

    std::map<std::string, OfficeFigures> by_shop;
    const auto shops =
        pg.exec("SELECT id::text, name FROM shops WHERE company_id = $1 ORDER BY name COLLATE \"C\", id",
                {report.company_id});
    for (int i = 0; i < shops.rows(); ++i) {
        report.shops.push_back(ShopFigures{shops.text(i, 0), shops.text(i, 1), {}});
    }
    const std::chrono::year_month_day after_to{std::chrono::sys_days{period.to} + std::chrono::days{1}};
    const std::vector<detail::Param> days{report.company_id, format_date(period.from),
                                          format_date(period.to)};
    const std::vector<detail::Param> instants{report.company_id, utc_text(day_start(zone, period.from)),
                                              utc_text(day_start(zone, after_to))};
    const auto each = [&](const char* sql, const std::vector<detail::Param>& params, auto&& take) {
        const auto rows = pg.exec(sql, params);
        for (int i = 0; i < rows.rows(); ++i) {
            take(by_shop[rows.text(i, 0)], rows, i);
        }
    };
    each(kReceipts, days, [](OfficeFigures& f, const detail::Result& r, int i) {
        f.receipts = r.number(i, 1);
        f.gross = Money::minor(r.number(i, 2));
        f.discount = Money::minor(r.number(i, 3));
        f.net = Money::minor(r.number(i, 4));
        f.vat = Money::minor(r.number(i, 5));
    });
    each(kRefunds, instants, [](OfficeFigures& f, const detail::Result& r, int i) {
        f.refunds = r.number(i, 1);
        f.refunded = Money::minor(r.number(i, 2));
    });
    each(kPoints, instants, [](OfficeFigures& f, const detail::Result& r, int i) {
        f.points_earned = Points::of(r.number(i, 1));
        f.points_redeemed = Points::of(r.number(i, 2));
    });
    each(kNewCustomers, days,
         [](OfficeFigures& f, const detail::Result& r, int i) { f.new_customers = r.number(i, 1); });
    snapshot.commit();

    for (auto& shop : report.shops) {
        if (const auto found = by_shop.find(shop.shop_id); found != by_shop.end()) {
            shop.figures = found->second;
        }
        report.total += shop.figures;
    }
    return report;
}

}  // namespace kassa::central
