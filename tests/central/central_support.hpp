#pragma once
// What the fault tests and the convergence test share (docs/sync.md): a till's shop file set up like the
// boutique's with nobody enrolled, the central database as the test's own client sees it, and `kassactl sync
// --step` as a child process that the test answers step by step or kills with SIGKILL at a step it chose.
//
// Threading: one test thread.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <libpq-fe.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "boutique_shop.hpp"
#include "kassa/central/central.hpp"
#include "kassa/central/sync.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/sync_log.hpp"
#include "postgres_server.hpp"

extern char** environ;

namespace kassa::testing {

inline central::Address central_address(const PostgresServer& server) {
    return central::Address{server.url(), server.password_file()};
}

// A till's own shop file with the boutique's settings, rules and goods and a cashier, and nobody enrolled.
struct TillFile {
    std::string path;
    std::unique_ptr<store::Store> store;
    std::string cashier;

    explicit TillFile(std::string file) : path(std::move(file)) {
        store = std::make_unique<store::Store>(path, store::Database::Mode::create_if_missing);
        store::ShopSettings settings;
        settings.name = "Boutique Liis";
        store->shop().save_settings(settings);
        store->rules().save_rules(boutique_document(), store::Actor{"maria"}, "first rules",
                                  at("2026-01-01T10:00:00Z"));
        store->catalog().upsert_product(
            product("DRESS-0412", "Linen dress", "dresses", 7990, {kDressBarcode}));
        store->catalog().upsert_product(
            product("SCARF-01", "Silk scarf", "accessories", 1990, {kScarfBarcode}));
        cashier = store->staff().add_cashier("Anna", store::Role::cashier, "1111", store::Actor{"setup"},
                                             at("2026-01-01T09:00:00Z"));
    }

    [[nodiscard]] std::int64_t number(const std::string& sql) const {
        return store->database().sql().execAndGet(sql).getInt64();
    }
    [[nodiscard]] std::string text(const std::string& sql) const {
        return store->database().sql().execAndGet(sql).getString();
    }
};

// The central database through the fixture's own login, for counting rows and for what an administrator
// (or a failure) does beside the tills: upgrading the schema, ending a till's connection.
class CentralProbe {
  public:
    explicit CentralProbe(const PostgresServer& server) {
        const std::string password = PostgresServer::password();
        const std::string url = server.url();
        const char* keywords[] = {"dbname", "password", nullptr};
        const char* values[] = {url.c_str(), password.c_str(), nullptr};
        conn_.reset(PQconnectdbParams(keywords, values, 1));
        REQUIRE(PQstatus(conn_.get()) == CONNECTION_OK);
    }
    // The first column of the query's rows, as text (NULL as "").
    std::vector<std::string> column(const std::string& sql) {
        std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn_.get(), sql.c_str()), &PQclear);
        INFO(sql << ": " << PQerrorMessage(conn_.get()));
        REQUIRE((PQresultStatus(result.get()) == PGRES_TUPLES_OK ||
                 PQresultStatus(result.get()) == PGRES_COMMAND_OK));
        std::vector<std::string> out;
        for (int i = 0; i < PQntuples(result.get()); ++i) {
            out.emplace_back(PQgetisnull(result.get(), i, 0) ? "" : PQgetvalue(result.get(), i, 0));
        }
        return out;
    }
    std::string text(const std::string& sql) {
        const auto rows = column(sql);
        REQUIRE(rows.size() == 1);
        return rows.front();
    }
    std::int64_t number(const std::string& sql) { return std::stoll(text(sql)); }
    void exec(const std::string& sql) { column(sql); }
    // Every row of every table the tills write, in key order: equal digests, equal data.
    std::string digest() {
        std::string out;
        for (const char* table :
             {"customers", "cards", "consents", "receipts", "receipt_lines", "payments", "ledger", "lots",
              "lot_movements", "refunds", "refund_lines", "coupons", "coupon_uses", "companies"}) {
            out += std::string(table) + " " +
                   text(std::string("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY "
                                    "t::text)), '') FROM ") +
                        table + " t") +
                   "\n";
        }
        return out;
    }

  private:
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn_{nullptr, &PQfinish};
};

