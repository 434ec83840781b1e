// "Often bought together" at the till (issue 9): how long Store::suggestions takes when a line is added,
// on the demo boutique with a year of history and about 300 products; target p99 <= 5 ms. Also the nightly
// recomputation over 90 days, which is off the scan path. The shop file is made once in DIR and reused.
//
// Usage: kassa_suggest_bench [DIR] [LOOKUPS]
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/demo.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"

using namespace kassa;
namespace fs = std::filesystem;

namespace {

using Steady = std::chrono::steady_clock;

double ms(Steady::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

std::string read_file(const std::string& path) {
    std::ifstream file(path);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

}  // namespace

int main(int argc, char** argv) {
    const fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::current_path();
    const int lookups = argc > 2 ? std::atoi(argv[2]) : 20000;
    const std::string path = (dir / "suggest-bench.kassa").string();
    try {
        if (!fs::exists(path)) {
            const std::string document =
                read_file(std::string(KASSA_SOURCE_DIR) + "/resources/rules/boutique.json");
            auto read = json::read_rules(nlohmann::json::parse(document));
            const CompiledRules rules(*read.rules, sys::load_time_zone(read.rules->time_zone));
            store::DemoOptions options;  // 2000 customers, 365 days
            const auto t0 = Steady::now();
            const auto made = store::make_demo_shop(path, options, rules, document);
            std::printf("demo shop: %lld products, %lld receipts in %.1f s\n",
                        static_cast<long long>(made.products), static_cast<long long>(made.receipts),
                        ms(Steady::now() - t0) / 1000);
        }
        store::Store store(path, store::Database::Mode::open_existing);
        auto& db = store.database().sql();
        const Instant now = parse_timestamp("2026-11-24T03:00:00+02:00").instant;

        // The demo never restocks, so after its year most counted products are at zero and every lookup would
        // stop at the stock filter; a shop that restocks has them on the shelf.
        db.exec("UPDATE products SET stock = 50 WHERE stock <= 0");
        const auto t0 = Steady::now();
        const auto run = store.maintenance().recompute_cooccurrence(now);
        std::printf("recompute over 90 days: %lld receipts, %lld pairs kept, %.1f ms\n",
                    static_cast<long long>(run.receipts), static_cast<long long>(run.pairs),
                    ms(Steady::now() - t0));

        std::vector<std::int64_t> products;
        {
            SQLite::Statement q(db, "SELECT id FROM products ORDER BY id");
            while (q.executeStep()) {
                products.push_back(q.getColumn(0).getInt64());
            }
        }
        // Two owner bundles per product for a tenth of the catalog, as a shop that uses them might have.
        for (std::size_t i = 0; i + 2 < products.size(); i += 10) {
            for (std::size_t j = 1; j <= 2; ++j) {
                SQLite::Statement q(db, "SELECT sku FROM products WHERE id = ?");
                q.bind(1, products[i]);
                q.executeStep();
                const std::string a = q.getColumn(0).getString();
                SQLite::Statement r(db, "SELECT sku FROM products WHERE id = ?");
                r.bind(1, products[i + j]);
                r.executeStep();
                store.catalog().set_bundle(a, r.getColumn(0).getString(), true, store::Actor{"bench"}, now);
            }
        }
        std::printf("products %zu\n", products.size());

        // Products with something to offer (a stored pair or a bundle) are the lookups that read rows; the
        // others find nothing. Both are timed.
        std::vector<std::int64_t> offering;
        {
            SQLite::Statement q(
                db, "SELECT product_a FROM cooccurrence UNION SELECT product_id FROM bundles ORDER BY 1");
            while (q.executeStep()) {
                offering.push_back(q.getColumn(0).getInt64());
            }
        }
        std::printf("products with something to offer: %zu\n", offering.size());
        std::mt19937_64 random(7);
        const auto measure = [&](const char* name, const std::vector<std::int64_t>& pool) {
            std::vector<double> samples;
            samples.reserve(static_cast<std::size_t>(lookups));
            std::size_t offered = 0;
            for (int i = 0; i < lookups; ++i) {
                // A basket of 0 to 5 lines already there, then one more product added.
                std::vector<std::int64_t> basket;
                const auto lines = random() % 6;
                for (std::uint64_t l = 0; l < lines; ++l) {
                    basket.push_back(products[random() % products.size()]);
                }
                const std::int64_t added = pool[random() % pool.size()];
                const auto start = Steady::now();
                const auto found = store.catalog().suggestions(basket, added, 3);
                samples.push_back(ms(Steady::now() - start));
                offered += found.size();
            }
            std::sort(samples.begin(), samples.end());
            std::printf("| %-40s | %8.3f | %8.3f | %8.3f | %5.2f | p99 <= 5 ms |\n", name,
                        samples[samples.size() / 2], samples[samples.size() * 99 / 100], samples.back(),
                        static_cast<double>(offered) / lookups);
        };
        std::printf("| lookup | median ms | p99 ms | max ms | offered | target |\n");
        measure("suggestions, any product added", products);
        measure("suggestions, a product with pairs/bundles", offering);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kassa_suggest_bench: %s\n", e.what());
        return 2;
    }
}
