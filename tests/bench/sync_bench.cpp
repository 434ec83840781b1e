// Sync speed against a central PostgreSQL that holds a large company (docs/sync.md, docs/performance.md),
// each figure against a baseline measured in the same run on the same server:
//  (a) pushing SALES sales (10 lines each, with their payments, ledger entries, lots and lot movements) from
//      one till, against COPY of the very same rows into the same tables (same indexes, same constraints);
//  (b) another till pulling what those sales wrote (ledger entries, lots, movements), against COPY of the
//      same rows out of the central followed by plain prepared INSERTs of them into a copy of that till's
//      file in one transaction (what the pull does at its raw speed: no JSON, no checks, no conflicts);
//  (c) a new till's first sync in a company of CUSTOMERS customers (what a till receives when it joins).
// The central holds CUSTOMERS customers with a card each in 50 shops of 3 tills, loaded with SQL in one
// transaction (enrolling them through tills would take hours); SQL appears here only for that and for the
// baselines.
//
// With KASSA_SYNC_BENCH=lag in the environment it measures the background sync instead (run_lag below):
//  (d) the lag from a sale committed at till A to its points at till B, both tills syncing in the background
//      (central::SyncRunner, 1 s interval, A woken after each sale as the till wakes it), p50/p99;
//  (e) commit_sale at till A with its runner syncing in the background against without it: medians.
//
// Usage: kassa_sync_bench URL PASSWORD_FILE [DIR] [SALES] [CUSTOMERS] [BATCH_ROWS]
//   tests/bench/sync_bench.sh starts a PostgreSQL 15 of its own (fsync on) and runs this against it;
//   KASSA_SYNC_BENCH=lag tests/bench/sync_bench.sh [SALES] runs (d) and (e) with SALES sales each.
#include <SQLiteCpp/SQLiteCpp.h>
#include <libpq-fe.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "kassa/central/central.hpp"
#include "kassa/central/sync.hpp"
#include "kassa/central/sync_runner.hpp"
#include "kassa/core/cards.hpp"
#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/demo.hpp"
#include "kassa/store/ids.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"
#include "kassa/store/sync_log.hpp"
#include "kassa/sys/system_clock.hpp"
#include "kassa/sys/zoneinfo.hpp"

using namespace kassa;
namespace fs = std::filesystem;

namespace {

using Stopwatch = std::chrono::steady_clock;

// This process's CPU time (user and system): what part of a phase the till's side spends working rather
// than waiting for the server or the disk.
double cpu_seconds() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double seconds_since(Stopwatch::time_point t0) {
    return std::chrono::duration<double>(Stopwatch::now() - t0).count();
}

// The benchmark's own client of the central database: the loader and the COPY baselines.
class Client {
  public:
    Client(const std::string& url, const std::string& password_file) {
        std::ifstream file(password_file);
        std::string password;
        std::getline(file, password);
        const char* keywords[] = {"dbname", "password", nullptr};
        const char* values[] = {url.c_str(), password.c_str(), nullptr};
        conn_.reset(PQconnectdbParams(keywords, values, 1));
        if (PQstatus(conn_.get()) != CONNECTION_OK) {
            throw std::runtime_error(std::string("cannot connect: ") + PQerrorMessage(conn_.get()));
        }
    }

    void exec(const std::string& sql) {
        Result r(PQexec(conn_.get(), sql.c_str()), &PQclear);
        const auto status = PQresultStatus(r.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            throw std::runtime_error(sql.substr(0, 200) + ": " + PQerrorMessage(conn_.get()));
        }
    }

    std::string text(const std::string& sql) {
        Result r(PQexec(conn_.get(), sql.c_str()), &PQclear);
        if (PQresultStatus(r.get()) != PGRES_TUPLES_OK || PQntuples(r.get()) != 1) {
            throw std::runtime_error(sql.substr(0, 200) + ": " + PQerrorMessage(conn_.get()));
        }
        return PQgetvalue(r.get(), 0, 0);
    }

    std::int64_t number(const std::string& sql) { return std::stoll(text(sql)); }

