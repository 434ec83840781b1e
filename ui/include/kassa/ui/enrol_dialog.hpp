#pragma once
// Enrolling a customer at the till in under 30 seconds: first and last name, phone, birthday, e-mail, the
// three consents with their text shown, and a card scanned into the card field. Tab walks the fields in
// order and Enter enrols. A named customer needs the personal-data consent (without it only an anonymous
// card may be issued); the store refuses unreadable phones and cards in use, with a sentence shown here.
//
// Threading rule: GUI thread only.

#include <QDialog>
#include <optional>

#include "kassa/till/session.hpp"
#include "kassa/ui/formatter.hpp"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace kassa::ui {

class EnrolDialog : public QDialog {
    Q_OBJECT

  public:
    EnrolDialog(till::TillSession& session, const Formatter& format, QWidget* parent = nullptr);
    [[nodiscard]] const std::optional<till::Notice>& last_notice() const { return notice_; }
    // The sentence shown under the form after the last attempt (empty when none).
    [[nodiscard]] QString refusal() const;

    [[nodiscard]] QLineEdit* first_name() const { return first_; }
    [[nodiscard]] QLineEdit* last_name() const { return last_; }
    [[nodiscard]] QLineEdit* phone() const { return phone_; }
    [[nodiscard]] QLineEdit* birthday() const { return birthday_; }
    [[nodiscard]] QLineEdit* email() const { return email_; }
    [[nodiscard]] QLineEdit* card() const { return card_; }
    [[nodiscard]] QCheckBox* consent_personal() const { return personal_; }
    [[nodiscard]] QCheckBox* consent_sms() const { return sms_; }
    [[nodiscard]] QCheckBox* consent_email() const { return email_consent_; }

  public slots:
    void accept() override;  // enrols, or shows why not and stays open

  private:
    // What the form says, or a sentence saying what is missing or unreadable.
    std::optional<store::Enrolment> read_form(QString& problem) const;

    till::TillSession& session_;
    const Formatter& format_;
    QLineEdit* first_;
    QLineEdit* last_;
    QLineEdit* phone_;
    QLineEdit* birthday_;
    QLineEdit* email_;
    QLineEdit* card_;
    QCheckBox* personal_;
    QCheckBox* sms_;
    QCheckBox* email_consent_;
    QLabel* result_;
    std::optional<till::Notice> notice_;
};

}  // namespace kassa::ui
