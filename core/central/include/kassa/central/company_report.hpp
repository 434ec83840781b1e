#pragma once
// The owner's figures over the whole company, read from the central database (docs/sync.md, "Reports over
// the company"; docs/reports.md, "company"): by shop and in total, for a range of business days. Every figure
// has the definition the till's own reports give it (docs/reports.md, "Definitions used by every report"):
// receipts by business day and counted whole (refunds are not netted), returns and points by when they
// happened between the local start of `from` and the end of `to`, a new customer by her first receipt ever.
// A shop's figures are what its tills wrote; what a till has not synced yet is not in them.
//
// Threading: runs on the caller's thread with the caller's Central (one thread at a time, like the Central).
// The figures are read in one read-only snapshot, so a report's shops and total agree while tills push.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "kassa/central/central.hpp"
#include "kassa/core/time.hpp"
#include "kassa/core/units.hpp"

namespace kassa::central {

struct OfficeFigures {
    std::int64_t receipts = 0;       // receipts whose business day is in the period
    Money gross;                     // their goods before discounts
    Money discount;                  // promotions and coupons on them
    Money net;                       // revenue: gross less discounts, before points paid for part of it
    Money vat;                       // the VAT their lines charged (receipts made before VAT was kept: none)
    std::int64_t refunds = 0;        // returns made in the period, with a receipt or without
    Money refunded;                  // the money those returns paid out
    Points points_earned;            // ledger accruals created in the period
    Points points_redeemed;          // points redeemed at a till in the period (positive)
    std::int64_t new_customers = 0;  // customers whose first receipt ever has its business day in the period

    OfficeFigures& operator+=(const OfficeFigures& other);
    bool operator==(const OfficeFigures&) const = default;
};

struct ShopFigures {
    std::string shop_id;
    std::string shop_name;
    OfficeFigures figures;
};

struct CompanyReport {
    std::string company_id;
    std::string company_name;
    std::vector<ShopFigures> shops;  // every shop of the company by name, those without a sale too
    OfficeFigures total;             // the sum of the shops
};

struct CompanyPeriod {
    std::chrono::year_month_day from;  // business days, both included
    std::chrono::year_month_day to;
};

// The report of `company` (its id or name; empty: the company of a till's own login, or the only company an
// administrator's login sees). `zone` is the shops' time zone: it turns the business days into the instants
// that bound returns and points. Throws CentralError: no_such_company (none that this login may read: a
// till's login reads its own company only), company_needed (an administrator's login that sees several
// companies and named none), period_reversed (to before from), unreachable and the other connection problems.
CompanyReport company_report(Central& central, const std::string& company, const CompanyPeriod& period,
                             const TimeZone& zone);

}  // namespace kassa::central
