#include "kassa/ui/sale_screen.hpp"

#include <QAction>
#include <QCameraDevice>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "kassa/till/returns.hpp"
#include "kassa/ui/basket_dialogs.hpp"
#include "kassa/ui/camera_reader.hpp"
#include "kassa/ui/customer_card_dialog.hpp"
#include "kassa/ui/enrol_dialog.hpp"
#include "kassa/ui/no_receipt_return_dialog.hpp"
#include "kassa/ui/notice_text.hpp"
#include "kassa/ui/office_status.hpp"
#include "kassa/ui/owner_window.hpp"
#include "kassa/ui/payment_dialog.hpp"
#include "kassa/ui/receipt_dialog.hpp"
#include "kassa/ui/return_dialog.hpp"
#include "kassa/ui/search_dialogs.hpp"
#include "kassa/ui/shift_dialogs.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::ss;

namespace {

enum Column { kName, kQty, kPrice, kDiscount, kNet, kColumns };

QLabel* value_label(const char* name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

QLabel* panel_label(const char* name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    return label;
}

}  // namespace

SaleScreen::SaleScreen(till::TillSession& session, const Formatter& format, QWidget* parent)
    : QMainWindow(parent),
      session_(session),
      format_(format),
      shift_desk_(std::make_unique<till::ShiftDesk>(session)),
      runner_(exec_dialogs()) {
    setWindowTitle(tr("Kassa"));
    setMinimumSize(1000, 700);  // fits a 1024x768 screen with the window frame

    auto* central = new QWidget(this);
    auto* grid = new QGridLayout(central);

    // ---- the basket ----
    lines_ = new QTreeWidget(central);
    lines_->setObjectName(QStringLiteral("lines"));
    lines_->setColumnCount(kColumns);
    lines_->setHeaderLabels({tr("Item"), tr("Qty"), tr("Price"), tr("Discount"), tr("Total")});
    lines_->setRootIsDecorated(false);
    lines_->setItemsExpandable(false);
    lines_->setSelectionMode(QAbstractItemView::SingleSelection);
    // The input line keeps the keyboard; the basket is chosen with the arrow keys from there, or by touch.
    lines_->setFocusPolicy(Qt::NoFocus);
    // The name takes what the figures leave; the figures are as wide as their text.
    lines_->header()->setStretchLastSection(false);
    lines_->header()->setSectionResizeMode(kName, QHeaderView::Stretch);
    for (int c = kQty; c < kColumns; ++c) {
        lines_->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    connect(lines_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        QTreeWidgetItem* top = item->parent() != nullptr ? item->parent() : item;
        selected_ = static_cast<std::size_t>(top->data(kName, Qt::UserRole).toULongLong());
        input_->setFocus();
    });
    grid->addWidget(lines_, 0, 0, 2, 1);

    messages_ = new QListWidget(central);
    messages_->setObjectName(QStringLiteral("messages"));
    messages_->setFocusPolicy(Qt::NoFocus);
    messages_->setMaximumHeight(110);
    messages_->setWordWrap(true);
    suggestions_ = new QLabel(central);
    suggestions_->setObjectName(QStringLiteral("suggestions"));
    suggestions_->setWordWrap(true);
    suggestions_->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    suggestions_->setVisible(false);
    auto* below_lines = new QVBoxLayout();
    below_lines->addWidget(suggestions_);
    below_lines->addWidget(messages_);
    grid->addLayout(below_lines, 2, 0);

    // ---- the customer ----
    customer_box_ = new QGroupBox(tr("Customer"), central);
    customer_box_->setObjectName(QStringLiteral("customer"));
    auto* panel = new QVBoxLayout(customer_box_);
    greeting_ = panel_label("greeting", customer_box_);
    balance_ = panel_label("balance", customer_box_);
    pending_ = panel_label("pending", customer_box_);
    tier_ = panel_label("tier", customer_box_);
    stamps_ = panel_label("stamps", customer_box_);
    birthday_ = panel_label("birthday", customer_box_);
    expiring_ = panel_label("expiring", customer_box_);
    consent_ = panel_label("consent", customer_box_);
    remember_ = panel_label("remember", customer_box_);
    remember_->setStyleSheet(QStringLiteral("color: #4a148c; font-style: italic;"));
    for (QLabel* label :
         {greeting_, remember_, balance_, pending_, tier_, stamps_, birthday_, expiring_, consent_}) {
        panel->addWidget(label);
    }
    panel->addStretch();
    panel->setSpacing(2);
    customer_box_->setMinimumWidth(330);
    customer_box_->setMaximumWidth(380);
    grid->addWidget(customer_box_, 0, 1);

    // ---- the totals ----
    auto* totals_box = new QGroupBox(tr("Totals"), central);
    auto* totals = new QGridLayout(totals_box);
    gross_ = value_label("total_gross", totals_box);
    discount_ = value_label("total_discount", totals_box);
    redeemed_ = value_label("total_redeemed", totals_box);
    payable_ = value_label("payable", totals_box);
    points_ = value_label("points_earned", totals_box);
    change_ = value_label("change", totals_box);
    const std::pair<QString, QLabel*> rows[] = {
        {tr("Subtotal"), gross_}, {tr("Discount"), discount_},     {tr("Paid with points"), redeemed_},
        {tr("To pay"), payable_}, {tr("Points to earn"), points_}, {tr("Change"), change_},
    };
    int row = 0;
    for (const auto& [caption, value] : rows) {
        auto* label = new QLabel(caption, totals_box);
        label->setBuddy(value);
        totals->addWidget(label, row, 0);
        totals->addWidget(value, row, 1);
        ++row;
    }
    grid->addWidget(totals_box, 1, 1, 2, 1);
    // Spare height goes to the first row (the basket and the customer panel), never to the totals: the
    // panel's wrapped lines need it at 1024x768, the totals are as tall as their figures.
    totals_box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    grid->setRowStretch(0, 1);

    // ---- the input line and the actions ----
    auto* input_row = new QHBoxLayout();
    input_ = new QLineEdit(central);
    input_->setObjectName(QStringLiteral("input"));
    input_->setPlaceholderText(tr("Scan or type a barcode, card, phone or receipt number, then Enter"));
    input_->installEventFilter(this);
    connect(input_, &QLineEdit::returnPressed, this, &SaleScreen::submit_input);
    input_row->addWidget(input_, 1);
    cashier_ = new QLabel(central);
    cashier_->setObjectName(QStringLiteral("cashier"));
    input_row->addWidget(cashier_);
    // The office line: beside the cashier's name, out of the way of the notices (status_ below), so a sync
    // never overwrites what the cashier needs to read.
    office_ = new QLabel(central);
    office_->setObjectName(QStringLiteral("office"));
    office_->setVisible(false);
    input_row->addSpacing(16);
    input_row->addWidget(office_);
    grid->addLayout(input_row, 3, 0, 1, 2);

    auto* buttons = new QGridLayout();
    struct Def {
        Action which;
        QString text;
        QKeySequence key;
        void (SaleScreen::*slot)();
    };
    const Def defs[] = {
        {Action::card, tr("Customer card"), QKeySequence(Qt::Key_F1), &SaleScreen::open_customer_card},
        {Action::quantity, tr("Quantity"), QKeySequence(Qt::Key_F2), &SaleScreen::change_quantity},
        {Action::find_product, tr("Find product"), QKeySequence(Qt::Key_F3), &SaleScreen::find_product},
        {Action::customer, tr("Customer"), QKeySequence(Qt::Key_F4), &SaleScreen::find_customer},
        {Action::coupon, tr("Coupon"), QKeySequence(Qt::Key_F5), &SaleScreen::enter_coupon},
        {Action::redeem, tr("Points"), QKeySequence(Qt::Key_F6), &SaleScreen::redeem_points},
        {Action::enrol, tr("Enrol"), QKeySequence(Qt::Key_F7), &SaleScreen::enrol_customer},
        {Action::return_goods, tr("Return"), QKeySequence(Qt::Key_F8), &SaleScreen::start_return},
        {Action::hold, tr("Hold / resume"), QKeySequence(Qt::Key_F9), &SaleScreen::hold_or_resume},
        {Action::cancel, tr("Cancel sale"), QKeySequence(Qt::Key_F10), &SaleScreen::cancel_basket},
        {Action::remove_line, tr("Remove line"), QKeySequence(Qt::Key_Delete), &SaleScreen::remove_line},
        {Action::owner, tr("Owner"), QKeySequence(Qt::Key_F11), &SaleScreen::open_owner_desk},
        {Action::pay, tr("Pay"), QKeySequence(Qt::Key_F12), &SaleScreen::pay},
        {Action::camera, tr("Camera"), QKeySequence(Qt::Key_Insert), &SaleScreen::read_with_camera},
        {Action::shift, tr("Shift"), QKeySequence(Qt::CTRL | Qt::Key_F10), &SaleScreen::open_shift_dialog},
    };
    int index = 0;
    for (const Def& def : defs) {
        QAction* action = make_action(def.which, def.text, def.key, def.slot);
        auto* button = new QPushButton(
            def.key.toString(QKeySequence::NativeText) + QLatin1Char('\n') + def.text, central);
        button->setObjectName(QStringLiteral("button_") + def.key.toString(QKeySequence::PortableText));
        // Buttons are for touch and mouse; the keyboard stays in the input line.
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        if (def.which == Action::pay) {
            button->setStyleSheet(QStringLiteral("font-weight: bold;"));
        }
        buttons->addWidget(button, index / 7, index % 7);
        ++index;
    }
    grid->addLayout(buttons, 4, 0, 1, 2);

    status_ = new QLabel(central);
    status_->setObjectName(QStringLiteral("status"));
    status_->setWordWrap(true);
    status_->setMinimumHeight(32);
    grid->addWidget(status_, 5, 0, 1, 2);
    // The rules line: a basket that starts under a newer rules version says so above the notices for as
    // long as it lasts, so the scan's own notice does not hide it.
    rules_ = new QLabel(central);
    rules_->setObjectName(QStringLiteral("rules_notice"));
    rules_->setWordWrap(true);
    rules_->setVisible(false);
    grid->addWidget(rules_, 6, 0, 1, 2);

    grid->setColumnStretch(0, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    setCentralWidget(central);
    refresh();
}

SaleScreen::~SaleScreen() = default;

QAction* SaleScreen::make_action(Action which, const QString& text, const QKeySequence& key,
                                 void (SaleScreen::*slot)()) {
    auto* action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setData(static_cast<int>(which));
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    actions_.push_back(action);
    return action;
}

QAction* SaleScreen::action(Action which) const {
    for (QAction* a : actions_) {
        if (a->data().toInt() == static_cast<int>(which)) {
            return a;
        }
    }
    return nullptr;
}

void SaleScreen::set_dialog_runner(DialogRunner runner) {
    runner_ = std::move(runner);
}

void SaleScreen::set_owner_desk_factory(OwnerDeskFactory factory) {
    owner_desk_factory_ = std::move(factory);
}

namespace {

// Writes "kassa: dialog <type>" when the dialog first becomes the active window: from then on the keyboard
// reaches it (without a window manager the X server moves the focus a moment after the dialog is shown).
class DialogActivationLog : public QObject {
  public:
    explicit DialogActivationLog(QString type) : type_(std::move(type)) {}
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::WindowActivate && !said_) {
            said_ = true;
            qInfo("kassa: dialog %s", qPrintable(type_));
        }
        return QObject::eventFilter(watched, event);
    }

  private:
    QString type_;
    bool said_ = false;
};

}  // namespace

