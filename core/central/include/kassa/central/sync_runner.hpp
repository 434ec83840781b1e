#pragma once
// The till's background sync (docs/sync.md, "Background sync in the till"): sync rounds (central::sync, one
// push and one pull) on a thread of their own, every interval (the shop setting sync_interval, 5 s by
// default) and at once when woken (the till wakes it after a sale is committed, so its points reach the
// other tills fast). The till's screen reads a snapshot of where it stands: in sync, offline since the first
// failed round with the sales and other rows still to send, or refused with the central's typed problem.
//
// The sale path never waits for it: the runner works on its OWN connection to the shop file (never the
// till's Store; WAL lets both work), and a round holds no SQLite lock while it talks to the network (a push
// reads its batch in a read transaction that ends before the batch is sent, and acknowledges it in a short
// write transaction after the central's commit; a pull fetches a window, then writes it in one short
// transaction). Both connections wait up to 5 s for the other's write lock (the store's busy timeout),
// far longer than any of these transactions, so a busy file never reaches the cashier.
//
// Threading rule: start(), wake(), stop() and status() are called from one owner thread (the till's GUI
// thread); wake() and status() only take the mutex for a copy or a flag and never wait for a round. The
// runner's own thread alone uses its Store and the central connection. The clock's now() is called on the
// runner's thread: give it a clock that is safe to read from there (the system clock, or a test's clock
// that is not moved while the runner runs). stop() (and the destructor) wakes the thread and joins it: a
// round in flight ends after its current batch (SyncOptions::keep_going); a network call in flight is
// bounded by libpq's connect_timeout (10 s) for a server that does not answer.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include "kassa/central/central.hpp"
#include "kassa/core/time.hpp"
#include "kassa/store/database.hpp"

namespace kassa::store {
class Store;
}

namespace kassa::central {

enum class SyncState : std::uint8_t {
    not_member,         // the shop file has not joined a central database: the runner does not run
    starting,           // joined; the first round has not finished yet
    in_sync,            // the last round finished: what was written here before it is at the central
    offline,            // the central does not answer (problem unreachable); rows wait in the shop file
    refused,            // the central answered and refused (problem and value: a login, a newer schema...)
    shop_file_problem,  // the shop file failed on the runner's connection (store_failure)
};

// The stable machine name of a state ("in_sync"), for the till's log and its end-to-end test.
std::string_view sync_state_name(SyncState state);

// One moment of the runner, copied out under its mutex.
struct SyncStatus {
    SyncState state = SyncState::not_member;
    // The first failed round since the last good one (offline, refused, shop_file_problem).
    std::optional<Instant> failing_since;
    // When the last good round began.
    std::optional<Instant> last_synced;
    // When the last round (good or not) began: "now" for the one who words the status.
    Instant checked_at;
    // What waits in the shop file's outbox after the last round (store::SyncLog::waiting_by_kind).
    std::int64_t sales_waiting = 0;
    std::int64_t other_waiting = 0;
    // offline and refused: the central's problem and its value (a host, a user name; never a password).
    CentralProblem problem = CentralProblem::unreachable;
    std::string value;
    // shop_file_problem: how the shop file failed.
    store::FailureKind store_failure = store::FailureKind::other;
    // Rounds finished since start (good or not).
    std::int64_t rounds = 0;
};

struct SyncRunnerOptions {
    std::chrono::milliseconds interval{5000};
    int batch_rows = 500;
};

class SyncRunner {
  public:
    // `shop_path` is the till's shop file; the runner opens its own connection to it at start().
    SyncRunner(std::string shop_path, const Clock& clock, SyncRunnerOptions options = {});
    ~SyncRunner();
    SyncRunner(const SyncRunner&) = delete;
    SyncRunner& operator=(const SyncRunner&) = delete;

    // Opens the runner's connection and reads the membership. A member: the thread starts and its first
    // round begins at once; returns true. Not a member: status not_member, no thread, returns false. A file
    // that cannot be opened: status shop_file_problem, no thread, returns false. Called once.
    bool start();
    // A round as soon as the one in flight (if any) ends. Never waits.
    void wake();
    // The owner changed the shop's sync interval: a round now, then the new interval. Never waits.
    void set_interval(std::chrono::milliseconds interval);
    // Ends the thread (the round in flight stops after its current batch) and joins it. Idempotent.
    void stop();

    [[nodiscard]] SyncStatus status() const;
    // Waits until `ready(status)` holds or `timeout` passes (tests, and a command that wants one round);
    // true when it held.
    bool wait_for(const std::function<bool(const SyncStatus&)>& ready,
                  std::chrono::milliseconds timeout) const;

  private:
    void run();
    void round();
    void publish(SyncStatus status);

    const std::string path_;
    const Clock& clock_;
    const SyncRunnerOptions options_;
    std::unique_ptr<store::Store> store_;  // the runner's thread's alone once start() returned

    mutable std::mutex mutex_;
    std::condition_variable wake_;             // the thread waits on it between rounds
    mutable std::condition_variable changed_;  // wait_for waits on it
    bool stopping_ = false;
    bool woken_ = false;
    std::chrono::milliseconds interval_;
    SyncStatus status_;
    std::thread thread_;
};

}  // namespace kassa::central
