#pragma once
// What the two return dialogs share (ReturnDialog against a receipt, NoReceiptReturnDialog without one):
// the lines table the cashier types into, how the money goes back, why, the money back, the sentence of the
// last notice, F12 to confirm and Esc to close. Each dialog adds its own top (the receipt, or the product
// line), its columns and form rows, and its keys. The dialog decides nothing: every figure and every
// refusal is the return flow's (kassa/till/returns.hpp); closing the dialog closes the flow's draft.
//
// Threading rule: GUI thread only.

#include <QDialog>
#include <QKeySequence>
#include <QStringList>
#include <optional>

#include "kassa/till/returns.hpp"
#include "kassa/ui/formatter.hpp"

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace kassa::ui {

class ReturnDialogBase : public QDialog {
    Q_OBJECT

  public:
    [[nodiscard]] const std::optional<till::Notice>& last_notice() const { return notice_; }
    [[nodiscard]] QTableWidget* lines() const { return lines_; }
    [[nodiscard]] QComboBox* tender() const { return tender_; }
    [[nodiscard]] QLineEdit* reason_edit() const { return reason_; }
    [[nodiscard]] QLabel* money_back() const { return money_back_; }
    [[nodiscard]] QLabel* result_label() const { return result_; }

  public slots:
    // F12, or Enter in the reason: the flow confirms with the reason typed (or says what is missing).
    void confirm();
    void reject() override;  // closes the flow's draft too

  protected:
    // Lays out, top to bottom: header() (the subclass's widgets), the lines table with `columns` (the first
    // one stretched: the item's name), form() (the subclass adds its rows, with add_tender_row() and
    // add_reason_row() where it wants them), the sentence of the last notice, and the buttons (F12 and Close,
    // the subclass's own around F12 with add_button()). The subclass calls refresh() when it is laid out.
    ReturnDialogBase(till::ReturnFlow& flow, const Formatter& format, const QStringList& columns,
                     QWidget* parent);

    [[nodiscard]] QVBoxLayout* header() const { return header_; }
    [[nodiscard]] QFormLayout* form() const { return form_; }
    [[nodiscard]] QPushButton* confirm_button() const { return confirm_; }
    void add_tender_row();
    void add_reason_row();
    // A button with its function key, placed before F12 or between F12 and Close.
    QPushButton* add_button(const QString& text, const QKeySequence& key, bool after_confirm);

    // Shows the notice's sentence under the form and names it in the till's log ("kassa: return <outcome>"):
    // support reads it, and the end-to-end test waits for it while the dialog stays open.
    void show(const till::Notice& notice);
    // Rebuilds the table and the figures from the flow (fill()), and the tender and reason from its draft.
    void refresh();
    // refresh() once the cell's editor has finished committing: rebuilding the table from inside its
    // cellChanged signal would delete the item being written.
    void refresh_later();
    // Writes one cell while fill() builds the table; only an editable one takes the cashier's typing.
    void set_cell(int row, int column, const QString& text, bool editable);

    const Formatter& format_;

  private:
    // The table (rows are cleared before), the figures and the confirm button, from the flow's draft.
    virtual void fill() = 0;
    // The cashier typed `typed` into a cell of the table.
    virtual void cell_typed(int row, int column, const QString& typed) = 0;

    till::ReturnFlow& flow_;
    QVBoxLayout* header_;
    QTableWidget* lines_;
    QFormLayout* form_;
    QComboBox* tender_;
    QLineEdit* reason_;
    QLabel* money_back_;
    QLabel* result_;
    QHBoxLayout* buttons_;
    QPushButton* confirm_;
    QPushButton* close_;
    std::optional<till::Notice> notice_;
    bool filling_ = false;  // refresh() is writing the table: its cell changes are not the cashier's
};

}  // namespace kassa::ui