int SaleScreen::run(QDialog& dialog) {
    // The till's log (stderr, the journal under systemd) names each dialog and each outcome: support reads
    // it, and the end-to-end test waits for these lines instead of sleeping. No names, numbers or amounts.
    DialogActivationLog log(
        QString::fromLatin1(dialog.metaObject()->className()).section(QStringLiteral("::"), -1));
    dialog.installEventFilter(&log);
    const int result = runner_(dialog);
    dialog.removeEventFilter(&log);
    // Without a window manager (the kiosk session) nobody hands the activation back when a dialog closes:
    // typing still reaches the window, but its F-key shortcuts only fire in the active window. The window
    // under the dialog gets it back: this screen, or the shift dialog a cash movement was asked from.
    QWidget* under = dialog.parentWidget() != nullptr ? dialog.parentWidget()->window() : window();
    if (under->isVisible() && !under->isActiveWindow()) {
        under->activateWindow();
    }
    input_->setFocus();
    return result;
}

bool SaleScreen::eventFilter(QObject* watched, QEvent* event) {
    if (watched == input_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const auto count = session_.lines().size();
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && count > 0) {
            const std::size_t now = current_line().value_or(count - 1);
            if (key->key() == Qt::Key_Up && now > 0) {
                select_line(now - 1);
            } else if (key->key() == Qt::Key_Down && now + 1 < count) {
                select_line(now + 1);
            }
            return true;
        }
        // Del edits the input while it has text; on an empty input it removes the chosen line.
        if (key->key() == Qt::Key_Delete && input_->text().isEmpty()) {
            remove_line();
            return true;
        }
    }
    if (watched == input_ && event->type() == QEvent::ShortcutOverride) {
        // Let the Del shortcut reach the window when there is nothing in the input to delete.
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && input_->text().isEmpty()) {
            event->ignore();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

std::optional<std::size_t> SaleScreen::current_line() const {
    const auto count = session_.lines().size();
    if (count == 0) {
        return std::nullopt;
    }
    if (selected_ && *selected_ < count) {
        return selected_;
    }
    return count - 1;
}

void SaleScreen::select_line(std::size_t line) {
    selected_ = line;
    const int row = static_cast<int>(line);
    if (row < lines_->topLevelItemCount()) {
        lines_->setCurrentItem(lines_->topLevelItem(row));
    }
}

// ---- what happened --------------------------------------------------------------------------------------

void SaleScreen::show_status(const QString& sentence, bool ok) {
    status_->setText(sentence);
    status_->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));
}

