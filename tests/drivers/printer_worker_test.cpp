// TcpPrinterPort and PrinterWorker against a real socket: tests/support/escpos_printer_emulator.py, started
// here, is a network receipt printer on 127.0.0.1 that keeps every byte it receives and answers DLE EOT from
// a mode the test switches through its control port (each switch is acknowledged, so nothing waits for time
// to pass). Every wait is on the worker's event queue with a generous limit that only turns a hang into a
// failure.
#include <catch2/catch.hpp>

#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "kassa/drivers/printer_worker.hpp"
#include "kassa/drivers/tcp_printer_port.hpp"
#include "printer_emulator.hpp"
#include "temp_dir.hpp"

extern char** environ;

using namespace kassa::drivers;
using Bytes = std::vector<std::uint8_t>;
using kassa::testing::Emulator;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {

// Only bounds a hang: every wait below ends as soon as its event arrives.
constexpr auto kGuard = 20s;

// A receipt as the encoder would make it: ESC @, text, feed and cut. No DLE in it.
Bytes receipt(const std::string& text) {
    Bytes b{0x1B, 0x40};
    b.insert(b.end(), text.begin(), text.end());
    const Bytes feed_and_cut{0x0A, 0x1D, 0x56, 0x42, 0x00};
    b.insert(b.end(), feed_and_cut.begin(), feed_and_cut.end());
    return b;
}

Bytes concat(const std::vector<Bytes>& parts) {
    Bytes all;
    for (const Bytes& p : parts) {
        all.insert(all.end(), p.begin(), p.end());
    }
    return all;
}

// Events until one of type T arrives; the others are kept in `seen`.
template <typename T>
T wait_for(PrinterEventQueue& events, std::vector<PrinterEvent>* seen = nullptr) {
    for (;;) {
        auto e = events.wait_pop(std::chrono::duration_cast<std::chrono::milliseconds>(kGuard));
        REQUIRE(e.has_value());
        if (const auto* t = std::get_if<T>(&*e)) {
            return *t;
        }
        if (seen != nullptr) {
            seen->push_back(std::move(*e));
        }
    }
}

PrinterWorkerSettings quick() {
    PrinterWorkerSettings s;
    s.poll_interval = 50ms;
    s.ready_wait_limit = 60s;
    return s;
}

std::uint16_t unused_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    socklen_t length = sizeof a;
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &length) == 0);
    ::close(fd);  // bound, never listening, now closed: connecting is refused
    return ntohs(a.sin_port);
}

}  // namespace

TEST_CASE("TcpPrinterPort reads the emulator's status in each mode", "[drivers][printer]") {
    Emulator printer;
    TcpPrinterPort port(printer.address());
    REQUIRE(port.open() == PrintProblem::none);
    StatusResult ready = port.query_status();
    REQUIRE(ready.problem == PrintProblem::none);
    CHECK(ready.status.online);
    CHECK(status_problem(ready.status) == PrintProblem::none);

    printer.set("paper_out");
    StatusResult paper = port.query_status();
    REQUIRE(paper.problem == PrintProblem::none);
    CHECK(paper.status.paper_out);
    CHECK(paper.status.paper_end_stop);
    CHECK(status_problem(paper.status) == PrintProblem::paper_out);

    printer.set("cover_open");
    StatusResult cover = port.query_status();
    REQUIRE(cover.problem == PrintProblem::none);
    CHECK(cover.status.cover_open);
    CHECK_FALSE(cover.status.online);
    CHECK(status_problem(cover.status) == PrintProblem::cover_open);
    port.close();

    // Exactly the requests went down the connection: DLE EOT 1, 2, 4 per query, nothing else.
    const Bytes one_query{0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04};
    Bytes three;
    for (int i = 0; i < 3; ++i) {
        three.insert(three.end(), one_query.begin(), one_query.end());
    }
    REQUIRE(printer.raw().size() == 1);
    CHECK(printer.raw()[0] == three);
    CHECK(printer.jobs()[0].empty());
}

TEST_CASE("TcpPrinterPort: a printer that never answers status is no_status within the limit",
          "[drivers][printer]") {
    Emulator printer;
    printer.set("silent");
    TcpPrinterSettings settings;
    settings.status_timeout = 300ms;
    TcpPrinterPort port(printer.address(), settings);
    REQUIRE(port.open() == PrintProblem::none);
    const auto started = Clock::now();
    CHECK(port.query_status().problem == PrintProblem::no_status);
    CHECK(Clock::now() - started < 5s);
}

TEST_CASE("TcpPrinterPort: nothing listening is refused, an unknown name is host_unknown",
          "[drivers][printer]") {
    TcpPrinterPort refused_port(TcpPrinterAddress{"127.0.0.1", unused_port()});
    const auto started = Clock::now();
    CHECK(refused_port.open() == PrintProblem::refused);
    CHECK(Clock::now() - started < 5s);
    // RFC 6761: .invalid never resolves. Without any resolver at all the lookup fails as unreachable.
    TcpPrinterPort unknown(TcpPrinterAddress{"kassa-printer.invalid", 9100});
    const PrintProblem p = unknown.open();
    CHECK((p == PrintProblem::host_unknown || p == PrintProblem::unreachable));
}