    // COPY (query) TO STDOUT in PostgreSQL's text format.
    std::string copy_out(const std::string& query) {
        start_copy("COPY (" + query + ") TO STDOUT", PGRES_COPY_OUT);
        std::string data;
        for (;;) {
            char* buffer = nullptr;
            const int n = PQgetCopyData(conn_.get(), &buffer, 0);
            if (n < 0) {
                break;
            }
            data.append(buffer, static_cast<std::size_t>(n));
            PQfreemem(buffer);
        }
        finish_copy();
        return data;
    }

    // COPY table(columns) FROM STDIN with `data` in the text format copy_out wrote.
    void copy_in(const std::string& table_and_columns, const std::string& data) {
        start_copy("COPY " + table_and_columns + " FROM STDIN", PGRES_COPY_IN);
        constexpr std::size_t kChunk = 1 << 20;
        for (std::size_t at = 0; at < data.size(); at += kChunk) {
            const auto size = std::min(kChunk, data.size() - at);
            if (PQputCopyData(conn_.get(), data.data() + at, static_cast<int>(size)) != 1) {
                throw std::runtime_error(std::string("COPY failed: ") + PQerrorMessage(conn_.get()));
            }
        }
        if (PQputCopyEnd(conn_.get(), nullptr) != 1) {
            throw std::runtime_error(std::string("COPY failed: ") + PQerrorMessage(conn_.get()));
        }
        finish_copy();
    }

  private:
    using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

    void start_copy(const std::string& sql, ExecStatusType expected) {
        Result r(PQexec(conn_.get(), sql.c_str()), &PQclear);
        if (PQresultStatus(r.get()) != expected) {
            throw std::runtime_error(sql.substr(0, 200) + ": " + PQerrorMessage(conn_.get()));
        }
    }

    void finish_copy() {
        for (;;) {
            Result r(PQgetResult(conn_.get()), &PQclear);
            if (!r) {
                return;
            }
            if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
                throw std::runtime_error(std::string("COPY failed: ") + PQerrorMessage(conn_.get()));
            }
        }
    }

    std::unique_ptr<PGconn, decltype(&PQfinish)> conn_{nullptr, &PQfinish};
};

std::string read_file(const std::string& path) {
    std::ifstream file(path);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

struct Till {
    std::unique_ptr<store::Store> store;
    CompiledRules rules;
    std::vector<std::pair<std::string, std::string>> customers;  // id, card
};

// A boutique till with its own file, the boutique's rules and `enrolled` customers of its own.
Till open_till(const fs::path& path, int enrolled, int card_series, Instant at) {
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::remove(path.string() + suffix);
    }
    const std::string document = read_file(std::string(KASSA_SOURCE_DIR) + "/resources/rules/boutique.json");
    auto read = json::read_rules(nlohmann::json::parse(document));
    if (!read.errors.empty()) {
        throw std::runtime_error("boutique.json: " + json::describe(read.errors));
    }
    Till till{std::make_unique<store::Store>(path.string(), store::Database::Mode::create_if_missing),
              CompiledRules(*read.rules, sys::load_time_zone(read.rules->time_zone)),
              {}};
    till.store->shop().save_settings(store::ShopSettings{});
    till.store->rules().save_rules(document, store::Actor{"owner"}, "bench", at);
    till.store->set_full_durability(false);
    store::DemoPeople people(static_cast<std::uint64_t>(card_series), std::chrono::year{2026});
    for (int i = 0; i < enrolled; ++i) {
        const store::DemoPerson p = people.next();
        store::Enrolment e;
        e.first_name = p.first_name;
        e.last_name = p.last_name;
        e.phone = p.phone_typed;
        e.consents.personal_data = true;
        e.card_number = instore_card_number(card_series, 5000 + i);
        till.customers.emplace_back(till.store->customers().enrol(e, at), e.card_number);
    }
    return till;
}

