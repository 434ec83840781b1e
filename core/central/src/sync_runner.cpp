// The till's background sync (docs/sync.md, "Background sync in the till").

#include "kassa/central/sync_runner.hpp"

#include <utility>

#include "kassa/central/sync.hpp"
#include "kassa/store/store.hpp"
#include "kassa/store/sync_log.hpp"

namespace kassa::central {

std::string_view sync_state_name(SyncState state) {
    switch (state) {
        case SyncState::not_member:
            return "not_member";
        case SyncState::starting:
            return "starting";
        case SyncState::in_sync:
            return "in_sync";
        case SyncState::offline:
            return "offline";
        case SyncState::refused:
            return "refused";
        case SyncState::shop_file_problem:
            return "shop_file_problem";
    }
    return "unknown";
}

SyncRunner::SyncRunner(std::string shop_path, const Clock& clock, SyncRunnerOptions options)
    : path_(std::move(shop_path)), clock_(clock), options_(options), interval_(options.interval) {}

SyncRunner::~SyncRunner() {
    stop();
}

bool SyncRunner::start() {
    SyncStatus first;
    try {
        store_ = std::make_unique<store::Store>(path_, store::Database::Mode::open_existing);
        if (!store::SyncLog(*store_).membership()) {
            // A single till: nothing to run, nothing to show.
            store_.reset();
            first.state = SyncState::not_member;
            publish(first);
            return false;
        }
    } catch (const store::StoreError& e) {
        store_.reset();
        first.state = SyncState::shop_file_problem;
        first.store_failure = e.kind();
        publish(first);
        return false;
    }
    first.state = SyncState::starting;
    publish(first);
    thread_ = std::thread([this] { run(); });
    return true;
}

void SyncRunner::wake() {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        woken_ = true;
    }
    wake_.notify_one();
}

void SyncRunner::set_interval(std::chrono::milliseconds interval) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        interval_ = interval;
        woken_ = true;  // the wait in progress was measured with the old interval
    }
    wake_.notify_one();
}

void SyncRunner::stop() {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_one();
    if (thread_.joinable()) {
        thread_.join();
    }
}

SyncStatus SyncRunner::status() const {
    const std::lock_guard<std::mutex> lock(mutex_);
    return status_;
}

bool SyncRunner::wait_for(const std::function<bool(const SyncStatus&)>& ready,
                          std::chrono::milliseconds timeout) const {
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_for(lock, timeout, [&] { return ready(status_); });
}

void SyncRunner::publish(SyncStatus status) {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        status_ = std::move(status);
    }
    changed_.notify_all();
}

void SyncRunner::run() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stopping_) {
        // A wake-up during the round below asks for another one: it may come after the round read its batch.
        woken_ = false;
        lock.unlock();
        round();
        lock.lock();
        wake_.wait_for(lock, interval_, [this] { return stopping_ || woken_; });
    }
}

void SyncRunner::round() {
    const Instant at = clock_.now();
    SyncStatus next = status();
    next.checked_at = at;
    const auto failed = [&](SyncState state) {
        next.state = state;
        if (!next.failing_since) {
            next.failing_since = at;
        }
    };
    try {
        SyncOptions sync_options;
        sync_options.batch_rows = options_.batch_rows;
        sync_options.keep_going = [this] {
            const std::lock_guard<std::mutex> lock(mutex_);
            return !stopping_;
        };
        sync(*store_, at, sync_options);
        next.state = SyncState::in_sync;
        next.failing_since.reset();
        next.last_synced = at;
        next.value.clear();
    } catch (const CentralError& e) {
        // Only a central that does not answer is "offline": every other problem needs someone to act.
        failed(e.problem() == CentralProblem::unreachable ? SyncState::offline : SyncState::refused);
        next.problem = e.problem();
        next.value = e.value();
    } catch (const store::StoreError& e) {
        failed(SyncState::shop_file_problem);
        next.store_failure = e.kind();
    } catch (const std::exception& e) {
        // Nothing else is expected (a reply that does not parse): the central's answer was not usable.
        failed(SyncState::refused);
        next.problem = CentralProblem::server_refused;
        next.value = e.what();
    }
    try {
        const store::Waiting waiting = store::SyncLog(*store_).waiting_by_kind();
        next.sales_waiting = waiting.sales;
        next.other_waiting = waiting.other;
    } catch (const store::StoreError& e) {
        failed(SyncState::shop_file_problem);
        next.store_failure = e.kind();
    }
    ++next.rounds;
    publish(std::move(next));
}

}  // namespace kassa::central
