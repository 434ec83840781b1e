#pragma once
// One sync round of a till with the central database (docs/sync.md): push what the till wrote since the
// central acknowledged it, then pull what the other tills of its company wrote since its cursor. Each batch
// is one transaction on each side; the outbox is emptied and the cursor moved only after the batch is durable
// on the other side, and a batch sent twice changes nothing (rows are keyed by their global ids).
//
// Threading: runs on the caller's thread with the caller's Store (one thread at a time, like the Store).

#include <cstdint>
#include <functional>

#include "kassa/central/central.hpp"
#include "kassa/core/time.hpp"
#include "kassa/store/store.hpp"

namespace kassa::central {

struct SyncReport {
    std::int64_t pushed = 0;     // rows sent (a row the central already had counts, and changes nothing)
    std::int64_t pulled = 0;     // rows written to the shop file
    std::int64_t conflicts = 0;  // conflicts the pull found (store::SyncLog::conflicts lists them all)
    std::int64_t waiting = 0;    // rows still to send after the round (0 unless it stopped early)
};

struct SyncOptions {
    int batch_rows = 500;
    // Asked between batches; false ends the round there (what was committed stays, the rest waits for the
    // next round). The till's background runner stops a long round this way when the till closes.
    std::function<bool()> keep_going;
};

// Joins the shop file to the central database as till `till_name` of `shop` (its id or name): checks the
// central and the shop, records the membership and queues the file's history in the shop file, then
// registers the till at the central. Running it again after a failure finishes what is left. Returns the
// till's id.
std::string join(store::Store& store, const Address& address, const std::string& shop,
                 const std::string& till_name, Instant at);

// One push and one pull. Throws CentralError (not_a_member, unreachable, ...) or store::StoreError; what was
// committed on both sides before the failure stays committed and the next round goes on from there.
SyncReport sync(store::Store& store, Instant at, const SyncOptions& options = {});

}  // namespace kassa::central
