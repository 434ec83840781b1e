#pragma once
// tests/support/escpos_printer_emulator.py as a child process of a Catch test, and its control connection:
// a network receipt printer on 127.0.0.1 that keeps every byte it receives (per connection, with and without
// the status requests it answered) and answers DLE EOT from a mode the test switches. Each switch is
// acknowledged, so no test waits for time to pass. Shared by the drivers' and the till's printer tests.
//
// Threading: the test's thread only.
#include <catch2/catch.hpp>

#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "kassa/drivers/tcp_printer_port.hpp"
#include "temp_dir.hpp"

extern char** environ;

namespace kassa::testing {

class Emulator {
    using Bytes = std::vector<std::uint8_t>;
    using Clock = std::chrono::steady_clock;
    // Only bounds a hang: every wait ends as soon as its answer arrives.
    static constexpr std::chrono::seconds kGuard{20};

    static Bytes read_file(const std::filesystem::path& path) {
        std::ifstream in(path, std::ios::binary);
        return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }

  public:
    Emulator() {
        int out[2];
        REQUIRE(::pipe(out) == 0);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out[1], 1);
        posix_spawn_file_actions_addclose(&actions, out[0]);
        const std::string script =
            std::string(KASSA_SOURCE_DIR) + "/tests/support/escpos_printer_emulator.py";
        const std::string dir = dir_.path().string();
        std::vector<std::string> args{KASSA_PYTHON3, script, dir, "--lifetime", "120"};
        std::vector<char*> argv;
        for (auto& a : args) {
            argv.push_back(a.data());
        }
        argv.push_back(nullptr);
        const int r = posix_spawn(&pid_, KASSA_PYTHON3, &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(out[1]);
        REQUIRE(r == 0);
        // The first line: "PORT <printer> <control>".
        std::string line;
        const auto limit = Clock::now() + kGuard;
        while (line.find('\n') == std::string::npos) {
            pollfd p{out[0], POLLIN, 0};
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(limit - Clock::now());
            REQUIRE(left.count() > 0);
            REQUIRE(::poll(&p, 1, static_cast<int>(left.count())) == 1);
            char c[64];
            const ssize_t n = ::read(out[0], c, sizeof c);
            REQUIRE(n > 0);
            line.append(c, static_cast<std::size_t>(n));
        }
        ::close(out[0]);
        unsigned printer = 0;
        unsigned control = 0;
        REQUIRE(std::sscanf(line.c_str(), "PORT %u %u", &printer, &control) == 2);
        port_ = static_cast<std::uint16_t>(printer);
        control_ = connect_to(static_cast<std::uint16_t>(control));
        REQUIRE(control_ >= 0);
    }
    ~Emulator() {
        if (control_ >= 0) {
            ask("quit");
            ::close(control_);
        } else {
            ::kill(pid_, SIGKILL);  // our own child, which could not be told to quit
        }
        int status = 0;
        ::waitpid(pid_, &status, 0);
    }
    Emulator(const Emulator&) = delete;
    Emulator& operator=(const Emulator&) = delete;

    std::uint16_t port() const { return port_; }
    drivers::TcpPrinterAddress address() const { return {"127.0.0.1", port_}; }

    // Switches the mode; returns once the emulator says it is in force.
    void set(const std::string& command) { REQUIRE(ask(command) == "ok"); }

    // The folder the emulator writes its connections' bytes to.
    [[nodiscard]] std::filesystem::path folder() const { return dir_.path(); }

    // Every connection's bytes without the status requests, in connection order.
    std::vector<Bytes> jobs() const { return files(".job"); }
    std::vector<Bytes> raw() const { return files(".raw"); }

  private:
    static int connect_to(std::uint16_t port) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
            ::close(fd);
            return -1;
        }
        // The answer comes at once; the limit only stops a dead emulator from hanging the test.
        timeval tv{static_cast<time_t>(kGuard.count()), 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        return fd;
    }

    std::string ask(const std::string& command) {
        const std::string line = command + "\n";
        if (::send(control_, line.data(), line.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(line.size())) {
            return "send failed";
        }
        std::string answer;
        char c = 0;
        while (::recv(control_, &c, 1, 0) == 1 && c != '\n') {
            answer.push_back(c);
        }
        return answer;
    }

    std::vector<Bytes> files(const std::string& suffix) const {
        std::vector<Bytes> out;
        for (int n = 1; std::filesystem::exists(dir_.path() / ("conn-" + std::to_string(n) + suffix)); ++n) {
            out.push_back(read_file(dir_.path() / ("conn-" + std::to_string(n) + suffix)));
        }
        return out;
    }

    kassa::testing::TempDir dir_;
    pid_t pid_ = -1;
    std::uint16_t port_ = 0;
    int control_ = -1;
};

}  // namespace kassa::testing
