#include <iostream>

#include "commands.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/system_clock.hpp"

namespace kassactl {

Runner add_cashiers_commands(CLI::App& app) {
    auto db_path = std::make_shared<std::string>();
    auto name = std::make_shared<std::string>();
    auto role = std::make_shared<std::string>("cashier");
    auto pin = std::make_shared<std::string>();
    auto* cashiers = app.add_subcommand("cashiers", "The people at the till: add one, list them");
    cashiers->require_subcommand(1);
    auto* add = cashiers->add_subcommand("add", "Add a cashier or an owner with a PIN of 4 to 8 digits");
    add->add_option("--db", *db_path, "the shop's database file")->required();
    add->add_option("--name", *name, "the name the till shows")->required();
    add->add_option("--role", *role, "cashier (default) or owner")
        ->check(CLI::IsMember({"cashier", "owner"}));
    add->add_option("--pin", *pin, "the PIN, 4 to 8 digits")->required();
    auto* list = cashiers->add_subcommand("list", "List the active cashiers, owners first");
    list->add_option("--db", *db_path, "the shop's database file")->required();
    return [db_path, name, role, pin, add]() -> int {
        const auto shop = open_shop_or_say(*db_path, kassa::till::ShopNeeds::file, "kassactl cashiers");
        if (!shop) {
            return 2;
        }
        kassa::store::Store& store = *shop->store;
        try {
            if (add->parsed()) {
                const auto r = *role == "owner" ? kassa::store::Role::owner : kassa::store::Role::cashier;
                const std::string id = store.staff().add_cashier(
                    *name, r, *pin, kassa::store::Actor{"kassactl"}, kassa::sys::SystemClock().now());
                std::cout << "ok: " << *role << ' ' << *name << " added with id " << id << '\n';
                return 0;
            }
            for (const auto& c : store.staff().cashiers()) {
                std::cout << c.id << '\t' << (c.role == kassa::store::Role::owner ? "owner" : "cashier")
                          << '\t' << c.name << '\n';
            }
            return 0;
        } catch (const kassa::store::StoreError& e) {
            std::cerr << "kassactl: " << e.what() << '\n';
            return 2;
        }
    };
}

}  // namespace kassactl
