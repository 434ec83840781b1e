#include "kassa/store/store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <tuple>

#include "catalog_writer.hpp"
#include "connection.hpp"
#include "customer_writer.hpp"
#include "field_changes.hpp"
#include "guarded.hpp"
#include "kassa/core/cards.hpp"
#include "kassa/core/hlc.hpp"
#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/phone_keys.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "ledger_writer.hpp"
#include "rules_select.hpp"
#include "shop_settings.hpp"

namespace kassa::store {

using detail::guarded;
using detail::refused;

namespace {

using detail::iso;

Instant parse_iso(const std::string& text) {
    return parse_timestamp(text).instant;
}

const char* card_status_name(CardStatus s) {
    switch (s) {
        case CardStatus::blocked:
            return "blocked";
        case CardStatus::lost:
            return "lost";
        case CardStatus::active:
            break;
    }
    return "active";
}

CardStatus card_status_from(const std::string& s) {
    if (s == "blocked") {
        return CardStatus::blocked;
    }
    if (s == "lost") {
        return CardStatus::lost;
    }
    return CardStatus::active;
}

const char* consent_name(ConsentKind kind) {
    switch (kind) {
        case ConsentKind::sms:
            return "sms";
        case ConsentKind::email:
            return "email";
        case ConsentKind::personal_data:
            break;
    }
    return "personal_data";
}

std::optional<std::string> optional_text(const SQLite::Column& c) {
    return c.isNull() ? std::nullopt : std::optional<std::string>(c.getString());
}

}  // namespace

Store::Store(const std::string& path, Database::Mode mode) : db_(std::make_unique<Database>(path, mode)) {}
Store::~Store() = default;

ShopConfig Store::shop() {
    return ShopConfig(*this);
}
ShopRules Store::rules() {
    return ShopRules(*this);
}
Catalog Store::catalog() {
    return Catalog(*this);
}
Customers Store::customers() {
    return Customers(*this);
}
Sales Store::sales() {
    return Sales(*this);
}
Staff Store::staff() {
    return Staff(*this);
}
Baskets Store::baskets() {
    return Baskets(*this);
}
PersonalService Store::personal() {
    return PersonalService(*this);
}
Maintenance Store::maintenance() {
    return Maintenance(*this);
}

void Store::set_id_source(std::unique_ptr<IdSource> source) {
    db_->connection().set_ids(std::move(source));
}

void Store::set_full_durability(bool full) {
    guarded(
        [&] { db_->connection().exec(full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL"); });
}

// ---- settings and rules --------------------------------------------------------------------------------

ShopSettings ShopConfig::settings() {
    return guarded([&] {
        ShopSettings s;
        SQLite::Statement q(store_.database().connection(), "SELECT key, value FROM settings");
        while (q.executeStep()) {
            const std::string key = q.getColumn(0).getString();
            const std::string value = q.getColumn(1).getString();
            if (key == "name") {
                s.name = value;
            } else if (key == "currency") {
                s.currency = value;
            } else if (key == "time_zone") {
                s.time_zone = value;
            } else if (key == "phone_country") {
                s.phone_country = value;
            } else if (key == "language") {
                s.language = value;
            } else if (key == "receipt_header") {
                s.receipt_header = value;
            } else if (key == "printer_url") {
                s.printer_url = value;
            } else if (key == "printer_profile") {
                s.printer_profile = value;
            } else if (key == "receipt_logo") {
                s.receipt_logo = value;
            } else if (key == "drawer_pin") {
                s.drawer_pin = value;
            } else if (key == "cash_movement_limit") {
                // Written by write_settings as an integer; anything else (a hand edit) keeps the default.
                std::int64_t minor = 0;
                const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), minor);
                if (ec == std::errc() && end == value.data() + value.size() && minor >= 0) {
                    s.cash_movement_limit = Money::minor(minor);
                }
            } else if (key == "sync_interval_seconds") {
                // The same: a value out of range keeps the default, so the till syncs at a sane pace.
                int seconds = 0;
                const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
                if (ec == std::errc() && end == value.data() + value.size() &&
                    seconds >= kSyncIntervalMinSeconds && seconds <= kSyncIntervalMaxSeconds) {
                    s.sync_interval_seconds = seconds;
                }
            }
        }
        return s;
    });
}

namespace {

void write_settings(detail::Connection& db, const ShopSettings& s) {
    check_text_length(TextField::shop_name, s.name);
    check_text_length(TextField::receipt_header, s.receipt_header);
    check_text_length(TextField::printer_url, s.printer_url);
    check_text_length(TextField::printer_profile, s.printer_profile);
    check_text_length(TextField::receipt_logo, s.receipt_logo);
    for (const std::string* code :
         {&s.currency, &s.time_zone, &s.phone_country, &s.language, &s.drawer_pin}) {
        check_text_length(TextField::setting_code, *code);
    }
    if (!printer_url_usable(s.printer_url)) {
        throw SettingsError({{SettingsIssue::Problem::printer_url_unusable, s.printer_url}});
    }
    for (const auto& [key, value] :
         std::vector<std::pair<const char*, const std::string*>>{{"name", &s.name},
                                                                 {"currency", &s.currency},
                                                                 {"time_zone", &s.time_zone},
                                                                 {"phone_country", &s.phone_country},
                                                                 {"language", &s.language},
                                                                 {"receipt_header", &s.receipt_header},
                                                                 {"printer_url", &s.printer_url},
                                                                 {"printer_profile", &s.printer_profile},
                                                                 {"receipt_logo", &s.receipt_logo},
                                                                 {"drawer_pin", &s.drawer_pin}}) {
        detail::put_shop_setting(db, key, *value);
    }
    detail::put_shop_setting(db, "cash_movement_limit", std::to_string(s.cash_movement_limit.minor_units()));
    detail::put_shop_setting(db, "sync_interval_seconds", std::to_string(s.sync_interval_seconds));
}

}  // namespace

void ShopConfig::save_settings(const ShopSettings& s) {
    guarded([&] {
        SQLite::Transaction t(store_.database().connection(), SQLite::TransactionBehavior::IMMEDIATE);
        write_settings(store_.database().connection(), s);
        t.commit();
    });
}

void ShopConfig::save_settings(const ShopSettings& s, const Actor& actor, const std::string& details,
                               Instant at) {
    guarded([&] {
        SQLite::Transaction t(store_.database().connection(), SQLite::TransactionBehavior::IMMEDIATE);
        write_settings(store_.database().connection(), s);
        detail::audit(store_.database().connection(), at, actor, "settings_changed", "shop", details);
        t.commit();
    });
}

std::optional<std::pair<std::int64_t, std::string>> ShopRules::current_rules() {
    return guarded([&]() -> std::optional<std::pair<std::int64_t, std::string>> {
        SQLite::Statement q(store_.database().connection(),
                            std::string("SELECT id, document") + detail::kCurrentRulesFrom);
        if (!q.executeStep()) {
            return std::nullopt;
        }
        return std::make_pair(q.getColumn(0).getInt64(), q.getColumn(1).getString());
    });
}

std::optional<std::int64_t> ShopRules::current_rules_version() {
    return guarded([&]() -> std::optional<std::int64_t> {
        SQLite::Statement q(store_.database().connection(),
                            std::string("SELECT id") + detail::kCurrentRulesFrom);
        if (!q.executeStep()) {
            return std::nullopt;
        }
        return q.getColumn(0).getInt64();
    });
}

namespace {

const char* scope_name(RulesScope scope) {
    switch (scope) {
        case RulesScope::company:
            return "company";
        case RulesScope::shop:
            return "shop";
        case RulesScope::till:
            break;
    }
    return "till";
}

RulesScope scope_of(const std::string& name) {
    return name == "company" ? RulesScope::company : name == "shop" ? RulesScope::shop : RulesScope::till;
}

}  // namespace

std::int64_t ShopRules::save_rules(const std::string& document, const Actor& author,
                                   const std::string& summary, Instant at, RulesScope scope) {
    return guarded([&] {
        auto& db = store_.database().connection();
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        // The version's stamp: after every stamp this till made or saw (its edits' clock when it is a
        // member) and after every version it knows, so the version saved last here is the newest here, and
        // one saved after seeing another till's version is newer than that one everywhere.
        std::optional<std::string> shop_id;
        HybridLogicalClock clock(detail::kLocalRulesTill);
        bool member = false;
        {
            auto m = db.prepared("SELECT till_id, hlc_wall, hlc_counter, shop_id FROM sync_membership");
            if (m->executeStep()) {
                member = true;
                clock = HybridLogicalClock(m->getColumn(0).getString(), m->getColumn(1).getInt64(),
                                           m->getColumn(2).getInt64());
                shop_id = m->getColumn(3).getString();
            }
        }
        if (!member) {
            if (scope == RulesScope::shop) {
                detail::refused(StoreProblem::shop_rules_need_office);
            }
            scope = RulesScope::till;
        } else if (scope == RulesScope::till) {
            scope = RulesScope::company;  // a member's versions are the company's unless said otherwise
        }
        {
            auto newest = db.prepared("SELECT max(hlc) FROM rules_versions");
            if (newest->executeStep() && !newest->getColumn(0).isNull()) {
                if (const auto stamp = parse_hlc(newest->getColumn(0).getString())) {
                    clock.observe(*stamp, at);
                }
            }
        }
        const HlcStamp stamp = clock.tick(at);
        if (member) {
            auto save = db.prepared("UPDATE sync_membership SET hlc_wall = ?, hlc_counter = ?");
            save->bind(1, clock.wall());
            save->bind(2, clock.counter());
            save->exec();
        }
        auto insert = db.prepared(
            "INSERT INTO rules_versions(created_at, author, summary, document, uid, scope, shop_id, hlc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        insert->bind(1, iso(at));
        insert->bind(2, author);
        insert->bind(3, summary);
        insert->bind(4, document);
        insert->bind(5, db.new_id());
        insert->bind(6, scope_name(scope));
        if (scope == RulesScope::shop) {
            insert->bind(7, *shop_id);
        } else {
            insert->bind(7);
        }
        insert->bind(8, format_hlc(stamp));
        insert->exec();
        const std::int64_t id = db.getLastInsertRowid();
        detail::audit(db, at, author, "rules.save", std::to_string(id),
                      scope == RulesScope::shop ? "this shop only: " + summary : summary);
        t.commit();
        return id;
    });
}

std::vector<RulesVersion> ShopRules::rules_history() {
    return guarded([&] {
        std::vector<RulesVersion> out;
        SQLite::Statement q(store_.database().connection(),
                            "SELECT id, created_at, author, summary, uid, scope, till_id IS NOT NULL "
                            "FROM rules_versions ORDER BY hlc DESC, id DESC");
        while (q.executeStep()) {
            RulesVersion v;
            v.id = q.getColumn(0).getInt64();
            v.saved_at = parse_timestamp(q.getColumn(1).getString()).instant;
            v.author = q.getColumn(2).getString();
            v.summary = q.getColumn(3).getString();
            v.uid = q.getColumn(4).getString();
            v.scope = scope_of(q.getColumn(5).getString());
            v.pulled = q.getColumn(6).getInt() == 1;
            out.push_back(std::move(v));
        }
        return out;
    });
}

std::optional<std::string> ShopRules::rules_document(std::int64_t version) {
    return guarded([&]() -> std::optional<std::string> {
        SQLite::Statement q(store_.database().connection(),
                            "SELECT document FROM rules_versions WHERE id = ?");
        q.bind(1, version);
        if (!q.executeStep()) {
            return std::nullopt;
        }
        return q.getColumn(0).getString();
    });
}

// ---- catalog -------------------------------------------------------------------------------------------

namespace detail {

std::int64_t write_product(detail::Connection& db, const Product& p, const std::vector<std::string>& barcodes,
                           StockAndState stock, BarcodeOwner barcodes_owner) {
    check_text_length(TextField::product_sku, p.sku);
    check_text_length(TextField::product_name, p.name);
    check_text_length(TextField::product_category, p.category);
    for (const auto& code : barcodes) {
        check_text_length(TextField::barcode, code);
    }
    const bool overwrite = stock == StockAndState::overwrite;
    SQLite::Statement upsert(
        db, overwrite
                ? "INSERT INTO products(sku, name, category, price, min_price, by_weight, stock, active) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sku) DO UPDATE SET name = excluded.name, "
                  "category = excluded.category, price = excluded.price, min_price = excluded.min_price, "
                  "by_weight = excluded.by_weight, stock = excluded.stock, active = excluded.active"
                : "INSERT INTO products(sku, name, category, price, min_price, by_weight) "
                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sku) DO UPDATE SET name = excluded.name, "
                  "category = excluded.category, price = excluded.price, min_price = excluded.min_price, "
                  "by_weight = excluded.by_weight");
    upsert.bind(1, p.sku);
    upsert.bind(2, p.name);
    upsert.bind(3, p.category);
    upsert.bind(4, p.price.minor_units());
    if (p.min_price) {
        upsert.bind(5, p.min_price->minor_units());
    }
    upsert.bind(6, p.by_weight ? 1 : 0);
    if (overwrite) {
        if (p.stock) {
            upsert.bind(7, *p.stock);
        }
        upsert.bind(8, p.active ? 1 : 0);
    }
    upsert.exec();
    SQLite::Statement id_of(db, "SELECT id FROM products WHERE sku = ?");
    id_of.bind(1, p.sku);
    id_of.executeStep();
    const std::int64_t id = id_of.getColumn(0).getInt64();
    write_search_keys(db, id, p.name, p.sku);
    SQLite::Statement barcode(db, barcodes_owner == BarcodeOwner::move_to_this_product
                                      ? "INSERT INTO product_barcodes(barcode, product_id) VALUES (?, ?) "
                                        "ON CONFLICT(barcode) DO UPDATE SET product_id = excluded.product_id"
                                      : "INSERT INTO product_barcodes(barcode, product_id) VALUES (?, ?)");
    for (const auto& code : barcodes) {
        barcode.bind(1, code);
        barcode.bind(2, id);
        barcode.exec();
        barcode.reset();
    }
    return id;
}

void move_stock(Connection& db, const std::string& sku, Quantity qty, int direction) {
    const std::int64_t pieces = (qty.thousandths() + Quantity::kOnePiece / 2) / Quantity::kOnePiece;
    auto q = db.prepared(
        "UPDATE products SET stock = stock + ?1 * CASE by_weight WHEN 1 THEN ?2 ELSE ?3 END "
        "WHERE sku = ?4 AND stock IS NOT NULL");
    q->bind(1, direction);
    q->bind(2, qty.thousandths());
    q->bind(3, pieces);
    q->bind(4, sku);
    q->exec();
}

}  // namespace detail

std::int64_t Catalog::upsert_product(const Product& p) {
    return guarded([&] {
        if (p.sku.empty()) {
            refused(StoreProblem::product_sku_missing);
        }
        if (p.price.minor_units() < 0 ||
            (p.min_price && (p.min_price->minor_units() < 0 || *p.min_price > p.price))) {
            refused(StoreProblem::product_price_invalid, {p.sku});
        }
        SQLite::Transaction t(store_.database().connection(), SQLite::TransactionBehavior::IMMEDIATE);
        const std::int64_t id = detail::write_product(store_.database().connection(), p, p.barcodes,
                                                      detail::StockAndState::overwrite,
                                                      detail::BarcodeOwner::move_to_this_product);
        t.commit();
        return id;
    });
}

namespace detail {

const char* const kProductColumns =
    "p.id, p.sku, p.name, p.category, p.price, p.min_price, p.by_weight, p.stock, p.active";

Product read_product(detail::Connection& db, SQLite::Statement& q) {
    Product p;
    p.id = q.getColumn(0).getInt64();
    p.sku = q.getColumn(1).getString();
    p.name = q.getColumn(2).getString();
    p.category = q.getColumn(3).getString();
    p.price = Money::minor(q.getColumn(4).getInt64());
    if (!q.getColumn(5).isNull()) {
        p.min_price = Money::minor(q.getColumn(5).getInt64());
    }
    p.by_weight = q.getColumn(6).getInt() != 0;
    if (!q.getColumn(7).isNull()) {
        p.stock = q.getColumn(7).getInt64();
    }
    p.active = q.getColumn(8).getInt() != 0;
    auto codes = db.prepared("SELECT barcode FROM product_barcodes WHERE product_id = ? ORDER BY barcode");
    codes->bind(1, p.id);
    while (codes->executeStep()) {
        p.barcodes.push_back(codes->getColumn(0).getString());
    }
    return p;
}

}  // namespace detail

std::optional<Product> Catalog::product_by_barcode(const std::string& barcode) {
    return guarded([&]() -> std::optional<Product> {
        static const std::string sql = std::string("SELECT ") + detail::kProductColumns +
                                       " FROM product_barcodes b JOIN products p ON p.id = b.product_id "
                                       "WHERE b.barcode = ?";
        auto q = store_.database().connection().prepared(sql);
        q->bind(1, barcode);
        if (!q->executeStep()) {
            return std::nullopt;
        }
        return detail::read_product(store_.database().connection(), *q);
    });
}

std::optional<Product> Catalog::product_by_sku(const std::string& sku) {
    return guarded([&]() -> std::optional<Product> {
        static const std::string sql =
            std::string("SELECT ") + detail::kProductColumns + " FROM products p WHERE p.sku = ?";
        auto q = store_.database().connection().prepared(sql);
        q->bind(1, sku);
        if (!q->executeStep()) {
            return std::nullopt;
        }
        return detail::read_product(store_.database().connection(), *q);
    });
}

// ---- customers ---------------------------------------------------------------------------------------

namespace detail {

void insert_consent(detail::Connection& db, const std::string& customer, ConsentKind kind, bool given,
                    const std::string& source, Instant at) {
    SQLite::Statement q(db,
                        "INSERT INTO consents(customer_id, kind, given, at, source) VALUES (?, ?, ?, ?, ?)");
    q.bind(1, customer);
    q.bind(2, consent_name(kind));
    q.bind(3, given ? 1 : 0);
    q.bind(4, iso(at));
    q.bind(5, source);
    q.exec();
}

void insert_card(detail::Connection& db, const std::string& customer, const std::string& number, Instant at) {
    check_text_length(TextField::card_number, number);
    if (is_payment_card_number(number)) {
        // Never stored, never echoed: the sentence does not repeat the digits.
        refused(StoreProblem::bank_card);
    }
    SQLite::Statement existing(db, "SELECT customer_id FROM cards WHERE number = ?");
    existing.bind(1, number);
    if (existing.executeStep()) {
        refused(StoreProblem::card_taken, {number});
    }
    SQLite::Statement q(
        db, "INSERT INTO cards(number, customer_id, status, issued_at) VALUES (?, ?, 'active', ?)");
    q.bind(1, number);
    q.bind(2, customer);
    q.bind(3, iso(at));
    q.exec();
}

std::string insert_customer(detail::Connection& db, const Enrolment& e, Instant at,
                            const std::string& phone_region) {
    check_text_length(TextField::first_name, e.first_name);
    check_text_length(TextField::last_name, e.last_name);
    check_text_length(TextField::email, e.email);
    check_text_length(TextField::phone, e.phone);
    check_text_length(TextField::card_number, e.card_number);
    std::optional<std::string> phone;
    if (!e.phone.empty()) {
        phone = normalise_phone(e.phone, phone_region);
        if (!phone) {
            refused(StoreProblem::not_a_phone, {e.phone});
        }
    }
    const bool personal = e.consents.personal_data;
    if (!personal &&
        (!e.first_name.empty() || !e.last_name.empty() || phone || !e.email.empty() || e.birthday)) {
        // Without consent to keep personal data only an anonymous card is kept.
        refused(StoreProblem::consent_needed);
    }
    const std::string card = normalise_card_number(e.card_number);
    if (phone) {
        SQLite::Statement dup(db, "SELECT id FROM customers WHERE phone = ?");
        dup.bind(1, *phone);
        if (dup.executeStep()) {
            refused(StoreProblem::phone_taken, {*phone});
        }
    }
    const std::string id = db.new_id();
    SQLite::Statement q(
        db,
        "INSERT INTO customers(id, first_name, last_name, first_folded, last_folded, phone, email, "
        "birthday, created_at, referred_by, personal_consent, sms_consent, email_consent) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, id);
    q.bind(2, e.first_name);
    q.bind(3, e.last_name);
    q.bind(4, fold_name(e.first_name));
    q.bind(5, fold_name(e.last_name));
    if (phone) {
        q.bind(6, *phone);
    }
    if (!e.email.empty()) {
        q.bind(7, e.email);
    }
    if (e.birthday) {
        q.bind(8, format_date(*e.birthday));
    }
    q.bind(9, iso(at));
    if (!e.referred_by.empty()) {
        q.bind(10, e.referred_by);
    }
    q.bind(11, personal ? 1 : 0);
    q.bind(12, e.consents.sms ? 1 : 0);
    q.bind(13, e.consents.email ? 1 : 0);
    q.exec();
    insert_consent(db, id, ConsentKind::personal_data, personal, e.consent_source, at);
    insert_consent(db, id, ConsentKind::sms, e.consents.sms, e.consent_source, at);
    insert_consent(db, id, ConsentKind::email, e.consents.email, e.consent_source, at);
    if (!card.empty()) {
        insert_card(db, id, card, at);
    }
    return id;
}

}  // namespace detail

std::string Customers::enrol(const Enrolment& e, Instant at, const CompiledRules* rules) {
    return guarded([&] {
        const std::string region = store_.shop().settings().phone_country;
        SQLite::Transaction t(store_.database().connection(), SQLite::TransactionBehavior::IMMEDIATE);
        const std::string id = detail::insert_customer(store_.database().connection(), e, at, region);
        if (rules) {
            const auto language =
                language_from_string(store_.shop().settings().language).value_or(rules->rules().language);
            if (const auto welcome = enrolment_points(*rules, at, language)) {
                detail::add_lot(store_.database().connection(), id, "accrue", welcome->points.value(),
                                welcome->available_at, welcome->expires_at, {}, welcome->program,
                                welcome->text, detail::kActorEnrolment, at);
                detail::refresh_balance(store_.database().connection(), id);
            }
        }
        t.commit();
        return id;
    });
}

namespace {

// A customer's row, which carries her cards and segments folded in (char(31) between fields, char(30) between
// rows; migration 6 and its triggers): one row read per lookup, the same pages a bare read of her row takes.
// They are put in order in read_customer.
#define KASSA_CUSTOMER_COLUMNS                                                                           \
    "c.id, c.first_name, c.last_name, c.phone, c.email, c.birthday, c.personal_consent, c.sms_consent, " \
    "c.email_consent, c.purchases_count, c.spend_lifetime, c.last_purchase_at, c.balance_cached, "       \
    "c.birthday_used_year, c.cards_folded, c.segments_folded"
constexpr int kCustomerColumnCount = 16;

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    if (text.empty()) {
        return parts;
    }
    std::size_t from = 0;
    for (;;) {
        const auto to = text.find(separator, from);
        parts.push_back(text.substr(from, to == std::string::npos ? std::string::npos : to - from));
        if (to == std::string::npos) {
            return parts;
        }
        from = to + 1;
    }
}

// The customer in the columns from `first` on (KASSA_CUSTOMER_COLUMNS).
Customer read_customer(SQLite::Statement& q, int first = 0) {
    auto col = [&](int i) { return q.getColumn(first + i); };
    Customer c;
    c.id = col(0).getString();
    c.first_name = col(1).getString();
    c.last_name = col(2).getString();
    c.phone = optional_text(col(3)).value_or("");
    c.email = optional_text(col(4)).value_or("");
    if (const auto b = optional_text(col(5))) {
        c.birthday = parse_date(*b);
    }
    c.consents = Consents{col(6).getInt() != 0, col(7).getInt() != 0, col(8).getInt() != 0};
    c.purchases_count = col(9).getInt64();
    c.spend_lifetime = Money::minor(col(10).getInt64());
    if (const auto last = optional_text(col(11))) {
        c.last_purchase_at = parse_iso(*last);
    }
    c.balance = Points::of(col(12).getInt64());
    if (!col(13).isNull()) {
        c.birthday_used_year = col(13).getInt();
    }
    for (const auto& card : split(optional_text(col(14)).value_or(""), '\x1e')) {
        const auto fields = split(card, '\x1f');
        if (fields.size() == 3) {
            c.cards.push_back(Card{fields[0], card_status_from(fields[1]), fields[2]});
        }
    }
    // Oldest card first (a replacement after the card it replaced), segments by name.
    std::sort(c.cards.begin(), c.cards.end(), [](const Card& a, const Card& b) {
        return std::tie(a.issued_at, a.number) < std::tie(b.issued_at, b.number);
    });
    c.segments = split(optional_text(col(15)).value_or(""), '\x1e');
    std::sort(c.segments.begin(), c.segments.end());
    return c;
}

std::optional<Customer> customer_by_id(detail::Connection& db, const std::string& id) {
    auto q = db.prepared("SELECT " KASSA_CUSTOMER_COLUMNS " FROM customers c WHERE c.id = ?");
    q->bind(1, id);
    if (!q->executeStep()) {
        return std::nullopt;
    }
    return read_customer(*q);
}

// The shop's phone region, read on every phone lookup (one indexed row) so a change by another program is
// seen at once.
std::string phone_region(detail::Connection& db) {
    auto q = db.prepared("SELECT value FROM settings WHERE key = 'phone_country'");
    return q->executeStep() ? q->getColumn(0).getString() : ShopSettings{}.phone_country;
}

}  // namespace

std::optional<Customer> Customers::customer(const std::string& id) {
    return guarded([&] { return customer_by_id(store_.database().connection(), id); });
}

Lookup Customers::find_by_card(const std::string& scanned) {
    return guarded([&] {
        Lookup result;
        const std::string number = normalise_card_number(scanned);
        if (number.empty()) {
            result.failure = LookupFailure::invalid_input;
            result.sentence = "The card could not be read: scan it again.";
            return result;
        }
        if (is_payment_card_number(number)) {
            result.failure = LookupFailure::bank_card;
            result.sentence = "This is a bank card, not a loyalty card.";
            return result;
        }
        auto q = store_.database().connection().prepared(
            "SELECT " KASSA_CUSTOMER_COLUMNS
            ", k.status FROM cards k JOIN customers c ON c.id = k.customer_id "
            "WHERE k.number = ?");
        q->bind(1, number);
        if (!q->executeStep()) {
            result.failure = LookupFailure::not_found;
            result.sentence =
                "Card " + number + " is not registered: enrol the customer or try the phone number.";
            return result;
        }
        if (q->getColumn(kCustomerColumnCount).getString() != "active") {
            result.failure = LookupFailure::card_blocked;
            result.sentence =
                "Card " + number + " is blocked: find the customer by phone and issue a new card.";
            return result;
        }
        result.customer = read_customer(*q);
        return result;
    });
}

Lookup Customers::find_by_phone(const std::string& typed) {
    return guarded([&] {
        Lookup result;
        auto& db = store_.database().connection();
        const std::string region = phone_region(db);
        const auto found_under = [&](const std::string& key) {
            auto q = db.prepared("SELECT " KASSA_CUSTOMER_COLUMNS " FROM customers c WHERE c.phone = ?");
            q->bind(1, key);
            if (!q->executeStep()) {
                return false;
            }
            result.customer = read_customer(*q);
            return true;
        };
        // The key read straight off the usual forms first: parsing costs as much as the lookup itself.
        const auto direct = direct_phone_key(typed, region);
        if (direct && found_under(*direct)) {
            return result;
        }
        if (const auto key = detail::phone_key(typed, region); key && key != direct && found_under(*key)) {
            return result;
        }
        // Not found: only now is it worth asking whether the number exists, for the right sentence.
        const auto phone = normalise_phone(typed, region);
        if (!phone) {
            result.failure = LookupFailure::invalid_input;
            result.sentence = "\"" + typed + "\" is not a phone number.";
            return result;
        }
        result.failure = LookupFailure::not_found;
        result.sentence = "No customer has the phone " + *phone + ".";
        return result;
    });
}

std::vector<Customer> Customers::search_by_name(const std::string& prefix, int limit) {
    return guarded([&] {
        std::vector<Customer> found;
        const std::string folded = fold_name(prefix);
        if (folded.empty() || limit <= 0) {
            return found;
        }
        auto& db = store_.database().connection();
        // Each folded column's index is walked in its own order from the prefix and stops after `limit` rows:
        // [prefix, prefix + U+10FFFF) holds every name that starts with it. Nothing is sorted, so the cost
        // stays the same however many customers share a common name. Surname matches come first, by surname
        // and first name; then first-name matches, by first name and surname; someone matching both, once.
        const std::string upper = folded + "\xF4\x8F\xBF\xBF";
        std::vector<std::string> ids;
        for (const char* sql : {"SELECT " KASSA_CUSTOMER_COLUMNS
                                " FROM customers c WHERE c.last_folded >= ?1 AND c.last_folded < ?2 AND "
                                "c.erased_at IS NULL AND c.merged_into IS NULL "
                                "ORDER BY c.last_folded, c.first_folded LIMIT ?3",
                                "SELECT " KASSA_CUSTOMER_COLUMNS
                                " FROM customers c WHERE c.first_folded >= ?1 AND c.first_folded < ?2 AND "
                                "c.erased_at IS NULL AND c.merged_into IS NULL "
                                "ORDER BY c.first_folded, c.last_folded LIMIT ?3"}) {
            auto q = db.prepared(sql);
            q->bind(1, folded);
            q->bind(2, upper);
            q->bind(3, limit);
            while (static_cast<int>(found.size()) < limit && q->executeStep()) {
                std::string id = q->getColumn(0).getString();
                if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
                    found.push_back(read_customer(*q));
                    ids.push_back(std::move(id));
                }
            }
        }
        return found;
    });
}

void Customers::bind_card(const CustomerId& customer_id, const std::string& card_number, Instant at) {
    guarded([&] {
        SQLite::Transaction t(store_.database().connection(), SQLite::TransactionBehavior::IMMEDIATE);
        detail::insert_card(store_.database().connection(), customer_id, normalise_card_number(card_number),
                            at);
        t.commit();
    });
}

void Customers::bind_card(const CustomerId& customer_id, const std::string& card_number, const Actor& actor,
                          Instant at) {
    guarded([&] {
        const std::string number = normalise_card_number(card_number);
        SQLite::Transaction t(store_.database().connection(), SQLite::TransactionBehavior::IMMEDIATE);
        detail::insert_card(store_.database().connection(), customer_id, number, at);
        detail::audit(store_.database().connection(), at, actor, "card.bind", customer_id, number);
        t.commit();
    });
}

void Customers::block_card(const std::string& card_number, CardStatus status, const Actor& actor,
                           Instant at) {
    guarded([&] {
        auto& db = store_.database().connection();
        const std::string number = normalise_card_number(card_number);
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        std::string holder;
        {
            auto owner = db.prepared("SELECT customer_id FROM cards WHERE number = ?");
            owner->bind(1, number);
            if (!owner->executeStep()) {
                refused(StoreProblem::card_not_registered, {card_number});
            }
            holder = owner->getColumn(0).getString();
        }
        detail::record_edit(db,
                            detail::Edit{detail::EditEntity::card, number, holder, "status",
                                         std::string(card_status_name(status))},
                            actor, at);
        SQLite::Statement q(db, "UPDATE cards SET status = ? WHERE number = ?");
        q.bind(1, card_status_name(status));
        q.bind(2, number);
        q.exec();
        detail::audit(store_.database().connection(), at, actor, "card.status", card_number,
                      card_status_name(status));
        t.commit();
    });
}

void Customers::replace_card(const std::string& old_number, const std::string& new_number, const Actor& actor,
                             Instant at) {
    guarded([&] {
        const std::string old_card = normalise_card_number(old_number);
        const std::string new_card = normalise_card_number(new_number);
        SQLite::Transaction t(store_.database().connection(), SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement owner(store_.database().connection(),
                                "SELECT customer_id FROM cards WHERE number = ?");
        owner.bind(1, old_card);
        if (!owner.executeStep()) {
            refused(StoreProblem::card_not_registered, {old_card});
        }
        const std::string customer_id = owner.getColumn(0).getString();
        owner.reset();
        // The balance lives on the customer, not the card: the new card sees it at once.
        detail::insert_card(store_.database().connection(), customer_id, new_card, at);
        {
            SQLite::Statement status(store_.database().connection(),
                                     "SELECT status FROM cards WHERE number = ?");
            status.bind(1, old_card);
            status.executeStep();
            if (status.getColumn(0).getString() == "active") {
                detail::record_edit(store_.database().connection(),
                                    detail::Edit{detail::EditEntity::card, old_card, customer_id, "status",
                                                 std::string("lost")},
                                    actor, at);
            }
        }
        detail::record_edit(
            store_.database().connection(),
            detail::Edit{detail::EditEntity::card, old_card, customer_id, "replaced_by", new_card}, actor,
            at);
        SQLite::Statement retire(
            store_.database().connection(),
            "UPDATE cards SET status = CASE status WHEN 'active' THEN 'lost' ELSE status END, "
            "replaced_by = ? WHERE number = ?");
        retire.bind(1, new_card);
        retire.bind(2, old_card);
        retire.exec();
        detail::audit(store_.database().connection(), at, actor, "card.replace", old_card, new_card);
        t.commit();
    });
}

void Customers::record_consent(const CustomerId& customer_id, ConsentKind kind, bool given,
                               const std::string& source, Instant at) {
    guarded([&] {
        SQLite::Transaction t(store_.database().connection(), SQLite::TransactionBehavior::IMMEDIATE);
        detail::insert_consent(store_.database().connection(), customer_id, kind, given, source, at);
        const char* column = kind == ConsentKind::sms     ? "sms_consent"
                             : kind == ConsentKind::email ? "email_consent"
                                                          : "personal_consent";
        // The flag travels as an edit (the consent row travels as the history); the source is the actor.
        detail::record_edit(store_.database().connection(),
                            detail::Edit{detail::EditEntity::customer, customer_id, customer_id, column,
                                         std::string(given ? "1" : "0")},
                            source, at);
        SQLite::Statement q(store_.database().connection(),
                            std::string("UPDATE customers SET ") + column + " = ? WHERE id = ?");
        q.bind(1, given ? 1 : 0);
        q.bind(2, customer_id);
        if (q.exec() == 0) {
            refused(StoreProblem::no_such_customer);
        }
        if (kind == ConsentKind::personal_data && !given) {
            // Notes and attributes were kept under this consent only (docs/personal.md): they go with it.
            for (const char* sql : {"DELETE FROM customer_notes WHERE customer_id = ?",
                                    "DELETE FROM customer_attributes WHERE customer_id = ?"}) {
                SQLite::Statement drop(store_.database().connection(), sql);
                drop.bind(1, customer_id);
                drop.exec();
            }
        }
        t.commit();
    });
}

void Customers::update_details(const CustomerId& customer_id, const CustomerDetails& details,
                               const Actor& actor, Instant at) {
    check_text_length(TextField::first_name, details.first_name);
    check_text_length(TextField::last_name, details.last_name);
    check_text_length(TextField::email, details.email);
    check_text_length(TextField::phone, details.phone);
    guarded([&] {
        const std::string region = store_.shop().settings().phone_country;
        std::optional<std::string> phone;
        if (!details.phone.empty()) {
            phone = normalise_phone(details.phone, region);
            if (!phone) {
                refused(StoreProblem::not_a_phone, {details.phone});
            }
        }
        const auto text = [](const std::string& v) { return v.empty() ? std::nullopt : std::optional(v); };
        const std::pair<const char*, std::optional<std::string>> wanted[] = {
            {"first_name", details.first_name},
            {"last_name", details.last_name},
            {"phone", phone},
            {"email", text(details.email)},
            {"birthday", details.birthday ? std::optional(format_date(*details.birthday)) : std::nullopt}};
        auto& db = store_.database().connection();
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        std::vector<std::pair<const char*, std::optional<std::string>>> edits;
        {
            SQLite::Statement now(db,
                                  "SELECT first_name, last_name, phone, email, birthday, personal_consent, "
                                  "erased_at IS NOT NULL FROM customers WHERE id = ?");
            now.bind(1, customer_id.value());
            if (!now.executeStep()) {
                refused(StoreProblem::no_such_customer);
            }
            if (now.getColumn(6).getInt() == 1) {
                refused(StoreProblem::customer_gone_or_erased);
            }
            for (int i = 0; i < 5; ++i) {
                const auto column = now.getColumn(i);
                const std::optional<std::string> old =
                    column.isNull() ? std::nullopt : std::optional(column.getString());
                // An empty name is no name: the columns hold '' where the others hold NULL.
                const std::optional<std::string> value =
                    i < 2 ? std::optional(wanted[i].second.value_or("")) : wanted[i].second;
                if (old != value) {
                    edits.emplace_back(wanted[i].first, value);
                }
            }
            const bool personal = now.getColumn(5).getInt() == 1;
            const bool any = !details.first_name.empty() || !details.last_name.empty() || phone ||
                             !details.email.empty() || details.birthday;
            if (!personal && any) {
                refused(StoreProblem::consent_needed);
            }
        }
        if (edits.empty()) {
            return;
        }
        if (phone) {
            SQLite::Statement dup(db, "SELECT 1 FROM customers WHERE phone = ? AND id <> ?");
            dup.bind(1, *phone);
            dup.bind(2, customer_id.value());
            if (dup.executeStep()) {
                refused(StoreProblem::phone_taken, {*phone});
            }
        }
        std::string changed;
        for (const auto& [field, value] : edits) {
            detail::record_edit(
                db, detail::Edit{detail::EditEntity::customer, customer_id, customer_id, field, value}, actor,
                at);
            SQLite::Statement q(db, std::string("UPDATE customers SET ") + field + " = ? WHERE id = ?");
            if (value) {
                q.bind(1, *value);
            } else {
                q.bind(1);
            }
            q.bind(2, customer_id.value());
            q.exec();
            changed += (changed.empty() ? "" : " ") + std::string(field);
        }
        SQLite::Statement fold(db, "UPDATE customers SET first_folded = ?, last_folded = ? WHERE id = ?");
        fold.bind(1, fold_name(details.first_name));
        fold.bind(2, fold_name(details.last_name));
        fold.bind(3, customer_id.value());
        fold.exec();
        detail::audit(db, at, actor, "customer.edit", customer_id, changed);
        t.commit();
    });
}

// ---- quote state -----------------------------------------------------------------------------------------

CustomerState Customers::quote_state(const std::string& customer_id, Instant now, const Rules& rules) {
    return guarded([&] {
        CustomerState s;
        auto& db = store_.database().connection();
        std::int64_t balance = 0;
        {
            // What the engine needs and nothing else (no names, contacts or cards): one row.
            auto q = db.prepared(
                "SELECT c.birthday, c.purchases_count, c.spend_lifetime, c.last_purchase_at, "
                "c.birthday_used_year, "
                "coalesce(c.referred_by, ''), c.balance_cached, c.segments_folded FROM customers c WHERE "
                "c.id = ?");
            q->bind(1, customer_id);
            if (!q->executeStep()) {
                refused(StoreProblem::no_such_customer);
            }
            s.id = customer_id;
            if (const auto b = optional_text(q->getColumn(0))) {
                s.birthday = parse_date(*b);
            }
            s.purchases_count = q->getColumn(1).getInt64();
            s.spend_lifetime = Money::minor(q->getColumn(2).getInt64());
            if (const auto last = optional_text(q->getColumn(3))) {
                s.last_purchase_at = parse_iso(*last);
            }
            if (!q->getColumn(4).isNull()) {
                s.birthday_used_year = q->getColumn(4).getInt();
            }
            s.referred_by = q->getColumn(5).getString();
            balance = q->getColumn(6).getInt64();
            s.segments = split(optional_text(q->getColumn(7)).value_or(""), '\x1e');
            std::sort(s.segments.begin(), s.segments.end());
        }
        s.lots = detail::open_lots(db, customer_id);
        // Earned points taken back after they were spent leave the ledger below what the lots hold (a
        // negative balance); the engine sees that debt as a lot that takes it off the available balance.
        std::int64_t in_lots = 0;
        for (const auto& lot : s.lots) {
            in_lots += lot.points.value();
        }
        const std::int64_t debt = in_lots - balance;
        if (debt > 0) {
            s.lots.push_back(Lot{"debt", Points::of(-debt), Instant{0}, std::nullopt, 0});
        }
        {
            auto stamps = db.prepared("SELECT program, max(count, 0) FROM stamps WHERE customer_id = ?");
            stamps->bind(1, customer_id);
            while (stamps->executeStep()) {
                s.stamps.emplace_back(stamps->getColumn(0).getString(), stamps->getColumn(1).getInt64());
            }
        }
        // Rolling tier spend: what the window's receipts added to the tier (non-excluded net less points).
        int window_days = 365;
        for (const auto& p : rules.programs) {
            if (const auto* t = std::get_if<TierSettings>(&p.settings)) {
                window_days = t->window_days;
            }
        }
        auto window = db.prepared(
            "SELECT coalesce(sum(r.tier_spend), 0) - coalesce((SELECT sum(f.tier_spend) FROM refunds f "
            "JOIN receipts o ON o.id = f.receipt_id WHERE o.customer_id = ?1 AND o.created_at >= ?2), 0) "
            "FROM receipts r WHERE r.customer_id = ?1 AND r.created_at >= ?2");
        window->bind(1, customer_id);
        window->bind(2, iso(Instant{now.unix_seconds - std::int64_t{window_days} * 86400}));
        window->executeStep();
        s.spend_window = Money::minor(window->getColumn(0).getInt64());
        return s;
    });
}

}  // namespace kassa::store
