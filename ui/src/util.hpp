#pragma once
// Small helpers shared by the till's widgets (private to kassa::ui).
//
// Threading rule: GUI thread only.

#include <algorithm>

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QObject>
#include <QPushButton>
#include <QShortcut>
#include <QString>
#include <string>

// Every widget that catches a StoreError words it with NoticeText::store_error, never with what().
#include "kassa/ui/notice_text.hpp"

namespace kassa::ui::detail {

inline QString qs(const std::string& text) {
    return QString::fromStdString(text);
}
inline std::string ss(const QString& text) {
    return text.toStdString();
}

// Gives a dialog's button its function key, acting at once. QAbstractButton::setShortcut animates a click
// and acts about 100 ms later, so a cashier typing "5, F2, Enter" quickly in the payment dialog would pay
// 5.00 in cash and the rest by card. The shortcut belongs to the button's window and does nothing while the
// button is disabled or hidden.
inline void bind_key(QPushButton* button, const QKeySequence& key) {
    auto* shortcut = new QShortcut(key, button);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled() && button->isVisible()) {
            button->click();
        }
    });
}

// A sentence under a form: red when something was refused, plain otherwise; hidden when empty.
inline void show_sentence(QLabel* label, const QString& text, bool ok) {
    label->setText(text);
    label->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));
    label->setVisible(!text.isEmpty());
}

// The sentence under a dialog's form ("result"), hidden until something is said.
inline QLabel* sentence_label(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("result"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

// OK/Cancel where Enter is OK (the line edits pass Enter on to the default button).
inline QDialogButtonBox* ok_cancel(QDialog* dialog, const QString& ok_text) {
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setText(ok_text);
    box->button(QDialogButtonBox::Ok)->setDefault(true);
    box->button(QDialogButtonBox::Cancel)
        ->setText(QCoreApplication::translate("kassa::ui::Dialogs", "Close (Esc)"));
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

// Lets the arrow keys pressed in a search line move the selection of its result list, so the cashier's
// hands never leave the keyboard and the focus never leaves the line.
class ArrowKeysToList : public QObject {
  public:
    ArrowKeysToList(QObject* line, QAbstractItemView* list) : QObject(line), list_(list) {
        line->installEventFilter(this);
    }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::KeyPress || list_->model() == nullptr) {
            return QObject::eventFilter(watched, event);
        }
        const int rows = list_->model()->rowCount();
        int step = 0;
        switch (static_cast<QKeyEvent*>(event)->key()) {
            case Qt::Key_Up:
                step = -1;
                break;
            case Qt::Key_Down:
                step = 1;
                break;
            case Qt::Key_PageUp:
                step = -10;
                break;
            case Qt::Key_PageDown:
                step = 10;
                break;
            default:
                return QObject::eventFilter(watched, event);
        }
        if (rows > 0) {
            const int row = std::clamp(list_->currentIndex().row() + step, 0, rows - 1);
            list_->setCurrentIndex(list_->model()->index(row, 0));
        }
        return true;
    }

  private:
    QAbstractItemView* list_;
};

}  // namespace kassa::ui::detail