void SaleScreen::set_office_sync(OfficeSync sync) {
    office_sync_ = std::move(sync);
    if (office_timer_ == nullptr) {
        office_timer_ = new QTimer(this);
        office_timer_->setInterval(1000);
        connect(office_timer_, &QTimer::timeout, this, &SaleScreen::refresh_office);
    }
    if (office_sync_.status) {
        office_timer_->start();
    } else {
        office_timer_->stop();
    }
    refresh_office();
}

void SaleScreen::refresh_office() {
    const central::SyncStatus status = office_sync_.status ? office_sync_.status() : central::SyncStatus{};
    const QString sentence = OfficeStatusText::sentence(status, format_);
    if (office_->text() != sentence) {
        const auto name = central::sync_state_name(status.state);
        qInfo("kassa: office %.*s", static_cast<int>(name.size()), name.data());
        office_->setText(sentence);
        office_->setStyleSheet(
            OfficeStatusText::needs_someone(status) ? QStringLiteral("color: #b00020; font-weight: bold;")
            : status.state == central::SyncState::offline ? QStringLiteral("color: #8a5a00;")
                                                          : QString());
    }
    office_->setVisible(!sentence.isEmpty());
}

void SaleScreen::show_notice(const till::Notice& notice) {
    handle(notice);
}

