#include "kassa/ui/return_dialog.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
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

namespace {

enum Column { kName, kSold, kReturned, kNet, kBack, kColumns };

// The receipt does not say which lines were weighed; a quantity that is not whole pieces was.
bool weighed(const store::ReceiptLineView& line) {
    return !line.qty.is_whole_pieces();
}

}  // namespace

ReturnDialog::ReturnDialog(till::TillSession& session, const Formatter& format, QWidget* parent)
    : QDialog(parent), session_(session), format_(format) {
    setWindowTitle(tr("Return"));
    resize(900, 600);
    auto* layout = new QVBoxLayout(this);
    receipt_ = new QLineEdit(this);
    receipt_->setObjectName(QStringLiteral("receipt"));
    receipt_->setPlaceholderText(tr("Scan the receipt's barcode or type its number, then Enter"));
    connect(receipt_, &QLineEdit::returnPressed, this, &ReturnDialog::open_receipt);
    layout->addWidget(receipt_);
    receipt_info_ = new QLabel(this);
    receipt_info_->setObjectName(QStringLiteral("receipt_info"));
    receipt_info_->setWordWrap(true);
    layout->addWidget(receipt_info_);

    lines_ = new QTableWidget(0, kColumns, this);
    lines_->setObjectName(QStringLiteral("lines"));
    lines_->setHorizontalHeaderLabels(
        {tr("Item"), tr("Bought"), tr("Returned before"), tr("Paid"), tr("Back now")});
    lines_->horizontalHeader()->setSectionResizeMode(kName, QHeaderView::Stretch);
    lines_->verticalHeader()->hide();
    lines_->setEditTriggers(QAbstractItemView::AllEditTriggers);
    connect(lines_, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (!filling_ && column == kBack) {
            set_quantity(row, lines_->item(row, column)->text());
        }
    });
    layout->addWidget(lines_, 1);

    auto* form = new QFormLayout();
    money_back_ = new QLabel(this);
    money_back_->setObjectName(QStringLiteral("money_back"));
    money_back_->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold;"));
    points_reversed_ = new QLabel(this);
    points_reversed_->setObjectName(QStringLiteral("points_reversed"));
    points_restored_ = new QLabel(this);
    points_restored_->setObjectName(QStringLiteral("points_restored"));
    reason_ = new QLineEdit(this);
    reason_->setObjectName(QStringLiteral("reason"));
    bound_text(reason_, store::TextField::return_reason);
    reason_->setPlaceholderText(tr("Why is it brought back? (size, fault, changed mind)"));
    // Keyboard only: the quantity typed in the table, F12 asks for the reason here, Enter confirms.
    connect(reason_, &QLineEdit::returnPressed, this, &ReturnDialog::confirm);
    // How the money goes back, for the drawer and the Z report: cash unless the cashier says otherwise.
    tender_ = new QComboBox(this);
    tender_->setObjectName(QStringLiteral("tender"));
    tender_->addItem(tr("Cash"), static_cast<int>(store::PaymentLine::Method::cash));
    tender_->addItem(tr("Card"), static_cast<int>(store::PaymentLine::Method::card));
    tender_->addItem(tr("Other"), static_cast<int>(store::PaymentLine::Method::other));
    connect(tender_, &QComboBox::currentIndexChanged, this, [this] {
        session_.set_return_tender(static_cast<store::PaymentLine::Method>(tender_->currentData().toInt()));
    });
    form->addRow(tr("Money back by"), tender_);
    form->addRow(tr("Money back"), money_back_);
    form->addRow(tr("Points taken back"), points_reversed_);
    form->addRow(tr("Points given back"), points_restored_);
    form->addRow(tr("Reason"), reason_);
    layout->addLayout(form);

    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("result"));
    result_->setWordWrap(true);
    result_->hide();
    layout->addWidget(result_);

    auto* buttons = new QHBoxLayout();
    auto* all = new QPushButton(tr("F5: return everything"), this);
    detail::bind_key(all, QKeySequence(Qt::Key_F5));
    confirm_ = new QPushButton(tr("F12: confirm the return"), this);
    detail::bind_key(confirm_, QKeySequence(Qt::Key_F12));
    auto* no_receipt = new QPushButton(tr("F4: no receipt"), this);
    no_receipt->setObjectName(QStringLiteral("no_receipt"));
    detail::bind_key(no_receipt, QKeySequence(Qt::Key_F4));
    auto* close = new QPushButton(tr("Close (Esc)"), this);
    for (QPushButton* b : {all, confirm_, no_receipt, close}) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(b);
    }
    connect(all, &QPushButton::clicked, this, &ReturnDialog::return_everything);
    connect(confirm_, &QPushButton::clicked, this, &ReturnDialog::confirm);
    connect(no_receipt, &QPushButton::clicked, this, &ReturnDialog::choose_no_receipt);
    connect(close, &QPushButton::clicked, this, &ReturnDialog::reject);
    layout->addLayout(buttons);
    refresh();
}

