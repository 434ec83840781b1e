#pragma once
// The customer card at the till (issue 9): everything the shop knows of the identified customer, and the
// few things the cashier writes on it: a note, an attribute the owner defined (size, colours), a complaint
// and its goodwill credit. Opened from the till session for the customer on the panel.
//
// Threading rule: one thread at a time (the GUI thread), like the session it comes from.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kassa/store/customers.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/till/session.hpp"

namespace kassa::till {

// A step of her tier history: from `at` on she was at `level` (empty: below the first level).
struct TierChange {
    Instant at;
    std::string level;
    Money spend;
};

class CustomerCard {
  public:
    // The session (its store, rules, clock and logged-in cashier) must outlive the card.
    CustomerCard(TillSession& session, store::Store& store, const Rules& rules, const Clock& clock,
                 store::Customer customer);

    [[nodiscard]] const store::Customer& customer() const { return customer_; }
    // Whether the customer allowed the shop to keep personal data: notes and attributes need it.
    [[nodiscard]] bool personal_data_allowed() const;
    // Her phone as people read it in this shop (store::phone_for_people with the shop's phone country);
    // empty when she left none.
    [[nodiscard]] std::string phone_shown();

    // Each throws StoreError with a sentence when the file fails.
    store::CustomerHistory history(int ledger_limit = 50);
    std::vector<store::ReceiptView> purchases(int limit = 20);
    store::PurchaseCycle cycle();
    // Her tier over time under the shop's tiers programme (empty without one, or when she never reached a
    // level).
    std::vector<TierChange> tier_history();
    // A programme by the name the owner gave it in the rules (its id when the current rules lack it or it
    // has no name): the card names the programmes of her ledger and stamps with it.
    [[nodiscard]] std::string program_name(const std::string& id) const;
    // The active cashiers' names by id: notes and attributes name who wrote them (an id is Kassa's key).
    std::map<std::string, std::string> cashier_names();

    // Writes by the logged-in cashier. Refused (StoreError invalid, with a sentence) without personal-data
    // consent or for empty text.
    void add_note(const std::string& text);
    void set_attribute(const std::string& key, const std::string& value);

    // A forgotten or worn card: a new card scanned at the till is bound to her too (her points are hers,
    // not the card's). Refused (StoreError invalid, with a sentence) for a bank card or a card in use.
    void bind_card(const std::string& scanned);

    // A complaint against one of her receipts (by number, 0 for none) or against her. A points credit needs
    // the owner: Outcome::needs_owner / owner_pin_wrong like every owner action, then the credit is written
    // as a ledger adjust entry naming the complaint. On ok `detail` is the complaint's id.
    Notice record_complaint(const std::string& reason, store::ComplaintResolution resolution, Points credit,
                            std::int64_t receipt_number, const std::string& owner_pin = {});

  private:
    // The logged-in cashier's id; StoreError (invalid) when nobody is logged in.
    [[nodiscard]] std::string actor() const;

    TillSession& session_;
    store::Store& store_;
    const Rules& rules_;
    const Clock& clock_;
    store::Customer customer_;
};

}  // namespace kassa::till
