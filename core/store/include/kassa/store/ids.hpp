#pragma once
// Where the store's new ids come from. A real shop draws them from the system's cryptographic random source;
// the demo shop draws them from a seeded stream, so the same seed gives the same shop, row for row.
//
// Threading: an IdSource belongs to one Store (one thread at a time); random_ids() sources are independent.

#include <compare>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>

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

// An id of one kind of thing, so a call cannot swap a customer's id with the person acting on her: made from
// text only on purpose (explicit), read back as text anywhere (the SQL binds and the sentences take text).
template <class Kind>
class StrongId {
  public:
    StrongId() = default;
    explicit StrongId(std::string value) : value_(std::move(value)) {}
    [[nodiscard]] const std::string& value() const { return value_; }
    // NOLINTNEXTLINE(google-explicit-constructor): reading the text back is always safe.
    operator const std::string&() const { return value_; }
    [[nodiscard]] bool empty() const { return value_.empty(); }
    friend bool operator==(const StrongId&, const StrongId&) = default;
    friend auto operator<=>(const StrongId&, const StrongId&) = default;

  private:
    std::string value_;
};

// A customer's id (customers.id).
using CustomerId = StrongId<struct CustomerIdKind>;
// A cashier's or owner's id (cashiers.id).
using CashierId = StrongId<struct CashierIdKind>;
// Who did something, as the audit log and the ledger name them: a cashier's or owner's id, or a job's name
// ("kassactl", "nightly", "import").
using Actor = StrongId<struct ActorKind>;

// A UUID version 7 (RFC 9562, lower-case hex) from `source`: time-ordered, 74 random bits.
std::string new_id(IdSource& source);

}  // namespace kassa::store
