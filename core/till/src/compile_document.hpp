#pragma once
// A rules document as the till would run it today, for the owner's desk and the rules editor.

#include <memory>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "kassa/core/quote.hpp"
#include "kassa/core/time.hpp"

namespace kassa::till::detail {

// Compiled in its own time zone (the shop's when it names none), or a StoreError (invalid) with a sentence
// naming `which`: an old version may no longer pass today's checks (a time zone this computer lacks, a rule
// tightened since), and a draft may still have errors.
CompiledRules compile_document(const nlohmann::json& document, const std::string& which,
                               const std::shared_ptr<const TimeZone>& shop_zone);
CompiledRules compile_document(const std::string& document, const std::string& which,
                               const std::shared_ptr<const TimeZone>& shop_zone);

}  // namespace kassa::till::detail