void SaleScreen::show_device_error(const QString& sentence) {
    show_status(sentence, false);
    input_->setFocus();
}

void SaleScreen::show_device_status(const QString& sentence) {
    show_status(sentence, true);
}

void SaleScreen::handle(const till::Notice& notice, const QString& scanned) {
    const auto name = till::outcome_name(notice.outcome);
    qInfo("kassa: %.*s", static_cast<int>(name.size()), name.data());
    last_notice_ = notice;
    show_status(NoticeText::sentence(notice), notice.ok());
    if (const auto rules = session_.take_rules_notice()) {
        const auto taken = till::outcome_name(rules->outcome);
        qInfo("kassa: %.*s %s", static_cast<int>(taken.size()), taken.data(), rules->detail.c_str());
        rules_->setText(NoticeText::sentence(*rules));
        rules_->setStyleSheet(rules->ok() ? QStringLiteral("color: #00509e; font-weight: bold;")
                                          : QStringLiteral("color: #b00020; font-weight: bold;"));
        rules_->setVisible(true);
    }
    switch (notice.outcome) {
        case till::Outcome::product_added:
            selected_.reset();  // the new line (the last one) becomes the current one
            show_change_ = false;
            // After the totals are drawn: a suggestion must never hold up the scan's answer.
            QTimer::singleShot(0, this, &SaleScreen::show_suggestions);
            break;
        case till::Outcome::weight_needed:
            refresh();
            ask_weight(notice.detail, scanned);
            return;
        case till::Outcome::receipt_opened:
            refresh();
            run_return_dialog();
            return;
        case till::Outcome::not_logged_in:
            emit login_requested();
            break;
        case till::Outcome::shift_needed:
            refresh();
            ensure_shift();
            return;
        case till::Outcome::sale_committed:
            rules_->setVisible(false);  // said for the basket it priced
            [[fallthrough]];
        case till::Outcome::return_committed:
            if (office_sync_.wake) {
                office_sync_.wake();  // the points reach the other tills now, not at the next interval
            }
            emit print_queued();
            break;
        case till::Outcome::shift_closed:
        case till::Outcome::drawer_opened:
            emit print_queued();
            break;
        case till::Outcome::basket_held:
        case till::Outcome::basket_cancelled:
            rules_->setVisible(false);
            break;
        case till::Outcome::customer_enrolled:
            if (office_sync_.wake) {
                office_sync_.wake();
            }
            break;
        default:
            break;
    }
    refresh();
}

void SaleScreen::submit_input() {
    const QString text = input_->text().trimmed();
    input_->clear();
    if (text.isEmpty()) {
        input_->setFocus();
        return;
    }
    scan(text, till::ScanSource::typed);
}

void SaleScreen::scan(const QString& text, till::ScanSource source) {
    handle(session_.scan(ss(text), source), text);
}

till::Notice SaleScreen::with_owner_pin(const QString& why,
                                        const std::function<till::Notice(const std::string&)>& act) {
    return ui::with_owner_pin([this](QDialog& d) { return run(d); }, this, why, act);
}

// ---- the actions ----------------------------------------------------------------------------------------

void SaleScreen::change_quantity() {
    const auto line = current_line();
    if (!line) {
        handle({till::Outcome::basket_empty, {}, {}});
        return;
    }
    const till::BasketLine& basket_line = session_.lines()[*line];
    QuantityDialog dialog(format_, qs(basket_line.name), basket_line.by_weight, basket_line.qty, this);
    if (run(dialog) != QDialog::Accepted || !dialog.quantity()) {
        return;
    }
    const std::size_t index = *line;
    handle(session_.set_quantity(index, *dialog.quantity()));
    select_line(index);
}

