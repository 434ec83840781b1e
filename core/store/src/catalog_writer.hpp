#pragma once
// Internal to kassa::store: writing a product and its barcodes, shared by the owner's catalog edits and the
// catalog import. Callers hold the transaction.

#include <cstdint>
#include <string>
#include <vector>

#include "kassa/store/store.hpp"

namespace SQLite {
class Database;
}

namespace kassa::store::detail {

enum class StockAndState { overwrite, keep };
enum class BarcodeOwner { move_to_this_product, insert_only };

// Inserts or updates the product by SKU; returns its id. An import keeps stock and the active flag the shop
// already has, and never moves a barcode from another product (the caller checks and reports that).
std::int64_t write_product(SQLite::Database& db, const Product& product, const std::vector<std::string>& barcodes,
                           StockAndState stock, BarcodeOwner barcodes_owner);

}  // namespace kassa::store::detail
