// Crash safety on a real file and a real process: a child commits sales in a loop and is killed with
// SIGKILL at random moments, 100 times. After every kill the file must pass db check, hold every sale the
// child reported as committed, and hold no partial receipt.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstring>
#include <random>
#include <set>

#include "kassa/store/maintenance.hpp"
#include "kassa/store/store.hpp"
#include "temp_dir.hpp"

namespace {

struct Child {
    pid_t pid = -1;
    FILE* out = nullptr;
};

Child spawn(const std::string& db, std::uint64_t seed, const char* mode = nullptr) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        const std::string seed_text = std::to_string(seed);
        execl(KASSA_CRASH_CHILD, KASSA_CRASH_CHILD, db.c_str(), seed_text.c_str(), mode,
              static_cast<char*>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    return Child{pid, fdopen(fds[0], "r")};
}

}  // namespace

TEST_CASE("sales survive SIGKILL at random moments, 100 times", "[store][crash]") {
    kassa::testing::TempDir dir;
    const std::string db = dir.file("shop.db");
    std::mt19937_64 rng(20261124);
    std::set<std::string> reported;
    for (int round = 0; round < 100; ++round) {
        Child child = spawn(db, rng());
        // Wait for 0..4 commits: 0 kills the child while it opens, migrates or enrols.
        const auto wait_for = rng() % 5;
        char line[128];
        for (std::uint64_t seen = 0; seen < wait_for && std::fgets(line, sizeof line, child.out); ++seen) {
            reported.insert(std::string(line, std::strlen(line) - 1));
        }
        kill(child.pid, SIGKILL);
        // Whatever the child printed before it died was committed too.
        while (std::fgets(line, sizeof line, child.out)) {
            reported.insert(std::string(line, std::strlen(line) - 1));
        }
        std::fclose(child.out);
        int status = 0;
        REQUIRE(waitpid(child.pid, &status, 0) == child.pid);
        REQUIRE(WIFSIGNALED(status));

        if (!std::filesystem::exists(db)) {
            continue;  // killed before the file was created
        }
        kassa::store::Store store(db, kassa::store::Database::Mode::create_if_missing);
        INFO("round " << round);
        const auto problems = store.maintenance().check();
        for (const auto& p : problems) {
            UNSCOPED_INFO(p);
        }
        REQUIRE(problems.empty());
        for (const auto& id : reported) {
            SQLite::Statement q(store.database().sql(), "SELECT count(*) FROM receipts WHERE id = ?");
            q.bind(1, id);
            q.executeStep();
            REQUIRE(q.getColumn(0).getInt() == 1);
        }
    }
    CHECK(reported.size() > 100);
}

TEST_CASE("a shift's close survives SIGKILL at random moments: the shift is open or closed, never half",
          "[store][crash][shift]") {
    kassa::testing::TempDir dir;
    const std::string db = dir.file("shop.db");
    std::mt19937_64 rng(20261207);
    std::set<long long> reported_z;
    for (int round = 0; round < 60; ++round) {
        Child child = spawn(db, rng(), "shifts");
        // Wait for 0..6 lines (sales and Z reports): the kill lands anywhere, inside a close too.
        const auto wait_for = rng() % 7;
        char line[128];
        const auto note = [&](const char* text) {
            if (std::strncmp(text, "Z ", 2) == 0) {
                reported_z.insert(std::atoll(text + 2));
            }
        };
        for (std::uint64_t seen = 0; seen < wait_for && std::fgets(line, sizeof line, child.out); ++seen) {
            note(line);
        }
        kill(child.pid, SIGKILL);
        while (std::fgets(line, sizeof line, child.out)) {
            note(line);
        }
        std::fclose(child.out);
        int status = 0;
        REQUIRE(waitpid(child.pid, &status, 0) == child.pid);
        REQUIRE(WIFSIGNALED(status));
        if (!std::filesystem::exists(db)) {
            continue;
        }
        kassa::store::Store store(db, kassa::store::Database::Mode::create_if_missing);
        INFO("round " << round);
        REQUIRE(store.maintenance().check().empty());
        SQLite::Database& sql = store.database().sql();
        // Never half: every closed shift has its Z, its count and its expected cash; at most one is open; the
        // Z numbers run 1, 2, 3 without a gap; every Z the child saw returned is there.
        SQLite::Statement half(
            sql,
            "SELECT count(*) FROM shifts WHERE (closed_at IS NULL) <> (z_number IS NULL) OR "
            "(closed_at IS NULL) <> (counted_cash IS NULL) OR "
            "(closed_at IS NULL) <> (expected_cash IS NULL)");
        half.executeStep();
        REQUIRE(half.getColumn(0).getInt() == 0);
        SQLite::Statement open(sql, "SELECT count(*) FROM shifts WHERE closed_at IS NULL");
        open.executeStep();
        REQUIRE(open.getColumn(0).getInt() <= 1);
        SQLite::Statement zs(
            sql, "SELECT count(*), coalesce(max(z_number), 0) FROM shifts WHERE z_number IS NOT NULL");
        zs.executeStep();
        REQUIRE(zs.getColumn(0).getInt64() == zs.getColumn(1).getInt64());
        for (const long long z : reported_z) {
            SQLite::Statement q(sql, "SELECT count(*) FROM shifts WHERE z_number = ?");
            q.bind(1, static_cast<std::int64_t>(z));
            q.executeStep();
            REQUIRE(q.getColumn(0).getInt() == 1);
        }
    }
    CHECK(reported_z.size() > 5);
}
