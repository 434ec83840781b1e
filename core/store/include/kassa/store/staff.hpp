#pragma once
// Cashiers and owners, their PINs (Argon2id, never stored or logged) and the audit log.
// Reached through Store (store.hpp) over the shop file's one connection.

#include <optional>
#include <string>
#include <vector>
#include "kassa/core/time.hpp"

#include "kassa/store/store.hpp"

namespace kassa::store {

// ---- cashiers ----
enum class Role { cashier, owner };

struct Cashier {
    std::string id;
    std::string name;
    Role role = Role::cashier;
    bool active = true;
};

struct PinCheck {
    enum class Outcome { ok, wrong, locked, unknown } outcome = Outcome::unknown;
    std::optional<Cashier> cashier;
    int attempts_left = 0;                // after a wrong PIN
    std::optional<Instant> locked_until;  // when locked
    // Why not ok, with its values (attempts left; the lock's end on the shop's wall clock): the screen words
    // it in its language.
    StoreRefusal refusal;
    // The same in English, for the audit log and kassactl ("Wrong PIN: 2 attempts left.").
    std::string sentence;
};

// Threading: like the Store it works on, one thread at a time.
class Staff {
  public:
    explicit Staff(Store& store) : store_(store) {}

    // PIN: 4 to 8 digits, else StoreError(invalid) with a sentence. Audited.
    std::string add_cashier(const std::string& name, Role role, const std::string& pin, const Actor& actor,
                            Instant at);
    void set_pin(const CashierId& cashier_id, const std::string& pin, const Actor& actor, Instant at);
    std::vector<Cashier> cashiers();  // active ones, owners first then by name
    // 5 wrong PINs in a row lock the account for 5 minutes (from `at`); a right PIN resets the count; a
    // locked account refuses even the right PIN until then. Every outcome is audited (no PIN in the audit).
    PinCheck check_pin(const CashierId& cashier_id, const std::string& pin, Instant at);
    // The owner's approval for an owner-only action: any active owner whose PIN matches (same lockout per
    // owner: a wrong PIN counts against every owner it was tried on).
    PinCheck check_owner_pin(const std::string& pin, Instant at);
    // An audit entry for an action the till approved (owner-approved line removal, return without receipt,
    // cancelled basket with its reason, settings).
    void audit(const Actor& actor, const std::string& action, const std::string& subject,
               const std::string& detail, Instant at);

  private:
    Store& store_;
};

}  // namespace kassa::store
