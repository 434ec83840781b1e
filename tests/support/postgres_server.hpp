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
// Options (all off by default, which is the server described above): `tls` makes a test CA and a server
// certificate for "localhost" with Debian's openssl, turns ssl on and listens on a free TCP port of
// 127.0.0.1 as well, where pg_hba accepts TLS connections only (hostssl): a login over TCP that works proved
// TLS; tls_url() is the address with sslmode=verify-full, and wrong_ca_file() a CA that signed nothing of
// this server. `log_statements` logs every statement to server.log (server_log()), for tests that prove a
// secret never reaches the server's log.
//
// Threading: one test thread.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace kassa::testing {

struct PostgresOptions {
    bool tls = false;
    bool log_statements = false;
};

class PostgresServer {
  public:
    PostgresServer() : PostgresServer(PostgresOptions{false, false}) {}

    explicit PostgresServer(const PostgresOptions& options) : options_(options) {
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
        if (options_.tls) {
            make_certificates();
            port_ = free_port();
        }
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
            quoted(dir_ + "/server.log") + " -w -t 60 -o " + quoted("-k " + dir_ + server_settings()) +
            " start > /dev/null");
        running_ = true;
        run(bin("pg_isready") + " -q -h " + quoted(dir_) +
            (port_ == 5432 ? "" : " -p " + std::to_string(port_)) + " -t 30");
    }

    void stop() {
        run(as_server_ + bin("pg_ctl") + " -D " + quoted(dir_ + "/data") +
            " -m fast -w -t 60 stop > /dev/null");
        running_ = false;
    }

    // The address a till is given: the user and the socket folder, never the password.
    [[nodiscard]] std::string url() const {
        return "postgresql://kassa@/postgres?host=" + dir_ +
               (port_ == 5432 ? "" : "&port=" + std::to_string(port_));
    }
    // With the tls option: the address over TCP with TLS, the server's name checked against `ca_file`.
    [[nodiscard]] std::string tls_url(const std::string& ca_file) const {
        return "postgresql://kassa@localhost:" + std::to_string(port_) +
               "/postgres?hostaddr=127.0.0.1&sslmode=verify-full&sslrootcert=" + ca_file;
    }
    [[nodiscard]] std::string ca_file() const { return dir_ + "/ca.crt"; }
    [[nodiscard]] std::string wrong_ca_file() const { return dir_ + "/wrong-ca.crt"; }
    // Everything the server logged so far.
    [[nodiscard]] std::string server_log() const {
        std::ifstream file(dir_ + "/server.log");
        return std::string(std::istreambuf_iterator<char>(file), {});
    }
    // The password alone, in a file only its owner reads.
    [[nodiscard]] std::string password_file() const { return dir_ + "/client.pw"; }
    [[nodiscard]] static std::string password() { return "till-secret-7"; }
    [[nodiscard]] const std::string& dir() const { return dir_; }

  private:
    [[nodiscard]] std::string server_settings() const {
        std::string settings = " -c fsync=off";
        if (options_.tls) {
            settings += " -c listen_addresses=127.0.0.1 -c port=" + std::to_string(port_) +
                        " -c ssl=on -c ssl_cert_file=" + dir_ + "/server.crt -c ssl_key_file=" + dir_ +
                        "/server.key";
        } else {
            settings += " -c listen_addresses=";
        }
        if (options_.log_statements) {
            settings += " -c log_statement=all";
        }
        return settings;
    }

    // A CA, a server certificate it signed for localhost and 127.0.0.1, and another CA that signed nothing.
    // TCP logins must use TLS (hostssl); the unix socket stays as it was for the test's own probes.
    void make_certificates() {
        const std::string key = " -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
        run("openssl req -x509" + key +
            " -keyout ca.key -out ca.crt -days 2 -subj /CN=kassa-test-ca > openssl.log 2>&1");
        run("openssl req -x509" + key +
            " -keyout wrong-ca.key -out wrong-ca.crt -days 2 -subj /CN=kassa-wrong-ca >> openssl.log 2>&1");
        std::ofstream(dir_ + "/server.ext") << "subjectAltName=DNS:localhost,IP:127.0.0.1\n";
        run("openssl req -new" + key +
            " -keyout server.key -out server.csr -subj /CN=localhost >> openssl.log 2>&1 && openssl x509 "
            "-req -in "
            "server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out server.crt -days 2 -extfile server.ext "
            ">> openssl.log 2>&1");
        // PostgreSQL reads its key only when it is the server user's alone.
        REQUIRE(::chmod((dir_ + "/server.key").c_str(), S_IRUSR | S_IWUSR) == 0);
        if (server_owned()) {
            const passwd* nobody = ::getpwnam("nobody");
            for (const char* file : {"/server.key", "/server.crt"}) {
                REQUIRE(::chown((dir_ + file).c_str(), nobody->pw_uid, nobody->pw_gid) == 0);
            }
        }
        std::ofstream(dir_ + "/data/pg_hba.conf")
            << "local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\n";
    }

    // A TCP port nobody listens on now. The kernel hands out a free one; another test may take it before the
    // server does, which is rare enough that the server's start failing says so plainly.
    static int free_port() {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t size = sizeof address;
        const bool bound = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                           ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0;
        ::close(fd);
        REQUIRE(bound);
        return ntohs(address.sin_port);
    }

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
        for (const char* log : {"/initdb.log", "/openssl.log", "/server.log"}) {
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

    PostgresOptions options_;
    std::string dir_;
    std::string as_server_;
    bool running_ = false;
    int port_ = 5432;  // the default: the socket's name; over TCP only with the tls option
};

}  // namespace kassa::testing
