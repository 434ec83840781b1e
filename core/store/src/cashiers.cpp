// Cashiers and their PINs: Argon2id hashes (libsodium, interactive limits), a lockout after five wrong PINs
// in a row, the owner's approval, and the audit entries of what the till approved.

#include <SQLiteCpp/SQLiteCpp.h>
#include <sodium.h>

#include <algorithm>
#include <array>

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
#include "kassa/sys/zoneinfo.hpp"
#include "ledger_writer.hpp"

namespace kassa::store {

using detail::guarded;
using detail::refused;

namespace {

using detail::iso;

constexpr int kMaxWrongPins = 5;
constexpr std::int64_t kLockSeconds = 5 * 60;

void check_pin_shape(const std::string& pin) {
    const bool digits = std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || pin.size() < 4 || pin.size() > 8) {
        refused(StoreProblem::pin_format);
    }
}

std::string base64(const unsigned char* bytes, std::size_t size) {
    constexpr int kVariant = sodium_base64_VARIANT_ORIGINAL_NO_PADDING;
    std::string out(sodium_base64_ENCODED_LEN(size, kVariant), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes, size, kVariant);
    out.resize(out.find('\0'));
    return out;
}

// The string crypto_pwhash_str would store ($argon2id$v=19$m=65536,t=2,p=1$salt$hash), made with
// crypto_pwhash so the salt comes from the Store's id source: a seeded demo shop then repeats byte for byte,
// and a real shop's salts come from libsodium's random source as crypto_pwhash_str's would.
// crypto_pwhash_str_verify reads it (tested).
std::string hash_pin(detail::Connection& db, const std::string& pin) {
    if (sodium_init() < 0) {
        throw StoreError(FailureKind::other, "This computer gives Kassa no random numbers: call support.");
    }
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    for (std::size_t i = 0; i < salt.size(); i += 8) {
        const std::uint64_t bits = db.ids().next();
        for (std::size_t b = 0; b < 8 && i + b < salt.size(); ++b) {
            salt[i + b] = static_cast<unsigned char>(bits >> (8 * b));
        }
    }
    std::array<unsigned char, 32> hash{};  // crypto_pwhash_str's own length
    constexpr auto ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    constexpr auto mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash(hash.data(), hash.size(), pin.data(), pin.size(), salt.data(), ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw StoreError(FailureKind::other,
                         "The computer is out of memory: the PIN was not saved. Close other "
                         "programs and try again.");
    }
    // v=19 is Argon2 version 1.3, the only one crypto_pwhash_ALG_ARGON2ID13 computes.
    return std::string(crypto_pwhash_STRPREFIX) + "v=19$m=" + std::to_string(mem / 1024) +
           ",t=" + std::to_string(ops) + ",p=1$" + base64(salt.data(), salt.size()) + "$" +
           base64(hash.data(), hash.size());
}

bool pin_matches(const std::string& stored, const std::string& pin) {
    if (sodium_init() < 0) {
        return false;
    }
    return crypto_pwhash_str_verify(stored.c_str(), pin.data(), pin.size()) == 0;
}

const char* role_name(Role role) {
    return role == Role::owner ? "owner" : "cashier";
}

struct CashierRow {
    Cashier cashier;
    std::string pin_hash;
    int failed = 0;
    std::optional<Instant> locked_until;

