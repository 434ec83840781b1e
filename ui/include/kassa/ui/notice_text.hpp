#pragma once
// The one place where what the till session did (a Notice) becomes a sentence in the cashier's language.
// The session says what happened (an Outcome and its detail); the words belong to the UI and to Qt Linguist.
//
// Threading rule: a pure function of its arguments; it calls tr(), so the GUI thread (or any thread once
// the translators are installed and no longer change).

#include <QCoreApplication>
#include <QString>

#include "kassa/till/session.hpp"

namespace kassa::ui {

class NoticeText {
    Q_DECLARE_TR_FUNCTIONS(kassa::ui::NoticeText)

  public:
    // The sentence for the status line; empty for a plain `ok` with nothing to say.
    static QString sentence(const till::Notice& notice);
    // Why the store could not do something, when the store gave no sentence of its own.
    static QString failure(store::FailureKind kind);
    // Why the shift refused (a sale in a closed shift, a cash movement without a reason, ...); `detail` is
    // the figure the problem names (the notice's detail: reason_too_long's limit).
    static QString shift_problem(store::ShiftProblem problem, const QString& detail = {});
};

}  // namespace kassa::ui
