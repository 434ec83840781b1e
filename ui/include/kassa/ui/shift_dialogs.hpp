#pragma once
// The shift at the till (issue 19): opening it with the counted float, cash in and out, the X report, and
// the close with the counted cash and the Z report. Every figure and every refusal is the ShiftDesk's; the
// dialogs ask, show and word.
//
// Threading rule: GUI thread only.

#include <QDialog>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

#include "kassa/till/shift_desk.hpp"
#include "kassa/ui/dialog_runner.hpp"
#include "kassa/ui/formatter.hpp"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kassa::ui {

// The report's words in the screen's language.
till::ShiftReportLabels shift_report_labels();

// "Open the shift": the cash counted in the drawer, offered as what the last close left there.
class OpenShiftDialog : public QDialog {
    Q_OBJECT

  public:
    OpenShiftDialog(till::ShiftDesk& desk, const Formatter& format, QWidget* parent = nullptr);
    [[nodiscard]] QLineEdit* amount() const { return amount_; }
    [[nodiscard]] const std::optional<till::Notice>& last_notice() const { return notice_; }

  public slots:
    void accept() override;  // opens the shift; stays open with the refusal otherwise

  private:
    till::ShiftDesk& desk_;
    const Formatter& format_;
    QLineEdit* amount_;
    QLabel* result_;
    std::optional<till::Notice> notice_;
};

// Cash put in or taken out: the amount and why. The caller records it (with the owner's PIN when needed).
class CashMovementDialog : public QDialog {
    Q_OBJECT

  public:
    CashMovementDialog(store::CashMovementKind kind, const Formatter& format, QWidget* parent = nullptr);
    [[nodiscard]] QLineEdit* amount_edit() const { return amount_; }
    [[nodiscard]] QLineEdit* reason_edit() const { return reason_; }
    [[nodiscard]] Money amount() const { return amount_value_; }
    [[nodiscard]] std::string reason() const;
    void show_refusal(const QString& sentence);

  public slots:
    void accept() override;  // only with an amount that reads and a reason

  private:
    const Formatter& format_;
    QLineEdit* amount_;
    QLineEdit* reason_;
    QLabel* result_;
    Money amount_value_;
};

// The count at the close: how many of each note and coin, or one amount; the float left for tomorrow.
// A receipt to print again, by its number (the last sale's is offered).
class ReprintDialog : public QDialog {
    Q_OBJECT

  public:
    ReprintDialog(std::optional<std::int64_t> last, QWidget* parent = nullptr);
    [[nodiscard]] QLineEdit* number_edit() const { return number_; }
    [[nodiscard]] std::optional<std::int64_t> number() const;

  private:
    QLineEdit* number_;
};

class CloseShiftDialog : public QDialog {
    Q_OBJECT

  public:
    CloseShiftDialog(till::ShiftDesk& desk, const Formatter& format, QWidget* parent = nullptr);
    // Denominations in minor units, largest first, with the edit that counts each.
    [[nodiscard]] const std::vector<std::pair<Money, QLineEdit*>>& counts() const { return counts_; }
    [[nodiscard]] QLineEdit* total_edit() const { return total_; }
    [[nodiscard]] QLineEdit* left_edit() const { return left_; }
    [[nodiscard]] const std::optional<till::Notice>& last_notice() const { return notice_; }

  public slots:
    void accept() override;  // closes the shift with its Z report; stays open with the refusal otherwise

  private:
    void recount();

    till::ShiftDesk& desk_;
    const Formatter& format_;
    std::vector<std::pair<Money, QLineEdit*>> counts_;
    QLineEdit* total_;
    QLineEdit* left_;
    QLabel* result_;
    std::optional<till::Notice> notice_;
};

// The shift's X report with its actions: F2 cash in, F3 cash out, F4 no sale (the drawer), F5 print the X,
// F6 reprint a receipt (COPY), F10 close the shift. After a close it shows the Z report.
class ShiftDialog : public QDialog {
    Q_OBJECT

  public:
    ShiftDialog(till::ShiftDesk& desk, const Formatter& format, const std::string& shop_name,
                DialogRunner run, QWidget* parent = nullptr);
    [[nodiscard]] QPlainTextEdit* report() const { return report_; }
    [[nodiscard]] const std::optional<till::Notice>& last_notice() const { return notice_; }

  public slots:
    void cash_in();
    void cash_out();
    void no_sale();
    void close_shift();
    void print_x();
    void reprint();

  private:
    void move(store::CashMovementKind kind);
    void show_report();
    void say(const till::Notice& notice);

    till::ShiftDesk& desk_;
    const Formatter& format_;
    std::string shop_name_;
    DialogRunner run_;
    QPlainTextEdit* report_;
    QLabel* result_;
    std::optional<till::Notice> notice_;
};

}  // namespace kassa::ui
