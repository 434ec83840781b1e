// The rules document (docs/rules.md) as `kassactl rules check` and the till read it: JSON text, then
// read_rules, which collects every problem and never throws. A document it accepts must also compile: the
// engine refusing what the check called fine would leave the owner with rules that pass the check and a
// till that will not start. The zone is a fixed offset, the time zone name being sys's business (quote_fuzz
// loads it).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>

#include "fuzz_input.hpp"
#include "kassa/core/quote.hpp"
#include "kassa/core_json/rules_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(kassa::fuzz::as_text(data, size));
    } catch (const nlohmann::json::parse_error&) {
        return 0;  // kassactl says "not valid JSON"
    } catch (const nlohmann::json::out_of_range&) {
        return 0;  // a number too large for a double (1e400): "not valid JSON" too
    }
    auto read = kassa::json::read_rules(document);
    if (!read.errors.empty()) {
        static_cast<void>(kassa::json::describe(read.errors));
        return 0;
    }
    const kassa::CompiledRules compiled(std::move(*read.rules), std::make_shared<kassa::FixedOffsetZone>(0));
    static_cast<void>(compiled.program_count());
    return 0;
}
