#pragma once
// A return: scan or type the receipt (its barcode or number), choose the quantities coming back line by
// line, see the money to pay out and the points taken back or restored (the store's preview, refreshed at
// every change) and confirm with a reason. "No receipt" (F4) closes it with no_receipt_chosen() set: the sale
// screen then asks the owner's PIN and opens the return without a receipt. It drives the session's
// till::ReceiptReturn; what it shares with the return without a receipt is ReturnDialogBase.
//
// Threading rule: GUI thread only.

#include "kassa/till/returns.hpp"
#include "kassa/ui/return_dialog_base.hpp"

class QLabel;
class QLineEdit;

namespace kassa::ui {

class ReturnDialog : public ReturnDialogBase {
    Q_OBJECT

  public:
    // When the session already has a return open (a receipt was scanned on the sale screen) it shows it.
    ReturnDialog(till::TillSession& session, const Formatter& format, QWidget* parent = nullptr);
    [[nodiscard]] QLineEdit* receipt_edit() const { return receipt_; }
    [[nodiscard]] QLabel* points_reversed() const { return points_reversed_; }
    [[nodiscard]] QLabel* points_restored() const { return points_restored_; }
    // The cashier chose a return without a receipt (F4).
    [[nodiscard]] bool no_receipt_chosen() const { return no_receipt_chosen_; }

  public slots:
    void open_receipt();  // Enter in the receipt line
    // The quantity typed in a line's cell (pieces or kg).
    void set_quantity(int row, const QString& typed);
    void return_everything();  // F5
    void choose_no_receipt();  // F4

  private:
    void fill() override;
    void cell_typed(int row, int column, const QString& typed) override;
    // The money and points of the store's preview (the table stays as it is).
    void refresh_preview();
    void focus_first_returnable();

    till::ReceiptReturn& return_;
    QLineEdit* receipt_;
    QLabel* receipt_info_;
    QLabel* points_reversed_;
    QLabel* points_restored_;
    bool no_receipt_chosen_ = false;
};

}  // namespace kassa::ui
