// Store speed on a real SQLite file, each figure against a baseline measured in the same run:
//  (a) a million customers: lookup by card and by phone through Store (median, p99) against a raw prepared
//      statement on the same tables and connection, and name prefix search (p99);
//  (b) committing a sale (10 lines, ledger, stamps) with synchronous=FULL against a raw write + fdatasync of
//      as many bytes as the commit adds to the WAL, in the same folder.
// SQL appears here only to bulk-load the million customers and for the raw baselines.
//
// Usage: kassa_store_bench [DIR] [CUSTOMERS] [LOOKUPS] [SEARCHES] [COMMITS]
//   DIR is where the database files go (default: the current folder); put it on the disk the shop uses.
#include <fcntl.h>
#include <unistd.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "kassa/core/cards.hpp"
#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/demo.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"
#include "million_customers.hpp"

using namespace kassa;
using namespace kassa::store;
namespace fs = std::filesystem;
using kassa::bench::load_customers;
using kassa::bench::Person;
using kassa::bench::remove_db;

namespace {

using Clock = std::chrono::steady_clock;

double micros(Clock::duration d) {
    return std::chrono::duration<double, std::micro>(d).count();
}

struct Figures {
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Figures figures(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    if (samples.empty()) {
        return {};
    }
    return Figures{samples[samples.size() / 2], samples[samples.size() * 99 / 100], samples.back()};
}

// The first `n` characters (code points) of UTF-8 text: what a cashier has typed after n key presses.
std::string utf8_prefix(const std::string& text, int n) {
    std::size_t i = 0;
    for (int chars = 0; i < text.size() && chars < n; ++chars) {
        const auto lead = static_cast<unsigned char>(text[i]);
        i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }
    return text.substr(0, std::min(i, text.size()));
}

// ---- (a) a million customers ---------------------------------------------------------------------------

constexpr const char* kColumns =
    "c.id, c.first_name, c.last_name, c.phone, c.email, c.birthday, c.personal_consent, c.sms_consent, "
    "c.email_consent, c.purchases_count, c.spend_lifetime, c.last_purchase_at, c.balance_cached, "
    "c.birthday_used_year, c.cards_folded, c.segments_folded";

std::int64_t columns(SQLite::Statement& q) {
    std::int64_t sink = 0;
    for (int i = 0; i < q.getColumnCount(); ++i) {
        sink += static_cast<std::int64_t>(q.getColumn(i).getString().size());
    }
    return sink;
}

// The raw baseline reads the same customer row the store returns, with one statement prepared once.
std::int64_t read_row(SQLite::Statement& q) {
    const std::int64_t sink = q.executeStep() ? columns(q) : 0;
    q.reset();
    return sink;
}

// Same rows as Store returns (the customer, her cards, her segments), each statement prepared once.
std::int64_t read_full(SQLite::Statement& q, SQLite::Statement& cards, SQLite::Statement& segments) {
    std::int64_t sink = 0;
    if (q.executeStep()) {
        const std::string id = q.getColumn(0).getString();
        sink += columns(q);
        q.reset();
        cards.bind(1, id);
        while (cards.executeStep()) {
            sink += static_cast<std::int64_t>(cards.getColumn(0).getString().size());
        }
        cards.reset();
        segments.bind(1, id);
        while (segments.executeStep()) {
            sink += static_cast<std::int64_t>(segments.getColumn(0).getString().size());
        }
        segments.reset();
    } else {
        q.reset();
    }
    return sink;
}

struct Row {
    std::string name;
    Figures f;
    std::string baseline;
    Figures b;
    std::string target;
    std::string verdict;
};

void print_row(const Row& r) {
    if (r.baseline.empty()) {
        std::printf("| %-44s | %9.1f | %9.1f | %-34s | %-24s | %s\n", r.name.c_str(), r.f.median, r.f.p99, "",
                    r.target.c_str(), r.verdict.c_str());
    } else {
        std::printf("| %-44s | %9.1f | %9.1f | %-20s %5.1f/%6.1f | %-24s | %s (median x%.2f, p99 x%.2f)\n",
                    r.name.c_str(), r.f.median, r.f.p99, r.baseline.c_str(), r.b.median, r.b.p99,
                    r.target.c_str(), r.verdict.c_str(), r.f.median / r.b.median, r.f.p99 / r.b.p99);
    }
}

void bench_lookups(const fs::path& path, const std::vector<Person>& people, int lookups, int searches,
                   std::vector<Row>& rows) {
    // A fresh connection with the store's own settings (default page cache), as the till opens it.
    Store store(path.string(), Database::Mode::open_existing);
    auto& db = store.database().sql();
    SQLite::Statement raw_card(
        db, std::string("SELECT ") + kColumns +
                " FROM cards k JOIN customers c ON c.id = k.customer_id WHERE k.number = ?");
    SQLite::Statement raw_phone(db,
                                std::string("SELECT ") + kColumns + " FROM customers c WHERE c.phone = ?");
    SQLite::Statement raw_cards(
        db, "SELECT number, status, issued_at FROM cards WHERE customer_id = ? ORDER BY issued_at");
    SQLite::Statement raw_segments(
        db, "SELECT segment FROM customer_segments WHERE customer_id = ? ORDER BY segment");
    std::mt19937_64 rng(11);
    std::int64_t sink = 0;
    int misses = 0;

    std::vector<double> store_card, raw_card_t, full_card_t, store_phone, raw_phone_t, full_phone_t;
    for (int i = 0; i < lookups; ++i) {
        const auto n = static_cast<long long>(rng() % people.size());
        const std::string number = instore_card_number(20, 1000 + n);
        // Alternate the order so neither side always finds the pages warmed by the other: the first to
        // read a customer's pages copies them from the OS into SQLite's cache, the second finds them there.
        bool found = false;
        auto time_store = [&] {
            const auto t0 = Clock::now();
            found = store.customers().find_by_card(number).customer.has_value();
            store_card.push_back(micros(Clock::now() - t0));
        };
        auto time_raw = [&] {
            const auto t0 = Clock::now();
            raw_card.bind(1, number);
            sink += read_row(raw_card);
            raw_card_t.push_back(micros(Clock::now() - t0));
        };
        if (i % 2 == 0) {
            time_store();
            time_raw();
        } else {
            time_raw();
            time_store();
        }
        auto t2 = Clock::now();
        raw_card.bind(1, number);
        sink += read_full(raw_card, raw_cards, raw_segments);
        auto t3 = Clock::now();
        misses += found ? 0 : 1;
        full_card_t.push_back(micros(t3 - t2));
    }
    for (int i = 0; i < lookups; ++i) {
        std::size_t n = 0;
        do {
            n = static_cast<std::size_t>(rng() % people.size());
        } while (people[n].phone_typed.empty());
        const std::string& typed = people[n].phone_typed;
        // The raw side gets the key already in E.164; the store has to normalise what was typed.
        const std::string e164 = normalise_phone(typed, "EE").value_or(typed);
        bool found = false;
        auto time_store = [&] {
            const auto t0 = Clock::now();
            found = store.customers().find_by_phone(typed).customer.has_value();
            store_phone.push_back(micros(Clock::now() - t0));
        };
        auto time_raw = [&] {
            const auto t0 = Clock::now();
            raw_phone.bind(1, e164);
            sink += read_row(raw_phone);
            raw_phone_t.push_back(micros(Clock::now() - t0));
        };
        if (i % 2 == 0) {
            time_store();
            time_raw();
        } else {
            time_raw();
            time_store();
        }
        auto t3 = Clock::now();
        raw_phone.bind(1, e164);
        sink += read_full(raw_phone, raw_cards, raw_segments);
        auto t4 = Clock::now();
        misses += found ? 0 : 1;
        full_phone_t.push_back(micros(t4 - t3));
    }
    // libphonenumber alone, to say how much of the store's phone lookup is parsing what was typed.
    std::vector<double> parse_t;
    for (int i = 0; i < lookups; ++i) {
        const auto& typed = people[static_cast<std::size_t>(i) % people.size()].phone_typed;
        if (typed.empty()) {
            continue;
        }
        auto t0 = Clock::now();
        sink += static_cast<std::int64_t>(normalise_phone(typed, "EE").value_or("").size());
        parse_t.push_back(micros(Clock::now() - t0));
    }
    const auto sc = figures(store_card), rc = figures(raw_card_t), fc = figures(full_card_t);
    const auto sp = figures(store_phone), rp = figures(raw_phone_t), fp = figures(full_phone_t);
    rows.push_back({"find_by_card (Store)", sc, "raw, 1 statement", rc, "median <= 1.5x raw",
                    sc.median <= 1.5 * rc.median ? "met" : "MISSED"});
    rows.push_back({"  raw, her row, cards and segments tables (3 stmts)", fc, "", {}, "", "analysis"});
    rows.push_back({"find_by_phone (Store, as typed)", sp, "raw, 1 statement", rp, "median <= 1.5x raw",
                    sp.median <= 1.5 * rp.median ? "met" : "MISSED"});
    rows.push_back({"  raw, her row, cards and segments tables (3 stmts)", fp, "", {}, "", "analysis"});
    rows.push_back({"  normalise_phone alone (libphonenumber)", figures(parse_t), "", {}, "", "analysis"});

    // Name search: what a cashier types, drawn from the customers themselves, so common names are searched
    // as often as they occur. Three letters is the usual case; other lengths show how it scales.
    // The shape a prefix search could take: each folded column's index walked in order, 20 rows at most from
    // each, merged by the caller; nothing is sorted, so the cost does not grow with the matches.
    SQLite::Statement by_last(db,
                              std::string("SELECT ") + kColumns +
                                  " FROM customers c WHERE c.last_folded >= ?1 AND c.last_folded < ?2 AND "
                                  "c.erased_at IS NULL ORDER BY c.last_folded LIMIT ?3");
    SQLite::Statement by_first(db,
                               std::string("SELECT ") + kColumns +
                                   " FROM customers c WHERE c.first_folded >= ?1 AND c.first_folded < ?2 AND "
                                   "c.erased_at IS NULL ORDER BY c.first_folded LIMIT ?3");
    auto indexed_search = [&](const std::string& prefix) {
        const std::string folded = fold_name(prefix);
        std::int64_t rows_read = 0;
        for (SQLite::Statement* q : {&by_last, &by_first}) {
            q->bind(1, folded);
            q->bind(2, folded + "\xF4\x8F\xBF\xBF");
            q->bind(3, 20);
            while (q->executeStep()) {
                rows_read += columns(*q) > 0 ? 1 : 0;
            }
            q->reset();
        }
        return rows_read;
    };
    for (const int letters : {3, 2, 5}) {
        std::vector<double> t;
        std::vector<double> t_indexed;
        std::int64_t found_total = 0;
        const int n_queries = letters == 3 ? searches : searches / 4;
        for (int i = 0; i < n_queries; ++i) {
            std::size_t n = 0;
            do {
                n = static_cast<std::size_t>(rng() % people.size());
            } while (people[n].last.empty());
            const std::string& name = rng() % 10 < 6 ? people[n].last : people[n].first;
            const std::string prefix = utf8_prefix(name, letters);
            auto t0 = Clock::now();
            const auto result = store.customers().search_by_name(prefix, 20);
            auto t1 = Clock::now();
            sink += indexed_search(prefix);
            auto t2 = Clock::now();
            t.push_back(micros(t1 - t0));
            t_indexed.push_back(micros(t2 - t1));
            found_total += static_cast<std::int64_t>(result.size());
        }
        const auto f = figures(t);
        char label[64];
        std::snprintf(label, sizeof label, "search_by_name, %d letters (%d queries)", letters, n_queries);
        rows.push_back({label,
                        f,
                        "",
                        {},
                        letters == 3 ? "p99 <= 5000 us" : "",
                        letters == 3 ? (f.p99 <= 5000 ? "met" : "MISSED") : "analysis"});
        std::snprintf(label, sizeof label, "  raw, index order, 20+20 rows, %d letters", letters);
        rows.push_back({label, figures(t_indexed), "", {}, "", "analysis"});
        if (found_total == 0) {
            std::puts("search found nothing: the benchmark is broken");
        }
    }
    // How many customers a prefix matches, which is what the search's cost follows.
    for (const char* prefix : {"iva", "tam", "jel", "ива", "kadri", "t"}) {
        const std::string folded = fold_name(prefix);
        SQLite::Statement q(
            db,
            "SELECT (SELECT count(*) FROM customers WHERE first_folded >= ?1 AND first_folded < ?2) + "
            "(SELECT count(*) FROM customers WHERE last_folded >= ?1 AND last_folded < ?2)");
        q.bind(1, folded);
        q.bind(2, folded + "\xF4\x8F\xBF\xBF");
        q.executeStep();
        const auto matches = q.getColumn(0).getInt64();
        auto t0 = Clock::now();
        store.customers().search_by_name(prefix, 20);
        std::printf("prefix %-6s matches %7lld customers; one search %8.1f us\n", prefix,
                    static_cast<long long>(matches), micros(Clock::now() - t0));
    }
    if (misses != 0 || sink == 0) {
        std::printf("%d lookups found nobody: the benchmark is broken\n", misses);
    }
}

// ---- (b) committing a sale ----------------------------------------------------------------------------

CompiledRules boutique_rules(std::string& document) {
    std::ifstream file(std::string(KASSA_SOURCE_DIR) + "/resources/rules/boutique.json");
    std::stringstream text;
    text << file.rdbuf();
    document = text.str();
    auto read = json::read_rules(nlohmann::json::parse(document));
    if (!read.errors.empty()) {
        throw std::runtime_error("boutique.json: " + json::describe(read.errors));
    }
    return CompiledRules(*read.rules, sys::load_time_zone(read.rules->time_zone));
}

Sale ten_line_sale(const std::string& receipt, const std::string& customer, const std::string& card,
                   Instant at) {
    Sale s;
    s.receipt_id = receipt;
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
        s.lines.push_back(SaleLine{"SKU-" + std::to_string(n),
                                   std::string("Item ") + std::to_string(n),
                                   category,
                                   Money::minor(price),
                                   Quantity::pieces(1),
                                   {},
                                   false});
    }
    s.payments = {PaymentLine{PaymentLine::Method::cash, Money::minor(10'000'000)}};
    return s;
}

// Which tables and indexes the pages of a sale belong to: the WAL's frames (a 24-byte header naming the page,
// then the page) mapped to their b-tree through SQLite's dbstat table. What to cut to make a sale cheaper.
void print_pages_per_sale(Store& store, const std::string& wal_path, int sales) {
    std::ifstream wal(wal_path, std::ios::binary);
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(wal)), std::istreambuf_iterator<char>());
    constexpr std::size_t kHeader = 32;
    constexpr std::size_t kFrameHeader = 24;
    constexpr std::size_t kPage = 4096;
    std::map<std::int64_t, std::string> owner;
    SQLite::Statement pages(store.database().sql(), "SELECT pageno, name FROM dbstat");
    while (pages.executeStep()) {
        owner[pages.getColumn(0).getInt64()] = pages.getColumn(1).getString();
    }
    std::map<std::string, int> frames;
    for (std::size_t at = kHeader; at + kFrameHeader + kPage <= bytes.size(); at += kFrameHeader + kPage) {
        const std::int64_t page = (std::int64_t{bytes[at]} << 24) | (std::int64_t{bytes[at + 1]} << 16) |
                                  (std::int64_t{bytes[at + 2]} << 8) | std::int64_t{bytes[at + 3]};
        const auto found = owner.find(page);
        ++frames[found == owner.end() ? std::string("(free or new)") : found->second];
    }
    std::vector<std::pair<int, std::string>> sorted;
    for (const auto& [name, count] : frames) {
        sorted.emplace_back(count, name);
    }
    std::sort(sorted.rbegin(), sorted.rend());
    std::printf("pages a sale writes, by table or index:");
    for (const auto& [count, name] : sorted) {
        std::printf(" %s %.1f;", name.c_str(), static_cast<double>(count) / sales);
    }
    std::printf("\n");
}

