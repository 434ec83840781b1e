#pragma once
// Bringing in the lists a shop kept before Kassa: customers and the catalog, as CSV files the way Excel
// writes them (";" or "," between values, quoted values, UTF-8 with or without a byte order mark, or the
// Windows-1251 of a Russian Windows), with column names in English, Russian or Estonian.
//
// Every row is checked on its own: a bad row is refused with its line number and a reason, and the good
// rows are written in one transaction (or none of them with `strict`). A dry run does all the same work in
// a transaction that is rolled back, so its report is exactly what the real import would do.
//
// Customers: rows with the same phone or card as an earlier row or an existing customer are merged into
// that customer; a merge fills empty fields and never overwrites, never withdraws a consent, and never
// adds points to a customer that existed before the import (so importing a list twice changes nothing).
// A points column is the opening balance of a new customer, written as an owner's correction with the
// reason "import". Personal details are kept only with consent to keep personal data: from a consent
// column, or for the whole file with `assume_consent`. Without it a row keeps only its card (and points) as
// an anonymous card, or is skipped when it has none; a file with personal details and no consent column
// gets one problem saying so. A full name is "First Last", "Last, First", or Russian ФИО (last name first).
// Dates are day first (31.12.1980, 31/12/1980) or ISO (1980-12-31); a two-digit year is refused.
//
// Catalog: rows are matched by SKU (without one, by a barcode already in the shop, else the first barcode
// becomes the SKU) and update the product, since a new price list is the usual reason to import a catalog
// again: a column present in the file replaces the value, except that an empty name or price keeps the one
// on file (an empty name says so in a note). Barcodes are only added; one that belongs to another product is
// refused, never moved. Prices take a comma or a dot as the decimal mark and spaces between thousands. A VAT
// column gives the product its own rate as `kassactl vat set` takes it ("24", "24%", "25,5", "0",
// "exempt"); an empty cell means the category's rate. A cell that is not a rate refuses the row: imported
// without it, the product would be sold at another rate on every receipt until someone noticed. A change
// of rate is audited like the owner's (vat_rate_changed).
//
// Threading: runs on the thread that uses the Store, like every Store call.

#include <cstdint>
#include <string>
#include <vector>

#include "kassa/core/time.hpp"
#include "kassa/store/store.hpp"

namespace kassa::store {

struct ImportOptions {
    bool dry_run = false;  // do everything, report it, then roll back
    bool strict = false;   // any refused row (or file-level problem) means nothing is imported
    // Customers only: the owner declares that every customer in the file agreed to the shop keeping their
    // personal data. A consent column, where it has a value, still wins. Marketing consent is never assumed.
    bool assume_consent = false;
    Instant at;                     // when the import happens: customers' created_at, consent records, ledger
    std::string source = "import";  // consent records' source
    std::string actor = "import";   // who the audit log names for opening balances
};

// What a message says, for a caller that acts on it or words it in its own language. Only some messages
// carry one so far; the sentence says the same in English.
struct ImportIssue {
    enum class Kind {
        vat_rate_unreadable,  // catalog, a problem: the VAT cell (value) is not a rate; the row is refused
        name_missing,         // a note: a customer created without a name (value: the phone or e-mail she is
                              // known by), or a catalog row with an empty name that kept the product's name
                              // (value: that name); a problem for a new product without one (value: the SKU)
        text_too_long,        // a problem: a cell longer than the store keeps (text_limits.hpp); value: the
                              // field's key ("first_name"); the row is refused
    };
    Kind kind;
    std::string value;
};

// A line of the file (1-based, as an editor shows it; the header is line 1 unless a "sep=" line comes
// first) and a sentence about it for the shop owner.
struct ImportMessage {
    std::int64_t line = 0;
    std::string text;
    std::vector<ImportIssue> issues;
};

struct ImportReport {
    std::string encoding;  // "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1251"
    char delimiter = ';';
    std::int64_t rows = 0;       // data rows read (blank lines are not rows)
    std::int64_t created = 0;    // new customers / new products
    std::int64_t merged = 0;     // customers: rows merged into a customer / catalog: products updated
    std::int64_t unchanged = 0;  // rows that matched and brought nothing new
    std::int64_t skipped = 0;    // rows with nothing the shop may keep (no consent and no card)
    std::int64_t refused = 0;    // rows with problems, none of their values imported
    // Why rows were refused, and problems with the whole file (e.g. personal data without a consent
    // column), in line order. Not empty means the import was not complete (kassactl exits 1).
    std::vector<ImportMessage> problems;
    // What the owner should know but is not wrong: merged duplicates, values kept over the file's.
    std::vector<ImportMessage> notes;
    std::vector<std::string> ignored_columns;  // header names Kassa does not know, as written
    bool committed = false;                    // false for a dry run and for a strict import with problems
};

// Both throw StoreError(invalid) with a sentence when the file cannot be read as a table: not text in a
// known character set, an Excel workbook instead of CSV, a broken quotation, no header Kassa understands,
// or a column every row needs (catalog: name and price) missing. Database failures throw StoreError too.
ImportReport import_customers(Store& store, const std::string& bytes, const ImportOptions& options);
ImportReport import_catalog(Store& store, const std::string& bytes, const ImportOptions& options);

}  // namespace kassa::store
