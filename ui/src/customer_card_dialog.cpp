#include "kassa/ui/customer_card_dialog.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <map>

#include "kassa/ui/basket_dialogs.hpp"
#include "kassa/ui/notice_text.hpp"
#include "kassa/ui/owner_window.hpp"
#include "text_bounds.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::show_sentence;
using detail::ss;

namespace {

QTreeWidget* make_list(QWidget* parent, const char* name, const QStringList& headers) {
    auto* list = new QTreeWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->header()->setStretchLastSection(true);
    return list;
}

}  // namespace

CustomerCardDialog::CustomerCardDialog(std::unique_ptr<till::CustomerCard> card, const Formatter& format,
                                       DialogRunner run, QWidget* parent)
    : QDialog(parent), card_(std::move(card)), format_(format), run_(std::move(run)) {
    const store::Customer& c = card_->customer();
    setWindowTitle(tr("Customer card: %1 %2").arg(qs(c.first_name), qs(c.last_name)).trimmed());
    auto* layout = new QVBoxLayout(this);
    tabs_ = new QTabWidget(this);
    layout->addWidget(tabs_);

    // ---- about her: contact, consent, cards, cycle; her notes and attributes ----
    auto* about = new QWidget(tabs_);
    auto* about_layout = new QVBoxLayout(about);
    overview_ = new QLabel(about);
    overview_->setObjectName(QStringLiteral("overview"));
    overview_->setWordWrap(true);
    overview_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    about_layout->addWidget(overview_);
    notes_ = make_list(about, "notes", {tr("Note or attribute"), tr("By"), tr("When")});
    about_layout->addWidget(notes_, 1);
    auto* note_row = new QHBoxLayout();
    note_ = new QLineEdit(about);
    note_->setObjectName(QStringLiteral("note"));
    bound_text(note_, store::TextField::note);
    note_->setPlaceholderText(tr("A note for the next visit: \"prefers SMS after 18:00\""));
    connect(note_, &QLineEdit::returnPressed, this, &CustomerCardDialog::add_note);
    note_row->addWidget(note_, 1);
    auto* add = new QPushButton(tr("Add note"), about);
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &CustomerCardDialog::add_note);
    note_row->addWidget(add);
    about_layout->addLayout(note_row);
    auto* attribute_row = new QHBoxLayout();
    key_ = new QLineEdit(about);
    key_->setObjectName(QStringLiteral("attribute_key"));
    bound_text(key_, store::TextField::attribute_name);
    key_->setPlaceholderText(tr("size, colours, ..."));
    value_ = new QLineEdit(about);
    value_->setObjectName(QStringLiteral("attribute_value"));
    bound_text(value_, store::TextField::attribute_value);
    value_->setPlaceholderText(tr("value (empty removes it)"));
    connect(value_, &QLineEdit::returnPressed, this, &CustomerCardDialog::set_attribute);
    attribute_row->addWidget(key_);
    attribute_row->addWidget(value_, 1);
    auto* set = new QPushButton(tr("Set"), about);
    set->setAutoDefault(false);
    connect(set, &QPushButton::clicked, this, &CustomerCardDialog::set_attribute);
    attribute_row->addWidget(set);
    about_layout->addLayout(attribute_row);
    auto* card_row = new QHBoxLayout();
    new_card_ = new QLineEdit(about);
    new_card_->setObjectName(QStringLiteral("new_card"));
    bound_text(new_card_, store::TextField::card_number);
    new_card_->setPlaceholderText(tr("Forgot her card? Scan a new one here to bind it to her"));
    connect(new_card_, &QLineEdit::returnPressed, this, &CustomerCardDialog::bind_card);
    card_row->addWidget(new_card_, 1);
    auto* bind = new QPushButton(tr("Bind card"), about);
    bind->setAutoDefault(false);
    connect(bind, &QPushButton::clicked, this, &CustomerCardDialog::bind_card);
    card_row->addWidget(bind);
    about_layout->addLayout(card_row);
    if (!card_->personal_data_allowed()) {
        // Without the personal-data consent nothing personal may be written; the fields say why.
        for (QWidget* w : std::initializer_list<QWidget*>{note_, key_, value_, add, set}) {
            w->setEnabled(false);
        }
        note_->setPlaceholderText(tr("No personal-data consent: notes cannot be kept"));
    }
    tabs_->addTab(about, tr("About"));

    ledger_ = make_list(tabs_, "ledger", {tr("When"), tr("Points"), tr("What"), tr("Why")});
    tabs_->addTab(ledger_, tr("Points history"));
    purchases_ = make_list(tabs_, "purchases", {tr("Receipt"), tr("When"), tr("Paid"), tr("Items")});
    tabs_->addTab(purchases_, tr("Purchases"));

    // ---- complaints ----
    auto* complaints = new QWidget(tabs_);
    auto* complaints_layout = new QVBoxLayout(complaints);
    complaints_ = make_list(complaints, "complaints", {tr("When"), tr("Reason"), tr("Done"), tr("Points")});
    complaints_layout->addWidget(complaints_, 1);
    auto* form = new QFormLayout();
    reason_ = new QLineEdit(complaints);
    reason_->setObjectName(QStringLiteral("complaint_reason"));
    bound_text(reason_, store::TextField::complaint_reason);
    form->addRow(tr("Reason"), reason_);
    resolution_ = new QComboBox(complaints);
    resolution_->setObjectName(QStringLiteral("complaint_resolution"));
    resolution_->addItem(tr("Replaced"), static_cast<int>(store::ComplaintResolution::replaced));
    resolution_->addItem(tr("Refunded"), static_cast<int>(store::ComplaintResolution::refunded));
    resolution_->addItem(tr("Points credited (owner)"),
                         static_cast<int>(store::ComplaintResolution::points_credited));
    resolution_->addItem(tr("Other"), static_cast<int>(store::ComplaintResolution::other));
    form->addRow(tr("What was done"), resolution_);
    credit_ = new QSpinBox(complaints);
    credit_->setObjectName(QStringLiteral("complaint_points"));
    credit_->setRange(0, 100000);
    form->addRow(tr("Points credited"), credit_);
    receipt_ = new QLineEdit(complaints);
    receipt_->setObjectName(QStringLiteral("complaint_receipt"));
    receipt_->setPlaceholderText(tr("receipt number (optional)"));
    form->addRow(tr("Receipt"), receipt_);
    complaints_layout->addLayout(form);
    auto* record = new QPushButton(tr("Record the complaint"), complaints);
    record->setAutoDefault(false);
    connect(record, &QPushButton::clicked, this, &CustomerCardDialog::record_complaint);
    complaints_layout->addWidget(record, 0, Qt::AlignRight);
    tabs_->addTab(complaints, tr("Complaints"));

    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("result"));
    result_->setWordWrap(true);
    layout->addWidget(result_);
    auto* close = new QPushButton(tr("Close (Esc)"), this);
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(close, 0, Qt::AlignRight);
    resize(900, 620);
    reload();
}

