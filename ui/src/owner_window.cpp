#include "kassa/ui/owner_window.hpp"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <map>

#include "kassa/drivers/escpos.hpp"
#include "kassa/drivers/printer_port.hpp"
#include "kassa/drivers/usb_printer_port.hpp"
#include "kassa/store/phone_keys.hpp"
#include "kassa/store/shifts.hpp"
#include "kassa/store/vat_settings.hpp"
#include "kassa/ui/conflicts_page.hpp"
#include "kassa/ui/device_roster.hpp"
#include "kassa/ui/notice_text.hpp"
#include "kassa/ui/rules_editor.hpp"
#include "kassa/ui/shift_dialogs.hpp"
#include "text_bounds.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::show_sentence;
using detail::ss;

// ---- how reports read -----------------------------------------------------------------------------------

QString ReportText::column_title(const std::string& column) {
    // One entry per column docs/reports.md defines; an unknown one (a newer store) shows its own name.
    static const std::map<std::string, const char*> titles{
        {"actor", QT_TR_NOOP("By")},
        {"adjusted", QT_TR_NOOP("Adjusted")},
        {"average_check", QT_TR_NOOP("Average check")},
        {"average_days_x100", QT_TR_NOOP("Average days between purchases")},
        {"avg_check_with", QT_TR_NOOP("Average check with it")},
        {"avg_check_without", QT_TR_NOOP("Average check without it")},
        {"birthday", QT_TR_NOOP("Birthday")},
        {"check_difference", QT_TR_NOOP("Check difference")},
        {"client_day", QT_TR_NOOP("Client day")},
        {"consent", QT_TR_NOOP("May contact by")},
        {"customer_id", QT_TR_NOOP("Customer")},
        {"customer_revenue", QT_TR_NOOP("Revenue from customers")},
        {"customers", QT_TR_NOOP("Customers")},
        {"cycle_days", QT_TR_NOOP("Cycle, days")},
        {"days_since", QT_TR_NOOP("Days since")},
        {"discount_cost", QT_TR_NOOP("Discount cost")},
        {"earned", QT_TR_NOOP("Earned")},
        {"email", QT_TR_NOOP("E-mail")},
        {"expired", QT_TR_NOOP("Expired")},
        {"expiring_points", QT_TR_NOOP("Points expiring")},
        {"expiring_through", QT_TR_NOOP("Expiring through")},
        {"expiring_value", QT_TR_NOOP("Value expiring")},
        {"first_expiry", QT_TR_NOOP("First expiry")},
        {"first_name", QT_TR_NOOP("First name")},
        {"followed", QT_TR_NOOP("Followed")},
        {"followed_bp", QT_TR_NOOP("Followed, share")},
        {"gaps", QT_TR_NOOP("Gaps")},
        {"kind", QT_TR_NOOP("Kind")},
        {"last_name", QT_TR_NOOP("Last name")},
        {"last_purchase", QT_TR_NOOP("Last purchase")},
        {"liability", QT_TR_NOOP("Liability")},
        {"money_back", QT_TR_NOOP("Money back")},
        {"name", QT_TR_NOOP("Name")},
        {"new_customers", QT_TR_NOOP("New customers")},
        {"next_birthday", QT_TR_NOOP("Next birthday")},
        {"pending", QT_TR_NOOP("Pending")},
        {"phone", QT_TR_NOOP("Phone")},
        {"point_value", QT_TR_NOOP("Point value")},
        {"points", QT_TR_NOOP("Points")},
        {"points_cost", QT_TR_NOOP("Points cost")},
        {"points_issued", QT_TR_NOOP("Points issued")},
        {"points_restored", QT_TR_NOOP("Points given back")},
        {"points_reversed", QT_TR_NOOP("Points taken back")},
        {"prev_avg_check_with", QT_TR_NOOP("Before: average check with it")},
        {"prev_avg_check_without", QT_TR_NOOP("Before: average check without it")},
        {"prev_customers", QT_TR_NOOP("Before: customers")},
        {"prev_discount_cost", QT_TR_NOOP("Before: discount cost")},
        {"prev_points_cost", QT_TR_NOOP("Before: points cost")},
        {"prev_points_issued", QT_TR_NOOP("Before: points issued")},
        {"prev_receipts", QT_TR_NOOP("Before: receipts")},
        {"prev_revenue", QT_TR_NOOP("Before: revenue")},
        {"program", QT_TR_NOOP("Programme")},
        {"reason", QT_TR_NOOP("Reason")},
        {"receipt", QT_TR_NOOP("Receipt")},
        {"recorded_at", QT_TR_NOOP("Recorded")},
        {"receipts", QT_TR_NOOP("Receipts")},
        {"redemption_bp", QT_TR_NOOP("Redemption ratio")},
        {"repeat_customers", QT_TR_NOOP("Repeat customers")},
        {"repeat_rate_bp", QT_TR_NOOP("Repeat rate")},
        {"resolution", QT_TR_NOOP("What was done")},
        {"restored_by_refunds", QT_TR_NOOP("Restored by refunds")},
        {"returning_customers", QT_TR_NOOP("Returning customers")},
        {"returns", QT_TR_NOOP("Returns")},
        {"revenue", QT_TR_NOOP("Revenue")},
        {"revenue_uplift", QT_TR_NOOP("Revenue uplift")},
        {"revenue_uplift_bp", QT_TR_NOOP("Revenue uplift, %")},
        {"reversed_by_refunds", QT_TR_NOOP("Reversed by refunds")},
        {"segment", QT_TR_NOOP("Segment")},
        {"segments", QT_TR_NOOP("Segments")},
        {"shown", QT_TR_NOOP("Shown")},
        {"slogan", QT_TR_NOOP("Slogan")},
        {"source", QT_TR_NOOP("Source")},
        {"spendable", QT_TR_NOOP("Spendable")},
        {"spent", QT_TR_NOOP("Spent")},
        {"top_customers", QT_TR_NOOP("Top customers")},
        {"top_revenue", QT_TR_NOOP("Top customers' revenue")},
        {"top_share_bp", QT_TR_NOOP("Top customers' share")},
        {"total_days", QT_TR_NOOP("Days in all")},
        {"type", QT_TR_NOOP("Type")},
        {"usual_category", QT_TR_NOOP("Usual category")},
        {"usual_products", QT_TR_NOOP("Usual products")},
        {"week", QT_TR_NOOP("Week")},
        {"week_start", QT_TR_NOOP("Week starts")},
    };
    const auto found = titles.find(column);
    return found == titles.end() ? qs(column) : tr(found->second);
}

QString ReportText::report_title(const std::string& report) {
    static const std::map<std::string, const char*> titles{
        {"promotions", QT_TR_NOOP("Promotions and client days")},
        {"pareto", QT_TR_NOOP("Top 20% of customers (Pareto)")},
        {"repeat", QT_TR_NOOP("Repeat purchases")},
        {"cycle", QT_TR_NOOP("Days between purchases")},
        {"segments", QT_TR_NOOP("Average check by segment")},
        {"weekly", QT_TR_NOOP("New and returning customers by week")},
        {"points", QT_TR_NOOP("Points: redemption, liability, expiring")},
        {"suggestions-followed", QT_TR_NOOP("Suggestions followed")},
        {"complaints", QT_TR_NOOP("Complaints and what was done")},
        {"returns", QT_TR_NOOP("Returns with and without a receipt")},
    };
    const auto found = titles.find(report);
    return found == titles.end() ? qs(report) : tr(found->second);
}

QString ReportText::list_title(const std::string& list) {
    static const std::map<std::string, const char*> titles{
        {"birthdays", QT_TR_NOOP("Birthdays")},       {"client-day", QT_TR_NOOP("Client-day invitations")},
        {"dormant", QT_TR_NOOP("Dormant customers")}, {"expiring", QT_TR_NOOP("Points expiring")},
        {"due", QT_TR_NOOP("Due for a visit")},
    };
    const auto found = titles.find(list);
    return found == titles.end() ? qs(list) : tr(found->second);
}

QString ReportText::channel(store::ConsentKind kind) {
    switch (kind) {
        case store::ConsentKind::personal_data:
            return tr("personal data");
        case store::ConsentKind::sms:
            return tr("SMS");
        case store::ConsentKind::email:
            return tr("e-mail");
    }
    return {};
}

QString ReportText::resolution(store::ComplaintResolution resolution) {
    switch (resolution) {
        case store::ComplaintResolution::replaced:
            return tr("Replaced");
        case store::ComplaintResolution::refunded:
            return tr("Refunded");
        case store::ComplaintResolution::points_credited:
            return tr("Points credited");
        case store::ComplaintResolution::other:
            break;
    }
    return tr("Other");
}

QString ReportText::segment(const std::string& name) {
    // One entry per name kassa::computed_segment_names() holds (store_problem_screens_test checks that).
    static const std::map<std::string, const char*> computed{
        {"dormant", QT_TR_NOOP("dormant")}, {"new", QT_TR_NOOP("new")}, {"periodic", QT_TR_NOOP("periodic")},
        {"regular", QT_TR_NOOP("regular")}, {"vip", QT_TR_NOOP("VIP")},
    };
    const auto found = computed.find(name);
    return found == computed.end() ? qs(name) : tr(found->second);
}

QString ReportText::note(const store::ReportNote& note, const Formatter& format,
                         const QString& program_name) {
    switch (note.kind) {
        case store::ReportNote::Kind::not_announcement_day:
            return tr("\"%1\" does not run on %2, %n day(s) from today: today is not its announcement "
                      "day, so nobody is invited.",
                      nullptr, note.days_before)
                .arg(program_name.isEmpty() ? qs(note.program) : program_name, format.date(note.day));
        case store::ReportNote::Kind::none:
            break;
    }
    return {};
}

