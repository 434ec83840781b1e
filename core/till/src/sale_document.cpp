#include "kassa/till/sale_document.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "kassa/core_json/quote_json.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/rules_store.hpp"

namespace kassa::till {

namespace {

using Kind = SaleDocumentProblem::Kind;
using Json = nlohmann::json;

constexpr std::size_t kMaxSaleIdBytes = 64;
constexpr std::size_t kMaxPayments = 20;

SaleDocumentProblem problem(Kind kind, std::string field = {}, std::string detail = {}) {
    return SaleDocumentProblem{kind, std::move(field), std::move(detail)};
}

bool given(const Json& object, const std::string& key) {
    const auto found = object.find(key);
    return found != object.end() && !found->is_null();
}

// The first field of `object` other than `allowed` that is set: a value the shop keeps itself.
std::optional<std::string> first_other_field(const Json& object, const std::string& allowed) {
    for (const auto& [key, value] : object.items()) {
        if (key != allowed && !value.is_null()) {
            return key;
        }
    }
    return std::nullopt;
}

std::optional<store::PaymentLine::Method> payment_method(const Json& value) {
    if (!value.is_string()) {
        return std::nullopt;
    }
    const auto& text = value.get_ref<const std::string&>();
    if (text == "cash") {
        return store::PaymentLine::Method::cash;
    }
    if (text == "card") {
        return store::PaymentLine::Method::card;
    }
    if (text == "other") {
        return store::PaymentLine::Method::other;
    }
    return std::nullopt;
}

// payments: [{"method": "cash"|"card"|"other", "amount": minor units >= 0}, ...]; the field of the first
// problem, or nothing.
std::optional<std::string> read_payments(const Json& list, std::vector<store::PaymentLine>& out) {
    if (!list.is_array() || list.size() > kMaxPayments) {
        return std::string("payments");
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = "payments[" + std::to_string(i) + "]";
        const Json& p = list[i];
        if (!p.is_object()) {
            return path;
        }
        for (const auto& [key, value] : p.items()) {
            if (key != "method" && key != "amount") {
                return path + "." + key;
            }
        }
        const auto method = p.contains("method") ? payment_method(p["method"]) : std::nullopt;
        if (!method) {
            return path + ".method";
        }
        if (!p.contains("amount") || !p["amount"].is_number_integer() ||
            p["amount"].get<std::int64_t>() < 0 || p["amount"].get<std::int64_t>() > 1'000'000'000'000) {
            return path + ".amount";
        }
        out.push_back(store::PaymentLine{*method, Money::minor(p["amount"].get<std::int64_t>())});
    }
    return std::nullopt;
}

}  // namespace

std::variant<SaleDocument, SaleDocumentProblem> read_sale_document(const Json& document, Shop& shop,
                                                                   const store::CashierId& cashier) {
    if (!document.is_object()) {
        try {
            kassa::json::read_quote_request(document);
        } catch (const kassa::json::InputError& e) {
            return problem(Kind::input_invalid, {}, e.what());
        }
        return problem(Kind::input_invalid, {}, "the document must be an object");
    }
    if (!document.contains("sale_id") || !document["sale_id"].is_string() ||
        document["sale_id"].get_ref<const std::string&>().empty() ||
        document["sale_id"].get_ref<const std::string&>().size() > kMaxSaleIdBytes) {
        return problem(Kind::sale_id_missing, "sale_id");
    }
    if (given(document, "language")) {
        return problem(Kind::not_for_a_sale, "language");
    }
    if (given(document, "customer") && document["customer"].is_object()) {
        const Json& customer = document["customer"];
        if (const auto other = first_other_field(customer, "id")) {
            return problem(Kind::not_for_a_sale, "customer." + *other);
        }
        if (!customer.contains("id") || !customer["id"].is_string() ||
            customer["id"].get_ref<const std::string&>().empty()) {
            return problem(Kind::customer_id_missing, "customer.id");
        }
    }
    if (given(document, "coupons") && document["coupons"].is_array()) {
        const Json& coupons = document["coupons"];
        for (std::size_t i = 0; i < coupons.size(); ++i) {
            if (!coupons[i].is_object()) {
                continue;
            }
            if (const auto other = first_other_field(coupons[i], "code")) {
                return problem(Kind::not_for_a_sale, "coupons[" + std::to_string(i) + "]." + *other);
            }
        }
    }

    const auto saved = shop.store->rules().rules_document(shop.rules_version);
    const Json shop_rules = saved ? Json::parse(*saved, nullptr, false) : Json();
    if (given(document, "rules") && document["rules"] != shop_rules) {
        return problem(Kind::other_rules, "rules");
    }
    SaleDocument out;
    if (given(document, "payments")) {
        if (const auto field = read_payments(document["payments"], out.sale.payments)) {
            return problem(Kind::payment_invalid, *field);
        }
        out.payments_given = true;
    }

    // The rest is a quote input, read by the same reader as kassactl quote, with the shop's rules.
    Json input = document;
    input.erase("sale_id");
    input.erase("payments");
    input["rules"] = shop_rules;
    kassa::json::QuoteRequest request;
    try {
        request = kassa::json::read_quote_request(input);
    } catch (const kassa::json::InputError& e) {
        return problem(Kind::input_invalid, {}, e.what());
    }

    store::Sale& sale = out.sale;
    sale.receipt_id = document["sale_id"].get<std::string>();
    if (request.input.customer) {
        sale.customer_id = request.input.customer->id;
    }
    sale.cashier_id = cashier.value();
    sale.at = request.input.now;
    sale.rules_version = shop.rules_version;
    for (std::size_t i = 0; i < request.input.lines.size(); ++i) {
        QuoteLine& line = request.input.lines[i];
        // The receipt names the product as the catalog does; the price and category are the document's,
        // so the sale's totals are what kassactl quote says for it.
        const auto product = shop.store->catalog().product_by_sku(line.sku);
        if (!product) {
            return problem(Kind::unknown_product, "lines[" + std::to_string(i) + "].sku", line.sku);
        }
        sale.lines.push_back(store::SaleLine{std::move(line.sku), product->name, std::move(line.category),
                                             line.unit_price, line.qty, line.min_price, line.by_weight});
    }
    for (CouponRef& coupon : request.input.coupons) {
        sale.coupon_codes.push_back(std::move(coupon.code));
    }
    sale.redeem = request.input.redeem;
    return out;
}

store::SaleResult commit_sale_document(Shop& shop, SaleDocument document) {
    const CompiledRules& rules = *shop.rules;
    store::Sales sales = shop.store->sales();
    // A sale committed before gives its first result at once: today's quote of it may differ (her balance
    // moved since), and nothing is written anyway.
    if (!document.payments_given && !sales.receipt(document.sale.receipt_id)) {
        // As the till: the total the customer pays is quoted from the store's own input for the sale.
        try {
            const QuoteResult quote = kassa::quote(rules, sales.quote_input(document.sale, rules.rules()));
            if (quote.totals.payable.minor_units() > 0) {
                document.sale.payments.push_back(
                    store::PaymentLine{store::PaymentLine::Method::cash, quote.totals.payable});
            }
        } catch (const store::StoreError&) {
            throw;
        } catch (const std::exception&) {
            // A basket the engine cannot price: commit_sale refuses it in its own typed words.
        }
    }
    return sales.commit_sale(document.sale, rules);
}

}  // namespace kassa::till
