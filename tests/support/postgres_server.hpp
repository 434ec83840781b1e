#pragma once
// A real PostgreSQL 15 for one test: initdb and pg_ctl in a fresh temporary folder, listening only on a unix
// socket in that folder (no TCP port, so parallel tests never collide), with scram-sha-256 logins for the
// user "kassa" whose password is in a 0600 file. PostgreSQL refuses to run as root, and the tests run as root
// here and in CI: then the folder belongs to "nobody" and initdb and pg_ctl run through runuser. Stopped and
// removed with everything in it at scope exit. Startup is waited for by pg_ctl -w (it polls the server for
// at most -t seconds) and checked once more with pg_isready; nothing sleeps.
//
// fsync is off and initdb does not sync: the tests prove the order of commits, not survival of a power cut,
// and a server with fsync off starts in about a second instead of several.
//
// Threading: one test thread.

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace kassa::testing {

class PostgresServer {
  public:
    PostgresServer() {
        char pattern[] = "/tmp/kassa-pg-XXXXXX";
        REQUIRE(::mkdtemp(pattern) != nullptr);
        dir_ = pattern;
        if (::geteuid() == 0) {
            const passwd* nobody = ::getpwnam("nobody");
            REQUIRE(nobody != nullptr);
            REQUIRE(::chown(dir_.c_str(), nobody->pw_uid, nobody->pw_gid) == 0);
            as_server_ = "runuser -u nobody -- ";
        }
        write_secret(dir_ + "/initdb.pw", server_owned());
        write_secret(password_file(), false);
        run(as_server_ + bin("initdb") + " -D " + quoted(dir_ + "/data") +
            " -U kassa --pwfile=" + quoted(dir_ + "/initdb.pw") +
            " -A scram-sha-256 -E UTF8 --locale=C.UTF-8 -N > " + quoted(dir_ + "/initdb.log") + " 2>&1");
        std::filesystem::remove(dir_ + "/initdb.pw");
        start();
    }

    ~PostgresServer() {
        if (running_) {
            // Fast shutdown: the test is over, open connections are cut.
            std::system((in_dir() + as_server_ + bin("pg_ctl") + " -D " + quoted(dir_ + "/data") +
                         " -m immediate -w -t 30 stop > /dev/null 2>&1")
                            .c_str());
        }
        std::error_code ignored;
        std::filesystem::remove_all(dir_, ignored);
    }

    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    void start() {
        run(as_server_ + bin("pg_ctl") + " -D " + quoted(dir_ + "/data") + " -l " +
            quoted(dir_ + "/server.log") + " -w -t 60 -o " +
            quoted("-k " + dir_ + " -c listen_addresses= -c fsync=off") + " start > /dev/null");
        running_ = true;
        run(bin("pg_isready") + " -q -h " + quoted(dir_) + " -t 30");
    }

    void stop() {
        run(as_server_ + bin("pg_ctl") + " -D " + quoted(dir_ + "/data") +
            " -m fast -w -t 60 stop > /dev/null");
        running_ = false;
    }

    // The address a till is given: the user and the socket folder, never the password.
    [[nodiscard]] std::string url() const { return "postgresql://kassa@/postgres?host=" + dir_; }
    // The password alone, in a file only its owner reads.
    [[nodiscard]] std::string password_file() const { return dir_ + "/client.pw"; }
    [[nodiscard]] static std::string password() { return "till-secret-7"; }
    [[nodiscard]] const std::string& dir() const { return dir_; }

  private:
    static std::string bin(const char* tool) { return std::string(KASSA_PG_BINDIR) + "/" + tool; }
    static std::string quoted(const std::string& text) { return "'" + text + "'"; }
    [[nodiscard]] bool server_owned() const { return !as_server_.empty(); }
    // initdb and pg_ctl look at the current folder, which nobody may not be allowed to read.
    [[nodiscard]] std::string in_dir() const { return "cd " + quoted(dir_) + " && "; }

    void run(const std::string& command) {
        const std::string full = in_dir() + command;
        const int status = std::system(full.c_str());
        INFO(full);
        INFO(log_tail());
        REQUIRE(status == 0);
    }

    [[nodiscard]] std::string log_tail() const {
        std::string out;
        for (const char* log : {"/initdb.log", "/server.log"}) {
            std::ifstream file(dir_ + log);
            out += std::string(std::istreambuf_iterator<char>(file), {});
        }
        return out.size() > 4000 ? out.substr(out.size() - 4000) : out;
    }

    void write_secret(const std::string& path, bool for_server) const {
        {
            std::ofstream file(path);
            file << password() << '\n';
        }
        REQUIRE(::chmod(path.c_str(), S_IRUSR | S_IWUSR) == 0);
        if (for_server) {
            const passwd* nobody = ::getpwnam("nobody");
            REQUIRE(::chown(path.c_str(), nobody->pw_uid, nobody->pw_gid) == 0);
        }
    }

    std::string dir_;
    std::string as_server_;
    bool running_ = false;
};

}  // namespace kassa::testing
