// Registers one Catch2 case per golden scenario file, then runs Catch2: ctest lists each scenario by name.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <fstream>

#include "golden_support.hpp"
#include "kassa/core/quote.hpp"
#include "kassa/core_json/quote_json.hpp"
#include "kassa/sys/zoneinfo.hpp"

namespace {

void run_scenario(const std::filesystem::path& file) {
    std::ifstream in(file);
    const auto scenario = nlohmann::json::parse(in);
    REQUIRE(scenario.contains("comment"));  // every scenario says how its figures were computed
    const auto input = kassa::golden::load_input(scenario);
    auto request = kassa::json::read_quote_request(input);
    auto zone = kassa::sys::zone_for(request.rules.time_zone, request.input.now_offset_seconds);
    const kassa::CompiledRules rules(std::move(request.rules), zone);
    const auto result = kassa::json::write_quote_result(kassa::quote(rules, request.input), *zone);
    const auto diffs = kassa::golden::differences(scenario.at("expected"), result);
    for (const auto& d : diffs) {
        UNSCOPED_INFO(d);
    }
    CHECK(diffs.empty());
    // Quoting twice gives the same bytes.
    CHECK(kassa::json::write_quote_result(kassa::quote(rules, request.input), *zone).dump() == result.dump());
}

class ScenarioInvoker final : public Catch::ITestInvoker {
  public:
    explicit ScenarioInvoker(std::filesystem::path file) : file_(std::move(file)) {}
    void invoke() const override { run_scenario(file_); }

  private:
    std::filesystem::path file_;
};

// Catch2 keeps pointers to the names and tags: they must outlive the session.
std::vector<std::string>& names() {
    static std::vector<std::string> storage;
    return storage;
}

}  // namespace

int main(int argc, char** argv) {
    const auto files = kassa::golden::scenario_files();
    names().reserve(files.size());
    for (const auto& file : files) {
        names().push_back(file.stem().string());
        Catch::AutoReg registrar(new ScenarioInvoker(file), CATCH_INTERNAL_LINEINFO, Catch::StringRef(),
                                 Catch::NameAndTags{names().back().c_str(), "[golden]"});
        (void)registrar;
    }
    return Catch::Session().run(argc, argv);
}