store::Sale ten_line_sale(const std::string& customer, const std::string& card, Instant at) {
    store::Sale s;
    s.receipt_id = store::new_id();
    s.customer_id = customer;
    s.card_number = card;
    s.cashier_id = "liis";
    s.at = at;
    const std::pair<const char*, std::int64_t> items[] = {
        {"dresses", 8990},     {"tops", 2990},     {"tops", 3490},        {"skirts", 4990},
        {"knitwear", 7990},    {"lingerie", 1990}, {"accessories", 1990}, {"accessories", 2490},
        {"accessories", 1490}, {"shoes", 11900}};
    int n = 0;
    for (const auto& [category, price] : items) {
        ++n;
        s.lines.push_back(store::SaleLine{"SKU-" + std::to_string(n),
                                          std::string("Item ") + std::to_string(n),
                                          category,
                                          Money::minor(price),
                                          Quantity::pieces(1),
                                          {},
                                          false});
    }
    s.payments = {store::PaymentLine{store::PaymentLine::Method::cash, Money::minor(10'000'000)}};
    return s;
}

// The company's other 49 shops and their tills, and `count` customers with a card each written by those
// tills, numbered in the company's change order as a push numbers them.
void load_company(Client& client, central::Central& admin, const std::string& company, int count) {
    std::vector<std::string> tills;
    for (int s = 2; s <= 50; ++s) {
        const std::string shop = admin.add_shop(company, "Shop " + std::to_string(s));
        for (int t = 1; t <= 3; ++t) {
            const std::string id = store::new_id();
            admin.register_till(central::ShopRef{company, shop}, id, "till " + std::to_string(t));
            tills.push_back("'" + id + "'");
        }
    }
    std::string array = "ARRAY[";
    for (std::size_t i = 0; i < tills.size(); ++i) {
        array += (i ? "," : "") + tills[i];
    }
    array += "]::uuid[]";
    const std::string c = "'" + company + "'::uuid";
    const std::int64_t base = client.number("SELECT last_seq FROM companies WHERE id = " + c);
    client.exec("BEGIN");
    client.exec(
        "INSERT INTO customers(company_id, id, seq, till_id, first_name, last_name, phone, email, "
        "birthday, created_at, referred_by, personal_consent, sms_consent, email_consent, erased_at) "
        "SELECT " +
        c + ", 'bench-' || g, " + std::to_string(base) + " + 2 * g - 1, (" + array +
        ")[1 + g % 147], 'Name' || (g % 5000), 'Surname' || (g % 20000), '+3725' || lpad(g::text, 7, "
        "'0'), NULL, NULL, '2026-01-01T10:00:00Z', NULL, 1, g % 2, 0, NULL "
        "FROM generate_series(1, " +
        std::to_string(count) + ") g");
    client.exec(
        "INSERT INTO cards(company_id, number, customer_id, seq, till_id, status, issued_at, "
        "replaced_by) SELECT " +
        c + ", 'B' || lpad(g::text, 12, '0'), 'bench-' || g, " + std::to_string(base) + " + 2 * g, (" +
        array + ")[1 + g % 147], 'active', '2026-01-01T10:00:00Z', NULL FROM generate_series(1, " +
        std::to_string(count) + ") g");
    client.exec("UPDATE companies SET last_seq = " + std::to_string(base + 2 * std::int64_t{count}) +
                " WHERE id = " + c);
    client.exec("COMMIT");
    client.exec("VACUUM ANALYZE customers");
    client.exec("VACUUM ANALYZE cards");
}

// The central's columns of a table, in their order, for COPY.
std::string columns_of(Client& client, const std::string& table) {
    return client.text(
        "SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) FROM "
        "information_schema.columns WHERE table_schema = current_schema() AND table_name = '" +
        table + "'");
}

