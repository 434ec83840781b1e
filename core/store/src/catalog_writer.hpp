#pragma once
// Internal to kassa::store: writing a product and its barcodes, shared by the owner's catalog edits and the
// catalog import. Callers hold the transaction.

#include <cstdint>
#include <string>
#include <vector>

#include "kassa/core/units.hpp"
#include "kassa/store/catalog.hpp"

namespace SQLite {
class Database;
class Statement;
}  // namespace SQLite

namespace kassa::store::detail {

class Connection;

enum class StockAndState { overwrite, keep };
enum class BarcodeOwner { move_to_this_product, insert_only };

// Inserts or updates the product by SKU; returns its id. An import keeps stock and the active flag the shop
// already has, and never moves a barcode from another product (the caller checks and reports that).
std::int64_t write_product(Connection& db, const Product& product, const std::vector<std::string>& barcodes,
                           StockAndState stock, BarcodeOwner barcodes_owner);

// The product columns read_product reads, from a query over `products p`.
extern const char* const kProductColumns;
// The product at the statement's current row, with its barcodes.
Product read_product(Connection& db, SQLite::Statement& q);

// Takes `qty` of the product with `sku` off its stock (direction -1, a sale) or puts it back (+1, a return),
// when the shop counts that product: whole pieces (half a piece or more counts as one), or thousandths of
// the unit for a product sold by weight. Inside the caller's transaction, so stock moves with the receipt.
void move_stock(Connection& db, const std::string& sku, Quantity qty, int direction);

// What the till's manual search finds a product by: its folded SKU, and its folded name from each word on
// ("linen dress blue", "dress blue", "blue"), so a prefix of any word, or of several words in a row, finds
// it.
std::vector<std::string> product_search_keys(const std::string& name, const std::string& sku);

// Writes the product's folded name and its search keys, replacing earlier ones. On a plain SQLite connection
// because migration 2 fills them for the products already there.
void write_search_keys(SQLite::Database& db, std::int64_t product_id, const std::string& name,
                       const std::string& sku);

}  // namespace kassa::store::detail
