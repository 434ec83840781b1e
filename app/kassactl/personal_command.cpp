// `kassactl suggest`, `kassactl cooccurrence` and `kassactl bundle`: "often bought together" and the owner's
// bundles (issue 9). The nightly job recomputes the pairs too; `cooccurrence` is for a chosen window.
#include <iostream>

#include "commands.hpp"
#include "kassa/core/messages.hpp"
#include "kassa/core/rules.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/system_clock.hpp"

namespace kassactl {

namespace {

struct PersonalOptions {
    std::string db;
    std::string product;              // barcode or SKU
    std::vector<std::string> basket;  // barcodes or SKUs already in the basket
    int limit = 3;
    int days = 90;
    std::int64_t min_together = 3;
    std::string with;
    bool remove = false;
    std::string actor;
    std::string now;
};

kassa::store::Product find_product(kassa::store::Store& store, const std::string& code) {
    if (auto p = store.catalog().product_by_barcode(code)) {
        return *p;
    }
    if (auto p = store.catalog().product_by_sku(code)) {
        return *p;
    }
    throw kassa::store::StoreError(kassa::store::FailureKind::invalid,
                                   "There is no product with barcode or SKU " + code + ".");
}

}  // namespace

Runner add_personal_commands(CLI::App& app) {
    auto o = std::make_shared<PersonalOptions>();
    auto* suggest = app.add_subcommand("suggest",
                                       "What the till would suggest when a product joins the basket: "
                                       "the owner's bundles, then products often bought together");
    suggest->add_option("--db", o->db, "the shop's database file")->required();
    suggest->add_option("--product", o->product, "the product added (barcode or SKU)")->required();
    suggest->add_option("--basket", o->basket, "products already in the basket (barcodes or SKUs)");
    suggest->add_option("--limit", o->limit, "at most this many (default 3)")->check(CLI::Range(1, 20));

    auto* cooc = app.add_subcommand("cooccurrence",
                                    "Recompute \"often bought together\" from the receipts "
                                    "of the last days (the nightly job does this for 90 days)");
    cooc->add_option("--db", o->db, "the shop's database file")->required();
    cooc->add_option("--days", o->days, "the window in days (default 90)")->check(CLI::Range(1, 3650));
    cooc->add_option("--min", o->min_together, "pairs bought together fewer times are left out (default 3)")
        ->check(CLI::Range(std::int64_t{1}, std::int64_t{1'000'000}));
    cooc->add_option("--now", o->now, "the moment the window ends (ISO 8601 with offset)")->group("");

    auto* bundle =
        app.add_subcommand("bundle", "The owner's bundle: with this product, suggest that one first");
    bundle->add_option("--db", o->db, "the shop's database file")->required();
    bundle->add_option("--product", o->product, "the product (barcode or SKU)")->required();
    bundle->add_option("--with", o->with, "the product to suggest with it (barcode or SKU)")->required();
    bundle->add_flag("--remove", o->remove, "remove the bundle instead");
    bundle->add_option("--by", o->actor, "who set it (for the audit log)")->required();

    auto* cycles = app.add_subcommand("cycles",
                                      "Each category's shop-wide purchase cycle: the median of its "
                                      "customers' intervals between purchase days");
    cycles->add_option("--db", o->db, "the shop's database file")->required();
    cycles->add_option("--days", o->days, "the window in days (default 365)")->check(CLI::Range(1, 3650));
    cycles->add_option("--now", o->now, "the moment the window ends (ISO 8601 with offset)")->group("");
    cycles->callback([o, cycles] {
        if (cycles->count("--days") == 0) {
            o->days = 365;
        }
    });

    return [o, suggest, cooc, cycles]() -> int {
        const auto shop = open_shop_or_say(o->db, kassa::till::ShopNeeds::file, "kassactl");
        if (!shop) {
            return 2;
        }
        kassa::store::Store& store = *shop->store;
        try {
            const kassa::Instant now =
                o->now.empty() ? kassa::sys::SystemClock().now() : kassa::parse_timestamp(o->now).instant;
            if (suggest->parsed()) {
                const auto added = find_product(store, o->product);
                std::vector<std::int64_t> basket;
                for (const auto& code : o->basket) {
                    basket.push_back(find_product(store, code).id);
                }
                const int digits = kassa::currency_minor_digits(shop->settings.currency).value_or(2);
                const auto list = store.catalog().suggestions(basket, added.id, o->limit);
                if (list.empty()) {
                    std::cout << "no suggestions for " << added.name << '\n';
                }
                for (const auto& s : list) {
                    std::cout << s.sku << ' ' << s.name << ' '
                              << kassa::format_money(s.price, digits, kassa::Language::en) << ' ';
                    if (s.source == kassa::store::Suggestion::Source::bundle) {
                        std::cout << "(the shop's bundle)\n";
                    } else {
                        std::cout << "(bought together " << s.together << " times, lift "
                                  << kassa::format_money(kassa::Money::minor(s.lift_milli), 3,
                                                         kassa::Language::en)
                                  << ")\n";
                    }
                }
                return 0;
            }
            if (cooc->parsed()) {
                kassa::store::CooccurrenceOptions options;
                options.days = o->days;
                options.min_together = o->min_together;
                const auto run = store.maintenance().recompute_cooccurrence(now, options);
                std::cout << "ok: " << run.pairs << " pairs bought together from " << run.receipts
                          << " receipts\n";
                return 0;
            }
            if (cycles->parsed()) {
                for (const auto& c : store.catalog().category_cycles(now, o->days)) {
                    std::cout << (c.category.empty() ? "(no category)" : c.category) << ": ";
                    if (c.cycle_days) {
                        std::cout << "every " << *c.cycle_days << " days (" << c.customers
                                  << (c.customers == 1 ? " customer)\n" : " customers)\n");
                    } else {
                        std::cout << "not enough history\n";
                    }
                }
                return 0;
            }
            const auto product = find_product(store, o->product);
            const auto with = find_product(store, o->with);
            store.catalog().set_bundle(product.sku, with.sku, !o->remove, kassa::store::Actor{o->actor}, now);
            std::cout << "ok: " << with.name
                      << (o->remove ? " is no longer suggested with " : " is suggested with ") << product.name
                      << '\n';
            return 0;
        } catch (const std::exception& e) {
            std::cerr << "kassactl: " << e.what() << '\n';
            return 2;
        }
    };
}

}  // namespace kassactl
