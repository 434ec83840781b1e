#include "kassa/ui/return_dialog_base.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "kassa/ui/notice_text.hpp"
#include "text_bounds.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::show_sentence;
using detail::ss;

ReturnDialogBase::ReturnDialogBase(till::ReturnFlow& flow, const Formatter& format,
                                   const QStringList& columns, QWidget* parent)
    : QDialog(parent), format_(format), flow_(flow) {
    auto* layout = new QVBoxLayout(this);
    header_ = new QVBoxLayout();
    layout->addLayout(header_);

    lines_ = new QTableWidget(0, static_cast<int>(columns.size()), this);
    lines_->setObjectName(QStringLiteral("lines"));
    lines_->setHorizontalHeaderLabels(columns);
    lines_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    lines_->verticalHeader()->hide();
    lines_->setEditTriggers(QAbstractItemView::AllEditTriggers);
    connect(lines_, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (!filling_) {
            cell_typed(row, column, lines_->item(row, column)->text());
        }
    });
    layout->addWidget(lines_, 1);

    form_ = new QFormLayout();
    // How the money goes back, for the drawer and the Z report: cash unless the cashier says otherwise.
    tender_ = new QComboBox(this);
    tender_->setObjectName(QStringLiteral("tender"));
    tender_->addItem(tr("Cash"), static_cast<int>(store::PaymentLine::Method::cash));
    tender_->addItem(tr("Card"), static_cast<int>(store::PaymentLine::Method::card));
    tender_->addItem(tr("Other"), static_cast<int>(store::PaymentLine::Method::other));
    connect(tender_, &QComboBox::currentIndexChanged, this, [this] {
        flow_.set_tender(static_cast<store::PaymentLine::Method>(tender_->currentData().toInt()));
    });
    reason_ = new QLineEdit(this);
    reason_->setObjectName(QStringLiteral("reason"));
    bound_text(reason_, store::TextField::return_reason);
    // Keyboard only: F12 asks for the reason here when it is missing, Enter then confirms.
    connect(reason_, &QLineEdit::returnPressed, this, &ReturnDialogBase::confirm);
    money_back_ = new QLabel(this);
    money_back_->setObjectName(QStringLiteral("money_back"));
    money_back_->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold;"));
    layout->addLayout(form_);

    result_ = detail::sentence_label(this);
    layout->addWidget(result_);

    buttons_ = new QHBoxLayout();
    confirm_ = new QPushButton(tr("F12: confirm the return"), this);
    confirm_->setObjectName(QStringLiteral("confirm"));
    detail::bind_key(confirm_, QKeySequence(Qt::Key_F12));
    close_ = new QPushButton(tr("Close (Esc)"), this);
    for (QPushButton* b : {confirm_, close_}) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
        buttons_->addWidget(b);
    }
    connect(confirm_, &QPushButton::clicked, this, &ReturnDialogBase::confirm);
    connect(close_, &QPushButton::clicked, this, &ReturnDialogBase::reject);
    layout->addLayout(buttons_);
}

void ReturnDialogBase::add_tender_row() {
    form_->addRow(tr("Money back by"), tender_);
}

void ReturnDialogBase::add_reason_row() {
    form_->addRow(tr("Reason"), reason_);
}

QPushButton* ReturnDialogBase::add_button(const QString& text, const QKeySequence& key, bool after_confirm) {
    auto* button = new QPushButton(text, this);
    detail::bind_key(button, key);
    // The keys do the work: no button takes the focus from the table or the lines, nor Enter from them.
    button->setAutoDefault(false);
    button->setFocusPolicy(Qt::NoFocus);
    buttons_->insertWidget(buttons_->indexOf(after_confirm ? close_ : confirm_), button);
    return button;
}

void ReturnDialogBase::show(const till::Notice& notice) {
    notice_ = notice;
    const auto name = till::outcome_name(notice.outcome);
    qInfo("kassa: return %.*s", static_cast<int>(name.size()), name.data());
    show_sentence(result_, NoticeText::sentence(notice), notice.ok());
}

void ReturnDialogBase::confirm() {
    if (!flow_.is_open()) {
        return;
    }
    flow_.set_reason(ss(reason_->text()));
    const till::Notice notice = flow_.confirm();
    show(notice);
    if (notice.outcome == till::Outcome::return_committed) {
        QDialog::accept();
        return;
    }
    if (notice.outcome == till::Outcome::return_reason_needed) {
        reason_->setFocus();
    }
    refresh();
}

void ReturnDialogBase::reject() {
    flow_.close();
    QDialog::reject();
}

void ReturnDialogBase::refresh() {
    filling_ = true;
    lines_->setRowCount(0);
    fill();
    if (flow_.is_open()) {
        // A draft opened anew starts with cash and no reason: the fields show what the flow holds.
        tender_->setCurrentIndex(tender_->findData(static_cast<int>(flow_.tender())));
        if (reason_->text().isEmpty() && !flow_.reason().empty()) {
            reason_->setText(qs(flow_.reason()));
        }
    }
    filling_ = false;
}

void ReturnDialogBase::refresh_later() {
    QTimer::singleShot(0, this, &ReturnDialogBase::refresh);
}

void ReturnDialogBase::set_cell(int row, int column, const QString& text, bool editable) {
    auto* item = new QTableWidgetItem(text);
    if (!editable) {
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    if (column != 0) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    lines_->setItem(row, column, item);
}

}  // namespace kassa::ui
