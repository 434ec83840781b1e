// Child process of the crash-safety test: commits sales to the shop file in a loop and prints the receipt
// id of each one after its commit returned, until it is killed. With "shifts" it sells inside shifts and
// closes one after every few sales with its Z report, printing "Z <number>" when the close returned.
// Usage: kassa_store_crash_child DB SEED [shifts]
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shifts.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"

using namespace kassa;

int main(int argc, char** argv) {
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: kassa_store_crash_child DB SEED [shifts]\n");
        return 2;
    }
    const bool in_shifts = argc == 4 && std::string(argv[3]) == "shifts";
    std::ifstream file(std::string(KASSA_SOURCE_DIR) + "/resources/rules/boutique.json");
    auto read = json::read_rules(nlohmann::json::parse(file));
    const CompiledRules rules(*read.rules, sys::load_time_zone(read.rules->time_zone));
    store::Store shop(argv[1], store::Database::Mode::create_if_missing);
    std::mt19937_64 rng(std::stoull(argv[2]));
    std::string customer;
    if (auto found = shop.customers().find_by_card("2000000000015"); found.customer) {
        customer = found.customer->id;
    } else {
        store::Enrolment e;
        e.first_name = "Olga";
        e.consents.personal_data = true;
        e.card_number = "2000000000015";
        customer = shop.customers().enrol(e, parse_timestamp("2026-01-01T10:00:00+02:00").instant);
    }
    for (std::int64_t day = 0;; ++day) {
        store::Sale sale;
        sale.receipt_id = store::new_id();
        sale.customer_id = rng() % 3 == 0 ? std::string{} : customer;
        sale.at = Instant{parse_timestamp("2026-02-01T10:00:00+02:00").instant.unix_seconds + day * 3600};
        const auto lines = 1 + rng() % 10;
        for (std::uint64_t i = 0; i < lines; ++i) {
            sale.lines.push_back(store::SaleLine{"SKU-" + std::to_string(rng() % 300),
                                                 "item",
                                                 i % 4 == 0 ? "accessories" : "tops",
                                                 Money::minor(static_cast<std::int64_t>(500 + rng() % 9000)),
                                                 Quantity::pieces(static_cast<std::int64_t>(1 + rng() % 3)),
                                                 {},
                                                 false});
        }
        if (!sale.customer_id.empty() && rng() % 2 == 0) {
            sale.redeem.kind = RedeemRequest::Kind::max;
        }
        sale.payments = {store::PaymentLine{store::PaymentLine::Method::cash, Money::minor(10'000'000)}};
        if (in_shifts) {
            store::Shifts shifts(shop);
            auto open = shifts.open_shift();
            if (!open) {
                open = shifts.open("crash-test", Money::minor(10000),
                                   std::chrono::year_month_day{std::chrono::year{2026} / 2 / 1}, sale.at);
            }
            sale.shift_id = open->id;
        }
        shop.sales().commit_sale(sale, rules);
        std::printf("%s\n", sale.receipt_id.c_str());
        std::fflush(stdout);
        if (in_shifts && rng() % 3 == 0) {
            store::Shifts shifts(shop);
            store::CashCount counted;
            counted.total = Money::minor(static_cast<std::int64_t>(10000 + rng() % 100000));
            const auto z =
                shifts.close("crash-test", counted, Money::minor(5000), Instant{sale.at.unix_seconds + 60});
            std::printf("Z %lld\n", static_cast<long long>(*z.shift.z_number));
            std::fflush(stdout);
        }
    }
}
