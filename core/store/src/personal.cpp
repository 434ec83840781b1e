// Personal service at the till (issue 9): notes, attributes and complaints on the customer card, "often
// bought together" and the owner's bundles, purchase cycles. The arithmetic is kassa::core's
// (core/personal.hpp); this file reads and writes the rows.

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "catalog_writer.hpp"
#include "connection.hpp"
#include "field_changes.hpp"
#include "guarded.hpp"
#include "kassa/core/personal.hpp"
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
#include "shop_settings.hpp"

namespace kassa::store {

namespace chr = std::chrono;
using detail::guarded;
using detail::refused;

const char* resolution_name(ComplaintResolution resolution) {
    switch (resolution) {
        case ComplaintResolution::replaced:
            return "replaced";
        case ComplaintResolution::refunded:
            return "refunded";
        case ComplaintResolution::points_credited:
            return "points_credited";
        case ComplaintResolution::other:
            break;
    }
    return "other";
}

std::optional<ComplaintResolution> parse_resolution(const std::string& name) {
    for (auto r : {ComplaintResolution::replaced, ComplaintResolution::refunded,
                   ComplaintResolution::points_credited, ComplaintResolution::other}) {
        if (name == resolution_name(r)) {
            return r;
        }
    }
    return std::nullopt;
}

const char* ledger_kind_name(LedgerKind kind) {
    switch (kind) {
        case LedgerKind::accrue:
            return "accrue";
        case LedgerKind::redeem:
            return "redeem";
        case LedgerKind::expire:
            return "expire";
        case LedgerKind::adjust:
            return "adjust";
        case LedgerKind::refund_reverse:
            return "refund_reverse";
        case LedgerKind::refund_restore:
            return "refund_restore";
    }
    return "adjust";
}

std::optional<LedgerKind> parse_ledger_kind(std::string_view name) {
    for (auto k : {LedgerKind::accrue, LedgerKind::redeem, LedgerKind::expire, LedgerKind::adjust,
                   LedgerKind::refund_reverse, LedgerKind::refund_restore}) {
        if (name == ledger_kind_name(k)) {
            return k;
        }
    }
    return std::nullopt;
}

namespace {

constexpr std::int64_t kDay = 86400;

// Kassa's own reason of a ledger entry from its kind and the words the ledger keeps (ledger_writer.hpp);
// anything else is someone's own words. `complaint` is the reason of the complaint the entry credits, when
// it credits one.
void read_why(LedgerLine& line, const std::optional<std::string>& complaint) {
    if (complaint) {
        line.why = LedgerReason::complaint_credit;
        line.why_words = *complaint;
        return;
    }
    static const std::pair<std::pair<std::string_view, std::string_view>, LedgerReason> kassa_reasons[] = {
        {{"accrue", detail::kReasonPurchase}, LedgerReason::purchase},
        {{"redeem", detail::kReasonPaidWithPoints}, LedgerReason::paid_with_points},
        {{"expire", detail::kReasonPointsExpired}, LedgerReason::points_expired},
        {{"refund_reverse", detail::kReasonGoodsReturned}, LedgerReason::goods_returned},
        {{"refund_restore", detail::kReasonPointsGivenBack}, LedgerReason::points_given_back},
        {{"adjust", detail::kReasonImported}, LedgerReason::imported},
    };
    if (line.kind == "accrue" && line.actor == detail::kActorEnrolment && line.receipt_id.empty()) {
        line.why = LedgerReason::welcome_points;
        line.why_words.clear();
        return;
    }
    for (const auto& [key, why] : kassa_reasons) {
        if (line.kind == key.first && line.reason == key.second) {
            line.why = why;
            line.why_words.clear();
            return;
        }
    }
    line.why = LedgerReason::own_words;
    line.why_words = line.reason;
}

Instant stored_instant(const SQLite::Column& column) {
    return parse_timestamp(column.getString()).instant;
}

// Personal fields need the consent to keep personal data; an erased customer has none left.
void require_personal_consent(detail::Connection& db, const std::string& customer_id) {
    auto q = db.prepared("SELECT personal_consent, erased_at IS NOT NULL FROM customers WHERE id = ?");
    q->bind(1, customer_id);
    if (!q->executeStep()) {
        refused(StoreProblem::no_such_customer);
    }
    if (q->getColumn(0).getInt() == 0 || q->getColumn(1).getInt() != 0) {
        refused(StoreProblem::personal_consent_missing);
    }
}

constexpr const char* kComplaintColumns =
    "id, coalesce(customer_id, ''), coalesce(receipt_id, ''), reason, resolution, points, "
    "coalesce(ledger_id, ''), actor, created_at";

Complaint read_complaint(SQLite::Statement& q) {
    Complaint c;
    c.id = q.getColumn(0).getString();
    c.customer_id = q.getColumn(1).getString();
    c.receipt_id = q.getColumn(2).getString();
    c.reason = q.getColumn(3).getString();
    c.resolution = parse_resolution(q.getColumn(4).getString()).value_or(ComplaintResolution::other);
    c.points = Points::of(q.getColumn(5).getInt64());
    c.ledger_id = q.getColumn(6).getString();
    c.actor = q.getColumn(7).getString();
    c.at = stored_instant(q.getColumn(8));
    return c;
}

std::int64_t product_id_by_sku(detail::Connection& db, const std::string& sku) {
    auto q = db.prepared("SELECT id FROM products WHERE sku = ?");
    q->bind(1, sku);
    if (!q->executeStep()) {
        refused(StoreProblem::no_such_product, {sku});
    }
    return q->getColumn(0).getInt64();
}

}  // namespace

// ---- notes and attributes ----------------------------------------------------------------------------

std::int64_t PersonalService::add_note(const CustomerId& customer_id, const std::string& text,
                                       const Actor& author, Instant at) {
    return guarded([&] {
        if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
            refused(StoreProblem::note_empty);
        }
        check_text_length(TextField::note, text);
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        require_personal_consent(db, customer_id);
        // The global id lets the note cross tills written once (docs/sync.md).
        SQLite::Statement q(
            db,
            "INSERT INTO customer_notes(customer_id, text, author, created_at, global_id) VALUES "
            "(?, ?, ?, ?, ?)");
        q.bind(1, customer_id);
        q.bind(2, text);
        q.bind(3, author);
        q.bind(4, detail::iso(at));
        q.bind(5, db.new_id());
        q.exec();
        const std::int64_t id = db.getLastInsertRowid();
        // The note's text stays out of the audit log: the log outlives an erasure.
        detail::audit(db, at, author, "customer.note", customer_id, std::to_string(id));
        transaction.commit();
        return id;
    });
}