QString ReportText::cell(const store::ReportColumn& column, const store::ReportCell& cell,
                         const Formatter& format, const std::string& phone_country,
                         const std::map<std::string, std::string>& cashiers) {
    if (std::holds_alternative<std::monostate>(cell)) {
        return QStringLiteral("—");
    }
    if (const auto* text = std::get_if<std::string>(&cell)) {
        if (column.name == "phone") {
            return qs(store::phone_for_people(*text, phone_country));
        }
        // Kassa's own keys in the store's cells (docs/reports.md), in words; a value that is not one of them
        // is the owner's own (a programme, a segment she made) and shown as it is.
        static const std::map<std::pair<std::string, std::string>, const char*> keys{
            {{"source", "bundle"}, QT_TR_NOOP("The owner's bundles")},
            {{"source", "cooccurrence"}, QT_TR_NOOP("Often bought together")},
            {{"source", "total"}, QT_TR_NOOP("Total")},
            {{"kind", "with_receipt"}, QT_TR_NOOP("With a receipt")},
            {{"kind", "without_receipt"}, QT_TR_NOOP("Without a receipt")},
            {{"kind", "total"}, QT_TR_NOOP("Total")},
        };
        if (const auto key = keys.find({column.name, *text}); key != keys.end()) {
            return tr(key->second);
        }
        if (column.name == "type") {
            if (const auto type = program_type_from_string(*text)) {
                return RulesEditorPage::type_title(*type);
            }
        }
        if (column.name == "resolution") {
            if (const auto done = store::parse_resolution(*text)) {
                return resolution(*done);
            }
        }
        if (column.name == "segment") {
            return segment(*text);
        }
        if (column.name == "segments") {
            // The client-day list's matching segments, space-separated in the file.
            QStringList words;
            for (const QString& name : qs(*text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                words << segment(ss(name));
            }
            return words.join(QStringLiteral(", "));
        }
        if (column.name == "actor") {
            const auto found = cashiers.find(*text);
            return found == cashiers.end() ? qs(*text) : qs(found->second);
        }
        if (column.name == "consent") {
            // The channels by their typed value; a cell the store did not write as channels stays as it is.
            const std::vector<store::ConsentKind> channels = store::consent_channels(cell);
            if (!channels.empty()) {
                QStringList words;
                for (const store::ConsentKind kind : channels) {
                    words << channel(kind);
                }
                return words.join(QStringLiteral(", "));
            }
        }
        return qs(*text);
    }
    const std::int64_t value = std::get<std::int64_t>(cell);
    if (column.kind == store::ReportColumn::Kind::money) {
        return format.money(Money::minor(value));
    }
    if (column.name.size() > 3 && column.name.ends_with("_bp")) {
        // Basis points: 1234 is 12.34 %.
        return format.locale().toString(static_cast<double>(value) / 100.0, 'f', 2) + QStringLiteral(" %");
    }
    if (column.name.ends_with("_x100")) {
        // Hundredths kept as a whole number in the file: 1234 is 12.34.
        return format.locale().toString(static_cast<double>(value) / 100.0, 'f', 2);
    }
    return format.locale().toString(static_cast<qlonglong>(value));
}

namespace {

// Input bound of the desk's amount fields (texts the store keeps are bounded by text_bounds.hpp).
constexpr int kMaxAmountChars = 20;

// Fills a table widget with a report's header and cells; returns nothing, the caller adds its own columns
// in front (`first_column`).
void fill_table(QTableWidget* table, const store::ReportTable& report, const Formatter& format,
                int first_column, const std::string& phone_country = {},
                const std::map<std::string, std::string>& cashiers = {}) {
    table->clear();
    table->setColumnCount(first_column + static_cast<int>(report.columns.size()));
    table->setRowCount(static_cast<int>(report.rows.size()));
    QStringList headers;
    for (int i = 0; i < first_column; ++i) {
        headers << QString();
    }
    for (const auto& column : report.columns) {
        headers << ReportText::column_title(column.name);
    }
    table->setHorizontalHeaderLabels(headers);
    for (std::size_t r = 0; r < report.rows.size(); ++r) {
        for (std::size_t c = 0; c < report.columns.size(); ++c) {
            auto* item = new QTableWidgetItem(
                ReportText::cell(report.columns[c], report.rows[r][c], format, phone_country, cashiers));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            if (report.columns[c].kind != store::ReportColumn::Kind::text) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            table->setItem(static_cast<int>(r), first_column + static_cast<int>(c), item);
        }
    }
    table->resizeColumnsToContents();
}

bool write_file(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(bytes);
    return file.commit();
}

QDate to_qdate(std::chrono::year_month_day date) {
    return QDate(static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
                 static_cast<int>(static_cast<unsigned>(date.day())));
}

std::chrono::year_month_day from_qdate(const QDate& date) {
    return std::chrono::year_month_day{std::chrono::year{date.year()},
                                       std::chrono::month{static_cast<unsigned>(date.month())},
                                       std::chrono::day{static_cast<unsigned>(date.day())}};
}

QTableWidget* make_table(QWidget* parent, const char* name) {
    auto* table = new QTableWidget(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    return table;
}

}  // namespace

void fill_what_if(QTableWidget* table, const store::WhatIf& w, const Formatter& format) {
    const auto money_row = [table, &format](int row, const QString& what, Money current, Money draft) {
        table->setItem(row, 0, new QTableWidgetItem(what));
        table->setItem(row, 1, new QTableWidgetItem(format.money(current)));
        table->setItem(row, 2, new QTableWidgetItem(format.money(draft)));
        table->setItem(row, 3, new QTableWidgetItem(format.money(draft - current)));
    };
    table->setRowCount(3);
    money_row(0, RulesPage::tr("Discount cost"), w.current.discount, w.draft.discount);
    table->setItem(1, 0, new QTableWidgetItem(RulesPage::tr("Points issued")));
    table->setItem(1, 1, new QTableWidgetItem(format.points(w.current.points_earned)));
    table->setItem(1, 2, new QTableWidgetItem(format.points(w.draft.points_earned)));
    table->setItem(1, 3,
                   new QTableWidgetItem(format.locale().toString(static_cast<qlonglong>(
                       w.draft.points_earned.value() - w.current.points_earned.value()))));
    money_row(2, RulesPage::tr("Sales before discounts"), w.current.gross, w.draft.gross);
    table->resizeColumnsToContents();
}

// ---- settings -------------------------------------------------------------------------------------------

SettingsPage::SettingsPage(till::OwnerDesk& desk, const Formatter& format, const DeviceRoster* devices,
                           QWidget* parent)
    : QWidget(parent), desk_(desk), format_(format), roster_(devices) {
    auto* layout = new QVBoxLayout(this);
    // Two columns: the shop and its printer on the left, the scanners on the right, so the whole page fits
    // the smallest till screen without scrolling.
    auto* columns = new QHBoxLayout();
    auto* left = new QVBoxLayout();
    auto* form = new QFormLayout();
    // A long label puts its field under it rather than widening the page (Russian labels are longer).
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("shop_name"));
    bound_text(name_, store::TextField::shop_name);
    form->addRow(tr("Shop name"), name_);
    currency_ = new QLabel(this);
    currency_->setObjectName(QStringLiteral("currency"));
    form->addRow(tr("Currency"), currency_);
    // Editable lists: the shops Kassa is made for first, any IANA zone or ISO region may be typed.
    zone_ = new QComboBox(this);
    zone_->setObjectName(QStringLiteral("time_zone"));
    zone_->setEditable(true);
    zone_->addItems({QStringLiteral("Europe/Tallinn"), QStringLiteral("Europe/Riga"),
                     QStringLiteral("Europe/Vilnius"), QStringLiteral("Europe/Helsinki"),
                     QStringLiteral("Europe/Moscow"), QStringLiteral("Europe/Berlin")});
    form->addRow(tr("Time zone"), zone_);
    phone_country_ = new QComboBox(this);
    phone_country_->setObjectName(QStringLiteral("phone_country"));
    phone_country_->setEditable(true);
    phone_country_->addItems({QStringLiteral("EE"), QStringLiteral("LV"), QStringLiteral("LT"),
                              QStringLiteral("FI"), QStringLiteral("RU"), QStringLiteral("DE")});
    form->addRow(tr("Country of phone numbers typed without +"), phone_country_);
    language_ = new QComboBox(this);
    language_->setObjectName(QStringLiteral("language"));
    // Each language in its own name: whoever reads the list can find theirs.
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    language_->addItem(QStringLiteral("Eesti"), QStringLiteral("et"));
    form->addRow(tr("Language"), language_);
    header_ = new QPlainTextEdit(this);
    header_->setObjectName(QStringLiteral("receipt_header"));
    header_->setPlaceholderText(tr("Printed above every receipt: address, VAT number (up to %1 lines of %2 "
                                   "characters)")
                                    .arg(store::kReceiptHeaderMaxLines)
                                    .arg(store::kReceiptHeaderLineWidth));
    header_->setMaximumHeight(100);
    form->addRow(tr("Receipt header"), header_);
    left->addLayout(form);

    // The receipt printer and its drawer. The till reads them at its start: the printer thread is made
    // once, so a new printer is used from the next start (the result says so).
    auto* printer = new QGroupBox(tr("Receipt printer and cash drawer"), this);
    auto* printer_form = new QFormLayout(printer);
    printer_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto problem_label = [printer](const char* name) {
        auto* label = new QLabel(printer);
        label->setObjectName(QString::fromLatin1(name));
        label->setWordWrap(true);
        label->hide();
        return label;
    };
    printer_url_ = new QLineEdit(printer);
    // Bounded like every field: a URL or a file path, longer than any real one, never a screenful.
    bound_text(printer_url_, store::TextField::printer_url);
    printer_url_->setObjectName(QStringLiteral("printer_address"));
    printer_url_->setPlaceholderText(
        tr("tcp://192.168.1.50:9100 or usb:04b8:0e15; empty: the office printer"));
    auto* address_row = new QHBoxLayout();
    address_row->addWidget(printer_url_, 1);
    auto* find_usb = new QPushButton(tr("Find USB printers"), printer);
    find_usb->setObjectName(QStringLiteral("find_usb_printers"));
    connect(find_usb, &QPushButton::clicked, this, &SettingsPage::find_usb_printers);
    address_row->addWidget(find_usb);
    printer_form->addRow(tr("Printer address"), address_row);
    printer_url_problem_ = problem_label("printer_address_problem");
    printer_form->addRow(QString(), printer_url_problem_);
    printer_profile_ = new QComboBox(printer);
    printer_profile_->setObjectName(QStringLiteral("printer_profile"));
    // The models by the names on their boxes; a profile's name is Kassa's key, kept as the item's data.
    const std::map<std::string, QString> models{
        {"epson_tm_t20", QStringLiteral("Epson TM-T20")},
        {"xprinter_80", QStringLiteral("Xprinter")},
        {"generic_80", tr("Any other ESC/POS printer")},
        {"generic_58", tr("Any other ESC/POS printer")},
    };
    for (const drivers::PrinterProfile& profile : drivers::builtin_printer_profiles()) {
        const auto model = models.find(profile.name);
        printer_profile_->addItem(tr("%1 (%2 mm paper)")
                                      .arg(model == models.end() ? qs(profile.name) : model->second)
                                      .arg(profile.paper_mm),
                                  qs(profile.name));
    }
    printer_form->addRow(tr("Printer model"), printer_profile_);
    auto* logo_row = new QHBoxLayout();
    logo_ = new QLineEdit(printer);
    bound_text(logo_, store::TextField::receipt_logo);
    logo_->setObjectName(QStringLiteral("receipt_logo"));
    logo_->setPlaceholderText(tr("a PNG printed above the header; empty: none"));
    logo_row->addWidget(logo_, 1);
    auto* choose = new QPushButton(tr("Choose…"), printer);
    choose->setObjectName(QStringLiteral("choose_logo"));
    connect(choose, &QPushButton::clicked, this, &SettingsPage::choose_logo);
    logo_row->addWidget(choose);
    printer_form->addRow(tr("Receipt logo"), logo_row);
    logo_problem_ = problem_label("logo_problem");
    printer_form->addRow(QString(), logo_problem_);
    drawer_pin_ = new QComboBox(printer);
    drawer_pin_->setObjectName(QStringLiteral("drawer_pin"));
    drawer_pin_->addItem(tr("Pin 2 (most drawers)"), QStringLiteral("2"));
    drawer_pin_->addItem(tr("Pin 5"), QStringLiteral("5"));
    printer_form->addRow(tr("Cash drawer on"), drawer_pin_);
    cash_limit_ = new QLineEdit(printer);
    cash_limit_->setMaxLength(kMaxAmountChars);
    cash_limit_->setObjectName(QStringLiteral("cash_limit"));
    printer_form->addRow(tr("Cash in or out above this needs the owner's PIN"), cash_limit_);
    cash_limit_problem_ = problem_label("cash_limit_problem");
    printer_form->addRow(QString(), cash_limit_problem_);
    left->addWidget(printer);
    left->addStretch(1);
    columns->addLayout(left, 1);

    // A scanner nobody claimed through USB types like a keyboard; the till tells it from a person by how
    // fast the keys come. A slow scanner behind a busy hub needs a longer pause.
    auto* scanners = new QGroupBox(tr("Scanners and card readers"), this);
    auto* scanner_form = new QFormLayout(scanners);
    scanner_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    scanner_gap_ = new QSpinBox(scanners);
    scanner_gap_->setObjectName(QStringLiteral("scanner_gap"));
    scanner_gap_->setRange(store::kMaxGapLowestMs, store::kMaxGapHighestMs);
    scanner_gap_->setSuffix(tr(" ms"));
    scanner_form->addRow(tr("Longest pause between the keys of one scan"), scanner_gap_);
    scanner_min_length_ = new QSpinBox(scanners);
    scanner_min_length_->setObjectName(QStringLiteral("scanner_min_length"));
    scanner_min_length_->setRange(store::kMinLengthLowest, store::kMinLengthHighest);
    scanner_form->addRow(tr("Shortest scan (characters)"), scanner_min_length_);
    tab_ends_scan_ = new QCheckBox(tr("Tab ends a scan, as Enter does"), scanners);
    tab_ends_scan_->setObjectName(QStringLiteral("tab_ends_scan"));
    scanner_form->addRow(QString(), tab_ends_scan_);
    devices_ = new QListWidget(scanners);
    devices_->setObjectName(QStringLiteral("devices"));
    devices_->setSelectionMode(QAbstractItemView::NoSelection);
    devices_->setFocusPolicy(Qt::NoFocus);
    devices_->setMaximumHeight(110);
    scanner_form->addRow(tr("Devices"), devices_);
    // Only a till that joined an office database syncs; the others keep the value for when they do.
    auto* office = new QGroupBox(tr("Office database"), this);
    auto* office_form = new QFormLayout(office);
    office_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    sync_interval_ = new QSpinBox(office);
    sync_interval_->setObjectName(QStringLiteral("sync_interval"));
    sync_interval_->setRange(store::kSyncIntervalMinSeconds, store::kSyncIntervalMaxSeconds);
    sync_interval_->setSuffix(tr(" s"));
    office_form->addRow(tr("Sync with the office every"), sync_interval_);
    auto* right = new QVBoxLayout();
    right->addWidget(scanners);
    right->addWidget(office);
    right->addStretch(1);
    columns->addLayout(right, 1);
    layout->addLayout(columns);
    if (roster_ != nullptr) {
        connect(roster_, &DeviceRoster::changed, this, &SettingsPage::show_devices);
    }
    show_devices();

    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("settings_result"));
    result_->setWordWrap(true);
    layout->addWidget(result_);
    auto* save = new QPushButton(tr("Save settings"), this);
    save->setObjectName(QStringLiteral("save_settings"));
    connect(save, &QPushButton::clicked, this, &SettingsPage::save);
    layout->addWidget(save, 0, Qt::AlignRight);
    layout->addStretch(1);
    load();
}

