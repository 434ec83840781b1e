#pragma once
// Internal to kassa::store: queueing a print job in the caller's transaction (a sale's receipt with the
// sale).

#include <cstdint>
#include <string>

#include "kassa/store/print_queue.hpp"

namespace kassa::store::detail {

class Connection;

std::int64_t queue_print_job(Connection& db, PrintJobKind kind, const std::string& subject, bool copy,
                             bool open_drawer, Instant at);

}  // namespace kassa::store::detail
