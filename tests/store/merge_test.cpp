// Merging two customers (docs/sync.md, "Conflicts"): one person enrolled twice. Everything of the one merged
// away moves to the one kept, her balance is the sum of both ledgers, the file stays sound, the merge is
// audited and written once, and bad requests are refused with their typed problem.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>

#include "boutique_shop.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/merges.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/problem.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/sync_log.hpp"
#include "kassa/store/text_limits.hpp"

using namespace kassa;
using kassa::testing::at;
using kassa::testing::BoutiqueShop;

namespace {

const Instant kNow = at("2026-11-25T16:00:00+02:00");

std::int64_t count(store::Store& s, const std::string& sql, const std::string& id) {
    SQLite::Statement q(s.database().sql(), sql);
    q.bind(1, id);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

std::int64_t ledger_sum(store::Store& s, const std::string& id) {
    return count(s, "SELECT coalesce(sum(points), 0) FROM ledger WHERE customer_id = ?", id);
}

// Olga enrolled a second time as "Olga Ivanova" with another card and her e-mail, with a history of her own:
// a sale, points, a note, an attribute, a complaint, a segment, stamps and a coupon.
struct Duplicate : BoutiqueShop {
    std::string twin;
    std::string receipt;

    Duplicate() {
        store::Enrolment e;
        e.first_name = "Olga";
        e.last_name = "Ivanova";
        e.phone = "5555 0001";
        e.email = "olga@example.com";
        e.consents = store::Consents{true, false, true};
        e.card_number = "2000000000022";
        twin = store.customers().enrol(e, at("2026-06-01T12:00:00+02:00"), &rules);
        store::Sale sale;
        sale.receipt_id = store::new_id();
        sale.customer_id = twin;
        sale.card_number = "2000000000022";
        sale.cashier_id = anna;
        sale.at = at("2026-11-20T12:00:00+02:00");
        sale.shift_id = shift;
        sale.lines = {store::SaleLine{
            "DRESS-0412", "Linen dress", "dresses", Money::minor(7990), Quantity::pieces(1), {}, false}};
        sale.payments = {store::PaymentLine{store::PaymentLine::Method::cash, Money::minor(7990)}};
        receipt = sale.receipt_id;
        REQUIRE(store.sales().commit_sale(sale, rules).quote.totals.points_earned.value() > 0);
        store.personal().add_note(store::CustomerId{twin}, "prefers linen", store::Actor{maria}, kNow);
        store.personal().set_attribute(store::CustomerId{twin}, "size", "38", store::Actor{maria}, kNow);
        store.personal().set_attribute(store::CustomerId{olga}, "size", "40", store::Actor{maria}, kNow);
        store.personal().set_attribute(store::CustomerId{twin}, "colour", "blue", store::Actor{maria}, kNow);
        store::ComplaintRequest complaint;
        complaint.customer_id = twin;
        complaint.reason = "a loose button";
        complaint.actor = maria;
        complaint.at = kNow;
        store.personal().record_complaint(complaint);
        store.customers().set_owner_segment(store::CustomerId{twin}, "friends", true, store::Actor{maria},
                                            kNow);
        auto& db = store.database().sql();
        // Stamps are movements (a trigger sums them into the count).
        SQLite::Statement stamps(
            db,
            "INSERT INTO stamp_movements(id, customer_id, program, change, at) VALUES (?, ?, "
            "'coffee', ?, '2026-11-20T10:00:00Z')");
        stamps.bind(1, store::new_id());
        stamps.bind(2, twin);
        stamps.bind(3, 3);
        stamps.exec();
        stamps.reset();
        stamps.bind(1, store::new_id());
        stamps.bind(2, olga);
        stamps.bind(3, 2);
        stamps.exec();
        SQLite::Statement coupon(
            db,
            "INSERT INTO coupons(code, program, customer_id, created_at) VALUES ('C-1', 'welcome', ?, ?)");
        coupon.bind(1, twin);
        coupon.bind(2, "2026-11-20T10:00:00Z");
        coupon.exec();
    }
};

}  // namespace

TEST_CASE("Merging two customers moves everything of one to the other and her balance is both ledgers",
          "[store][merge]") {
    Duplicate shop;
    const std::int64_t olga_points = ledger_sum(shop.store, shop.olga);
    const std::int64_t twin_points = ledger_sum(shop.store, shop.twin);
    REQUIRE(olga_points > 0);
    REQUIRE(twin_points > 0);
    const std::int64_t twin_entries =
        count(shop.store, "SELECT count(*) FROM ledger WHERE customer_id = ?", shop.twin);

    const store::MergeResult result = store::CustomerMerges(shop.store)
                                          .merge(store::CustomerId{shop.olga}, store::CustomerId{shop.twin},
                                                 store::Actor{shop.maria}, kNow);

    CHECK(result.cards == 1);
    CHECK(result.receipts == 1);
    CHECK(result.ledger_entries == twin_entries);
    CHECK(result.balance.value() == olga_points + twin_points);
    const auto olga = shop.store.customers().customer(shop.olga);
    REQUIRE(olga);
    CHECK(olga->balance.value() == olga_points + twin_points);
    CHECK(olga->cards.size() == 2);
    CHECK(olga->email == "olga@example.com");  // she had none: the duplicate's
    CHECK(olga->phone == "+37251234567");      // hers stays
    CHECK(olga->purchases_count == 1);
    CHECK(olga->consents.email);  // the duplicate's consent was the latest of its kind
    CHECK(std::find(olga->segments.begin(), olga->segments.end(), "friends") != olga->segments.end());
    // Her card and her lookup by either card or by the duplicate's phone: the kept customer.
    CHECK(shop.store.customers().find_by_card("2000000000022").customer->id == shop.olga);
    CHECK(!shop.store.customers().find_by_phone("5555 0001").customer);  // the phone was freed
    CHECK(shop.store.customers().search_by_name("Ivanova").size() == 1);
    for (const char* table :
         {"cards", "ledger", "lots", "receipts", "consents", "customer_notes", "complaints",
          "customer_segments", "stamps", "stamp_movements", "coupons", "customer_attributes"}) {
        INFO(table);
        CHECK(count(shop.store, std::string("SELECT count(*) FROM ") + table + " WHERE customer_id = ?",
                    shop.twin) == 0);
    }
    CHECK(count(shop.store, "SELECT count FROM stamps WHERE customer_id = ?", shop.olga) == 5);
    // An attribute both had keeps the kept customer's value; the other's is in the audit.
    const auto attributes = shop.store.personal().attributes(shop.olga);
    REQUIRE(attributes.size() == 2);
    CHECK(attributes[0].key == "colour");
    CHECK(attributes[1].value == "40");
    // The one merged away stays (her receipt's audit and the receipts name her), marked and without a phone.
    const auto twin = shop.store.customers().customer(shop.twin);
    REQUIRE(twin);
    CHECK(twin->phone.empty());
    CHECK(twin->balance.value() == 0);
    CHECK(count(shop.store, "SELECT count(*) FROM customers WHERE merged_into = ?", shop.olga) == 1);
    CHECK(shop.store.maintenance().check().empty());
    CHECK(count(shop.store,
                "SELECT count(*) FROM audit_log WHERE action = 'customer.merge' AND subject = ? "
                "AND details LIKE '%attribute size was \"38\"%'",
                shop.twin) == 1);
    const auto merges = store::CustomerMerges(shop.store).merges();
    REQUIRE(merges.size() == 1);
    CHECK(merges[0].id == result.merge_id);
    CHECK(merges[0].kept_id == shop.olga);
    CHECK(merges[0].merged_id == shop.twin);
    CHECK(merges[0].actor == shop.maria);
}

TEST_CASE("A merge refuses herself an unknown customer and one already merged with a typed problem",
          "[store][merge]") {
    Duplicate shop;
    store::CustomerMerges merges(shop.store);
    const auto refused = [&](const std::string& keep, const std::string& away, store::StoreProblem problem) {
        try {
            merges.merge(store::CustomerId{keep}, store::CustomerId{away}, store::Actor{shop.maria}, kNow);
            FAIL("merged");
        } catch (const store::StoreError& e) {
            CHECK(e.problem() == problem);
        }
    };
    refused(shop.olga, shop.olga, store::StoreProblem::merge_with_herself);
    refused(shop.olga, "0190b1a2-0000-7000-8000-000000000000", store::StoreProblem::no_such_customer);
    refused("0190b1a2-0000-7000-8000-000000000000", shop.twin, store::StoreProblem::no_such_customer);
    CHECK(merges.merges().empty());
    merges.merge(store::CustomerId{shop.olga}, store::CustomerId{shop.twin}, store::Actor{shop.maria}, kNow);
    const std::int64_t balance = shop.store.customers().customer(shop.olga)->balance.value();
    // Merging again, either way round, is refused and changes nothing.
    refused(shop.olga, shop.twin, store::StoreProblem::customer_already_merged);
    refused(shop.twin, shop.olga, store::StoreProblem::customer_already_merged);
    CHECK(merges.merges().size() == 1);
    CHECK(shop.store.customers().customer(shop.olga)->balance.value() == balance);
    CHECK(shop.store.maintenance().check().empty());
}

TEST_CASE("A merge applied a second time as pulled from the office changes nothing", "[store][merge]") {
    Duplicate shop;
    store::SyncLog log(shop.store);
    store::Membership m;
    m.central_url = "postgresql://kassa@office/kassa";
    m.company_id = "0190b1a2-0000-7000-8000-00000000000c";
    m.shop_id = "0190b1a2-0000-7000-8000-00000000000d";
    m.till_id = "0190b1a2-0000-7000-8000-000000000001";
    m.till_name = "till 1";
    log.join(m, kNow);
    const auto result = store::CustomerMerges(shop.store)
                            .merge(store::CustomerId{shop.olga}, store::CustomerId{shop.twin},
                                   store::Actor{shop.maria}, kNow);
    // Queued for the office like every row this till writes.
    CHECK(count(shop.store, "SELECT count(*) FROM sync_outbox WHERE kind = 'customer_merge' AND key = ?",
                result.merge_id) == 1);
    const std::int64_t balance = shop.store.customers().customer(shop.olga)->balance.value();
    const std::string row = R"({"id": ")" + result.merge_id + R"(", "kept_id": ")" + shop.olga +
                            R"(", "merged_id": ")" + shop.twin +
                            R"(", "actor": "maria", "merged_at": "2026-11-25T14:00:00Z"})";
    const auto applied = log.apply_pulled({store::PulledRow{"customer_merges", row, "other till"}}, 5, kNow);
    CHECK(applied.rows == 0);
    CHECK(store::CustomerMerges(shop.store).merges().size() == 1);
    CHECK(shop.store.customers().customer(shop.olga)->balance.value() == balance);
    CHECK(count(shop.store, "SELECT count(*) FROM audit_log WHERE action = 'customer.merge' AND subject = ?",
                shop.twin) == 1);
    CHECK(shop.store.maintenance().check().empty());
}

