#pragma once
// Where the store's new ids come from. A real shop draws them from the system's cryptographic random source;
// the demo shop draws them from a seeded stream, so the same seed gives the same shop, row for row.
//
// Threading: an IdSource belongs to one Store (one thread at a time); random_ids() sources are independent.

#include <cstdint>
#include <memory>
#include <string>

namespace kassa::store {

class IdSource {
public:
    virtual ~IdSource() = default;
    // 64 fresh bits.
    virtual std::uint64_t next() = 0;
    // The time part of the next id: milliseconds since 1970, never smaller than the last one given. The id
    // carries it for order only; nothing reads a time back from an id.
    virtual std::uint64_t next_millis() = 0;
};

// libsodium's randombytes: unpredictable, no seed to repeat. The default of every Store.
std::unique_ptr<IdSource> random_ids();
// std::mt19937_64 from `seed` (its output is fixed by the standard) and a counter for the time part: the same
// seed, the same ids on any compiler and at any hour. For demo shops and tests only: ids and PIN salts become
// predictable.
std::unique_ptr<IdSource> seeded_ids(std::uint64_t seed);

// A UUID version 7 (RFC 9562, lower-case hex) from `source`: time-ordered, 74 random bits.
std::string new_id(IdSource& source);

}  // namespace kassa::store
