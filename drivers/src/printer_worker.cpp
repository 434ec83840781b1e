#include "kassa/drivers/printer_worker.hpp"

#include <algorithm>

namespace kassa::drivers {

using Clock = std::chrono::steady_clock;

std::string_view job_outcome_name(JobOutcome outcome) {
    switch (outcome) {
        case JobOutcome::printed:
            return "printed";
        case JobOutcome::not_printed:
            return "not_printed";
        case JobOutcome::interrupted:
            return "interrupted";
    }
    return "not_printed";
}

std::string_view printer_worker_state_name(PrinterWorker::State state) {
    switch (state) {
        case PrinterWorker::State::not_started:
            return "not_started";
        case PrinterWorker::State::idle:
            return "idle";
        case PrinterWorker::State::checking:
            return "checking";
        case PrinterWorker::State::waiting:
            return "waiting";
        case PrinterWorker::State::sending:
            return "sending";
        case PrinterWorker::State::confirming:
            return "confirming";
        case PrinterWorker::State::stopped:
            return "stopped";
    }
    return "stopped";
}

void PrinterEventQueue::push(PrinterEvent event) {
    {
        std::lock_guard lock(mutex_);
        events_.push_back(std::move(event));
    }
    ready_.notify_all();
}

std::optional<PrinterEvent> PrinterEventQueue::try_pop() {
    std::lock_guard lock(mutex_);
    if (events_.empty()) {
        return std::nullopt;
    }
    PrinterEvent e = std::move(events_.front());
    events_.pop_front();
    return e;
}

std::optional<PrinterEvent> PrinterEventQueue::wait_pop(std::chrono::milliseconds limit) {
    std::unique_lock lock(mutex_);
    if (!ready_.wait_for(lock, limit, [this] { return !events_.empty(); })) {
        return std::nullopt;
    }
    PrinterEvent e = std::move(events_.front());
    events_.pop_front();
    return e;
}

std::function<void(PrinterEvent)> PrinterEventQueue::sink() {
    return [this](PrinterEvent e) { push(std::move(e)); };
}

PrinterWorker::PrinterWorker(std::unique_ptr<PrinterPort> port, std::function<void(PrinterEvent)> sink,
                             PrinterWorkerSettings settings)
    : port_(std::move(port)), sink_(std::move(sink)), settings_(settings) {}

PrinterWorker::~PrinterWorker() {
    stop();
}

void PrinterWorker::start() {
    std::lock_guard lock(mutex_);
    if (state_ != State::not_started) {
        return;
    }
    state_ = State::idle;
    thread_ = std::thread([this] { run(); });
}

void PrinterWorker::submit(PrintJob job) {
    {
        std::lock_guard lock(mutex_);
        if (!stopping_ && state_ != State::stopped) {
            jobs_.push_back(std::move(job));
            wake_.notify_all();
            return;
        }
    }
    report(PrintJobDone{std::move(job.id), JobOutcome::not_printed, PrintProblem::cancelled});
}

void PrinterWorker::stop() {
    std::lock_guard stop_lock(stop_mutex_);
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    port_->cancel();
    if (thread_.joinable()) {
        thread_.join();
    }
    std::deque<PrintJob> left;
    {
        std::lock_guard lock(mutex_);
        left.swap(jobs_);
        state_ = State::stopped;
    }
    // A worker stopped before it ran leaves its jobs here; the thread reports those it still held itself.
    for (PrintJob& job : left) {
        report(PrintJobDone{std::move(job.id), JobOutcome::not_printed, PrintProblem::cancelled});
    }
}

PrinterWorker::State PrinterWorker::state() const {
    std::lock_guard lock(mutex_);
    return state_;
}

void PrinterWorker::set_state(State state) {
    std::lock_guard lock(mutex_);
    state_ = state;
}

void PrinterWorker::report(PrinterEvent event) {
    if (!sink_) {
        return;
    }
    // Nothing may leave the I/O thread as an exception (it would end the till). A sink that throws (out of
    // memory) loses this report only: the job itself is still in the caller's print queue.
    try {
        sink_(std::move(event));
    } catch (...) {
    }
}

bool PrinterWorker::wait_or_stop(std::chrono::milliseconds limit) {
    std::unique_lock lock(mutex_);
    return wake_.wait_for(lock, limit, [this] { return stopping_; });
}

Clock::time_point PrinterWorker::send_deadline(std::size_t bytes) const {
    const std::size_t rate = std::max<std::size_t>(1, settings_.min_bytes_per_second);
    return Clock::now() + settings_.send_timeout + std::chrono::milliseconds(bytes * 1000 / rate);
}

void PrinterWorker::run() {
    for (;;) {
        PrintJob job;
        {
            std::unique_lock lock(mutex_);
            state_ = State::idle;
            wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
            if (stopping_) {
                break;
            }
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        process(job);
    }
    port_->close();
    std::deque<PrintJob> left;
    {
        std::lock_guard lock(mutex_);
        left.swap(jobs_);
    }
    for (PrintJob& job : left) {
        report(PrintJobDone{std::move(job.id), JobOutcome::not_printed, PrintProblem::cancelled});
    }
}

PrintProblem PrinterWorker::check_status() {
    PrinterStatusChanged now;
    now.problem = port_->open();
    if (now.problem == PrintProblem::none) {
        const StatusResult result = port_->query_status();
        now.problem = result.problem;
        if (result.problem == PrintProblem::none) {
            now.status = result.status;
            now.problem = status_problem(result.status);
        }
    }
    // A cancelled check says nothing about the printer.
    if (now.problem != PrintProblem::cancelled &&
        (!last_status_ || last_status_->problem != now.problem || last_status_->status != now.status)) {
        last_status_ = now;
        report(std::move(now));
        return last_status_->problem;
    }
    return now.problem;
}

void PrinterWorker::process(PrintJob& job) {
    const Clock::time_point wait_started = Clock::now();
    PrintProblem reported = PrintProblem::none;
    for (;;) {
        set_state(State::checking);
        const PrintProblem problem = check_status();
        if (problem == PrintProblem::none) {
            break;
        }
        // A printer that is there but not ready stays claimed where the port keeps claims (USB); a port that
        // failed is closed and opened afresh at the next check.
        if (problem == PrintProblem::paper_out || problem == PrintProblem::cover_open ||
            problem == PrintProblem::offline || problem == PrintProblem::printer_error) {
            port_->idle();
        } else {
            port_->close();
        }
        if (problem == PrintProblem::cancelled) {
            report(PrintJobDone{job.id, JobOutcome::not_printed, PrintProblem::cancelled});
            return;
        }
        const auto waited =
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - wait_started);
        if (waited >= settings_.ready_wait_limit) {
            report(PrintJobDone{job.id, JobOutcome::not_printed, problem});
            return;
        }
        set_state(State::waiting);  // before the event, so a caller that hears of the wait sees the state
        if (problem != reported) {
            reported = problem;
            report(PrintJobWaiting{job.id, problem});
        }
        if (wait_or_stop(std::min(settings_.poll_interval, settings_.ready_wait_limit - waited))) {
            report(PrintJobDone{job.id, JobOutcome::not_printed, PrintProblem::cancelled});
            return;
        }
    }
    set_state(State::sending);
    const PrintProblem sent = port_->send(job.bytes, send_deadline(job.bytes.size()));
    if (sent != PrintProblem::none) {
        port_->close();
        if (sent == PrintProblem::connection_lost || sent == PrintProblem::timeout) {
            last_status_.reset();  // the next check reports what the printer is now, whatever it is
        }
        report(PrintJobDone{job.id, JobOutcome::interrupted, sent});
        return;
    }
    set_state(State::confirming);
    const PrintProblem after = check_status();
    if (after == PrintProblem::none) {
        port_->idle();
    } else {
        port_->close();
    }
    report(PrintJobDone{job.id, after == PrintProblem::none ? JobOutcome::printed : JobOutcome::interrupted,
                        after});
}

}  // namespace kassa::drivers