TEST_CASE("A conflict is marked as dealt with once by whom and when and audited", "[store][merge]") {
    Duplicate shop;
    store::SyncLog log(shop.store);
    store::Membership m;
    m.central_url = "postgresql://kassa@office/kassa";
    m.company_id = "0190b1a2-0000-7000-8000-00000000000c";
    m.shop_id = "0190b1a2-0000-7000-8000-00000000000d";
    m.till_id = "0190b1a2-0000-7000-8000-000000000001";
    m.till_name = "till 1";
    log.join(m, kNow);
    // Another till enrolled Olga's phone for someone else: kept without the phone, listed.
    const std::string pulled = "0190b1a2-0000-7000-8000-0000000000aa";
    const std::string row = R"({"id": ")" + pulled +
                            R"(", "first_name": "Olga", "last_name": "I.", "phone": "+37251234567", )"
                            R"("created_at": "2026-11-24T10:00:00Z", "personal_consent": 1, )"
                            R"("sms_consent": 0, "email_consent": 0})";
    REQUIRE(log.apply_pulled({store::PulledRow{"customers", row, "other till"}}, 1, kNow).conflicts == 1);
    auto open = log.conflicts();
    REQUIRE(open.size() == 1);
    CHECK(open[0].kind == store::SyncConflictKind::phone_taken);
    REQUIRE(open[0].customer);
    CHECK(open[0].customer->id == shop.olga);
    CHECK(open[0].customer->card == testing::kOlgaCard);
    REQUIRE(open[0].pulled);
    CHECK(open[0].pulled->id == pulled);
    CHECK(open[0].resolution == store::ConflictResolution::open);

    log.mark_dealt_with(open[0].id, store::Actor{shop.maria}, kNow);
    CHECK(log.conflicts().empty());
    const auto all = log.conflicts(true);
    REQUIRE(all.size() == 1);
    CHECK(all[0].resolution == store::ConflictResolution::dealt_with);
    CHECK(all[0].resolved_by == shop.maria);
    CHECK(all[0].resolved_at == kNow);
    CHECK(count(shop.store,
                "SELECT count(*) FROM audit_log WHERE action = 'conflict.dealt_with' AND subject = ?",
                std::to_string(open[0].id)) == 1);
    try {
        log.mark_dealt_with(open[0].id, store::Actor{shop.maria}, kNow);
        FAIL("marked twice");
    } catch (const store::StoreError& e) {
        CHECK(e.problem() == store::StoreProblem::no_such_conflict);
        CHECK(e.refusal().values == std::vector<store::ProblemValue>{open[0].id});
    }
}