CustomerCardDialog::~CustomerCardDialog() = default;

QString CustomerCardDialog::ledger_kind(const std::string& kind) {
    const auto typed = store::parse_ledger_kind(kind);
    if (!typed) {
        return tr("Change");  // the ledger keeps no other kind (its CHECK): a newer store's, in plain words
    }
    switch (*typed) {
        case store::LedgerKind::accrue:
            return tr("Earned");
        case store::LedgerKind::redeem:
            return tr("Spent");
        case store::LedgerKind::expire:
            return tr("Expired");
        case store::LedgerKind::adjust:
            return tr("Correction");
        case store::LedgerKind::refund_reverse:
            return tr("Taken back on a return");
        case store::LedgerKind::refund_restore:
            return tr("Given back on a return");
    }
    return tr("Change");
}

QString CustomerCardDialog::ledger_why(const store::LedgerLine& line, const QString& program_name) {
    switch (line.why) {
        case store::LedgerReason::own_words:
            return line.why_words.empty() ? program_name : qs(line.why_words);
        case store::LedgerReason::purchase:
            return tr("Purchase");
        case store::LedgerReason::welcome_points:
            return tr("Welcome points for joining");
        case store::LedgerReason::paid_with_points:
            return tr("Paid with points");
        case store::LedgerReason::points_expired:
            return tr("The points expired");
        case store::LedgerReason::goods_returned:
            return tr("Goods were returned");
        case store::LedgerReason::points_given_back:
            return tr("Points paid for returned goods");
        case store::LedgerReason::imported:
            return tr("Brought from the shop's old system");
        case store::LedgerReason::complaint_credit:
            return tr("Goodwill credit for a complaint: %1").arg(qs(line.why_words));
    }
    return program_name;
}

