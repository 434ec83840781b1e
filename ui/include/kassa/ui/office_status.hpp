#pragma once
// The till's line about the office database (the central PostgreSQL the shop's tills sync through,
// docs/sync.md): "Office: in sync", "Office: offline since 10:42, 37 sales to send", or a short sentence for
// a problem someone must fix (a refused login, a newer office database...). Worded here, in the till's
// language, from the background sync runner's typed snapshot (central::SyncStatus); times in the shop's
// zone.
//
// Threading rule: GUI thread only (tr()).

#include <QCoreApplication>
#include <QString>

#include "kassa/central/sync_runner.hpp"
#include "kassa/ui/formatter.hpp"

namespace kassa::ui {

class OfficeStatusText {
    Q_DECLARE_TR_FUNCTIONS(kassa::ui::OfficeStatusText)

  public:
    // Empty for a till that has not joined an office database: the screen shows nothing.
    static QString sentence(const central::SyncStatus& status, const Formatter& format);
    // Whether the sentence is a problem (red) rather than news (offline is said calmly: nothing is lost).
    static bool needs_someone(const central::SyncStatus& status);

  private:
    static QString refused(central::CentralProblem problem);
    static QString shop_file(store::FailureKind failure);
};

}  // namespace kassa::ui
