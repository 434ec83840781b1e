#include "kassa/ui/payment_dialog.hpp"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "kassa/ui/notice_text.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::show_sentence;

PaymentDialog::PaymentDialog(till::TillSession& session, const Formatter& format, QWidget* parent)
    : QDialog(parent), session_(session), format_(format) {
    setWindowTitle(tr("Payment"));
    auto* layout = new QVBoxLayout(this);
    auto* figures = new QGridLayout();
    const auto figure = [&](const QString& caption, const char* name, int row) {
        auto* value = new QLabel(this);
        value->setObjectName(QString::fromLatin1(name));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        figures->addWidget(new QLabel(caption, this), row, 0);
        figures->addWidget(value, row, 1);
        return value;
    };
    payable_ = figure(tr("To pay"), "payable", 0);
    paid_ = figure(tr("Paid"), "paid", 1);
    remaining_ = figure(tr("Left to pay"), "remaining", 2);
    change_ = figure(tr("Change"), "change", 3);
    payable_->setStyleSheet(QStringLiteral("font-size: 24pt; font-weight: bold;"));
    change_->setStyleSheet(QStringLiteral("font-size: 24pt; font-weight: bold; color: #1b5e20;"));
    layout->addLayout(figures);

    payments_ = new QListWidget(this);
    payments_->setObjectName(QStringLiteral("payments"));
    payments_->setFocusPolicy(Qt::NoFocus);
    payments_->setMaximumHeight(90);
    layout->addWidget(payments_);

    layout->addWidget(new QLabel(tr("Amount received (empty: exactly what is left)"), this));
    amount_ = new QLineEdit(this);
    amount_->setObjectName(QStringLiteral("amount"));
    amount_->setStyleSheet(QStringLiteral("font-size: 20pt;"));
    connect(amount_, &QLineEdit::returnPressed, this, &PaymentDialog::pay_cash);
    layout->addWidget(amount_);

    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("result"));
    result_->setWordWrap(true);
    result_->hide();
    layout->addWidget(result_);

    auto* buttons = new QHBoxLayout();
    auto* cash = new QPushButton(tr("Cash (Enter)"), this);
    auto* card = new QPushButton(tr("F2: card"), this);
    auto* clear = new QPushButton(tr("F8: clear payments"), this);
    auto* close = new QPushButton(tr("Back (Esc)"), this);
    detail::bind_key(card, QKeySequence(Qt::Key_F2));
    detail::bind_key(clear, QKeySequence(Qt::Key_F8));
    for (QPushButton* b : {cash, card, clear, close}) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(b);
    }
    connect(cash, &QPushButton::clicked, this, &PaymentDialog::pay_cash);
    connect(card, &QPushButton::clicked, this, &PaymentDialog::pay_card);
    connect(clear, &QPushButton::clicked, this, &PaymentDialog::clear_payments);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addLayout(buttons);
    refresh();
    amount_->setFocus();
}

void PaymentDialog::take(store::PaymentLine::Method method) {
    const QString typed = amount_->text().trimmed();
    Money amount = session_.remaining();
    if (!typed.isEmpty()) {
        const auto parsed = format_.parse_money(typed);
        if (!parsed) {
            show_sentence(result_, tr("Type an amount such as %1.").arg(format_.money(Money::minor(1250))),
                          false);
            amount_->selectAll();
            return;
        }
        amount = *parsed;
    }
    notice_ = session_.add_payment(method, amount);
    show_sentence(result_, NoticeText::sentence(*notice_), notice_->ok());
    if (notice_->ok()) {
        finish_if_covered();
    }
    if (!committed_) {
        refresh();
    }
}

void PaymentDialog::pay_cash() {
    take(store::PaymentLine::Method::cash);
}

void PaymentDialog::pay_card() {
    take(store::PaymentLine::Method::card);
}

void PaymentDialog::clear_payments() {
    session_.clear_payments();
    result_->hide();
    refresh();
}

void PaymentDialog::finish_if_covered() {
    if (!session_.remaining().is_zero()) {
        return;
    }
    notice_ = session_.finish();
    if (notice_->outcome == till::Outcome::sale_committed) {
        committed_ = true;
        accept();
        return;
    }
    // A store failure keeps the basket and the payments: Enter again retries.
    show_sentence(result_, NoticeText::sentence(*notice_), false);
}

void PaymentDialog::refresh() {
    payable_->setText(format_.money_with_currency(session_.payable()));
    paid_->setText(format_.money(session_.paid()));
    remaining_->setText(format_.money(session_.remaining()));
    change_->setText(format_.money(session_.change()));
    payments_->clear();
    for (const till::Payment& p : session_.payments()) {
        QString method;
        switch (p.method) {
            case store::PaymentLine::Method::cash:
                method = tr("Cash");
                break;
            case store::PaymentLine::Method::card:
                method = tr("Card");
                break;
            case store::PaymentLine::Method::other:
                method = tr("Other");
                break;
        }
        payments_->addItem(tr("%1: %2").arg(method, format_.money(p.amount)));
    }
    amount_->setText(format_.money(session_.remaining()));
    amount_->selectAll();
    amount_->setFocus();
}

}  // namespace kassa::ui
