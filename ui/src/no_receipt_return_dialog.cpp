#include "kassa/ui/no_receipt_return_dialog.hpp"

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

#include "kassa/ui/basket_dialogs.hpp"
#include "kassa/ui/notice_text.hpp"
#include "kassa/ui/search_dialogs.hpp"
#include "text_bounds.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::show_sentence;
using detail::ss;

NoReceiptReturnDialog::NoReceiptReturnDialog(till::TillSession& session, const Formatter& format,
                                             DialogRunner run, QWidget* parent)
    : QDialog(parent), session_(session), format_(format), run_(std::move(run)) {
    setWindowTitle(tr("Return without a receipt"));
    resize(900, 640);
    auto* layout = new QVBoxLayout(this);
    approved_ = new QLabel(this);
    approved_->setObjectName(QStringLiteral("approved"));
    approved_->setWordWrap(true);
    layout->addWidget(approved_);
    product_ = new QLineEdit(this);
    product_->setObjectName(QStringLiteral("product"));
    product_->setPlaceholderText(tr("Scan the product or type its SKU, then Enter (F3: find by name)"));
    connect(product_, &QLineEdit::returnPressed, this, &NoReceiptReturnDialog::scan_product);
    layout->addWidget(product_);

    lines_ = new QTableWidget(0, kColumns, this);
    lines_->setObjectName(QStringLiteral("lines"));
    lines_->setHorizontalHeaderLabels({tr("Item"), tr("Quantity"), tr("Unit price"), tr("Back")});
    lines_->horizontalHeader()->setSectionResizeMode(kName, QHeaderView::Stretch);
    lines_->verticalHeader()->hide();
    lines_->setEditTriggers(QAbstractItemView::AllEditTriggers);
    connect(lines_, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (!filling_) {
            edit_cell(row, column, lines_->item(row, column)->text());
        }
    });
    layout->addWidget(lines_, 1);

    auto* form = new QFormLayout();
    customer_ = new QLineEdit(this);
    customer_->setObjectName(QStringLiteral("customer"));
    customer_->setPlaceholderText(tr("Her card or phone, if she wants it on her record, then Enter"));
    connect(customer_, &QLineEdit::returnPressed, this, &NoReceiptReturnDialog::identify_customer);
    customer_name_ = new QLabel(this);
    customer_name_->setObjectName(QStringLiteral("customer_name"));
    tender_ = new QComboBox(this);
    tender_->setObjectName(QStringLiteral("tender"));
    tender_->addItem(tr("Cash"), static_cast<int>(store::PaymentLine::Method::cash));
    tender_->addItem(tr("Card"), static_cast<int>(store::PaymentLine::Method::card));
    tender_->addItem(tr("Other"), static_cast<int>(store::PaymentLine::Method::other));
    connect(tender_, &QComboBox::currentIndexChanged, this, [this] {
        session_.set_no_receipt_tender(
            static_cast<store::PaymentLine::Method>(tender_->currentData().toInt()));
    });
    reason_ = new QLineEdit(this);
    reason_->setObjectName(QStringLiteral("reason"));
    bound_text(reason_, store::TextField::return_reason);
    reason_->setPlaceholderText(tr("Why is it brought back without a receipt?"));
    money_back_ = new QLabel(this);
    money_back_->setObjectName(QStringLiteral("money_back"));
    money_back_->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold;"));
    auto* points =
        new QLabel(tr("No points are taken back or given back: without the receipt nothing says what "
                      "these goods earned."),
                   this);
    points->setWordWrap(true);
    form->addRow(tr("Customer"), customer_);
    form->addRow(QString(), customer_name_);
    form->addRow(tr("Money back by"), tender_);
    form->addRow(tr("Reason"), reason_);
    form->addRow(tr("Money back"), money_back_);
    form->addRow(QString(), points);
    layout->addLayout(form);

    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("result"));
    result_->setWordWrap(true);
    result_->hide();
    layout->addWidget(result_);

    auto* buttons = new QHBoxLayout();
    auto* find = new QPushButton(tr("F3: find a product"), this);
    detail::bind_key(find, QKeySequence(Qt::Key_F3));
    confirm_ = new QPushButton(tr("F12: confirm the return"), this);
    confirm_->setObjectName(QStringLiteral("confirm"));
    detail::bind_key(confirm_, QKeySequence(Qt::Key_F12));
    auto* close = new QPushButton(tr("Close (Esc)"), this);
    for (QPushButton* b : {find, confirm_, close}) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(b);
    }
    connect(find, &QPushButton::clicked, this, &NoReceiptReturnDialog::find_product);
    connect(confirm_, &QPushButton::clicked, this, &NoReceiptReturnDialog::confirm);
    connect(close, &QPushButton::clicked, this, &NoReceiptReturnDialog::reject);
    layout->addLayout(buttons);
    refresh();
    product_->setFocus();
}

void NoReceiptReturnDialog::show(const till::Notice& notice) {
    notice_ = notice;
    show_sentence(result_, NoticeText::sentence(notice), notice.ok());
}