// `kassactl sync --db FILE --batch-rows N --step` as a child process. The child prints "step NAME BATCH" at
// each commit boundary of its round and waits for a line on its standard input, so killing it there is a
// kill -9 at a known moment, without timing and without sleeping.
class SyncChild {
  public:
    SyncChild(const std::string& db, int batch_rows) {
        ::signal(SIGPIPE, SIG_IGN);  // a child that died leaves a closed pipe, not a dead test
        int to_child[2];
        int from_child[2];
        REQUIRE(::pipe2(to_child, O_CLOEXEC) == 0);
        REQUIRE(::pipe2(from_child, O_CLOEXEC) == 0);
        posix_spawn_file_actions_t actions;
        ::posix_spawn_file_actions_init(&actions);
        ::posix_spawn_file_actions_adddup2(&actions, to_child[0], 0);
        ::posix_spawn_file_actions_adddup2(&actions, from_child[1], 1);
        ::posix_spawn_file_actions_adddup2(&actions, from_child[1], 2);
        std::vector<std::string> args{
            KASSACTL, "sync", "--db", db, "--batch-rows", std::to_string(batch_rows), "--step"};
        std::vector<char*> argv;
        for (auto& a : args) {
            argv.push_back(a.data());
        }
        argv.push_back(nullptr);
        const int spawned = ::posix_spawn(&pid_, KASSACTL, &actions, nullptr, argv.data(), environ);
        ::posix_spawn_file_actions_destroy(&actions);
        ::close(to_child[0]);
        ::close(from_child[1]);
        in_ = to_child[1];
        out_ = ::fdopen(from_child[0], "r");
        REQUIRE(spawned == 0);
        REQUIRE(out_ != nullptr);
    }
    ~SyncChild() {
        if (pid_ > 0) {
            ::kill(pid_, SIGKILL);
            int status = 0;
            ::waitpid(pid_, &status, 0);
        }
        if (out_) {
            std::fclose(out_);
        }
        if (in_ >= 0) {
            ::close(in_);
        }
    }
    SyncChild(const SyncChild&) = delete;
    SyncChild& operator=(const SyncChild&) = delete;

    // The next line the child printed; nothing when it has ended.
    std::optional<std::string> line() {
        std::string out;
        char buffer[512];
        while (std::fgets(buffer, sizeof buffer, out_)) {
            out += buffer;
            if (!out.empty() && out.back() == '\n') {
                out.pop_back();
                output_ += out + "\n";
                return out;
            }
        }
        if (!out.empty()) {
            output_ += out;
            return out;
        }
        return std::nullopt;
    }
    // The next step the child stopped at ("push_committed 2"); nothing when it ended without another.
    std::optional<std::string> step() {
        while (const auto l = line()) {
            if (l->rfind("step ", 0) == 0) {
                return l->substr(5);
            }
        }
        return std::nullopt;
    }
    void go_on() const { REQUIRE(::write(in_, "\n", 1) == 1); }
    void kill() {
        REQUIRE(::kill(pid_, SIGKILL) == 0);
        int status = 0;
        REQUIRE(::waitpid(pid_, &status, 0) == pid_);
        CHECK(WIFSIGNALED(status));
        pid_ = -1;
    }
    // Lets the round run to its end; its exit code.
    int finish() {
        ::close(in_);  // end of input: the child goes on without waiting
        in_ = -1;
        while (line()) {
        }
        int status = 0;
        REQUIRE(::waitpid(pid_, &status, 0) == pid_);
        pid_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    // Runs to the step `wanted` ("push_committed 2") and kills the child there; false when the round ended
    // before it (then the child has exited).
    bool kill_at(const std::string& wanted) {
        while (const auto s = step()) {
            if (*s == wanted) {
                kill();
                return true;
            }
            go_on();
        }
        int status = 0;
        REQUIRE(::waitpid(pid_, &status, 0) == pid_);
        pid_ = -1;
        return false;
    }
    [[nodiscard]] const std::string& output() const { return output_; }

  private:
    pid_t pid_ = -1;
    int in_ = -1;
    FILE* out_ = nullptr;
    std::string output_;
};

}  // namespace kassa::testing