void SaleScreen::ask_weight(const std::string& product_name, const QString& scanned) {
    // The session names the weighed product; find it by what was scanned (a SKU) or by that name.
    std::optional<store::Product> product;
    for (const std::string& query : {ss(scanned), product_name}) {
        if (query.empty()) {
            continue;
        }
        for (const store::Product& p : session_.search_products(query)) {
            if (p.by_weight && (p.name == product_name || p.sku == query)) {
                product = p;
                break;
            }
        }
        if (product) {
            break;
        }
    }
    if (!product) {
        input_->setFocus();
        return;
    }
    add_with_quantity(*product);
}

void SaleScreen::add_with_quantity(const store::Product& product) {
    if (!product.by_weight) {
        handle(session_.add_product(product, Quantity::pieces(1)));
        return;
    }
    QuantityDialog dialog(format_, qs(product.name), true, std::nullopt, this);
    if (run(dialog) != QDialog::Accepted || !dialog.quantity()) {
        return;
    }
    handle(session_.add_product(product, *dialog.quantity()));
}

void SaleScreen::find_product() {
    ProductSearchDialog dialog(session_, format_, this);
    if (run(dialog) != QDialog::Accepted || !dialog.chosen()) {
        return;
    }
    add_with_quantity(*dialog.chosen());
}

void SaleScreen::find_customer() {
    CustomerSearchDialog dialog(session_, format_, this);
    run(dialog);
    if (dialog.last_notice()) {
        handle(*dialog.last_notice());
    }
}

void SaleScreen::enter_coupon() {
    CouponDialog dialog(session_, this);
    run(dialog);
    if (dialog.last_notice()) {
        handle(*dialog.last_notice());
    }
}

void SaleScreen::redeem_points() {
    if (!session_.customer()) {
        handle({till::Outcome::customer_needed, {}, {}});
        return;
    }
    RedeemDialog dialog(session_, format_, this);
    run(dialog);
    if (dialog.last_notice()) {
        handle(*dialog.last_notice());
    }
}

void SaleScreen::enrol_customer() {
    EnrolDialog dialog(session_, format_, this);
    run(dialog);
    if (dialog.last_notice()) {
        handle(*dialog.last_notice());
    }
}

void SaleScreen::start_return() {
    if (!session_.lines().empty()) {
        handle({till::Outcome::basket_not_empty, {}, {}});
        return;
    }
    run_return_dialog();
}

void SaleScreen::run_return_dialog() {
    bool no_receipt = false;
    {
        ReturnDialog dialog(session_, format_, this);
        run(dialog);
        no_receipt = dialog.no_receipt_chosen();
        if (!no_receipt && dialog.last_notice()) {
            handle(*dialog.last_notice());
            return;
        }
    }
    if (no_receipt) {
        start_return_without_receipt();
    }
}

void SaleScreen::start_return_without_receipt() {
    const till::Notice approval =
        with_owner_pin(tr("A return without a receipt needs the owner's PIN."),
                       [this](const std::string& pin) { return session_.no_receipt_return().open(pin); });
    if (approval.outcome != till::Outcome::no_receipt_return_opened) {
        handle(approval);
        return;
    }
    NoReceiptReturnDialog dialog(
        session_, format_, [this](QDialog& d) { return run(d); }, this);
    run(dialog);
    if (dialog.last_notice()) {
        handle(*dialog.last_notice());
    } else {
        refresh();
    }
}

void SaleScreen::open_owner_desk() {
    if (!owner_desk_factory_) {
        show_device_error(tr("The owner's desk is not available on this till."));
        return;
    }
    const till::Notice notice =
        with_owner_pin(tr("The owner's desk (settings, whom to call, reports) needs the owner's PIN."),
                       [this](const std::string& pin) { return session_.open_owner_desk(pin); });
    if (notice.outcome != till::Outcome::ok) {
        handle(notice);
        return;
    }
    const std::unique_ptr<till::OwnerDesk> desk = owner_desk_factory_(notice.detail);
    OwnerWindow window(*desk, format_, device_roster_, shift_desk_.get(), this);
    if (office_sync_.company_report) {
        window.reports()->add_company_view(office_sync_.company_report);
    }
    // The timing takes effect at once: the next scan is read with it.
    connect(&window, &OwnerWindow::scanner_timing_changed, this, &SaleScreen::scanner_timing_changed);
    connect(&window, &OwnerWindow::sync_interval_changed, this, &SaleScreen::sync_interval_changed);
    // The app rebuilds this screen in the new language, so it is told only after the window has closed.
    QString new_language;
    connect(&window, &OwnerWindow::language_changed, this,
            [&new_language](const QString& code) { new_language = code; });
    run(window);
    input_->setFocus();
    if (!new_language.isEmpty()) {
        emit language_changed(new_language);
    }
}

