#pragma once
// Internal to kassa::store: applying a customer merge, shared by the owner's merge (merges.cpp) and a merge
// pulled from another till (sync_log.cpp), so both move the same rows. Callers hold the transaction.

#include <string>

#include "kassa/store/merges.hpp"

namespace kassa::store::detail {

class Connection;

// The customer `id` is now: herself, or the customer she was merged into (followed to the end of the chain).
std::string surviving_customer(Connection& db, const std::string& id);

// Writes the merge record and moves everything of `merge.merged_id` to `merge.kept_id` (each first followed
// to whom she survives as, so a merge pulled after another one still lands on one customer). A record this
// file already has changes nothing. `from_till` names the till that made a pulled merge (empty: here).
// Returns what moved.
MergeResult apply_merge(Connection& db, const CustomerMerge& merge, const std::string& from_till);

}  // namespace kassa::store::detail