QString SettingsPage::result() const {
    return result_->text();
}
QString SettingsPage::printer_address_problem() const {
    return printer_url_problem_->text();
}
QString SettingsPage::logo_problem() const {
    return logo_problem_->text();
}
QString SettingsPage::cash_limit_problem() const {
    return cash_limit_problem_->text();
}

void SettingsPage::choose_logo() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("The receipt logo"), logo_->text(), tr("PNG picture (*.png)"));
    if (!path.isEmpty()) {
        logo_->setText(path);
    }
}

bool SettingsPage::read_printer(store::ShopSettings& settings) {
    bool ok = true;
    const QString url = printer_url_->text().trimmed();
    QString url_problem;
    if (!url.isEmpty()) {
        const auto address = drivers::parse_printer_url(ss(url));
        if (const auto* error = std::get_if<drivers::PrinterUrlError>(&address)) {
            switch (*error) {
                case drivers::PrinterUrlError::unknown_scheme:
                case drivers::PrinterUrlError::trailing_text:
                    url_problem = tr("\"%1\" is not a printer address: write tcp://HOST:PORT for a network "
                                     "printer or usb:VID:PID for a USB one, or leave it empty.")
                                      .arg(url);
                    break;
                case drivers::PrinterUrlError::missing_host:
                case drivers::PrinterUrlError::bad_host:
                    url_problem =
                        tr("The printer's network name or IP address is missing or wrong: write "
                           "it like tcp://192.168.1.50:9100.");
                    break;
                case drivers::PrinterUrlError::bad_port:
                    url_problem =
                        tr("The port must be a number from 1 to 65535; receipt printers listen on "
                           "9100.");
                    break;
                case drivers::PrinterUrlError::bad_usb_id:
                    url_problem =
                        tr("A USB printer is written usb:VID:PID with four hexadecimal digits "
                           "each, like usb:04b8:0e15 (kassactl devices lists them).");
                    break;
            }
            ok = false;
        }
    }
    show_sentence(printer_url_problem_, url_problem, url_problem.isEmpty());
    settings.printer_url = ss(url);
    settings.printer_profile = ss(printer_profile_->currentData().toString());
    settings.drawer_pin = ss(drawer_pin_->currentData().toString());

    const QString logo = logo_->text().trimmed();
    QString logo_sentence;
    if (!logo.isEmpty()) {
        const drivers::PrinterProfile* profile = drivers::profile_by_name(settings.printer_profile);
        const drivers::LogoResult read =
            drivers::load_logo(ss(logo), profile != nullptr ? profile->dots_per_line : 576);
        if (read.error) {
            switch (*read.error) {
                case drivers::LogoError::file_missing:
                    logo_sentence = tr("There is no picture file %1.").arg(logo);
                    break;
                case drivers::LogoError::unreadable_image:
                    logo_sentence = tr("%1 is not a PNG picture Kassa can read.").arg(logo);
                    break;
                case drivers::LogoError::too_large:
                    logo_sentence =
                        tr("%1 is too large for a receipt logo: use a PNG a few hundred pixels wide.")
                            .arg(logo);
                    break;
            }
            ok = false;
        }
    }
    show_sentence(logo_problem_, logo_sentence, logo_sentence.isEmpty());
    settings.receipt_logo = ss(logo);

    QString limit_sentence;
    if (const auto limit = format_.parse_money(cash_limit_->text())) {
        settings.cash_movement_limit = *limit;
    } else {
        limit_sentence =
            tr("Write the cash limit as an amount, like %1.").arg(format_.money(Money::minor(5000)));
        ok = false;
    }
    show_sentence(cash_limit_problem_, limit_sentence, limit_sentence.isEmpty());
    return ok;
}

