#pragma once
// The till's side of syncing with the central database (docs/sync.md): the membership, the outbox of rows
// this till wrote that the central has not acknowledged, the pull cursor, and applying the rows other tills
// wrote. The talking to PostgreSQL is kassa::central's (core/central); this area only reads and writes the
// shop file, so the SQLite SQL stays in the store.
//
// Rows cross as JSON objects whose keys are the column names of the shop file's tables (the central
// database's tables use the same names), so both sides agree on one list of columns per table.
//
// Threading: like the Store it works on, one thread at a time.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kassa/core/time.hpp"
#include "kassa/core/units.hpp"
#include "kassa/store/ids.hpp"
#include "kassa/store/store.hpp"

namespace kassa::store {

// A file's membership of a central database. The URL never carries the password: that is read from
// `password_file` (or libpq's PGPASSFILE when empty) at each sync.
struct Membership {
    std::string central_url;
    std::string password_file;
    std::string company_id;
    std::string shop_id;
    std::string till_id;
    std::string till_name;
    std::int64_t pull_cursor = 0;
};

// Up to a limit of the rows this till wrote that the central has not acknowledged, oldest first. Each row
// object carries "n", its place in the batch (1 for the first), so the central can number the rows in the
// order they were written; a receipt's lines and payments and a refund's lines come with it (without "n").
struct OutgoingBatch {
    std::int64_t last_seq = 0;  // acknowledge(last_seq) once the central has committed the batch
    std::int64_t rows = 0;      // rows with an "n"
    // Table name (customers, cards, consents, receipts, receipt_lines, payments, ledger, lots, lot_movements,
    // refunds, refund_lines, field_changes) and a JSON array of its rows, only for tables with rows in the
    // batch.
    std::vector<std::pair<std::string, std::string>> tables;
};

// A row another till wrote, as the central returns it: `table` as in OutgoingBatch (customers, cards,
// consents, ledger, lots, lot_movements or field_changes), `row` one JSON object, `till_id` the till that
// wrote it.
struct PulledRow {
    std::string table;
    std::string row;
    std::string till_id;
};

// What waits in the outbox, as the till's status line counts it: the sales (receipts) and every other row
// (customers, cards, consents, ledger entries, lots and their movements, refunds).
struct Waiting {
    std::int64_t sales = 0;
    std::int64_t other = 0;
};

struct PullApplied {
    std::int64_t rows = 0;       // rows written to the file (a row already here is not written again)
    std::int64_t conflicts = 0;  // conflicts found and kept in the list
};

// concurrent_edit: the same field of a customer or a card changed at two tills that did not see each
// other's change (docs/sync.md, "Edits").
// coupon_reused: one single-use coupon used at two tills that did not see each other's use (both sales
// stand; docs/sync.md, "Coupons"). opposite_merge: two customers merged into each other the opposite way
// round at two tills (subject the merge that won at every till, other the one that lost).
enum class SyncConflictKind {
    overdrawn_lot,
    phone_taken,
    card_taken,
    concurrent_edit,
    coupon_reused,
    opposite_merge
};

// coupon_reused: one of the two uses, as the till that made it wrote it.
struct ConflictCouponUse {
    std::string receipt_id;
    std::int64_t receipt_number = 0;  // the receipt's number at the till that sold it
    Money discount;                   // what the coupon took off that receipt
};

// A customer a conflict is about, as the owner recognises her.
struct ConflictCustomer {
    std::string id;
    std::string first_name;
    std::string last_name;
    std::string phone;        // E.164, empty when she has none
    std::string card;         // her first active card, empty when she has none
    std::string merged_into;  // not empty once she was merged into another customer
};

// How a conflict was settled.
enum class ConflictResolution { open, dealt_with, merged };

// A conflict a pull found: two tills did something to the same thing without seeing each other.
struct SyncConflict {
    std::int64_t id = 0;  // the number the owner marks it by
    SyncConflictKind kind = SyncConflictKind::overdrawn_lot;
    std::string subject;      // the lot, the phone or the card number; concurrent_edit: the customer or card
    std::string other;        // the ledger entry that overdrew, or the customer the pulled row belongs to;
                              // concurrent_edit: the field (first_name, phone, sms_consent, status...)
    std::int64_t points = 0;  // overdrawn_lot: the points the lot did not have
    Instant found_at;
    // overdrawn_lot: the lot's owner; phone_taken and card_taken: the customer who has the phone or the card
    // in this file. Empty when she cannot be found any more.
    std::optional<ConflictCustomer> customer;
    // phone_taken and card_taken: the customer pulled from the other till (the `other` id).
    std::optional<ConflictCustomer> pulled;
    ConflictResolution resolution = ConflictResolution::open;
    std::optional<Instant> resolved_at;
    std::string resolved_by;
    // concurrent_edit: the value every till keeps (the later stamp's) and the one that lost (also in the
    // audit log); nullopt for no value, or for a personal value erased since with its customer.
    std::optional<std::string> kept;
    std::optional<std::string> lost;
    // coupon_reused (subject: the code; customer: the coupon's holder when it was issued to one): the use
    // made first and the one after it, by their time and id, so every till lists the pair alike.
    std::optional<ConflictCouponUse> first_use;
    std::optional<ConflictCouponUse> second_use;
    // What the conflict is, computed alike at every till that finds it: a mark made at one till settles the
    // conflicts of the same identity at the others (docs/sync.md, "Conflicts").
    std::string identity;
};

class SyncLog {
  public:
    explicit SyncLog(Store& store) : store_(store) {}

    [[nodiscard]] std::optional<Membership> membership();
    // Makes the file a member and queues its whole history (customers, cards, consents, receipts, the ledger,
    // lots and their movements, refunds) for the first push, in one transaction. Joining again as the same
    // till (after a failed registration at the central) changes nothing; another till or shop is refused.
    // Texts are bounded (text_too_long: central_url, password_file, till_name).
    void join(const Membership& membership, Instant at);

    // The oldest rows not yet acknowledged, at most `limit` (with their lines). An empty batch has rows 0.
    [[nodiscard]] OutgoingBatch next_batch(int limit);
    // The central committed every row up to `last_seq`: they leave the outbox.
    void acknowledge(std::int64_t last_seq, Instant at);
    // How many rows wait to be pushed.
    [[nodiscard]] std::int64_t waiting();
    // The same, the sales counted apart (one read of the outbox).
    [[nodiscard]] Waiting waiting_by_kind();

    // Writes `rows` (in the central's order) and moves the pull cursor to `cursor`, in one transaction: both
    // or neither. Rows already in the file are skipped; balances of the customers touched are refreshed.
    PullApplied apply_pulled(const std::vector<PulledRow>& rows, std::int64_t cursor, Instant at);

    // The conflicts found, oldest first: the open ones, or all with `include_settled`.
    [[nodiscard]] std::vector<SyncConflict> conflicts(bool include_settled = false);
    // The owner marks an open conflict as dealt with, audited as conflict.dealt_with. The mark is a row that
    // travels (a member pushes it): every till settles its open conflicts of the same identity when it pulls
    // it, and so does this one. Refused with no_such_conflict for a number that is not an open conflict, and
    // text_too_long for a name of who did it longer than TextField::actor allows.
    void mark_dealt_with(std::int64_t conflict_id, const Actor& actor, Instant at);

  private:
    Store& store_;
};

}  // namespace kassa::store
