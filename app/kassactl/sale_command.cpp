// `sale commit FILE`: a quote input (docs/quote.md) with its sale id, committed as a sale of the shop
// through the till's own path (kassa::till::commit_sale_document: the shop's rules, the store's one
// transaction), so scripts, tests and other systems can record sales and read back the receipt number, the
// totals and the lots a redemption consumed. The same sale id again records nothing and says so.
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "kassa/core/messages.hpp"
#include "kassa/till/sale_document.hpp"

namespace kassactl {

namespace {

struct SaleOptions {
    std::string db;
    std::string file;
    std::string cashier = "kassactl";
    bool json = false;
};

std::string problem_sentence(const kassa::till::SaleDocumentProblem& p, std::int64_t rules_version) {
    using Kind = kassa::till::SaleDocumentProblem::Kind;
    switch (p.kind) {
        case Kind::input_invalid:
            return p.detail;
        case Kind::sale_id_missing:
            return "sale_id: is required: the sale's own id, 1 to 64 characters (the same id committed again "
                   "records nothing)";
        case Kind::not_for_a_sale:
            return p.field +
                   ": the shop keeps this itself; a sale names the customer by customer.id and a coupon by "
                   "its code, and its texts are in the shop's language";
        case Kind::customer_id_missing:
            return "customer.id: is required: the id of one of the shop's customers";
        case Kind::other_rules:
            return "rules: these are not the shop's current rules (version " + std::to_string(rules_version) +
                   "); leave rules out and the sale is priced with the shop's";
        case Kind::payment_invalid:
            return p.field +
                   ": a payment is {\"method\": \"cash\", \"card\" or \"other\", \"amount\": minor units, 0 "
                   "or "
                   "more}, at most 20 of them";
        case Kind::unknown_product:
            return p.field + ": the shop's catalog has no product " + p.detail;
    }
    return "the document is not a sale";
}

void print_text(const kassa::store::SaleResult& r, const std::string& sale_id, int digits,
                const std::string& currency) {
    const auto money = [digits](kassa::Money m) {
        return kassa::format_money(m, digits, kassa::Language::en);
    };
    if (r.already_committed) {
        std::cout << "ok: sale " << sale_id << " was committed before as receipt " << r.receipt_number
                  << "; nothing was written now\n";
    } else {
        std::cout << "ok: sale " << sale_id << " committed as receipt " << r.receipt_number << '\n';
    }
    const auto& t = r.quote.totals;
    std::cout << "gross " << money(t.gross) << ' ' << currency << ", discount " << money(t.discount)
              << ", paid with points " << t.redeemed_points.value() << " (" << money(t.redeemed_money)
              << "), payable " << money(t.payable) << ", change " << money(r.change) << ", points earned "
              << t.points_earned.value() << '\n';
    for (const auto& lot : r.lots_redeemed) {
        std::cout << "lot " << lot.lot_id << ": " << lot.points.value() << " points redeemed\n";
    }
    for (const auto& code : r.coupon_codes_issued) {
        std::cout << "coupon issued: " << code << '\n';
    }
}

void print_json(const kassa::store::SaleResult& r, const std::string& sale_id, int digits,
                const std::string& currency) {
    const auto& t = r.quote.totals;
    nlohmann::json lots = nlohmann::json::array();
    for (const auto& lot : r.lots_redeemed) {
        lots.push_back({{"lot", lot.lot_id}, {"points", lot.points.value()}});
    }
    const nlohmann::json out{{"sale_id", sale_id},
                             {"receipt_number", r.receipt_number},
                             {"already_committed", r.already_committed},
                             {"currency", currency},
                             {"currency_digits", digits},
                             {"totals",
                              {{"gross", t.gross.minor_units()},
                               {"discount", t.discount.minor_units()},
                               {"net", t.net.minor_units()},
                               {"redeemed_points", t.redeemed_points.value()},
                               {"redeemed_money", t.redeemed_money.minor_units()},
                               {"payable", t.payable.minor_units()},
                               {"points_earned", t.points_earned.value()}}},
                             {"change", r.change.minor_units()},
                             {"lots_redeemed", lots},
                             {"coupons_issued", r.coupon_codes_issued}};
    std::cout << out.dump(2) << '\n';
}

int run_commit(const SaleOptions& o) {
    const std::string command = "kassactl sale commit";
    nlohmann::json document;
    try {
        const std::string text = read_input(o.file);
        try {
            document = nlohmann::json::parse(text);
        } catch (const nlohmann::json::exception& e) {
            // parse_error, or out_of_range for a number too large for a double: the position stays.
            const std::string what = e.what();
            std::cerr << command << ": the input is not valid JSON (" << what.substr(what.find(']') + 2)
                      << ")\n";
            return 2;
        }
    } catch (const std::runtime_error& e) {
        std::cerr << command << ": " << e.what() << '\n';
        return 2;
    }
    auto shop = open_shop_or_say(o.db, kassa::till::ShopNeeds::rules, command);
    if (!shop) {
        return 2;
    }
    try {
        auto read = kassa::till::read_sale_document(document, *shop, kassa::store::CashierId{o.cashier});
        if (const auto* problem = std::get_if<kassa::till::SaleDocumentProblem>(&read)) {
            std::cerr << command << ": " << problem_sentence(*problem, shop->rules_version) << '\n';
            return 2;
        }
        const std::string sale_id = std::get<kassa::till::SaleDocument>(read).sale.receipt_id;
        const auto result =
            kassa::till::commit_sale_document(*shop, std::move(std::get<kassa::till::SaleDocument>(read)));
        const int digits = shop->rules->currency_digits();
        const std::string& currency = shop->rules->rules().currency;
        if (o.json) {
            print_json(result, sale_id, digits, currency);
        } else {
            print_text(result, sale_id, digits, currency);
        }
        return 0;
    } catch (const kassa::store::StoreError& e) {
        std::cerr << command << ": " << e.what() << '\n';
        return 2;
    }
}

}  // namespace

Runner add_sale_commands(CLI::App& app) {
    auto o = std::make_shared<SaleOptions>();
    auto* sale = app.add_subcommand("sale", "Record a sale from outside the till");
    sale->require_subcommand(1);
    auto* commit = sale->add_subcommand(
        "commit",
        "Commit a quote input with its sale_id as a sale, priced with the shop's rules as the till prices it "
        "(the same sale_id twice records one sale)");
    commit->add_option("FILE", o->file, "the sale document; standard input when '-'")->required();
    commit->add_option("--db", o->db, "the shop's database file")->required();
    commit->add_option("--cashier", o->cashier,
                       "who sold it, as the receipt and the ledger name them "
                       "(default kassactl)");
    commit->add_flag("--json", o->json, "the result as JSON (money in minor units)");
    return [o]() -> int { return run_commit(*o); };
}

}  // namespace kassactl
