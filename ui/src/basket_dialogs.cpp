#include "kassa/ui/basket_dialogs.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include "kassa/ui/notice_text.hpp"
#include "text_bounds.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::show_sentence;
using detail::ss;

using detail::ok_cancel;
using detail::sentence_label;

// ---- owner PIN -------------------------------------------------------------------------------------------

till::Notice with_owner_pin(const DialogRunner& run, QWidget* parent, const QString& why,
                            const std::function<till::Notice(const std::string&)>& act) {
    till::Notice notice = act({});
    QString refusal;
    while (notice.outcome == till::Outcome::needs_owner || notice.outcome == till::Outcome::owner_pin_wrong) {
        if (notice.outcome == till::Outcome::owner_pin_wrong) {
            refusal = NoticeText::sentence(notice);
        }
        OwnerPinDialog dialog(why, refusal, parent);
        if (run(dialog) != QDialog::Accepted) {
            return notice;  // what the till last said: the PIN is still needed, or the last one was wrong
        }
        notice = act(dialog.pin());
    }
    return notice;
}

OwnerPinDialog::OwnerPinDialog(const QString& why, const QString& previous_refusal, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Owner's PIN"));
    auto* layout = new QVBoxLayout(this);
    auto* reason = new QLabel(why, this);
    reason->setWordWrap(true);
    layout->addWidget(reason);
    pin_ = new QLineEdit(this);
    pin_->setObjectName(QStringLiteral("pin"));
    pin_->setEchoMode(QLineEdit::Password);
    pin_->setPlaceholderText(tr("Owner's PIN"));
    layout->addWidget(pin_);
    auto* refusal = sentence_label(this);
    show_sentence(refusal, previous_refusal, false);
    layout->addWidget(refusal);
    layout->addWidget(ok_cancel(this, tr("Approve (Enter)")));
    pin_->setFocus();
}

std::string OwnerPinDialog::pin() const {
    return ss(pin_->text());
}

// ---- quantity --------------------------------------------------------------------------------------------

QuantityDialog::QuantityDialog(const Formatter& format, const QString& product, bool by_weight,
                               std::optional<Quantity> current, QWidget* parent)
    : QDialog(parent), format_(format), by_weight_(by_weight) {
    setWindowTitle(by_weight ? tr("Weight") : tr("Quantity"));
    auto* layout = new QFormLayout(this);
    edit_ = new QLineEdit(this);
    edit_->setObjectName(QStringLiteral("quantity"));
    if (current) {
        // The number alone, so typing replaces it and Enter keeps it.
        edit_->setText(by_weight ? format.quantity(*current, true).section(QChar(0x00A0), 0, 0)
                                 : format.quantity(*current, false));
        edit_->selectAll();
    }
    layout->addRow(new QLabel(product, this));
    layout->addRow(by_weight ? tr("Weight, kg") : tr("Pieces"), edit_);
    error_ = sentence_label(this);
    layout->addRow(error_);
    layout->addRow(ok_cancel(this, tr("OK (Enter)")));
    edit_->setFocus();
}

void QuantityDialog::accept() {
    quantity_ = format_.parse_quantity(edit_->text(), by_weight_);
    if (!quantity_) {
        show_sentence(error_,
                      by_weight_ ? tr("Type the weight in kilograms, for example 0.250.")
                                 : tr("Type a whole number of pieces above zero."),
                      false);
        edit_->selectAll();
        return;
    }
    QDialog::accept();
}

// ---- coupons ---------------------------------------------------------------------------------------------

CouponDialog::CouponDialog(till::TillSession& session, QWidget* parent) : QDialog(parent), session_(session) {
    setWindowTitle(tr("Coupons"));
    auto* layout = new QVBoxLayout(this);
    code_ = new QLineEdit(this);
    code_->setObjectName(QStringLiteral("code"));
    bound_text(code_, store::TextField::coupon_code);
    code_->setPlaceholderText(tr("Scan or type the coupon code, then Enter"));
    connect(code_, &QLineEdit::returnPressed, this, &CouponDialog::add_code);
    layout->addWidget(code_);
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("coupons"));
    list_->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(list_);
    new detail::ArrowKeysToList(code_, list_);
    auto* remove = new QPushButton(tr("Del: remove the selected coupon"), this);
    remove->setFocusPolicy(Qt::NoFocus);
    remove->setAutoDefault(false);
    connect(remove, &QPushButton::clicked, this, &CouponDialog::remove_selected);
    auto* del = new QShortcut(QKeySequence(Qt::Key_Delete), this);
    connect(del, &QShortcut::activated, this, [this] {
        if (code_->text().isEmpty()) {
            remove_selected();
        } else {
            code_->del();
        }
    });
    layout->addWidget(remove);
    result_ = sentence_label(this);
    layout->addWidget(result_);
    auto* close = new QPushButton(tr("Done (Esc)"), this);
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(close);
    refresh();
    code_->setFocus();
}

