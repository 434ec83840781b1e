#pragma once
// A return without a receipt, opened once the owner approved it (TillSession::open_return_without_receipt):
// scan or find the goods (F3), type quantities and the unit price the owner confirms in the table, the
// customer's card or phone when she wants it on her record, how the money goes back, why; F12 confirms. The
// money back is the store's preview, refreshed at every change; the dialog decides nothing itself.
//
// Threading rule: GUI thread only.

#include <QDialog>
#include <optional>

#include "kassa/till/session.hpp"
#include "kassa/ui/dialog_runner.hpp"
#include "kassa/ui/formatter.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kassa::ui {

class NoReceiptReturnDialog : public QDialog {
    Q_OBJECT

  public:
    // The session must have a return without a receipt open; `run` shows the weight and search dialogs.
    NoReceiptReturnDialog(till::TillSession& session, const Formatter& format, DialogRunner run,
                          QWidget* parent = nullptr);
    [[nodiscard]] const std::optional<till::Notice>& last_notice() const { return notice_; }
    [[nodiscard]] QLineEdit* product_edit() const { return product_; }
    [[nodiscard]] QTableWidget* lines() const { return lines_; }
    [[nodiscard]] QLineEdit* customer_edit() const { return customer_; }
    [[nodiscard]] QComboBox* tender_box() const { return tender_; }
    [[nodiscard]] QLineEdit* reason_edit() const { return reason_; }
    [[nodiscard]] QLabel* money_back() const { return money_back_; }
    [[nodiscard]] QLabel* result_label() const { return result_; }

    enum Column { kName, kQuantity, kUnitPrice, kBack, kColumns };

  public slots:
    void scan_product();       // Enter in the product line
    void find_product();       // F3
    void identify_customer();  // Enter in the customer line
    // A cell typed by the cashier: a quantity (0 removes the line) or the unit price.
    void edit_cell(int row, int column, const QString& typed);
    void confirm();          // F12
    void reject() override;  // closes the draft too

  private:
    void add_weighed(const store::Product& product);
    void refresh();
    void show(const till::Notice& notice);

    till::TillSession& session_;
    const Formatter& format_;
    DialogRunner run_;
    QLabel* approved_;
    QLineEdit* product_;
    QTableWidget* lines_;
    QLineEdit* customer_;
    QLabel* customer_name_;
    QComboBox* tender_;
    QLineEdit* reason_;
    QLabel* money_back_;
    QLabel* result_;
    QPushButton* confirm_;
    std::optional<till::Notice> notice_;
    bool filling_ = false;  // refresh() is writing the table: its cell changes are not the cashier's
};

}  // namespace kassa::ui