void SaleScreen::read_with_camera() {
    const QList<QCameraDevice> cameras = cameras_ ? cameras_() : QList<QCameraDevice>();
    if (cameras.isEmpty()) {
        show_device_error(tr("No camera is connected to this till: scan the card or type the phone number."));
        return;
    }
    CameraDialog dialog(this);
    if (!cameras.first().isNull()) {
        dialog.start(cameras.first());
    }
    const int result = run(dialog);
    input_->setFocus();
    if (result == QDialog::Accepted && !dialog.text().isEmpty()) {
        scan(dialog.text(), till::ScanSource::camera);
    }
}

void SaleScreen::open_customer_card() {
    std::unique_ptr<till::CustomerCard> card = session_.customer_card();
    if (!card) {
        show_device_error(tr("Identify the customer first: scan her card or find her with F4."));
        return;
    }
    CustomerCardDialog dialog(
        std::move(card), format_, [this](QDialog& d) { return run(d); }, this);
    run(dialog);
    // Notes or attributes written on the card show on the panel at once.
    session_.refresh_remember();
    refresh_customer();
}

void SaleScreen::show_suggestions() {
    const std::vector<till::TillSuggestion> offered = session_.suggestions_for_last_line();
    QStringList parts;
    for (const till::TillSuggestion& s : offered) {
        QString part = qs(s.product.name) + QStringLiteral(" ") + format_.money(s.product.price);
        if (!s.discounts.empty()) {
            part += QStringLiteral(" (") + qs(s.discounts.front().text) + QStringLiteral(")");
        }
        parts << part;
    }
    suggestions_->setText(parts.isEmpty() ? QString()
                                          : tr("Goes well with: %1").arg(parts.join(QStringLiteral("; "))));
    suggestions_->setVisible(!parts.isEmpty());
}

void SaleScreen::hold_or_resume() {
    HeldDialog dialog(session_, format_, this);
    run(dialog);
    if (dialog.last_notice()) {
        handle(*dialog.last_notice());
    }
}

void SaleScreen::cancel_basket() {
    if (session_.lines().empty()) {
        handle({till::Outcome::basket_empty, {}, {}});
        return;
    }
    CancelDialog dialog(this);
    if (run(dialog) != QDialog::Accepted) {
        return;
    }
    const std::string reason = dialog.reason();
    handle(with_owner_pin(tr("Cancelling a sale after payment has started needs the owner's PIN."),
                          [&](const std::string& pin) { return session_.cancel(reason, pin); }));
}

void SaleScreen::remove_line() {
    const auto line = current_line();
    if (!line) {
        handle({till::Outcome::basket_empty, {}, {}});
        return;
    }
    const std::size_t index = *line;
    const QString name = qs(session_.lines()[index].name);
    const till::Notice notice =
        with_owner_pin(tr("Removing \"%1\" after payment has started needs the owner's PIN.").arg(name),
                       [&](const std::string& pin) { return session_.remove_line(index, pin); });
    if (notice.outcome == till::Outcome::line_removed) {
        selected_.reset();
    }
    handle(notice);
}

void SaleScreen::pay() {
    if (session_.lines().empty()) {
        handle({till::Outcome::basket_empty, {}, {}});
        return;
    }
    PaymentDialog dialog(session_, format_, this);
    run(dialog);
    if (dialog.last_notice()) {
        handle(*dialog.last_notice());
    }
    if (dialog.committed()) {
        show_change_ = true;
        selected_.reset();
        refresh();
        // With a receipt printer the receipt is on paper already (Ctrl+F10, F6 reprints it); a preview to
        // close after every sale would only slow the queue down.
        if (!session_.settings().queue_receipts) {
            show_receipt();
        }
    }
}

void SaleScreen::ensure_shift() {
    switch (shift_desk_->status()) {
        case till::ShiftStatus::none: {
            OpenShiftDialog dialog(*shift_desk_, format_, this);
            run(dialog);
            if (dialog.last_notice()) {
                handle(*dialog.last_notice());
            }
            // The dialog came up before the first sale, perhaps before the window had the focus; a kiosk
            // session has no window manager to give it back, and the scanner types into the focused window.
            activateWindow();
            break;
        }
        case till::ShiftStatus::carried_over:
            show_status(tr("The shift opened on %1 is still open: it goes on until its Z report (Ctrl+F10).")
                            .arg(format_.date(shift_desk_->current()->business_day)),
                        true);
            break;
        case till::ShiftStatus::open:
            break;
    }
}

void SaleScreen::open_shift_dialog() {
    if (shift_desk_->status() == till::ShiftStatus::none) {
        ensure_shift();
        return;
    }
    ShiftDialog dialog(
        *shift_desk_, format_, session_.settings().shop_name, [this](QDialog& d) { return run(d); }, this);
    run(dialog);
    emit print_queued();  // an X, a reprint, the drawer or the Z the dialog queued
    if (dialog.last_notice()) {
        handle(*dialog.last_notice());
    }
}

