// The rules editor's preview: a period's receipts quoted again with the current rules and with a draft.

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <set>

#include "connection.hpp"
#include "guarded.hpp"
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

namespace kassa::store {

using detail::guarded;
using detail::iso;

namespace {

struct PastReceipt {
    std::string customer_id;
    Instant at;
    std::vector<QuoteLine> lines;
};

void add(WhatIfSide& side, const QuoteResult& quote) {
    side.gross += quote.totals.gross;
    side.discount += quote.totals.discount;
    side.points_earned += quote.totals.points_earned;
    for (const QuotedLine& line : quote.lines) {
        for (const LineDiscount& d : line.discounts) {
            side.discount_by_program[d.program] += d.amount;
        }
    }
}

}  // namespace

WhatIf ShopRules::what_if(const CompiledRules& current, const CompiledRules& draft, Instant from,
                          Instant to) {
    return guarded([&] {
        auto& db = store_.database().connection();
        // One read transaction: the period's receipts and the customers' states come from one snapshot.
        SQLite::Transaction snapshot(db, SQLite::TransactionBehavior::DEFERRED);
        std::vector<PastReceipt> receipts;
        {
            // The product's min_price and by_weight as the catalog has them now; a product no longer in
            // the catalog keeps no floor and counts as pieces.
            auto q = db.prepared(
                "SELECT r.id, coalesce(r.customer_id, ''), r.created_at, l.sku, l.category, l.unit_price, "
                "l.qty,"
                " p.min_price, coalesce(p.by_weight, 0)"
                " FROM receipts r JOIN receipt_lines l ON l.receipt_id = r.id"
                " LEFT JOIN products p ON p.sku = l.sku"
                " WHERE r.created_at >= ? AND r.created_at <= ? ORDER BY r.created_at, r.id, l.line_no");
            q->bind(1, iso(from));
            q->bind(2, iso(to));
            std::string last_id;
            while (q->executeStep()) {
                const std::string id = q->getColumn(0).getString();
                if (id != last_id) {
                    receipts.push_back({q->getColumn(1).getString(),
                                        parse_timestamp(q->getColumn(2).getString()).instant,
                                        {}});
                    last_id = id;
                }
                QuoteLine line;
                line.sku = q->getColumn(3).getString();
                line.category = q->getColumn(4).getString();
                line.unit_price = Money::minor(q->getColumn(5).getInt64());
                line.qty = Quantity::thousandths(q->getColumn(6).getInt64());
                if (!q->getColumn(7).isNull()) {
                    // Today's floor, but never above what was really charged: a floor raised since must not
                    // make last month's sale unquotable.
                    line.min_price = std::min(Money::minor(q->getColumn(7).getInt64()), line.unit_price);
                }
                line.by_weight = q->getColumn(8).getInt() != 0;
                receipts.back().lines.push_back(std::move(line));
            }
        }
        WhatIf out;
        std::set<std::string> customers;
        std::set<std::string> affected;
        for (const PastReceipt& receipt : receipts) {
            QuoteInput input;
            input.now = receipt.at;
            input.lines = receipt.lines;
            QuoteInput draft_input = input;
            if (!receipt.customer_id.empty()) {
                input.customer =
                    store_.customers().quote_state(receipt.customer_id, receipt.at, current.rules());
                draft_input.customer =
                    store_.customers().quote_state(receipt.customer_id, receipt.at, draft.rules());
                customers.insert(receipt.customer_id);
            }
            QuoteResult before;
            QuoteResult after;
            try {
                before = kassa::quote(current, input);
                after = kassa::quote(draft, draft_input);
            } catch (const InvalidQuoteInput&) {
                ++out.skipped;  // both sides leave it out, so the comparison stays like for like
                continue;
            }
            add(out.current, before);
            add(out.draft, after);
            ++out.receipts;
            if (before.totals.discount != after.totals.discount ||
                before.totals.points_earned != after.totals.points_earned) {
                ++out.receipts_changed;
                if (!receipt.customer_id.empty()) {
                    affected.insert(receipt.customer_id);
                }
            }
        }
        out.customers = static_cast<std::int64_t>(customers.size());
        out.customers_affected = static_cast<std::int64_t>(affected.size());
        return out;
    });
}

}  // namespace kassa::store