void NoReceiptReturnDialog::scan_product() {
    const QString text = product_->text().trimmed();
    product_->clear();
    if (text.isEmpty()) {
        return;
    }
    const till::Notice notice = session_.scan_no_receipt_product(ss(text));
    if (notice.outcome == till::Outcome::weight_needed) {
        // The session names the weighed product; find it by what was scanned (a SKU) or by that name.
        for (const std::string& query : {ss(text), notice.detail}) {
            for (const store::Product& p : session_.search_products(query)) {
                if (p.by_weight && (p.name == notice.detail || p.sku == query)) {
                    add_weighed(p);
                    return;
                }
            }
        }
    }
    show(notice);
    refresh();
}

void NoReceiptReturnDialog::find_product() {
    ProductSearchDialog dialog(session_, format_, this);
    if (run_(dialog) != QDialog::Accepted || !dialog.chosen()) {
        return;
    }
    if (dialog.chosen()->by_weight) {
        add_weighed(*dialog.chosen());
        return;
    }
    show(session_.add_no_receipt_product(*dialog.chosen(), Quantity::pieces(1)));
    refresh();
}

void NoReceiptReturnDialog::add_weighed(const store::Product& product) {
    QuantityDialog dialog(format_, qs(product.name), true, std::nullopt, this);
    if (run_(dialog) == QDialog::Accepted && dialog.quantity()) {
        show(session_.add_no_receipt_product(product, *dialog.quantity()));
    }
    refresh();
}

void NoReceiptReturnDialog::identify_customer() {
    show(session_.set_no_receipt_customer(ss(customer_->text())));
    refresh();
}

void NoReceiptReturnDialog::edit_cell(int row, int column, const QString& typed) {
    const auto& draft = session_.no_receipt_return();
    if (!draft || row < 0 || static_cast<std::size_t>(row) >= draft->lines.size()) {
        return;
    }
    const till::NoReceiptReturnLine& line = draft->lines[static_cast<std::size_t>(row)];
    const auto index = static_cast<std::size_t>(row);
    if (column == kQuantity) {
        const QString text = typed.trimmed();
        // Read as kilograms with up to three decimals: "2" is two pieces or 2 kg alike; the session refuses a
        // fraction of a piece, and 0 takes the line away.
        const std::optional<Quantity> qty = text.isEmpty() || text == QLatin1String("0")
                                                ? std::optional<Quantity>(Quantity::thousandths(0))
                                                : format_.parse_quantity(text, true);
        show(qty ? session_.set_no_receipt_quantity(index, *qty)
                 : till::Notice{till::Outcome::invalid_quantity, line.name, {}});
    } else if (column == kUnitPrice) {
        const std::optional<Money> price = format_.parse_money(typed.trimmed());
        show(price ? session_.set_no_receipt_price(index, *price)
                   : till::Notice{till::Outcome::invalid_price, line.name, {}});
    } else {
        return;
    }
    // The table is rebuilt once the cell's editor has finished committing: rebuilding it from inside the
    // cellChanged signal would delete the item being written.
    QTimer::singleShot(0, this, &NoReceiptReturnDialog::refresh);
}

void NoReceiptReturnDialog::confirm() {
    if (!session_.no_receipt_return()) {
        return;
    }
    session_.set_no_receipt_reason(ss(reason_->text()));
    const till::Notice notice = session_.confirm_return_without_receipt();
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

void NoReceiptReturnDialog::reject() {
    session_.close_return_without_receipt();
    QDialog::reject();
}

void NoReceiptReturnDialog::refresh() {
    const auto& draft = session_.no_receipt_return();
    filling_ = true;
    lines_->setRowCount(0);
    if (!draft) {
        approved_->clear();
        money_back_->clear();
        confirm_->setEnabled(false);
        filling_ = false;
        return;
    }
    approved_->setText(tr("Approved by the owner. Money goes back without a receipt: check the goods."));
    lines_->setRowCount(static_cast<int>(draft->lines.size()));
    for (std::size_t i = 0; i < draft->lines.size(); ++i) {
        const till::NoReceiptReturnLine& line = draft->lines[i];
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
        QString name = qs(line.name);
        if (line.unit_price != line.catalog_price) {
            name += QLatin1Char('\n') + tr("catalog price %1").arg(format_.money(line.catalog_price));
        }
        cell(kName, name, false);
        cell(kQuantity, format_.quantity(line.qty, line.by_weight), true);
        cell(kUnitPrice, format_.money(line.unit_price), true);
        cell(kBack, format_.money(line.money_back), false);
    }
    customer_name_->setText(draft->customer
                                ? qs(draft->customer->first_name + " " + draft->customer->last_name)
                                : tr("No customer: the return is on nobody's record."));
    money_back_->setText(draft->lines.empty() ? tr("Scan what comes back.")
                                              : format_.money_with_currency(draft->money_back));
    if (reason_->text().isEmpty() && !draft->reason.empty()) {
        reason_->setText(qs(draft->reason));
    }
    confirm_->setEnabled(!draft->lines.empty());
    filling_ = false;
}

}  // namespace kassa::ui