void CouponDialog::add_code() {
    const QString code = code_->text().trimmed();
    if (code.isEmpty()) {
        accept();  // Enter on an empty line: done
        return;
    }
    notice_ = session_.add_coupon(ss(code));
    show_sentence(result_, NoticeText::sentence(*notice_), notice_->ok());
    if (notice_->ok()) {
        code_->clear();
    } else {
        code_->selectAll();
    }
    refresh();
}

void CouponDialog::remove_selected() {
    QListWidgetItem* item = list_->currentItem();
    if (item == nullptr) {
        return;
    }
    notice_ = session_.remove_coupon(ss(item->text()));
    show_sentence(result_, NoticeText::sentence(*notice_), notice_->ok());
    refresh();
}

void CouponDialog::refresh() {
    list_->clear();
    for (const std::string& code : session_.coupons()) {
        list_->addItem(qs(code));
    }
    if (list_->count() > 0) {
        list_->setCurrentRow(list_->count() - 1);
    }
}

// ---- points ----------------------------------------------------------------------------------------------

RedeemDialog::RedeemDialog(till::TillSession& session, const Formatter& format, QWidget* parent)
    : QDialog(parent), session_(session), format_(format) {
    setWindowTitle(tr("Pay with points"));
    auto* layout = new QVBoxLayout(this);
    explanation_ = new QLabel(this);
    explanation_->setObjectName(QStringLiteral("explanation"));
    explanation_->setWordWrap(true);
    const auto& info = session.quote().redemption;
    if (info) {
        QStringList lines;
        lines << tr("Balance: %1 points").arg(format.points(info->balance));
        lines << tr("At most %1 points can be used for this purchase.").arg(format.points(info->max_allowed));
        lines << tr("Limit for this purchase: %1 points.").arg(format.points(info->cap));
        if (!info->minimum.is_zero()) {
            lines << tr("Paying with points starts at %1 points.").arg(format.points(info->minimum));
        }
        explanation_->setText(lines.join(QLatin1Char('\n')));
    } else {
        explanation_->setText(tr("The shop's rules do not take points for this purchase."));
    }
    layout->addWidget(explanation_);
    points_ = new QLineEdit(this);
    points_->setObjectName(QStringLiteral("points"));
    points_->setPlaceholderText(tr("Points to use (empty: as many as allowed)"));
    if (session.redeem_request().kind == RedeemRequest::Kind::points) {
        points_->setText(format.points(session.redeem_request().points));
        points_->selectAll();
    }
    connect(points_, &QLineEdit::returnPressed, this, &RedeemDialog::use_typed);
    layout->addWidget(points_);
    result_ = sentence_label(this);
    layout->addWidget(result_);
    auto* row = new QHBoxLayout();
    auto* typed = new QPushButton(tr("Use these (Enter)"), this);
    auto* max = new QPushButton(tr("F6: use the most"), this);
    auto* none = new QPushButton(tr("F9: no points"), this);
    auto* close = new QPushButton(tr("Close (Esc)"), this);
    detail::bind_key(max, QKeySequence(Qt::Key_F6));
    detail::bind_key(none, QKeySequence(Qt::Key_F9));
    for (QPushButton* b : {typed, max, none, close}) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
        row->addWidget(b);
    }
    connect(typed, &QPushButton::clicked, this, &RedeemDialog::use_typed);
    connect(max, &QPushButton::clicked, this, &RedeemDialog::use_max);
    connect(none, &QPushButton::clicked, this, &RedeemDialog::use_none);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addLayout(row);
    points_->setFocus();
}

