#pragma once
// Internal to kassa::store: writing customers, their consents and cards, shared by enrolment at the till
// and the import of an existing customer list. Callers hold the transaction; failures throw StoreError.

#include <optional>
#include <string>

#include "kassa/store/customers.hpp"

namespace kassa::store::detail {

class Connection;

// Inserts the customer with a consent record of each kind and the card, if any; returns the new id.
// Refuses a phone that is not a number or already enrolled, personal details without consent, a bank card.
std::string insert_customer(Connection& db, const Enrolment& enrolment, Instant at,
                            const std::string& phone_region);
void insert_consent(Connection& db, const std::string& customer, ConsentKind kind, bool given,
                    const std::string& source, Instant at);
void insert_card(Connection& db, const std::string& customer, const std::string& number, Instant at);

// The E.164 form of a typed phone number without checking that the number exists (libphonenumber's
// validation is half the cost of a phone lookup). Only for looking up: every stored phone was validated
// when it was written, so an invalid number is simply not found. nullopt when it does not parse at all.
std::optional<std::string> phone_key(const std::string& typed, const std::string& region);

}  // namespace kassa::store::detail
