#pragma once
// A field stops taking characters at the store's limit for the text it holds (kassa/store/text_limits.hpp),
// so the person sees the bound while typing or pasting instead of a refusal afterwards. QLineEdit counts
// UTF-16 units: a character outside the Basic Multilingual Plane takes two, so the field never lets through
// more than the store keeps.
//
// Threading rule: GUI thread, like the widgets it sets.

#include <QComboBox>
#include <QLineEdit>

#include "kassa/store/text_limits.hpp"

namespace kassa::ui {

inline void bound_text(QLineEdit* edit, store::TextField field) {
    edit->setMaxLength(static_cast<int>(store::text_limit(field)));
}

// An editable combo box's own line.
inline void bound_text(QComboBox* box, store::TextField field) {
    if (QLineEdit* line = box->lineEdit()) {
        bound_text(line, field);
    }
}

}  // namespace kassa::ui
