#pragma once
// The basket on the screen as a small JSON document, saved by the store after every change (crash recovery)
// and for held baskets. Versioned so an older till's held basket still opens after an upgrade.

#include <string>
#include <vector>

#include "kassa/till/session.hpp"

namespace kassa::till {

struct BasketDocument {
    std::string receipt_id;
    std::string cashier_id;
    std::string customer_id;
    std::string card_number;
    std::vector<BasketLine> lines;
    std::vector<std::string> coupon_codes;
    RedeemRequest redeem;
    std::vector<Payment> payments;
};

std::string write_basket_document(const BasketDocument& document);
// Throws std::invalid_argument when the text is not a basket document Kassa wrote.
BasketDocument read_basket_document(const std::string& text);

}  // namespace kassa::till
