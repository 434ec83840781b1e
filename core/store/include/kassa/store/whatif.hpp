#pragma once
// "What would this rules change have done?": the receipts of a period quoted again with the current rules and
// with a draft, side by side, before the owner saves the draft (loyalty.md, the rules editor's preview).
//
// Each receipt is quoted as its lines were sold, at its own moment (dates, weekdays, hours and birthday
// windows count as they were), for its customer as she stands today (balance, tier spend, stamps). Coupons
// entered and points redeemed are left out on both sides: they were the customer's choice, not the rules'.
// Both sides are computed the same way, so their difference is the draft's alone.

#include <cstdint>
#include <map>
#include <string>

#include "kassa/core/quote.hpp"
#include "kassa/core/units.hpp"

namespace kassa::store {

struct WhatIfSide {
    Money gross;
    Money discount;
    Points points_earned;
    std::map<std::string, Money> discount_by_program;  // program id -> its discounts over the period
};

struct WhatIf {
    std::int64_t receipts = 0;
    std::int64_t customers = 0;           // identified customers among those receipts
    std::int64_t receipts_changed = 0;    // the draft gives another discount or other points
    std::int64_t customers_affected = 0;  // customers with at least one changed receipt
    std::int64_t skipped = 0;             // receipts either rule set cannot quote today (left out of both)
    WhatIfSide current;
    WhatIfSide draft;
};

}  // namespace kassa::store