void SettingsPage::load() {
    try {
        const store::ShopSettings s = desk_.settings();
        name_->setText(qs(s.name));
        currency_->setText(qs(s.currency) + QStringLiteral("  ") + tr("(set by the loyalty rules)"));
        zone_->setCurrentText(qs(s.time_zone));
        phone_country_->setCurrentText(qs(s.phone_country));
        const int index = language_->findData(qs(s.language));
        language_->setCurrentIndex(index < 0 ? 0 : index);
        header_->setPlainText(qs(s.receipt_header));
        printer_url_->setText(qs(s.printer_url));
        const int profile = printer_profile_->findData(qs(s.printer_profile));
        printer_profile_->setCurrentIndex(
            profile < 0 ? printer_profile_->findData(QStringLiteral("generic_80")) : profile);
        logo_->setText(qs(s.receipt_logo));
        const int pin = drawer_pin_->findData(qs(s.drawer_pin));
        drawer_pin_->setCurrentIndex(pin < 0 ? 0 : pin);
        cash_limit_->setText(format_.money(s.cash_movement_limit));
        for (QLabel* problem : {printer_url_problem_, logo_problem_, cash_limit_problem_}) {
            show_sentence(problem, QString(), true);
        }
        const store::ScannerTiming timing = desk_.scanner_timing();
        scanner_gap_->setValue(timing.max_gap_ms);
        scanner_min_length_->setValue(timing.min_length);
        tab_ends_scan_->setChecked(timing.tab_ends_scan);
        sync_interval_->setValue(s.sync_interval_seconds);
        show_sentence(result_, QString(), true);
    } catch (const store::StoreError& e) {
        show_sentence(result_, NoticeText::store_error(e), false);
    }
}

void SettingsPage::save() {
    store::ShopSettings wanted;
    try {
        // What the page does not show (the currency) stays as it is.
        wanted = desk_.settings();
    } catch (const store::StoreError& e) {
        show_sentence(result_, tr("Nothing was saved.") + QLatin1Char(' ') + NoticeText::store_error(e),
                      false);
        return;
    }
    const store::ShopSettings before = wanted;
    const bool printer_readable = read_printer(wanted);
    wanted.name = ss(name_->text().trimmed());
    wanted.time_zone = ss(zone_->currentText().trimmed());
    wanted.phone_country = ss(phone_country_->currentText().trimmed().toUpper());
    wanted.language = ss(language_->currentData().toString());
    wanted.receipt_header = ss(header_->toPlainText().trimmed());
    wanted.sync_interval_seconds = sync_interval_->value();
    store::ScannerTiming timing;
    timing.max_gap_ms = scanner_gap_->value();
    timing.min_length = scanner_min_length_->value();
    timing.tab_ends_scan = tab_ends_scan_->isChecked();
    try {
        // The timing is checked before anything is saved: one Save saves the whole page or nothing.
        const QStringList timing_sentences = timing_problems(timing);
        if (!timing_sentences.isEmpty() || !printer_readable) {
            // The printer's sentences stand next to its fields.
            show_sentence(result_,
                          tr("Nothing was saved.") + QLatin1Char(' ') +
                              (printer_readable ? timing_sentences.join(QLatin1Char(' '))
                                                : tr("See the sentences next to the fields.")),
                          false);
            return;
        }
        const auto saved = desk_.save_settings(wanted);
        if (!saved.issues.empty()) {
            // The limit's problem stands next to its field too: the other fields' sentences are below.
            const bool limit_refused =
                std::any_of(saved.issues.begin(), saved.issues.end(), [](const store::SettingsIssue& issue) {
                    return issue.problem == store::SettingsIssue::Problem::cash_limit_invalid;
                });
            show_sentence(cash_limit_problem_,
                          limit_refused ? tr("The limit must be from 0 to %1.")
                                              .arg(format_.money(Money::minor(store::kMaxDrawerMinorUnits)))
                                        : QString(),
                          !limit_refused);
            const QStringList sentences = issue_sentences(saved.issues);
            show_sentence(result_,
                          tr("Nothing was saved.") + QLatin1Char(' ') + sentences.join(QLatin1Char(' ')),
                          false);
            return;
        }
        // Two transactions: when the second fails the first is saved, and the owner is told which.
        bool timing_changed = false;
        try {
            timing_changed = desk_.save_scanner_timing(timing).changed;
            const bool printer_changed = before.printer_url != wanted.printer_url ||
                                         before.printer_profile != wanted.printer_profile ||
                                         before.receipt_logo != wanted.receipt_logo ||
                                         before.drawer_pin != wanted.drawer_pin;
            show_sentence(result_,
                          printer_changed ? tr("Settings saved. The till uses the new receipt printer from "
                                               "its next start.")
                                          : tr("Settings saved."),
                          true);
        } catch (const store::StoreError& e) {
            show_sentence(result_,
                          tr("The shop settings were saved, the scanner timing was not.") + QLatin1Char(' ') +
                              NoticeText::store_error(e),
                          false);
        }
        if (timing_changed) {
            emit scanner_timing_changed();
        }
        if (before.sync_interval_seconds != wanted.sync_interval_seconds) {
            emit sync_interval_changed(wanted.sync_interval_seconds);
        }
        if (saved.language_changed) {
            emit language_changed(qs(wanted.language));
        }
    } catch (const store::SettingsError& e) {
        // The store refused what the page's own check let through: its issues, worded like the page's.
        show_sentence(
            result_,
            tr("Nothing was saved.") + QLatin1Char(' ') + issue_sentences(e.issues()).join(QLatin1Char(' ')),
            false);
    } catch (const store::StoreError& e) {
        show_sentence(result_, tr("Nothing was saved.") + QLatin1Char(' ') + NoticeText::store_error(e),
                      false);
    }
}

QStringList SettingsPage::issue_sentences(const std::vector<store::SettingsIssue>& issues) const {
    QStringList sentences;
    for (const store::SettingsIssue& issue : issues) {
        using Problem = store::SettingsIssue::Problem;
        switch (issue.problem) {
            case Problem::name_empty:
                sentences << tr("The shop needs a name: it is printed on every receipt.");
                break;
            case Problem::time_zone_unknown:
                sentences << tr("This computer does not know the time zone \"%1\": write it like "
                                "Europe/Tallinn.")
                                 .arg(qs(issue.value));
                break;
            case Problem::phone_country_unknown:
                sentences << tr("\"%1\" is not a country code for phone numbers: write two letters "
                                "like EE or LV.")
                                 .arg(qs(issue.value));
                break;
            case Problem::language_unknown:
                sentences << tr("The till speaks English, Russian and Estonian only.");
                break;
            case Problem::receipt_header_too_long:
                sentences << tr("The receipt header is at most %1 lines of %2 characters; \"%3\" does "
                                "not fit.")
                                 .arg(store::kReceiptHeaderMaxLines)
                                 .arg(store::kReceiptHeaderLineWidth)
                                 .arg(qs(issue.value));
                break;
            case Problem::cash_limit_invalid:
                sentences << tr(
                    "The cash limit for the owner's PIN cannot be below zero or above "
                    "what a drawer holds.");
                break;
            case Problem::printer_url_unusable:
                // The page reads the address before saving, so this is a store that disagrees with
                // it: say which address, in the field's own words.
                sentences << tr("The receipt printer address \"%1\" is not usable: write "
                                "tcp://HOST:9100 or usb:VID:PID in the printer's field, or leave it "
                                "empty.")
                                 .arg(qs(issue.value));
                break;
            case Problem::currency_unknown:
                // The page keeps the saved currency: only a file written by hand gets here.
                sentences << tr("The shop's currency \"%1\" is not a currency code: the shop's file "
                                "needs the owner's or support's attention.")
                                 .arg(qs(issue.value));
                break;
            case Problem::sync_interval_invalid:
                // Set with kassactl settings set; only a file written by hand gets here.
                sentences << tr("The office sync interval must be %1 to %2 seconds.")
                                 .arg(store::kSyncIntervalMinSeconds)
                                 .arg(store::kSyncIntervalMaxSeconds);
                break;
        }
    }
    return sentences;
}

QStringList SettingsPage::timing_problems(const store::ScannerTiming& timing) const {
    QStringList sentences;
    for (const store::ScannerTimingIssue& issue : store::check_scanner_timing(timing)) {
        switch (issue.problem) {
            case store::ScannerTimingIssue::Problem::gap_out_of_range:
                sentences
                    << tr("The pause between the keys of a scan must be %1 to %2 ms; people type slower "
                          "than that, scanners faster.")
                           .arg(store::kMaxGapLowestMs)
                           .arg(store::kMaxGapHighestMs);
                break;
            case store::ScannerTimingIssue::Problem::length_out_of_range:
                sentences << tr("The shortest scan must be %1 to %2 characters.")
                                 .arg(store::kMinLengthLowest)
                                 .arg(store::kMinLengthHighest);
                break;
        }
    }
    return sentences;
}

void SettingsPage::find_usb_printers() {
    // Asked only when the owner presses the button: listing opens each printer for a moment to read its name.
    const auto printers = drivers::list_usb_printers();
    if (printers.empty()) {
        show_sentence(printer_url_problem_,
                      tr("No USB receipt printer is plugged in, or this computer does not let Kassa read USB "
                         "devices (see docs/packaging.md, udev rules)."),
                      false);
        return;
    }
    QStringList found;
    QString first;
    for (const drivers::UsbPrinterInfo& p : printers) {
        // The URL as the printer port reads it back (core's one writer), with the serial when it was read, so
        // two printers of the same model stay apart.
        const QString address = qs(printer_url(UsbPrinterAddress{p.vendor, p.product, p.serial}));
        const QString name =
            qs(p.manufacturer + (p.manufacturer.empty() ? "" : " ") + p.product_name).trimmed();
        found << (name.isEmpty() ? address : QStringLiteral("%1 (%2)").arg(address, name));
        if (first.isEmpty()) {
            first = address;
        }
    }
    printer_url_->setText(first);
    show_sentence(printer_url_problem_,
                  tr("Found: %1. The first one's address is filled in; save to use it.")
                      .arg(found.join(QStringLiteral(", "))),
                  true);
}

