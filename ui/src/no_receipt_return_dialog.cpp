#include "kassa/ui/no_receipt_return_dialog.hpp"

#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "kassa/ui/basket_dialogs.hpp"
#include "kassa/ui/search_dialogs.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::ss;

NoReceiptReturnDialog::NoReceiptReturnDialog(till::TillSession& session, const Formatter& format,
                                             DialogRunner run, QWidget* parent)
    : ReturnDialogBase(session.no_receipt_return(), format,
                       {tr("Item"), tr("Quantity"), tr("Unit price"), tr("Back")}, parent),
      session_(session),
      return_(session.no_receipt_return()),
      run_(std::move(run)) {
    setWindowTitle(tr("Return without a receipt"));
    resize(900, 640);
    approved_ = new QLabel(this);
    approved_->setObjectName(QStringLiteral("approved"));
    approved_->setWordWrap(true);
    header()->addWidget(approved_);
    product_ = new QLineEdit(this);
    product_->setObjectName(QStringLiteral("product"));
    product_->setPlaceholderText(tr("Scan the product or type its SKU, then Enter (F3: find by name)"));
    connect(product_, &QLineEdit::returnPressed, this, &NoReceiptReturnDialog::scan_product);
    header()->addWidget(product_);

    customer_ = new QLineEdit(this);
    customer_->setObjectName(QStringLiteral("customer"));
    customer_->setPlaceholderText(tr("Her card or phone, if she wants it on her record, then Enter"));
    connect(customer_, &QLineEdit::returnPressed, this, &NoReceiptReturnDialog::identify_customer);
    customer_name_ = new QLabel(this);
    customer_name_->setObjectName(QStringLiteral("customer_name"));
    reason_edit()->setPlaceholderText(tr("Why is it brought back without a receipt?"));
    auto* points =
        new QLabel(tr("No points are taken back or given back: without the receipt nothing says what "
                      "these goods earned."),
                   this);
    points->setWordWrap(true);
    form()->addRow(tr("Customer"), customer_);
    form()->addRow(QString(), customer_name_);
    add_tender_row();
    add_reason_row();
    form()->addRow(tr("Money back"), money_back());
    form()->addRow(QString(), points);

    QPushButton* find = add_button(tr("F3: find a product"), QKeySequence(Qt::Key_F3), false);
    connect(find, &QPushButton::clicked, this, &NoReceiptReturnDialog::find_product);
    refresh();
    product_->setFocus();
}

void NoReceiptReturnDialog::scan_product() {
    const QString text = product_->text().trimmed();
    product_->clear();
    if (text.isEmpty()) {
        return;
    }
    const till::Notice notice = return_.scan(ss(text));
    if (notice.outcome == till::Outcome::weight_needed) {
        // The flow names the weighed product; find it by what was scanned (a SKU) or by that name.
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
    show(return_.add(*dialog.chosen(), Quantity::pieces(1)));
    refresh();
}

void NoReceiptReturnDialog::add_weighed(const store::Product& product) {
    QuantityDialog dialog(format_, qs(product.name), true, std::nullopt, this);
    if (run_(dialog) == QDialog::Accepted && dialog.quantity()) {
        show(return_.add(product, *dialog.quantity()));
    }
    refresh();
}

void NoReceiptReturnDialog::identify_customer() {
    show(return_.set_customer(ss(customer_->text())));
    refresh();
}

void NoReceiptReturnDialog::edit_cell(int row, int column, const QString& typed) {
    const auto& draft = return_.draft();
    if (!draft || row < 0 || static_cast<std::size_t>(row) >= draft->lines.size()) {
        return;
    }
    const till::NoReceiptReturnLine& line = draft->lines[static_cast<std::size_t>(row)];
    const auto index = static_cast<std::size_t>(row);
    if (column == kQuantity) {
        const QString text = typed.trimmed();
        // Read as kilograms with up to three decimals: "2" is two pieces or 2 kg alike; the flow refuses a
        // fraction of a piece, and 0 takes the line away.
        const std::optional<Quantity> qty = text.isEmpty() || text == QLatin1String("0")
                                                ? std::optional<Quantity>(Quantity::thousandths(0))
                                                : format_.parse_quantity(text, true);
        show(qty ? return_.set_quantity(index, *qty)
                 : till::Notice{till::Outcome::invalid_quantity, line.name, {}});
    } else if (column == kUnitPrice) {
        const std::optional<Money> price = format_.parse_money(typed.trimmed());
        show(price ? return_.set_price(index, *price)
                   : till::Notice{till::Outcome::invalid_price, line.name, {}});
    } else {
        return;
    }
    refresh_later();
}

void NoReceiptReturnDialog::fill() {
    const auto& draft = return_.draft();
    if (!draft) {
        approved_->clear();
        money_back()->clear();
        confirm_button()->setEnabled(false);
        return;
    }
    approved_->setText(tr("Approved by the owner. Money goes back without a receipt: check the goods."));
    lines()->setRowCount(static_cast<int>(draft->lines.size()));
    for (std::size_t i = 0; i < draft->lines.size(); ++i) {
        const till::NoReceiptReturnLine& line = draft->lines[i];
        const int row = static_cast<int>(i);
        QString name = qs(line.name);
        if (line.unit_price != line.catalog_price) {
            name += QLatin1Char('\n') + tr("catalog price %1").arg(format_.money(line.catalog_price));
        }
        set_cell(row, kName, name, false);
        set_cell(row, kQuantity, format_.quantity(line.qty, line.by_weight), true);
        set_cell(row, kUnitPrice, format_.money(line.unit_price), true);
        set_cell(row, kBack, format_.money(line.money_back), false);
    }
    customer_name_->setText(draft->customer
                                ? qs(draft->customer->first_name + " " + draft->customer->last_name)
                                : tr("No customer: the return is on nobody's record."));
    money_back()->setText(draft->lines.empty() ? tr("Scan what comes back.")
                                               : format_.money_with_currency(draft->money_back));
    confirm_button()->setEnabled(!draft->lines.empty());
}

}  // namespace kassa::ui
