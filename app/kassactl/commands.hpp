#pragma once
// The kassactl subcommands. Each registers itself on the CLI11 app and returns the exit code it ran with:
// 0 done, 1 the job found problems (an invalid rules document), 2 bad input or usage.

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kassa/drivers/events.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/till/shop.hpp"

namespace kassactl {

using Runner = std::function<int()>;

Runner add_quote_command(CLI::App& app);
Runner add_rules_command(CLI::App& app);
// `db check` and `backup`: both open the shop's database, so they share one runner.
Runner add_db_commands(CLI::App& app);
Runner add_customer_commands(CLI::App& app);
// `cashiers add --name N --role cashier|owner --pin P` and `cashiers list`.
Runner add_cashiers_commands(CLI::App& app);
// `import customers FILE` and `import catalog FILE`: exit 1 when rows were refused.
Runner add_import_command(CLI::App& app);
// `demo --db PATH`: a new shop file with a boutique's catalog, customers and sales history.
Runner add_demo_command(CLI::App& app);
// `decode IMAGE...`, `cards print` and `scan --replay FILE --kind K` (devices_command.cpp).
Runner add_device_commands(CLI::App& app);
// `export --db DB --out DIR [--day D | --since D] [--excel]` and `nightly` (export_command.cpp,
// nightly_command.cpp): docs/nightly.md.
Runner add_export_command(CLI::App& app);
Runner add_nightly_command(CLI::App& app);
// `report NAME --db DB --from D --to D [--format csv|json]` and `lists NAME --db DB --out FILE`
// (report_command.cpp): docs/reports.md.
Runner add_report_commands(CLI::App& app);
// `suggest`, `cooccurrence` and `bundle` (personal_command.cpp): "often bought together" and the owner's
// bundles (docs/personal.md).
Runner add_personal_commands(CLI::App& app);
// `shift x|z|list` and `vat show|set|presets` (shift_command.cpp): exit 1 when there is no such shift.
Runner add_shift_commands(CLI::App& app);
Runner add_vat_commands(CLI::App& app);
// `print receipt N|x|z --db DB --printer URL [--profile P]` (print_command.cpp): exit 1 when the printer
// did not print (its reason on stderr) or there is no shift to report.
Runner add_print_command(CLI::App& app);
// `printer show|set --db DB [--url U] [--profile P] [--logo PNG] [--drawer-pin 2|5] [--none]`
// (printer_command.cpp): the receipt printer the till uses.
Runner add_printer_command(CLI::App& app);
// `central init|company add|shop add|join` and `sync --db DB` (central_command.cpp, docs/sync.md): exit 1
// when the central database could not be reached (nothing lost, try again), 2 for bad input.
Runner add_central_commands(CLI::App& app);
Runner add_sync_command(CLI::App& app);
// `conflicts --db DB [--all] [--json]` and `conflicts dealt-with ID --db DB --by NAME`
// (conflicts_command.cpp, docs/sync.md "Conflicts"): exit 2 for bad input.
Runner add_conflicts_command(CLI::App& app);

// `devices` and live `scan` (usb_command.cpp): exit 0 when run; 2 when libusb or the record file fails.
// `wedges` are keyboard-wedge devices to read besides the known scanner vendors (--wedge VID[:PID]).
int run_devices(const std::vector<kassa::drivers::UsbId>& wedges);
int run_live_scan(const std::vector<kassa::drivers::UsbId>& wedges, const std::string& record_file);
std::optional<kassa::drivers::UsbId> parse_usb_id(const std::string& text);

// Reads a whole file (or stdin for "-" / empty) up to a size limit; throws std::runtime_error with a
// sentence.
std::string read_input(const std::string& path);

// `settings show|set` (settings_command.cpp) and `sale commit FILE` (sale_command.cpp).
Runner add_settings_commands(CLI::App& app);
Runner add_sale_commands(CLI::App& app);

// ---- opening a shop (shop_text.cpp) ----
// Every command that works on an existing shop opens it here, through kassa::till::open_shop, as the till
// does. On a problem it writes `command` ("kassactl shift") and the sentence on stderr and gives nothing: the
// command then exits 2.
std::optional<kassa::till::Shop> open_shop_or_say(const std::string& path, kassa::till::ShopNeeds needs,
                                                  const std::string& command);
// What a ShopProblem means, in one English line (kassactl's language).
std::string shop_problem_sentence(const kassa::till::ShopProblem& problem);
// The settings key an issue is about ("time_zone"), as settings show and set name it.
std::string settings_key(kassa::store::SettingsIssue::Problem problem);
// Why a settings value is refused (store::check_settings), for db init and settings set; `option` names how
// it was given ("--zone", "time_zone").
std::string settings_issue_sentence(const kassa::store::SettingsIssue& issue, const std::string& option);

}  // namespace kassactl
