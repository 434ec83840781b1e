#include "kassa/ui/conflicts_page.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "kassa/store/phone_keys.hpp"
#include "kassa/ui/notice_text.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::show_sentence;

ConflictsPage::ConflictsPage(till::OwnerDesk& desk, const Formatter& format, QWidget* parent)
    : QWidget(parent), desk_(desk), format_(format) {
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Two tills that could not reach the office did the same thing twice. Nothing "
                                "was lost: both are kept until you settle them here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    show_settled_ = new QCheckBox(tr("Show the settled ones too"), this);
    show_settled_->setObjectName(QStringLiteral("show_settled_conflicts"));
    connect(show_settled_, &QCheckBox::toggled, this, &ConflictsPage::load);
    layout->addWidget(show_settled_);
    table_ = new QTableWidget(this);
    table_->setObjectName(QStringLiteral("conflicts"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->setColumnCount(6);
    table_->setHorizontalHeaderLabels(
        {tr("What"), tr("Found"), tr("Customer"), tr("Other customer"), tr("Details"), tr("State")});
    table_->horizontalHeader()->setStretchLastSection(true);
    connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) { choose(row); });
    layout->addWidget(table_, 1);
    auto* actions = new QHBoxLayout();
    actions->addWidget(new QLabel(tr("Keep"), this));
    keep_ = new QComboBox(this);
    keep_->setObjectName(QStringLiteral("merge_keep"));
    keep_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    actions->addWidget(keep_);
    merge_ = new QPushButton(tr("Merge customers"), this);
    merge_->setObjectName(QStringLiteral("merge_customers"));
    merge_->setToolTip(
        tr("The other customer's cards, points, purchases, consents, notes and history move "
           "to the one you keep; her phone is freed."));
    connect(merge_, &QPushButton::clicked, this, &ConflictsPage::merge);
    actions->addWidget(merge_);
    actions->addStretch(1);
    dealt_with_ = new QPushButton(tr("Mark as dealt with"), this);
    dealt_with_->setObjectName(QStringLiteral("mark_dealt_with"));
    connect(dealt_with_, &QPushButton::clicked, this, &ConflictsPage::mark_dealt_with);
    actions->addWidget(dealt_with_);
    layout->addLayout(actions);
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("conflicts_note"));
    note_->setWordWrap(true);
    layout->addWidget(note_);
    load();
}

QString ConflictsPage::note() const {
    return note_->text();
}

QString ConflictsPage::kind_text(store::SyncConflictKind kind) {
    switch (kind) {
        case store::SyncConflictKind::overdrawn_lot:
            return tr("Points spent twice");
        case store::SyncConflictKind::phone_taken:
            return tr("Phone enrolled twice");
        case store::SyncConflictKind::card_taken:
            return tr("Card given twice");
        case store::SyncConflictKind::concurrent_edit:
            return tr("Edited at two tills");
        case store::SyncConflictKind::coupon_reused:
            return tr("Coupon used twice");
        case store::SyncConflictKind::opposite_merge:
            return tr("Merged both ways");
    }
    return {};
}

// A field an edit travels by (field_changes.field), as the owner knows it.
QString ConflictsPage::field_text(const std::string& field) {
    static const std::pair<const char*, const char*> kFields[] = {
        {"first_name", QT_TR_NOOP("First name")},
        {"last_name", QT_TR_NOOP("Last name")},
        {"phone", QT_TR_NOOP("Phone")},
        {"email", QT_TR_NOOP("E-mail")},
        {"birthday", QT_TR_NOOP("Birthday")},
        {"personal_consent", QT_TR_NOOP("Consent to keep her data")},
        {"sms_consent", QT_TR_NOOP("SMS consent")},
        {"email_consent", QT_TR_NOOP("E-mail consent")},
        {"erased", QT_TR_NOOP("Erasure")},
        {"status", QT_TR_NOOP("Card status")},
        {"replaced_by", QT_TR_NOOP("Replacement card")},
    };
    for (const auto& [key, text] : kFields) {
        if (field == key) {
            return tr(text);
        }
    }
    return qs(field);
}

