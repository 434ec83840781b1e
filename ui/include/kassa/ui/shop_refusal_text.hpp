#pragma once
// Why the till cannot start on a shop's file (till::open_shop's ShopProblem), as a sentence in the till's
// language. main.cpp installs the translator from --language or the computer's locale before it opens the
// shop, so a refused shop is explained in the language of the person at the till.
//
// Threading rule: a pure function of its argument; it calls tr(), so the GUI thread (or any thread once the
// translators are installed and no longer change).

#include <QCoreApplication>
#include <QString>

#include "kassa/till/shop.hpp"

namespace kassa::ui {

class ShopRefusalText {
    Q_DECLARE_TR_FUNCTIONS(kassa::ui::ShopRefusalText)

  public:
    // What is wrong and what to do about it, naming the file, the zone or the rules version. The reader's
    // messages of broken rules (English, as kassactl rules check prints them) follow on their own lines.
    static QString sentence(const till::ShopProblem& problem);
};

}  // namespace kassa::ui