TEST_CASE("PrinterWorker prints a job and the printer receives exactly its bytes", "[drivers][printer]") {
    Emulator printer;
    PrinterEventQueue events;
    PrinterWorker worker(std::make_unique<TcpPrinterPort>(printer.address()), events.sink(), quick());
    worker.start();
    const Bytes job = receipt("Kassa test receipt\nMilk 1.29\nTotal 1.29\n");
    worker.submit(PrintJob{"job-1", job});
    std::vector<PrinterEvent> seen;
    const PrintJobDone done = wait_for<PrintJobDone>(events, &seen);
    CHECK(done.id == "job-1");
    CHECK(done.outcome == JobOutcome::printed);
    CHECK(done.problem == PrintProblem::none);
    // The first check reported the printer ready.
    REQUIRE(seen.size() == 1);
    const auto* status = std::get_if<PrinterStatusChanged>(&seen[0]);
    REQUIRE(status != nullptr);
    CHECK(status->problem == PrintProblem::none);
    CHECK(status->status.has_value());
    worker.stop();
    CHECK(worker.state() == PrinterWorker::State::stopped);

    // One connection: the status asked before, the job, the status asked after.
    const Bytes ask{0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04};
    Bytes expected = ask;
    expected.insert(expected.end(), job.begin(), job.end());
    expected.insert(expected.end(), ask.begin(), ask.end());
    REQUIRE(printer.raw().size() == 1);
    CHECK(printer.raw()[0] == expected);
    CHECK(printer.jobs()[0] == job);
}

TEST_CASE("PrinterWorker: paper out holds the job, paper back prints it once", "[drivers][printer]") {
    Emulator printer;
    printer.set("paper_out");
    PrinterEventQueue events;
    PrinterWorker worker(std::make_unique<TcpPrinterPort>(printer.address()), events.sink(), quick());
    worker.start();
    const Bytes job = receipt("paper came back\n");
    worker.submit(PrintJob{"job-2", job});

    std::vector<PrinterEvent> seen;
    const PrintJobWaiting waiting = wait_for<PrintJobWaiting>(events, &seen);
    CHECK(waiting.id == "job-2");
    CHECK(waiting.problem == PrintProblem::paper_out);
    REQUIRE(seen.size() == 1);
    CHECK(std::get<PrinterStatusChanged>(seen[0]).problem == PrintProblem::paper_out);
    CHECK(std::get<PrinterStatusChanged>(seen[0]).status->paper_out);
    CHECK(concat(printer.jobs()).empty());  // nothing printed while the paper is out

    printer.set("normal");
    seen.clear();
    const PrintJobDone done = wait_for<PrintJobDone>(events, &seen);
    CHECK(done.id == "job-2");
    CHECK(done.outcome == JobOutcome::printed);
    // The status went back to ready, reported once, and the job waited for nothing else.
    REQUIRE(!seen.empty());
    CHECK(std::get<PrinterStatusChanged>(seen.back()).problem == PrintProblem::none);
    for (const PrinterEvent& e : seen) {
        CHECK_FALSE(std::holds_alternative<PrintJobWaiting>(e));
    }
    worker.stop();
    CHECK(concat(printer.jobs()) == job);  // once, whole
}

TEST_CASE("PrinterWorker: a printer that is unplugged waits, then prints once it is back",
          "[drivers][printer]") {
    Emulator printer;
    printer.set("unplugged");
    PrinterEventQueue events;
    PrinterWorker worker(std::make_unique<TcpPrinterPort>(printer.address()), events.sink(), quick());
    worker.start();
    const Bytes job = receipt("after the cable\n");
    worker.submit(PrintJob{"job-3", job});
    const PrintJobWaiting waiting = wait_for<PrintJobWaiting>(events);
    CHECK(waiting.problem == PrintProblem::refused);
    printer.set("normal");
    const PrintJobDone done = wait_for<PrintJobDone>(events);
    CHECK(done.outcome == JobOutcome::printed);
    worker.stop();
    CHECK(concat(printer.jobs()) == job);
}

TEST_CASE("PrinterWorker: nothing listening is not_printed/refused within the connect timeout",
          "[drivers][printer]") {
    PrinterEventQueue events;
    PrinterWorkerSettings settings = quick();
    settings.ready_wait_limit = 0ms;  // report at once instead of waiting for the printer
    TcpPrinterSettings tcp;
    tcp.connect_timeout = 2s;
    PrinterWorker worker(std::make_unique<TcpPrinterPort>(TcpPrinterAddress{"127.0.0.1", unused_port()}, tcp),
                         events.sink(), settings);
    worker.start();
    const auto started = Clock::now();
    worker.submit(PrintJob{"job-4", receipt("nobody home\n")});
    std::vector<PrinterEvent> seen;
    const PrintJobDone done = wait_for<PrintJobDone>(events, &seen);
    CHECK(Clock::now() - started < tcp.connect_timeout + 2s);
    CHECK(done.id == "job-4");
    CHECK(done.outcome == JobOutcome::not_printed);
    CHECK(done.problem == PrintProblem::refused);
    REQUIRE(seen.size() == 1);
    const auto& status = std::get<PrinterStatusChanged>(seen[0]);
    CHECK(status.problem == PrintProblem::refused);
    CHECK_FALSE(status.status.has_value());
}

