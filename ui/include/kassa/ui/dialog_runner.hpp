#pragma once
// How the till's screens show a modal dialog. The app runs it (QDialog::exec); a widget test replaces the
// runner with one that fills the dialog's fields and presses its buttons synchronously, so tests drive
// every dialog without timers, sleeps or a nested event loop they cannot see into.
//
// Threading rule: GUI thread only, like every widget.

#include <functional>

class QDialog;

namespace kassa::ui {

// Returns the dialog's result (QDialog::Accepted or QDialog::Rejected).
using DialogRunner = std::function<int(QDialog&)>;

// The runner of the real app: QDialog::exec().
DialogRunner exec_dialogs();

}  // namespace kassa::ui
