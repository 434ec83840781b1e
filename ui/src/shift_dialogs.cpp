#include "kassa/ui/shift_dialogs.hpp"

#include <QFont>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "kassa/ui/basket_dialogs.hpp"
#include "kassa/ui/notice_text.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::ok_cancel;
using detail::qs;
using detail::sentence_label;
using detail::show_sentence;
using detail::ss;

namespace {

// Euro notes and coins, largest first: the shops Kassa is made for count in euros.
constexpr std::int64_t kEuroDenominations[] = {50000, 20000, 10000, 5000, 2000, 1000, 500, 200,
                                               100,   50,    20,    10,   5,    2,    1};

QString said(const till::Notice& notice) {
    return NoticeText::sentence(notice);
}

}  // namespace

till::ShiftReportLabels shift_report_labels() {
    till::ShiftReportLabels l;
    l.x_report = ss(ShiftDialog::tr("X report"));
    l.z_report = ss(ShiftDialog::tr("Z report"));
    l.opened = ss(ShiftDialog::tr("Opened"));
    l.closed = ss(ShiftDialog::tr("Closed"));
    l.opening_float = ss(ShiftDialog::tr("Opening float"));
    l.sales = ss(ShiftDialog::tr("Sales"));
    l.returns = ss(ShiftDialog::tr("Returns"));
    l.cash = ss(ShiftDialog::tr("Cash"));
    l.card = ss(ShiftDialog::tr("Card"));
    l.other = ss(ShiftDialog::tr("Other"));
    l.cash_in = ss(ShiftDialog::tr("Cash in"));
    l.cash_out = ss(ShiftDialog::tr("Cash out"));
    l.expected_cash = ss(ShiftDialog::tr("Expected in drawer"));
    l.counted_cash = ss(ShiftDialog::tr("Counted"));
    l.over_short = ss(ShiftDialog::tr("Over (+) / short (-)"));
    l.left_in_drawer = ss(ShiftDialog::tr("Left in drawer"));
    l.gross = ss(ShiftDialog::tr("Goods before discounts"));
    l.discounts = ss(ShiftDialog::tr("Discounts"));
    l.points_redeemed = ss(ShiftDialog::tr("Points redeemed"));
    l.total = ss(ShiftDialog::tr("Total paid"));
    l.receipts = ss(ShiftDialog::tr("Receipts"));
    l.returns_count = ss(ShiftDialog::tr("Returns made"));
    l.first_last = ss(ShiftDialog::tr("Receipt numbers"));
    l.not_counted = ss(ShiftDialog::tr("Not closed: no count yet"));
    l.vat = ss(ShiftDialog::tr("VAT included (rate, sales, VAT)"));
    l.vat_exempt = ss(ShiftDialog::tr("exempt"));
    return l;
}

// ---- open ------------------------------------------------------------------------------------------------

OpenShiftDialog::OpenShiftDialog(till::ShiftDesk& desk, const Formatter& format, QWidget* parent)
    : QDialog(parent), desk_(desk), format_(format) {
    setWindowTitle(tr("Open the shift"));
    auto* layout = new QVBoxLayout(this);
    auto* why = new QLabel(
        tr("Count the cash in the drawer and type the amount. It is the shift's opening float."), this);
    why->setWordWrap(true);
    layout->addWidget(why);
    amount_ = new QLineEdit(this);
    amount_->setObjectName(QStringLiteral("amount"));
    amount_->setStyleSheet(QStringLiteral("font-size: 20pt;"));
    if (const auto proposed = desk_.proposed_float()) {
        amount_->setText(format_.money(*proposed));
    }
    amount_->selectAll();
    layout->addWidget(amount_);
    result_ = sentence_label(this);
    layout->addWidget(result_);
    layout->addWidget(ok_cancel(this, tr("Open the shift (Enter)")));
    amount_->setFocus();
}