void ReturnDialog::show(const till::Notice& notice) {
    notice_ = notice;
    // Named in the till's log like the sale screen's outcomes: support reads it, and the end-to-end test
    // waits for it while this dialog stays open.
    const auto name = till::outcome_name(notice.outcome);
    qInfo("kassa: return %.*s", static_cast<int>(name.size()), name.data());
    show_sentence(result_, NoticeText::sentence(notice), notice.ok());
}

void ReturnDialog::open_receipt() {
    const QString text = receipt_->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    if (session_.return_draft()) {
        session_.close_return();
    }
    show(session_.open_return(ss(text)));
    refresh();
    focus_first_returnable();
}

void ReturnDialog::focus_first_returnable() {
    // A cashier with a scanner in one hand types the quantity without reaching for the mouse: the cursor
    // waits in "Back now" of the first line that still has something to give back.
    const auto& draft = session_.return_draft();
    if (!draft) {
        return;
    }
    for (std::size_t i = 0; i < draft->receipt.lines.size(); ++i) {
        const store::ReceiptLineView& line = draft->receipt.lines[i];
        if (line.qty.thousandths() > line.refunded_qty.thousandths()) {
            lines_->setFocus();
            lines_->setCurrentCell(static_cast<int>(i), kBack);
            return;
        }
    }
}

void ReturnDialog::set_quantity(int row, const QString& typed) {
    const auto& draft = session_.return_draft();
    if (!draft || row < 0 || static_cast<std::size_t>(row) >= draft->receipt.lines.size()) {
        return;
    }
    const store::ReceiptLineView& line = draft->receipt.lines[static_cast<std::size_t>(row)];
    std::optional<Quantity> qty;
    if (typed.trimmed().isEmpty() || typed.trimmed() == QLatin1String("0")) {
        qty = Quantity::thousandths(0);
    } else {
        // Read as kilograms with up to three decimals: "2" is two pieces or 2 kg alike (2000 thousandths);
        // the session refuses a fraction of a piece.
        qty = format_.parse_quantity(typed, true);
    }
    if (!qty) {
        show({till::Outcome::invalid_quantity, line.name, {}});
    } else {
        show(session_.set_return_quantity(static_cast<std::size_t>(row), *qty));
    }
    refresh_preview();
    // The table is rebuilt once the cell's editor has finished committing: rebuilding it from inside the
    // cellChanged signal would delete the item being written.
    QTimer::singleShot(0, this, &ReturnDialog::refresh);
}

void ReturnDialog::return_everything() {
    const auto& draft = session_.return_draft();
    if (!draft) {
        return;
    }
    for (std::size_t i = 0; i < draft->receipt.lines.size(); ++i) {
        const store::ReceiptLineView& line = draft->receipt.lines[i];
        const Quantity left = Quantity::thousandths(line.qty.thousandths() - line.refunded_qty.thousandths());
        if (left.thousandths() > 0) {
            show(session_.set_return_quantity(i, left));
        }
    }
    refresh();
}

