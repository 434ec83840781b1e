#pragma once
// Taking the money: cash (with change), card, or both. The amount line starts with what is left to pay;
// Enter takes it as cash and, once the payments cover the total, commits the sale. F2 takes the typed
// amount (or the rest) by card. The figures shown (payable, paid, left, change) are the session's.
//
// Threading rule: GUI thread only.

#include <QDialog>
#include <optional>

#include "kassa/till/session.hpp"
#include "kassa/ui/formatter.hpp"

class QLabel;
class QLineEdit;
class QListWidget;

namespace kassa::ui {

class PaymentDialog : public QDialog {
    Q_OBJECT

  public:
    PaymentDialog(till::TillSession& session, const Formatter& format, QWidget* parent = nullptr);
    [[nodiscard]] const std::optional<till::Notice>& last_notice() const { return notice_; }
    // True once the sale was committed (the dialog then closes as accepted).
    [[nodiscard]] bool committed() const { return committed_; }
    [[nodiscard]] QLineEdit* amount() const { return amount_; }

  public slots:
    void pay_cash();  // Enter
    void pay_card();  // F2
    void clear_payments();

  private:
    void take(store::PaymentLine::Method method);
    void finish_if_covered();
    void refresh();

    till::TillSession& session_;
    const Formatter& format_;
    QLabel* payable_;
    QLabel* paid_;
    QLabel* remaining_;
    QLabel* change_;
    QListWidget* payments_;
    QLineEdit* amount_;
    QLabel* result_;
    std::optional<till::Notice> notice_;
    bool committed_ = false;
};

}  // namespace kassa::ui
