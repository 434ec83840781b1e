#include "kassa/ui/return_dialog.hpp"

#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::ss;

namespace {

enum Column { kName, kSold, kReturned, kNet, kBack, kColumns };

}  // namespace

ReturnDialog::ReturnDialog(till::TillSession& session, const Formatter& format, QWidget* parent)
    : ReturnDialogBase(session.receipt_return(), format,
                       {tr("Item"), tr("Bought"), tr("Returned before"), tr("Paid"), tr("Back now")}, parent),
      return_(session.receipt_return()) {
    setWindowTitle(tr("Return"));
    resize(900, 600);
    receipt_ = new QLineEdit(this);
    receipt_->setObjectName(QStringLiteral("receipt"));
    receipt_->setPlaceholderText(tr("Scan the receipt's barcode or type its number, then Enter"));
    connect(receipt_, &QLineEdit::returnPressed, this, &ReturnDialog::open_receipt);
    header()->addWidget(receipt_);
    receipt_info_ = new QLabel(this);
    receipt_info_->setObjectName(QStringLiteral("receipt_info"));
    receipt_info_->setWordWrap(true);
    header()->addWidget(receipt_info_);

    points_reversed_ = new QLabel(this);
    points_reversed_->setObjectName(QStringLiteral("points_reversed"));
    points_restored_ = new QLabel(this);
    points_restored_->setObjectName(QStringLiteral("points_restored"));
    reason_edit()->setPlaceholderText(tr("Why is it brought back? (size, fault, changed mind)"));
    add_tender_row();
    form()->addRow(tr("Money back"), money_back());
    form()->addRow(tr("Points taken back"), points_reversed_);
    form()->addRow(tr("Points given back"), points_restored_);
    add_reason_row();

    QPushButton* all = add_button(tr("F5: return everything"), QKeySequence(Qt::Key_F5), false);
    QPushButton* no_receipt = add_button(tr("F4: no receipt"), QKeySequence(Qt::Key_F4), true);
    no_receipt->setObjectName(QStringLiteral("no_receipt"));
    connect(all, &QPushButton::clicked, this, &ReturnDialog::return_everything);
    connect(no_receipt, &QPushButton::clicked, this, &ReturnDialog::choose_no_receipt);
    refresh();
}

void ReturnDialog::open_receipt() {
    const QString text = receipt_->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    return_.close();
    show(return_.open(ss(text)));
    refresh();
    focus_first_returnable();
}

void ReturnDialog::focus_first_returnable() {
    // A cashier with a scanner in one hand types the quantity without reaching for the mouse: the cursor
    // waits in "Back now" of the first line that still has something to give back.
    const auto& draft = return_.draft();
    if (!draft) {
        return;
    }
    for (std::size_t i = 0; i < draft->receipt.lines.size(); ++i) {
        if (return_.returnable(i).thousandths() > 0) {
            lines()->setFocus();
            lines()->setCurrentCell(static_cast<int>(i), kBack);
            return;
        }
    }
}

void ReturnDialog::cell_typed(int row, int column, const QString& typed) {
    if (column == kBack) {
        set_quantity(row, typed);
    }
}

void ReturnDialog::set_quantity(int row, const QString& typed) {
    const auto& draft = return_.draft();
    if (!draft || row < 0 || static_cast<std::size_t>(row) >= draft->receipt.lines.size()) {
        return;
    }
    const store::ReceiptLineView& line = draft->receipt.lines[static_cast<std::size_t>(row)];
    std::optional<Quantity> qty;
    if (typed.trimmed().isEmpty() || typed.trimmed() == QLatin1String("0")) {
        qty = Quantity::thousandths(0);
    } else {
        // Read as kilograms with up to three decimals: "2" is two pieces or 2 kg alike (2000 thousandths);
        // the flow refuses a fraction of a piece.
        qty = format_.parse_quantity(typed, true);
    }
    if (!qty) {
        show({till::Outcome::invalid_quantity, line.name, {}});
    } else {
        show(return_.set_quantity(static_cast<std::size_t>(row), *qty));
    }
    refresh_preview();
    refresh_later();
}

void ReturnDialog::return_everything() {
    if (!return_.is_open()) {
        return;
    }
    show(return_.choose_everything());
    refresh();
}

void ReturnDialog::choose_no_receipt() {
    no_receipt_chosen_ = true;
    reject();
}

void ReturnDialog::fill() {
    const auto& draft = return_.draft();
    if (!draft) {
        receipt_info_->setText(tr("No receipt chosen yet."));
        money_back()->clear();
        points_reversed_->clear();
        points_restored_->clear();
        confirm_button()->setEnabled(false);
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
    lines()->setRowCount(static_cast<int>(r.lines.size()));
    for (std::size_t i = 0; i < r.lines.size(); ++i) {
        const store::ReceiptLineView& line = r.lines[i];
        const bool by_weight = till::sold_by_weight(line);
        const int row = static_cast<int>(i);
        set_cell(row, kName, qs(line.name), false);
        set_cell(row, kSold, format_.quantity(line.qty, by_weight), false);
        set_cell(row, kReturned, format_.quantity(line.refunded_qty, by_weight), false);
        set_cell(row, kNet, format_.money(line.net), false);
        const Quantity chosen = i < draft->chosen.size() ? draft->chosen[i] : Quantity();
        set_cell(row, kBack, chosen.thousandths() == 0 ? QString() : format_.quantity(chosen, by_weight),
                 true);
    }
    refresh_preview();
}

void ReturnDialog::refresh_preview() {
    const auto& draft = return_.draft();
    if (!draft) {
        return;
    }
    if (draft->preview) {
        const auto& p = *draft->preview;
        money_back()->setText(format_.money_with_currency(p.money_back));
        if (!p.kept_for_spent_points.is_zero()) {
            money_back()->setText(
                tr("%1 (%2 kept for points already spent)")
                    .arg(format_.money_with_currency(p.money_back), format_.money(p.kept_for_spent_points)));
        }
        points_reversed_->setText(format_.points(p.points_reversed));
        points_restored_->setText(format_.points(p.points_restored));
    } else {
        money_back()->setText(tr("Choose what comes back: type the quantity in the last column (F5: all)."));
        points_reversed_->clear();
        points_restored_->clear();
    }
    confirm_button()->setEnabled(draft->preview.has_value());
}

}  // namespace kassa::ui
