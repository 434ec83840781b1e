#include "kassa/ui/office_status.hpp"

#include <QTime>

namespace kassa::ui {

namespace {

// 10:42 today; the date as well when the failure began on another day of the shop's calendar.
QString since_text(Instant since, Instant now, const Formatter& format) {
    const LocalDateTime local = format.zone().to_local(since);
    if (local.date != format.zone().to_local(now).date) {
        return format.date_time(since);
    }
    return format.locale().toString(QTime(local.seconds_of_day / 3600, (local.seconds_of_day / 60) % 60),
                                    QLocale::ShortFormat);
}

}  // namespace

QString OfficeStatusText::sentence(const central::SyncStatus& status, const Formatter& format) {
    using central::SyncState;
    switch (status.state) {
        case SyncState::not_member:
            return {};
        case SyncState::starting:
            return tr("Office: connecting");
        case SyncState::in_sync:
            return tr("Office: in sync");
        case SyncState::offline: {
            const QString since =
                since_text(status.failing_since.value_or(status.checked_at), status.checked_at, format);
            if (status.sales_waiting > 0) {
                return tr("Office: offline since %1, %n sales to send", nullptr,
                          static_cast<int>(status.sales_waiting))
                    .arg(since);
            }
            if (status.other_waiting > 0) {
                return tr("Office: offline since %1, %n changes to send", nullptr,
                          static_cast<int>(status.other_waiting))
                    .arg(since);
            }
            return tr("Office: offline since %1").arg(since);
        }
        case SyncState::refused:
            return refused(status.problem);
        case SyncState::shop_file_problem:
            return shop_file(status.store_failure);
    }
    return {};
}

QString OfficeStatusText::refused(central::CentralProblem problem) {
    using central::CentralProblem;
    switch (problem) {
        case CentralProblem::login_refused:
            return tr("Office: the login was refused; the owner must check this till's password.");
        case CentralProblem::password_file_unreadable:
        case CentralProblem::password_file_open_to_others:
            return tr("Office: this till's password file cannot be used; the owner must fix it.");
        case CentralProblem::newer_schema:
            return tr("Office: the office database is newer than this till; install the newer Kassa.");
        case CentralProblem::not_initialised:
            return tr("Office: the office database is not set up yet.");
        case CentralProblem::unknown_till:
        case CentralProblem::not_a_member:
        case CentralProblem::already_member:
            return tr("Office: the office database does not know this till; join it again.");
        case CentralProblem::disk_full:
            return tr("Office: the office database's disk is full; the sales wait here.");
        case CentralProblem::bad_url:
        case CentralProblem::password_in_url:
            return tr("Office: the office address saved in this till is wrong.");
        default:
            // server_refused, and what a sync round does not meet (a company or shop name taken...).
            return tr("Office: the office database refused the sync; the sales wait here.");
    }
}

QString OfficeStatusText::shop_file(store::FailureKind failure) {
    switch (failure) {
        case store::FailureKind::busy:
            return tr("Office: the shop file was busy; the next sync tries again.");
        case store::FailureKind::invalid:
            // A pulled row the store refused (a kind this Kassa does not know, a lot without its entry).
            return tr("Office: rows from the office could not be written here; call support.");
        default:
            return tr("Office: the shop file could not be synced; call support.");
    }
}

bool OfficeStatusText::needs_someone(const central::SyncStatus& status) {
    return status.state == central::SyncState::refused ||
           status.state == central::SyncState::shop_file_problem;
}

}  // namespace kassa::ui