std::vector<CustomerNote> PersonalService::notes(const std::string& customer_id) {
    return guarded([&] {
        std::vector<CustomerNote> out;
        auto q = store_.database().connection().prepared(
            "SELECT id, text, author, created_at FROM customer_notes WHERE customer_id = ? "
            "ORDER BY created_at DESC, id DESC");
        q->bind(1, customer_id);
        while (q->executeStep()) {
            out.push_back({q->getColumn(0).getInt64(), q->getColumn(1).getString(),
                           q->getColumn(2).getString(), stored_instant(q->getColumn(3))});
        }
        return out;
    });
}

void PersonalService::set_attribute(const CustomerId& customer_id, const std::string& key,
                                    const std::string& value, const Actor& actor, Instant at) {
    guarded([&] {
        if (key.find_first_not_of(" \t") == std::string::npos) {
            refused(StoreProblem::attribute_name_missing);
        }
        check_text_length(TextField::attribute_name, key);
        check_text_length(TextField::attribute_value, value);
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        require_personal_consent(db, customer_id);
        if (value.empty()) {
            SQLite::Statement q(db, "DELETE FROM customer_attributes WHERE customer_id = ? AND key = ?");
            q.bind(1, customer_id);
            q.bind(2, key);
            q.exec();
        } else {
            SQLite::Statement q(db,
                                "INSERT INTO customer_attributes(customer_id, key, value, updated_at, actor) "
                                "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (customer_id, key) DO UPDATE SET "
                                "value = ?3, updated_at = ?4, actor = ?5");
            q.bind(1, customer_id);
            q.bind(2, key);
            q.bind(3, value);
            q.bind(4, detail::iso(at));
            q.bind(5, actor);
            q.exec();
        }
        // The change travels to the other tills, stamped (docs/sync.md): the greatest stamp wins everywhere.
        detail::record_attribute(db, customer_id.value(), key,
                                 value.empty() ? std::nullopt : std::optional<std::string>(value),
                                 actor.value(), at);
        detail::audit(db, at, actor, "customer.attribute", customer_id, key);
        transaction.commit();
    });
}

