#pragma once
// One receipt printer's I/O thread: takes print jobs (already-encoded ESC/POS bytes) from a queue, checks the
// printer is ready, sends, checks again, and tells the caller what happened to each job and what the
// printer's status became, as typed events (docs/printing.md, "Printer ports and status").
//
// A job is never lost: the worker only reports. A job it could not print is the caller's to keep and retry
// (the shop file's print queue holds it); the worker never sends a job twice on its own, because a receipt
// that went out half and is sent again comes out twice.
//
// Retry rule: while the printer cannot take the job before any byte of it was sent (paper out, cover open,
// offline, unreachable, no status answer), nothing can come out twice, so the job waits: the worker reports
// `PrintJobWaiting` once per reason, polls the status every `poll_interval` in a condition-variable wait that
// stop() wakes (never a plain sleep), and gives up after `ready_wait_limit` with `not_printed` and the last
// reason. Once bytes went out, a failure is `interrupted` and the job is not sent again.
//
// Threading rule: submit(), state() and stop() from any thread except the sink's callback (stop() joins the
// I/O thread, which may be the one calling the sink). The port and every job's bytes belong to the I/O thread
// once handed over. The sink is called on the I/O thread, one event at a time, with no lock of the worker
// held; it must return quickly (PrinterEventQueue::sink() just queues). stop() sets the stop flag, wakes the
// wait, cancels the port (so a connect, write or status read in progress returns at once) and joins the
// thread; every job still queued is reported `not_printed` with `cancelled`, so the caller hears of each one.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <variant>
#include <vector>

#include "kassa/drivers/printer_port.hpp"

namespace kassa::drivers {

// The caller's name for a job (the shop file's print queue entry).
using PrintJobId = std::string;

struct PrintJob {
    PrintJobId id;
    std::vector<std::uint8_t> bytes;
};

enum class JobOutcome {
    printed,      // every byte went to a printer that was ready before and after
    not_printed,  // no byte of it went out: safe to send again
    interrupted,  // some or all bytes went out but the printer did not confirm (connection lost, paper ran
                  // out meanwhile): sending again may print part of the receipt twice, so the caller decides
};
std::string_view job_outcome_name(JobOutcome outcome);

struct PrintJobDone {
    PrintJobId id;
    JobOutcome outcome = JobOutcome::printed;
    PrintProblem problem = PrintProblem::none;  // none when printed
};

// The job waits for the printer (see the retry rule); sent again when the reason changes.
struct PrintJobWaiting {
    PrintJobId id;
    PrintProblem problem = PrintProblem::none;
};

// What the worker last learnt about the printer, sent whenever it differs from the previous one.
struct PrinterStatusChanged {
    PrintProblem problem = PrintProblem::none;  // status_problem(*status), or the port's problem
    std::optional<PrinterStatus> status;        // empty when the port could not read it
};

using PrinterEvent = std::variant<PrintJobDone, PrintJobWaiting, PrinterStatusChanged>;

// Where a worker's events wait for the caller. Thread-safe: every member from any thread.
class PrinterEventQueue {
  public:
    void push(PrinterEvent event);
    std::optional<PrinterEvent> try_pop();
    // Blocks until an event is there or `limit` has passed (a guard against a hang, not a way to wait for
    // time).
    std::optional<PrinterEvent> wait_pop(std::chrono::milliseconds limit);
    // A sink for PrinterWorker that pushes here; the queue must outlive the worker.
    std::function<void(PrinterEvent)> sink();

  private:
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<PrinterEvent> events_;
};

struct PrinterWorkerSettings {
    // How often a waiting job asks the printer again.
    std::chrono::milliseconds poll_interval{2000};
    // How long a job waits for a printer that is not ready before it is reported not_printed. Zero: it is
    // reported at once.
    std::chrono::milliseconds ready_wait_limit{std::chrono::minutes(5)};
    // Sending a job may take `send_timeout` plus the time the printer needs at `min_bytes_per_second` (a
    // printer takes bytes as fast as it prints once its buffer is full: a logo at print speed).
    std::chrono::milliseconds send_timeout{10000};
    std::size_t min_bytes_per_second = 4096;
};

class PrinterWorker {
  public:
    enum class State {
        not_started,
        idle,      // waiting for a job
        checking,  // asking the printer's status before a job
        waiting,   // the printer is not ready: waiting to ask again
        sending,
        confirming,  // asking the printer's status after a job
        stopped,     // stop() joined the thread; a worker does not start again
    };

    PrinterWorker(std::unique_ptr<PrinterPort> port, std::function<void(PrinterEvent)> sink,
                  PrinterWorkerSettings settings = {});
    ~PrinterWorker();  // stops
    PrinterWorker(const PrinterWorker&) = delete;
    PrinterWorker& operator=(const PrinterWorker&) = delete;

    void start();
    // Queues a job; after stop() it is reported not_printed/cancelled at once, on the caller's thread.
    void submit(PrintJob job);
    // See the threading rule. Harmless twice.
    void stop();
    State state() const;

  private:
    void run();
    void process(PrintJob& job);
    // Opens the port and reads the status; reports a change; returns what keeps the printer from printing.
    PrintProblem check_status();
    void set_state(State state);
    // Not named emit: Qt defines that word as a macro, and the till includes this header next to Qt.
    void report(PrinterEvent event);
    // Waits for `limit` or stop(); true when stop() was called.
    bool wait_or_stop(std::chrono::milliseconds limit);
    std::chrono::steady_clock::time_point send_deadline(std::size_t bytes) const;

    std::unique_ptr<PrinterPort> port_;  // the I/O thread's, except cancel()
    const std::function<void(PrinterEvent)> sink_;
    const PrinterWorkerSettings settings_;

    mutable std::mutex mutex_;
    std::condition_variable wake_;  // a job came or stop() was called
    std::deque<PrintJob> jobs_;
    bool stopping_ = false;
    State state_ = State::not_started;

    std::mutex stop_mutex_;  // one stop() joins; a second one waits for it
    std::thread thread_;
    std::optional<PrinterStatusChanged> last_status_;  // the I/O thread's
};

std::string_view printer_worker_state_name(PrinterWorker::State state);

}  // namespace kassa::drivers