TEST_CASE("Merging the two customers of a phone enrolled twice settles its conflict", "[store][merge]") {
    BoutiqueShop shop;
    store::SyncLog log(shop.store);
    store::Membership m;
    m.central_url = "postgresql://kassa@office/kassa";
    m.company_id = "0190b1a2-0000-7000-8000-00000000000c";
    m.shop_id = "0190b1a2-0000-7000-8000-00000000000d";
    m.till_id = "0190b1a2-0000-7000-8000-000000000001";
    m.till_name = "till 1";
    log.join(m, kNow);
    const std::string pulled = "0190b1a2-0000-7000-8000-0000000000aa";
    const std::string row = R"({"id": ")" + pulled +
                            R"(", "first_name": "Olga", "last_name": "Ivanova", "phone": "+37251234567", )"
                            R"("created_at": "2026-11-24T10:00:00Z", "personal_consent": 1, )"
                            R"("sms_consent": 0, "email_consent": 0})";
    REQUIRE(log.apply_pulled({store::PulledRow{"customers", row, "other till"}}, 1, kNow).conflicts == 1);
    store::CustomerMerges(shop.store)
        .merge(store::CustomerId{pulled}, store::CustomerId{shop.olga}, store::Actor{shop.maria}, kNow);
    CHECK(log.conflicts().empty());
    const auto all = log.conflicts(true);
    REQUIRE(all.size() == 1);
    CHECK(all[0].resolution == store::ConflictResolution::merged);
    // The kept customer had no phone here: she takes the one freed.
    CHECK(shop.store.customers().find_by_phone("5123 4567").customer->id == pulled);
    CHECK(shop.store.maintenance().check().empty());
}

