#pragma once
// Who is at the till: choose the cashier, type the PIN, Enter. A wrong PIN or a locked account shows the
// store's sentence ("Wrong PIN: 2 attempts left.", "Locked until 14:05 ..."). On a shop without any
// account yet, FirstOwnerDialog asks for the owner's name and PIN once.
//
// Threading rule: GUI thread only.

#include <QDialog>
#include <optional>
#include <string>
#include <vector>

#include "kassa/till/session.hpp"

class QComboBox;
class QLabel;
class QLineEdit;

namespace kassa::ui {

class LoginDialog : public QDialog {
    Q_OBJECT

  public:
    LoginDialog(till::TillSession& session, std::vector<store::Cashier> cashiers, QWidget* parent = nullptr);
    [[nodiscard]] const std::optional<till::Notice>& last_notice() const { return notice_; }
    [[nodiscard]] QComboBox* cashier_box() const { return cashier_; }
    [[nodiscard]] QLineEdit* pin_edit() const { return pin_; }
    [[nodiscard]] QLabel* refusal_label() const { return result_; }

  public slots:
    void accept() override;  // logs in, or shows the refusal and stays open

  private:
    till::TillSession& session_;
    std::vector<store::Cashier> cashiers_;
    QComboBox* cashier_;
    QLineEdit* pin_;
    QLabel* result_;
    std::optional<till::Notice> notice_;
};

// The first start of a shop with no accounts: the owner's name and PIN (typed twice).
class FirstOwnerDialog : public QDialog {
    Q_OBJECT

  public:
    explicit FirstOwnerDialog(QWidget* parent = nullptr);
    [[nodiscard]] std::string name() const;
    [[nodiscard]] std::string pin() const;
    // A refusal from the store (a PIN it does not take) to show on the next run.
    void show_refusal(const QString& sentence);

  public slots:
    void accept() override;  // only with a name and two equal PINs

  private:
    QLineEdit* name_;
    QLineEdit* pin_;
    QLineEdit* again_;
    QLabel* result_;
};

}  // namespace kassa::ui