void OpenShiftDialog::accept() {
    const auto amount = format_.parse_money(amount_->text().trimmed());
    if (!amount) {
        show_sentence(result_, tr("Type an amount such as %1.").arg(format_.money(Money::minor(10000))),
                      false);
        amount_->selectAll();
        return;
    }
    notice_ = desk_.open(*amount);
    if (notice_->outcome == till::Outcome::shift_opened) {
        QDialog::accept();
        return;
    }
    show_sentence(result_, said(*notice_), false);
}

// ---- cash in and out -------------------------------------------------------------------------------------

CashMovementDialog::CashMovementDialog(store::CashMovementKind kind, const Formatter& format, QWidget* parent)
    : QDialog(parent), format_(format) {
    setWindowTitle(kind == store::CashMovementKind::cash_in ? tr("Cash in") : tr("Cash out"));
    auto* layout = new QFormLayout(this);
    amount_ = new QLineEdit(this);
    amount_->setObjectName(QStringLiteral("amount"));
    reason_ = new QLineEdit(this);
    reason_->setObjectName(QStringLiteral("reason"));
    // The store's bound: Qt counts UTF-16 units, so the field never lets through more than the store takes.
    reason_->setMaxLength(static_cast<int>(store::kMaxCashReasonChars));
    reason_->setPlaceholderText(kind == store::CashMovementKind::cash_in
                                    ? tr("e.g. change from the bank")
                                    : tr("e.g. to the bank, a delivery"));
    layout->addRow(tr("Amount"), amount_);
    layout->addRow(tr("Reason"), reason_);
    result_ = sentence_label(this);
    layout->addRow(result_);
    layout->addRow(ok_cancel(this, tr("Record (Enter)")));
    amount_->setFocus();
}

std::string CashMovementDialog::reason() const {
    return ss(reason_->text().trimmed());
}

void CashMovementDialog::show_refusal(const QString& sentence) {
    show_sentence(result_, sentence, false);
}

void CashMovementDialog::accept() {
    const auto amount = format_.parse_money(amount_->text().trimmed());
    if (!amount || amount->is_zero()) {
        show_refusal(tr("Type an amount above zero, such as %1.").arg(format_.money(Money::minor(2000))));
        amount_->setFocus();
        amount_->selectAll();
        return;
    }
    if (reason_->text().trimmed().isEmpty()) {
        show_refusal(NoticeText::shift_problem(store::ShiftProblem::reason_missing));
        reason_->setFocus();
        return;
    }
    amount_value_ = *amount;
    QDialog::accept();
}

// ---- close -----------------------------------------------------------------------------------------------

CloseShiftDialog::CloseShiftDialog(till::ShiftDesk& desk, const Formatter& format, QWidget* parent)
    : QDialog(parent), desk_(desk), format_(format) {
    setWindowTitle(tr("Close the shift (Z report)"));
    auto* layout = new QVBoxLayout(this);
    auto* why =
        new QLabel(tr("Count the drawer: how many of each note and coin, or type the total below."), this);
    why->setWordWrap(true);
    layout->addWidget(why);
    auto* grid = new QGridLayout();
    int index = 0;
    for (const std::int64_t value : kEuroDenominations) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("count_%1").arg(value));
        edit->setMaximumWidth(70);
        edit->setPlaceholderText(QStringLiteral("0"));
        const int row = index % 8;
        const int column = (index / 8) * 2;
        grid->addWidget(new QLabel(format_.money(Money::minor(value)) + QStringLiteral(" x"), this), row,
                        column, Qt::AlignRight);
        grid->addWidget(edit, row, column + 1);
        counts_.emplace_back(Money::minor(value), edit);
        connect(edit, &QLineEdit::textEdited, this, &CloseShiftDialog::recount);
        ++index;
    }
    layout->addLayout(grid);
    auto* form = new QFormLayout();
    total_ = new QLineEdit(this);
    total_->setObjectName(QStringLiteral("total"));
    left_ = new QLineEdit(this);
    left_->setObjectName(QStringLiteral("left"));
    if (const auto shift = desk_.current()) {
        left_->setText(format_.money(shift->opening_float));
    }
    form->addRow(tr("Counted in total"), total_);
    form->addRow(tr("Left in the drawer for the next shift"), left_);
    layout->addLayout(form);
    result_ = sentence_label(this);
    layout->addWidget(result_);
    layout->addWidget(ok_cancel(this, tr("Close the shift (Enter)")));
    counts_.front().second->setFocus();
}

