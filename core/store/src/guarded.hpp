#pragma once
// How every public Store call fails: with a StoreError carrying a sentence for the person at the till.

#include <exception>
#include <string>

#include "kassa/store/database.hpp"

namespace kassa::store::detail {

// Runs `body` and turns any failure into a StoreError with a sentence (SQLite's text stays out of it);
// StoreErrors pass through as they are.
template <typename Fn>
auto guarded(Fn&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

// A request the store refuses (bad input, not a failure of the file).
[[noreturn]] inline void invalid(const std::string& sentence) {
    throw StoreError(FailureKind::invalid, sentence);
}

}  // namespace kassa::store::detail
