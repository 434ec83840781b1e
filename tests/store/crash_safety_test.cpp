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

#include "kassa/store/store.hpp"
#include "temp_dir.hpp"

namespace {

struct Child {
    pid_t pid = -1;
    FILE* out = nullptr;
};

Child spawn(const std::string& db, std::uint64_t seed) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        const std::string seed_text = std::to_string(seed);
        execl(KASSA_CRASH_CHILD, KASSA_CRASH_CHILD, db.c_str(), seed_text.c_str(), static_cast<char*>(nullptr));
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
        const auto problems = store.check();
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
