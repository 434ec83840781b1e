// The owner's desk (F11) over a real shop file: the settings saved and refused (the receipt printer and the
// cash limit among them), the VAT rates, the shifts with their Z figures and reports, the outreach list with
// its "called" ticks as the store keeps them, and a report's table, chart, CSV and PNG against the store's
// own figures for the same period.
#include <SQLiteCpp/SQLiteCpp.h>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include "kassa/drivers/usb_printer_port.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/print_queue.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/scanner_settings.hpp"
#include "kassa/store/shifts.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/vat_settings.hpp"
#include "kassa/till/shift_desk.hpp"
#include "kassa/ui/basket_dialogs.hpp"
#include "kassa/ui/device_roster.hpp"
#include "kassa/ui/owner_window.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;
using kassa::till::Outcome;

namespace {

struct Desk : Till {
    till::OwnerDesk desk{store, rules.rules(), clock, sys::load_time_zone("Europe/Tallinn"), maria};

    Desk() {
        screen.set_owner_desk_factory([this](const std::string& owner_id) {
            return std::make_unique<till::OwnerDesk>(store, rules.rules(), clock,
                                                     sys::load_time_zone("Europe/Tallinn"), owner_id);
        });
    }

    int audit_count(const std::string& action) const {
        SQLite::Database db(path, SQLite::OPEN_READONLY);
        SQLite::Statement q(db, "SELECT count(*) FROM audit_log WHERE action = ?");
        q.bind(1, action);
        q.executeStep();
        return q.getColumn(0).getInt();
    }

    // Olga buys the dress with her card, paid in cash: one receipt for the reports.
    void sell_dress_to_olga() {
        REQUIRE(session.scan(kDressBarcode, till::ScanSource::scanner).outcome == Outcome::product_added);
        REQUIRE(session.scan(kOlgaCard, till::ScanSource::scanner).outcome == Outcome::customer_identified);
        REQUIRE(session.add_payment(store::PaymentLine::Method::cash, session.quote().totals.payable).ok());
        REQUIRE(session.finish().outcome == Outcome::sale_committed);
    }
};

QStringList rows_of(QListWidget* list) {
    QStringList out;
    for (int r = 0; r < list->count(); ++r) {
        out << list->item(r)->text();
    }
    return out;
}

int row_of(QTableWidget* table, int column, const QString& text) {
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, column) != nullptr && table->item(r, column)->text() == text) {
            return r;
        }
    }
    return -1;
}

int column_of(QTableWidget* table, const QString& title) {
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->horizontalHeaderItem(c) != nullptr && table->horizontalHeaderItem(c)->text() == title) {
            return c;
        }
    }
    return -1;
}

}  // namespace

TEST_CASE("F11 asks a cashier for the owner's PIN, then opens the desk, the opening is audited",
          "[ui][owner]") {
    Desk t;
    t.dialogs.then(expect<ui::OwnerPinDialog>([](ui::OwnerPinDialog& pin) {
        pin.pin_edit()->setText(QStringLiteral("1111"));  // Anna's own PIN is not the owner's
        return static_cast<int>(QDialog::Accepted);
    }));
    t.dialogs.then(expect<ui::OwnerPinDialog>([](ui::OwnerPinDialog& pin) {
        pin.pin_edit()->setText(QStringLiteral("1234"));
        return static_cast<int>(QDialog::Accepted);
    }));
    t.dialogs.then(expect<ui::OwnerWindow>([](ui::OwnerWindow& window) {
        CHECK(window.tabs()->count() == 8);  // the Conflicts tab too, also on a single till
        CHECK(window.settings()->shop_name()->text() == QStringLiteral("Boutique Liis"));
        return static_cast<int>(QDialog::Accepted);
    }));
    t.screen.action(ui::SaleScreen::Action::owner)->trigger();
    CHECK(t.dialogs.done());
    CHECK(t.audit_count("owner_desk_opened") == 1);
}

TEST_CASE("F11 without the owner's PIN opens nothing", "[ui][owner]") {
    Desk t;
    t.dialogs.then(
        expect<ui::OwnerPinDialog>([](ui::OwnerPinDialog&) { return static_cast<int>(QDialog::Rejected); }));
    t.screen.action(ui::SaleScreen::Action::owner)->trigger();
    CHECK(t.dialogs.done());
    CHECK(t.audit_count("owner_desk_opened") == 0);
    CHECK(t.dialogs.opened == std::vector<std::string>{"kassa::ui::OwnerPinDialog"});
}

