#pragma once
// Where scans and errors wait for the caller. Reader threads push; the caller drains on its own thread (the
// Qt till from a queued slot the notifier triggers; kassactl and tests by waiting). Thread-safe: every
// member may be called from any thread.

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

#include "kassa/drivers/events.hpp"

namespace kassa::drivers {

class EventQueue {
  public:
    void push(Event event);
    std::optional<Event> try_pop();
    std::vector<Event> drain();
    // Blocks until an event is there or `limit` has passed (a guard so a broken device cannot hang the
    // caller; not a way to wait for time to pass).
    std::optional<Event> wait_pop(std::chrono::milliseconds limit);
    // Called after every push, on the pushing thread, outside the queue's lock; it must only schedule a
    // drain (e.g. a queued Qt invocation), never drain itself.
    void set_notifier(std::function<void()> notifier);

  private:
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<Event> events_;
    std::function<void()> notifier_;
};

}  // namespace kassa::drivers