TEST_CASE("A 10000-character name of who merges or marks a conflict is refused and changes nothing",
          "[store][merge]") {
    Duplicate shop;
    store::SyncLog log(shop.store);
    store::Membership m;
    m.central_url = "postgresql://kassa@office/kassa";
    m.company_id = "0190b1a2-0000-7000-8000-00000000000c";
    m.shop_id = "0190b1a2-0000-7000-8000-00000000000d";
    m.till_id = "0190b1a2-0000-7000-8000-000000000001";
    m.till_name = "till 1";
    log.join(m, kNow);
    const std::string row = R"({"id": "0190b1a2-0000-7000-8000-0000000000aa", "first_name": "Olga", )"
                            R"("last_name": "I.", "phone": "+37251234567", )"
                            R"("created_at": "2026-11-24T10:00:00Z", "personal_consent": 1, )"
                            R"("sms_consent": 0, "email_consent": 0})";
    REQUIRE(log.apply_pulled({store::PulledRow{"customers", row, "other till"}}, 1, kNow).conflicts == 1);
    const std::string long_name(10000, 'm');
    const auto outbox = count(shop.store, "SELECT count(*) FROM sync_outbox WHERE ? IS NOT NULL", "x");
    const auto audit = count(shop.store, "SELECT count(*) FROM audit_log WHERE ? IS NOT NULL", "x");
    const auto too_long = [&](const std::function<void()>& act) {
        try {
            act();
            FAIL("accepted");
        } catch (const store::StoreError& e) {
            CHECK(e.problem() == store::StoreProblem::text_too_long);
            CHECK(e.refusal().values ==
                  std::vector<store::ProblemValue>{
                      store::TextField::actor,
                      static_cast<std::int64_t>(store::text_limit(store::TextField::actor))});
        }
    };
    too_long([&] {
        store::CustomerMerges(shop.store)
            .merge(store::CustomerId{shop.olga}, store::CustomerId{shop.twin}, store::Actor{long_name}, kNow);
    });
    too_long([&] { log.mark_dealt_with(log.conflicts().at(0).id, store::Actor{long_name}, kNow); });
    CHECK(store::CustomerMerges(shop.store).merges().empty());
    CHECK(log.conflicts().size() == 1);
    CHECK(count(shop.store, "SELECT count(*) FROM sync_outbox WHERE ? IS NOT NULL", "x") == outbox);
    CHECK(count(shop.store, "SELECT count(*) FROM audit_log WHERE ? IS NOT NULL", "x") == audit);
    // A name of 100 characters, the limit, is taken.
    log.mark_dealt_with(log.conflicts().at(0).id, store::Actor{std::string(100, 'm')}, kNow);
    CHECK(log.conflicts().empty());
}

