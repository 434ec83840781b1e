#pragma once
// Merging two customers (issue 22, docs/sync.md "Conflicts"): the same person enrolled twice, at one till
// or at two tills that did not see each other. The owner keeps one; everything of the other (cards, ledger
// entries and lots, receipts, returns, consents, notes, attributes, complaints, segments, stamps, coupons,
// outreach ticks) moves to her, and the other stays as a row marked merged (receipts and the audit name
// her) with her phone freed. The merge is a record written once with a global id: a member of a central
// database pushes it, and the other tills apply it the same way when they pull it.
//
// Threading: like the Store it works on, one thread at a time.

#include <cstdint>
#include <string>
#include <vector>

#include "kassa/core/time.hpp"
#include "kassa/store/ids.hpp"
#include "kassa/store/store.hpp"

namespace kassa::store {

struct CustomerMerge {
    std::string id;         // UUIDv7
    std::string kept_id;    // the customer who stays
    std::string merged_id;  // the customer merged into her
    std::string actor;
    Instant at;
};

// What a merge moved to the kept customer.
struct MergeResult {
    std::string merge_id;
    std::int64_t cards = 0;
    std::int64_t ledger_entries = 0;
    std::int64_t receipts = 0;
    Points balance;  // the kept customer's balance afterwards: the sum of both ledgers
};

class CustomerMerges {
  public:
    explicit CustomerMerges(Store& store) : store_(store) {}

    // Merges `merge_away` into `keep` in one transaction, audited as customer.merge by `actor`. Refused with
    // a StoreError: merge_with_herself, no_such_customer, customer_already_merged (either of the two).
    MergeResult merge(const CustomerId& keep, const CustomerId& merge_away, const Actor& actor, Instant at);
    // Every merge this file knows (made here or pulled), oldest first.
    std::vector<CustomerMerge> merges();

  private:
    Store& store_;
};

}  // namespace kassa::store