std::vector<CustomerAttribute> PersonalService::attributes(const std::string& customer_id) {
    return guarded([&] {
        std::vector<CustomerAttribute> out;
        auto q = store_.database().connection().prepared(
            "SELECT key, value, actor, updated_at FROM customer_attributes WHERE customer_id = ? ORDER BY "
            "key");
        q->bind(1, customer_id);
        while (q->executeStep()) {
            out.push_back({q->getColumn(0).getString(), q->getColumn(1).getString(),
                           q->getColumn(2).getString(), stored_instant(q->getColumn(3))});
        }
        return out;
    });
}

// ---- complaints --------------------------------------------------------------------------------------

std::string PersonalService::record_complaint(const ComplaintRequest& request) {
    return guarded([&] {
        if (request.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
            refused(StoreProblem::complaint_reason_missing);
        }
        check_text_length(TextField::complaint_reason, request.reason);
        if (request.actor.empty()) {
            refused(StoreProblem::complaint_author_missing);
        }
        const bool credit = request.resolution == ComplaintResolution::points_credited;
        if (credit && request.points.value() <= 0) {
            refused(StoreProblem::credit_not_positive);
        }
        if (!credit && !request.points.is_zero()) {
            refused(StoreProblem::points_only_with_credit);
        }
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        std::string customer = request.customer_id;
        if (!request.receipt_id.empty()) {
            SQLite::Statement q(db, "SELECT coalesce(customer_id, '') FROM receipts WHERE id = ?");
            q.bind(1, request.receipt_id);
            if (!q.executeStep()) {
                refused(StoreProblem::no_such_receipt);
            }
            const std::string on_receipt = q.getColumn(0).getString();
            if (customer.empty()) {
                customer = on_receipt;
            } else if (!on_receipt.empty() && on_receipt != customer) {
                refused(StoreProblem::receipt_of_another_customer);
            }
        }
        if (!customer.empty()) {
            SQLite::Statement q(db, "SELECT 1 FROM customers WHERE id = ?");
            q.bind(1, customer);
            if (!q.executeStep()) {
                refused(StoreProblem::no_such_customer);
            }
        } else if (request.receipt_id.empty()) {
            refused(StoreProblem::complaint_subject_missing);
        }
        if (credit && customer.empty()) {
            refused(StoreProblem::credit_needs_customer);
        }
        const std::string id = db.new_id();
        std::string ledger_id;
        if (credit) {
            // The same writer as adjust_points: an adjust entry with its lot, available at once, never
            // expiring; its reason carries the complaint's reference.
            ledger_id =
                detail::add_lot(db, customer, "adjust", request.points.value(), request.at, std::nullopt, {},
                                {}, "complaint " + id + ": " + request.reason, request.actor, request.at);
            detail::refresh_balance(db, customer);
        }
        SQLite::Statement q(db,
                            "INSERT INTO complaints(id, customer_id, receipt_id, reason, resolution, points, "
                            "ledger_id, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, id);
        if (!customer.empty()) {
            q.bind(2, customer);
        }
        if (!request.receipt_id.empty()) {
            q.bind(3, request.receipt_id);
        }
        q.bind(4, request.reason);
        q.bind(5, resolution_name(request.resolution));
        q.bind(6, request.points.value());
        if (!ledger_id.empty()) {
            q.bind(7, ledger_id);
        }
        q.bind(8, request.actor);
        q.bind(9, detail::iso(request.at));
        q.exec();
        std::string detail_text = id + " " + resolution_name(request.resolution);
        if (credit) {
            detail_text += ' ';
            detail_text += std::to_string(request.points.value());
        }
        detail::audit(db, request.at, request.actor, "complaint.record",
                      customer.empty() ? request.receipt_id : customer, detail_text);
        transaction.commit();
        return id;
    });
}

std::vector<Complaint> PersonalService::complaints_of(const std::string& customer_id) {
    return guarded([&] {
        std::vector<Complaint> out;
        auto q = store_.database().connection().prepared(
            std::string("SELECT ") + kComplaintColumns +
            " FROM complaints WHERE customer_id = ? ORDER BY created_at DESC, id");
        q->bind(1, customer_id);
        while (q->executeStep()) {
            out.push_back(read_complaint(*q));
        }
        return out;
    });
}

std::vector<Complaint> PersonalService::complaints_in_month(chr::year_month month) {
    return guarded([&] {
        if (!month.ok()) {
            refused(StoreProblem::not_a_month);
        }
        auto& db = store_.database().connection();
        const auto zone = detail::shop_zone(db);
        const chr::year_month next = month + chr::months{1};
        const Instant from = zone->from_local({month / chr::day{1}, 0});
        const Instant to = zone->from_local({next / chr::day{1}, 0});
        std::vector<Complaint> out;
        // Stored instants are UTC text of one format, so they compare as text; the bounds are read back as
        // instants to be safe against a row written with another offset.
        SQLite::Statement q(
            db, std::string("SELECT ") + kComplaintColumns + " FROM complaints ORDER BY created_at, id");
        while (q.executeStep()) {
            Complaint c = read_complaint(q);
            if (c.at >= from && c.at < to) {
                out.push_back(std::move(c));
            }
        }
        return out;
    });
}

CustomerHistory PersonalService::customer_history(const std::string& customer_id, int ledger_limit) {
    CustomerHistory h;
    h.notes = notes(customer_id);
    h.attributes = attributes(customer_id);
    h.complaints = complaints_of(customer_id);
    guarded([&] {
        auto& db = store_.database().connection();
        // The complaint a goodwill credit was written for, by the complaint's own link to its entry (a
        // credited complaint is always the customer's: complaints_customer finds it).
        auto q = db.prepared(
            "SELECT l.seq, l.kind, l.points, coalesce(l.receipt_id, ''), l.program, l.reason, l.actor, "
            "l.created_at, (SELECT k.reason FROM complaints k WHERE k.customer_id = l.customer_id AND "
            "k.ledger_id = l.id) FROM ledger l "
            "WHERE l.customer_id = ? ORDER BY l.seq DESC LIMIT ?");
        q->bind(1, customer_id);
        q->bind(2, std::max(ledger_limit, 0));
        while (q->executeStep()) {
            LedgerLine line;
            line.seq = q->getColumn(0).getInt64();
            line.kind = q->getColumn(1).getString();
            line.points = Points::of(q->getColumn(2).getInt64());
            line.receipt_id = q->getColumn(3).getString();
            line.program = q->getColumn(4).getString();
            line.reason = q->getColumn(5).getString();
            line.actor = q->getColumn(6).getString();
            line.at = stored_instant(q->getColumn(7));
            read_why(line, q->getColumn(8).isNull()
                               ? std::nullopt
                               : std::optional<std::string>(q->getColumn(8).getString()));
            h.ledger.push_back(std::move(line));
        }
        auto stamps =
            db.prepared("SELECT program, max(count, 0) FROM stamps WHERE customer_id = ? ORDER BY program");
        stamps->bind(1, customer_id);
        while (stamps->executeStep()) {
            h.stamps[stamps->getColumn(0).getString()] = stamps->getColumn(1).getInt64();
        }
        auto coupons = db.prepared(
            "SELECT c.code FROM coupons c WHERE c.customer_id = ? AND NOT EXISTS (SELECT 1 FROM "
            "coupon_open_uses u WHERE u.code = c.code) ORDER BY c.created_at, c.code");
        coupons->bind(1, customer_id);
        while (coupons->executeStep()) {
            h.open_coupons.push_back(coupons->getColumn(0).getString());
        }
    });
    return h;
}

// ---- bundles and "often bought together" -------------------------------------------------------------

void Catalog::set_bundle(const std::string& product_sku, const std::string& suggested_sku, bool on,
                         const Actor& actor, Instant at) {
    guarded([&] {
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const std::int64_t product = product_id_by_sku(db, product_sku);
        const std::int64_t suggested = product_id_by_sku(db, suggested_sku);
        if (product == suggested) {
            refused(StoreProblem::suggested_with_itself);
        }
        if (on) {
            SQLite::Statement q(
                db,
                "INSERT INTO bundles(product_id, suggested_id, position, created_at, actor) "
                "VALUES (?1, ?2, (SELECT count(*) FROM bundles WHERE product_id = ?1), ?3, ?4) "
                "ON CONFLICT DO NOTHING");
            q.bind(1, product);
            q.bind(2, suggested);
            q.bind(3, detail::iso(at));
            q.bind(4, actor);
            q.exec();
        } else {
            SQLite::Statement q(db, "DELETE FROM bundles WHERE product_id = ? AND suggested_id = ?");
            q.bind(1, product);
            q.bind(2, suggested);
            q.exec();
        }
        detail::audit(db, at, actor, on ? "bundle.add" : "bundle.remove", product_sku, suggested_sku);
        transaction.commit();
    });
}

CooccurrenceRun Maintenance::recompute_cooccurrence(Instant now, const CooccurrenceOptions& options) {
    return guarded([&] {
        if (options.days <= 0) {
            refused(StoreProblem::window_too_short);
        }
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const std::string from = detail::iso(Instant{now.unix_seconds - std::int64_t{options.days} * kDay});
        const std::string to = detail::iso(now);
        CooccurrenceRun run;
        {
            SQLite::Statement q(db, "SELECT count(*) FROM receipts WHERE created_at >= ? AND created_at < ?");
            q.bind(1, from);
            q.bind(2, to);
            q.executeStep();
            run.receipts = q.getColumn(0).getInt64();
        }
        // Each receipt's distinct products (a product on two lines of one receipt counts once), in receipt
        // order, so one pass builds each receipt's set.
        std::unordered_map<std::int64_t, std::int64_t> with;  // product -> receipts holding it
        std::map<std::pair<std::int64_t, std::int64_t>, std::int64_t>
            together;  // (a < b) -> receipts with both
        {
            SQLite::Statement q(
                db,
                "SELECT DISTINCT l.receipt_id, p.id FROM receipts r "
                "JOIN receipt_lines l ON l.receipt_id = r.id JOIN products p ON p.sku = l.sku "
                "WHERE r.created_at >= ? AND r.created_at < ? ORDER BY l.receipt_id, p.id");
            q.bind(1, from);
            q.bind(2, to);
            std::string current;
            std::vector<std::int64_t> products;
            auto flush = [&] {
                for (std::size_t i = 0; i < products.size(); ++i) {
                    ++with[products[i]];
                    for (std::size_t j = i + 1; j < products.size(); ++j) {
                        ++together[{products[i], products[j]}];
                    }
                }
                products.clear();
            };
            while (q.executeStep()) {
                std::string receipt = q.getColumn(0).getString();
                if (receipt != current) {
                    flush();
                    current = std::move(receipt);
                }
                products.push_back(q.getColumn(1).getInt64());
            }
            flush();
        }
        db.exec("DELETE FROM cooccurrence");
        SQLite::Statement insert(
            db,
            "INSERT INTO cooccurrence(product_a, product_b, together, support_bp, lift_milli, "
            "computed_at) VALUES (?, ?, ?, ?, ?, ?)");
        for (const auto& [pair, count] : together) {
            const PairCounts counts{count, with[pair.first], with[pair.second], run.receipts};
            if (!pair_qualifies(counts, options.min_together)) {
                continue;
            }
            const PairFigures figures = pair_figures(counts);
            for (const auto& [a, b] : {pair, std::pair{pair.second, pair.first}}) {
                insert.bind(1, a);
                insert.bind(2, b);
                insert.bind(3, count);
                insert.bind(4, figures.support_bp);
                insert.bind(5, figures.lift_milli);
                insert.bind(6, to);
                insert.exec();
                insert.reset();
            }
            ++run.pairs;
        }
        transaction.commit();
        return run;
    });
}

std::vector<Suggestion> Catalog::suggestions(const std::vector<std::int64_t>& basket, std::int64_t added,
                                             int limit) {
    return guarded([&] {
        std::vector<Suggestion> out;
        if (limit <= 0) {
            return out;
        }
        auto& db = store_.database().connection();
        auto wanted = [&](std::int64_t id) {
            return id != added && std::find(basket.begin(), basket.end(), id) == basket.end() &&
                   std::none_of(out.begin(), out.end(),
                                [&](const Suggestion& s) { return s.product_id == id; });
        };
        // In stock: active, and either not counted by the shop or counted above zero.
        constexpr const char* kInStock = " AND p.active = 1 AND (p.stock IS NULL OR p.stock > 0)";
        {
            auto q =
                db.prepared(std::string("SELECT p.id, p.sku, p.name, p.price FROM bundles b "
                                        "JOIN products p ON p.id = b.suggested_id WHERE b.product_id = ?") +
                            kInStock + " ORDER BY b.position, p.id");
            q->bind(1, added);
            while (q->executeStep() && static_cast<int>(out.size()) < limit) {
                const std::int64_t id = q->getColumn(0).getInt64();
                if (wanted(id)) {
                    out.push_back({id, q->getColumn(1).getString(), q->getColumn(2).getString(),
                                   Money::minor(q->getColumn(3).getInt64()), Suggestion::Source::bundle, 0,
                                   0});
                }
            }
        }
        if (static_cast<int>(out.size()) < limit) {
            auto q = db.prepared(std::string("SELECT p.id, p.sku, p.name, p.price, c.together, c.lift_milli "
                                             "FROM cooccurrence c JOIN products p ON p.id = c.product_b "
                                             "WHERE c.product_a = ?") +
                                 kInStock + " ORDER BY c.lift_milli DESC, c.together DESC, p.id");
            q->bind(1, added);
            while (q->executeStep() && static_cast<int>(out.size()) < limit) {
                const std::int64_t id = q->getColumn(0).getInt64();
                if (wanted(id)) {
                    out.push_back({id, q->getColumn(1).getString(), q->getColumn(2).getString(),
                                   Money::minor(q->getColumn(3).getInt64()), Suggestion::Source::cooccurrence,
                                   q->getColumn(4).getInt64(), q->getColumn(5).getInt64()});
                }
            }
        }
        return out;
    });
}

void Catalog::record_suggestions_shown(const std::string& basket_id, const std::vector<Suggestion>& shown,
                                       Instant at) {
    guarded([&] {
        if (shown.empty()) {
            return;
        }
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        // Shown twice in one basket is one showing: the first time counts.
        auto q = db.prepared(
            "INSERT INTO suggestion_events(basket_id, product_id, source, shown_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (basket_id, product_id) DO NOTHING");
        for (const auto& s : shown) {
            q->bind(1, basket_id);
            q->bind(2, s.product_id);
            q->bind(3, s.source == Suggestion::Source::bundle ? "bundle" : "cooccurrence");
            q->bind(4, detail::iso(at));
            q->exec();
            q->reset();
        }
        transaction.commit();
    });
}

bool Catalog::record_line_added(const std::string& basket_id, std::int64_t product_id) {
    return guarded([&] {
        auto q = store_.database().connection().prepared(
            "UPDATE suggestion_events SET followed = 1 WHERE basket_id = ? AND product_id = ? AND followed = "
            "0");
        q->bind(1, basket_id);
        q->bind(2, product_id);
        return q->exec() > 0;
    });
}

// ---- purchase cycles ---------------------------------------------------------------------------------

PurchaseCycle Customers::purchase_cycle(const std::string& customer_id) {
    return guarded([&] {
        auto q = store_.database().connection().prepared(
            "SELECT DISTINCT business_day FROM receipts WHERE customer_id = ? ORDER BY business_day");
        q->bind(1, customer_id);
        std::vector<chr::sys_days> days;
        while (q->executeStep()) {
            days.emplace_back(parse_date(q->getColumn(0).getString()));
        }
        PurchaseCycle cycle;
        cycle.purchase_days = static_cast<std::int64_t>(days.size());
        if (!days.empty()) {
            cycle.last_purchase = chr::year_month_day{days.back()};
        }
        cycle.cycle_days = median_gap_days(std::move(days));
        return cycle;
    });
}

std::vector<CategoryCycle> Catalog::category_cycles(Instant now, int days) {
    return guarded([&] {
        if (days <= 0) {
            refused(StoreProblem::window_too_short);
        }
        auto& db = store_.database().connection();
        const auto zone = detail::shop_zone(db);
        const chr::year_month_day today = zone->to_local(now).date;
        const chr::year_month_day first{chr::sys_days{today} - chr::days{days}};
        SQLite::Statement q(db,
                            "SELECT DISTINCT l.category, r.customer_id, r.business_day FROM receipts r "
                            "JOIN receipt_lines l ON l.receipt_id = r.id "
                            "WHERE r.customer_id IS NOT NULL AND r.business_day >= ? AND r.business_day <= ? "
                            "ORDER BY 1, 2, 3");
        q.bind(1, format_date(first));
        q.bind(2, format_date(today));
        std::vector<CategoryCycle> out;
        std::vector<std::int64_t> cycles;  // of the current category's customers with enough history
        std::string category;
        std::string customer;
        std::vector<chr::sys_days> purchase_days;
        bool any = false;
        auto close_customer = [&] {
            if (auto c = median_gap_days(std::move(purchase_days))) {
                cycles.push_back(*c);
            }
            purchase_days.clear();
        };
        auto close_category = [&] {
            close_customer();
            out.push_back({category, static_cast<std::int64_t>(cycles.size()), median(cycles)});
            cycles.clear();
        };
        while (q.executeStep()) {
            std::string cat = q.getColumn(0).getString();
            std::string cust = q.getColumn(1).getString();
            if (any && cat != category) {
                close_category();
                customer.clear();
            } else if (any && cust != customer) {
                close_customer();
            }
            any = true;
            category = std::move(cat);
            customer = std::move(cust);
            purchase_days.emplace_back(parse_date(q.getColumn(2).getString()));
        }
        if (any) {
            close_category();
        }
        return out;
    });
}

std::vector<TierSpendEvent> Customers::tier_spend_events(const std::string& customer_id) {
    return detail::guarded([&] {
        std::vector<TierSpendEvent> out;
        auto q = store_.database().connection().prepared(
            "SELECT created_at, created_at, tier_spend FROM receipts WHERE customer_id = ?1"
            " UNION ALL SELECT f.created_at, o.created_at, -f.tier_spend FROM refunds f"
            " JOIN receipts o ON o.id = f.receipt_id WHERE o.customer_id = ?1 ORDER BY 1");
        q->bind(1, customer_id);
        while (q->executeStep()) {
            out.push_back({parse_timestamp(q->getColumn(0).getString()).instant,
                           parse_timestamp(q->getColumn(1).getString()).instant,
                           Money::minor(q->getColumn(2).getInt64())});
        }
        return out;
    });
}

}  // namespace kassa::store