void SettingsPage::show_devices() {
    devices_->clear();
    devices_->addItem(tr("Scanners typing like a keyboard: read by the timing above"));
    if (roster_ == nullptr) {
        return;
    }
    if (!roster_->usb_problem().isEmpty()) {
        devices_->addItem(roster_->usb_problem());
    }
    for (const DeviceRoster::Device& device : roster_->devices()) {
        if (device.connected == 0) {
            devices_->addItem(tr("%1: unplugged").arg(device.name));
        } else if (device.connected == 1) {
            devices_->addItem(tr("%1: connected").arg(device.name));
        } else {
            devices_->addItem(tr("%1: %n connected", nullptr, device.connected).arg(device.name));
        }
    }
}

// ---- outreach lists -------------------------------------------------------------------------------------

ListsPage::ListsPage(till::OwnerDesk& desk, const Formatter& format, QWidget* parent)
    : QWidget(parent), desk_(desk), format_(format) {
    auto* layout = new QVBoxLayout(this);
    auto* controls = new QHBoxLayout();
    list_ = new QComboBox(this);
    list_->setObjectName(QStringLiteral("list"));
    for (const std::string& name : store::list_names()) {
        list_->addItem(ReportText::list_title(name), qs(name));
    }
    controls->addWidget(list_, 1);
    controls->addWidget(new QLabel(tr("Days"), this));
    days_ = new QSpinBox(this);
    days_->setObjectName(QStringLiteral("days"));
    days_->setRange(0, 3650);
    // 0 is the list's own default window (7 days of birthdays, the reactivation programme's dormancy, ...).
    days_->setSpecialValueText(tr("default"));
    controls->addWidget(days_);
    program_ = new QComboBox(this);
    program_->setObjectName(QStringLiteral("program"));
    for (const auto& [id, name] : desk_.promotions()) {
        program_->addItem(qs(name), qs(id));
    }
    controls->addWidget(program_, 1);
    auto* show = new QPushButton(tr("Show"), this);
    show->setObjectName(QStringLiteral("show_list"));
    connect(show, &QPushButton::clicked, this, &ListsPage::show_list);
    controls->addWidget(show);
    auto* save = new QPushButton(tr("Save as CSV…"), this);
    connect(save, &QPushButton::clicked, this, &ListsPage::save_csv_as);
    controls->addWidget(save);
    layout->addLayout(controls);

    connect(list_, &QComboBox::currentIndexChanged, this, [this] {
        program_->setVisible(list_->currentData().toString() == QStringLiteral("client-day"));
    });
    program_->setVisible(false);

    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("list_note"));
    note_->setWordWrap(true);
    layout->addWidget(note_);
    table_ = make_table(this, "list_table");
    connect(table_, &QTableWidget::cellChanged, this, &ListsPage::tick_changed);
    layout->addWidget(table_, 1);
}

QString ListsPage::note() const {
    return note_->text();
}

void ListsPage::show_list() {
    const std::string name = ss(list_->currentData().toString());
    const std::optional<int> days = days_->value() == 0 ? std::nullopt : std::optional<int>(days_->value());
    const std::string program = name == "client-day" ? ss(program_->currentData().toString()) : std::string();
    try {
        till::OutreachView view = desk_.outreach(name, days, program);
        filling_ = true;
        fill_table(table_, view.table, format_, 1, view.phone_country);
        table_->setHorizontalHeaderItem(kCalledColumn, new QTableWidgetItem(tr("Called")));
        for (std::size_t r = 0; r < view.table.rows.size(); ++r) {
            const std::string id = std::get<std::string>(view.table.rows[r][0]);
            auto* tick = new QTableWidgetItem();
            tick->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            tick->setCheckState(view.called.count(id) ? Qt::Checked : Qt::Unchecked);
            tick->setData(Qt::UserRole, qs(id));
            table_->setItem(static_cast<int>(r), kCalledColumn, tick);
        }
        // The customer id is for the file and the tick, not for the person on the phone.
        table_->setColumnHidden(1, true);
        table_->resizeColumnsToContents();
        filling_ = false;
        shown_list_ = name;
        QString text = tr("%n customer(s) to contact; a tick stays for %1 days.", nullptr,
                          static_cast<int>(view.table.rows.size()))
                           .arg(till::OwnerDesk::kCallWindowDays);
        if (!view.table.note.empty()) {
            // The programme by the name the owner chose it by.
            text = ReportText::note(view.table.note, format_,
                                    program_->itemText(program_->findData(qs(view.table.note.program))));
        }
        show_sentence(note_, text, true);
        shown_ = std::move(view.table);
    } catch (const store::StoreError& e) {
        filling_ = false;
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

void ListsPage::tick_changed(int row, int column) {
    if (filling_ || column != kCalledColumn) {
        return;
    }
    QTableWidgetItem* tick = table_->item(row, column);
    if (tick == nullptr) {
        return;
    }
    try {
        desk_.set_called(shown_list_, ss(tick->data(Qt::UserRole).toString()),
                         tick->checkState() == Qt::Checked);
    } catch (const store::StoreError& e) {
        // The tick on screen must say what the file says.
        filling_ = true;
        tick->setCheckState(tick->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        filling_ = false;
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

bool ListsPage::save_csv(const QString& path) {
    if (!shown_) {
        show_list();
    }
    if (!shown_) {
        return false;
    }
    if (!write_file(path, QByteArray::fromStdString(store::report_csv(*shown_, format_.currency_digits())))) {
        show_sentence(
            note_, tr("The list could not be written to %1: check the folder and the free space.").arg(path),
            false);
        return false;
    }
    show_sentence(note_, tr("Saved to %1.").arg(path), true);
    return true;
}

void ListsPage::save_csv_as() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the list"), list_->currentData().toString() + QStringLiteral(".csv"),
        tr("CSV (*.csv)"));
    if (!path.isEmpty()) {
        save_csv(path);
    }
}

// ---- reports --------------------------------------------------------------------------------------------

ReportsPage::ReportsPage(till::OwnerDesk& desk, const Formatter& format, QWidget* parent)
    : QWidget(parent), desk_(desk), format_(format) {
    // The shop's own reports; a till that joined an office database gets the whole company's figures
    // beside them (add_company_view). With one view the tab bar hides itself.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    views_ = new QTabWidget(this);
    views_->setObjectName(QStringLiteral("report_views"));
    views_->setTabBarAutoHide(true);
    outer->addWidget(views_);
    auto* own = new QWidget(views_);
    views_->addTab(own, tr("This shop"));
    auto* layout = new QVBoxLayout(own);
    auto* controls = new QHBoxLayout();
    report_ = new QComboBox(this);
    report_->setObjectName(QStringLiteral("report"));
    for (const std::string& name : store::report_names()) {
        report_->addItem(ReportText::report_title(name), qs(name));
    }
    controls->addWidget(report_, 1);
    // The last 30 days up to today, as the owner usually asks "how did last month go".
    const QDate today = to_qdate(desk_.today());
    from_ = new QDateEdit(today.addDays(-29), this);
    from_->setObjectName(QStringLiteral("from"));
    from_->setCalendarPopup(true);
    from_->setDisplayFormat(format.date_format());
    to_ = new QDateEdit(today, this);
    to_->setObjectName(QStringLiteral("to"));
    to_->setCalendarPopup(true);
    to_->setDisplayFormat(format.date_format());
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(from_);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(to_);
    auto* show = new QPushButton(tr("Show"), this);
    show->setObjectName(QStringLiteral("show_report"));
    connect(show, &QPushButton::clicked, this, &ReportsPage::show_report);
    controls->addWidget(show);
    auto* csv = new QPushButton(tr("Save as CSV…"), this);
    connect(csv, &QPushButton::clicked, this, &ReportsPage::save_csv_as);
    // The saving buttons on a line of their own: the whole desk fits a 1024 pixel wide till screen.
    auto* saving = new QHBoxLayout();
    saving->addStretch(1);
    saving->addWidget(csv);
    auto* png = new QPushButton(tr("Save chart as PNG…"), this);
    connect(png, &QPushButton::clicked, this, &ReportsPage::save_png_as);
    saving->addWidget(png);
    layout->addLayout(controls);
    layout->addLayout(saving);

    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("report_note"));
    note_->setWordWrap(true);
    layout->addWidget(note_);
    table_ = make_table(this, "report_table");
    layout->addWidget(table_, 1);
    chart_ = new QChartView(this);
    chart_->setObjectName(QStringLiteral("report_chart"));
    chart_->setRenderHint(QPainter::Antialiasing);
    chart_->setMinimumHeight(220);
    layout->addWidget(chart_, 1);
}

CompanyPage* ReportsPage::add_company_view(CompanyPage::Fetch fetch) {
    if (company_ == nullptr) {
        company_ = new CompanyPage(std::move(fetch), format_, desk_.today(), views_);
        views_->addTab(company_, tr("Whole company"));
    }
    return company_;
}

QString ReportsPage::note() const {
    return note_->text();
}

void ReportsPage::show_report() {
    const std::string name = ss(report_->currentData().toString());
    try {
        store::ReportTable table = desk_.report(name, from_qdate(from_->date()), from_qdate(to_->date()));
        fill_table(table_, table, format_, 0, {}, desk_.cashier_names());
        draw_chart(table);
        show_sentence(note_,
                      table.note.empty()
                          ? tr("%1, %2 to %3.")
                                .arg(ReportText::report_title(name), format_.date(from_qdate(from_->date())),
                                     format_.date(from_qdate(to_->date())))
                          : ReportText::note(table.note, format_),
                      true);
        shown_ = std::move(table);
    } catch (const store::StoreError& e) {
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

// A bar per row of the report's first money column (else its first number), labelled by its first text
// column: promotions by name, segments, weeks. A one-row report (pareto, repeat) gets a bar per figure.
void ReportsPage::draw_chart(const store::ReportTable& table) {
    auto* chart = new QChart();
    chart->setTitle(ReportText::report_title(table.name));
    chart->legend()->setVisible(false);
    const auto label_column = std::find_if(table.columns.begin(), table.columns.end(), [](const auto& c) {
        return c.kind == store::ReportColumn::Kind::text;
    });
    auto value_column = std::find_if(table.columns.begin(), table.columns.end(), [](const auto& c) {
        return c.kind == store::ReportColumn::Kind::money;
    });
    if (value_column == table.columns.end()) {
        value_column = std::find_if(table.columns.begin(), table.columns.end(), [](const auto& c) {
            return c.kind == store::ReportColumn::Kind::integer;
        });
    }
    double money_scale = 1.0;
    for (int i = 0; i < format_.currency_digits(); ++i) {
        money_scale *= 10.0;
    }
    const auto number = [&table, money_scale](std::size_t row, std::size_t column) -> double {
        const auto* value = std::get_if<std::int64_t>(&table.rows[row][column]);
        if (value == nullptr) {
            return 0.0;
        }
        // For drawing only: the figures themselves are in the table, in integers.
        return table.columns[column].kind == store::ReportColumn::Kind::money
                   ? static_cast<double>(*value) / money_scale
                   : static_cast<double>(*value);
    };
    auto* set = new QBarSet(QString());
    QStringList categories;
    // A report whose rows are customers or events (the complaints) is read as a table: no bars.
    const bool of_people = std::any_of(table.columns.begin(), table.columns.end(),
                                       [](const auto& c) { return c.name == "customer_id"; });
    if (of_people) {
        // An empty chart with the report's title.
    } else if (label_column != table.columns.end() && value_column != table.columns.end()) {
        const auto l = static_cast<std::size_t>(label_column - table.columns.begin());
        const auto v = static_cast<std::size_t>(value_column - table.columns.begin());
        set->setLabel(ReportText::column_title(value_column->name));
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            categories << ReportText::cell(table.columns[l], table.rows[r][l], format_);
            *set << number(r, v);
        }
    } else if (table.rows.size() == 1) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (table.columns[c].kind == store::ReportColumn::Kind::money) {
                categories << ReportText::column_title(table.columns[c].name);
                *set << number(0, c);
            }
        }
        if (categories.isEmpty()) {
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                categories << ReportText::column_title(table.columns[c].name);
                *set << number(0, c);
            }
        }
    }
    auto* series = new QBarSeries();
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis();
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart* old = chart_->chart();
    chart_->setChart(chart);
    delete old;
}