QString CustomerCardDialog::overview() const {
    return overview_->text();
}
QString CustomerCardDialog::result() const {
    return result_->text();
}

void CustomerCardDialog::reload() {
    const store::Customer& c = card_->customer();
    try {
        const store::CustomerHistory history = card_->history();
        const store::PurchaseCycle cycle = card_->cycle();
        QStringList about;
        about << tr("Phone: %1").arg(c.phone.empty() ? tr("none") : qs(card_->phone_shown()));
        about << tr("E-mail: %1").arg(c.email.empty() ? tr("none") : qs(c.email));
        if (c.birthday) {
            about << tr("Birthday: %1").arg(format_.date(*c.birthday));
        }
        // The same words as the owner's lists (ReportText::channel), from the consents' typed values.
        QStringList consents;
        for (const auto& [given, kind] :
             {std::pair{c.consents.personal_data, store::ConsentKind::personal_data},
              std::pair{c.consents.sms, store::ConsentKind::sms},
              std::pair{c.consents.email, store::ConsentKind::email}}) {
            if (given) {
                consents << ReportText::channel(kind);
            }
        }
        about << tr("Consent: %1").arg(consents.isEmpty() ? tr("none") : consents.join(QStringLiteral(", ")));
        QStringList cards;
        for (const store::Card& card : c.cards) {
            cards << qs(card.number) +
                         (card.status == store::CardStatus::active ? QString() : tr(" (blocked)"));
        }
        about << tr("Cards: %1").arg(cards.isEmpty() ? tr("none") : cards.join(QStringLiteral(", ")));
        about << tr("Points: %1; purchases: %2; spent in all: %3")
                     .arg(format_.points(c.balance))
                     .arg(c.purchases_count)
                     .arg(format_.money_with_currency(c.spend_lifetime));
        const std::vector<till::TierChange> tiers = card_->tier_history();
        if (tiers.empty()) {
            about << tr("Tier: none reached yet");
        } else {
            QStringList steps;
            for (const till::TierChange& step : tiers) {
                steps << (step.level.empty() ? tr("no tier from %1") : tr("%1 from %2").arg(qs(step.level)))
                             .arg(format_.date(step.at));
            }
            about << tr("Tier history: %1").arg(steps.join(QStringLiteral("; ")));
        }
        about << (cycle.cycle_days
                      ? tr("Buys about every %n day(s)", nullptr, static_cast<int>(*cycle.cycle_days))
                      : tr("Too few purchases to tell how often she buys"));
        QStringList stamps;
        for (const auto& [program, count] : history.stamps) {
            stamps << qs(card_->program_name(program)) + QStringLiteral(": ") +
                          format_.locale().toString(static_cast<qlonglong>(count));
        }
        if (!stamps.isEmpty()) {
            about << tr("Stamps: %1").arg(stamps.join(QStringLiteral(", ")));
        }
        if (!history.open_coupons.empty()) {
            QStringList codes;
            for (const std::string& code : history.open_coupons) {
                codes << qs(code);
            }
            about << tr("Coupons not used yet: %1").arg(codes.join(QStringLiteral(", ")));
        }
        overview_->setText(about.join(QLatin1Char('\n')));

        // Who wrote a note by her name; an id the shop no longer has a cashier for stays as it is.
        const std::map<std::string, std::string> cashiers = card_->cashier_names();
        const auto who = [&cashiers](const std::string& id) {
            const auto found = cashiers.find(id);
            return qs(found == cashiers.end() ? id : found->second);
        };
        notes_->clear();
        for (const store::CustomerAttribute& a : history.attributes) {
            auto* item = new QTreeWidgetItem(notes_, {qs(a.key) + QStringLiteral(": ") + qs(a.value),
                                                      who(a.actor), format_.date(a.updated_at)});
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
        for (const store::CustomerNote& n : history.notes) {
            new QTreeWidgetItem(notes_, {qs(n.text), who(n.author), format_.date(n.at)});
        }
        ledger_->clear();
        for (const store::LedgerLine& l : history.ledger) {
            new QTreeWidgetItem(ledger_,
                                {format_.date_time(l.at), format_.points(l.points), ledger_kind(l.kind),
                                 ledger_why(l, qs(card_->program_name(l.program)))});
        }
        complaints_->clear();
        for (const store::Complaint& k : history.complaints) {
            new QTreeWidgetItem(complaints_,
                                {format_.date(k.at), qs(k.reason), ReportText::resolution(k.resolution),
                                 format_.points(k.points)});
        }
        purchases_->clear();
        for (const store::ReceiptView& r : card_->purchases()) {
            QStringList items;
            for (const store::ReceiptLineView& line : r.lines) {
                items << qs(line.name) + QStringLiteral(" ×") + format_.quantity(line.qty, false);
            }
            auto* receipt =
                new QTreeWidgetItem(purchases_, {format_.locale().toString(static_cast<qlonglong>(r.number)),
                                                 format_.date_time(r.at), format_.money(r.totals.payable),
                                                 items.join(QStringLiteral(", "))});
            receipt->setData(0, Qt::UserRole, static_cast<qlonglong>(r.number));
        }
    } catch (const store::StoreError& e) {
        show_sentence(result_, NoticeText::store_error(e), false);
    }
}

void CustomerCardDialog::add_note() {
    const QString text = note_->text().trimmed();
    if (text.isEmpty()) {
        show_sentence(result_, tr("Type the note first."), false);
        return;
    }
    try {
        card_->add_note(ss(text));
        note_->clear();
        reload();
        show_sentence(result_, tr("Note kept."), true);
    } catch (const store::StoreError& e) {
        show_sentence(result_, NoticeText::store_error(e), false);
    }
}

void CustomerCardDialog::set_attribute() {
    const QString key = key_->text().trimmed();
    if (key.isEmpty()) {
        show_sentence(result_, tr("Name the attribute first (size, colours, ...)."), false);
        return;
    }
    try {
        card_->set_attribute(ss(key), ss(value_->text().trimmed()));
        key_->clear();
        value_->clear();
        reload();
        show_sentence(result_, tr("Attribute kept."), true);
    } catch (const store::StoreError& e) {
        show_sentence(result_, NoticeText::store_error(e), false);
    }
}

void CustomerCardDialog::bind_card() {
    const QString number = new_card_->text().trimmed();
    if (number.isEmpty()) {
        show_sentence(result_, tr("Scan the new card first."), false);
        return;
    }
    try {
        card_->bind_card(ss(number));
        new_card_->clear();
        reload();
        show_sentence(result_, tr("The new card is hers now; her points stay with her."), true);
    } catch (const store::StoreError& e) {
        new_card_->clear();  // a bank card's digits never stay on the screen
        show_sentence(result_, NoticeText::store_error(e), false);
    }
}

void CustomerCardDialog::record_complaint() {
    const QString reason = reason_->text().trimmed();
    if (reason.isEmpty()) {
        show_sentence(result_, tr("Say what the complaint is about first."), false);
        return;
    }
    std::int64_t receipt = 0;
    if (!receipt_->text().trimmed().isEmpty()) {
        bool number = false;
        receipt = receipt_->text().trimmed().remove(QLatin1Char('R')).toLongLong(&number);
        if (!number || receipt <= 0) {
            show_sentence(result_, tr("\"%1\" is not a receipt number.").arg(receipt_->text()), false);
            return;
        }
    }
    const auto resolution = static_cast<store::ComplaintResolution>(resolution_->currentData().toInt());
    const Points credit = Points::of(credit_->value());
    if (resolution == store::ComplaintResolution::points_credited && credit_->value() <= 0) {
        show_sentence(result_, tr("Say how many points are credited."), false);
        return;
    }
    const till::Notice notice = with_owner_pin(
        run_, this, tr("A goodwill credit of points needs the owner's PIN."), [&](const std::string& pin) {
            return card_->record_complaint(ss(reason), resolution, credit, receipt, pin);
        });
    if (notice.outcome == till::Outcome::needs_owner || notice.outcome == till::Outcome::owner_pin_wrong) {
        show_sentence(result_, tr("Nothing was recorded."), false);
        return;
    }
    if (notice.outcome != till::Outcome::ok) {
        show_sentence(result_, NoticeText::sentence(notice), false);
        return;
    }
    reason_->clear();
    receipt_->clear();
    credit_->setValue(0);
    reload();
    show_sentence(result_, tr("Complaint recorded."), true);
}

}  // namespace kassa::ui