void ReturnDialog::confirm() {
    if (!session_.return_draft()) {
        return;
    }
    const QString reason = reason_->text().trimmed();
    if (reason.isEmpty()) {
        show({till::Outcome::return_reason_needed, {}, {}});
        reason_->setFocus();
        return;
    }
    session_.set_return_reason(ss(reason));
    const till::Notice notice = session_.confirm_return();
    show(notice);
    if (notice.outcome == till::Outcome::return_committed) {
        QDialog::accept();
        return;
    }
    refresh();
}

void ReturnDialog::choose_no_receipt() {
    no_receipt_chosen_ = true;
    reject();
}

void ReturnDialog::reject() {
    if (session_.return_draft()) {
        session_.close_return();
    }
    QDialog::reject();
}

void ReturnDialog::refresh() {
    const auto& draft = session_.return_draft();
    filling_ = true;
    lines_->setRowCount(0);
    if (!draft) {
        receipt_info_->setText(tr("No receipt chosen yet."));
        money_back_->clear();
        points_reversed_->clear();
        points_restored_->clear();
        confirm_->setEnabled(false);
        filling_ = false;
        receipt_->setFocus();
        return;
    }
    const store::ReceiptView& r = draft->receipt;
    QString info = tr("Receipt %1 of %2, paid %3")
                       .arg(QString::number(r.number), format_.date_time(r.at),
                            format_.money_with_currency(r.totals.payable));
    if (!r.customer_name.empty()) {
        info += QLatin1Char('\n') + tr("Customer: %1").arg(qs(r.customer_name));
    }
    receipt_info_->setText(info);
    lines_->setRowCount(static_cast<int>(r.lines.size()));
    for (std::size_t i = 0; i < r.lines.size(); ++i) {
        const store::ReceiptLineView& line = r.lines[i];
        const bool by_weight = weighed(line);
        const int row = static_cast<int>(i);
        const auto cell = [&](int column, const QString& text, bool editable) {
            auto* item = new QTableWidgetItem(text);
            if (!editable) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            }
            if (column != kName) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            lines_->setItem(row, column, item);
        };
        cell(kName, qs(line.name), false);
        cell(kSold, format_.quantity(line.qty, by_weight), false);
        cell(kReturned, format_.quantity(line.refunded_qty, by_weight), false);
        cell(kNet, format_.money(line.net), false);
        const Quantity chosen = i < draft->chosen.size() ? draft->chosen[i] : Quantity();
        cell(kBack, chosen.thousandths() == 0 ? QString() : format_.quantity(chosen, by_weight), true);
    }
    refresh_preview();
    filling_ = false;
}

void ReturnDialog::refresh_preview() {
    const auto& draft = session_.return_draft();
    if (!draft) {
        return;
    }
    if (draft->preview) {
        const auto& p = *draft->preview;
        money_back_->setText(format_.money_with_currency(p.money_back));
        if (!p.kept_for_spent_points.is_zero()) {
            money_back_->setText(
                tr("%1 (%2 kept for points already spent)")
                    .arg(format_.money_with_currency(p.money_back), format_.money(p.kept_for_spent_points)));
        }
        points_reversed_->setText(format_.points(p.points_reversed));
        points_restored_->setText(format_.points(p.points_restored));
    } else {
        money_back_->setText(tr("Choose what comes back: type the quantity in the last column (F5: all)."));
        points_reversed_->clear();
        points_restored_->clear();
    }
    if (reason_->text().isEmpty() && !draft->reason.empty()) {
        reason_->setText(qs(draft->reason));
    }
    confirm_->setEnabled(draft->preview.has_value());
}

}  // namespace kassa::ui