void CloseShiftDialog::recount() {
    std::int64_t total = 0;
    for (const auto& [value, edit] : counts_) {
        total += value.minor_units() * edit->text().trimmed().toLongLong();
    }
    total_->setText(format_.money(Money::minor(total)));
}

void CloseShiftDialog::accept() {
    store::CashCount counted;
    bool by_denomination = false;
    for (const auto& [value, edit] : counts_) {
        const QString typed = edit->text().trimmed();
        if (typed.isEmpty()) {
            continue;
        }
        bool whole = false;
        const qlonglong count = typed.toLongLong(&whole);
        if (!whole || count < 0) {
            show_sentence(result_, tr("Count whole notes and coins: %1 is not a count.").arg(typed), false);
            edit->setFocus();
            edit->selectAll();
            return;
        }
        counted.by_denomination.push_back({value, count});
        by_denomination = by_denomination || count > 0;
    }
    if (!by_denomination) {
        counted.by_denomination.clear();
        const auto total = format_.parse_money(total_->text().trimmed());
        if (!total) {
            show_sentence(result_,
                          tr("Type the counted cash, such as %1.").arg(format_.money(Money::minor(25050))),
                          false);
            total_->setFocus();
            return;
        }
        counted.total = *total;
    }
    const auto left = format_.parse_money(left_->text().trimmed());
    if (!left) {
        show_sentence(
            result_,
            tr("Type the float left in the drawer, such as %1.").arg(format_.money(Money::minor(10000))),
            false);
        left_->setFocus();
        return;
    }
    notice_ = desk_.close(counted, *left);
    if (notice_->outcome == till::Outcome::shift_closed) {
        QDialog::accept();
        return;
    }
    show_sentence(result_, said(*notice_), false);
}

// ---- the shift -------------------------------------------------------------------------------------------

