#pragma once
// The receipt as it prints (80 mm paper, 42 columns of a monospaced font), with Print through the
// system's printer dialog. The text is the session's rendering; this dialog only lays it out.
//
// Threading rule: GUI thread only.

#include <QDialog>
#include <QImage>

#include "kassa/till/session.hpp"

class QPlainTextEdit;
class QPrinter;

namespace kassa::ui {

// The receipt's words in the shop's language, from the UI's translations.
till::ReceiptLabels receipt_labels();

class ReceiptDialog : public QDialog {
    Q_OBJECT

  public:
    ReceiptDialog(const till::PrintedReceipt& receipt, QWidget* parent = nullptr);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPlainTextEdit* view() const { return view_; }
    // Lays the receipt out on `printer` (80 mm wide roll); used by Print and by tests with a PDF printer.
    void print_to(QPrinter& printer) const;

  public slots:
    void print();  // asks for the printer (QPrintDialog), then prints

    // The receipt's barcode as printed under it (Code 128 of PrintedReceipt::barcode): scanned for a return.
    [[nodiscard]] QImage barcode_image() const;

  private:
    QPlainTextEdit* view_;
    QString barcode_;
};

}  // namespace kassa::ui
