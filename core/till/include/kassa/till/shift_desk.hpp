#pragma once
// The cashier's shift at the till (issue 19): open it with the counted float, put cash in or take it out
// (the owner's PIN above the shop's limit), read the X report, close with the Z report, and open the drawer
// without a sale on the owner's approval. The figures and the rules of a closed shift are the store's
// (store/shifts.hpp); this class adds who is logged in, the owner's approval and the shop's business day.
//
// Answers are Notices like the session's; a refusal the cashier can fix is shift_refused with its
// ShiftProblem, and the screen words it.
//
// Threading: not thread-safe; the thread that owns the session calls it.

#include <optional>
#include <string>
#include <vector>

#include "kassa/store/shifts.hpp"
#include "kassa/till/session.hpp"

namespace kassa::till {

enum class ShiftStatus {
    none,          // no shift is open: the till asks for the float before the first sale
    open,          // opened on today's business day
    carried_over,  // opened on an earlier day and never closed: it goes on until its Z report
};

// The words of the X and Z reports in the shop's language: the UI fills them with its translations.
struct ShiftReportLabels {
    std::string x_report = "X report";
    std::string z_report = "Z report";
    std::string opened = "Opened";
    std::string closed = "Closed";
    std::string opening_float = "Opening float";
    std::string sales = "Sales";
    std::string returns = "Returns";
    std::string cash = "Cash";
    std::string card = "Card";
    std::string other = "Other";
    std::string cash_in = "Cash in";
    std::string cash_out = "Cash out";
    std::string expected_cash = "Expected in drawer";
    std::string counted_cash = "Counted";
    std::string over_short = "Over (+) / short (-)";
    std::string left_in_drawer = "Left in drawer";
    std::string gross = "Goods before discounts";
    std::string discounts = "Discounts";
    std::string points_redeemed = "Points redeemed";
    std::string total = "Total paid";
    std::string receipts = "Receipts";
    std::string returns_count = "Returns made";
    std::string first_last = "Receipt numbers";
    std::string not_counted = "Not closed: no count yet";
    std::string vat = "VAT included (rate, sales, VAT)";
    std::string vat_exempt = "exempt";
};

// The report as printed and as shown on the screen: lines of 42 columns (80 mm paper). Programme ids of the
// discounts are shown as the rules name them.
std::vector<std::string> render_shift_report(const store::ShiftReport& report,
                                             const ShiftReportLabels& labels, const std::string& shop_name,
                                             const TimeZone& zone, int currency_digits, Language language);

class ShiftDesk {
  public:
    // `session` must outlive the desk.
    explicit ShiftDesk(TillSession& session);

    [[nodiscard]] ShiftStatus status();
    [[nodiscard]] std::optional<store::ShiftSummary> current();
    // What the last Z left in the drawer, offered as the next float.
    [[nodiscard]] std::optional<Money> proposed_float();

    Notice open(Money opening_float);
    // Above the shop's cash_movement_limit a cashier needs the owner's PIN (needs_owner, owner_pin_wrong);
    // the owner logged in needs none.
    Notice move_cash(store::CashMovementKind kind, Money amount, const std::string& reason,
                     const std::string& owner_pin = {});
    // The X report of the open shift; nullopt with `why` set when there is none or the store failed.
    std::optional<store::ShiftReport> x_report(Notice* why = nullptr);
    // Closes with the Z report (kept as last_z()); detail: the Z number.
    Notice close(const store::CashCount& counted, Money left_in_drawer);
    [[nodiscard]] const std::optional<store::ShiftReport>& last_z() const { return last_z_; }
    // "No sale": the drawer opens on the owner's approval, audited as drawer_opened; with a receipt printer
    // (SessionSettings::queue_receipts) its pulse is queued for the printer's kick port.
    Notice open_drawer(const std::string& owner_pin = {});
    // With a receipt printer: the X report of the open shift goes to the printer (ok), a reprint of a receipt
    // by number, marked COPY and audited (receipt_reprinted; receipt_not_found for an unknown number). The
    // Z report is queued by close() itself.
    Notice print_x();
    [[nodiscard]] bool printing() const { return session_.settings().queue_receipts; }
    // The number of the last receipt this till committed, offered for a reprint.
    [[nodiscard]] std::optional<std::int64_t> last_receipt_number() const;
    Notice reprint(std::int64_t receipt_number);
    // With a receipt printer: a closed shift's Z report printed again as it was closed, marked COPY and
    // audited (z_report_reprinted); shift_refused with unknown_z for a number never given. Detail: the
    // number.
    Notice reprint_z(std::int64_t z_number);

  private:
    [[nodiscard]] std::chrono::year_month_day today() const;
    Notice refusal(const store::StoreError& e) const;

    TillSession& session_;
    store::Shifts shifts_;
    std::optional<store::ShiftReport> last_z_;
};

}  // namespace kassa::till