ShiftDialog::ShiftDialog(till::ShiftDesk& desk, const Formatter& format, const std::string& shop_name,
                         DialogRunner run, QWidget* parent)
    : QDialog(parent), desk_(desk), format_(format), shop_name_(shop_name), run_(std::move(run)) {
    setWindowTitle(tr("Shift"));
    auto* layout = new QVBoxLayout(this);
    report_ = new QPlainTextEdit(this);
    report_->setObjectName(QStringLiteral("report"));
    report_->setReadOnly(true);
    report_->setFocusPolicy(Qt::NoFocus);
    report_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    report_->setMinimumSize(460, 420);
    layout->addWidget(report_);
    result_ = sentence_label(this);
    layout->addWidget(result_);
    auto* buttons = new QHBoxLayout();
    const auto button = [&](const QString& text, Qt::Key key, void (ShiftDialog::*slot)()) {
        auto* b = new QPushButton(
            QKeySequence(key).toString(QKeySequence::NativeText) + QStringLiteral(": ") + text, this);
        detail::bind_key(b, QKeySequence(key));
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(tr("cash in"), Qt::Key_F2, &ShiftDialog::cash_in);
    button(tr("cash out"), Qt::Key_F3, &ShiftDialog::cash_out);
    button(tr("no sale"), Qt::Key_F4, &ShiftDialog::no_sale);
    button(tr("print X"), Qt::Key_F5, &ShiftDialog::print_x);
    button(tr("reprint receipt"), Qt::Key_F6, &ShiftDialog::reprint);
    button(tr("close the shift (Z)"), Qt::Key_F10, &ShiftDialog::close_shift);
    auto* close = new QPushButton(tr("Back (Esc)"), this);
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    show_report();
}

void ShiftDialog::say(const till::Notice& notice) {
    notice_ = notice;
    // Named in the till's log like the sale screen's outcomes (support reads it; the end-to-end test waits
    // for it while this dialog stays open).
    const auto name = till::outcome_name(notice.outcome);
    qInfo("kassa: shift %.*s", static_cast<int>(name.size()), name.data());
    const bool ok = notice.outcome == till::Outcome::cash_moved ||
                    notice.outcome == till::Outcome::shift_closed ||
                    notice.outcome == till::Outcome::drawer_opened;
    show_sentence(result_, said(notice), ok);
}

void ShiftDialog::show_report() {
    std::optional<store::ShiftReport> report;
    if (const auto& z = desk_.last_z(); z && !desk_.current()) {
        report = z;
    } else {
        till::Notice why;
        report = desk_.x_report(&why);
        if (!report) {
            report_->setPlainText(said(why));
            return;
        }
    }
    QStringList lines;
    for (const auto& line :
         till::render_shift_report(*report, shift_report_labels(), shop_name_, format_.zone(),
                                   format_.currency_digits(), format_.language())) {
        lines << qs(line);
    }
    report_->setPlainText(lines.join(QLatin1Char('\n')));
}

void ShiftDialog::move(store::CashMovementKind kind) {
    CashMovementDialog dialog(kind, format_, this);
    for (;;) {
        if (run_(dialog) != QDialog::Accepted) {
            return;
        }
        const till::Notice notice =
            with_owner_pin(run_, this, tr("Cash above the shop's limit needs the owner's PIN."),
                           [&](const std::string& pin) {
                               return desk_.move_cash(kind, dialog.amount(), dialog.reason(), pin);
                           });
        if (notice.outcome == till::Outcome::cash_moved || notice.outcome == till::Outcome::needs_owner ||
            notice.outcome == till::Outcome::owner_pin_wrong) {
            say(notice);
            break;
        }
        dialog.show_refusal(said(notice));  // the amount or the reason: ask again
    }
    show_report();
}

void ShiftDialog::cash_in() {
    move(store::CashMovementKind::cash_in);
}

void ShiftDialog::cash_out() {
    move(store::CashMovementKind::cash_out);
}

void ShiftDialog::no_sale() {
    say(with_owner_pin(run_, this, tr("Opening the drawer without a sale needs the owner's PIN."),
                       [&](const std::string& pin) { return desk_.open_drawer(pin); }));
}

void ShiftDialog::print_x() {
    if (!desk_.printing()) {
        show_sentence(result_, tr("No receipt printer is set up in the shop's settings."), false);
        return;
    }
    const till::Notice notice = desk_.print_x();
    notice_ = notice;
    show_sentence(result_, notice.ok() ? tr("The X report goes to the printer.") : said(notice), notice.ok());
}

void ShiftDialog::reprint() {
    if (!desk_.printing()) {
        show_sentence(result_, tr("No receipt printer is set up in the shop's settings."), false);
        return;
    }
    ReprintDialog dialog(desk_.last_receipt_number(), this);
    if (run_(dialog) != QDialog::Accepted || !dialog.number()) {
        return;
    }
    const till::Notice notice = desk_.reprint(*dialog.number());
    notice_ = notice;
    show_sentence(result_,
                  notice.ok() ? tr("Receipt %1 goes to the printer, marked COPY.").arg(qs(notice.detail))
                              : said(notice),
                  notice.ok());
}

ReprintDialog::ReprintDialog(std::optional<std::int64_t> last, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Reprint a receipt"));
    auto* layout = new QFormLayout(this);
    number_ = new QLineEdit(this);
    number_->setObjectName(QStringLiteral("number"));
    if (last) {
        number_->setText(QString::number(*last));
    }
    number_->selectAll();
    layout->addRow(tr("Receipt number"), number_);
    layout->addRow(ok_cancel(this, tr("Print a copy (Enter)")));
}

std::optional<std::int64_t> ReprintDialog::number() const {
    bool ok = false;
    const qlonglong n = number_->text().trimmed().toLongLong(&ok);
    if (!ok || n <= 0) {
        return std::nullopt;
    }
    return n;
}

void ShiftDialog::close_shift() {
    CloseShiftDialog dialog(desk_, format_, this);
    if (run_(dialog) != QDialog::Accepted) {
        return;
    }
    say(*dialog.last_notice());
    show_report();
}

}  // namespace kassa::ui
