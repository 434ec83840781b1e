#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "commands.hpp"
#include "kassa/core/quote.hpp"
#include "kassa/core_json/quote_json.hpp"
#include "kassa/sys/zoneinfo.hpp"

namespace kassactl {

namespace {
constexpr std::size_t kMaxInputBytes = 64U * 1024U * 1024U;  // a quote document is kilobytes; this is absurd
}

std::string read_input(const std::string& path) {
    std::string data;
    auto read_all = [&](std::istream& in) {
        char buffer[65536];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
            data.append(buffer, static_cast<std::size_t>(in.gcount()));
            if (data.size() > kMaxInputBytes) {
                throw std::runtime_error(
                    "the input is larger than 64 MiB, which no quote or rules document is");
            }
        }
    };
    if (path.empty() || path == "-") {
        read_all(std::cin);
    } else {
        std::ifstream file(path, std::ios::binary);
        if (!file) {
            throw std::runtime_error("cannot open " + path);
        }
        read_all(file);
    }
    return data;
}

Runner add_quote_command(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "quote", "Price a basket under the loyalty rules (JSON in, JSON out; see docs/quote.md)");
    auto file = std::make_shared<std::string>();
    auto compact = std::make_shared<bool>(false);
    cmd->add_option("FILE", *file, "quote input document; standard input when absent or '-'");
    cmd->add_flag("--compact", *compact, "write the result on one line");
    return [file, compact]() -> int {
        try {
            const std::string text = read_input(*file);
            nlohmann::json document;
            try {
                document = nlohmann::json::parse(text);
            } catch (const nlohmann::json::exception& e) {
                // parse_error, or out_of_range for a number too large for a double (1e400): both mean the
                // text cannot be read. nlohmann's message names the byte position; keep it on one line.
                std::string what = e.what();
                std::cerr << "kassactl quote: the input is not valid JSON ("
                          << what.substr(what.find(']') + 2) << ")\n";
                return 2;
            }
            auto request = kassa::json::read_quote_request(document);
            auto zone = kassa::sys::zone_for(request.rules.time_zone, request.input.now_offset_seconds);
            const kassa::CompiledRules rules(std::move(request.rules), zone);
            const auto result = kassa::quote(rules, request.input);
            const auto out = kassa::json::write_quote_result(result, *zone);
            std::cout << (*compact ? out.dump() : out.dump(2)) << '\n';
            return 0;
        } catch (const kassa::json::InputError& e) {
            std::cerr << "kassactl quote: " << e.what() << '\n';
        } catch (const kassa::InvalidQuoteInput& e) {
            std::cerr << "kassactl quote: " << e.what() << '\n';
        } catch (const kassa::sys::UnknownTimeZone& e) {
            std::cerr << "kassactl quote: rules.time_zone: " << e.what() << '\n';
        } catch (const kassa::ArithmeticOverflow& e) {
            std::cerr << "kassactl quote: the figures are too large to compute exactly\n";
        } catch (const std::exception& e) {
            std::cerr << "kassactl quote: " << e.what() << '\n';
        }
        return 2;
    };
}

}  // namespace kassactl
