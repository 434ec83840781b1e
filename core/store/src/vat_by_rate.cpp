#include "vat_by_rate.hpp"

#include <algorithm>
#include <map>

#include "vat_rates.hpp"

namespace kassa::store::detail {

namespace {

// The scope's conditions as SQL, with the values to bind in order. Only the column names and the
// placeholders are text; every value is bound.
struct Where {
    std::string sql;
    std::vector<std::string> values;

    void add(const char* condition, const std::string& value) {
        sql += sql.empty() ? " WHERE " : " AND ";
        sql += condition;
        values.push_back(value);
    }
    void bind(SQLite::Statement& q) const {
        for (std::size_t i = 0; i < values.size(); ++i) {
            q.bind(static_cast<int>(i) + 1, values[i]);
        }
    }
};

}  // namespace

std::vector<VatRateSums> vat_by_rate(SQLite::Database& db, const VatScope& scope) {
    std::map<std::int64_t, VatRateSums> rows;  // by stored rate code
    const auto row = [&rows](std::int64_t code) -> VatRateSums& {
        const auto [at, inserted] = rows.try_emplace(code);
        if (inserted) {
            at->second.rate = vat_rate_from_code(code);
        }
        return at->second;
    };

    Where sold_where;
    sold_where.add("r.business_day >= ?", scope.first_day);
    if (scope.last_day) {
        sold_where.add("r.business_day <= ?", *scope.last_day);
    }
    if (scope.shift_id) {
        sold_where.add("r.shift_id = ?", *scope.shift_id);
    }
    SQLite::Statement sold(db,
                           "SELECT l.vat_rate, sum(l.net - l.redeemed), sum(l.vat) FROM receipt_lines l "
                           "JOIN receipts r ON r.id = l.receipt_id" +
                               sold_where.sql +
                               " AND l.vat_rate IS NOT NULL AND l.vat IS NOT NULL GROUP BY l.vat_rate");
    sold_where.bind(sold);
    while (sold.executeStep()) {
        VatRateSums& r = row(sold.getColumn(0).getInt64());
        r.sales_gross = Money::minor(sold.getColumn(1).getInt64());
        r.sales_vat = Money::minor(sold.getColumn(2).getInt64());
    }

    // A return's rate is the rate its line was sold at; a return of a receipt sold before VAT was kept
    // reversed none.
    Where back_where;
    back_where.add("f.created_at >= ?", scope.returns_from);
    if (scope.returns_until) {
        back_where.add("f.created_at < ?", *scope.returns_until);
    }
    if (scope.shift_id) {
        back_where.add("f.shift_id = ?", *scope.shift_id);
    }
    SQLite::Statement back(db,
                           "SELECT l.vat_rate, sum(rl.money_back), sum(rl.vat) FROM refund_lines rl "
                           "JOIN refunds f ON f.id = rl.refund_id "
                           "JOIN receipt_lines l ON l.receipt_id = f.receipt_id AND l.line_no = rl.line_no" +
                               back_where.sql +
                               " AND rl.vat IS NOT NULL AND l.vat_rate IS NOT NULL AND l.vat IS NOT NULL "
                               "GROUP BY l.vat_rate");
    back_where.bind(back);
    while (back.executeStep()) {
        VatRateSums& r = row(back.getColumn(0).getInt64());
        r.returns_gross = Money::minor(back.getColumn(1).getInt64());
        r.returns_vat = Money::minor(back.getColumn(2).getInt64());
    }

    std::vector<VatRateSums> out;
    out.reserve(rows.size());
    for (const auto& [code, sums] : rows) {
        out.push_back(sums);
    }
    std::sort(out.begin(), out.end(),
              [](const VatRateSums& a, const VatRateSums& b) { return vat_row_before(a.rate, b.rate); });
    return out;
}

}  // namespace kassa::store::detail