bool ReportsPage::save_csv(const QString& path) {
    if (!shown_) {
        show_report();
    }
    if (!shown_ ||
        !write_file(path, QByteArray::fromStdString(store::report_csv(*shown_, format_.currency_digits())))) {
        show_sentence(
            note_,
            tr("The report could not be written to %1: check the folder and the free space.").arg(path),
            false);
        return false;
    }
    show_sentence(note_, tr("Saved to %1.").arg(path), true);
    return true;
}

bool ReportsPage::save_png(const QString& path) {
    if (!shown_) {
        show_report();
    }
    if (!shown_ || !chart_->grab().save(path, "PNG")) {
        show_sentence(
            note_, tr("The chart could not be written to %1: check the folder and the free space.").arg(path),
            false);
        return false;
    }
    show_sentence(note_, tr("Saved to %1.").arg(path), true);
    return true;
}

void ReportsPage::save_csv_as() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report"),
        report_->currentData().toString() + QLatin1Char('_') + from_->date().toString(Qt::ISODate) +
            QLatin1Char('_') + to_->date().toString(Qt::ISODate) + QStringLiteral(".csv"),
        tr("CSV (*.csv)"));
    if (!path.isEmpty()) {
        save_csv(path);
    }
}

void ReportsPage::save_png_as() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the chart"), report_->currentData().toString() + QStringLiteral(".png"),
        tr("PNG image (*.png)"));
    if (!path.isEmpty()) {
        save_png(path);
    }
}

// ---- the rules' history ----------------------------------------------------------------------------------

RulesPage::RulesPage(till::OwnerDesk& desk, const Formatter& format, QWidget* parent)
    : QWidget(parent), desk_(desk), format_(format) {
    auto* layout = new QVBoxLayout(this);
    versions_ = make_table(this, "rules_versions");
    versions_->setColumnCount(4);
    versions_->setHorizontalHeaderLabels({tr("Version"), tr("Saved"), tr("By"), tr("What changed")});
    versions_->horizontalHeader()->setStretchLastSection(true);
    connect(versions_, &QTableWidget::currentCellChanged, this, [this](int row) { choose(row); });
    layout->addWidget(versions_, 2);
    changes_ = new QLabel(this);
    changes_->setObjectName(QStringLiteral("rules_changes"));
    changes_->setWordWrap(true);
    changes_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(changes_);
    auto* buttons = new QHBoxLayout();
    auto* preview = new QPushButton(tr("What would it have done? (last 30 days)"), this);
    preview->setObjectName(QStringLiteral("preview_rules"));
    connect(preview, &QPushButton::clicked, this, &RulesPage::show_preview);
    buttons->addWidget(preview);
    auto* restore = new QPushButton(tr("Restore this version"), this);
    restore->setObjectName(QStringLiteral("restore_rules"));
    connect(restore, &QPushButton::clicked, this, &RulesPage::restore);
    buttons->addWidget(restore);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    preview_ = make_table(this, "rules_preview");
    preview_->setColumnCount(4);
    preview_->setHorizontalHeaderLabels({QString(), tr("Current rules"), tr("That version"), tr("Change")});
    layout->addWidget(preview_, 1);
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("rules_note"));
    note_->setWordWrap(true);
    layout->addWidget(note_);
    load();
}

QString RulesPage::changes() const {
    return changes_->text();
}
QString RulesPage::note() const {
    return note_->text();
}

