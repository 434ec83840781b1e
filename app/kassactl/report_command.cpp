// `kassactl report NAME` and `kassactl lists NAME`: the owner's reports and outreach lists (docs/reports.md).
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "kassa/store/database.hpp"
#include "kassa/store/reports.hpp"
#include "kassa/sys/system_clock.hpp"

namespace kassactl {

namespace {

std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& n : names) {
        text += (text.empty() ? "" : ", ") + n;
    }
    return text;
}

// The note of an empty list in English, the command line's language (the till's screen words it itself).
std::string note_sentence(const kassa::store::ReportNote& note) {
    switch (note.kind) {
        case kassa::store::ReportNote::Kind::not_announcement_day:
            return "\"" + note.program + "\" does not run on " + kassa::format_date(note.day) + ", " +
                   std::to_string(note.days_before) +
                   " days from today: today is not its announcement day, so nobody is invited.";
        case kassa::store::ReportNote::Kind::none:
            break;
    }
    return {};
}

}  // namespace

Runner add_report_commands(CLI::App& app) {
    struct Options {
        std::string name;
        std::string db;
        std::string from;
        std::string to;
        std::string format = "csv";
        std::string out;
        std::optional<int> days;
        std::string now;
        std::string program;
        std::optional<std::int64_t> margin_percent;
        bool list = false;
    };
    auto o = std::make_shared<Options>();
    auto* report = app.add_subcommand("report", "A report over business days as CSV or JSON on stdout (" +
                                                    joined(kassa::store::report_names()) + ")");
    report->add_option("NAME", o->name, "the report")
        ->required()
        ->check(CLI::IsMember(kassa::store::report_names()));
    report->add_option("--db", o->db, "the shop's database file")->required();
    report->add_option("--from", o->from, "the first business day YYYY-MM-DD")->required();
    report->add_option("--to", o->to, "the last business day YYYY-MM-DD")->required();
    report->add_option("--format", o->format, "csv (money as decimal text) or json (money in minor units)")
        ->check(CLI::IsMember({"csv", "json"}));

    auto* lists =
        app.add_subcommand("lists", "An outreach list as CSV: only customers with a marketing consent (" +
                                        joined(kassa::store::list_names()) + ")");
    lists->add_option("NAME", o->name, "the list")
        ->required()
        ->check(CLI::IsMember(kassa::store::list_names()));
    lists->add_option("--db", o->db, "the shop's database file")->required();
    lists->add_option("--out", o->out, "the CSV file to write")->required();
    lists->add_option("--days", o->days,
                      "the window in days (birthdays 7, dormant the reactivation program's or 90, "
                      "expiring 30)");
    lists->add_option("--program", o->program, "client-day: the promotion's id");
    lists
        ->add_option("--margin", o->margin_percent,
                     "due: how far past their usual interval customers are listed, in percent (default 125)")
        ->check(CLI::Range(std::int64_t{100}, std::int64_t{10000}));
    // Hidden: tests move the clock instead of waiting for a birthday.
    lists->add_option("--now", o->now, "the moment the list is made at (ISO 8601 with offset)")->group("");
    lists->callback([o] { o->list = true; });

    return [o]() -> int {
        const char* command = o->list ? "kassactl lists: " : "kassactl report: ";
        // Opened as every command opens a shop, so a missing file or a zone this computer lacks reads the
        // same here; the report then reads through a connection of its own.
        if (!open_shop_or_say(o->db, kassa::till::ShopNeeds::zone,
                              o->list ? "kassactl lists" : "kassactl report")) {
            return 2;
        }
        try {
            kassa::store::Reports reports(o->db);
            if (!o->list) {
                const auto from = kassa::parse_date(o->from);
                const auto to = kassa::parse_date(o->to);
                const auto table = reports.report(o->name, from, to);
                if (o->format == "json") {
                    std::cout << kassa::store::report_json(
                        table, {{"from", o->from}, {"to", o->to}, {"currency", reports.currency()}});
                } else {
                    std::cout << kassa::store::report_csv(table, reports.money_digits());
                }
                return 0;
            }
            kassa::store::ListRequest request;
            request.name = o->name;
            request.now =
                o->now.empty() ? kassa::sys::SystemClock().now() : kassa::parse_timestamp(o->now).instant;
            request.days = o->days;
            request.program = o->program;
            if (o->margin_percent) {
                request.margin_bp = *o->margin_percent * 100;
            }
            const auto table = reports.list(request);
            if (!table.note.empty()) {
                std::cerr << command << note_sentence(table.note) << '\n';
            }
            std::ofstream file(o->out, std::ios::binary | std::ios::trunc);
            file << kassa::store::report_csv(table, reports.money_digits());
            file.close();
            if (!file) {
                std::cerr << command << "cannot write " << o->out << '\n';
                return 2;
            }
            std::cout << "ok: " << o->out << " (" << table.rows.size() << " customers)\n";
            return 0;
        } catch (const std::invalid_argument& e) {
            std::cerr << command << e.what() << '\n';
            return 2;
        } catch (const kassa::store::StoreError& e) {
            std::cerr << command << e.what() << '\n';
            return 2;
        }
    };
}

}  // namespace kassactl
