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
};

// libsodium's randombytes: unpredictable, no seed to repeat. The default of every Store.
std::unique_ptr<IdSource> random_ids();
// std::mt19937_64 from `seed` (its output is fixed by the standard): the same seed, the same ids on any
// compiler. For demo shops and tests only: ids and PIN salts become predictable.
std::unique_ptr<IdSource> seeded_ids(std::uint64_t seed);

// A UUID-shaped id (version 4 layout, lower-case hex) from `source`.
std::string new_id(IdSource& source);

}  // namespace kassa::store