// PostgreSQL's COPY text format: rows end with a newline, fields are tab-separated, \\N is NULL.
std::vector<std::vector<std::optional<std::string>>> copy_rows(const std::string& data) {
    std::vector<std::vector<std::optional<std::string>>> rows;
    std::vector<std::optional<std::string>> row;
    std::string field;
    auto end_field = [&] {
        if (field == "\\N") {
            row.emplace_back(std::nullopt);
        } else {
            row.emplace_back(field);
        }
        field.clear();
    };
    for (std::size_t i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '\\' && i + 1 < data.size() && data[i + 1] != 'N') {
            const char e = data[++i];
            field += e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e;
        } else if (c == '\t') {
            end_field();
        } else if (c == '\n') {
            end_field();
            rows.push_back(std::move(row));
            row.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

void bind_all(SQLite::Statement& q, const std::vector<std::optional<std::string>>& row) {
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (row[i]) {
            q.bind(static_cast<int>(i + 1), *row[i]);
        } else {
            q.bind(static_cast<int>(i + 1));
        }
    }
}

// The pull's raw baseline: the rows COPY'd out of the central, then written into a copy of the pulling till's
// file as the pull writes them (the ledger entry with this file's next number, the lot with its entry's
// number, each movement taken from its lot, the touched customers' balances), by prepared statements in one
// transaction with the file's durability.
double raw_pull(Client& client, const std::string& range, const fs::path& copy) {
    const auto t0 = Stopwatch::now();
    const auto ledger = copy_rows(client.copy_out(
        "SELECT id, customer_id, kind, points, refund_id, program, reason, actor, created_at, till_id, "
        "receipt_id FROM ledger" +
        range + " ORDER BY seq"));
    const auto lots = copy_rows(
        client.copy_out("SELECT id, customer_id, points, points, available_at, expires_at FROM lots" + range +
                        " ORDER BY seq"));
    const auto movements = copy_rows(
        client.copy_out("SELECT points, lot_id, ledger_id FROM lot_movements" + range + " ORDER BY seq"));
    SQLite::Database db(copy.string(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA synchronous = FULL");
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    db.exec("UPDATE sync_membership SET recording = 0");
    SQLite::Statement next(db, "SELECT coalesce(max(seq), 0) FROM ledger");
    next.executeStep();
    std::int64_t seq = next.getColumn(0).getInt64();
    SQLite::Statement add_entry(
        db,
        "INSERT INTO ledger(id, customer_id, kind, points, refund_id, program, reason, "
        "actor, created_at, pulled_from, pulled_receipt, seq) "
        "VALUES (?, ?, ?, CAST(? AS INTEGER), ?, ?, ?, ?, ?, ?, ?, ?)");
    std::vector<std::string> touched;
    for (const auto& row : ledger) {
        add_entry.reset();
        bind_all(add_entry, row);
        add_entry.bind(12, ++seq);
        add_entry.exec();
        touched.push_back(*row[1]);
    }
    SQLite::Statement add_lot(
        db,
        "INSERT INTO lots(id, customer_id, points, remaining, available_at, expires_at, "
        "ledger_seq) SELECT ?1, ?2, CAST(?3 AS INTEGER), CAST(?4 AS INTEGER), "
        "CAST(?5 AS INTEGER), CAST(?6 AS INTEGER), seq FROM ledger WHERE id = ?1");
    for (const auto& row : lots) {
        add_lot.reset();
        bind_all(add_lot, row);
        add_lot.exec();
    }
    SQLite::Statement move(
        db, "INSERT INTO lot_movements(points, lot_id, ledger_id) VALUES (CAST(? AS INTEGER), ?, ?)");
    SQLite::Statement take(db, "UPDATE lots SET remaining = remaining + CAST(?1 AS INTEGER) WHERE id = ?2");
    for (const auto& row : movements) {
        move.reset();
        bind_all(move, row);
        move.exec();
        take.reset();
        take.bind(1, *row[0]);
        take.bind(2, *row[1]);
        take.exec();
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    SQLite::Statement balance(
        db,
        "UPDATE customers SET balance_cached = (SELECT coalesce(sum(points), 0) FROM ledger "
        "WHERE customer_id = ?1) WHERE id = ?1");
    for (const auto& customer : touched) {
        balance.reset();
        balance.bind(1, customer);
        balance.exec();
    }
    transaction.commit();
    return seconds_since(t0);
}

struct Row {
    std::string what;
    double seconds;
    std::int64_t rows;
    std::string baseline;
    double baseline_seconds;
    std::string target;
};

}  // namespace

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::min(at, values.size() - 1));
}

// (d) and (e): two tills of one shop, each with its background runner at a 1 s interval on the real clock.
int run_lag(const central::Address& address, const fs::path& dir, int sales) {
    const sys::SystemClock clock;
    const Instant start = clock.now();
    central::Central admin(address);
    admin.init();
    const std::string company = admin.add_company("Lag OÜ " + store::new_id().substr(0, 8));
    admin.add_shop(company, "Shop 1");
    const std::string shop_id = admin.find_shop("Shop 1").shop_id;
    Till a = open_till(dir / "lag-bench-a.kassa", 200, 23, start);
    Till b = open_till(dir / "lag-bench-b.kassa", 0, 24, start);
    central::join(*a.store, address, shop_id, "till A", start);
    central::join(*b.store, address, shop_id, "till B", start);
    central::sync(*a.store, start);
    central::sync(*b.store, start);
    std::mt19937_64 rng(11);
    const auto sell = [&] {
        const auto& [id, card] = a.customers[rng() % a.customers.size()];
        const auto t0 = Stopwatch::now();
        const auto result = a.store->sales().commit_sale(ten_line_sale(id, card, clock.now()), a.rules);
        return std::pair{result.receipt_id, seconds_since(t0) * 1000.0};
    };
    const auto pause = [&rng](int min_ms, int max_ms) {
        std::this_thread::sleep_for(std::chrono::milliseconds(
            min_ms + static_cast<int>(rng() % static_cast<std::uint64_t>(max_ms - min_ms + 1))));
    };

    // (e) without a runner, then with A's runner syncing what each sale wrote (woken after it), at a pace
    // of a sale every 20 to 60 ms: far faster than a cashier, so the runner is busy most of the time.
    std::vector<double> alone;
    for (int i = 0; i < sales; ++i) {
        alone.push_back(sell().second);
        pause(20, 60);
    }
    std::printf("commit_sale alone: %d sales, median %.2f ms\n", sales, percentile(alone, 0.5));
    std::fflush(stdout);
    central::sync(*a.store, start);
    central::sync(*b.store, start);
    central::SyncRunnerOptions every_second;
    every_second.interval = std::chrono::seconds(1);
    central::SyncRunner runner_a(a.store->database().path(), clock, every_second);
    central::SyncRunner runner_b(b.store->database().path(), clock, every_second);
    runner_a.start();
    runner_b.start();
    std::vector<double> with_runner;
    for (int i = 0; i < sales; ++i) {
        with_runner.push_back(sell().second);
        runner_a.wake();
        pause(20, 60);
    }
    // Let both settle before the lag is measured.
    const auto settled = [](const central::SyncStatus& s) {
        return s.state == central::SyncState::in_sync && s.sales_waiting == 0;
    };
    const bool calm = runner_a.wait_for(settled, std::chrono::seconds(60));
    std::printf("commit_sale with the runner: median %.2f ms; till A %s\n", percentile(with_runner, 0.5),
                calm ? "in sync" : "still sending after 60 s");
    std::fflush(stdout);

    // (d) a sale at A, A woken as the till wakes it, then B's file polled (its own read connection) until the
    // sale's points entry is there: from then on B's balance of the customer counts them. The next sale comes
    // 0 to 1 s later, so the sales land at every phase of B's interval.
    SQLite::Database b_read(b.store->database().path(), SQLite::OPEN_READONLY);
    b_read.setBusyTimeout(5000);
    std::vector<double> lag;
    int lost = 0;
    for (int i = 0; i < sales; ++i) {
        const auto [receipt, commit_ms] = sell();
        const auto t0 = Stopwatch::now();
        runner_a.wake();
        // The sale's points entry, by its global id: at till B it arrives without the receipt, which stays
        // at its till.
        SQLite::Statement entry(a.store->database().sql(),
                                "SELECT id FROM ledger WHERE receipt_id = ? AND kind = 'accrue' LIMIT 1");
        entry.bind(1, receipt);
        if (!entry.executeStep()) {
            throw std::runtime_error("a sale without points: the benchmark is broken");
        }
        const std::string entry_id = entry.getColumn(0).getString();
        bool seen = false;
        while (seconds_since(t0) < 30.0) {
            SQLite::Statement q(b_read, "SELECT count(*) FROM ledger WHERE id = ?");
            q.bind(1, entry_id);
            q.executeStep();
            if (q.getColumn(0).getInt64() > 0) {
                seen = true;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        if (seen) {
            lag.push_back(seconds_since(t0));
        } else {
            ++lost;
        }
        pause(0, 1000);
    }
    runner_a.stop();
    runner_b.stop();
    std::printf(
        "commit_sale (10 lines), %d sales each: median %.2f ms alone, %.2f ms with the runner syncing "
        "(%+.1f %%); p90 %.2f ms and %.2f ms\n",
        sales, percentile(alone, 0.5), percentile(with_runner, 0.5),
        (percentile(with_runner, 0.5) / percentile(alone, 0.5) - 1.0) * 100.0, percentile(alone, 0.9),
        percentile(with_runner, 0.9));
    if (!lag.empty()) {
        std::printf(
            "lag from a commit at till A to its points at till B (1 s interval), %zu sales: p50 %.2f s, "
            "p99 %.2f s, max %.2f s%s\n",
            lag.size(), percentile(lag, 0.5), percentile(lag, 0.99), percentile(lag, 1.0),
            lost > 0 ? " (some never arrived)" : "");
    }
    if (lost > 0) {
        std::fprintf(stderr, "kassa_sync_bench: %d sales did not reach till B within 30 s\n", lost);
        return 1;
    }
    return 0;
}

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: kassa_sync_bench URL PASSWORD_FILE [DIR] [SALES] [CUSTOMERS]\n");
        return 2;
    }
    const central::Address address{argv[1], argv[2]};
    const fs::path dir = argc > 3 ? fs::path(argv[3]) : fs::current_path();
    if (const char* mode = std::getenv("KASSA_SYNC_BENCH"); mode != nullptr && std::string(mode) == "lag") {
        try {
            return run_lag(address, dir, argc > 4 ? std::atoi(argv[4]) : 300);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "kassa_sync_bench: %s\n", e.what());
            return 1;
        }
    }
    const int sales = argc > 4 ? std::atoi(argv[4]) : 10'000;
    const int customers = argc > 5 ? std::atoi(argv[5]) : 1'000'000;
    central::SyncOptions options;
    if (argc > 6) {
        options.batch_rows = std::atoi(argv[6]);
    }
    try {
        const Instant start = parse_timestamp("2026-06-01T10:00:00+03:00").instant;
        Client client(address.url, address.password_file);
        central::Central admin(address);
        admin.init();
        const std::string company = admin.add_company("Bench OÜ " + store::new_id().substr(0, 8));
        admin.add_shop(company, "Shop 1");
        auto t0 = Stopwatch::now();
        load_company(client, admin, company, customers);
        std::printf("loaded the central: %d customers with a card each, 50 shops x 3 tills, in %.1f s\n",
                    customers, seconds_since(t0));

        std::vector<Row> rows;
        Till a = open_till(dir / "sync-bench-a.kassa", 1000, 21, start);
        Till b = open_till(dir / "sync-bench-b.kassa", 0, 22, start);
        const std::string shop_id = admin.find_shop("Shop 1").shop_id;
        central::join(*a.store, address, shop_id, "till A", start);
        central::join(*b.store, address, shop_id, "till B", start);

        t0 = Stopwatch::now();
        const auto first_a = central::sync(*a.store, start, options);
        const double first_seconds = seconds_since(t0);
        rows.push_back({"first sync of a new till (pushes 1,000 customers, pulls the company)", first_seconds,
                        first_a.pushed + first_a.pulled, "", 0, "analysis"});
        central::sync(*b.store, start, options);

        // The sales, made at till A while its sync waits.
        std::mt19937_64 rng(7);
        std::int64_t minute = 0;
        for (int i = 0; i < sales; ++i) {
            const auto& [id, card] = a.customers[rng() % a.customers.size()];
            minute += 3;
            a.store->sales().commit_sale(ten_line_sale(id, card, Instant{start.unix_seconds + minute * 60}),
                                         a.rules);
        }
        const std::int64_t seq_before =
            client.number("SELECT last_seq FROM companies WHERE id = '" + company + "'");
        const std::int64_t waiting = store::SyncLog(*a.store).waiting();

        // (a) the push.
        t0 = Stopwatch::now();
        double cpu0 = cpu_seconds();
        const auto pushed = central::sync(*a.store, start, options);
        const double push_seconds = seconds_since(t0);
        const double push_cpu = cpu_seconds() - cpu0;
        if (pushed.waiting != 0 || pushed.pushed != waiting) {
            throw std::runtime_error("the push left rows behind: the benchmark is broken");
        }
        const std::string range =
            " WHERE company_id = '" + company + "' AND seq > " + std::to_string(seq_before);
        const std::string receipts_of =
            " WHERE company_id = '" + company + "' AND receipt_id IN (SELECT id FROM receipts" + range + ")";
        struct Copied {
            std::string table;
            std::string where;
            std::string data;
        };
        std::vector<Copied> copied{{"receipts", range, {}},       {"receipt_lines", receipts_of, {}},
                                   {"payments", receipts_of, {}}, {"ledger", range, {}},
                                   {"lots", range, {}},           {"lot_movements", range, {}}};
        std::int64_t copied_rows = 0;
        for (auto& c : copied) {
            c.data = client.copy_out("SELECT " + columns_of(client, c.table) + " FROM " + c.table + c.where);
            copied_rows += std::count(c.data.begin(), c.data.end(), '\n');
        }

        // (b) the pull at till B of what the push wrote (receipts stay at their till); its baseline writes
        // the same rows into a copy of till B's file as it was before the pull.
        const fs::path b_copy = dir / "sync-bench-b-copy.kassa";
        fs::remove(b_copy);
        b.store->database().sql().exec("VACUUM INTO '" + b_copy.string() + "'");
        t0 = Stopwatch::now();
        cpu0 = cpu_seconds();
        const auto pulled = central::sync(*b.store, start, options);
        const double pull_seconds = seconds_since(t0);
        const double pull_cpu = cpu_seconds() - cpu0;
        b.store.reset();
        const double pull_raw_seconds = raw_pull(client, range, b_copy);
        fs::remove(b_copy);

        // The push's baseline: the same rows out, then COPY'd back into the same tables.
        client.exec("BEGIN");
        for (auto it = copied.rbegin(); it != copied.rend(); ++it) {
            if (it->table == "receipts") {
                continue;
            }
            client.exec("DELETE FROM " + it->table + it->where);
        }
        client.exec("DELETE FROM receipts" + range);
        client.exec("COMMIT");
        for (const auto& c : copied) {
            client.exec("VACUUM " + c.table);
        }
        t0 = Stopwatch::now();
        client.exec("BEGIN");
        for (const auto& c : copied) {
            client.copy_in(c.table + "(" + columns_of(client, c.table) + ")", c.data);
        }
        client.exec("COMMIT");
        const double copy_seconds = seconds_since(t0);

        rows.push_back({"push " + std::to_string(sales) + " sales (10 lines) from one till", push_seconds,
                        pushed.pushed, "COPY of the same rows in", copy_seconds, "<= 3x"});
        rows.push_back({"pull of what they wrote at another till", pull_seconds, pulled.pulled,
                        "COPY out + raw INSERTs", pull_raw_seconds, "<= 3x"});

        std::printf("\n%-72s %10s %10s %-28s %10s %8s %s\n", "", "seconds", "rows", "baseline", "seconds",
                    "ratio", "target");
        for (const auto& r : rows) {
            const double ratio = r.baseline_seconds > 0 ? r.seconds / r.baseline_seconds : 0;
            std::printf("%-72s %10.2f %10lld %-28s %10.2f %8.2f %s%s\n", r.what.c_str(), r.seconds,
                        static_cast<long long>(r.rows), r.baseline.c_str(), r.baseline_seconds, ratio,
                        r.target.c_str(), r.target == "analysis" ? "" : (ratio <= 3.0 ? " met" : " MISSED"));
        }
        std::printf(
            "the till's own CPU time: push %.2f s, pull %.2f s (the rest is the server, the disk, the "
            "network)\n",
            push_cpu, pull_cpu);
        std::printf("copied rows (the push's %lld outbox rows with their lines and payments): %lld\n",
                    static_cast<long long>(pushed.pushed), static_cast<long long>(copied_rows));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kassa_sync_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
