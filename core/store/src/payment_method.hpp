#pragma once
// Internal to kassa::store: how a tender is written in the payments and refunds tables.

#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"

namespace kassa::store::detail {

inline const char* payment_method_name(PaymentLine::Method m) {
    switch (m) {
        case PaymentLine::Method::card:
            return "card";
        case PaymentLine::Method::other:
            return "other";
        case PaymentLine::Method::cash:
            break;
    }
    return "cash";
}

}  // namespace kassa::store::detail