TEST_CASE("shop settings: saved and audited, a new language is announced after the window closes",
          "[ui][owner][settings]") {
    Desk t;
    QSignalSpy switched(&t.screen, &ui::SaleScreen::language_changed);
    t.dialogs.then(expect<ui::OwnerPinDialog>([](ui::OwnerPinDialog& pin) {
        pin.pin_edit()->setText(QStringLiteral("1234"));
        return static_cast<int>(QDialog::Accepted);
    }));
    t.dialogs.then(expect<ui::OwnerWindow>([&switched](ui::OwnerWindow& window) {
        ui::SettingsPage* page = window.settings();
        page->shop_name()->setText(QStringLiteral("Boutique Liis & Co"));
        page->phone_country()->setCurrentText(QStringLiteral("lv"));
        page->language()->setCurrentIndex(page->language()->findData(QStringLiteral("et")));
        page->receipt_header()->setPlainText(QStringLiteral("Rüütli 12, Tallinn\nKMKR EE100200300"));
        page->save();
        CHECK(page->result() == QStringLiteral("Settings saved."));
        CHECK(switched.count() == 0);  // not while the window is open: the screen is rebuilt after it
        return static_cast<int>(QDialog::Accepted);
    }));
    t.screen.action(ui::SaleScreen::Action::owner)->trigger();
    REQUIRE(t.dialogs.done());
    REQUIRE(switched.count() == 1);
    CHECK(switched.at(0).at(0).toString() == QStringLiteral("et"));
    const store::ShopSettings saved = t.store.shop().settings();
    CHECK(saved.name == "Boutique Liis & Co");
    CHECK(saved.phone_country == "LV");
    CHECK(saved.language == "et");
    CHECK(saved.receipt_header == "Rüütli 12, Tallinn\nKMKR EE100200300");
    CHECK(saved.currency == "EUR");
    CHECK(t.audit_count("settings_changed") == 1);
}

TEST_CASE("shop settings: an unknown zone, phone country or a too wide header is explained, nothing saved",
          "[ui][owner][settings]") {
    Desk t;
    ui::SettingsPage page(t.desk, t.format);
    page.time_zone()->setCurrentText(QStringLiteral("Mars/Olympus"));
    page.phone_country()->setCurrentText(QStringLiteral("XX"));
    page.receipt_header()->setPlainText(QString(43, QLatin1Char('=')));
    page.shop_name()->setText(QStringLiteral("   "));
    page.save();
    const QString result = page.result();
    CHECK(result.startsWith(QStringLiteral("Nothing was saved.")));
    CHECK(result.contains(QStringLiteral("The shop needs a name")));
    CHECK(result.contains(QStringLiteral("\"Mars/Olympus\"")));
    CHECK(result.contains(QStringLiteral("\"XX\" is not a country code")));
    CHECK(result.contains(QStringLiteral("at most 4 lines of 42 characters")));
    const store::ShopSettings kept = t.store.shop().settings();
    CHECK(kept.name == "Boutique Liis");
    CHECK(kept.time_zone == "Europe/Tallinn");
    CHECK(t.audit_count("settings_changed") == 0);
    // 42 Cyrillic letters are 84 bytes and still one printed line.
    page.time_zone()->setCurrentText(QStringLiteral("Europe/Tallinn"));
    page.phone_country()->setCurrentText(QStringLiteral("EE"));
    page.shop_name()->setText(QStringLiteral("Бутик"));
    page.receipt_header()->setPlainText(QString(42, QChar(0x0416)));
    page.save();
    CHECK(page.result() == QStringLiteral("Settings saved."));
}

TEST_CASE(
    "shop settings: the scanner timing and the sync interval are saved, audited and announced at once, the "
    "devices are listed",
    "[ui][owner][settings][scanner]") {
    Desk t;
    ui::DeviceRoster roster;
    roster.update(QStringLiteral("Voyager 1250g"), true);
    roster.update(QStringLiteral("MSR90 card reader"), true);
    roster.update(QStringLiteral("MSR90 card reader"), false);
    t.screen.set_device_roster(&roster);
    QSignalSpy retimed(&t.screen, &ui::SaleScreen::scanner_timing_changed);
    QSignalSpy resynced(&t.screen, &ui::SaleScreen::sync_interval_changed);
    t.dialogs.then(expect<ui::OwnerPinDialog>([](ui::OwnerPinDialog& pin) {
        pin.pin_edit()->setText(QStringLiteral("1234"));
        return static_cast<int>(QDialog::Accepted);
    }));
    t.dialogs.then(expect<ui::OwnerWindow>([&](ui::OwnerWindow& window) {
        ui::SettingsPage* page = window.settings();
        CHECK(rows_of(page->devices()) ==
              QStringList{QStringLiteral("Scanners typing like a keyboard: read by the timing above"),
                          QStringLiteral("Voyager 1250g: connected"),
                          QStringLiteral("MSR90 card reader: unplugged")});
        // A second scanner of the same model plugged in while the owner looks.
        roster.update(QStringLiteral("Voyager 1250g"), true);
        CHECK(page->devices()->item(1)->text() == QStringLiteral("Voyager 1250g: 2 connected"));
        CHECK(page->scanner_gap()->value() == 30);
        CHECK(page->scanner_min_length()->value() == 4);
        CHECK_FALSE(page->tab_ends_scan()->isChecked());
        // The boxes stop where a person's typing would start to read as a scan.
        page->scanner_gap()->setValue(200);
        CHECK(page->scanner_gap()->value() == store::kMaxGapHighestMs);
        page->scanner_gap()->setValue(45);
        page->scanner_min_length()->setValue(6);
        page->tab_ends_scan()->setChecked(true);
        CHECK(page->sync_interval()->value() == 5);
        page->sync_interval()->setValue(5000);  // the box stops at an hour
        CHECK(page->sync_interval()->value() == store::kSyncIntervalMaxSeconds);
        page->sync_interval()->setValue(20);
        page->save();
        CHECK(page->result() == QStringLiteral("Settings saved."));
        CHECK(retimed.count() == 1);     // at once: the next scan is read with it
        REQUIRE(resynced.count() == 1);  // at once too: the background sync takes it
        CHECK(resynced.at(0).at(0).toInt() == 20);
        page->save();  // nothing changed: nothing audited, nothing announced
        CHECK(retimed.count() == 1);
        CHECK(resynced.count() == 1);
        return static_cast<int>(QDialog::Accepted);
    }));
    t.screen.action(ui::SaleScreen::Action::owner)->trigger();
    REQUIRE(t.dialogs.done());
    const store::ScannerTiming saved = store::scanner_timing(t.store);
    CHECK(saved.max_gap_ms == 45);
    CHECK(saved.min_length == 6);
    CHECK(saved.tab_ends_scan);
    CHECK(t.store.shop().settings().sync_interval_seconds == 20);
    CHECK(t.audit_count("settings_changed") == 2);  // the shop's settings (the interval) and the timing
}

