#include "compile_document.hpp"

#include <nlohmann/json.hpp>

#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"

namespace kassa::till::detail {

CompiledRules compile_document(const nlohmann::json& document, const std::string& which,
                               const std::shared_ptr<const TimeZone>& shop_zone) {
    auto read = json::read_rules(document);
    if (!read.errors.empty() || !read.rules) {
        throw store::StoreError(store::StoreRefusal{store::StoreProblem::rules_fail_checks, {}},
                                which + ": " + json::describe(read.errors));
    }
    std::shared_ptr<const TimeZone> zone = shop_zone;
    if (!read.rules->time_zone.empty()) {
        try {
            zone = sys::load_time_zone(read.rules->time_zone);
        } catch (const std::exception&) {
            throw store::StoreError(
                store::StoreRefusal{store::StoreProblem::rules_unknown_zone, {read.rules->time_zone}}, which);
        }
    }
    try {
        return CompiledRules(std::move(*read.rules), zone);
    } catch (const InvalidRules& e) {
        throw store::StoreError(store::StoreRefusal{store::StoreProblem::rules_fail_checks, {}},
                                which + ": " + json::describe(e.errors()));
    }
}

CompiledRules compile_document(const std::string& document, const std::string& which,
                               const std::shared_ptr<const TimeZone>& shop_zone) {
    return compile_document(nlohmann::json::parse(document, nullptr, false), which, shop_zone);
}

}  // namespace kassa::till::detail