void RedeemDialog::apply(RedeemRequest request) {
    notice_ = session_.redeem(request);
    if (notice_->ok()) {
        accept();
        return;
    }
    show_sentence(result_, NoticeText::sentence(*notice_), false);
    points_->selectAll();
}

void RedeemDialog::use_typed() {
    if (points_->text().trimmed().isEmpty()) {
        use_max();
        return;
    }
    const auto points = format_.parse_points(points_->text());
    if (!points) {
        show_sentence(result_, tr("Type a whole number of points."), false);
        return;
    }
    apply({RedeemRequest::Kind::points, *points});
}

void RedeemDialog::use_max() {
    apply({RedeemRequest::Kind::max, Points::zero()});
}

void RedeemDialog::use_none() {
    apply({RedeemRequest::Kind::none, Points::zero()});
}

// ---- cancel ----------------------------------------------------------------------------------------------

CancelDialog::CancelDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Cancel the sale"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Why is the sale cancelled?"), this));
    reason_ = new QComboBox(this);
    reason_->setObjectName(QStringLiteral("reason"));
    reason_->setEditable(true);
    bound_text(reason_, store::TextField::cancel_reason);
    reason_->addItems({QString(), tr("The customer changed their mind"), tr("Not enough money"),
                       tr("Scanned by mistake"), tr("Price dispute")});
    reason_->setCurrentIndex(0);
    layout->addWidget(reason_);
    error_ = sentence_label(this);
    layout->addWidget(error_);
    layout->addWidget(ok_cancel(this, tr("Cancel the sale (Enter)")));
    reason_->setFocus();
}

std::string CancelDialog::reason() const {
    return ss(reason_->currentText().trimmed());
}

void CancelDialog::accept() {
    if (reason_->currentText().trimmed().isEmpty()) {
        show_sentence(error_, tr("Choose or type a reason."), false);
        return;
    }
    QDialog::accept();
}

// ---- held baskets ----------------------------------------------------------------------------------------

HeldDialog::HeldDialog(till::TillSession& session, const Formatter& format, QWidget* parent)
    : QDialog(parent), session_(session), holding_(!session.lines().empty()) {
    auto* layout = new QVBoxLayout(this);
    if (holding_) {
        setWindowTitle(tr("Hold the basket"));
        layout->addWidget(new QLabel(tr("A name to find this basket again (optional):"), this));
        label_ = new QLineEdit(this);
        label_->setObjectName(QStringLiteral("label"));
        bound_text(label_, store::TextField::basket_label);
        if (const auto& c = session.customer()) {
            label_->setText(qs(c->customer.first_name + " " + c->customer.last_name).trimmed());
        }
        label_->selectAll();
        layout->addWidget(label_);
    } else {
        setWindowTitle(tr("Resume a held basket"));
        list_ = new QListWidget(this);
        list_->setObjectName(QStringLiteral("held"));
        for (const store::HeldBasket& held : session.held()) {
            const QString label = held.label.empty() ? tr("(no name)") : qs(held.label);
            auto* item =
                new QListWidgetItem(tr("%1, held at %2").arg(label, format.date_time(held.held_at)), list_);
            item->setData(Qt::UserRole, qs(held.id));
        }
        if (list_->count() > 0) {
            list_->setCurrentRow(0);
        } else {
            layout->addWidget(new QLabel(tr("No basket is on hold."), this));
        }
        layout->addWidget(list_);
    }
    result_ = sentence_label(this);
    layout->addWidget(result_);
    layout->addWidget(ok_cancel(this, holding_ ? tr("Hold (Enter)") : tr("Resume (Enter)")));
    if (label_ != nullptr) {
        label_->setFocus();
    } else {
        list_->setFocus();
    }
}

void HeldDialog::accept() {
    if (holding_) {
        notice_ = session_.hold(ss(label_->text().trimmed()));
    } else {
        QListWidgetItem* item = list_->currentItem();
        if (item == nullptr) {
            reject();
            return;
        }
        notice_ = session_.resume(ss(item->data(Qt::UserRole).toString()));
    }
    if (notice_->ok()) {
        QDialog::accept();
        return;
    }
    show_sentence(result_, NoticeText::sentence(*notice_), false);
}

}  // namespace kassa::ui