// An edit's value as the owner reads it: consent flags and card statuses are keys in the file.
QString ConflictsPage::value_text(const std::string& field, const std::optional<std::string>& value) const {
    if (!value || value->empty()) {
        return tr("(none)");
    }
    if (field.size() > 8 && field.compare(field.size() - 8, 8, "_consent") == 0) {
        return *value == "1" ? tr("yes") : tr("no");
    }
    if (field == "status") {
        if (*value == "active") {
            return tr("active");
        }
        if (*value == "blocked") {
            return tr("blocked");
        }
        if (*value == "lost") {
            return tr("lost");
        }
        if (*value == "replaced") {
            return tr("replaced");
        }
    }
    if (field == "phone") {
        return qs(store::phone_for_people(*value, phone_country_));
    }
    return qs(*value);
}

QString ConflictsPage::person(const std::optional<store::ConflictCustomer>& c) const {
    if (!c) {
        return tr("(not in this till's file)");
    }
    QStringList parts;
    const QString name = (qs(c->first_name) + QLatin1Char(' ') + qs(c->last_name)).trimmed();
    parts << (name.isEmpty() ? tr("(no name)") : name);
    if (!c->phone.empty()) {
        parts << qs(store::phone_for_people(c->phone, phone_country_));
    }
    if (!c->card.empty()) {
        parts << tr("card %1").arg(qs(c->card));
    }
    if (!c->merged_into.empty()) {
        parts << tr("merged");
    }
    return parts.join(QStringLiteral(", "));
}

QString ConflictsPage::details(const store::SyncConflict& c) const {
    switch (c.kind) {
        case store::SyncConflictKind::overdrawn_lot:
            return tr("Points missing: %1").arg(format_.locale().toString(static_cast<qlonglong>(c.points)));
        case store::SyncConflictKind::phone_taken:
            return tr("Phone %1").arg(qs(store::phone_for_people(c.subject, phone_country_)));
        case store::SyncConflictKind::card_taken:
            return tr("Card %1").arg(qs(c.subject));
        case store::SyncConflictKind::concurrent_edit:
            return tr("%1: kept %2, the other till's %3 is in the audit log")
                .arg(field_text(c.other), value_text(c.other, c.kept), value_text(c.other, c.lost));
        case store::SyncConflictKind::coupon_reused: {
            // Receipt numbers are each till's own; both sales stand.
            const auto number = [this](const std::optional<store::ConflictCouponUse>& u) {
                return u ? format_.locale().toString(static_cast<qlonglong>(u->receipt_number)) : QString();
            };
            const auto amount = [this](const std::optional<store::ConflictCouponUse>& u) {
                return u ? format_.money(u->discount) : QString();
            };
            return tr("Coupon %1: receipt %2 took off %3, then receipt %4 took off %5; both sales stand")
                .arg(qs(c.subject), number(c.first_use), amount(c.first_use), number(c.second_use),
                     amount(c.second_use));
        }
        case store::SyncConflictKind::opposite_merge:
            return tr("Merged into each other at two tills: every till keeps the first merge made");
    }
    return {};
}

QString ConflictsPage::state(const store::SyncConflict& c) const {
    if (c.resolution == store::ConflictResolution::open) {
        return tr("open");
    }
    // Who settled it by name (an owner's id is Kassa's key); a merge pulled from another till names its
    // owner there, shown as it came.
    const auto names = desk_.cashier_names();
    const auto found = names.find(c.resolved_by);
    const QString who = found == names.end() ? qs(c.resolved_by) : qs(found->second);
    const QString when = c.resolved_at ? format_.date_time(*c.resolved_at) : QString();
    return c.resolution == store::ConflictResolution::merged ? tr("merged by %1, %2").arg(who, when)
                                                             : tr("dealt with by %1, %2").arg(who, when);
}