void RulesPage::load() {
    try {
        const auto history = desk_.rules_history();
        versions_->setRowCount(static_cast<int>(history.size()));
        for (std::size_t r = 0; r < history.size(); ++r) {
            const store::RulesVersion& v = history[r];
            const auto row = static_cast<int>(r);
            auto* id = new QTableWidgetItem(format_.locale().toString(static_cast<qlonglong>(v.id)));
            id->setData(Qt::UserRole, static_cast<qlonglong>(v.id));
            versions_->setItem(row, 0, id);
            versions_->setItem(row, 1, new QTableWidgetItem(format_.date_time(v.saved_at)));
            versions_->setItem(row, 2, new QTableWidgetItem(qs(v.author)));
            // What changed in the till's language, from the documents themselves. The stored summary (Kassa's
            // English list, or the note given with `kassactl rules set --summary`) is the tooltip.
            QStringList changed;
            for (const kassa::json::RuleChange& change : desk_.changes_in(v.id)) {
                changed << ProgrammeForm::change_text(change, format_);
            }
            auto* summary = new QTableWidgetItem(changed.join(QStringLiteral("; ")));
            summary->setToolTip(qs(v.summary));
            versions_->setItem(row, 3, summary);
        }
        versions_->resizeColumnsToContents();
    } catch (const store::StoreError& e) {
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

std::optional<std::int64_t> RulesPage::chosen() const {
    const QTableWidgetItem* id = versions_->item(versions_->currentRow(), 0);
    if (id == nullptr) {
        return std::nullopt;
    }
    return id->data(Qt::UserRole).toLongLong();
}

void RulesPage::choose(int row) {
    if (row != versions_->currentRow()) {
        versions_->setCurrentCell(row, 0);  // comes back here through currentCellChanged
        return;
    }
    preview_->setRowCount(0);
    show_sentence(note_, QString(), true);
    const auto version = chosen();
    if (!version) {
        changes_->clear();
        return;
    }
    try {
        const std::vector<kassa::json::RuleChange> changes = desk_.changes_to(*version);
        if (changes.empty()) {
            changes_->setText(tr("Version %1 says what the current rules say.").arg(*version));
            return;
        }
        QStringList text;
        for (const kassa::json::RuleChange& change : changes) {
            text << QStringLiteral("• ") + ProgrammeForm::change_text(change, format_);
        }
        changes_->setText(tr("Going back to version %1 changes:").arg(*version) + QLatin1Char('\n') +
                          text.join(QLatin1Char('\n')));
    } catch (const store::StoreError& e) {
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

void RulesPage::show_preview() {
    const auto version = chosen();
    if (!version) {
        show_sentence(note_, tr("Choose a version first."), false);
        return;
    }
    try {
        const store::WhatIf w = desk_.preview(*version);
        fill_what_if(preview_, w, format_);
        show_sentence(note_,
                      tr("Last 30 days: %1 receipts, %2 customers. With that version %3 receipts and %4 "
                         "customers would get another discount or other points.")
                          .arg(w.receipts)
                          .arg(w.customers)
                          .arg(w.receipts_changed)
                          .arg(w.customers_affected),
                      true);
    } catch (const store::StoreError& e) {
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

void RulesPage::restore() {
    const auto version = chosen();
    if (!version) {
        show_sentence(note_, tr("Choose a version first."), false);
        return;
    }
    try {
        const std::int64_t saved = desk_.restore(*version);
        load();
        show_sentence(note_,
                      tr("Version %1 is saved again as version %2. The till uses it from its next start.")
                          .arg(*version)
                          .arg(saved),
                      true);
        emit restored();
    } catch (const store::StoreError& e) {
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

// ---- VAT rates -------------------------------------------------------------------------------------------

namespace {

// The countries with a preset, in the screen's language; a preset of a newer engine shows its code.
QString country_name(std::string_view code) {
    static const std::map<std::string_view, const char*> names{
        {"EE", QT_TRANSLATE_NOOP("kassa::ui::VatPage", "Estonia")},
        {"LV", QT_TRANSLATE_NOOP("kassa::ui::VatPage", "Latvia")},
        {"LT", QT_TRANSLATE_NOOP("kassa::ui::VatPage", "Lithuania")},
        {"FI", QT_TRANSLATE_NOOP("kassa::ui::VatPage", "Finland")},
        {"DE", QT_TRANSLATE_NOOP("kassa::ui::VatPage", "Germany")},
        {"RU", QT_TRANSLATE_NOOP("kassa::ui::VatPage", "Russia")},
    };
    const auto found = names.find(code);
    return found == names.end() ? QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()))
                                : VatPage::tr(found->second);
}

std::optional<VatRate> standard_rate(const VatCountryPreset& preset) {
    for (const VatPresetRate& rate : preset.rates) {
        if (rate.kind == VatRateKind::standard) {
            return rate.rate;
        }
    }
    return std::nullopt;
}

}  // namespace

QString VatPage::rate_text(VatRate rate, const Formatter& format) {
    if (rate.is_exempt()) {
        return tr("exempt");
    }
    // Basis points written digit by digit: 2550 is "25.5%" (or "25,5%"), 2400 is "24%".
    const std::int64_t bp = rate.rate().value();
    QString text = QString::number(bp / 100);
    if (const std::int64_t hundredths = bp % 100; hundredths != 0) {
        QString decimals = QStringLiteral("%1").arg(hundredths, 2, 10, QLatin1Char('0'));
        if (decimals.endsWith(QLatin1Char('0'))) {
            decimals.chop(1);
        }
        text += format.locale().decimalPoint() + decimals;
    }
    return text + QLatin1Char('%');
}

std::optional<VatRate> VatPage::parse_rate(const QString& typed) {
    const QString text = typed.trimmed();
    if (text.compare(tr("exempt"), Qt::CaseInsensitive) == 0) {
        return VatRate::exempt();
    }
    return store::parse_vat_rate(ss(text));
}

VatPage::VatPage(till::OwnerDesk& desk, const Formatter& format, QWidget* parent)
    : QWidget(parent), desk_(desk), format_(format) {
    auto* layout = new QVBoxLayout(this);
    auto* why = new QLabel(tr("Prices include VAT. Each product is sold at its category's rate unless it has "
                              "its own. A change applies to the next sales; receipts already made keep "
                              "their rates."),
                           this);
    why->setWordWrap(true);
    layout->addWidget(why);

    auto* presets = new QHBoxLayout();
    preset_ = new QComboBox(this);
    preset_->setObjectName(QStringLiteral("vat_preset"));
    for (const VatCountryPreset& preset : vat_presets()) {
        preset_->addItem(
            country_name(preset.country),
            QString::fromLatin1(preset.country.data(), static_cast<qsizetype>(preset.country.size())));
    }
    connect(preset_, &QComboBox::currentIndexChanged, this, &VatPage::show_preset_rates);
    presets->addWidget(new QLabel(tr("Country's rates"), this));
    presets->addWidget(preset_);
    preset_rates_ = new QLabel(this);
    preset_rates_->setObjectName(QStringLiteral("vat_preset_rates"));
    preset_rates_->setWordWrap(true);
    presets->addWidget(preset_rates_, 1);
    auto* apply = new QPushButton(tr("Standard rate for every category"), this);
    apply->setObjectName(QStringLiteral("apply_vat_preset"));
    connect(apply, &QPushButton::clicked, this, &VatPage::apply_preset);
    presets->addWidget(apply);
    layout->addLayout(presets);

    table_ = make_table(this, "vat_categories");
    table_->setColumnCount(3);
    table_->setHorizontalHeaderLabels({tr("Category"), tr("Products"), tr("VAT rate")});
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    table_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table_, 1);
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("vat_note"));
    note_->setWordWrap(true);
    layout->addWidget(note_);
    auto* save = new QPushButton(tr("Save the rates"), this);
    save->setObjectName(QStringLiteral("save_vat"));
    connect(save, &QPushButton::clicked, this, &VatPage::save);
    layout->addWidget(save, 0, Qt::AlignRight);

    auto* product = new QGroupBox(tr("One product's own rate"), this);
    auto* product_row = new QHBoxLayout(product);
    sku_ = new QLineEdit(product);
    bound_text(sku_, store::TextField::product_sku);
    sku_->setObjectName(QStringLiteral("vat_sku"));
    sku_->setPlaceholderText(tr("SKU"));
    product_row->addWidget(sku_, 1);
    product_rate_ = new QLineEdit(product);
    product_rate_->setMaxLength(kMaxAmountChars);
    product_rate_->setObjectName(QStringLiteral("vat_product_rate"));
    product_rate_->setPlaceholderText(tr("24, 9 or exempt; empty: its category's rate"));
    product_row->addWidget(product_rate_, 1);
    auto* set = new QPushButton(tr("Set"), product);
    set->setObjectName(QStringLiteral("set_product_vat"));
    connect(set, &QPushButton::clicked, this, &VatPage::set_product_rate);
    connect(product_rate_, &QLineEdit::returnPressed, this, &VatPage::set_product_rate);
    product_row->addWidget(set);
    layout->addWidget(product);
    product_note_ = new QLabel(this);
    product_note_->setObjectName(QStringLiteral("vat_product_note"));
    product_note_->setWordWrap(true);
    layout->addWidget(product_note_);

    show_preset_rates();
    load();
}

QString VatPage::note() const {
    return note_->text();
}
QString VatPage::product_note() const {
    return product_note_->text();
}

void VatPage::show_preset_rates() {
    const VatCountryPreset* preset = vat_preset(ss(preset_->currentData().toString()));
    if (preset == nullptr) {
        preset_rates_->clear();
        return;
    }
    QStringList rates;
    for (const VatPresetRate& rate : preset->rates) {
        switch (rate.kind) {
            case VatRateKind::standard:
                rates << tr("%1 standard").arg(rate_text(rate.rate, format_));
                break;
            case VatRateKind::reduced:
                rates << tr("%1 reduced").arg(rate_text(rate.rate, format_));
                break;
            case VatRateKind::zero:
                rates << tr("%1 zero-rated").arg(rate_text(rate.rate, format_));
                break;
        }
    }
    preset_rates_->setText(rates.join(QStringLiteral(", ")));
}

void VatPage::load() {
    try {
        const auto categories = desk_.vat_categories();
        table_->setRowCount(static_cast<int>(categories.size()));
        for (std::size_t r = 0; r < categories.size(); ++r) {
            const store::CategoryVat& c = categories[r];
            const auto row = static_cast<int>(r);
            auto* name = new QTableWidgetItem(c.category.empty() ? tr("(no category)") : qs(c.category));
            name->setData(Qt::UserRole, qs(c.category));
            name->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            table_->setItem(row, 0, name);
            auto* products =
                new QTableWidgetItem(format_.locale().toString(static_cast<qlonglong>(c.products)));
            products->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            products->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(row, 1, products);
            // A category without a rate is sold at 0% until the owner types one: the cell says so.
            auto* rate = new QTableWidgetItem(c.rate ? rate_text(*c.rate, format_) : QString());
            rate->setToolTip(tr("Type 24, 25,5 or exempt"));
            table_->setItem(row, kRateColumn, rate);
        }
        table_->resizeColumnsToContents();
        const auto missing = std::count_if(categories.begin(), categories.end(),
                                           [](const store::CategoryVat& c) { return !c.rate; });
        show_sentence(note_,
                      missing == 0 ? QString()
                                   : tr("Categories without a rate: %1. Their products are sold at 0% until "
                                        "one is set.")
                                         .arg(missing),
                      missing == 0);
    } catch (const store::StoreError& e) {
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

void VatPage::apply_preset() {
    const VatCountryPreset* preset = vat_preset(ss(preset_->currentData().toString()));
    const auto standard = preset != nullptr ? standard_rate(*preset) : std::nullopt;
    if (!standard) {
        return;
    }
    for (int r = 0; r < table_->rowCount(); ++r) {
        table_->item(r, kRateColumn)->setText(rate_text(*standard, format_));
    }
    show_sentence(
        note_,
        tr("Every category has the standard rate now (%1: %2). Type the reduced rate where it applies, "
           "then save.")
            .arg(preset_->currentText(), rate_text(*standard, format_)),
        true);
}

void VatPage::save() {
    std::vector<std::pair<std::string, VatRate>> rates;
    QStringList problems;
    for (int r = 0; r < table_->rowCount(); ++r) {
        const QString typed = table_->item(r, kRateColumn)->text().trimmed();
        if (typed.isEmpty()) {
            continue;  // still without a rate: nothing to save for it
        }
        const auto rate = parse_rate(typed);
        if (!rate) {
            problems << tr("\"%1\" for %2 is not a VAT rate: write a percentage from 0 to 100 such as 24 or "
                           "25,5, or exempt.")
                            .arg(typed, table_->item(r, 0)->text());
            continue;
        }
        rates.emplace_back(ss(table_->item(r, 0)->data(Qt::UserRole).toString()), *rate);
    }
    if (!problems.isEmpty()) {
        show_sentence(note_, tr("Nothing was saved.") + QLatin1Char(' ') + problems.join(QLatin1Char(' ')),
                      false);
        return;
    }
    try {
        const int changed = desk_.save_category_vat(rates);
        load();
        show_sentence(note_, tr("Rates saved: %1.").arg(changed), true);
    } catch (const store::StoreError& e) {
        show_sentence(note_, tr("Nothing was saved.") + QLatin1Char(' ') + NoticeText::store_error(e), false);
    }
}

void VatPage::set_product_rate() {
    const QString sku = sku_->text().trimmed();
    const QString typed = product_rate_->text().trimmed();
    if (sku.isEmpty()) {
        show_sentence(product_note_, tr("Type the product's SKU."), false);
        return;
    }
    std::optional<VatRate> rate;
    if (!typed.isEmpty()) {
        rate = parse_rate(typed);
        if (!rate) {
            show_sentence(product_note_,
                          tr("\"%1\" is not a VAT rate: write a percentage from 0 to 100 such as 24 or 25,5, "
                             "or exempt; leave it empty for the category's rate.")
                              .arg(typed),
                          false);
            return;
        }
    }
    try {
        const auto product = desk_.set_product_vat(ss(sku), rate);
        if (!product) {
            show_sentence(product_note_, tr("There is no product with the SKU %1.").arg(sku), false);
            return;
        }
        show_sentence(product_note_,
                      (rate ? tr("%1 (%2) is sold at %3.") : tr("%1 (%2) follows its category again: %3."))
                          .arg(qs(product->sku), qs(product->name), rate_text(product->rate, format_)),
                      true);
    } catch (const store::StoreError& e) {
        show_sentence(product_note_, NoticeText::store_error(e), false);
    }
}

// ---- shifts ----------------------------------------------------------------------------------------------

ShiftsPage::ShiftsPage(till::OwnerDesk& desk, const Formatter& format, till::ShiftDesk* printing,
                       QWidget* parent)
    : QWidget(parent), desk_(desk), format_(format), printing_(printing) {
    auto* layout = new QVBoxLayout(this);
    table_ = make_table(this, "shifts");
    table_->setColumnCount(8);
    table_->setHorizontalHeaderLabels({tr("Z"), tr("Opened"), tr("Closed"), tr("Cashier"), tr("Float"),
                                       tr("Expected"), tr("Counted"), tr("Over / short")});
    connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) { choose(row); });
    layout->addWidget(table_, 2);
    report_ = new QPlainTextEdit(this);
    report_->setObjectName(QStringLiteral("shift_report"));
    report_->setReadOnly(true);
    // The report as printed: 42 columns that line up only in a fixed-width font.
    report_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(report_, 3);
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("shifts_note"));
    note_->setWordWrap(true);
    layout->addWidget(note_);
    print_ = new QPushButton(tr("Print the X report"), this);
    print_->setObjectName(QStringLiteral("print_shift_report"));
    connect(print_, &QPushButton::clicked, this, &ShiftsPage::print);
    layout->addWidget(print_, 0, Qt::AlignRight);
    load();
}

QString ShiftsPage::report() const {
    return report_->toPlainText();
}
QString ShiftsPage::note() const {
    return note_->text();
}

void ShiftsPage::load() {
    try {
        const auto rows = desk_.shifts();
        table_->setRowCount(static_cast<int>(rows.size()));
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const till::OwnerDesk::ShiftRow& s = rows[r];
            const auto row = static_cast<int>(r);
            const auto money = [this](const std::optional<Money>& m) {
                return m ? format_.money(*m) : QString();
            };
            const auto cell = [this, row](int column, const QString& text, bool figure) {
                auto* item = new QTableWidgetItem(text);
                if (figure) {
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                }
                table_->setItem(row, column, item);
                return item;
            };
            QTableWidgetItem* z =
                cell(0,
                     s.shift.z_number ? format_.locale().toString(static_cast<qlonglong>(*s.shift.z_number))
                                      : tr("open"),
                     true);
            z->setData(Qt::UserRole,
                       s.shift.z_number ? QVariant(static_cast<qlonglong>(*s.shift.z_number)) : QVariant());
            cell(1, format_.date_time(s.shift.opened_at), false);
            cell(2, s.shift.closed_at ? format_.date_time(*s.shift.closed_at) : QString(), false);
            cell(3,
                 s.closed_by.empty() || s.closed_by == s.opened_by
                     ? qs(s.opened_by)
                     : tr("%1, closed by %2").arg(qs(s.opened_by), qs(s.closed_by)),
                 false);
            cell(4, format_.money(s.shift.opening_float), true);
            cell(5, money(s.shift.expected_cash), true);
            cell(6, money(s.shift.counted_cash), true);
            QTableWidgetItem* over = cell(7, money(s.over_short), true);
            if (s.over_short && s.over_short->minor_units() < 0) {
                over->setForeground(QColor(0xb0, 0x00, 0x20));  // short: the drawer lacks money
            }
        }
        table_->resizeColumnsToContents();
        if (rows.empty()) {
            report_->setPlainText(tr("No shift yet: the till opens one at the first login of the day."));
            print_->setEnabled(false);
        } else {
            print_->setEnabled(true);
            choose(0);
        }
    } catch (const store::StoreError& e) {
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

std::optional<std::int64_t> ShiftsPage::chosen_z() const {
    const QTableWidgetItem* z = table_->item(table_->currentRow(), 0);
    if (z == nullptr || !z->data(Qt::UserRole).isValid()) {
        return std::nullopt;
    }
    return z->data(Qt::UserRole).toLongLong();
}

void ShiftsPage::choose(int row) {
    if (row != table_->currentRow()) {
        table_->setCurrentCell(row, 0);  // comes back here through currentCellChanged
        return;
    }
    if (table_->item(row, 0) == nullptr) {
        return;
    }
    const auto z = chosen_z();
    print_->setText(z ? tr("Print Z %1 again (copy)").arg(*z) : tr("Print the X report"));
    show_sentence(note_, QString(), true);
    try {
        const store::ShiftReport report = desk_.shift_report(z);
        QStringList lines;
        for (const std::string& line :
             till::render_shift_report(report, shift_report_labels(), desk_.settings().name, format_.zone(),
                                       format_.currency_digits(), format_.language())) {
            lines << qs(line);
        }
        report_->setPlainText(lines.join(QLatin1Char('\n')));
    } catch (const store::StoreError& e) {
        // A ShiftError (no such Z, no open shift) too: store_error words the shift's reasons.
        report_->setPlainText(NoticeText::store_error(e));
    }
}

void ShiftsPage::print() {
    if (printing_ == nullptr || !printing_->printing()) {
        show_sentence(note_, tr("No receipt printer is set up in the shop's settings."), false);
        return;
    }
    const auto z = chosen_z();
    const till::Notice notice = z ? printing_->reprint_z(*z) : printing_->print_x();
    if (!notice.ok()) {
        show_sentence(note_, NoticeText::sentence(notice), false);
        return;
    }
    show_sentence(note_,
                  z ? tr("Z report %1 goes to the printer, marked COPY.").arg(*z)
                    : tr("The X report goes to the printer."),
                  true);
}

// ---- the window -----------------------------------------------------------------------------------------

OwnerWindow::OwnerWindow(till::OwnerDesk& desk, const Formatter& format, const DeviceRoster* devices,
                         till::ShiftDesk* shift_desk, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Owner's desk"));
    auto* layout = new QVBoxLayout(this);
    tabs_ = new QTabWidget(this);
    settings_ = new SettingsPage(desk, format, devices, tabs_);
    vat_ = new VatPage(desk, format, tabs_);
    shifts_ = new ShiftsPage(desk, format, shift_desk, tabs_);
    lists_ = new ListsPage(desk, format, tabs_);
    reports_ = new ReportsPage(desk, format, tabs_);
    rules_ = new RulesPage(desk, format, tabs_);
    editor_ = new RulesEditorPage(desk, format, tabs_);
    tabs_->addTab(lists_, tr("Whom to call"));
    tabs_->addTab(reports_, tr("Reports"));
    tabs_->addTab(shifts_, tr("Shifts"));
    tabs_->addTab(editor_, tr("Edit rules"));
    tabs_->addTab(rules_, tr("Loyalty rules"));
    // The history shows what the editor saved, and the editor starts over from what the history restored.
    connect(editor_, &RulesEditorPage::saved, rules_, &RulesPage::load);
    connect(rules_, &RulesPage::restored, editor_, &RulesEditorPage::reload);
    conflicts_ = new ConflictsPage(desk, format, tabs_);
    tabs_->addTab(conflicts_, tr("Conflicts"));
    tabs_->addTab(vat_, tr("VAT rates"));
    tabs_->addTab(settings_, tr("Shop settings"));
    // The X report is as of now: it is read again each time the owner comes back to the tab.
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        if (tabs_->widget(index) == shifts_) {
            shifts_->load();
        }
        // A sync may have found new conflicts since the desk opened.
        if (tabs_->widget(index) == conflicts_) {
            conflicts_->load();
        }
    });
    layout->addWidget(tabs_);
    auto* close = new QPushButton(tr("Close (Esc)"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(close, 0, Qt::AlignRight);
    connect(settings_, &SettingsPage::language_changed, this, &OwnerWindow::language_changed);
    connect(settings_, &SettingsPage::scanner_timing_changed, this, &OwnerWindow::scanner_timing_changed);
    connect(settings_, &SettingsPage::sync_interval_changed, this, &OwnerWindow::sync_interval_changed);
    // 1024x768 is the smallest till screen; a window manager may take a few pixels of it.
    resize(QSize(1000, 700).boundedTo(screen()->availableSize()));
    lists_->show_list();  // the birthday list is what the owner opens the desk for on a Monday
}

void OwnerWindow::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    // After the events the showing queued (the first paint): the end-to-end test's cue for its screenshot.
    QTimer::singleShot(0, this, [] { qInfo("kassa: owner_desk_shown"); });
}

}  // namespace kassa::ui
