// What the owner's rules editor offers in its pickers, and the single-use coupon codes it prints.

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

#include "connection.hpp"
#include "guarded.hpp"
#include "kassa/core/rules.hpp"
#include "kassa/core/segments.hpp"
#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"

namespace kassa::store {

using detail::guarded;

RulesVocabulary ShopRules::rules_vocabulary() {
    return guarded([&] {
        RulesVocabulary out;
        SQLite::Database& db = store_.database().connection();
        SQLite::Statement categories(
            db, "SELECT DISTINCT category FROM products WHERE category <> '' ORDER BY category");
        while (categories.executeStep()) {
            out.categories.push_back(categories.getColumn(0).getString());
        }
        SQLite::Statement products(db,
                                   "SELECT sku, name, category FROM products WHERE active = 1 ORDER BY sku");
        while (products.executeStep()) {
            out.products.push_back({products.getColumn(0).getString(), products.getColumn(1).getString(),
                                    products.getColumn(2).getString()});
        }
        // The computed segments exist in every shop even before anybody is in them (a new shop has no
        // regulars yet, but a client day for regulars can be planned).
        std::set<std::string> segments(computed_segment_names().begin(), computed_segment_names().end());
        SQLite::Statement owned(db, "SELECT DISTINCT segment FROM customer_segments");
        while (owned.executeStep()) {
            segments.insert(owned.getColumn(0).getString());
        }
        out.segments.assign(segments.begin(), segments.end());
        return out;
    });
}

std::vector<std::string> ShopRules::new_coupon_codes(int count, const std::set<std::string>& taken) {
    if (count < 1 || count > 10000) {
        detail::refused(StoreProblem::coupon_code_count);
    }
    return guarded([&] {
        // 32 symbols without 0/O and 1/I, 8 of them: about 10^12 codes, so a guessed code is worthless.
        static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        std::set<std::string> used;
        for (const std::string& code : taken) {
            used.insert(normalise_coupon_code(code));
        }
        SQLite::Statement issued(store_.database().connection(),
                                 "SELECT 1 FROM coupons WHERE code = ?1 UNION ALL SELECT 1 FROM coupon_uses "
                                 "WHERE code = ?1");
        std::vector<std::string> out;
        while (static_cast<int>(out.size()) < count) {
            std::uint64_t bits = store_.database().connection().ids().next();
            std::string code;
            for (int i = 0; i < 8; ++i) {
                if (i == 4) {
                    code += '-';
                }
                code += kAlphabet[bits % 32];
                bits /= 32;
            }
            const std::string normal = normalise_coupon_code(code);
            issued.bind(1, normal);
            const bool exists = issued.executeStep();
            issued.reset();
            if (!exists && used.insert(normal).second) {
                out.push_back(code);
            }
        }
        return out;
    });
}

}  // namespace kassa::store
