// kassactl: Kassa's command line for the night and for scripts.
#include <iostream>

#include "commands.hpp"

int main(int argc, char** argv) {
    CLI::App app{"kassactl: Kassa's command line (quotes, rules, and the night's jobs)"};
    app.set_version_flag("--version", std::string("kassactl ") + KASSA_VERSION);
    app.require_subcommand(1);
    const auto quote = kassactl::add_quote_command(app);
    const auto rules = kassactl::add_rules_command(app);
    const auto db = kassactl::add_db_commands(app);
    const auto customer = kassactl::add_customer_commands(app);
    const auto cashiers = kassactl::add_cashiers_commands(app);
    const auto importer = kassactl::add_import_command(app);
    const auto demo = kassactl::add_demo_command(app);
    const auto devices = kassactl::add_device_commands(app);
    const auto exporter = kassactl::add_export_command(app);
    const auto nightly = kassactl::add_nightly_command(app);
    const auto reports = kassactl::add_report_commands(app);
    const auto personal = kassactl::add_personal_commands(app);
    const auto shifts = kassactl::add_shift_commands(app);
    const auto vat = kassactl::add_vat_commands(app);
    const auto printing = kassactl::add_print_command(app);
    const auto printer = kassactl::add_printer_command(app);
    const auto central = kassactl::add_central_commands(app);
    const auto sync = kassactl::add_sync_command(app);
    const auto conflicts = kassactl::add_conflicts_command(app);
    const auto settings = kassactl::add_settings_commands(app);
    const auto sale = kassactl::add_sale_commands(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // Usage errors exit 2 like bad input; --help and --version exit 0.
        const int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    if (app.got_subcommand("quote")) {
        return quote();
    }
    if (app.got_subcommand("rules")) {
        return rules();
    }
    if (app.got_subcommand("customer")) {
        return customer();
    }
    if (app.got_subcommand("cashiers")) {
        return cashiers();
    }
    if (app.got_subcommand("import")) {
        return importer();
    }
    if (app.got_subcommand("export")) {
        return exporter();
    }
    if (app.got_subcommand("nightly")) {
        return nightly();
    }
    if (app.got_subcommand("report") || app.got_subcommand("lists")) {
        return reports();
    }
    if (app.got_subcommand("suggest") || app.got_subcommand("cooccurrence") || app.got_subcommand("bundle") ||
        app.got_subcommand("cycles")) {
        return personal();
    }
    if (app.got_subcommand("shift")) {
        return shifts();
    }
    if (app.got_subcommand("vat")) {
        return vat();
    }
    if (app.got_subcommand("print")) {
        return printing();
    }
    if (app.got_subcommand("printer")) {
        return printer();
    }
    if (app.got_subcommand("central")) {
        return central();
    }
    if (app.got_subcommand("sync")) {
        return sync();
    }
    if (app.got_subcommand("conflicts")) {
        return conflicts();
    }
    if (app.got_subcommand("settings")) {
        return settings();
    }
    if (app.got_subcommand("sale")) {
        return sale();
    }
    if (app.got_subcommand("demo")) {
        return demo();
    }
    if (app.got_subcommand("decode") || app.got_subcommand("cards") || app.got_subcommand("scan") ||
        app.got_subcommand("devices")) {
        return devices();
    }
    return db();
}
