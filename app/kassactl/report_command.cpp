// `kassactl report NAME` and `kassactl lists NAME`: the owner's reports and outreach lists (docs/reports.md);
// `kassactl report --central`: the company's figures by shop from the central database (docs/reports.md,
// "company"), through a till's own membership (--db) or an address and password file as `central` takes them.
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "commands.hpp"
#include "kassa/central/company_report.hpp"
#include "kassa/store/database.hpp"
#include "kassa/store/reports.hpp"
#include "kassa/store/sync_log.hpp"
#include "kassa/sys/system_clock.hpp"
#include "kassa/sys/zoneinfo.hpp"

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

// "-1234" with 2 digits -> "-12.34".
std::string decimal(std::int64_t value, int digits) {
    const bool negative = value < 0;
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(value + 1)) + 1U : static_cast<std::uint64_t>(value);
    std::string text = std::to_string(magnitude);
    if (digits > 0) {
        const auto width = static_cast<std::size_t>(digits);
        if (text.size() <= width) {
            text.insert(0, width + 1 - text.size(), '0');
        }
        text.insert(text.size() - width, 1, '.');
    }
    return negative ? "-" + text : text;
}

struct CentralReportOptions {
    bool central = false;
    std::string url;
    std::string password_file;
    std::string company;
    std::string zone;
    bool json = false;
};

const std::vector<std::string>& figure_names() {
    static const std::vector<std::string> names{
        "receipts", "gross",         "discount",        "net",          "vat", "refunds",
        "refunded", "points_earned", "points_redeemed", "new_customers"};
    return names;
}

// The figures in figure_names()'s order, money in minor units.
std::vector<std::int64_t> figure_values(const kassa::central::OfficeFigures& f) {
    return {f.receipts,
            f.gross.minor_units(),
            f.discount.minor_units(),
            f.net.minor_units(),
            f.vat.minor_units(),
            f.refunds,
            f.refunded.minor_units(),
            f.points_earned.value(),
            f.points_redeemed.value(),
            f.new_customers};
}

bool is_money(std::size_t figure) {
    return figure >= 1 && figure <= 4 ? true : figure == 6;
}

std::string company_json(const kassa::central::CompanyReport& report, const std::string& from,
                         const std::string& to, const std::string& currency) {
    const auto figures = [](const kassa::central::OfficeFigures& f) {
        nlohmann::json o = nlohmann::json::object();
        const auto values = figure_values(f);
        for (std::size_t i = 0; i < values.size(); ++i) {
            o[figure_names()[i]] = values[i];
        }
        return o;
    };
    nlohmann::json out{{"report", "company"},
                       {"company", report.company_name},
                       {"company_id", report.company_id},
                       {"from", from},
                       {"to", to}};
    if (!currency.empty()) {
        out["currency"] = currency;
    }
    nlohmann::json shops = nlohmann::json::array();
    for (const auto& shop : report.shops) {
        nlohmann::json row{{"shop", shop.shop_name}, {"shop_id", shop.shop_id}};
        row.update(figures(shop.figures));
        shops.push_back(std::move(row));
    }
    out["shops"] = std::move(shops);
    out["total"] = figures(report.total);
    return out.dump(2) + "\n";
}

// A table for a person: a row per shop and the total, money with the currency's digits.
std::string company_text(const kassa::central::CompanyReport& report, const std::string& from,
                         const std::string& to, int digits) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header{"shop"};
    for (const auto& n : figure_names()) {
        header.push_back(n);
    }
    rows.push_back(header);
    const auto add = [&](const std::string& name, const kassa::central::OfficeFigures& f) {
        std::vector<std::string> row{name};
        const auto values = figure_values(f);
        for (std::size_t i = 0; i < values.size(); ++i) {
            row.push_back(is_money(i) ? decimal(values[i], digits) : std::to_string(values[i]));
        }
        rows.push_back(std::move(row));
    };
    for (const auto& shop : report.shops) {
        add(shop.shop_name, shop.figures);
    }
    add("total", report.total);
    std::vector<std::size_t> width(header.size(), 0);
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            // Shop names may be UTF-8: count code points, not bytes.
            std::size_t chars = 0;
            for (const char ch : row[c]) {
                chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
            }
            width[c] = std::max(width[c], chars);
        }
    }
    std::ostringstream out;
    out << "Company \"" << report.company_name << "\", business days " << from << " to " << to << "\n";
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            std::size_t chars = 0;
            for (const char ch : row[c]) {
                chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
            }
            const std::string pad(width[c] - chars, ' ');
            // The shop's name left, the figures right, two spaces between.
            out << (c == 0 ? row[c] + pad : pad + row[c]) << (c + 1 < row.size() ? "  " : "\n");
        }
    }
    return out.str();
}

