#pragma once
// Customers, their cards, consents and points corrections; what a quote needs about one.
// Reached through Store (store.hpp) over the shop file's one connection.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>
#include "kassa/core/quote.hpp"
#include "kassa/core/time.hpp"
#include "kassa/store/personal.hpp"

#include "kassa/store/store.hpp"

namespace kassa::store {

enum class ConsentKind { personal_data, sms, email };

struct Consents {
    bool personal_data = false;
    bool sms = false;
    bool email = false;
};

struct Enrolment {
    std::string first_name;
    std::string last_name;
    std::string phone;  // as typed; normalised to E.164
    std::string email;
    std::optional<std::chrono::year_month_day> birthday;
    Consents consents;
    std::string consent_source = "till";  // where consent was recorded (till, import, web)
    std::string card_number;              // optional: bind a card at once
    std::string referred_by;              // optional: the referrer's customer id
};

// A customer's name and contacts as a cashier or the owner corrects them (Customers::update_details).
struct CustomerDetails {
    std::string first_name;
    std::string last_name;
    std::string phone;  // as typed; normalised to E.164; empty: none
    std::string email;  // empty: none
    std::optional<std::chrono::year_month_day> birthday;
};

enum class CardStatus { active, blocked, lost };

struct Card {
    std::string number;
    CardStatus status = CardStatus::active;
    std::string issued_at;
};

struct Customer {
    std::string id;
    std::string first_name;
    std::string last_name;
    std::string phone;
    std::string email;
    std::optional<std::chrono::year_month_day> birthday;
    Consents consents;
    std::int64_t purchases_count = 0;
    Money spend_lifetime;
    std::optional<Instant> last_purchase_at;
    Points balance;  // cached; always equal to the ledger sum (db check)
    std::optional<int> birthday_used_year;
    std::vector<std::string> segments;
    std::vector<Card> cards;
};

// How a lookup ended when it did not find a customer, so the till can say the right sentence.
enum class LookupFailure { not_found, card_blocked, bank_card, invalid_input };

struct Lookup {
    std::optional<Customer> customer;
    std::optional<LookupFailure> failure;
    std::string sentence;  // for the cashier when customer is empty
};

// Threading: like the Store it works on, one thread at a time.
class Customers {
  public:
    explicit Customers(Store& store) : store_(store) {}

    // Throws StoreError(invalid) with a sentence for bad input (a bank card number, an unreadable phone,
    // a card already in use).
    // With `rules`, the bonus program's welcome points are credited as the customer's first lot.
    std::string enrol(const Enrolment& enrolment, Instant at, const CompiledRules* rules = nullptr);
    Lookup find_by_card(const std::string& scanned);
    Lookup find_by_phone(const std::string& typed);
    // Customers whose folded first or last name starts with `prefix`, at most `limit`: surname matches
    // first (by surname, then first name), then first-name matches (by first name, then surname).
    std::vector<Customer> search_by_name(const std::string& prefix, int limit = 20);
    std::optional<Customer> customer(const std::string& id);
    void bind_card(const CustomerId& customer_id, const std::string& card_number, Instant at);
    // The same, audited as `card.bind` by `actor` in the same transaction.
    void bind_card(const CustomerId& customer_id, const std::string& card_number, const Actor& actor,
                   Instant at);
    void block_card(const std::string& card_number, CardStatus status, const Actor& actor, Instant at);
    // A lost or blocked card's replacement: the new card belongs to the same customer and keeps the balance.
    void replace_card(const std::string& old_number, const std::string& new_number, const Actor& actor,
                      Instant at);
    void record_consent(const CustomerId& customer_id, ConsentKind kind, bool given,
                        const std::string& source, Instant at);
    // Writes the fields of `details` that differ from hers, audited as `customer.edit` with the names of the
    // fields changed; each travels to the other tills as an edit (docs/sync.md, "Edits"). Refuses an unknown
    // or erased customer, a phone that is not a number or is another customer's, personal details without
    // her consent to keep them, a text too long.
    void update_details(const CustomerId& customer_id, const CustomerDetails& details, const Actor& actor,
                        Instant at);

    // Everything the shop keeps about one customer, as a JSON document for the customer to take away:
    // personal data, consents with their history, cards, segments, the points ledger and the receipts.
    std::string export_customer(const std::string& customer_id);
    // Erases one customer's personal data (names, phone, email, birthday), withdraws every consent and
    // blocks the cards; sales and points stay, attached to the now anonymous customer. Audited.
    void erase_customer(const CustomerId& customer_id, const Actor& actor, Instant at);

    // What the engine needs about a customer for a quote at `now`.
    CustomerState quote_state(const std::string& customer_id, Instant now, const Rules& rules);
    // An owner's correction with a reason, audited. Positive points become a lot available at once (expiring
    // at `expires_at` when given); negative points are taken earliest-expiring first and are refused with a
    // sentence when the customer has fewer spendable points.
    void adjust_points(const CustomerId& customer_id, Points points, const std::string& reason,
                       const Actor& actor, Instant at, std::optional<Instant> expires_at = std::nullopt);
    // Puts a customer in or out of an owner-defined segment (staff, partner, ...), audited.
    void set_owner_segment(const CustomerId& customer_id, const std::string& segment, bool member,
                           const Actor& actor, Instant at);
    // What moved the customer's tier spend: her sales and the returns against them, oldest first
    // (kassa::tier_history turns them into her tier's history).
    std::vector<TierSpendEvent> tier_spend_events(const std::string& customer_id);
    // The customer's purchase cycle over all their receipts (kassa::median_gap_days).
    PurchaseCycle purchase_cycle(const std::string& customer_id);

  private:
    Store& store_;
};

// Normalises a phone number as typed to E.164 for the shop's region; nullopt when it is not a number.
std::optional<std::string> normalise_phone(const std::string& typed, const std::string& region);
// True when libphonenumber knows the ISO 3166 region ("EE", "LV"), so phones typed without + can be read.
bool phone_region_known(const std::string& region);
// Unicode case folding with Russian е/ё folded together, for name search.
std::string fold_name(const std::string& name);
// The card number in whatever a scanner sent: whitespace, an AIM prefix or track 2 sentinels removed.
std::string normalise_card_number(const std::string& scanned);

}  // namespace kassa::store