namespace {

store::SyncLog joined(store::Store& s) {
    store::SyncLog log(s);
    store::Membership m;
    m.central_url = "postgresql://kassa@office/kassa";
    m.company_id = "0190b1a2-0000-7000-8000-00000000000c";
    m.shop_id = "0190b1a2-0000-7000-8000-00000000000d";
    m.till_id = "0190b1a2-0000-7000-8000-000000000001";
    m.till_name = "till 1";
    log.join(m, kNow);
    return log;
}

}  // namespace

TEST_CASE("An opposite merge pulled from another till is listed and the smaller id wins", "[store][merge]") {
    Duplicate shop;
    store::SyncLog log = joined(shop.store);
    const std::int64_t total = ledger_sum(shop.store, shop.olga) + ledger_sum(shop.store, shop.twin);
    // Here: the twin into Olga.
    const auto here = store::CustomerMerges(shop.store)
                          .merge(store::CustomerId{shop.olga}, store::CustomerId{shop.twin},
                                 store::Actor{shop.maria}, kNow);
    const auto pulled_merge = [&](const std::string& id) {
        const std::string row = R"({"id": ")" + id + R"(", "kept_id": ")" + shop.twin +
                                R"(", "merged_id": ")" + shop.olga +
                                R"(", "actor": "liis", "merged_at": "2026-11-25T14:00:00Z"})";
        return log.apply_pulled({store::PulledRow{"customer_merges", row, "other till"}}, 5, kNow);
    };
    std::string kept;
    std::string away;
    std::string winner;
    std::string kept_phone;
    SECTION("the merge made here has the smaller id") {
        winner = here.merge_id;
        kept_phone = "5123 4567";
        CHECK(pulled_merge("ffffffff-ffff-7fff-bfff-ffffffffffff").conflicts == 1);
        kept = shop.olga;
        away = shop.twin;
    }
    SECTION("the pulled merge has the smaller id") {
        winner = "00000000-0000-7000-8000-000000000001";
        kept_phone = "5555 0001";  // the twin's own, which the merge made here had freed
        CHECK(pulled_merge(winner).conflicts == 1);
        kept = shop.twin;
        away = shop.olga;
    }
    CHECK(count(shop.store, "SELECT count(*) FROM customers WHERE merged_into IS NULL AND id = ?", kept) ==
          1);
    CHECK(count(shop.store, "SELECT merged_into = '" + kept + "' FROM customers WHERE id = ?", away) == 1);
    CHECK(shop.store.customers().customer(kept)->balance.value() == total);
    CHECK(ledger_sum(shop.store, kept) == total);
    // The kept one has her own phone, as at the till whose merge won.
    const auto by_phone = shop.store.customers().find_by_phone(kept_phone);
    REQUIRE(by_phone.customer);
    CHECK(by_phone.customer->id == kept);
    CHECK(shop.store.maintenance().check().empty());
    const auto open = log.conflicts();
    REQUIRE(open.size() == 1);
    CHECK(open[0].kind == store::SyncConflictKind::opposite_merge);
    CHECK(open[0].subject == winner);
    REQUIRE(open[0].customer);
    CHECK(open[0].customer->id == kept);
}

