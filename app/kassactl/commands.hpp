#pragma once
// The kassactl subcommands. Each registers itself on the CLI11 app and returns the exit code it ran with:
// 0 done, 1 the job found problems (an invalid rules document), 2 bad input or usage.

#include <CLI/CLI.hpp>
#include <functional>

namespace kassactl {

using Runner = std::function<int()>;

Runner add_quote_command(CLI::App& app);
Runner add_rules_command(CLI::App& app);
// `db check` and `backup`: both open the shop's database, so they share one runner.
Runner add_db_commands(CLI::App& app);
Runner add_customer_commands(CLI::App& app);
// `import customers FILE` and `import catalog FILE`: exit 1 when rows were refused.
Runner add_import_command(CLI::App& app);
// `demo --db PATH`: a new shop file with a boutique's catalog, customers and sales history.
Runner add_demo_command(CLI::App& app);
// `decode IMAGE...`, `cards print` and `scan --replay FILE --kind K` (devices_command.cpp).
Runner add_device_commands(CLI::App& app);

// Reads a whole file (or stdin for "-" / empty) up to a size limit; throws std::runtime_error with a
// sentence.
std::string read_input(const std::string& path);

}  // namespace kassactl
