#include "kassa/ui/enrol_dialog.hpp"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <optional>

#include "kassa/ui/notice_text.hpp"
#include "text_bounds.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::show_sentence;
using detail::ss;

namespace {

QLabel* consent_text(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #424242; font-size: 11pt;"));
    return label;
}

}  // namespace

EnrolDialog::EnrolDialog(till::TillSession& session, const Formatter& format, QWidget* parent)
    : QDialog(parent), session_(session), format_(format) {
    setWindowTitle(tr("Enrol a customer"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    const auto field = [&](const char* name, const QString& caption, const QString& placeholder,
                           std::optional<store::TextField> bound = std::nullopt) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        if (bound) {
            bound_text(edit, *bound);
        }
        edit->setPlaceholderText(placeholder);
        form->addRow(caption, edit);
        return edit;
    };
    first_ = field("first_name", tr("First name"), QString(), store::TextField::first_name);
    last_ = field("last_name", tr("Last name"), QString(), store::TextField::last_name);
    phone_ = field("phone", tr("Phone"), tr("5123 4567 or +372 5123 4567"), store::TextField::phone);
    birthday_ = field("birthday", tr("Birthday"), tr("%1 (optional)").arg(format.date_format().toUpper()));
    // Read as a date, never kept as text: a date in any format the till reads fits in 32 characters.
    birthday_->setMaxLength(32);
    email_ = field("email", tr("E-mail"), tr("optional"), store::TextField::email);
    card_ = field("card", tr("Card"), tr("scan the new card (optional)"), store::TextField::card_number);
    layout->addLayout(form);

    personal_ = new QCheckBox(tr("Personal data: the customer agrees"), this);
    personal_->setObjectName(QStringLiteral("consent_personal"));
    layout->addWidget(personal_);
    layout->addWidget(consent_text(
        tr("I agree that the shop keeps my name, phone, birthday, e-mail and purchases for its loyalty "
           "programme. I may ask for a copy of them or for their erasure at any time. Without this consent "
           "only an anonymous card can be issued."),
        this));
    sms_ = new QCheckBox(tr("SMS: offers and birthday wishes by text message"), this);
    sms_->setObjectName(QStringLiteral("consent_sms"));
    layout->addWidget(sms_);
    email_consent_ = new QCheckBox(tr("E-mail: offers and news by e-mail"), this);
    email_consent_->setObjectName(QStringLiteral("consent_email"));
    layout->addWidget(email_consent_);
    layout->addWidget(consent_text(tr("Marketing consents can be withdrawn at any time at the till."), this));

    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("result"));
    result_->setWordWrap(true);
    result_->hide();
    layout->addWidget(result_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enrol (Enter)"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close (Esc)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The order a customer dictates in: names, phone, birthday, e-mail, card, then the consents.
    QWidget* order[] = {first_, last_, phone_, birthday_, email_, card_, personal_, sms_, email_consent_};
    for (std::size_t i = 0; i + 1 < std::size(order); ++i) {
        setTabOrder(order[i], order[i + 1]);
    }
    // Buttons are reached by Enter and Esc; Tab stays within the form.
    for (QAbstractButton* b : buttons->buttons()) {
        b->setFocusPolicy(Qt::NoFocus);
    }
    first_->setFocus();
}

QString EnrolDialog::refusal() const {
    return result_->text();
}

std::optional<store::Enrolment> EnrolDialog::read_form(QString& problem) const {
    store::Enrolment e;
    e.first_name = ss(first_->text().trimmed());
    e.last_name = ss(last_->text().trimmed());
    e.phone = ss(phone_->text().trimmed());
    e.email = ss(email_->text().trimmed());
    e.card_number = ss(card_->text().trimmed());
    e.consents.personal_data = personal_->isChecked();
    e.consents.sms = sms_->isChecked();
    e.consents.email = email_consent_->isChecked();
    e.consent_source = "till";
    const QString birthday = birthday_->text().trimmed();
    if (!birthday.isEmpty()) {
        QDate date = format_.locale().toDate(birthday, format_.date_format());
        // Four-digit years only: a two-digit one leaves the century to guess.
        for (const QString& pattern :
             {QStringLiteral("d.M.yyyy"), QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy-MM-dd")}) {
            if (date.isValid()) {
                break;
            }
            date = QDate::fromString(birthday, pattern);
        }
        if (!date.isValid()) {
            problem = tr("The birthday does not read as a date: type it like %1.")
                          .arg(format_.locale().toString(QDate(1990, 3, 25), format_.date_format()));
            return std::nullopt;
        }
        e.birthday = std::chrono::year_month_day{std::chrono::year{date.year()},
                                                 std::chrono::month{static_cast<unsigned>(date.month())},
                                                 std::chrono::day{static_cast<unsigned>(date.day())}};
    }
    const bool named = !e.first_name.empty() || !e.last_name.empty() || !e.phone.empty() ||
                       !e.email.empty() || e.birthday.has_value();
    if (named && !e.consents.personal_data) {
        problem =
            tr("Without the customer's consent to keep personal data, only an anonymous card can be "
               "issued: tick the consent or clear the name, phone, birthday and e-mail.");
        return std::nullopt;
    }
    if (!named && e.card_number.empty()) {
        problem = tr("Type the customer's name and phone, or scan a card for an anonymous customer.");
        return std::nullopt;
    }
    if ((e.consents.sms && e.phone.empty()) || (e.consents.email && e.email.empty())) {
        problem = tr("A marketing consent needs the phone or e-mail it is for.");
        return std::nullopt;
    }
    return e;
}

void EnrolDialog::accept() {
    QString problem;
    const auto enrolment = read_form(problem);
    if (!enrolment) {
        show_sentence(result_, problem, false);
        return;
    }
    notice_ = session_.enrol(*enrolment);
    if (notice_->ok()) {
        QDialog::accept();
        return;
    }
    show_sentence(result_, NoticeText::sentence(*notice_), false);
}

}  // namespace kassa::ui