TEST_CASE("A mark pulled from another till settles the conflict of the same identity here",
          "[store][merge]") {
    Duplicate shop;
    store::SyncLog log = joined(shop.store);
    const std::string pulled = "0190b1a2-0000-7000-8000-0000000000aa";
    const std::string row = R"({"id": ")" + pulled +
                            R"(", "first_name": "Olga", "last_name": "I.", "phone": "+37251234567", )"
                            R"("created_at": "2026-11-24T10:00:00Z", "personal_consent": 1, )"
                            R"("sms_consent": 0, "email_consent": 0})";
    REQUIRE(log.apply_pulled({store::PulledRow{"customers", row, "other till"}}, 1, kNow).conflicts == 1);
    const auto open = log.conflicts();
    REQUIRE(open.size() == 1);
    // The other till computes it with the two customers the other way round: the same identity.
    CHECK(open[0].identity ==
          "phone_taken/+37251234567/" + std::min(shop.olga, pulled) + "/" + std::max(shop.olga, pulled));
    // A mark of another conflict settles nothing.
    const std::string other_mark =
        R"({"id": "0190b1a2-0000-7000-8000-0000000000b1", "identity": )"
        R"("overdrawn_lot/x", "actor": "liis", "marked_at": "2026-11-25T14:00:00Z"})";
    CHECK(log.apply_pulled({store::PulledRow{"conflict_marks", other_mark, "other till"}}, 2, kNow).rows ==
          1);
    CHECK(log.conflicts().size() == 1);
    const std::string mark = R"({"id": "0190b1a2-0000-7000-8000-0000000000b2", "identity": ")" +
                             open[0].identity + R"(", "actor": "liis", "marked_at": "2026-11-25T14:00:00Z"})";
    CHECK(log.apply_pulled({store::PulledRow{"conflict_marks", mark, "other till"}}, 3, kNow).rows == 1);
    CHECK(log.conflicts().empty());
    const auto all = log.conflicts(true);
    REQUIRE(all.size() == 1);
    CHECK(all[0].resolution == store::ConflictResolution::dealt_with);
    CHECK(all[0].resolved_by == "liis");
    // Pulled again: nothing; and a pulled mark is not queued to go back.
    CHECK(log.apply_pulled({store::PulledRow{"conflict_marks", mark, "other till"}}, 3, kNow).rows == 0);
    CHECK(count(shop.store, "SELECT count(*) FROM sync_outbox WHERE kind = ?", "conflict_mark") == 0);
}

TEST_CASE("An edit pulled for a customer merged away here lands on the customer she was merged into",
          "[store][merge]") {
    Duplicate shop;
    store::SyncLog log = joined(shop.store);
    store::CustomerMerges(shop.store)
        .merge(store::CustomerId{shop.olga}, store::CustomerId{shop.twin}, store::Actor{shop.maria}, kNow);
    const std::string edit =
        R"({"id": "0190b1a2-0000-7000-8000-0000000000c1", "entity": "customer", "key": ")" + shop.twin +
        R"(", "customer_id": ")" + shop.twin +
        R"(", "field": "first_name", "value": "Olenka", )"
        R"("hlc": "00001764079200.0000000000.0190b1a2-0000-7000-8000-000000000002", )"
        R"("prior": null, "actor": "anna", "at": "2026-11-25T14:00:00Z"})";
    CHECK(log.apply_pulled({store::PulledRow{"field_changes", edit, "other till"}}, 4, kNow).rows == 1);
    CHECK(shop.store.customers().customer(shop.olga)->first_name == "Olenka");
    CHECK(count(shop.store, "SELECT count(*) FROM field_changes WHERE key = ?", shop.olga) == 1);
    CHECK(shop.store.maintenance().check().empty());
}