TEST_CASE("shop settings: when the scanner timing cannot be written, the owner is told what was saved",
          "[ui][owner][settings][scanner]") {
    Desk t;
    // Something in the file refuses the timing (as a full disk would refuse the second write).
    {
        SQLite::Database db(t.path, SQLite::OPEN_READWRITE);
        db.exec(
            "CREATE TRIGGER no_timing BEFORE INSERT ON settings WHEN NEW.key LIKE 'scanner.%' "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END");
    }
    ui::SettingsPage page(t.desk, t.format);
    QSignalSpy retimed(&page, &ui::SettingsPage::scanner_timing_changed);
    page.shop_name()->setText(QStringLiteral("Boutique Liis & Co"));
    page.scanner_gap()->setValue(45);
    page.save();
    CHECK(page.result().startsWith(
        QStringLiteral("The shop settings were saved, the scanner timing was not.")));
    CHECK(retimed.count() == 0);
    CHECK(t.store.shop().settings().name == "Boutique Liis & Co");
    CHECK(store::scanner_timing(t.store).max_gap_ms == 30);
}

TEST_CASE("shop settings: without USB the devices list says why, keyboard scanners still listed",
          "[ui][owner][settings][scanner]") {
    Desk t;
    {
        ui::SettingsPage page(t.desk, t.format);
        CHECK(rows_of(page.devices()) ==
              QStringList{QStringLiteral("Scanners typing like a keyboard: read by the timing above")});
    }
    ui::DeviceRoster roster;
    ui::SettingsPage page(t.desk, t.format, &roster);
    roster.set_usb_problem(QStringLiteral("USB scanners and card readers cannot be read on this computer."));
    CHECK(rows_of(page.devices()) ==
          QStringList{QStringLiteral("Scanners typing like a keyboard: read by the timing above"),
                      QStringLiteral("USB scanners and card readers cannot be read on this computer.")});
}

TEST_CASE("the birthday list shows whom to call with a tick the store keeps for a week, no consent, no row",
          "[ui][owner][lists]") {
    Desk t;
    // Nadia's birthday is tomorrow too, but she gave no marketing consent: she must never be listed.
    store::Enrolment nadia;
    nadia.first_name = "Nadia";
    nadia.last_name = "Quiet";
    nadia.phone = "5555 0001";
    nadia.birthday = parse_date("1990-11-26");
    nadia.consents = store::Consents{true, false, false};
    t.store.customers().enrol(nadia, at("2026-02-01T12:00:00+02:00"), &t.rules);

    ui::ListsPage page(t.desk, t.format);
    page.list()->setCurrentIndex(page.list()->findData(QStringLiteral("birthdays")));
    page.show_list();
    QTableWidget* table = page.table();
    const int first_name = column_of(table, QStringLiteral("First name"));
    const int phone = column_of(table, QStringLiteral("Phone"));
    REQUIRE(first_name > 0);
    REQUIRE(phone > 0);
    CHECK(row_of(table, first_name, QStringLiteral("Nadia")) == -1);
    const int olga = row_of(table, first_name, QStringLiteral("Olga"));
    REQUIRE(olga >= 0);
    CHECK(table->item(olga, phone)->text() == QStringLiteral("5123 4567"));
    QTableWidgetItem* tick = table->item(olga, ui::ListsPage::kCalledColumn);
    REQUIRE(tick != nullptr);
    CHECK(tick->checkState() == Qt::Unchecked);

    tick->setCheckState(Qt::Checked);  // the owner called Olga
    const auto since = add_calendar_days(t.clock.now(), -7, *sys::load_time_zone("Europe/Tallinn"));
    auto called = t.store.personal().contacts("birthdays", since);
    REQUIRE(called.size() == 1);
    CHECK(called[0].customer_id == t.olga);
    CHECK(called[0].actor == t.maria);

    // Shown again (another day of the same week): still ticked.
    t.clock.advance_seconds(24 * 60 * 60);
    page.show_list();
    const int again = row_of(page.table(), first_name, QStringLiteral("Olga"));
    REQUIRE(again >= 0);
    CHECK(page.table()->item(again, ui::ListsPage::kCalledColumn)->checkState() == Qt::Checked);
    page.table()->item(again, ui::ListsPage::kCalledColumn)->setCheckState(Qt::Unchecked);
    CHECK(t.store.personal().contacts("birthdays", since).empty());

    // The same list as a file for an SMS service: the CSV the command line writes.
    const std::string csv_path = t.dir.file("birthdays.csv");
    REQUIRE(page.save_csv(QString::fromStdString(csv_path)));
    QFile csv(QString::fromStdString(csv_path));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    CHECK(text.startsWith(QStringLiteral("customer_id,first_name,last_name,phone,email,consent")));
    CHECK(text.contains(QStringLiteral("Olga")));
    CHECK_FALSE(text.contains(QStringLiteral("Nadia")));
}

TEST_CASE("a report shows the store's figures for the period, draws them and saves CSV and PNG",
          "[ui][owner][reports]") {
    Desk t;
    t.sell_dress_to_olga();
    ui::ReportsPage page(t.desk, t.format);
    page.report()->setCurrentIndex(page.report()->findData(QStringLiteral("weekly")));
    page.show_report();
    REQUIRE(page.shown());
    const auto today = t.desk.today();
    const store::ReportTable expected =
        t.desk.report("weekly", std::chrono::sys_days{today} - std::chrono::days{29}, today);
    REQUIRE(page.shown()->rows.size() == expected.rows.size());
    REQUIRE_FALSE(expected.rows.empty());
    QTableWidget* table = page.table();
    REQUIRE(table->rowCount() == static_cast<int>(expected.rows.size()));
    for (std::size_t c = 0; c < expected.columns.size(); ++c) {
        CHECK(table->horizontalHeaderItem(static_cast<int>(c))->text() ==
              ui::ReportText::column_title(expected.columns[c].name));
        for (std::size_t r = 0; r < expected.rows.size(); ++r) {
            CHECK(table->item(static_cast<int>(r), static_cast<int>(c))->text() ==
                  ui::ReportText::cell(expected.columns[c], expected.rows[r][c], t.format));
        }
    }
    // One bar per week.
    QChart* chart = page.chart()->chart();
    REQUIRE(chart != nullptr);
    REQUIRE(chart->series().size() == 1);

    const std::string csv_path = t.dir.file("weekly.csv");
    REQUIRE(page.save_csv(QString::fromStdString(csv_path)));
    QFile csv(QString::fromStdString(csv_path));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().toStdString() == store::report_csv(expected, 2));
    const std::string png_path = t.dir.file("weekly.png");
    page.resize(900, 600);
    REQUIRE(page.save_png(QString::fromStdString(png_path)));
    const QImage png(QString::fromStdString(png_path));
    CHECK_FALSE(png.isNull());

    // A folder that does not exist: a sentence, no crash.
    CHECK_FALSE(page.save_csv(QString::fromStdString(t.dir.file("missing/weekly.csv"))));
    CHECK(page.note().contains(QStringLiteral("could not be written")));
}