// 1 when the office could not be reached (try again later), 2 for everything that must change first.
int central_exit_code(kassa::central::CentralProblem problem) {
    return problem == kassa::central::CentralProblem::unreachable ? 1 : 2;
}

int run_central_report(const CentralReportOptions& c, const std::string& db, const std::string& from_text,
                       const std::string& to_text) {
    const char* command = "kassactl report --central: ";
    try {
        const auto from = kassa::parse_date(from_text);
        const auto to = kassa::parse_date(to_text);
        kassa::central::Address address{c.url, c.password_file};
        std::shared_ptr<const kassa::TimeZone> zone;
        std::string currency;
        int digits = 2;
        if (!db.empty()) {
            // A till's own membership: its login sees its company only (row-level security), in its zone.
            auto shop = open_shop_or_say(db, kassa::till::ShopNeeds::zone, "kassactl report --central");
            if (!shop) {
                return 2;
            }
            const auto membership = kassa::store::SyncLog(*shop->store).membership();
            if (!membership) {
                throw kassa::central::CentralError(kassa::central::CentralProblem::not_a_member, {});
            }
            address = kassa::central::Address{membership->central_url, membership->password_file};
            zone = shop->zone;
            kassa::store::Reports reports(db);
            currency = reports.currency();
            digits = reports.money_digits();
        } else {
            zone =
                kassa::sys::load_time_zone(c.zone.empty() ? kassa::store::ShopSettings{}.time_zone : c.zone);
        }
        kassa::central::Central office(address);
        const auto report = kassa::central::company_report(office, c.company, {from, to}, *zone);
        std::cout << (c.json ? company_json(report, from_text, to_text, currency)
                             : company_text(report, from_text, to_text, digits));
        return 0;
    } catch (const kassa::central::CentralError& e) {
        std::cerr << command << e.what() << '\n';
        return central_exit_code(e.problem());
    } catch (const kassa::sys::UnknownTimeZone& e) {
        std::cerr << command << "this computer has no time zone \"" << c.zone << "\"\n";
        return 2;
    } catch (const std::invalid_argument& e) {
        std::cerr << command << e.what() << '\n';
        return 2;
    } catch (const kassa::store::StoreError& e) {
        std::cerr << command << e.what() << '\n';
        return 2;
    }
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
    auto c = std::make_shared<CentralReportOptions>();
    auto* report = app.add_subcommand("report", "A report over business days as CSV or JSON on stdout (" +
                                                    joined(kassa::store::report_names()) +
                                                    "), or with --central the company's figures by shop");
    report->add_option("NAME", o->name, "the report (none with --central)")
        ->check(CLI::IsMember(kassa::store::report_names()));
    report->add_option("--db", o->db, "the shop's database file (with --central: a till that joined)");
    report->add_flag("--central", c->central,
                     "the company's figures by shop and in total from the central database: receipts, gross, "
                     "discount, net, vat, refunds, points, new customers");
    auto* url =
        report->add_option("--url", c->url,
                           "with --central and no --db: the central database, postgresql://user@host/db "
                           "(no password)");
    report->add_option(
        "--password-file", c->password_file,
        "with --url: a file (chmod 600) holding the password alone; without it libpq's PGPASSFILE");
    report->add_option("--company", c->company,
                       "with --central: the company's name or id (a till's login: its own)");
    report->add_option("--zone", c->zone, "with --url: the shops' time zone (default Europe/Tallinn)");
    report->add_flag("--json", c->json, "with --central: as JSON (money in minor units)");
    url->excludes(report->get_option("--db"));
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

    return [o, c]() -> int {
        if (!o->list && c->central) {
            if (!o->name.empty() || (o->db.empty() && c->url.empty())) {
                std::cerr << "kassactl report --central: give --db (a till that joined) or --url, and no "
                             "report name\n";
                return 2;
            }
            return run_central_report(*c, o->db, o->from, o->to);
        }
        if (!o->list && (o->name.empty() || o->db.empty() || !c->url.empty() || c->json)) {
            std::cerr << "kassactl report: give the report's name and --db (--url and --json are for "
                         "--central)\n";
            return 2;
        }
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
