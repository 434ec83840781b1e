// `central init|company add|shop add|join|till revoke` and `sync`: a till joins the business's central
// PostgreSQL and syncs with it (docs/sync.md). Wiring and printing only: the work is kassa::central's. The
// password never passes through the command line: --url has none (refused when it has) and --password-file
// names a file readable only by its owner (or libpq's PGPASSFILE is used). `join` is run with the admin's
// address and password file; it makes the till's own login and password file (--till-password-file), which is
// all the till uses from then on (docs/security.md). No password is ever printed.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "kassa/central/central.hpp"
#include "kassa/central/sync.hpp"
#include "kassa/store/store.hpp"
#include "kassa/store/sync_log.hpp"
#include "kassa/sys/system_clock.hpp"

namespace kassactl {

namespace {

namespace ct = kassa::central;
namespace st = kassa::store;

struct CentralOptions {
    std::string url;
    std::string password_file;
    std::string db_path;
    std::string company;
    std::string shop;
    std::string till;
    std::string name;
    std::string till_password_file;
};

void add_address(CLI::App* command, CentralOptions& o) {
    command->add_option("--url", o.url, "the central database, postgresql://user@host/db (no password)")
        ->required();
    command->add_option("--password-file", o.password_file,
                        "a file (chmod 600) holding the password alone; without it libpq's PGPASSFILE");
}

// 1 when the central could not be reached (try again later: nothing was lost), 2 for everything the person
// must change first.
int exit_code(ct::CentralProblem problem) {
    return problem == ct::CentralProblem::unreachable || problem == ct::CentralProblem::disk_full ? 1 : 2;
}

}  // namespace

Runner add_central_commands(CLI::App& app) {
    auto o = std::make_shared<CentralOptions>();
    auto* central = app.add_subcommand("central", "The central database several tills sync through");
    central->require_subcommand(1);
    auto* init = central->add_subcommand("init", "Create or upgrade the central database's schema");
    add_address(init, *o);
    auto* company = central->add_subcommand("company", "Companies (one owner's business)");
    company->require_subcommand(1);
    auto* company_add = company->add_subcommand("add", "Add a company; prints its id");
    add_address(company_add, *o);
    company_add->add_option("name", o->name, "the company's name")->required();
    auto* shop = central->add_subcommand("shop", "Shops of a company");
    shop->require_subcommand(1);
    auto* shop_add = shop->add_subcommand("add", "Add a shop to a company; prints its id");
    add_address(shop_add, *o);
    shop_add->add_option("--company", o->company, "the company's name or id")->required();
    shop_add->add_option("name", o->name, "the shop's name")->required();
    auto* join = central->add_subcommand(
        "join", "Make a shop file a till of a shop; its first sync sends its history");
    add_address(join, *o);
    join->add_option("--db", o->db_path, "the till's shop file")->required();
    join->add_option("--shop", o->shop, "the shop's name or id")->required();
    join->add_option("--till", o->till, "the till's name in the shop")->required();
    join->add_option("--till-password-file", o->till_password_file,
                     "where to keep the till's own password (made 0600, owned like the shop file); default: "
                     "the shop file's path and .central.pw");
    auto* till = central->add_subcommand("till", "Tills of a shop");
    till->require_subcommand(1);
    auto* till_revoke = till->add_subcommand(
        "revoke",
        "A stolen or scrapped till: drop its login so its password file opens nothing; its sales stay");
    add_address(till_revoke, *o);
    till_revoke->add_option("--shop", o->shop, "the shop's name or id")->required();
    till_revoke->add_option("--till", o->till, "the till's name or id in the shop")->required();
    return [o, init, company_add, shop_add, join, till_revoke]() -> int {
        try {
            const ct::Address address{o->url, o->password_file};
            if (join->parsed()) {
                st::Store store(o->db_path, st::Database::Mode::open_existing);
                const auto till_id =
                    ct::join(store, address, o->shop, o->till, kassa::sys::SystemClock().now(),
                             ct::JoinOptions{o->till_password_file});
                const auto membership = st::SyncLog(store).membership();
                std::cout << "ok: " << o->db_path << " is till \"" << o->till << "\" (" << till_id
                          << ") of shop " << o->shop << ", logging in as "
                          << ct::Central::till_login_name(till_id) << " with the password in "
                          << membership->password_file << "; " << st::SyncLog(store).waiting()
                          << " rows wait for the first sync\n";
                return 0;
            }
            ct::Central office(address);
            if (init->parsed()) {
                std::cout << "ok: central schema version " << office.init() << '\n';
            } else if (company_add->parsed()) {
                std::cout << office.add_company(o->name) << '\n';
            } else if (shop_add->parsed()) {
                std::cout << office.add_shop(o->company, o->name) << '\n';
            } else if (till_revoke->parsed()) {
                const std::string login = office.revoke_till(office.find_shop(o->shop), o->till);
                if (login.empty()) {
                    std::cout << "ok: till \"" << o->till << "\" of shop " << o->shop
                              << " had no login of its own (it joined with the admin's password: change that "
                                 "password)\n";
                } else {
                    std::cout << "ok: the login " << login << " of till \"" << o->till << "\" of shop "
                              << o->shop
                              << " is dropped; its sales and customers stay in the office database\n";
                }
            }
            return 0;
        } catch (const ct::CentralError& e) {
            std::cerr << "kassactl central: " << e.what() << '\n';
            return exit_code(e.problem());
        } catch (const st::StoreError& e) {
            std::cerr << "kassactl central: " << e.what() << '\n';
            return 2;
        }
    };
}

namespace {

const char* step_name(ct::SyncStep step) {
    switch (step) {
        case ct::SyncStep::push_sent:
            return "push_sent";
        case ct::SyncStep::push_committed:
            return "push_committed";
        case ct::SyncStep::push_acknowledged:
            return "push_acknowledged";
        case ct::SyncStep::pull_fetched:
            return "pull_fetched";
        case ct::SyncStep::pull_applied:
            return "pull_applied";
    }
    return "step";
}

struct SyncCommandOptions {
    std::string db_path;
    int batch_rows = 500;
    bool step = false;
};

}  // namespace

Runner add_sync_command(CLI::App& app) {
    auto o = std::make_shared<SyncCommandOptions>();
    auto* sync = app.add_subcommand("sync", "One sync round with the central database: send, then receive");
    sync->add_option("--db", o->db_path, "the till's shop file")->required();
    sync->add_option("--batch-rows", o->batch_rows, "rows per batch (500)")->check(CLI::Range(1, 100000));
    // For support and the fault tests: a round that stops at every commit boundary, so a kill -9 lands at a
    // known moment (docs/sync.md, "Failures").
    sync->add_flag("--step", o->step,
                   "print each step (\"step push_committed 3\") and wait for a line on standard input before "
                   "going on");
    return [o]() -> int {
        try {
            st::Store store(o->db_path, st::Database::Mode::open_existing);
            ct::SyncOptions options;
            options.batch_rows = o->batch_rows;
            if (o->step) {
                options.on_step = [](ct::SyncStep step, int batch) {
                    std::cout << "step " << step_name(step) << ' ' << batch << std::endl;
                    std::string line;
                    std::getline(std::cin, line);  // end of input: go on without waiting
                };
            }
            const auto report = ct::sync(store, kassa::sys::SystemClock().now(), options);
            std::cout << "ok: sent " << report.pushed << " rows, received " << report.pulled << " rows";
            if (report.conflicts > 0) {
                std::cout << ", " << report.conflicts << " new conflicts for the owner to settle";
            }
            std::cout << '\n';
            return 0;
        } catch (const ct::CentralError& e) {
            std::cerr << "kassactl sync: " << e.what() << '\n';
            return exit_code(e.problem());
        } catch (const st::StoreError& e) {
            std::cerr << "kassactl sync: " << e.what() << '\n';
            return 2;
        }
    };
}

}  // namespace kassactl
