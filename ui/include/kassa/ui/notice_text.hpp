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
    // Why the store refused a request, with its values (a card number, the attempts left, a date) written
    // the way the screen's language writes them (QLocale's default, which main.cpp sets to the language).
    static QString store_problem(const store::StoreRefusal& refusal);
    // What a screen says for any StoreError: the reason of a refusal, the shift's reason, or the failure of
    // the file; never what(), which is English.
    static QString store_error(const store::StoreError& error);
    // One value of a refusal as the screen's language writes it.
    static QString problem_value(const store::ProblemValue& value);
    // A bounded text field as a sentence names it ("note", "примечание"), for text_too_long.
    static QString text_field_name(store::TextField field);
};

}  // namespace kassa::ui
