#include "basket_document.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace kassa::till {

namespace {

using nlohmann::json;

constexpr int kVersion = 1;

const char* method_name(store::PaymentLine::Method method) {
    switch (method) {
        case store::PaymentLine::Method::cash:
            return "cash";
        case store::PaymentLine::Method::card:
            return "card";
        case store::PaymentLine::Method::other:
            return "other";
    }
    return "other";
}

store::PaymentLine::Method method_from(const std::string& name) {
    if (name == "cash") {
        return store::PaymentLine::Method::cash;
    }
    if (name == "card") {
        return store::PaymentLine::Method::card;
    }
    if (name == "other") {
        return store::PaymentLine::Method::other;
    }
    throw std::invalid_argument("unknown payment method " + name);
}

const char* redeem_name(RedeemRequest::Kind kind) {
    switch (kind) {
        case RedeemRequest::Kind::none:
            return "none";
        case RedeemRequest::Kind::points:
            return "points";
        case RedeemRequest::Kind::max:
            return "max";
    }
    return "none";
}

RedeemRequest::Kind redeem_from(const std::string& name) {
    if (name == "none") {
        return RedeemRequest::Kind::none;
    }
    if (name == "points") {
        return RedeemRequest::Kind::points;
    }
    if (name == "max") {
        return RedeemRequest::Kind::max;
    }
    throw std::invalid_argument("unknown redemption " + name);
}

}  // namespace

std::string write_basket_document(const BasketDocument& d) {
    json lines = json::array();
    for (const auto& l : d.lines) {
        json line{{"sku", l.sku},
                  {"name", l.name},
                  {"category", l.category},
                  {"unit_price", l.unit_price.minor_units()},
                  {"qty", l.qty.thousandths()},
                  {"by_weight", l.by_weight}};
        if (l.min_price) {
            line["min_price"] = l.min_price->minor_units();
        }
        lines.push_back(std::move(line));
    }
    json payments = json::array();
    for (const auto& p : d.payments) {
        payments.push_back({{"method", method_name(p.method)}, {"amount", p.amount.minor_units()}});
    }
    const json doc{{"version", kVersion},
                   {"receipt_id", d.receipt_id},
                   {"cashier_id", d.cashier_id},
                   {"customer_id", d.customer_id},
                   {"card_number", d.card_number},
                   {"lines", std::move(lines)},
                   {"coupons", d.coupon_codes},
                   {"redeem", {{"kind", redeem_name(d.redeem.kind)}, {"points", d.redeem.points.value()}}},
                   {"payments", std::move(payments)}};
    return doc.dump();
}

BasketDocument read_basket_document(const std::string& text) {
    try {
        const json doc = json::parse(text);
        if (doc.at("version").get<int>() != kVersion) {
            throw std::invalid_argument("a basket document of another version");
        }
        BasketDocument d;
        d.receipt_id = doc.at("receipt_id").get<std::string>();
        if (d.receipt_id.empty()) {
            throw std::invalid_argument("a basket document without a receipt id");
        }
        d.cashier_id = doc.at("cashier_id").get<std::string>();
        d.customer_id = doc.at("customer_id").get<std::string>();
        d.card_number = doc.at("card_number").get<std::string>();
        for (const auto& l : doc.at("lines")) {
            BasketLine line;
            line.sku = l.at("sku").get<std::string>();
            line.name = l.at("name").get<std::string>();
            line.category = l.at("category").get<std::string>();
            line.unit_price = Money::minor(l.at("unit_price").get<std::int64_t>());
            line.qty = Quantity::thousandths(l.at("qty").get<std::int64_t>());
            line.by_weight = l.at("by_weight").get<bool>();
            if (l.contains("min_price")) {
                line.min_price = Money::minor(l.at("min_price").get<std::int64_t>());
            }
            d.lines.push_back(std::move(line));
        }
        d.coupon_codes = doc.at("coupons").get<std::vector<std::string>>();
        d.redeem.kind = redeem_from(doc.at("redeem").at("kind").get<std::string>());
        d.redeem.points = Points::of(doc.at("redeem").at("points").get<std::int64_t>());
        for (const auto& p : doc.at("payments")) {
            d.payments.push_back(Payment{method_from(p.at("method").get<std::string>()),
                                         Money::minor(p.at("amount").get<std::int64_t>())});
        }
        return d;
    } catch (const json::exception& e) {
        throw std::invalid_argument(std::string("not a basket document: ") + e.what());
    }
}

}  // namespace kassa::till
