// `shift x|z|list` and `vat show|set|presets`: the cash register's day and its VAT rates from the command
// line, for the back office and for scripts. Wiring and printing only: figures, checks and the audit are the
// store's (shifts.hpp, vat_settings.hpp), the report's layout is the till's (shift_desk.hpp).
#include <iostream>

#include "commands.hpp"
#include "kassa/core/rules.hpp"
#include "kassa/core/vat.hpp"
#include "kassa/store/shifts.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"
#include "kassa/store/vat_settings.hpp"
#include "kassa/sys/system_clock.hpp"
#include "kassa/till/shift_desk.hpp"

namespace kassactl {

namespace {

namespace st = kassa::store;

void print_report(const kassa::till::Shop& shop, const st::ShiftReport& report) {
    const int digits = kassa::currency_minor_digits(shop.settings.currency).value_or(2);
    for (const auto& line :
         kassa::till::render_shift_report(report, kassa::till::ShiftReportLabels{}, shop.settings.name,
                                          *shop.zone, digits, kassa::Language::en)) {
        std::cout << line << '\n';
    }
}

}  // namespace

Runner add_shift_commands(CLI::App& app) {
    auto db_path = std::make_shared<std::string>();
    auto z_number = std::make_shared<std::int64_t>(0);
    auto* shift = app.add_subcommand("shift", "The shift: its X report, a Z report, the list of shifts");
    shift->require_subcommand(1);
    auto* x = shift->add_subcommand("x", "The X report of the open shift (changes nothing)");
    x->add_option("--db", *db_path, "the shop's database file")->required();
    auto* z =
        shift->add_subcommand("z", "A closed shift's Z report as it was closed (the last one by default)");
    z->add_option("--db", *db_path, "the shop's database file")->required();
    z->add_option("--number", *z_number, "the Z number")->check(CLI::PositiveNumber);
    auto* list =
        shift->add_subcommand("list", "Every shift, newest first: opened, closed, Z, expected, counted");
    list->add_option("--db", *db_path, "the shop's database file")->required();
    return [db_path, z_number, x, z]() -> int {
        const auto shop = open_shop_or_say(*db_path, kassa::till::ShopNeeds::zone, "kassactl shift");
        if (!shop) {
            return 2;
        }
        try {
            st::Shifts shifts(*shop->store);
            if (x->parsed()) {
                print_report(*shop, shifts.x_report(kassa::sys::SystemClock().now()));
                return 0;
            }
            if (z->parsed()) {
                print_report(*shop, shifts.z_report(*z_number > 0 ? std::optional(*z_number) : std::nullopt));
                return 0;
            }
            const auto& zone = shop->zone;
            std::cout << "z\topened_at\topened_by\tclosed_at\texpected\tcounted\tleft_in_drawer\n";
            for (const auto& s : shifts.list(1000)) {
                const auto cell = [](const std::optional<kassa::Money>& m) {
                    return m ? std::to_string(m->minor_units()) : std::string();
                };
                std::cout << (s.z_number ? std::to_string(*s.z_number) : "open") << '\t'
                          << kassa::format_timestamp(s.opened_at, *zone) << '\t' << s.opened_by << '\t'
                          << (s.closed_at ? kassa::format_timestamp(*s.closed_at, *zone) : "") << '\t'
                          << cell(s.expected_cash) << '\t' << cell(s.counted_cash) << '\t'
                          << cell(s.left_in_drawer) << '\n';
            }
            return 0;
        } catch (const st::ShiftError& e) {
            std::cerr << "kassactl shift: " << e.what() << '\n';
            return 1;
        } catch (const st::StoreError& e) {
            std::cerr << "kassactl shift: " << e.what() << '\n';
            return 2;
        } catch (const std::exception& e) {
            std::cerr << "kassactl shift: " << e.what() << '\n';
            return 2;
        }
    };
}

Runner add_vat_commands(CLI::App& app) {
    auto db_path = std::make_shared<std::string>();
    auto category = std::make_shared<std::string>();
    auto sku = std::make_shared<std::string>();
    auto rate = std::make_shared<std::string>();
    auto country = std::make_shared<std::string>();
    auto* vat = app.add_subcommand("vat", "The shop's VAT rates: show them, set a category's or a product's");
    vat->require_subcommand(1);
    auto* show =
        vat->add_subcommand("show", "Each category's rate and the products sold at 0% for want of one");
    show->add_option("--db", *db_path, "the shop's database file")->required();
    auto* set =
        vat->add_subcommand("set", "Set the rate of a category (--category) or of one product (--sku)");
    set->add_option("--db", *db_path, "the shop's database file")->required();
    auto* which = set->add_option_group("which");
    which->add_option("--category", *category, "a category of the catalog");
    which->add_option("--sku", *sku, "a product's SKU");
    which->require_option(1);
    set->add_option("--rate", *rate, "24, 25.5, 0 or exempt; for --sku also 'category' (follow the category)")
        ->required();
    auto* presets =
        vat->add_subcommand("presets", "The VAT rates of a country (docs/vat.md gives the sources)");
    presets->add_option("--country", *country, "EE, LV, LT, FI, DE or RU; all when not given");
    return [db_path, category, sku, rate, country, show, set, presets]() -> int {
        if (presets->parsed()) {
            bool any = false;
            for (const auto& p : kassa::vat_presets()) {
                if (!country->empty() && p.country != *country) {
                    continue;
                }
                any = true;
                for (const auto& r : p.rates) {
                    std::cout << p.country << '\t' << st::format_vat_rate(r.rate) << '\t' << r.applies_to
                              << '\n';
                }
            }
            if (!any) {
                std::cerr << "kassactl vat: no preset for \"" << *country << "\" (EE, LV, LT, FI, DE, RU)\n";
                return 2;
            }
            return 0;
        }
        const auto shop = open_shop_or_say(*db_path, kassa::till::ShopNeeds::file, "kassactl vat");
        if (!shop) {
            return 2;
        }
        try {
            st::VatSettings settings(*shop->store);
            if (set->parsed()) {
                const auto now = kassa::sys::SystemClock().now();
                if (!sku->empty() && *rate == "category") {
                    settings.set_product(*sku, std::nullopt, "kassactl", now);
                    std::cout << "ok: " << *sku << " follows its category's rate\n";
                    return 0;
                }
                const auto parsed = st::parse_vat_rate(*rate);
                if (!parsed) {
                    std::cerr
                        << "kassactl vat: \"" << *rate
                        << "\" is not a VAT rate: write a percentage from 0 to 100 such as 24 or 25.5, or "
                           "exempt\n";
                    return 2;
                }
                if (!sku->empty()) {
                    settings.set_product(*sku, *parsed, "kassactl", now);
                    std::cout << "ok: " << *sku << " is sold at " << st::format_vat_rate(*parsed) << '\n';
                } else {
                    settings.set_category(*category, *parsed, "kassactl", now);
                    std::cout << "ok: category " << *category << " is sold at "
                              << st::format_vat_rate(*parsed) << '\n';
                }
                return 0;
            }
            (void)show;
            for (const auto& c : settings.categories()) {
                std::cout << (c.category.empty() ? "(no category)" : c.category) << '\t'
                          << (c.rate ? st::format_vat_rate(*c.rate) : "no rate") << '\t' << c.products
                          << " products\n";
            }
            const auto missing = settings.products_without_rate();
            if (!missing.empty()) {
                std::cout << missing.size() << " products are sold at 0% until a rate is set, e.g. "
                          << missing.front().sku << '\n';
            }
            return 0;
        } catch (const st::StoreError& e) {
            std::cerr << "kassactl vat: " << e.what() << '\n';
            return 2;
        }
    };
}

}  // namespace kassactl
