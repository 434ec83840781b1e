// Committing a sale: the engine's quote and everything it implies, written in one SQLite transaction.

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "catalog_writer.hpp"
#include "connection.hpp"
#include "guarded.hpp"
#include "kassa/core/cards.hpp"
#include "kassa/core/vat.hpp"
#include "kassa/core_json/quote_json.hpp"
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
#include "payment_method.hpp"
#include "print_queue_writer.hpp"
#include "rules_select.hpp"
#include "segment_writer.hpp"
#include "shift_check.hpp"
#include "vat_rates.hpp"

namespace kassa::store {

using detail::refused;

namespace {

using detail::iso;

// A coupon code a customer can read out: letters and digits without 0/O and 1/I.
std::string new_coupon_code(detail::Connection& db) {
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    // 45 random bits straight from the id source: an id's leading bits are its time, and a code made from
    // them could be guessed from the day it was issued.
    std::uint64_t bits = db.ids().next();
    std::string code = "K";
    for (int i = 0; i < 9; ++i) {
        code += kAlphabet[bits % 32];
        bits /= 32;
    }
    return code;
}

// The quote a receipt keeps, as JSON: everything the engine said but the lines, which receipt_lines holds
// column by column (the lines were two thirds of the text, written twice at every sale). Readers take the
// totals' dates and the stamps from it. Receipts written before keep their lines in it too; nothing reads
// them.
std::string stored_quote(QuoteResult& quote, const TimeZone& zone) {
    std::vector<QuotedLine> lines = std::move(quote.lines);
    quote.lines.clear();
    std::string text;
    try {
        nlohmann::json document = json::write_quote_result(quote, zone);
        document.erase("lines");
        text = document.dump();
    } catch (...) {
        quote.lines = std::move(lines);
        throw;
    }
    quote.lines = std::move(lines);
    return text;
}

SaleResult read_committed(detail::Connection& db, const std::string& receipt_id) {
    SaleResult r;
    r.receipt_id = receipt_id;
    r.already_committed = true;
    SQLite::Statement q(
        db,
        "SELECT number, gross, discount, net, redeemed_points, redeemed_money, payable, points_earned, "
        "change FROM receipts WHERE id = ?");
    q.bind(1, receipt_id);
    q.executeStep();
    r.receipt_number = q.getColumn(0).getInt64();
    auto& t = r.quote.totals;
    t.gross = Money::minor(q.getColumn(1).getInt64());
    t.discount = Money::minor(q.getColumn(2).getInt64());
    t.net = Money::minor(q.getColumn(3).getInt64());
    t.redeemed_points = Points::of(q.getColumn(4).getInt64());
    t.redeemed_money = Money::minor(q.getColumn(5).getInt64());
    t.payable = Money::minor(q.getColumn(6).getInt64());
    t.points_earned = Points::of(q.getColumn(7).getInt64());
    r.change = Money::minor(q.getColumn(8).getInt64());
    SQLite::Statement lines(db,
                            "SELECT sku, gross, net, redeemed, points, discounts FROM receipt_lines "
                            "WHERE receipt_id = ? ORDER BY line_no");
    lines.bind(1, receipt_id);
    while (lines.executeStep()) {
        QuotedLine l;
        l.sku = lines.getColumn(0).getString();
        l.gross = Money::minor(lines.getColumn(1).getInt64());
        l.net = Money::minor(lines.getColumn(2).getInt64());
        l.redeemed = Money::minor(lines.getColumn(3).getInt64());
        l.points = Points::of(lines.getColumn(4).getInt64());
        for (const auto& d : nlohmann::json::parse(lines.getColumn(5).getString())) {
            l.discounts.push_back(LineDiscount{d.at("program").get<std::string>(),
                                               Money::minor(d.at("amount").get<std::int64_t>()),
                                               d.at("text").get<std::string>()});
        }
        r.quote.lines.push_back(std::move(l));
    }
    SQLite::Statement coupons(db, "SELECT code FROM coupons WHERE issued_receipt = ? ORDER BY code");
    coupons.bind(1, receipt_id);
    while (coupons.executeStep()) {
        r.coupon_codes_issued.push_back(coupons.getColumn(0).getString());
    }
    // The redemption's movements, in the order commit_sale took them (sort_fifo's: earliest expiry, never
    // expiring last, then available_at, then ledger order).
    SQLite::Statement lots(
        db,
        "SELECT m.lot_id, -m.points FROM lot_movements m JOIN ledger l ON l.id = m.ledger_id "
        "JOIN lots ON lots.id = m.lot_id "
        "WHERE l.receipt_id = ? AND l.kind = 'redeem' "
        "ORDER BY lots.expires_at IS NULL, lots.expires_at, lots.available_at, lots.ledger_seq");
    lots.bind(1, receipt_id);
    while (lots.executeStep()) {
        r.lots_redeemed.push_back({lots.getColumn(0).getString(), Points::of(lots.getColumn(1).getInt64())});
    }
    return r;
}

// The texts a sale writes into its receipt lines and coupons: a caller other than the till (kassactl, a
// script) may bring them from anywhere, so they are bounded like the catalog's own.
void check_sale_texts(const Sale& sale) {
    check_text_length(TextField::card_number, sale.card_number);
    for (const SaleLine& line : sale.lines) {
        check_text_length(TextField::product_sku, line.sku);
        check_text_length(TextField::product_name, line.name);
        check_text_length(TextField::product_category, line.category);
    }
    for (const std::string& code : sale.coupon_codes) {
        check_text_length(TextField::coupon_code, code);
    }
}

}  // namespace

CouponRef Sales::coupon_ref(const std::string& code) {
    try {
        CouponRef ref;
        ref.code = code;
        auto& db = store_.database().connection();
        const std::string normal = normalise_coupon_code(code);
        auto c = db.prepared("SELECT program, valid_from, valid_to FROM coupons WHERE code = ?");
        c->bind(1, normal);
        if (c->executeStep()) {
            ref.program = c->getColumn(0).getString();
            if (!c->getColumn(1).isNull()) {
                ref.valid_from = parse_date(c->getColumn(1).getString());
            }
            if (!c->getColumn(2).isNull()) {
                ref.valid_to = parse_date(c->getColumn(2).getString());
            }
        }
        // Used: a use here or pulled from another till that no return gave back.
        auto use = db.prepared("SELECT program FROM coupon_open_uses WHERE code = ? LIMIT 1");
        use->bind(1, normal);
        if (use->executeStep()) {
            ref.used = true;
            if (ref.program.empty()) {
                ref.program = use->getColumn(0).getString();
            }
        }
        return ref;
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

QuoteInput Sales::quote_input(const Sale& sale, const Rules& rules) {
    QuoteInput input;
    input.now = sale.at;
    if (!sale.customer_id.empty()) {
        input.customer = store_.customers().quote_state(sale.customer_id, sale.at, rules);
    }
    for (const auto& l : sale.lines) {
        input.lines.push_back(QuoteLine{l.sku, l.category, l.unit_price, l.qty, l.min_price, l.by_weight});
    }
    for (const auto& code : sale.coupon_codes) {
        input.coupons.push_back(coupon_ref(code));
    }
    input.redeem = sale.redeem;
    return input;
}

SaleResult Sales::commit_sale(const Sale& sale, const CompiledRules& rules) {
    try {
        if (sale.receipt_id.empty()) {
            refused(StoreProblem::sale_id_missing);
        }
        if (sale.lines.empty()) {
            refused(StoreProblem::basket_empty);
        }
        check_sale_texts(sale);
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        {
            auto seen = db.prepared("SELECT 1 FROM receipts WHERE id = ?");
            seen->bind(1, sale.receipt_id);
            if (seen->executeStep()) {
                return read_committed(db, sale.receipt_id);  // a retry after a crash or a lost answer
            }
        }
        detail::require_open_shift(db, sale.shift_id);
        const QuoteInput input = quote_input(sale, rules.rules());
        QuoteResult quote = kassa::quote(rules, input);

        // Payments must cover what is payable; only cash gives change.
        std::int64_t paid = 0;
        std::int64_t cash = 0;
        for (const auto& p : sale.payments) {
            if (p.amount.minor_units() < 0) {
                refused(StoreProblem::payment_negative);
            }
            paid += p.amount.minor_units();
            if (p.method == PaymentLine::Method::cash) {
                cash += p.amount.minor_units();
            }
        }
        const std::int64_t payable = quote.totals.payable.minor_units();
        const int digits = rules.currency_digits();
        if (paid < payable) {
            refused(StoreProblem::payments_short, {ProblemAmount{Money::minor(payable - paid), digits}});
        }
        const std::int64_t change = paid - payable;
        if (change > cash) {
            refused(StoreProblem::change_without_cash);
        }

        std::int64_t number = 0;
        std::optional<std::int64_t> rules_version;
        {
            auto q = db.prepared(
                "SELECT (SELECT coalesce(max(number), 0) + 1 FROM receipts), "
                "(SELECT id" +
                std::string(detail::kCurrentRulesFrom) + ")");
            q->executeStep();
            number = q->getColumn(0).getInt64();
            // A till started before the owner saved new rules still prices with the ones it loaded: the
            // receipt names those.
            if (sale.rules_version) {
                rules_version = sale.rules_version;
            } else if (!q->getColumn(1).isNull()) {
                rules_version = q->getColumn(1).getInt64();
            }
        }
        auto receipt = db.prepared(
            "INSERT INTO receipts(id, number, created_at, business_day, customer_id, card_number, "
            "cashier_id, rules_version, gross, discount, net, redeemed_points, redeemed_money, "
            "payable, points_earned, tier_spend, change, quote, shift_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const auto& t = quote.totals;
        receipt->bind(1, sale.receipt_id);
        receipt->bind(2, number);
        receipt->bind(3, iso(sale.at));
        receipt->bind(4, format_date(rules.zone().to_local(sale.at).date));
        if (!sale.customer_id.empty()) {
            receipt->bind(5, sale.customer_id);
        }
        if (!sale.card_number.empty()) {
            receipt->bind(6, normalise_card_number(sale.card_number));
        }
        receipt->bind(7, sale.cashier_id);
        if (rules_version) {
            receipt->bind(8, *rules_version);
        }
        receipt->bind(9, t.gross.minor_units());
        receipt->bind(10, t.discount.minor_units());
        receipt->bind(11, t.net.minor_units());
        receipt->bind(12, t.redeemed_points.value());
        receipt->bind(13, t.redeemed_money.minor_units());
        receipt->bind(14, t.payable.minor_units());
        receipt->bind(15, t.points_earned.value());
        receipt->bind(16, sale.customer_id.empty() ? 0 : quote.spend.minor_units());
        receipt->bind(17, change);
        receipt->bind(18, stored_quote(quote, rules.zone()));
        if (sale.shift_id.empty()) {
            receipt->bind(19);
        } else {
            receipt->bind(19, sale.shift_id);
        }
        receipt->exec();

        // VAT once per rate per receipt on what the customer pays for each line (docs/vat.md).
        std::vector<VatRate> rates;
        rates.reserve(sale.lines.size());
        for (const auto& in : sale.lines) {
            rates.push_back(detail::product_vat_rate(db, in.sku));
        }
        const VatTable vat = vat_table(vat_lines(quote.lines, rates));
        auto line = db.prepared(
            "INSERT INTO receipt_lines(receipt_id, line_no, sku, name, category, unit_price, qty, "
            "gross, discount, net, redeemed, points, discounts, vat_rate, vat) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (std::size_t i = 0; i < sale.lines.size(); ++i) {
            const auto& in = sale.lines[i];
            const auto& q = quote.lines[i];
            std::string discounts = "[]";  // most lines have none
            if (!q.discounts.empty()) {
                nlohmann::json list = nlohmann::json::array();
                for (const auto& d : q.discounts) {
                    list.push_back(
                        {{"program", d.program}, {"amount", d.amount.minor_units()}, {"text", d.text}});
                }
                discounts = list.dump();
            }
            line->bind(1, sale.receipt_id);
            line->bind(2, static_cast<std::int64_t>(i + 1));
            line->bind(3, in.sku);
            line->bind(4, in.name);
            line->bind(5, in.category);
            line->bind(6, in.unit_price.minor_units());
            line->bind(7, in.qty.thousandths());
            line->bind(8, q.gross.minor_units());
            line->bind(9, (q.gross - q.net).minor_units());
            line->bind(10, q.net.minor_units());
            line->bind(11, q.redeemed.minor_units());
            line->bind(12, q.points.value());
            line->bind(13, discounts);
            line->bind(14, detail::vat_rate_code(rates[i]));
            line->bind(15, vat.lines[i].vat.minor_units());
            line->exec();
            line->reset();
            detail::move_stock(db, in.sku, in.qty, -1);
        }
        auto payment =
            db.prepared("INSERT INTO payments(receipt_id, seq, method, amount) VALUES (?, ?, ?, ?)");
        for (std::size_t i = 0; i < sale.payments.size(); ++i) {
            payment->bind(1, sale.receipt_id);
            payment->bind(2, static_cast<std::int64_t>(i + 1));
            payment->bind(3, detail::payment_method_name(sale.payments[i].method));
            payment->bind(4, sale.payments[i].amount.minor_units());
            payment->exec();
            payment->reset();
        }

        if (sale.queue_receipt) {
            detail::queue_print_job(db, PrintJobKind::receipt, sale.receipt_id, false, cash > 0, sale.at);
        }

        SaleResult result;
        result.receipt_id = sale.receipt_id;
        result.receipt_number = number;
        result.change = Money::minor(change);

        for (const auto& applied : quote.coupons_applied) {
            // A public code is for everybody: only single-use codes are used up by a sale.
            const bool public_code = std::any_of(
                rules.rules().programs.begin(), rules.rules().programs.end(), [&](const Program& p) {
                    const auto* c = std::get_if<CouponSettings>(&p.settings);
                    return p.id == applied.program && c && !c->public_code.empty() &&
                           normalise_coupon_code(c->public_code) == applied.code;
                });
            if (public_code) {
                continue;
            }
            // Written once, so a use at another till that did not see this one arrives beside it and is
            // listed instead of overwriting it (docs/sync.md, "Coupons").
            SQLite::Statement use(db,
                                  "INSERT INTO coupon_uses(id, code, program, receipt_id, receipt_number, "
                                  "discount, at) VALUES (?, ?, ?, ?, ?, ?, ?)");
            use.bind(1, db.new_id());
            use.bind(2, applied.code);
            use.bind(3, applied.program);
            use.bind(4, sale.receipt_id);
            use.bind(5, number);
            use.bind(6, applied.amount.minor_units());
            use.bind(7, iso(sale.at));
            use.exec();
        }
        for (const auto& issued : quote.coupons_issued) {
            const std::string code = new_coupon_code(db);
            SQLite::Statement add(
                db,
                "INSERT INTO coupons(code, program, customer_id, issued_receipt, valid_from, valid_to, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
            add.bind(1, code);
            add.bind(2, issued.program);
            if (!sale.customer_id.empty()) {
                add.bind(3, sale.customer_id);
            }
            add.bind(4, sale.receipt_id);
            add.bind(5, format_date(issued.valid_from));
            add.bind(6, format_date(issued.valid_to));
            add.bind(7, iso(sale.at));
            add.exec();
            result.coupon_codes_issued.push_back(code);
        }

        if (input.customer) {
            const std::string& customer = sale.customer_id;
            const CustomerState& state = *input.customer;
            // What the sale's ledger entries add to her balance. The cached balance moves by exactly that:
            // summing her whole ledger instead costs a regular hundreds of rows at every sale.
            std::int64_t balance_change = 0;
            if (t.redeemed_points.value() > 0) {
                const auto taken = consume_fifo(state.lots, t.redeemed_points, sale.at);
                const std::string entry = detail::add_ledger_entry(
                    db, customer, "redeem", -t.redeemed_points.value(), sale.receipt_id,
                    quote.redemption ? quote.redemption->program : "", detail::kReasonPaidWithPoints,
                    sale.cashier_id, sale.at);
                for (const auto& c : taken) {
                    detail::move_lot(db, entry, state.lots[c.lot_index].id, -c.points.value());
                    result.lots_redeemed.push_back({state.lots[c.lot_index].id, c.points});
                }
                balance_change -= t.redeemed_points.value();
            }
            if (t.points_earned.value() > 0) {
                detail::add_lot(db, customer, "accrue", t.points_earned.value(), *t.points_available_at,
                                t.points_expire_at, sale.receipt_id,
                                quote.redemption ? quote.redemption->program : "", detail::kReasonPurchase,
                                sale.cashier_id, sale.at);
                balance_change += t.points_earned.value();
            }
            for (const auto& f : quote.fixed_points) {
                const bool referrer = f.beneficiary == FixedPointsEntry::Beneficiary::referrer;
                const std::string& who = referrer ? state.referred_by : customer;
                if (who.empty()) {
                    continue;
                }
                detail::add_lot(db, who, "accrue", f.points.value(), f.available_at, f.expires_at,
                                sale.receipt_id, f.program, f.text, sale.cashier_id, sale.at);
                if (who == customer) {
                    balance_change += f.points.value();
                } else {
                    detail::refresh_balance(db, who);
                }
            }
            // What the sale added less what its reward used, as a movement written once: the count is the
            // movements' sum (a trigger keeps it), so stamps added at two tills add up (docs/sync.md).
            for (const auto& s : quote.stamps) {
                if (s.after == s.before) {
                    continue;
                }
                auto st = db.prepared(
                    "INSERT INTO stamp_movements(id, customer_id, program, change, receipt_id, at) "
                    "VALUES (?, ?, ?, ?, ?, ?)");
                st->bind(1, db.new_id());
                st->bind(2, customer);
                st->bind(3, s.program);
                st->bind(4, s.after - s.before);
                st->bind(5, sale.receipt_id);
                st->bind(6, iso(sale.at));
                st->exec();
            }
            auto counters = db.prepared(
                "UPDATE customers SET purchases_count = purchases_count + 1, "
                "spend_lifetime = spend_lifetime + ?, last_purchase_at = ?, "
                "birthday_used_year = coalesce(?, birthday_used_year), balance_cached = balance_cached + ? "
                "WHERE id = ?");
            counters->bind(1, quote.spend.minor_units());
            counters->bind(2, iso(sale.at));
            if (quote.birthday_used_year) {
                counters->bind(3, *quote.birthday_used_year);
            }
            counters->bind(4, balance_change);
            counters->bind(5, customer);
            counters->exec();
            detail::refresh_customer_segments(db, customer, sale.at);
        }
        transaction.commit();
        result.quote = std::move(quote);
        return result;
    } catch (const StoreError&) {
        throw;
    } catch (const InvalidQuoteInput& e) {
        refused(StoreProblem::basket_not_priceable, {}, e.what());
    } catch (const std::exception& e) {
        try {
            rethrow_as_store_error(e);
        } catch (const StoreError& failure) {
            // The till keeps the basket in memory; tell the cashier so, and that a retry is safe.
            throw StoreError(failure.kind(), std::string(failure.what()) +
                                                 " The sale was not saved; the basket is kept: try again.");
        }
    }
}

}  // namespace kassa::store
