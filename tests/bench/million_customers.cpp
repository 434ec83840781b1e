// The million-customer shop of the benchmarks. SQL appears here only to bulk-load it.
#include "million_customers.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>
#include <cstdio>
#include <random>

#include "kassa/core/cards.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/demo.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"

namespace kassa::bench {

using namespace kassa::store;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Deterministic UUID-shaped ids in random order in the primary key's B-tree: the lookups' worst case. (A
// shop's own ids are time-ordered, version 7, so customers enrolled together sit together; a lookup is random
// either way.)
std::string customer_id(std::uint64_t n) {
    auto mix = [](std::uint64_t x) {
        x += 0x9E3779B97F4A7C15ULL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
        return x ^ (x >> 31);
    };
    const std::uint64_t high = mix(n);
    const std::uint64_t low = mix(n ^ 0xABCDEF);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(high >> 32),
                  static_cast<unsigned>((high >> 16) & 0xFFFF), static_cast<unsigned>(high & 0xFFF),
                  static_cast<unsigned>(0x8000 | (low >> 48 & 0x3FFF)),
                  static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
    return buffer;
}

}  // namespace

void remove_db(const fs::path& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::remove(path.string() + suffix);
    }
}

std::vector<Person> load_customers(const fs::path& path, int count) {
    std::vector<Person> people;
    people.reserve(static_cast<std::size_t>(count));
    Store store(path.string(), Database::Mode::create_if_missing);
    store.shop().save_settings(ShopSettings{});
    store.set_full_durability(false);
    auto& db = store.database().sql();
    db.exec("PRAGMA cache_size = -524288");  // 512 MiB while loading: the indexes are built in memory
    DemoPeople generator(2026, std::chrono::year{2026});
    std::mt19937_64 rng(7);
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement customer(
        db,
        "INSERT INTO customers(id, first_name, last_name, first_folded, last_folded, phone, "
        "birthday, created_at, personal_consent, sms_consent, purchases_count, spend_lifetime, "
        "last_purchase_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement card(
        db, "INSERT INTO cards(number, customer_id, status, issued_at) VALUES (?, ?, 'active', ?)");
    SQLite::Statement segment(db, "INSERT INTO customer_segments(customer_id, segment) VALUES (?, ?)");
    const auto started = Clock::now();
    for (int i = 0; i < count; ++i) {
        const DemoPerson p = generator.next();
        const bool anonymous = rng() % 100 < 12;
        const std::string id = customer_id(static_cast<std::uint64_t>(i));
        const std::string created = "2024-01-01T10:00:00Z";
        customer.bind(1, id);
        if (!anonymous) {
            customer.bind(2, p.first_name);
            customer.bind(3, p.last_name);
            customer.bind(4, fold_name(p.first_name));
            customer.bind(5, fold_name(p.last_name));
            customer.bind(6, p.phone_e164);
            customer.bind(7, format_date(p.birthday));
        } else {
            customer.bind(2, "");
            customer.bind(3, "");
            customer.bind(4, "");
            customer.bind(5, "");
        }
        customer.bind(8, created);
        customer.bind(9, anonymous ? 0 : 1);
        customer.bind(10, anonymous ? 0 : static_cast<int>(rng() % 2));
        customer.bind(11, static_cast<std::int64_t>(rng() % 40));
        customer.bind(12, static_cast<std::int64_t>(rng() % 400000));
        customer.bind(13, "2026-10-01T12:00:00Z");
        customer.exec();
        customer.reset();
        customer.clearBindings();
        const std::string card_number = instore_card_number(20, 1000 + i);
        card.bind(1, card_number);
        card.bind(2, id);
        card.bind(3, created);
        card.exec();
        card.reset();
        // About half the customers are in a computed segment, as after a nightly run.
        static const char* const kSegments[] = {"regular", "periodic", "dormant", "vip", "new"};
        if (rng() % 2 == 0) {
            segment.bind(1, id);
            segment.bind(2, kSegments[rng() % 5]);
            segment.exec();
            segment.reset();
        }
        people.push_back(Person{anonymous ? "" : p.first_name, anonymous ? "" : p.last_name,
                                anonymous ? "" : p.phone_typed, card_number});
    }
    transaction.commit();
    store.set_full_durability(true);
    std::printf("loaded %d customers with cards in one transaction: %.1f s\n", count,
                std::chrono::duration<double>(Clock::now() - started).count());
    return people;
}

}  // namespace kassa::bench
