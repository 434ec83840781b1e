#pragma once
// Internal to kassa::store: writing customers, their consents and cards, shared by enrolment at the till
// and the import of an existing customer list. Callers hold the transaction; failures throw StoreError.

#include <string>

#include "kassa/store/store.hpp"

namespace SQLite {
class Database;
}

namespace kassa::store::detail {

// Inserts the customer with a consent record of each kind and the card, if any; returns the new id.
// Refuses a phone that is not a number or already enrolled, personal details without consent, a bank card.
std::string insert_customer(SQLite::Database& db, const Enrolment& enrolment, Instant at,
                            const std::string& phone_region);
void insert_consent(SQLite::Database& db, const std::string& customer, ConsentKind kind, bool given,
                    const std::string& source, Instant at);
void insert_card(SQLite::Database& db, const std::string& customer, const std::string& number, Instant at);

}  // namespace kassa::store::detail
