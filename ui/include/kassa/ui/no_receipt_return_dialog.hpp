#pragma once
// A return without a receipt, opened once the owner approved it (till::NoReceiptReturn::open): scan or find
// the goods (F3), type quantities and the unit price the owner confirms in the table, the customer's card or
// phone when she wants it on her record, how the money goes back, why; F12 confirms. The money back is the
// store's preview, refreshed at every change; the dialog decides nothing itself. What it shares with the
// return against a receipt is ReturnDialogBase.
//
// Threading rule: GUI thread only.

#include "kassa/till/returns.hpp"
#include "kassa/ui/dialog_runner.hpp"
#include "kassa/ui/return_dialog_base.hpp"

class QLabel;
class QLineEdit;

namespace kassa::ui {

class NoReceiptReturnDialog : public ReturnDialogBase {
    Q_OBJECT

  public:
    // The session must have a return without a receipt open; `run` shows the weight and search dialogs.
    NoReceiptReturnDialog(till::TillSession& session, const Formatter& format, DialogRunner run,
                          QWidget* parent = nullptr);
    [[nodiscard]] QLineEdit* product_edit() const { return product_; }
    [[nodiscard]] QLineEdit* customer_edit() const { return customer_; }

    enum Column { kName, kQuantity, kUnitPrice, kBack, kColumns };

  public slots:
    void scan_product();       // Enter in the product line
    void find_product();       // F3
    void identify_customer();  // Enter in the customer line
    // A cell typed by the cashier: a quantity (0 removes the line) or the unit price.
    void edit_cell(int row, int column, const QString& typed);

  private:
    void fill() override;
    void cell_typed(int row, int column, const QString& typed) override { edit_cell(row, column, typed); }
    void add_weighed(const store::Product& product);

    till::TillSession& session_;  // for finding products by name
    till::NoReceiptReturn& return_;
    DialogRunner run_;
    QLabel* approved_;
    QLineEdit* product_;
    QLineEdit* customer_;
    QLabel* customer_name_;
};

}  // namespace kassa::ui
