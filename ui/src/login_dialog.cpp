#include "kassa/ui/login_dialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "kassa/ui/notice_text.hpp"
#include "text_bounds.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::show_sentence;
using detail::ss;

namespace {

QDialogButtonBox* buttons_for(QDialog* dialog, const QString& ok) {
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setText(ok);
    box->button(QDialogButtonBox::Ok)->setDefault(true);
    box->button(QDialogButtonBox::Cancel)
        ->setText(QCoreApplication::translate("kassa::ui::Dialogs", "Close (Esc)"));
    for (QAbstractButton* b : box->buttons()) {
        b->setFocusPolicy(Qt::NoFocus);
    }
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

}  // namespace

LoginDialog::LoginDialog(till::TillSession& session, std::vector<store::Cashier> cashiers, QWidget* parent)
    : QDialog(parent), session_(session), cashiers_(std::move(cashiers)) {
    setWindowTitle(tr("Log in"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    cashier_ = new QComboBox(this);
    cashier_->setObjectName(QStringLiteral("cashier"));
    for (const store::Cashier& c : cashiers_) {
        cashier_->addItem(c.role == store::Role::owner ? tr("%1 (owner)").arg(qs(c.name)) : qs(c.name));
    }
    pin_ = new QLineEdit(this);
    pin_->setObjectName(QStringLiteral("pin"));
    pin_->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Cashier"), cashier_);
    form->addRow(tr("PIN"), pin_);
    layout->addLayout(form);
    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("result"));
    result_->setWordWrap(true);
    result_->hide();
    layout->addWidget(result_);
    layout->addWidget(buttons_for(this, tr("Log in (Enter)")));
    setTabOrder(cashier_, pin_);
    // A till usually has one or two cashiers: start on the PIN; Shift+Tab reaches the name.
    pin_->setFocus();
}

void LoginDialog::accept() {
    const int index = cashier_->currentIndex();
    if (index < 0 || static_cast<std::size_t>(index) >= cashiers_.size()) {
        show_sentence(result_, tr("Choose who is at the till."), false);
        return;
    }
    notice_ = session_.log_in(cashiers_[static_cast<std::size_t>(index)].id, ss(pin_->text()));
    if (notice_->ok()) {
        QDialog::accept();
        return;
    }
    show_sentence(result_, NoticeText::sentence(*notice_), false);
    pin_->clear();
    pin_->setFocus();
}

FirstOwnerDialog::FirstOwnerDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("The owner's account"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("This shop has no accounts yet. Create the owner's account: the owner approves returns, "
           "cancellations and corrections with this PIN."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout();
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("name"));
    bound_text(name_, store::TextField::cashier_name);
    pin_ = new QLineEdit(this);
    pin_->setObjectName(QStringLiteral("pin"));
    pin_->setEchoMode(QLineEdit::Password);
    pin_->setPlaceholderText(tr("4 to 8 digits"));
    again_ = new QLineEdit(this);
    again_->setObjectName(QStringLiteral("again"));
    again_->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Name"), name_);
    form->addRow(tr("PIN"), pin_);
    form->addRow(tr("PIN again"), again_);
    layout->addLayout(form);
    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("result"));
    result_->setWordWrap(true);
    result_->hide();
    layout->addWidget(result_);
    layout->addWidget(buttons_for(this, tr("Create (Enter)")));
    name_->setFocus();
}

std::string FirstOwnerDialog::name() const {
    return ss(name_->text().trimmed());
}
std::string FirstOwnerDialog::pin() const {
    return ss(pin_->text());
}

void FirstOwnerDialog::show_refusal(const QString& sentence) {
    show_sentence(result_, sentence, false);
}

void FirstOwnerDialog::accept() {
    if (name_->text().trimmed().isEmpty()) {
        show_sentence(result_, tr("Type the owner's name."), false);
        return;
    }
    if (pin_->text() != again_->text()) {
        show_sentence(result_, tr("The two PINs differ; type them again."), false);
        pin_->clear();
        again_->clear();
        pin_->setFocus();
        return;
    }
    QDialog::accept();
}

}  // namespace kassa::ui
