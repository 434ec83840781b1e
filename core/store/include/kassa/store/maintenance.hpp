#pragma once
// The night's jobs and the file's health: expiry, segments, "bought together", checks, backups.
// Reached through Store (store.hpp) over the shop file's one connection.

#include <cstdint>
#include <map>
#include <string>
#include <vector>
#include "kassa/core/time.hpp"
#include "kassa/core/units.hpp"
#include "kassa/store/personal.hpp"

#include "kassa/store/store.hpp"

namespace kassa::store {

// Threading: like the Store it works on, one thread at a time.
class Maintenance {
  public:
    explicit Maintenance(Store& store) : store_(store) {}

    struct ExpiryRun {
        std::int64_t lots = 0;
        std::int64_t customers = 0;
        Points points;
    };
    // Turns the remainders of lots expired at `now` into expire entries (the nightly job; also safe to run
    // again: an expired lot has nothing left to expire).
    ExpiryRun run_expiry(Instant now);
    struct SegmentRun {
        std::int64_t customers = 0;
        std::map<std::string, std::int64_t> counts;  // segment -> customers in it
    };
    // Recomputes every customer's computed segments (new, regular, periodic, dormant, vip) and the VIP
    // threshold; owner-defined segments stay. A sale refreshes its customer's segments on its own.
    SegmentRun recompute_segments(Instant now);
    // Recomputes "often bought together" from the receipts of the last options.days days before `now` and
    // replaces what was stored (the nightly job).
    CooccurrenceRun recompute_cooccurrence(Instant now, const CooccurrenceOptions& options = {});
    // ---- checks ----
    // integrity_check, foreign keys, cached balances and lot remainders against the ledger. Empty when sound.
    std::vector<std::string> check();
    // An online backup to `destination`, verified by opening it and running integrity_check.
    void backup(const std::string& destination);

  private:
    Store& store_;
};

}  // namespace kassa::store
