#include "kassa/drivers/event_queue.hpp"

namespace kassa::drivers {

void EventQueue::push(Event event) {
    std::function<void()> notifier;
    {
        std::lock_guard lock(mutex_);
        events_.push_back(std::move(event));
        notifier = notifier_;
    }
    ready_.notify_all();
    if (notifier) {
        notifier();
    }
}

std::optional<Event> EventQueue::try_pop() {
    std::lock_guard lock(mutex_);
    if (events_.empty()) {
        return std::nullopt;
    }
    Event e = std::move(events_.front());
    events_.pop_front();
    return e;
}

std::vector<Event> EventQueue::drain() {
    std::lock_guard lock(mutex_);
    std::vector<Event> out(std::make_move_iterator(events_.begin()), std::make_move_iterator(events_.end()));
    events_.clear();
    return out;
}

std::optional<Event> EventQueue::wait_pop(std::chrono::milliseconds limit) {
    std::unique_lock lock(mutex_);
    if (!ready_.wait_for(lock, limit, [this] { return !events_.empty(); })) {
        return std::nullopt;
    }
    Event e = std::move(events_.front());
    events_.pop_front();
    return e;
}

void EventQueue::set_notifier(std::function<void()> notifier) {
    std::lock_guard lock(mutex_);
    notifier_ = std::move(notifier);
}

}  // namespace kassa::drivers
