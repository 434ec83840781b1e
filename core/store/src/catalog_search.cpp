// The till's manual product search: a typed prefix looked up in keys made from each product's folded name
// and SKU, so the search walks one index range instead of scanning the catalog.

#include <SQLiteCpp/SQLiteCpp.h>

#include "catalog_writer.hpp"
#include "connection.hpp"
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

namespace {

// The words of folded text: ASCII letters and digits, and every non-ASCII character (the letters of
// Estonian and Russian names); other ASCII characters (spaces, commas, hyphens, slashes) separate words.
std::vector<std::string> words_of(const std::string& folded) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : folded) {
        const auto byte = static_cast<unsigned char>(c);
        const bool part =
            byte >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (part) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) {
        words.push_back(std::move(word));
    }
    return words;
}

std::string joined_from(const std::vector<std::string>& words, std::size_t first) {
    std::string out;
    for (std::size_t i = first; i < words.size(); ++i) {
        if (!out.empty()) {
            out += ' ';
        }
        out += words[i];
    }
    return out;
}

// What the cashier typed in the form the keys are written in: folded, words joined by one space.
std::string search_form(const std::string& text) {
    return joined_from(words_of(fold_name(text)), 0);
}

}  // namespace

namespace detail {

std::vector<std::string> product_search_keys(const std::string& name, const std::string& sku) {
    std::vector<std::string> keys;
    const auto words = words_of(fold_name(name));
    for (std::size_t i = 0; i < words.size(); ++i) {
        keys.push_back(joined_from(words, i));
    }
    if (auto code = search_form(sku); !code.empty()) {
        keys.push_back(std::move(code));
    }
    return keys;
}

void write_search_keys(SQLite::Database& db, std::int64_t product_id, const std::string& name,
                       const std::string& sku) {
    SQLite::Statement folded(db, "UPDATE products SET name_folded = ? WHERE id = ?");
    folded.bind(1, fold_name(name));
    folded.bind(2, product_id);
    folded.exec();
    SQLite::Statement clear(db, "DELETE FROM product_search WHERE product_id = ?");
    clear.bind(1, product_id);
    clear.exec();
    SQLite::Statement add(db, "INSERT OR IGNORE INTO product_search(key, product_id) VALUES (?, ?)");
    for (const auto& key : product_search_keys(name, sku)) {
        add.bind(1, key);
        add.bind(2, product_id);
        add.exec();
        add.reset();
    }
}

}  // namespace detail

std::vector<Product> Catalog::search_products(const std::string& text, int limit) {
    try {
        std::vector<Product> found;
        const std::string prefix = search_form(text);
        if (prefix.empty() || limit <= 0) {
            return found;
        }
        auto& db = store_.database().connection();
        // A range on the key index: [prefix, prefix + U+10FFFF), the largest code point, so every key that
        // starts with the prefix is inside it and nothing else is.
        static const std::string sql =
            std::string("SELECT ") + detail::kProductColumns +
            " FROM products p WHERE p.active = 1 AND p.id IN (SELECT product_id FROM "
            "product_search WHERE key >= ?1 AND key < ?2) "
            "ORDER BY p.name_folded, p.sku LIMIT ?3";
        auto q = db.prepared(sql);
        q->bind(1, prefix);
        q->bind(2, prefix + "\xF4\x8F\xBF\xBF");
        q->bind(3, limit);
        while (q->executeStep()) {
            found.push_back(detail::read_product(db, *q));
        }
        return found;
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

}  // namespace kassa::store
