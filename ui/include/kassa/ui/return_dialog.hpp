#pragma once
// A return: scan or type the receipt (its barcode or number), choose the quantities coming back line by
// line, see the money to pay out and the points taken back or restored (the store's preview, refreshed at
// every change) and confirm with a reason. "No receipt" (F4) closes it with no_receipt_chosen() set: the sale
// screen then asks the owner's PIN and opens the return without a receipt.
//
// Threading rule: GUI thread only.

#include <QDialog>
#include <optional>

#include "kassa/till/session.hpp"
#include "kassa/ui/formatter.hpp"

class QLabel;
class QComboBox;
class QLineEdit;
class QTableWidget;
class QPushButton;

namespace kassa::ui {

class ReturnDialog : public QDialog {
    Q_OBJECT

  public:
    // When the session already has a return open (a receipt was scanned on the sale screen) it shows it.
    ReturnDialog(till::TillSession& session, const Formatter& format, QWidget* parent = nullptr);
    [[nodiscard]] const std::optional<till::Notice>& last_notice() const { return notice_; }
    [[nodiscard]] QLineEdit* receipt_edit() const { return receipt_; }
    [[nodiscard]] QTableWidget* lines() const { return lines_; }
    [[nodiscard]] QLineEdit* reason_edit() const { return reason_; }
    [[nodiscard]] QComboBox* tender() const { return tender_; }
    [[nodiscard]] QLabel* money_back() const { return money_back_; }
    [[nodiscard]] QLabel* points_reversed() const { return points_reversed_; }
    [[nodiscard]] QLabel* points_restored() const { return points_restored_; }
    // The cashier chose a return without a receipt (F4).
    [[nodiscard]] bool no_receipt_chosen() const { return no_receipt_chosen_; }

  public slots:
    void open_receipt();  // Enter in the receipt line
    // The quantity typed in a line's cell (pieces or kg).
    void set_quantity(int row, const QString& typed);
    void return_everything();
    void confirm();            // F12
    void choose_no_receipt();  // F4
    void reject() override;    // closes the draft too

  private:
    void refresh();
    // The money and points of the store's preview (the table stays as it is).
    void refresh_preview();
    void focus_first_returnable();
    void show(const till::Notice& notice);

    till::TillSession& session_;
    const Formatter& format_;
    QLineEdit* receipt_;
    QLabel* receipt_info_;
    QTableWidget* lines_;
    QLineEdit* reason_;
    QComboBox* tender_;
    QLabel* money_back_;
    QLabel* points_reversed_;
    QLabel* points_restored_;
    QLabel* result_;
    QPushButton* confirm_;
    std::optional<till::Notice> notice_;
    bool no_receipt_chosen_ = false;
    bool filling_ = false;  // refresh() is writing the table: its cell changes are not the cashier's
};

}  // namespace kassa::ui