    [[nodiscard]] bool locked_at(Instant at) const { return locked_until && at < *locked_until; }
};

constexpr const char* kCashierColumns = "id, name, role, active, pin_hash, failed_attempts, locked_until";

CashierRow read_cashier(SQLite::Statement& q) {
    CashierRow row;
    row.cashier.id = q.getColumn(0).getString();
    row.cashier.name = q.getColumn(1).getString();
    row.cashier.role = q.getColumn(2).getString() == "owner" ? Role::owner : Role::cashier;
    row.cashier.active = q.getColumn(3).getInt() != 0;
    row.pin_hash = q.getColumn(4).getString();
    row.failed = q.getColumn(5).getInt();
    if (!q.getColumn(6).isNull()) {
        row.locked_until = parse_timestamp(q.getColumn(6).getString()).instant;
    }
    return row;
}

std::optional<CashierRow> cashier_row(detail::Connection& db, const std::string& id) {
    static const std::string sql = std::string("SELECT ") + kCashierColumns + " FROM cashiers WHERE id = ?";
    auto q = db.prepared(sql);
    q->bind(1, id);
    if (!q->executeStep()) {
        return std::nullopt;
    }
    return read_cashier(*q);
}

// 14:05 in the shop's zone, the clock the cashier looks at.
ProblemClock wall_clock(detail::Connection& db, Instant at) {
    std::string zone_name = "UTC";
    {
        auto q = db.prepared("SELECT value FROM settings WHERE key = 'time_zone'");
        if (q->executeStep()) {
            zone_name = q->getColumn(0).getString();
        }
    }
    std::int32_t seconds = 0;
    try {
        seconds = sys::load_time_zone(zone_name)->to_local(at).seconds_of_day;
    } catch (const std::exception&) {
        // An unknown zone in the settings must not keep a cashier from hearing when the lock ends.
        seconds = FixedOffsetZone(0).to_local(at).seconds_of_day;
    }
    const int minutes = static_cast<int>(seconds / 60);
    return {minutes / 60 % 24, minutes % 60};
}

// A refusal of a PIN check: its reason for the screen, its English sentence for the audit log.
void refuse_pin(PinCheck& out, StoreProblem problem, std::vector<ProblemValue> values = {}) {
    out.refusal = {problem, std::move(values)};
    out.sentence = english_sentence(out.refusal);
}

void locked(PinCheck& out, detail::Connection& db, Instant until) {
    refuse_pin(out, StoreProblem::pin_locked, {wall_clock(db, until), std::int64_t{kMaxWrongPins}});
}

void wrong(PinCheck& out, int left) {
    refuse_pin(out, StoreProblem::pin_wrong, {std::int64_t{left}});
}

// Records one attempt on `id` inside the caller's transaction, against the row as it is now (another till
// may have counted an attempt since the PIN was checked). Returns the outcome for this cashier.
PinCheck record_attempt(detail::Connection& db, const std::string& id, bool right, Instant at) {
    PinCheck out;
    const auto row = cashier_row(db, id);
    if (!row) {
        out.outcome = PinCheck::Outcome::unknown;
        return out;
    }
    out.cashier = row->cashier;
    if (row->locked_at(at)) {
        out.outcome = PinCheck::Outcome::locked;
        out.locked_until = row->locked_until;
        locked(out, db, *row->locked_until);
        return out;
    }
    auto update = db.prepared("UPDATE cashiers SET failed_attempts = ?, locked_until = ? WHERE id = ?");
    if (right) {
        update->bind(1, 0);
        update->bind(2);  // NULL: any lock that ran out is over
        out.outcome = PinCheck::Outcome::ok;
    } else {
        // An expired lock already reset the count when it was set, so five more tries follow it.
        const int failed = row->failed + 1;
        if (failed >= kMaxWrongPins) {
            const Instant until{at.unix_seconds + kLockSeconds};
            update->bind(1, 0);
            update->bind(2, iso(until));
            out.outcome = PinCheck::Outcome::locked;
            out.locked_until = until;
            locked(out, db, until);
        } else {
            update->bind(1, failed);
            update->bind(2);
            out.outcome = PinCheck::Outcome::wrong;
            out.attempts_left = kMaxWrongPins - failed;
            wrong(out, out.attempts_left);
        }
    }
    update->bind(3, id);
    update->exec();
    return out;
}

const char* outcome_name(PinCheck::Outcome outcome) {
    switch (outcome) {
        case PinCheck::Outcome::ok:
            return "ok";
        case PinCheck::Outcome::wrong:
            return "wrong";
        case PinCheck::Outcome::locked:
            return "locked";
        case PinCheck::Outcome::unknown:
            break;
    }
    return "unknown";
}

}  // namespace

std::string Staff::add_cashier(const std::string& name, Role role, const std::string& pin, const Actor& actor,
                               Instant at) {
    return guarded([&] {
        if (name.empty()) {
            refused(StoreProblem::cashier_name_missing);
        }
        check_text_length(TextField::cashier_name, name);
        check_pin_shape(pin);
        auto& db = store_.database().connection();
        // Hashing takes a tenth of a second: done before the transaction, so no sale waits for it.
        const std::string hash = hash_pin(db, pin);
        const std::string id = db.new_id();
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement insert(db, "INSERT INTO cashiers(id, name, role, pin_hash) VALUES (?, ?, ?, ?)");
        insert.bind(1, id);
        insert.bind(2, name);
        insert.bind(3, role_name(role));
        insert.bind(4, hash);
        insert.exec();
        detail::audit(db, at, actor, "cashier.add", id, name + " (" + role_name(role) + ")");
        t.commit();
        return id;
    });
}

void Staff::set_pin(const CashierId& cashier_id, const std::string& pin, const Actor& actor, Instant at) {
    guarded([&] {
        check_pin_shape(pin);
        auto& db = store_.database().connection();
        if (!cashier_row(db, cashier_id)) {
            refused(StoreProblem::no_such_cashier);
        }
        const std::string hash = hash_pin(db, pin);
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        // A new PIN also lifts a lock: the owner who sets it has checked who is at the till.
        SQLite::Statement update(
            db, "UPDATE cashiers SET pin_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?");
        update.bind(1, hash);
        update.bind(2, cashier_id);
        if (update.exec() == 0) {
            refused(StoreProblem::no_such_cashier);
        }
        detail::audit(db, at, actor, "cashier.set_pin", cashier_id, "");
        t.commit();
    });
}

