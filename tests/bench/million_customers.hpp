#pragma once
// A shop file with a million customers and their cards, bulk-loaded with SQL in one transaction (enrolling
// them one by one through the store would take an hour): the store and till benchmarks measure on it.
#include <filesystem>
#include <string>
#include <vector>

namespace kassa::bench {

struct Person {
    std::string first;
    std::string last;
    std::string phone_typed;  // empty for an anonymous card
    std::string card;         // the customer's in-store card number
};

// Creates the file at `path` (an existing one is replaced) with `count` customers, 88% of them named, each
// with one active card; about half in a computed segment. Deterministic.
std::vector<Person> load_customers(const std::filesystem::path& path, int count);
// Removes a database file with its -wal and -shm companions.
void remove_db(const std::filesystem::path& path);

}  // namespace kassa::bench
