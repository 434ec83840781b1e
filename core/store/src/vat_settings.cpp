#include "kassa/store/vat_settings.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cctype>

#include "connection.hpp"
#include "guarded.hpp"
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
#include "ledger_writer.hpp"
#include "vat_rates.hpp"

namespace kassa::store {

namespace detail {

VatRate product_vat_rate(Connection& db, const std::string& sku) {
    auto q = db.prepared(
        "SELECT coalesce(p.vat_rate, c.rate) FROM products p LEFT JOIN category_vat c ON c.category = "
        "p.category "
        "WHERE p.sku = ?");
    q->bind(1, sku);
    if (!q->executeStep() || q->getColumn(0).isNull()) {
        return VatRate::bp(0);
    }
    return vat_rate_from_code(q->getColumn(0).getInt64());
}

std::optional<VatRate> own_product_vat_rate(Connection& db, const std::string& sku) {
    auto q = db.prepared("SELECT vat_rate FROM products WHERE sku = ?");
    q->bind(1, sku);
    if (!q->executeStep() || q->getColumn(0).isNull()) {
        return std::nullopt;
    }
    return vat_rate_from_code(q->getColumn(0).getInt64());
}

bool write_product_vat_rate(Connection& db, const std::string& sku, std::optional<VatRate> rate,
                            const std::string& actor, Instant at) {
    auto q = db.prepared("UPDATE products SET vat_rate = ? WHERE sku = ?");
    if (rate) {
        q->bind(1, vat_rate_code(*rate));
    } else {
        q->bind(1);  // NULL: the category's rate
    }
    q->bind(2, sku);
    if (q->exec() == 0) {
        return false;
    }
    audit(db, at, actor, "vat_rate_changed", "product " + sku,
          rate ? format_vat_rate(*rate) : std::string("the category's rate"));
    return true;
}

}  // namespace detail

std::string format_vat_rate(VatRate rate) {
    if (rate.is_exempt()) {
        return "exempt";
    }
    const std::int64_t bp = rate.rate().value();
    std::string text = std::to_string(bp / 100);
    if (bp % 100 != 0) {
        const std::int64_t hundredths = bp % 100;
        text += '.';
        text += static_cast<char>('0' + hundredths / 10);
        if (hundredths % 10 != 0) {
            text += static_cast<char>('0' + hundredths % 10);
        }
    }
    return text + "%";
}

std::optional<VatRate> parse_vat_rate(const std::string& text) {
    std::string t;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c)) == 0) {
            t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (t == "exempt") {
        return VatRate::exempt();
    }
    if (!t.empty() && t.back() == '%') {
        t.pop_back();
    }
    // Whole percent with at most two decimals, ',' or '.' as the mark: 24, 25.5, 13,5.
    std::int64_t whole = 0;
    std::int64_t fraction = 0;
    int fraction_digits = 0;
    bool in_fraction = false;
    bool any_digit = false;
    for (const char c : t) {
        if (c == '.' || c == ',') {
            if (in_fraction) {
                return std::nullopt;
            }
            in_fraction = true;
            continue;
        }
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        any_digit = true;
        if (in_fraction) {
            if (++fraction_digits > 2) {
                return std::nullopt;
            }
            fraction = fraction * 10 + (c - '0');
        } else {
            whole = whole * 10 + (c - '0');
            if (whole > 100) {
                return std::nullopt;
            }
        }
    }
    if (!any_digit) {
        return std::nullopt;
    }
    if (fraction_digits == 1) {
        fraction *= 10;
    }
    const std::int64_t bp = whole * 100 + fraction;
    if (bp > VatRate::kMaxBp) {
        return std::nullopt;
    }
    return VatRate::bp(bp);
}

VatSettings::VatSettings(Store& store) : store_(store) {}

std::vector<CategoryVat> VatSettings::categories() {
    return detail::guarded([&] {
        std::vector<CategoryVat> out;
        // Qualified names: inside the subquery on products an unqualified `name` is the product's name, so
        // every category counted no products.
        SQLite::Statement q(
            store_.database().connection(),
            "SELECT c.name, (SELECT v.rate FROM category_vat v WHERE v.category = c.name), "
            "(SELECT count(*) FROM products p WHERE p.category = c.name AND p.active = 1) FROM "
            "(SELECT category AS name FROM products UNION SELECT category FROM category_vat) c "
            "ORDER BY c.name");
        while (q.executeStep()) {
            CategoryVat c;
            c.category = q.getColumn(0).getString();
            if (!q.getColumn(1).isNull()) {
                c.rate = detail::vat_rate_from_code(q.getColumn(1).getInt64());
            }
            c.products = q.getColumn(2).getInt64();
            out.push_back(std::move(c));
        }
        return out;
    });
}

void VatSettings::set_category(const std::string& category, VatRate rate, const std::string& actor,
                               Instant at) {
    detail::guarded([&] {
        check_text_length(TextField::product_category, category);
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement q(db,
                            "INSERT INTO category_vat(category, rate) VALUES (?, ?) "
                            "ON CONFLICT(category) DO UPDATE SET rate = excluded.rate");
        q.bind(1, category);
        q.bind(2, detail::vat_rate_code(rate));
        q.exec();
        detail::audit(db, at, actor, "vat_rate_changed", "category " + category, format_vat_rate(rate));
        transaction.commit();
    });
}

void VatSettings::set_product(const std::string& sku, std::optional<VatRate> rate, const std::string& actor,
                              Instant at) {
    detail::guarded([&] {
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (!detail::write_product_vat_rate(db, sku, rate, actor, at)) {
            detail::refused(StoreProblem::no_such_product, {sku});
        }
        transaction.commit();
    });
}

VatRate VatSettings::product_rate(const std::string& sku) {
    return detail::guarded([&] { return detail::product_vat_rate(store_.database().connection(), sku); });
}

std::vector<ProductWithoutVat> VatSettings::products_without_rate() {
    return detail::guarded([&] {
        std::vector<ProductWithoutVat> out;
        SQLite::Statement q(
            store_.database().connection(),
            "SELECT p.sku, p.name, p.category FROM products p LEFT JOIN category_vat c ON "
            "c.category = p.category WHERE p.active = 1 AND p.vat_rate IS NULL AND c.rate IS NULL "
            "ORDER BY p.sku");
        while (q.executeStep()) {
            out.push_back(
                {q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString()});
        }
        return out;
    });
}

}  // namespace kassa::store