TEST_CASE("PrinterWorker: the printer hanging up mid-job is interrupted/connection_lost, not resent",
          "[drivers][printer]") {
    Emulator printer;
    printer.set("hangup 1000");
    PrinterEventQueue events;
    PrinterWorker worker(std::make_unique<TcpPrinterPort>(printer.address()), events.sink(), quick());
    worker.start();
    // Far more than the socket buffers hold, so the hang-up comes while the job is still being written.
    Bytes job = receipt(std::string(16 * 1024 * 1024, 'x'));
    worker.submit(PrintJob{"job-5", job});
    const PrintJobDone done = wait_for<PrintJobDone>(events);
    CHECK(done.id == "job-5");
    CHECK(done.outcome == JobOutcome::interrupted);
    CHECK(done.problem == PrintProblem::connection_lost);
    worker.stop();
    const std::vector<Bytes> received = printer.jobs();
    REQUIRE(received.size() == 1);  // the worker did not send it again
    REQUIRE(received[0].size() == 1000);
    CHECK(std::equal(received[0].begin(), received[0].end(), job.begin()));
}

TEST_CASE("PrinterWorker: stop() while a job waits for paper returns promptly and reports the job",
          "[drivers][printer]") {
    Emulator printer;
    printer.set("paper_out");
    PrinterEventQueue events;
    PrinterWorkerSettings settings;
    settings.poll_interval = 60s;  // the wait must be woken, not run out
    settings.ready_wait_limit = 600s;
    PrinterWorker worker(std::make_unique<TcpPrinterPort>(printer.address()), events.sink(), settings);
    worker.start();
    worker.submit(PrintJob{"job-6", receipt("never\n")});
    worker.submit(PrintJob{"job-7", receipt("queued behind\n")});
    CHECK(wait_for<PrintJobWaiting>(events).id == "job-6");
    CHECK(worker.state() == PrinterWorker::State::waiting);
    const auto started = Clock::now();
    worker.stop();
    CHECK(Clock::now() - started < 2s);
    CHECK(worker.state() == PrinterWorker::State::stopped);
    // Both jobs come back to the caller, in order.
    const PrintJobDone first = wait_for<PrintJobDone>(events);
    const PrintJobDone second = wait_for<PrintJobDone>(events);
    CHECK(first.id == "job-6");
    CHECK(first.outcome == JobOutcome::not_printed);
    CHECK(first.problem == PrintProblem::cancelled);
    CHECK(second.id == "job-7");
    CHECK(second.outcome == JobOutcome::not_printed);
    CHECK(second.problem == PrintProblem::cancelled);
    // After stop, a job is handed straight back.
    worker.submit(PrintJob{"job-8", receipt("too late\n")});
    const PrintJobDone late = wait_for<PrintJobDone>(events);
    CHECK(late.id == "job-8");
    CHECK(late.problem == PrintProblem::cancelled);
    CHECK(concat(printer.jobs()).empty());
}

TEST_CASE("PrinterWorker: stop() while a slow printer takes a job cuts the write short",
          "[drivers][printer]") {
    Emulator printer;
    printer.set("slow 100");
    PrinterEventQueue events;
    PrinterWorker worker(std::make_unique<TcpPrinterPort>(printer.address()), events.sink(), quick());
    worker.start();
    worker.submit(PrintJob{"job-9", receipt(std::string(16 * 1024 * 1024, 'y'))});
    // The first status check passed; the worker is now writing far more than the slow printer reads.
    const auto status = wait_for<PrinterStatusChanged>(events);
    CHECK(status.problem == PrintProblem::none);
    const auto started = Clock::now();
    worker.stop();
    CHECK(Clock::now() - started < 2s);
    const PrintJobDone done = wait_for<PrintJobDone>(events);
    CHECK(done.outcome == JobOutcome::interrupted);
    CHECK(done.problem == PrintProblem::cancelled);
}

TEST_CASE("PrinterWorker: a printer too slow for the send deadline is interrupted/timeout",
          "[drivers][printer]") {
    Emulator printer;
    printer.set("slow 100");
    PrinterEventQueue events;
    PrinterWorkerSettings settings = quick();
    settings.send_timeout = 300ms;
    settings.min_bytes_per_second = 1024 * 1024 * 1024;  // the job's size adds nothing to the deadline
    PrinterWorker worker(std::make_unique<TcpPrinterPort>(printer.address()), events.sink(), settings);
    worker.start();
    const auto started = Clock::now();
    worker.submit(PrintJob{"job-10", receipt(std::string(16 * 1024 * 1024, 'z'))});
    const PrintJobDone done = wait_for<PrintJobDone>(events);
    CHECK(Clock::now() - started < 10s);
    CHECK(done.id == "job-10");
    CHECK(done.outcome == JobOutcome::interrupted);
    CHECK(done.problem == PrintProblem::timeout);
}