std::vector<Cashier> Staff::cashiers() {
    return guarded([&] {
        std::vector<Cashier> out;
        static const std::string sql =
            std::string("SELECT ") + kCashierColumns +
            " FROM cashiers WHERE active = 1 ORDER BY role = 'owner' DESC, name, id";
        auto q = store_.database().connection().prepared(sql);
        while (q->executeStep()) {
            out.push_back(read_cashier(*q).cashier);
        }
        return out;
    });
}

PinCheck Staff::check_pin(const CashierId& cashier_id, const std::string& pin, Instant at) {
    return guarded([&] {
        auto& db = store_.database().connection();
        PinCheck out;
        const auto row = cashier_row(db, cashier_id);
        if (!row || !row->cashier.active) {
            out.outcome = PinCheck::Outcome::unknown;
            refuse_pin(out, row ? StoreProblem::cashier_switched_off : StoreProblem::cashier_unknown);
        } else if (row->locked_at(at)) {
            // Not even checked: a locked account gives no hint whether a PIN is right.
            out.outcome = PinCheck::Outcome::locked;
            out.cashier = row->cashier;
            out.locked_until = row->locked_until;
            locked(out, db, *row->locked_until);
        } else {
            const bool right = pin_matches(row->pin_hash, pin);
            SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
            out = record_attempt(db, cashier_id, right, at);
            detail::audit(db, at, cashier_id, std::string("pin.") + outcome_name(out.outcome), cashier_id,
                          out.sentence);
            t.commit();
            return out;
        }
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        detail::audit(db, at, cashier_id, std::string("pin.") + outcome_name(out.outcome), cashier_id,
                      out.sentence);
        t.commit();
        return out;
    });
}

PinCheck Staff::check_owner_pin(const std::string& pin, Instant at) {
    return guarded([&] {
        auto& db = store_.database().connection();
        std::vector<CashierRow> owners;
        {
            static const std::string sql =
                std::string("SELECT ") + kCashierColumns +
                " FROM cashiers WHERE active = 1 AND role = 'owner' ORDER BY name, id";
            auto q = db.prepared(sql);
            while (q->executeStep()) {
                owners.push_back(read_cashier(*q));
            }
        }
        PinCheck out;
        std::vector<const CashierRow*> open;
        for (const auto& o : owners) {
            if (!o.locked_at(at)) {
                open.push_back(&o);
            }
        }
        // Each open owner's PIN is checked before the transaction (a tenth of a second each).
        const CashierRow* match = nullptr;
        for (const auto* o : open) {
            if (pin_matches(o->pin_hash, pin)) {
                match = o;
                break;
            }
        }
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (owners.empty()) {
            out.outcome = PinCheck::Outcome::unknown;
            refuse_pin(out, StoreProblem::no_owner);
        } else if (match) {
            out = record_attempt(db, match->cashier.id, true, at);
        } else {
            // A wrong PIN counts against every owner it was tried on; the answer is the most hopeful one.
            std::optional<Instant> earliest;
            for (const auto& o : owners) {
                if (o.locked_at(at) && (!earliest || *o.locked_until < *earliest)) {
                    earliest = o.locked_until;
                }
            }
            out.outcome = PinCheck::Outcome::locked;
            for (const auto* o : open) {
                const PinCheck one = record_attempt(db, o->cashier.id, false, at);
                detail::audit(db, at, o->cashier.id, std::string("pin.") + outcome_name(one.outcome),
                              o->cashier.id, "owner approval: " + one.sentence);
                if (one.outcome == PinCheck::Outcome::wrong) {
                    out.outcome = PinCheck::Outcome::wrong;
                    out.attempts_left = std::max(out.attempts_left, one.attempts_left);
                } else if (one.locked_until && (!earliest || *one.locked_until < *earliest)) {
                    earliest = one.locked_until;
                }
            }
            if (out.outcome == PinCheck::Outcome::wrong) {
                wrong(out, out.attempts_left);
            } else {
                out.locked_until = earliest;
                locked(out, db, *earliest);
            }
        }
        const std::string subject = out.cashier ? out.cashier->id : "";
        detail::audit(db, at, subject.empty() ? "till" : subject,
                      std::string("owner_pin.") + outcome_name(out.outcome), subject, out.sentence);
        t.commit();
        return out;
    });
}

void Staff::audit(const Actor& actor, const std::string& action, const std::string& subject,
                  const std::string& details, Instant at) {
    guarded([&] {
        if (actor.empty() || action.empty()) {
            refused(StoreProblem::audit_entry_incomplete);
        }
        auto& db = store_.database().connection();
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        detail::audit(db, at, actor, action, subject, details);
        t.commit();
    });
}

}  // namespace kassa::store
