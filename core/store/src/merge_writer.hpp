#pragma once
// Internal to kassa::store: applying a customer merge, shared by the owner's merge (merges.cpp) and a merge
// pulled from another till (sync_log.cpp), so both move the same rows. Callers hold the transaction.

#include <cstdint>
#include <optional>
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
// A merge that meets the opposite merge of the same two customers (made at another till without seeing this
// one) is recorded and listed (opposite_merge); the one with the smaller id wins at every till, and a till
// that applied the loser first brings its kept customer back and merges as the winner says.
MergeResult apply_merge(Connection& db, const CustomerMerge& merge, const std::string& from_till);

// The customers who survive as `id`: herself and everyone merged into her, along the chains. Edits keyed by
// any of them are edits of her (a till that had not seen the merge edited the one merged away).
inline constexpr const char* kSurvivorGroup =
    "WITH RECURSIVE survivor_group(id) AS (SELECT ?1 UNION SELECT c.id FROM customers c JOIN survivor_group "
    "g "
    "ON c.merged_into = g.id) ";

// Writes an edited value of a customer's field (not the erasure), as a pulled edit and a merge write it. A
// phone another customer has here is not written (the customer keeps none): returns that customer's id, for
// the caller to list phone_taken.
std::optional<std::string> write_customer_field(Connection& db, const std::string& customer,
                                                const std::string& field, std::optional<std::string> value);

// Sets (or removes: nullopt) a customer's attribute as a pulled change and a merge write it.
void write_attribute(Connection& db, const std::string& customer, const std::string& key,
                     const std::optional<std::string>& value, const std::string& actor,
                     const std::string& at);

// The identity of a conflict about `subject` between `a` and `b` (two customers, two changes), the same
// whichever of the two a till found first: kind/subject/smaller/greater.
std::string conflict_identity(const std::string& kind, const std::string& subject, const std::string& a,
                              const std::string& b);

// Settles the open conflicts of `identity` as dealt with by `actor` at `at` (a mark made here, or pulled from
// `from_till`), each audited as conflict.dealt_with. Returns how many.
std::int64_t settle_marked(Connection& db, const std::string& identity, const std::string& actor, Instant at,
                           const std::string& from_till);

}  // namespace kassa::store::detail
