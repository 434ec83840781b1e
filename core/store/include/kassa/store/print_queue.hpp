#pragma once
// What waits for the receipt printer, kept in the shop file (issue 19): a sale's receipt is queued in the
// sale's own transaction (Sale::queue_receipt), so the sale never waits for the printer and a printer out of
// paper loses nothing; the till's printer thread takes the jobs in order and deletes each once printed.
// Reprints and reports are queued the same way.
//
// Threading: like the Store it works on, one thread at a time. The printer thread opens its own Store on the
// same file (WAL lets it read and delete while the till sells).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kassa/core/time.hpp"
#include "kassa/core/units.hpp"

namespace kassa::store {

class Store;

enum class PrintJobKind { receipt, refund, x_report, z_report, drawer };

std::string_view print_job_kind_name(PrintJobKind kind);
std::optional<PrintJobKind> parse_print_job_kind(std::string_view name);

struct PrintJob {
    std::int64_t id = 0;
    Instant created_at;
    PrintJobKind kind = PrintJobKind::receipt;
    // receipt and refund: their id; z_report: the Z number; x_report and drawer: empty.
    std::string subject;
    bool copy = false;         // a reprint: the paper says COPY
    bool open_drawer = false;  // pulse the drawer with it (cash was taken or given back)
    int attempts = 0;
    std::string last_error;  // the printer's typed reason of the last failed attempt ("paper_out")
};

// What a return's slip says: the goods given back and the money, for the customer and for the drawer.
struct RefundSlip {
    std::string refund_id;
    Instant at;
    std::optional<std::int64_t> receipt_number;  // empty for a return without a receipt
    std::string tender;                          // "cash", "card" or "other"
    struct Line {
        std::string name;
        Quantity qty;
        Money money_back;
    };
    std::vector<Line> lines;
    Money money_back;
    Money vat;  // the VAT the return reversed (zero when unknown)
};

class PrintQueue {
  public:
    explicit PrintQueue(Store& store);
    std::int64_t add(PrintJobKind kind, const std::string& subject, bool copy, bool open_drawer, Instant at);
    // Oldest first.
    std::vector<PrintJob> waiting(int limit = 50);
    [[nodiscard]] std::int64_t count();
    // Printed: the job is gone.
    void done(std::int64_t id);
    // Not printed this time (`reason` is the printer's typed reason); it stays first in line.
    void failed(std::int64_t id, std::string_view reason);
    // The slip of a committed return; nullopt for an unknown id.
    std::optional<RefundSlip> refund_slip(const std::string& refund_id);

  private:
    Store& store_;
};

}  // namespace kassa::store
