// The quote input of `kassactl quote` (docs/quote.md), the whole way kassactl takes it: JSON text, the
// request reader, the shop's zone, the compiled rules, the engine and the output document. The exceptions
// caught are the ones kassactl turns into a sentence for the owner; any other one (a raw nlohmann type
// error, std::out_of_range, ...) would reach the owner as a programmer's message and is a finding.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>

#include "fuzz_input.hpp"
#include "kassa/core/quote.hpp"
#include "kassa/core/units.hpp"
#include "kassa/core_json/quote_json.hpp"
#include "kassa/sys/zoneinfo.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(kassa::fuzz::as_text(data, size));
    } catch (const nlohmann::json::parse_error&) {
        return 0;
    } catch (const nlohmann::json::out_of_range&) {
        return 0;  // a number too large for a double (1e400): kassactl says "not valid JSON" for both
    }
    try {
        auto request = kassa::json::read_quote_request(document);
        auto zone = kassa::sys::zone_for(request.rules.time_zone, request.input.now_offset_seconds);
        const kassa::CompiledRules rules(std::move(request.rules), zone);
        const auto result = kassa::quote(rules, request.input);
        static_cast<void>(kassa::json::write_quote_result(result, *zone).dump());
    } catch (const kassa::json::InputError&) {
    } catch (const kassa::InvalidQuoteInput&) {
    } catch (const kassa::sys::UnknownTimeZone&) {
    } catch (const kassa::ArithmeticOverflow&) {
    }
    return 0;
}
