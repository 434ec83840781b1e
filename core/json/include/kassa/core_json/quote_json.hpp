#pragma once
// The quote contract of loyalty.md as JSON: the input `kassactl quote` reads and the output it writes
// (docs/quote.md has the full format with examples).

#include <stdexcept>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "kassa/core/quote.hpp"

namespace kassa::json {

// Bad quote input: the message is one line, "path: reason".
class InputError : public std::invalid_argument {
  public:
    using std::invalid_argument::invalid_argument;
};

struct QuoteRequest {
    Rules rules;
    QuoteInput input;
};

// Throws InputError for malformed input (wrong types, unknown fields, negative quantities, unknown
// currencies, absurd sizes) and for an invalid rules document (every rules problem in the one message).
QuoteRequest read_quote_request(const nlohmann::json& document);

// The output document; times are written with the zone's offset at each instant.
nlohmann::json write_quote_result(const QuoteResult& result, const TimeZone& zone);

}  // namespace kassa::json