void SaleScreen::show_receipt() {
    const auto receipt = session_.last_receipt(receipt_labels());
    if (!receipt) {
        return;
    }
    ReceiptDialog dialog(*receipt, this);
    run(dialog);
}

// ---- drawing the session's state ------------------------------------------------------------------------

void SaleScreen::refresh() {
    if (session_.lines().empty()) {
        suggestions_->clear();
        suggestions_->setVisible(false);
    }
    refresh_lines();
    refresh_totals();
    refresh_customer();
    // Word-wrapped labels do not tell the grid how tall they become at the panel's real width, so the panel
    // asks for that height itself; otherwise long Russian or Estonian lines overlap at 1024x768.
    if (QLayout* panel = customer_box_->layout(); panel != nullptr && panel->hasHeightForWidth()) {
        customer_box_->setMinimumHeight(panel->totalHeightForWidth(std::max(customer_box_->width(), 330)));
    }
    refresh_messages();
    const auto& cashier = session_.cashier();
    cashier_->setText(cashier ? tr("Cashier: %1").arg(qs(cashier->name)) : tr("Not logged in"));
    input_->setFocus();
}

void SaleScreen::refresh_lines() {
    const auto& lines = session_.lines();
    const QuoteResult& quote = session_.quote();
    lines_->clear();
    QList<QTreeWidgetItem*> items;
    items.reserve(static_cast<qsizetype>(lines.size()));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const till::BasketLine& line = lines[i];
        auto* item = new QTreeWidgetItem();
        item->setData(kName, Qt::UserRole, static_cast<qulonglong>(i));
        item->setText(kName, qs(line.name));
        item->setText(kQty, format_.quantity(line.qty, line.by_weight));
        item->setText(kPrice, format_.money(line.unit_price));
        for (int c = kQty; c < kColumns; ++c) {
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        // The quote's lines follow the basket's order one to one.
        if (i < quote.lines.size()) {
            const QuotedLine& quoted = quote.lines[i];
            Money discount;
            for (const LineDiscount& d : quoted.discounts) {
                discount += d.amount;
                auto* sentence = new QTreeWidgetItem(item);
                sentence->setText(kName, QStringLiteral("    ") + qs(d.text));
                sentence->setText(kDiscount, format_.money(-d.amount));
                sentence->setTextAlignment(kDiscount, Qt::AlignRight | Qt::AlignVCenter);
                sentence->setFlags(Qt::ItemIsEnabled);
                sentence->setForeground(kName, QColor(0x1b, 0x5e, 0x20));
                sentence->setForeground(kDiscount, QColor(0x1b, 0x5e, 0x20));
            }
            if (!discount.is_zero()) {
                item->setText(kDiscount, format_.money(-discount));
            }
            item->setText(kNet, format_.money(quoted.net));
        }
        items.push_back(item);
    }
    lines_->addTopLevelItems(items);
    lines_->expandAll();
    if (const auto line = current_line()) {
        const int row = static_cast<int>(*line);
        lines_->setCurrentItem(lines_->topLevelItem(row));
        lines_->scrollToItem(lines_->topLevelItem(row));
    }
}

void SaleScreen::refresh_totals() {
    const QuoteTotals& totals = session_.quote().totals;
    gross_->setText(format_.money(totals.gross));
    discount_->setText(totals.discount.is_zero() ? format_.money(totals.discount)
                                                 : format_.money(-totals.discount));
    if (totals.redeemed_points.is_zero()) {
        redeemed_->setText(format_.money(totals.redeemed_money));
    } else {
        redeemed_->setText(
            tr("%1 (%2 points)")
                .arg(format_.money(-totals.redeemed_money), format_.points(totals.redeemed_points)));
    }
    payable_->setText(format_.money_with_currency(totals.payable));
    if (totals.points_earned.is_zero() || !totals.points_available_at) {
        points_->setText(format_.points(totals.points_earned));
    } else {
        points_->setText(
            tr("%1, usable from %2")
                .arg(format_.points(totals.points_earned), format_.date(*totals.points_available_at)));
    }
    const auto& sale = session_.last_sale();
    // The change stays large until the next basket starts: the cashier reads it while counting coins.
    change_->setStyleSheet(show_change_ && sale && session_.lines().empty()
                               ? QStringLiteral("font-size: 22pt; font-weight: bold; color: #1b5e20;")
                               : QString());
    if (show_change_ && sale && session_.lines().empty()) {
        change_->setText(format_.money_with_currency(sale->change));
    } else if (session_.payment_started()) {
        change_->setText(
            tr("paid %1, left %2").arg(format_.money(session_.paid()), format_.money(session_.remaining())));
    } else {
        change_->clear();
    }
}

