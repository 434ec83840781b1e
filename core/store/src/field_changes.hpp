#pragma once
// Internal to kassa::store: edits that travel to the other tills (docs/sync.md, "Edits"). Every writer of a
// customer's personal fields, consent flags or erasure, or of a card's status or replacement, calls
// record_edit before its UPDATE, in its own transaction; a trigger refuses an edit that was not recorded
// while the file is a member, so a writer cannot forget. Outside membership nothing is recorded (joining
// sends the rows as they are then).

#include <optional>
#include <string>

#include "kassa/core/time.hpp"

namespace kassa::store::detail {

class Connection;

enum class EditEntity { customer, card };

struct Edit {
    EditEntity entity = EditEntity::customer;
    std::string key;          // the customer's id or the card's number
    std::string customer_id;  // the customer, or the card's holder
    const char* field = "";   // the column (or "erased"), as field_changes.field names it
    std::optional<std::string> value;
};

// Refuses an edit of an erased customer (or her card): an erasure wins over every edit, here as at every
// till. While the file records for sync, stamps the edit with the till's hybrid logical clock and writes its
// change row (queued for the push by a trigger). The caller holds the transaction.
void record_edit(Connection& db, const Edit& edit, const std::string& actor, Instant at);

// Records an owner's attribute of a customer set (or removed: nullopt) while the file records for sync: a
// write-once attribute_changes row stamped by the till's hybrid logical clock, queued by its trigger. Every
// till keeps the value of the greatest stamp of a customer's key (docs/sync.md, "Notes, attributes,
// complaints and the audit log"). The caller holds the transaction.
void record_attribute(Connection& db, const std::string& customer_id, const std::string& key,
                      const std::optional<std::string>& value, const std::string& actor, Instant at);

// An erased customer's personal values leave the change rows, the audit lines of lost edits and the
// conflicts that held them (the change rows stay, so every till still orders the edits the same way).
void scrub_edits(Connection& db, const std::string& customer_id);

// The fields whose values are personal data (blanked by an erasure).
bool personal_field(const std::string& field);

}  // namespace kassa::store::detail
