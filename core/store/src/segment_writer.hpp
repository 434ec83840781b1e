#pragma once
// Internal to kassa::store: recomputing one customer's segments inside the caller's transaction (after a
// sale), with the VIP threshold of the last nightly run.
#include <string>

#include "kassa/core/time.hpp"

namespace kassa::store::detail {

class Connection;

void refresh_customer_segments(Connection& db, const std::string& customer, Instant now);

}  // namespace kassa::store::detail