void bench_commits(const fs::path& dir, int commits, std::vector<Row>& rows) {
    const fs::path path = dir / "kassa-bench-sales.db";
    const fs::path raw_path = dir / "kassa-bench-raw.bin";
    remove_db(path);
    std::string document;
    const CompiledRules rules = boutique_rules(document);
    Store store(path.string(), Database::Mode::create_if_missing);
    store.shop().save_settings(ShopSettings{});
    const Instant start = parse_timestamp("2026-06-01T10:00:00+03:00").instant;
    store.rules().save_rules(document, Actor{"owner"}, "bench", start);
    std::vector<std::pair<std::string, std::string>> customers;  // id, card
    store.set_full_durability(false);
    DemoPeople people(5, std::chrono::year{2026});
    for (int i = 0; i < 1000; ++i) {
        const DemoPerson p = people.next();
        Enrolment e;
        e.first_name = p.first_name;
        e.last_name = p.last_name;
        e.phone = p.phone_typed;
        e.consents.personal_data = true;
        e.card_number = instore_card_number(20, 5000 + i);
        customers.emplace_back(store.customers().enrol(e, start), e.card_number);
    }
    std::mt19937_64 rng(3);
    std::int64_t minute = 0;
    auto next_sale = [&] {
        const auto& [id, card] = customers[rng() % customers.size()];
        minute += 7;
        return ten_line_sale(new_id(), id, card, Instant{start.unix_seconds + minute * 60});
    };
    // Some history first, so customers have lots, stamps and receipts as at a shop in its second month.
    for (int i = 0; i < 3000; ++i) {
        store.sales().commit_sale(next_sale(), rules);
    }
    store.set_full_durability(true);
    if (store.database().sql().execAndGet("PRAGMA synchronous").getInt() != 2) {
        throw std::runtime_error("synchronous is not FULL");
    }
    // How many bytes a commit adds to the WAL: that is what the raw baseline writes and syncs.
    store.database().sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    constexpr int kSizing = 20;
    for (int i = 0; i < kSizing; ++i) {
        store.sales().commit_sale(next_sale(), rules);
    }
    const auto wal_bytes = fs::file_size(path.string() + "-wal");
    const auto bytes = static_cast<std::size_t>(wal_bytes / kSizing);
    std::printf("a 10-line sale adds %zu bytes to the WAL (%llu pages of 4096 with frame headers)\n", bytes,
                static_cast<unsigned long long>(bytes / 4120));
    print_pages_per_sale(store, path.string() + "-wal", kSizing);

    const int fd = ::open(raw_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        throw std::runtime_error("cannot open " + raw_path.string());
    }
    std::vector<char> block(bytes, 'k');
    off_t offset = 0;
    // Like the WAL: appended, and written again from the start after a checkpoint (every ~4 MB here).
    auto raw_write = [&] {
        if (offset + static_cast<off_t>(bytes) > 4 * 1024 * 1024) {
            offset = 0;
        }
        if (::pwrite(fd, block.data(), bytes, offset) != static_cast<ssize_t>(bytes) ||
            ::fdatasync(fd) != 0) {
            throw std::runtime_error("raw write failed");
        }
        offset += static_cast<off_t>(bytes);
    };
    for (int i = 0; i < 20; ++i) {
        raw_write();  // warm up: the file has its blocks, as the WAL has after its first checkpoint
    }
    std::vector<double> commit_t, raw_t;
    for (int i = 0; i < commits; ++i) {
        const Sale sale = next_sale();
        // Alternated, so both see the same disk and the same neighbours on the machine.
        auto t0 = Clock::now();
        const auto result = store.sales().commit_sale(sale, rules);
        auto t1 = Clock::now();
        raw_write();
        auto t2 = Clock::now();
        commit_t.push_back(micros(t1 - t0));
        raw_t.push_back(micros(t2 - t1));
        if (result.quote.totals.points_earned.value() <= 0) {
            throw std::runtime_error("the sale earned no points: the benchmark is broken");
        }
    }
    ::close(fd);
    fs::remove(raw_path);
    // The same commit without its fsync: what the commit costs besides waiting for the disk.
    store.set_full_durability(false);
    std::vector<double> normal_t;
    for (int i = 0; i < commits; ++i) {
        const Sale sale = next_sale();
        auto t0 = Clock::now();
        store.sales().commit_sale(sale, rules);
        normal_t.push_back(micros(Clock::now() - t0));
    }
    const auto c = figures(commit_t), r = figures(raw_t);
    char baseline[64];
    std::snprintf(baseline, sizeof baseline, "write %zu B+fdatasync", bytes);
    rows.push_back({"commit_sale, 10 lines, synchronous=FULL", c, baseline, r, "median <= 3x raw",
                    c.median <= 3 * r.median ? "met" : "MISSED"});
    rows.push_back(
        {"  same commit, synchronous=NORMAL (no fsync)", figures(normal_t), "", {}, "", "analysis"});
    std::printf(
        "sales committed: %lld receipts, %lld ledger entries\n",
        static_cast<long long>(store.database().sql().execAndGet("SELECT count(*) FROM receipts").getInt64()),
        static_cast<long long>(store.database().sql().execAndGet("SELECT count(*) FROM ledger").getInt64()));
    remove_db(path);
}

}  // namespace