TEST_CASE("the rules' history: what going back changes, its preview on the last 30 days, and the restore",
          "[ui][owner][rules]") {
    Desk t;
    t.sell_dress_to_olga();
    nlohmann::json doubled = nlohmann::json::parse(boutique_document());
    for (auto& program : doubled["programs"]) {
        if (program["id"] == "bonus") {
            program["accrual_bp"] = 1000;
        }
    }
    // The shop runs version 2 (double bonus) now; version 1 is the fixture's boutique rules.
    t.store.rules().save_rules(doubled.dump(), store::Actor{t.maria}, "double bonus", t.clock.now());
    ui::RulesPage page(t.desk, t.format);
    REQUIRE(page.versions()->rowCount() == 2);
    // What changed, worded from the documents; the note it was saved with is its tooltip.
    CHECK(page.versions()->item(0, 3)->text() ==
          QStringLiteral("bonus, Points back (% of what is paid): 5 → 10"));
    CHECK(page.versions()->item(0, 3)->toolTip() == QStringLiteral("double bonus"));
    page.choose(1);
    CHECK(page.changes().contains(QStringLiteral("bonus, Points back (% of what is paid): 10 → 5")));

    page.show_preview();
    const auto w = t.desk.preview(1);
    CHECK(w.receipts == 1);
    CHECK(w.draft.points_earned.value() < w.current.points_earned.value());
    REQUIRE(page.preview_table()->rowCount() == 3);
    CHECK(page.preview_table()->item(1, 1)->text() == t.format.points(w.current.points_earned));
    CHECK(page.preview_table()->item(1, 2)->text() == t.format.points(w.draft.points_earned));
    CHECK(page.note().startsWith(
        QStringLiteral("Last 30 days: 1 receipts, 1 customers. With that version 1 receipts")));

    page.restore();
    CHECK(page.versions()->rowCount() == 3);
    const auto current = t.store.rules().current_rules();
    REQUIRE(current);
    CHECK(current->first == 3);
    CHECK(nlohmann::json::parse(current->second) == nlohmann::json::parse(boutique_document()));
    CHECK(t.store.rules().rules_history().front().author == t.maria);
    CHECK(page.note().contains(QStringLiteral("saved again as version 3")));

    // A version the till could not run today (a time zone this computer lacks) is not restored.
    nlohmann::json elsewhere = nlohmann::json::parse(boutique_document());
    elsewhere["time_zone"] = "Mars/Olympus";
    t.store.rules().save_rules(elsewhere.dump(), store::Actor{t.maria}, "on Mars", t.clock.now());
    page.load();
    page.choose(0);
    page.restore();
    CHECK(page.note().contains(QStringLiteral("Mars/Olympus")));
    CHECK(t.store.rules().rules_history().size() == 4);
    CHECK(t.store.rules().current_rules()->first == 4);
}

