#include <iostream>

#include "commands.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/system_clock.hpp"

namespace kassactl {

Runner add_customer_commands(CLI::App& app) {
    auto db_path = std::make_shared<std::string>();
    auto customer_id = std::make_shared<std::string>();
    auto actor = std::make_shared<std::string>();
    auto* customer = app.add_subcommand("customer", "One customer's personal data: export or erase");
    customer->require_subcommand(1);
    auto* export_cmd = customer->add_subcommand("export", "Print everything kept about the customer as JSON");
    export_cmd->add_option("--db", *db_path, "the shop's database file")->required();
    export_cmd->add_option("ID", *customer_id, "the customer's id")->required();
    auto* erase_cmd = customer->add_subcommand("erase", "Erase the customer's personal data; sales stay, anonymised");
    erase_cmd->add_option("--db", *db_path, "the shop's database file")->required();
    erase_cmd->add_option("ID", *customer_id, "the customer's id")->required();
    erase_cmd->add_option("--by", *actor, "who asked for the erasure (for the audit log)")->required();
    return [db_path, customer_id, actor, export_cmd]() -> int {
        try {
            kassa::store::Store store(*db_path, kassa::store::Database::Mode::open_existing);
            if (export_cmd->parsed()) {
                std::cout << store.export_customer(*customer_id) << '\n';
                return 0;
            }
            store.erase_customer(*customer_id, *actor, kassa::sys::SystemClock().now());
            std::cout << "ok: the personal data of " << *customer_id << " was erased\n";
            return 0;
        } catch (const kassa::store::StoreError& e) {
            std::cerr << "kassactl: " << e.what() << '\n';
            return 2;
        }
    };
}

}  // namespace kassactl
