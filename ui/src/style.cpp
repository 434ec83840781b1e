#include "kassa/ui/style.hpp"

#include <QApplication>
#include <QFont>

#include <QDialog>
#include "kassa/ui/dialog_runner.hpp"

namespace kassa::ui {

DialogRunner exec_dialogs() {
    return [](QDialog& dialog) { return dialog.exec(); };
}

void apply_till_style(QApplication& app) {
    QFont font = app.font();
    // 14 pt reads from a step away at 1024x768 and still fits the sale screen's five columns.
    font.setPointSize(14);
    app.setFont(font);
    app.setStyleSheet(QStringLiteral(
        "QPushButton { min-height: 44px; padding: 4px 8px; }"  // a finger-sized target on a touch screen
        "QLineEdit { min-height: 36px; }"
        "QLabel#payable { font-size: 28pt; font-weight: bold; }"
        // The customer panel holds eight facts in the height 768 leaves it: its details are a size smaller
        // than the basket's (Russian and Estonian wording runs longer than English).
        "QGroupBox#customer QLabel { font-size: 12pt; }"
        "QGroupBox#customer QLabel#greeting { font-size: 18pt; font-weight: bold; }"));
}

}  // namespace kassa::ui