TEST_CASE("the owner's monthly complaints: what went wrong and what was done", "[ui][owner][reports]") {
    Desk t;
    t.sell_dress_to_olga();
    store::ComplaintRequest complaint;
    complaint.customer_id = t.olga;
    complaint.reason = "Seam torn";
    complaint.resolution = store::ComplaintResolution::points_credited;
    complaint.points = Points::of(300);
    complaint.actor = t.maria;
    complaint.at = t.clock.now();
    t.store.personal().record_complaint(complaint);
    const auto today = t.desk.today();
    const auto month = std::chrono::year_month_day{today.year(), today.month(), std::chrono::day{1}};
    const store::ReportTable table = t.desk.report("complaints", month, today);
    REQUIRE(table.rows.size() == 1);
    CHECK(std::get<std::string>(table.rows[0][2]) == "Olga");
    CHECK(std::get<std::string>(table.rows[0][5]) == "Seam torn");
    CHECK(std::get<std::string>(table.rows[0][6]) == "points_credited");
    CHECK(std::get<std::int64_t>(table.rows[0][7]) == 300);
    CHECK(std::get<std::string>(table.rows[0][8]) == t.maria);
    // Last month had none.
    const std::chrono::year_month_day last_day{std::chrono::sys_days{month} - std::chrono::days{1}};
    const std::chrono::year_month_day last_month{last_day.year(), last_day.month(), std::chrono::day{1}};
    CHECK(t.desk.report("complaints", last_month, last_day).rows.empty());

    ui::ReportsPage page(t.desk, t.format);
    page.report()->setCurrentIndex(page.report()->findData(QStringLiteral("complaints")));
    page.show_report();
    REQUIRE(page.table()->rowCount() == 1);
    CHECK(page.table()->item(0, 5)->text() == QStringLiteral("Seam torn"));
    // What was done in words and who recorded it by her name: the file's keys stay in the file.
    CHECK(page.table()->item(0, 6)->text() == QStringLiteral("Points credited"));
    CHECK(page.table()->item(0, 8)->text() == QStringLiteral("Maria"));
}

namespace {

// The owner presses a page's button as she would: by its name on the screen's form.
void press(QWidget& page, const char* button) {
    auto* b = page.findChild<QPushButton*>(QString::fromLatin1(button));
    REQUIRE(b != nullptr);
    b->click();
}

// The shop file read again from scratch, as the till reads it at its next start.
store::ShopSettings settings_in_file(const std::string& path) {
    store::Store again(path, store::Database::Mode::open_existing);
    return again.shop().settings();
}

}  // namespace

TEST_CASE("receipt printer settings: typed in the desk, saved in the shop file and audited",
          "[ui][owner][settings][printer]") {
    Desk t;
    const QString logo = QString::fromStdString(t.dir.file("logo.png"));
    QImage picture(64, 32, QImage::Format_RGB32);
    picture.fill(Qt::black);
    REQUIRE(picture.save(logo, "PNG"));

    ui::SettingsPage page(t.desk, t.format);
    // A new shop: the office printer's dialog, the generic model, pin 2, 50.00.
    CHECK(page.printer_address()->text().isEmpty());
    CHECK(page.printer_profile()->currentData().toString() == QStringLiteral("generic_80"));
    CHECK(page.printer_profile()->count() == 4);
    // The models by the names people know them by; the profiles' keys are the items' data only.
    CHECK(page.printer_profile()->currentText() == QStringLiteral("Any other ESC/POS printer (80 mm paper)"));
    for (int i = 0; i < page.printer_profile()->count(); ++i) {
        CHECK_FALSE(
            page.printer_profile()->itemText(i).contains(page.printer_profile()->itemData(i).toString()));
    }
    CHECK(page.drawer_pin()->currentData().toString() == QStringLiteral("2"));
    CHECK(page.cash_limit()->text() == QStringLiteral("50.00"));

    page.printer_address()->setText(QStringLiteral("tcp://192.168.1.50:9100"));
    page.printer_profile()->setCurrentIndex(page.printer_profile()->findData(QStringLiteral("xprinter_80")));
    page.receipt_logo()->setText(logo);
    page.drawer_pin()->setCurrentIndex(page.drawer_pin()->findData(QStringLiteral("5")));
    page.cash_limit()->setText(QStringLiteral("120.50"));
    press(page, "save_settings");
    CHECK(page.result() ==
          QStringLiteral("Settings saved. The till uses the new receipt printer from its next start."));
    CHECK(page.printer_address_problem().isEmpty());
    const store::ShopSettings saved = settings_in_file(t.path);
    CHECK(saved.printer_url == "tcp://192.168.1.50:9100");
    CHECK(saved.printer_profile == "xprinter_80");
    CHECK(saved.receipt_logo == logo.toStdString());
    CHECK(saved.drawer_pin == "5");
    CHECK(saved.cash_movement_limit == Money::minor(12050));
    CHECK(saved.name == "Boutique Liis");
    CHECK(t.audit_count("settings_changed") == 1);

    // Another page over the same file shows what was saved; a change of the shop's name keeps the printer.
    ui::SettingsPage again(t.desk, t.format);
    CHECK(again.printer_address()->text() == QStringLiteral("tcp://192.168.1.50:9100"));
    CHECK(again.printer_profile()->currentData().toString() == QStringLiteral("xprinter_80"));
    CHECK(again.cash_limit()->text() == QStringLiteral("120.50"));
    again.shop_name()->setText(QStringLiteral("Boutique Liis & Co"));
    press(again, "save_settings");
    CHECK(again.result() == QStringLiteral("Settings saved."));
    CHECK(settings_in_file(t.path).printer_url == "tcp://192.168.1.50:9100");
    CHECK(settings_in_file(t.path).cash_movement_limit == Money::minor(12050));

    // Emptied: back to the office printer's dialog.
    again.printer_address()->clear();
    press(again, "save_settings");
    CHECK(settings_in_file(t.path).printer_url.empty());
}

