#pragma once
// A sale recorded from outside the till (kassactl sale commit, a script, another system): a quote input
// document (docs/quote.md) with the sale's id, committed through the store's one sale path
// (store.sales().commit_sale) with the shop's current rules, as the till commits a basket. The same sale id
// committed again writes nothing and gives the first result.
//
// What the document may say: `sale_id` (1 to 64 characters, required), `payments` (optional), and the quote
// input's `now`, `lines`, `coupons`, `redeem_points`, `currency`, `customer.id`, and `rules` when they are
// the shop's current rules. What the shop keeps itself is not taken from a document: the customer's lots,
// segments, counters and stamps, a coupon's programme and use, the language of the receipt's texts.
//
// Threading: like the Shop's store, one thread at a time.

#include <cstdint>
#include <string>
#include <variant>

#include <nlohmann/json_fwd.hpp>

#include "kassa/store/ids.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/till/shop.hpp"

namespace kassa::till {

// Why a document is not a sale of this shop, with the JSON path it is about; no sentence.
struct SaleDocumentProblem {
    enum class Kind : std::uint8_t {
        input_invalid,    // detail: the quote reader's "path: reason" (English, as kassactl quote prints it)
        sale_id_missing,  // sale_id absent, not text, empty or longer than 64 characters
        not_for_a_sale,   // field: something the shop keeps itself (customer.lots, coupons[0].used, language)
        customer_id_missing,  // a customer without an id
        other_rules,          // the document's rules are not the shop's current rules
        payment_invalid,      // field: a payment that is not {"method": cash|card|other, "amount": >= 0}
        unknown_product,      // field, detail: a line's SKU the shop's catalog does not have
    };
    Kind kind = Kind::input_invalid;
    std::string field;
    std::string detail;
};

struct SaleDocument {
    store::Sale sale;
    bool payments_given = false;  // else the sale is paid exactly, in cash
};

// Reads `document` as a sale of `shop` (opened with ShopNeeds::rules) made by `cashier`. Reads the catalog
// for the lines' names; throws StoreError when the file fails.
std::variant<SaleDocument, SaleDocumentProblem> read_sale_document(const nlohmann::json& document, Shop& shop,
                                                                   const store::CashierId& cashier);

// Commits the sale with the shop's rules outside any shift (Sale::shift_id empty). Without payments it is
// paid in cash with exactly what the engine quotes for it now. Throws StoreError as commit_sale does (a
// customer the shop does not know, payments short, the disk).
store::SaleResult commit_sale_document(Shop& shop, SaleDocument document);

}  // namespace kassa::till