void SaleScreen::refresh_customer() {
    const auto& panel = session_.customer();
    const bool shown = panel.has_value();
    for (QLabel* label : {remember_, balance_, pending_, tier_, stamps_, birthday_, expiring_, consent_}) {
        label->setVisible(shown);
    }
    if (!panel) {
        greeting_->setText(tr("No customer. Scan a loyalty card or type a phone number (F4)."));
        // The prompt is quieter than a greeting.
        greeting_->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: normal; color: #616161;"));
        return;
    }
    greeting_->setStyleSheet(QString());
    const store::Customer& c = panel->customer;
    const QString name = qs(c.first_name);
    switch (panel->day_part) {
        case till::DayPart::morning:
            greeting_->setText(name.isEmpty() ? tr("Good morning!") : tr("Good morning, %1!").arg(name));
            break;
        case till::DayPart::afternoon:
            greeting_->setText(name.isEmpty() ? tr("Good afternoon!") : tr("Good afternoon, %1!").arg(name));
            break;
        case till::DayPart::evening:
            greeting_->setText(name.isEmpty() ? tr("Good evening!") : tr("Good evening, %1!").arg(name));
            break;
    }
    QStringList remember;
    for (const std::string& line : panel->remember) {
        remember << qs(line);
    }
    remember_->setText(remember.join(QLatin1Char('\n')));
    remember_->setVisible(!remember.isEmpty());
    balance_->setText(tr("Points: %1").arg(format_.points(panel->balance)));
    if (panel->pending.is_zero()) {
        pending_->setVisible(false);
    } else if (panel->pending_available_at) {
        pending_->setText(
            tr("On hold: %1, usable from %2")
                .arg(format_.points(panel->pending), format_.date(*panel->pending_available_at)));
    } else {
        pending_->setText(tr("On hold: %1").arg(format_.points(panel->pending)));
    }
    if (panel->tier) {
        const TierProgress& t = *panel->tier;
        QString text = t.level_before.empty() ? tr("No tier yet") : tr("Tier: %1").arg(qs(t.level_before));
        if (t.level_after != t.level_before && !t.level_after.empty()) {
            text += QLatin1Char('\n') + tr("%1 with this purchase!").arg(qs(t.level_after));
        }
        if (!t.next_level.empty()) {
            text += QLatin1Char('\n') +
                    tr("%1 more for %2").arg(format_.money(t.to_next_level), qs(t.next_level));
        }
        tier_->setText(text);
    } else {
        tier_->setVisible(false);
    }
    QStringList stamps;
    for (const till::StampCard& s : panel->stamps) {
        stamps << tr("%1: %2 of %3 for %4")
                      .arg(qs(s.name), format_.points(Points::of(s.held)), format_.points(Points::of(s.goal)),
                           qs(s.reward_name));
    }
    stamps_->setText(stamps.join(QLatin1Char('\n')));
    stamps_->setVisible(!stamps.isEmpty());
    if (panel->birthday_window) {
        birthday_->setText(tr("Birthday week! Congratulate the customer."));
        birthday_->setStyleSheet(QStringLiteral("color: #ad1457; font-weight: bold;"));
    } else if (c.birthday) {
        birthday_->setText(tr("Birthday: %1").arg(format_.date(*c.birthday)));
        birthday_->setStyleSheet(QString());
    } else {
        birthday_->setVisible(false);
    }
    if (panel->expiring_soon.is_zero()) {
        expiring_->setVisible(false);
    } else {
        const QString when = panel->expiring_soon_at ? format_.date(*panel->expiring_soon_at) : QString();
        expiring_->setText(tr("%1 points expire on %2").arg(format_.points(panel->expiring_soon), when));
        expiring_->setStyleSheet(QStringLiteral("color: #e65100;"));
    }
    const auto yes_no = [](bool given) { return given ? tr("yes") : tr("no"); };
    consent_->setText(
        tr("Consent: personal data %1, SMS %2, e-mail %3")
            .arg(yes_no(c.consents.personal_data), yes_no(c.consents.sms), yes_no(c.consents.email)));
}

void SaleScreen::refresh_messages() {
    const QuoteResult& quote = session_.quote();
    messages_->clear();
    for (const QuoteMessage& m : quote.messages) {
        QString prefix;
        QColor color(0x0d, 0x47, 0xa1);
        switch (m.kind) {
            case MessageKind::hint:
                prefix = tr("Tip: ");
                break;
            case MessageKind::gift:
                prefix = tr("Gift: ");
                color = QColor(0xad, 0x14, 0x57);
                break;
            case MessageKind::info:
                break;
            case MessageKind::warning:
                color = QColor(0xe6, 0x51, 0x00);
                break;
        }
        auto* item = new QListWidgetItem(prefix + qs(m.text), messages_);
        item->setForeground(color);
    }
    for (const Rejection& r : quote.rejected) {
        auto* item = new QListWidgetItem(qs(r.text), messages_);
        item->setForeground(QColor(0xb0, 0x00, 0x20));
    }
}

}  // namespace kassa::ui