TEST_CASE("receipt printer settings: Find USB printers fills the address or says none is plugged in",
          "[ui][owner][settings][printer]") {
    Desk t;
    ui::SettingsPage page(t.desk, t.format);
    page.printer_address()->setText(QStringLiteral("tcp://192.168.1.50:9100"));
    // The same list the button reads, taken by the test: the QEMU test (usbvm) finds a real USB printer
    // gadget through it; here it is usually empty.
    const auto plugged = kassa::drivers::list_usb_printers();
    press(page, "find_usb_printers");
    if (plugged.empty()) {
        CHECK(page.printer_address_problem().startsWith(
            QStringLiteral("No USB receipt printer is plugged in")));
        CHECK(page.printer_address()->text() == QStringLiteral("tcp://192.168.1.50:9100"));
    } else {
        CHECK(page.printer_address()->text().startsWith(QStringLiteral("usb:")));
        CHECK(page.printer_address_problem().startsWith(QStringLiteral("Found: usb:")));
    }
    CHECK(t.audit_count("settings_changed") == 0);  // nothing is saved until Save
}

TEST_CASE("receipt printer settings: a wrong address, logo or cash limit is said next to its field",
          "[ui][owner][settings][printer]") {
    Desk t;
    ui::SettingsPage page(t.desk, t.format);
    page.printer_address()->setText(QStringLiteral("tcp://192.168.1.50:99999"));
    page.receipt_logo()->setText(QString::fromStdString(t.dir.file("no-such-logo.png")));
    page.cash_limit()->setText(QStringLiteral("lots"));
    page.shop_name()->setText(QStringLiteral("Boutique Liis & Co"));
    press(page, "save_settings");
    CHECK(page.result().startsWith(QStringLiteral("Nothing was saved.")));
    CHECK(page.printer_address_problem() ==
          QStringLiteral("The port must be a number from 1 to 65535; receipt printers listen on 9100."));
    CHECK(page.logo_problem().startsWith(QStringLiteral("There is no picture file ")));
    CHECK(page.cash_limit_problem() == QStringLiteral("Write the cash limit as an amount, like 50.00."));
    const store::ShopSettings kept = settings_in_file(t.path);
    CHECK(kept.name == "Boutique Liis");
    CHECK(kept.printer_url.empty());
    CHECK(t.audit_count("settings_changed") == 0);

    page.printer_address()->setText(QStringLiteral("lpt1"));
    page.receipt_logo()->clear();
    page.cash_limit()->setText(QStringLiteral("50"));
    press(page, "save_settings");
    CHECK(page.printer_address_problem() ==
          QStringLiteral("\"lpt1\" is not a printer address: write tcp://HOST:PORT for a network printer or "
                         "usb:VID:PID for a USB one, or leave it empty."));
    CHECK(page.logo_problem().isEmpty());
    CHECK(page.cash_limit_problem().isEmpty());

    page.printer_address()->setText(QStringLiteral("usb:04b8"));
    press(page, "save_settings");
    CHECK(page.printer_address_problem().startsWith(QStringLiteral("A USB printer is written usb:VID:PID")));

    // A text file named like a picture.
    const std::string text_file = t.dir.file("logo.png");
    std::ofstream(text_file) << "not a picture";
    page.printer_address()->setText(QStringLiteral("usb:04b8:0e15"));
    page.receipt_logo()->setText(QString::fromStdString(text_file));
    press(page, "save_settings");
    CHECK(page.printer_address_problem().isEmpty());
    CHECK(page.logo_problem() ==
          QString::fromStdString(text_file) + QStringLiteral(" is not a PNG picture Kassa can read."));
    CHECK(settings_in_file(t.path).printer_url.empty());

    // Above what any drawer holds: the store's own check, worded next to the field.
    page.receipt_logo()->clear();
    page.cash_limit()->setText(QStringLiteral("5000000"));
    press(page, "save_settings");
    CHECK(page.result().startsWith(
        QStringLiteral("Nothing was saved. The cash limit for the owner's PIN cannot")));
    CHECK(page.cash_limit_problem() == QStringLiteral("The limit must be from 0 to 1,000,000.00."));
    CHECK(settings_in_file(t.path).cash_movement_limit == Money::minor(5000));
}

