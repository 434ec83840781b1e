// The sources of the store's new ids.

#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <stdexcept>

#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"

namespace kassa::store {

namespace {

class RandomIds final : public IdSource {
  public:
    RandomIds() {
        // Idempotent and thread-safe; -1 only when the system has no random source at all.
        if (sodium_init() < 0) {
            throw StoreError(FailureKind::other,
                             "This computer gives Kassa no random numbers: call support.");
        }
    }
    std::uint64_t next() override {
        std::uint64_t bits = 0;
        randombytes_buf(&bits, sizeof bits);
        return bits;
    }
    std::uint64_t next_millis() override {
        // The system clock, never backwards within this source: a clock stepped back by NTP would otherwise
        // put the next ids before the last ones (still unique, only out of order).
        const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
        last_ = std::max(last_, static_cast<std::uint64_t>(std::max<std::int64_t>(now, 0)));
        return last_;
    }

  private:
    std::uint64_t last_ = 0;
};

class SeededIds final : public IdSource {
  public:
    explicit SeededIds(std::uint64_t seed) : engine_(seed) {}
    std::uint64_t next() override { return engine_(); }
    // A counter, not the clock, so the same seed gives the same ids at any hour; it starts at 2020-01-01 and
    // moves one millisecond per id, so the ids still come in order.
    std::uint64_t next_millis() override { return counter_++; }

  private:
    std::mt19937_64 engine_;
    std::uint64_t counter_ = 1'577'836'800'000ULL;
};

}  // namespace

std::unique_ptr<IdSource> random_ids() {
    return std::make_unique<RandomIds>();
}

std::unique_ptr<IdSource> seeded_ids(std::uint64_t seed) {
    return std::make_unique<SeededIds>(seed);
}

std::string new_id(IdSource& source) {
    // RFC 9562 version 7: 48 bits of milliseconds, then 74 random bits. Ids made one after another sort one
    // after another, so each table and index keyed by them grows at its right edge: a sale then rewrites
    // the last page of each instead of a random page that is usually full and splits into its neighbours
    // (docs/performance.md: a sale's WAL pages).
    const std::uint64_t millis = source.next_millis() & 0xFFFF'FFFF'FFFFULL;
    const std::uint64_t random_a = source.next();
    const std::uint64_t random_b = source.next();
    const std::uint64_t high = (millis << 16) | 0x7000ULL | (random_a & 0x0FFFULL);
    const std::uint64_t low = (random_b & 0x3FFF'FFFF'FFFF'FFFFULL) | 0x8000'0000'0000'0000ULL;  // variant
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(high >> 32),
                  static_cast<unsigned>((high >> 16) & 0xFFFF), static_cast<unsigned>(high & 0xFFFF),
                  static_cast<unsigned>(low >> 48),
                  static_cast<unsigned long long>(low & 0xFFFF'FFFF'FFFFULL));
    return buffer;
}

std::string new_id() {
    // One source per thread: ids are made on whichever thread asks, and a source is not shared.
    thread_local const std::unique_ptr<IdSource> source = random_ids();
    return new_id(*source);
}

}  // namespace kassa::store
