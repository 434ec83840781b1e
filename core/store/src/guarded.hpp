#pragma once
// How every public Store call fails: with a StoreError carrying a sentence for the person at the till.

#include <exception>
#include <string>
#include <vector>

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

// A request the store refuses (bad input, not a failure of the file), with only an English sentence: the
// screens show a general sentence for it. New refusals use refused() below.
[[noreturn]] inline void invalid(const std::string& sentence) {
    throw StoreError(FailureKind::invalid, sentence);
}

// A request the store refuses, with its reason and the values the screen puts in its sentence.
[[noreturn]] inline void refused(StoreProblem problem, std::vector<ProblemValue> values = {},
                                 const std::string& english_detail = {}) {
    throw StoreError(StoreRefusal{problem, std::move(values)}, english_detail);
}

}  // namespace kassa::store::detail