TEST_CASE("VAT rates: each category's rate typed in the table, a country's preset, one product's own rate",
          "[ui][owner][vat]") {
    Desk t;
    ui::VatPage page(t.desk, t.format);
    QTableWidget* table = page.table();
    REQUIRE(table->rowCount() == 3);
    const int dresses = row_of(table, 0, QStringLiteral("dresses"));
    const int accessories = row_of(table, 0, QStringLiteral("accessories"));
    const int gifts = row_of(table, 0, QStringLiteral("gift_cards"));
    REQUIRE(dresses >= 0);
    REQUIRE(accessories >= 0);
    REQUIRE(gifts >= 0);
    CHECK(table->item(accessories, 1)->text() == QStringLiteral("2"));  // the scarf and the ribbon

    table->item(dresses, ui::VatPage::kRateColumn)->setText(QStringLiteral("24"));
    table->item(accessories, ui::VatPage::kRateColumn)->setText(QStringLiteral("13,5%"));
    table->item(gifts, ui::VatPage::kRateColumn)->setText(QStringLiteral("exempt"));
    press(page, "save_vat");
    CHECK(page.note() == QStringLiteral("Rates saved: 3."));
    {
        store::Store again(t.path, store::Database::Mode::open_existing);
        store::VatSettings vat(again);
        CHECK(vat.product_rate("DRESS-0412") == VatRate::bp(2400));
        CHECK(vat.product_rate("SCARF-01") == VatRate::bp(1350));
        CHECK(vat.product_rate("GIFT-50") == VatRate::exempt());
    }
    // The table reads back as the screen writes rates.
    CHECK(table->item(accessories, ui::VatPage::kRateColumn)->text() == QStringLiteral("13.5%"));
    CHECK(table->item(gifts, ui::VatPage::kRateColumn)->text() == QStringLiteral("exempt"));

    // A rate that cannot be read: nothing saved, the sentence names it and its category.
    table->item(dresses, ui::VatPage::kRateColumn)->setText(QStringLiteral("twenty"));
    table->item(accessories, ui::VatPage::kRateColumn)->setText(QStringLiteral("9"));
    press(page, "save_vat");
    CHECK(page.note() ==
          QStringLiteral("Nothing was saved. \"twenty\" for dresses is not a VAT rate: write a "
                         "percentage from 0 to 100 such as 24 or 25,5, or exempt."));
    CHECK(store::VatSettings(t.store).product_rate("SCARF-01") == VatRate::bp(1350));
    table->item(dresses, ui::VatPage::kRateColumn)->setText(QStringLiteral("120"));
    press(page, "save_vat");
    CHECK(page.note().startsWith(QStringLiteral("Nothing was saved. \"120\" for dresses")));

    // Finland's preset: its standard rate in every cell, saved when the owner says so.
    page.preset()->setCurrentIndex(page.preset()->findData(QStringLiteral("FI")));
    CHECK(page.preset()->currentText() == QStringLiteral("Finland"));
    CHECK(page.findChild<QLabel*>(QStringLiteral("vat_preset_rates"))
              ->text()
              .startsWith(QStringLiteral("25.5% standard")));
    press(page, "apply_vat_preset");
    CHECK(table->item(dresses, ui::VatPage::kRateColumn)->text() == QStringLiteral("25.5%"));
    CHECK(store::VatSettings(t.store).product_rate("DRESS-0412") == VatRate::bp(2400));  // not yet saved
    press(page, "save_vat");
    CHECK(page.note() == QStringLiteral("Rates saved: 3."));
    CHECK(store::VatSettings(t.store).product_rate("GIFT-50") == VatRate::bp(2550));

    // One product's own rate, then back to its category's.
    page.product_sku()->setText(QStringLiteral("SCARF-01"));
    page.product_rate()->setText(QStringLiteral("10"));
    press(page, "set_product_vat");
    CHECK(page.product_note() == QStringLiteral("SCARF-01 (Silk scarf) is sold at 10%."));
    CHECK(store::VatSettings(t.store).product_rate("SCARF-01") == VatRate::bp(1000));
    CHECK(store::VatSettings(t.store).product_rate("RIBBON") == VatRate::bp(2550));
    page.product_rate()->clear();
    press(page, "set_product_vat");
    CHECK(page.product_note() == QStringLiteral("SCARF-01 (Silk scarf) follows its category again: 25.5%."));
    CHECK(store::VatSettings(t.store).product_rate("SCARF-01") == VatRate::bp(2550));

    page.product_rate()->setText(QStringLiteral("ten"));
    press(page, "set_product_vat");
    CHECK(page.product_note().startsWith(QStringLiteral("\"ten\" is not a VAT rate")));
    page.product_sku()->setText(QStringLiteral("NO-SUCH-SKU"));
    page.product_rate()->setText(QStringLiteral("9"));
    press(page, "set_product_vat");
    CHECK(page.product_note() == QStringLiteral("There is no product with the SKU NO-SUCH-SKU."));
}

