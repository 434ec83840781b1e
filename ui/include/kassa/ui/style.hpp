#pragma once
// The till's look: large, readable fonts for a cashier standing an arm's length from a 1024x768 screen.
//
// Threading rule: GUI thread, before the first window is shown.

class QApplication;

namespace kassa::ui {

void apply_till_style(QApplication& app);

}  // namespace kassa::ui
