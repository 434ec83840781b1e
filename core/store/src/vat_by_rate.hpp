#pragma once
// Internal to kassa::store: VAT by rate over a set of receipts and the returns made against them. The Z
// report (shifts.cpp) and the accountant's vat.csv (export.cpp) both read it here, so the figures the till
// prints and the ones the accountant declares are one query and cannot drift apart.

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>
#include <vector>

#include "kassa/core/units.hpp"
#include "kassa/core/vat.hpp"

namespace kassa::store::detail {

// Which receipts and returns count. Receipts are chosen by business day (the receipts_day index bounds the
// read), returns by when they were made (refunds_created); a shift narrows both to its own rows.
struct VatScope {
    std::string first_day;                     // receipts of business days from this one (YYYY-MM-DD) ...
    std::optional<std::string> last_day;       // ... to this one, inclusive; nullopt: no end
    std::optional<std::string> shift_id;       // only the receipts and returns of this shift
    std::string returns_from;                  // returns made at or after this instant (stored UTC text) ...
    std::optional<std::string> returns_until;  // ... and before this one; nullopt: no end
};

struct VatRateSums {
    VatRate rate;
    Money sales_gross;    // what the receipts' lines of this rate were paid: net less points (docs/vat.md)
    Money sales_vat;      // the VAT those lines include
    Money returns_gross;  // the money returns gave back for lines of this rate
    Money returns_vat;    // the VAT those returns reversed
};

// One row per rate that was sold or given back, in vat_row_before order. Lines sold before VAT was kept
// (migration 8) have no rate and no VAT and count in neither the sales nor the returns.
std::vector<VatRateSums> vat_by_rate(SQLite::Database& db, const VatScope& scope);

}  // namespace kassa::store::detail
