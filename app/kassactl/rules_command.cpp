#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "kassa/core_json/rules_json.hpp"
#include "kassa/sys/zoneinfo.hpp"

namespace kassactl {

Runner add_rules_command(CLI::App& app) {
    auto* rules = app.add_subcommand("rules", "Work with the rules document");
    rules->require_subcommand(1);
    auto* check =
        rules->add_subcommand("check", "List every problem of a rules document (exit 1 when there are any)");
    auto file = std::make_shared<std::string>();
    check->add_option("FILE", *file, "rules document; standard input when absent or '-'");
    return [file]() -> int {
        nlohmann::json document;
        try {
            document = nlohmann::json::parse(read_input(*file));
        } catch (const nlohmann::json::exception& e) {
            // parse_error, or out_of_range for a number too large for a double (1e400).
            std::string what = e.what();
            std::cerr << "kassactl rules check: not valid JSON (" << what.substr(what.find(']') + 2) << ")\n";
            return 2;
        } catch (const std::exception& e) {
            std::cerr << "kassactl rules check: " << e.what() << '\n';
            return 2;
        }
        auto read = kassa::json::read_rules(document);
        if (read.errors.empty() && !read.rules->time_zone.empty()) {
            try {
                kassa::sys::load_time_zone(read.rules->time_zone);
            } catch (const kassa::sys::UnknownTimeZone& e) {
                read.errors.push_back({"time_zone", e.what()});
            }
        }
        if (!read.errors.empty()) {
            for (const auto& e : read.errors) {
                std::cout << e.path << ": " << e.reason << '\n';
            }
            std::cout << read.errors.size() << (read.errors.size() == 1 ? " problem" : " problems")
                      << "; the document was not applied\n";
            return 1;
        }
        std::cout << "ok: " << read.rules->programs.size() << " programs\n";
        return 0;
    };
}

}  // namespace kassactl