void ConflictsPage::load() {
    show_sentence(note_, QString(), true);
    try {
        phone_country_ = desk_.settings().phone_country;
        conflicts_ = desk_.conflicts(show_settled_->isChecked());
    } catch (const store::StoreError& e) {
        conflicts_.clear();
        show_sentence(note_, NoticeText::store_error(e), false);
    }
    table_->setRowCount(static_cast<int>(conflicts_.size()));
    for (std::size_t r = 0; r < conflicts_.size(); ++r) {
        const store::SyncConflict& c = conflicts_[r];
        const auto row = static_cast<int>(r);
        table_->setItem(row, 0, new QTableWidgetItem(kind_text(c.kind)));
        table_->setItem(row, 1, new QTableWidgetItem(format_.date_time(c.found_at)));
        table_->setItem(row, 2, new QTableWidgetItem(person(c.customer)));
        table_->setItem(row, 3, new QTableWidgetItem(c.pulled ? person(c.pulled) : QString()));
        table_->setItem(row, 4, new QTableWidgetItem(details(c)));
        table_->setItem(row, 5, new QTableWidgetItem(state(c)));
    }
    table_->resizeColumnsToContents();
    if (conflicts_.empty() && note_->text().isEmpty()) {
        show_sentence(note_,
                      show_settled_->isChecked() ? tr("No conflict was ever found.")
                                                 : tr("No open conflicts: the tills agree."),
                      true);
    }
    choose(conflicts_.empty() ? -1 : 0);
}

const store::SyncConflict* ConflictsPage::chosen() const {
    const int row = table_->currentRow();
    if (row < 0 || row >= static_cast<int>(conflicts_.size())) {
        return nullptr;
    }
    return &conflicts_[static_cast<std::size_t>(row)];
}

void ConflictsPage::choose(int row) {
    if (row >= 0 && row != table_->currentRow()) {
        table_->setCurrentCell(row, 0);  // comes back here through currentCellChanged
        return;
    }
    keep_->clear();
    const store::SyncConflict* c = chosen();
    const bool open = c != nullptr && c->resolution == store::ConflictResolution::open;
    dealt_with_->setEnabled(open);
    const auto pair = open ? till::OwnerDesk::duplicate(*c) : std::nullopt;
    if (pair) {
        keep_->addItem(person(pair->first), qs(pair->first.id));
        keep_->addItem(person(pair->second), qs(pair->second.id));
    }
    keep_->setEnabled(pair.has_value());
    merge_->setEnabled(pair.has_value());
}

void ConflictsPage::merge() {
    const store::SyncConflict* c = chosen();
    const auto pair = c != nullptr ? till::OwnerDesk::duplicate(*c) : std::nullopt;
    if (!pair || keep_->currentIndex() < 0) {
        show_sentence(note_, tr("Choose a phone or a card enrolled twice first."), false);
        return;
    }
    const bool keep_first = keep_->currentIndex() == 0;
    const store::ConflictCustomer& kept = keep_first ? pair->first : pair->second;
    const store::ConflictCustomer& gone = keep_first ? pair->second : pair->first;
    const QString kept_name = person(kept);
    const QString gone_name = person(gone);
    try {
        const store::MergeResult result = desk_.merge_customers(kept.id, gone.id);
        load();
        show_sentence(note_,
                      tr("%1 was merged into %2; her balance: %3 points.")
                          .arg(gone_name, kept_name,
                               format_.locale().toString(static_cast<qlonglong>(result.balance.value()))),
                      true);
    } catch (const store::StoreError& e) {
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

void ConflictsPage::mark_dealt_with() {
    const store::SyncConflict* c = chosen();
    if (c == nullptr || c->resolution != store::ConflictResolution::open) {
        show_sentence(note_, tr("Choose an open conflict first."), false);
        return;
    }
    const QString what = kind_text(c->kind);
    try {
        desk_.mark_dealt_with(c->id);
        load();
        show_sentence(note_, tr("Marked as dealt with: %1.").arg(what), true);
    } catch (const store::StoreError& e) {
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

}  // namespace kassa::ui