TEST_CASE("the shifts tab lists a closed shift with its Z figures and report, and prints it again",
          "[ui][owner][shift]") {
    Desk t;
    t.sell_dress_to_olga();
    store::Shifts shifts(t.store);
    const store::ShiftReport x = shifts.x_report(t.clock.now());
    store::CashCount counted;
    counted.total = x.expected_cash - Money::minor(150);  // 1.50 short
    t.clock.advance_seconds(3 * 3600);
    shifts.close(t.maria, counted, Money::minor(10000), t.clock.now());

    // A till with a receipt printer, the owner logged in, as the sale screen hands it to the desk.
    till::SessionSettings printing;
    printing.queue_receipts = true;
    till::TillSession session(t.store, t.rules, t.clock, printing);
    REQUIRE(session.log_in(t.maria, "1234").ok());
    till::ShiftDesk shift_desk(session);
    ui::ShiftsPage page(t.desk, t.format, &shift_desk);
    QTableWidget* table = page.table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("1"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("Anna, closed by Maria"));
    CHECK(table->item(0, column_of(table, QStringLiteral("Float")))->text() == QStringLiteral("100.00"));
    CHECK(table->item(0, column_of(table, QStringLiteral("Expected")))->text() ==
          t.format.money(x.expected_cash));
    CHECK(table->item(0, column_of(table, QStringLiteral("Counted")))->text() ==
          t.format.money(counted.total));
    CHECK(table->item(0, column_of(table, QStringLiteral("Over / short")))->text() ==
          QStringLiteral("-1.50"));
    CHECK(page.report().contains(QStringLiteral("Z report 1")));
    CHECK(page.report().contains(QStringLiteral("Boutique Liis")));
    const QStringList lines = page.report().split(QLatin1Char('\n'));
    const auto line_of = [&lines](const QString& start) {
        for (const QString& line : lines) {
            if (line.startsWith(start)) {
                return line;
            }
        }
        return QString();
    };
    CHECK(line_of(QStringLiteral("Over (+) / short (-)")).endsWith(QStringLiteral("-1.50")));
    CHECK(line_of(QStringLiteral("Counted")).endsWith(t.format.money(counted.total)));
    CHECK(line_of(QStringLiteral("Receipts")).endsWith(QStringLiteral("1")));

    CHECK(page.print_button()->text() == QStringLiteral("Print Z 1 again (copy)"));
    press(page, "print_shift_report");
    CHECK(page.note() == QStringLiteral("Z report 1 goes to the printer, marked COPY."));
    store::PrintQueue queue(t.store);
    REQUIRE_FALSE(queue.waiting().empty());
    CHECK(queue.waiting().back().kind == store::PrintJobKind::z_report);
    CHECK(queue.waiting().back().subject == "1");
    CHECK(queue.waiting().back().copy);

    // The next morning's shift is open: its X report as of now, printed on demand.
    shifts.open(t.anna, Money::minor(10000), parse_date("2026-11-26"), at("2026-11-26T09:00:00+02:00"));
    page.load();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("open"));
    CHECK(table->item(0, 2)->text().isEmpty());
    CHECK(page.report().contains(QStringLiteral("X report")));
    CHECK(page.print_button()->text() == QStringLiteral("Print the X report"));
    press(page, "print_shift_report");
    CHECK(page.note() == QStringLiteral("The X report goes to the printer."));
    CHECK(queue.waiting().back().kind == store::PrintJobKind::x_report);
    page.choose(1);
    CHECK(page.report().contains(QStringLiteral("Z report 1")));

    // A till without a receipt printer says so.
    ui::ShiftsPage office(t.desk, t.format, nullptr);
    press(office, "print_shift_report");
    CHECK(office.note() == QStringLiteral("No receipt printer is set up in the shop's settings."));
}

TEST_CASE("F11 shows the shifts and the VAT rates as tabs of the desk", "[ui][owner][shift][vat]") {
    Desk t;
    t.dialogs.then(expect<ui::OwnerPinDialog>([](ui::OwnerPinDialog& pin) {
        pin.pin_edit()->setText(QStringLiteral("1234"));
        return static_cast<int>(QDialog::Accepted);
    }));
    t.dialogs.then(expect<ui::OwnerWindow>([](ui::OwnerWindow& window) {
        CHECK(window.tabs()->indexOf(window.shifts()) >= 0);
        CHECK(window.tabs()->indexOf(window.vat()) >= 0);
        window.tabs()->setCurrentWidget(window.shifts());
        REQUIRE(window.shifts()->table()->rowCount() == 1);  // the shift Anna opened this morning
        CHECK(window.shifts()->table()->item(0, 0)->text() == QStringLiteral("open"));
        CHECK(window.vat()->table()->rowCount() == 3);
        return static_cast<int>(QDialog::Accepted);
    }));
    t.screen.action(ui::SaleScreen::Action::owner)->trigger();
    CHECK(t.dialogs.done());
}
