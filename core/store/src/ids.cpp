// The sources of the store's new ids.

#include <sodium.h>

#include <cstdio>
#include <random>
#include <stdexcept>

#include "kassa/store/store.hpp"

namespace kassa::store {

namespace {

class RandomIds final : public IdSource {
public:
    RandomIds() {
        // Idempotent and thread-safe; -1 only when the system has no random source at all.
        if (sodium_init() < 0) {
            throw StoreError(FailureKind::other, "This computer gives Kassa no random numbers: call support.");
        }
    }
    std::uint64_t next() override {
        std::uint64_t bits = 0;
        randombytes_buf(&bits, sizeof bits);
        return bits;
    }
};

class SeededIds final : public IdSource {
public:
    explicit SeededIds(std::uint64_t seed) : engine_(seed) {}
    std::uint64_t next() override { return engine_(); }

private:
    std::mt19937_64 engine_;
};

}  // namespace

std::unique_ptr<IdSource> random_ids() { return std::make_unique<RandomIds>(); }

std::unique_ptr<IdSource> seeded_ids(std::uint64_t seed) { return std::make_unique<SeededIds>(seed); }

std::string new_id(IdSource& source) {
    std::uint64_t high = source.next();
    std::uint64_t low = source.next();
    high = (high & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;  // version 4
    low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;    // RFC 4122 variant
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(high >> 32),
                  static_cast<unsigned>((high >> 16) & 0xFFFF), static_cast<unsigned>(high & 0xFFFF),
                  static_cast<unsigned>(low >> 48), static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
    return buffer;
}

std::string new_id() {
    // One source per thread: ids are made on whichever thread asks, and a source is not shared.
    thread_local const std::unique_ptr<IdSource> source = random_ids();
    return new_id(*source);
}

}  // namespace kassa::store
