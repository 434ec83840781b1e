#pragma once
// One sync round of a till with the central database (docs/sync.md): push what the till wrote since the
// central acknowledged it, then pull what the other tills of its company wrote since its cursor. Each batch
// is one transaction on each side; the outbox is emptied and the cursor moved only after the batch is durable
// on the other side, and a batch sent twice changes nothing (rows are keyed by their global ids).
//
// Threading: runs on the caller's thread with the caller's Store (one thread at a time, like the Store).

#include <cstdint>
#include <functional>
#include <string>

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

// The moments of a round a watcher can stop at (kassactl sync --step, the fault and convergence tests): each
// is a boundary between two commits, so a process killed there shows what a crash at that moment leaves.
enum class SyncStep : std::uint8_t {
    push_sent,          // a batch is written at the central, its transaction not yet committed
    push_committed,     // the central committed it; the till's outbox still holds it
    push_acknowledged,  // the rows left the outbox
    pull_fetched,       // a window of rows read from the central, not yet written to the shop file
    pull_applied,       // the window and the new cursor committed in the shop file
};

struct SyncOptions {
    int batch_rows = 500;
    // Called at each step with the batch's or window's number in the round (1 for the first), on the
    // caller's thread. What it throws ends the round there, as a failure at that moment would.
    std::function<void(SyncStep step, int batch)> on_step;
    // Asked between batches; false ends the round there (what was committed stays, the rest waits for the
    // next round). The till's background runner stops a long round this way when the till closes.
    std::function<bool()> keep_going;
};

struct JoinOptions {
    // Where the till's own password is kept (made 0600 by join, owned by the shop file's owner when join runs
    // as root). Empty: the shop file's path and ".central.pw". A file join made before is used again.
    std::string till_password_file;
};

// Joins the shop file to the central database as till `till_name` of `shop` (its id or name), run with the
// admin's address (docs/security.md): checks the central and the shop, makes the till's password (libsodium,
// 256 bits) in its own file, records the membership in the shop file (the address with the till's own login
// and that file, never the admin's) and queues the file's history, registers the till and its login at the
// central, and logs in once as the till to prove the login works. After join the till never uses the admin's
// credentials. Running it again after a failure finishes what is left. Returns the till's id.
std::string join(store::Store& store, const Address& admin, const std::string& shop,
                 const std::string& till_name, Instant at, const JoinOptions& options = {});

// The address a till uses: `admin_url` with its user replaced by `login` (and any passfile dropped), as a
// postgresql:// URL; the host, database and TLS settings (sslmode, sslrootcert...) pass through.
std::string till_url(const std::string& admin_url, const std::string& login);

// One push and one pull. Throws CentralError (not_a_member, unreachable, ...) or store::StoreError; what was
// committed on both sides before the failure stays committed and the next round goes on from there.
SyncReport sync(store::Store& store, Instant at, const SyncOptions& options = {});

}  // namespace kassa::central
