// `kassactl nightly`: the night's jobs (expiry, segments, export with catch-up, backup with rotation), one
// line per step on stderr, which systemd puts in the journal.
#include <iostream>

#include "commands.hpp"
#include "kassa/store/export.hpp"
#include "kassa/sys/system_clock.hpp"

namespace kassactl {

Runner add_nightly_command(CLI::App& app) {
    auto options = std::make_shared<kassa::store::NightlyOptions>();
    auto now_text = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("nightly",
                                   "Expire points, recompute segments, export the missed days and take a "
                                   "backup (exit 1 if a step failed)");
    cmd->add_option("--db", options->db_path, "the shop's database file")->required();
    cmd->add_option("--out", options->out_dir, "the export folder (one YYYY-MM-DD folder per day)")
        ->required();
    cmd->add_option("--backups", options->backups_dir, "the folder for shop-YYYY-MM-DD.kassa backups")
        ->required();
    cmd->add_option("--keep", options->keep, "backups to keep, newest first (default 14)")
        ->check(CLI::Range(1, 3650));
    cmd->add_flag("--excel", options->excel, "export for Excel: ';', a UTF-8 BOM and decimal commas");
    // Hidden: tests run the night at a chosen moment instead of waiting for it.
    cmd->add_option("--now", *now_text, "the moment the night runs at (ISO 8601 with offset)")->group("");
    return [options, now_text]() -> int {
        std::unique_ptr<kassa::Clock> clock = std::make_unique<kassa::sys::SystemClock>();
        if (!now_text->empty()) {
            try {
                clock = std::make_unique<kassa::ManualClock>(kassa::parse_timestamp(*now_text).instant);
            } catch (const std::invalid_argument& e) {
                std::cerr << "kassactl nightly: --now: " << e.what() << '\n';
                return 2;
            }
        }
        // A shop that does not open fails every step alike: said once, as every command says it.
        {
            auto opening = kassa::till::open_shop(options->db_path, kassa::till::ShopNeeds::file);
            if (const auto* problem = std::get_if<kassa::till::ShopProblem>(&opening)) {
                std::cerr << "nightly: open: FAILED: " << shop_problem_sentence(*problem) << '\n';
                return 1;
            }
        }
        bool failed = false;
        kassa::store::run_nightly(*options, *clock, [&](const kassa::store::NightlyStep& step) {
            if (step.ok) {
                std::cerr << "nightly: " << step.name << ": ok (" << step.detail << ")\n";
            } else {
                std::cerr << "nightly: " << step.name << ": FAILED: " << step.detail << '\n';
                failed = true;
            }
            std::cerr.flush();  // each step reaches the journal when it ends, not when the night does
        });
        return failed ? 1 : 0;
    };
}

}  // namespace kassactl
