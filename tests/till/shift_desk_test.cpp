// The shift at the till: no sale without an open shift, cash out above the owner's limit needs her PIN, a
// shift left open from yesterday goes on, the Z closes it and a basket started before cannot land in it; the
// printed X and Z reports add up.
#include <catch2/catch.hpp>
#include <string>

#include "boutique_shop.hpp"
#include "kassa/store/print_queue.hpp"
#include "kassa/till/returns.hpp"
#include "kassa/till/session.hpp"
#include "kassa/till/shift_desk.hpp"

using namespace kassa;
using namespace kassa::till;
using testing::at;
using testing::kScarfBarcode;

namespace {

struct Till : testing::BoutiqueShop {
    TillSession session{store, rules, clock, SessionSettings{}};
    ShiftDesk desk{session};

    Till() : testing::BoutiqueShop(false) {
        REQUIRE(session.log_in(anna, "1111").outcome == Outcome::logged_in);
    }

    Notice sell_scarf_for_cash(std::int64_t given) {
        REQUIRE(session.scan(kScarfBarcode, ScanSource::scanner).outcome == Outcome::product_added);
        REQUIRE(session.add_payment(store::PaymentLine::Method::cash, Money::minor(given)).ok());
        return session.finish();
    }
};

bool has_line(const std::vector<std::string>& lines, const std::string& start, const std::string& end) {
    for (const auto& line : lines) {
        if (line.rfind(start, 0) == 0 && line.size() >= end.size() &&
            line.compare(line.size() - end.size(), end.size(), end) == 0) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("no sale and no return without an open shift, and the float opens one", "[till][shift]") {
    Till t;
    CHECK(t.desk.status() == ShiftStatus::none);
    const Notice refused = t.sell_scarf_for_cash(2000);
    CHECK(refused.outcome == Outcome::shift_needed);
    CHECK(t.session.lines().size() == 1);  // the basket and its payment wait for the shift

    const Notice opened = t.desk.open(Money::minor(15000));
    CHECK(opened.outcome == Outcome::shift_opened);
    CHECK(t.desk.status() == ShiftStatus::open);
    CHECK(t.desk.open(Money::minor(1)).shift_problem == store::ShiftProblem::already_open);
    const Notice sold = t.session.finish();
    REQUIRE(sold.outcome == Outcome::sale_committed);

    const auto x = t.desk.x_report();
    REQUIRE(x);
    CHECK(x->receipts == 1);
    CHECK(x->sales.cash == Money::minor(1990));
    CHECK(x->expected_cash == Money::minor(15000 + 1990));
}

TEST_CASE("cash out above the shop's limit needs the owner's PIN, and says who approved it",
          "[till][shift]") {
    Till t;
    REQUIRE(t.desk.open(Money::minor(20000)).outcome == Outcome::shift_opened);
    // The default limit is 50.00.
    CHECK(t.desk.move_cash(store::CashMovementKind::cash_out, Money::minor(4000), "window cleaner").outcome ==
          Outcome::cash_moved);
    CHECK(t.desk.move_cash(store::CashMovementKind::cash_out, Money::minor(9000), "bank").outcome ==
          Outcome::needs_owner);
    CHECK(t.desk.move_cash(store::CashMovementKind::cash_out, Money::minor(9000), "bank", "0000").outcome ==
          Outcome::owner_pin_wrong);
    CHECK(t.desk.move_cash(store::CashMovementKind::cash_out, Money::minor(9000), "bank", "1234").outcome ==
          Outcome::cash_moved);
    CHECK(t.desk.move_cash(store::CashMovementKind::cash_in, Money::minor(500), "").shift_problem ==
          store::ShiftProblem::reason_missing);
    // A reason over the store's bound is refused with the bound, for the screen's sentence.
    const Notice too_long = t.desk.move_cash(store::CashMovementKind::cash_in, Money::minor(500),
                                             std::string(store::kMaxCashReasonChars + 1, 'x'));
    CHECK(too_long.outcome == Outcome::shift_refused);
    CHECK(too_long.shift_problem == store::ShiftProblem::reason_too_long);
    CHECK(too_long.detail == std::to_string(store::kMaxCashReasonChars));
    const auto x = t.desk.x_report();
    REQUIRE(x);
    REQUIRE(x->movements.size() == 2);
    CHECK(x->movements[0].approved_by.empty());
    CHECK(x->movements[1].approved_by == t.maria);
    CHECK(x->expected_cash == Money::minor(20000 - 4000 - 9000));
    // The drawer without a sale: the owner's approval too.
    CHECK(t.desk.open_drawer().outcome == Outcome::needs_owner);
    CHECK(t.desk.open_drawer("1234").outcome == Outcome::drawer_opened);
}

TEST_CASE(
    "a shift left open over midnight goes on until its Z, and the Z closes it for a basket begun before",
    "[till][shift]") {
    Till t;
    REQUIRE(t.desk.open(Money::minor(10000)).outcome == Outcome::shift_opened);
    REQUIRE(t.sell_scarf_for_cash(2000).outcome == Outcome::sale_committed);
    t.clock.advance_seconds(24 * 3600);
    CHECK(t.desk.status() == ShiftStatus::carried_over);
    // A basket is started, then the shift is closed (from the back office) before it is paid.
    REQUIRE(t.session.scan(kScarfBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    store::CashCount counted;
    counted.total = Money::minor(11990);
    const Notice closed = t.desk.close(counted, Money::minor(10000));
    REQUIRE(closed.outcome == Outcome::shift_closed);
    CHECK(closed.detail == "1");
    REQUIRE(t.session.add_payment(store::PaymentLine::Method::card, Money::zero()).ok());
    CHECK(t.session.finish().outcome == Outcome::shift_needed);
    CHECK(t.desk.status() == ShiftStatus::none);
    CHECK(t.desk.proposed_float() == Money::minor(10000));

    // The Z as printed: 42 columns, the figures of the day.
    const auto& z = t.desk.last_z();
    REQUIRE(z);
    const auto lines =
        render_shift_report(*z, ShiftReportLabels{}, "Boutique Liis", t.rules.zone(), 2, Language::en);
    for (const auto& line : lines) {
        CHECK(line.size() <= 42);
    }
    CHECK(lines[1].find("Z report 1") != std::string::npos);
    CHECK(has_line(lines, "  Cash", "19.90"));
    CHECK(has_line(lines, "Expected in drawer", "119.90"));
    CHECK(has_line(lines, "Counted", "119.90"));
    CHECK(has_line(lines, "Over (+) / short (-)", "0.00"));
    CHECK(has_line(lines, "Receipts", "1"));
}

TEST_CASE("a receipt and a cash return are queued for the printer with the sale, the drawer with cash",
          "[till][shift][print]") {
    Till t;
    REQUIRE(t.desk.open(Money::minor(10000)).outcome == Outcome::shift_opened);
    store::PrintQueue queue(t.store);
    CHECK(queue.count() == 0);
    // A till without a receipt printer queues nothing (SessionSettings::queue_receipts is off).
    REQUIRE(t.sell_scarf_for_cash(2000).outcome == Outcome::sale_committed);
    CHECK(queue.count() == 0);

    SessionSettings printing;
    printing.queue_receipts = true;
    TillSession session(t.store, t.rules, t.clock, printing);
    REQUIRE(session.log_in(t.anna, "1111").ok());
    REQUIRE(session.scan(kScarfBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    REQUIRE(session.add_payment(store::PaymentLine::Method::card, Money::zero()).ok());
    REQUIRE(session.finish().outcome == Outcome::sale_committed);
    REQUIRE(session.scan(kScarfBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    REQUIRE(session.add_payment(store::PaymentLine::Method::cash, Money::minor(5000)).ok());
    REQUIRE(session.finish().outcome == Outcome::sale_committed);
    const std::string cash_receipt = session.last_sale()->receipt_id;
    const auto jobs = queue.waiting();
    REQUIRE(jobs.size() == 2);
    CHECK(jobs[0].kind == store::PrintJobKind::receipt);
    CHECK_FALSE(jobs[0].open_drawer);  // paid by card
    CHECK(jobs[1].subject == cash_receipt);
    CHECK(jobs[1].open_drawer);

    ReceiptReturn& ret = session.receipt_return();
    REQUIRE(ret.open(receipt_barcode(session.last_sale()->receipt_number)).outcome ==
            Outcome::receipt_opened);
    REQUIRE(ret.set_quantity(0, Quantity::pieces(1)).ok());
    ret.set_tender(store::PaymentLine::Method::cash);
    REQUIRE(ret.set_reason("too small").ok());
    REQUIRE(ret.confirm().outcome == Outcome::return_committed);
    const auto after = queue.waiting();
    REQUIRE(after.size() == 3);
    CHECK(after[2].kind == store::PrintJobKind::refund);
    CHECK(after[2].open_drawer);
    queue.failed(after[0].id, "paper_out");
    CHECK(queue.waiting()[0].attempts == 1);
    CHECK(queue.waiting()[0].last_error == "paper_out");
    queue.done(after[0].id);
    CHECK(queue.count() == 2);

    const auto x = t.desk.x_report();
    REQUIRE(x);
    CHECK(x->returns.cash == Money::minor(1990));
    CHECK(x->returns_count == 1);
}

TEST_CASE("cash put in or taken out opens the drawer, a refused movement does not", "[till][shift][print]") {
    Till t;
    SessionSettings printing;
    printing.queue_receipts = true;
    TillSession session(t.store, t.rules, t.clock, printing);
    REQUIRE(session.log_in(t.anna, "1111").ok());
    ShiftDesk desk(session);
    REQUIRE(desk.open(Money::minor(10000)).outcome == Outcome::shift_opened);
    store::PrintQueue queue(t.store);
    REQUIRE(desk.move_cash(store::CashMovementKind::cash_out, Money::minor(2000), "window cleaner").outcome ==
            Outcome::cash_moved);
    const auto jobs = queue.waiting();
    REQUIRE(jobs.size() == 1);
    CHECK(jobs[0].kind == store::PrintJobKind::drawer);
    CHECK(jobs[0].open_drawer);
    // Above the limit without the owner's PIN, and without a reason: nothing recorded, the drawer stays shut.
    CHECK(desk.move_cash(store::CashMovementKind::cash_out, Money::minor(9000), "bank").outcome ==
          Outcome::needs_owner);
    CHECK(desk.move_cash(store::CashMovementKind::cash_in, Money::minor(500), "").outcome ==
          Outcome::shift_refused);
    CHECK(queue.count() == 1);
}

TEST_CASE("a closed shift's Z is printed again as a COPY and audited, an unknown Z is refused",
          "[till][shift][print]") {
    Till t;
    REQUIRE(t.desk.open(Money::minor(10000)).outcome == Outcome::shift_opened);
    REQUIRE(t.sell_scarf_for_cash(2000).outcome == Outcome::sale_committed);
    store::CashCount counted;
    counted.total = Money::minor(11990);
    REQUIRE(t.desk.close(counted, Money::minor(10000)).outcome == Outcome::shift_closed);
    store::PrintQueue queue(t.store);
    const std::size_t before = queue.waiting().size();

    const Notice again = t.desk.reprint_z(1);
    CHECK(again.outcome == Outcome::ok);
    CHECK(again.detail == "1");
    const auto jobs = queue.waiting();
    REQUIRE(jobs.size() == before + 1);
    CHECK(jobs.back().kind == store::PrintJobKind::z_report);
    CHECK(jobs.back().subject == "1");
    CHECK(jobs.back().copy);
    CHECK_FALSE(jobs.back().open_drawer);

    const Notice unknown = t.desk.reprint_z(7);
    CHECK(unknown.outcome == Outcome::shift_refused);
    CHECK(unknown.shift_problem == store::ShiftProblem::unknown_z);
    CHECK(queue.waiting().size() == before + 1);
}
