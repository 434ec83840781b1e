// Segments: the store gathers each customer's facts, kassa::core decides the segments, the store writes them.
// Owner-defined segments (staff, partner, ...) are never touched: only the computed names are replaced.

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

#include "connection.hpp"
#include "guarded.hpp"
#include "kassa/core/segments.hpp"
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
#include "segment_writer.hpp"
#include "shop_settings.hpp"

namespace kassa::store {

namespace detail {

namespace {

constexpr std::int64_t kDay = 86400;

constexpr const char* kFactsQuery =
    "SELECT c.id, c.created_at, c.last_purchase_at, "
    "(SELECT count(*) FROM receipts r WHERE r.customer_id = c.id AND r.created_at >= ?1), "
    "(SELECT count(*) FROM receipts r WHERE r.customer_id = c.id AND r.created_at >= ?2), "
    "(SELECT coalesce(sum(r.tier_spend), 0) FROM receipts r WHERE r.customer_id = c.id AND r.created_at >= "
    "?2) "
    "FROM customers c WHERE c.erased_at IS NULL";

SegmentFacts read_facts(SQLite::Statement& q) {
    SegmentFacts f;
    f.enrolled_at = parse_timestamp(q.getColumn(1).getString()).instant;
    if (!q.getColumn(2).isNull()) {
        f.last_purchase_at = parse_timestamp(q.getColumn(2).getString()).instant;
    }
    f.purchases_in_regular_window = q.getColumn(3).getInt64();
    f.purchases_in_year = q.getColumn(4).getInt64();
    f.spend_in_year = Money::minor(q.getColumn(5).getInt64());
    return f;
}

void bind_windows(SQLite::Statement& q, Instant now, const SegmentSettings& s) {
    q.bind(1, iso(Instant{now.unix_seconds - std::int64_t{s.regular_window_days} * kDay}));
    q.bind(2, iso(Instant{now.unix_seconds - 365 * kDay}));
}

void write_segments(detail::Connection& db, const std::string& customer,
                    const std::vector<std::string>& segments) {
    // Only what changed is written: after most sales a customer's segments stay as they were, and the
    // commit then writes no segment page at all. Owner-defined segments are never touched.
    std::vector<std::string> held;
    {
        auto q = db.prepared("SELECT segment FROM customer_segments WHERE customer_id = ?");
        q->bind(1, customer);
        while (q->executeStep()) {
            held.push_back(q->getColumn(0).getString());
        }
    }
    const auto& computed = computed_segment_names();
    for (const auto& s : held) {
        const bool is_computed = std::find(computed.begin(), computed.end(), s) != computed.end();
        if (is_computed && std::find(segments.begin(), segments.end(), s) == segments.end()) {
            auto drop = db.prepared("DELETE FROM customer_segments WHERE customer_id = ? AND segment = ?");
            drop->bind(1, customer);
            drop->bind(2, s);
            drop->exec();
        }
    }
    for (const auto& s : segments) {
        if (std::find(held.begin(), held.end(), s) == held.end()) {
            auto add = db.prepared("INSERT INTO customer_segments(customer_id, segment) VALUES (?, ?)");
            add->bind(1, customer);
            add->bind(2, s);
            add->exec();
        }
    }
}

std::optional<Money> stored_vip_threshold(detail::Connection& db) {
    auto q = db.prepared("SELECT value FROM settings WHERE key = 'segments.vip_threshold'");
    if (!q->executeStep()) {
        return std::nullopt;
    }
    return Money::minor(std::stoll(q->getColumn(0).getString()));
}

}  // namespace

void refresh_customer_segments(detail::Connection& db, const std::string& customer, Instant now) {
    const SegmentSettings settings;
    static const std::string sql = std::string(kFactsQuery) + " AND c.id = ?3";
    SegmentFacts facts;
    {
        auto q = db.prepared(sql);
        bind_windows(*q, now, settings);
        q->bind(3, customer);
        if (!q->executeStep()) {
            return;
        }
        facts = read_facts(*q);
    }
    write_segments(db, customer, compute_segments(facts, settings, now, stored_vip_threshold(db)));
}

}  // namespace detail

Maintenance::SegmentRun Maintenance::recompute_segments(Instant now) {
    try {
        auto& db = store_.database().connection();
        const SegmentSettings settings;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        std::vector<std::pair<std::string, SegmentFacts>> facts;
        {
            SQLite::Statement q(db, detail::kFactsQuery);
            detail::bind_windows(q, now, settings);
            while (q.executeStep()) {
                facts.emplace_back(q.getColumn(0).getString(), detail::read_facts(q));
            }
        }
        std::vector<Money> spends;
        for (const auto& [id, f] : facts) {
            spends.push_back(f.spend_in_year);
        }
        const auto threshold = vip_threshold(spends, settings);
        if (threshold) {
            detail::put_shop_setting(db, "segments.vip_threshold", std::to_string(threshold->minor_units()));
        } else {
            db.exec("DELETE FROM settings WHERE key = 'segments.vip_threshold'");
        }
        SegmentRun run;
        for (const auto& [id, f] : facts) {
            const auto segments = compute_segments(f, settings, now, threshold);
            detail::write_segments(db, id, segments);
            for (const auto& s : segments) {
                ++run.counts[s];
            }
            ++run.customers;
        }
        transaction.commit();
        return run;
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

void Customers::set_owner_segment(const CustomerId& customer_id, const std::string& segment, bool member,
                                  const Actor& actor, Instant at) {
    try {
        check_text_length(TextField::segment_name, segment);
        const auto& computed = computed_segment_names();
        if (segment.empty() || std::find(computed.begin(), computed.end(), segment) != computed.end()) {
            detail::refused(StoreProblem::segment_computed, {segment});
        }
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement q(
            db, member ? "INSERT OR IGNORE INTO customer_segments(customer_id, segment) VALUES (?, ?)"
                       : "DELETE FROM customer_segments WHERE customer_id = ? AND segment = ?");
        q.bind(1, customer_id);
        q.bind(2, segment);
        q.exec();
        detail::audit(db, at, actor, member ? "segment.add" : "segment.remove", customer_id, segment);
        transaction.commit();
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

}  // namespace kassa::store
