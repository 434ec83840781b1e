#include "kassa/ui/receipt_dialog.hpp"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QKeySequence>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "kassa/drivers/card_printer.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::ss;

namespace {

// 80 mm roll paper: 72 mm printable, 42 columns.
constexpr double kPaperWidthMm = 80.0;
constexpr double kMarginMm = 4.0;
constexpr int kColumns = 42;

}  // namespace

// Unqualified return type: lupdate's parser loses the namespace after `till::X f() {` and would file these
// strings under a context ("ReceiptDialog") that tr() never asks for.
using till::ReceiptLabels;

ReceiptLabels receipt_labels() {
    ReceiptLabels l;
    l.receipt = ss(ReceiptDialog::tr("Receipt"));
    l.cashier = ss(ReceiptDialog::tr("Cashier"));
    l.subtotal = ss(ReceiptDialog::tr("Subtotal"));
    l.discount = ss(ReceiptDialog::tr("Discount"));
    l.points_redeemed = ss(ReceiptDialog::tr("Points redeemed"));
    l.total = ss(ReceiptDialog::tr("TOTAL"));
    l.cash = ss(ReceiptDialog::tr("Cash"));
    l.card = ss(ReceiptDialog::tr("Card"));
    l.other = ss(ReceiptDialog::tr("Other"));
    l.change = ss(ReceiptDialog::tr("Change"));
    l.customer = ss(ReceiptDialog::tr("Customer"));
    l.points_earned = ss(ReceiptDialog::tr("Points earned"));
    l.points_balance = ss(ReceiptDialog::tr("Points balance"));
    //: on the receipt: how much more to spend for the next tier; %1 is the tier's name
    l.to_next_level = ss(ReceiptDialog::tr("To %1"));
    l.coupon_for_next_visit = ss(ReceiptDialog::tr("Coupon for your next visit"));
    l.thank_you = ss(ReceiptDialog::tr("Thank you!"));
    //: The VAT included in the receipt at one rate: %1 the rate (24%), %2 the amount paid at that rate.
    l.vat_row = ss(ReceiptDialog::tr("VAT %1 of %2"));
    //: A VAT rate on the receipt: goods without VAT (gift cards).
    l.vat_exempt = ss(ReceiptDialog::tr("exempt"));
    return l;
}

ReceiptDialog::ReceiptDialog(const till::PrintedReceipt& receipt, QWidget* parent)
    : QDialog(parent), barcode_(qs(receipt.barcode)) {
    setWindowTitle(tr("Receipt"));
    auto* layout = new QVBoxLayout(this);
    view_ = new QPlainTextEdit(this);
    view_->setObjectName(QStringLiteral("receipt"));
    view_->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(12);
    view_->setFont(mono);
    view_->setLineWrapMode(QPlainTextEdit::NoWrap);
    QStringList lines;
    for (const std::string& line : receipt.lines) {
        lines << qs(line);
    }
    view_->setPlainText(lines.join(QLatin1Char('\n')));
    // 42 columns and a little room for the scroll bar.
    view_->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QString(kColumns + 4, QLatin1Char('M'))));
    view_->setMinimumHeight(420);
    layout->addWidget(view_);
    auto* buttons = new QDialogButtonBox(this);
    auto* print_button = buttons->addButton(tr("Print (F12)"), QDialogButtonBox::ActionRole);
    detail::bind_key(print_button, QKeySequence(Qt::Key_F12));
    auto* close = buttons->addButton(tr("Close (Enter)"), QDialogButtonBox::AcceptRole);
    close->setDefault(true);
    connect(print_button, &QPushButton::clicked, this, &ReceiptDialog::print);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    close->setFocus();
}

QString ReceiptDialog::text() const {
    return view_->toPlainText();
}

QImage ReceiptDialog::barcode_image() const {
    if (barcode_.isEmpty()) {
        return {};
    }
    const drivers::GrayBitmap bitmap =
        drivers::render_barcode(drivers::CardBarcode::code128, ss(barcode_), 2, 60);
    QImage image(bitmap.width, bitmap.height, QImage::Format_Grayscale8);
    for (int y = 0; y < bitmap.height; ++y) {
        auto* row = image.scanLine(y);
        for (int x = 0; x < bitmap.width; ++x) {
            row[x] = bitmap.at(x, y);
        }
    }
    return image;
}

void ReceiptDialog::print_to(QPrinter& printer) const {
    const QStringList lines = text().split(QLatin1Char('\n'));
    const QImage barcode = barcode_image();
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // The roll is as long as the receipt: one line is about 4 mm at the size that fits 42 columns.
    const double height_mm = 2 * kMarginMm + 4.2 * static_cast<double>(lines.size() + 2) + 12.0;  // + barcode
    printer.setPageSize(QPageSize(QSizeF(kPaperWidthMm, height_mm), QPageSize::Millimeter,
                                  QStringLiteral("80mm"), QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    printer.setFullPage(false);
    QPainter painter;
    if (!painter.begin(&printer)) {
        return;
    }
    const QRect page = painter.viewport();
    // Scale the font so that 42 columns fill the printable width exactly.
    mono.setPixelSize(100);
    painter.setFont(mono);
    const double advance = painter.fontMetrics().horizontalAdvance(QString(kColumns, QLatin1Char('M')));
    const int pixel_size = std::max(1, static_cast<int>(100.0 * page.width() / advance));
    mono.setPixelSize(pixel_size);
    painter.setFont(mono);
    const QFontMetrics metrics = painter.fontMetrics();
    int y = metrics.ascent();
    for (const QString& line : lines) {
        painter.drawText(0, y, line);
        y += metrics.lineSpacing();
    }
    if (!barcode.isNull()) {
        // Under the text, as wide as the printable area allows at whole-pixel modules, about 10 mm tall.
        const int width =
            std::min(page.width(), barcode.width() * std::max(1, page.width() / barcode.width()));
        const int height = std::max(1, static_cast<int>(page.width() / 7.2));
        painter.drawImage(QRect((page.width() - width) / 2, y, width, height), barcode);
    }
    painter.end();
}

void ReceiptDialog::print() {
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the receipt"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    print_to(printer);
}

}  // namespace kassa::ui