int main(int argc, char** argv) {
    const fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::current_path();
    const int customers = argc > 2 ? std::atoi(argv[2]) : 1'000'000;
    const int lookups = argc > 3 ? std::atoi(argv[3]) : 20'000;
    const int searches = argc > 4 ? std::atoi(argv[4]) : 2'000;
    const int commits = argc > 5 ? std::atoi(argv[5]) : 300;
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // progress shows when the output goes to a log file
    try {
        std::printf("SQLite %s; files in %s\n", SQLite::getLibVersion(), dir.c_str());
        std::vector<Row> rows;
        // Commits first: after the lookups this process holds the million customers the bench generated
        // (hundreds of MB of strings no till holds), and the same commit then measured 1.5x the CPU.
        bench_commits(dir, commits, rows);
        const fs::path path = dir / "kassa-bench-customers.db";
        remove_db(path);
        const auto people = load_customers(path, customers);
        std::printf("database file: %.0f MB\n", static_cast<double>(fs::file_size(path)) / 1e6);
        bench_lookups(path, people, lookups, searches, rows);
        remove_db(path);
        std::printf("\n| %-44s | %9s | %9s | %-34s | %-24s | %s\n", "case (microseconds)", "median", "p99",
                    "baseline median/p99", "target", "verdict");
        for (const auto& r : rows) {
            print_row(r);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kassa_store_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
