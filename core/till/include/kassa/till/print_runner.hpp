#pragma once
// The till's side of the receipt printer (issue 19): what waits in the shop file's print queue is laid out
// (a receipt, a return's slip, an X or Z report, a drawer's pulse) and handed to the printer as paper; how
// each job went comes back and keeps the queue right. Which printer and which bytes are the app's: it wires
// `send` to the ESC/POS encoder and a drivers::PrinterWorker, so this class has no I/O and no printer.
//
// A job printed is taken off the queue. A job the printer could not take stays first in line with the
// printer's reason and goes again at the next pump(). A job cut off half-way is taken off and audited
// (print_interrupted): sent again it would print part of a receipt twice; the cashier reprints it (COPY).
//
// Threading: not thread-safe; the till's thread calls every member. `send` must not block (the worker
// queues the bytes for its own I/O thread).

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "kassa/core/paper.hpp"
#include "kassa/store/print_queue.hpp"
#include "kassa/till/paper_layout.hpp"
#include "kassa/till/session.hpp"
#include "kassa/till/shift_desk.hpp"

namespace kassa::till {

// The words of a return's slip and the reprint mark, in the shop's language.
struct SlipLabels {
    std::string copy = "COPY";
    std::string return_slip = "Return";
    std::string against_receipt = "Receipt";
    std::string money_back = "Money back";
    std::string cash = "Cash";
    std::string card = "Card";
    std::string other = "Other";
    std::string vat = "VAT included";
};

// The return's slip as printed: 42 columns like the receipt.
std::vector<std::string> render_refund_slip(const store::RefundSlip& slip, const SlipLabels& labels,
                                            const std::string& shop_name, const TimeZone& zone,
                                            int currency_digits, Language language);

class PrintRunner {
  public:
    using Send = std::function<void(std::int64_t job_id, const PaperDocument& paper)>;
    enum class Result { printed, not_printed, interrupted };

    // `session` must outlive the runner; it renders receipts and names the shop.
    PrintRunner(TillSession& session, Send send, PaperOptions paper, ReceiptLabels receipt_labels,
                ShiftReportLabels report_labels, SlipLabels slip_labels);

    // Sends every waiting job that is not with the printer already, oldest first. Returns how many went.
    int pump();
    // What the printer did with a job; `reason` is the driver's typed reason ("paper_out").
    void finished(std::int64_t job_id, Result result, std::string_view reason);
    [[nodiscard]] std::size_t in_flight() const { return in_flight_.size(); }
    // The words may change with the till's language.
    void set_labels(ReceiptLabels receipt_labels, ShiftReportLabels report_labels, SlipLabels slip_labels);

  private:
    std::optional<PaperDocument> layout(const store::PrintJob& job);

    TillSession& session_;
    Send send_;
    PaperOptions paper_;
    ReceiptLabels receipt_labels_;
    ShiftReportLabels report_labels_;
    SlipLabels slip_labels_;
    store::PrintQueue queue_;
    std::set<std::int64_t> in_flight_;
};

}  // namespace kassa::till
