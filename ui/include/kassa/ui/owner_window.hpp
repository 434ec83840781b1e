#pragma once
// The owner's desk at the till (F11, owner's PIN): the shop's settings (with the receipt printer and the
// cash limit), the VAT rates, the shifts with their X and Z reports, the outreach lists with phone numbers
// and a "called" tick, the reports with a chart, each saved as CSV (and the report's chart as PNG), and the
// conflicts several tills' syncs found (conflicts_page.hpp).
// Everything shown comes from till::OwnerDesk; the pages only lay it out and hand back what was typed.
//
// Threading rule: GUI thread only, like every widget.

#include <QDialog>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <string>

#include "kassa/core/vat.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/reports.hpp"
#include "kassa/till/owner_desk.hpp"
#include "kassa/till/shift_desk.hpp"
#include "kassa/ui/company_page.hpp"
#include "kassa/ui/formatter.hpp"

class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace kassa::ui {
class ConflictsPage;
class DeviceRoster;
class RulesEditorPage;
}  // namespace kassa::ui

namespace kassa::ui {

// A report's or list's column title and a cell as the owner reads them (money in the shop's locale, basis
// points as percent, dates as the screen writes them, a list's phones as dialled from the shop, its consent
// channels, Kassa's own keys and segments in words, cashiers by name). Shared by the lists and the reports
// pages.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(kassa::ui::ReportText)

  public:
    static QString column_title(const std::string& column);
    static QString report_title(const std::string& report);
    static QString list_title(const std::string& list);
    // `phone_country` is the shop's (OutreachView::phone_country): the "phone" column's numbers are shown
    // with store::phone_for_people, nationally for that country (internationally when it is empty).
    // `cashiers` (id -> name, OwnerDesk::cashier_names) names who recorded a row; an id it lacks (an
    // account that is gone, a tool) is shown as it is.
    static QString cell(const store::ReportColumn& column, const store::ReportCell& cell,
                        const Formatter& format, const std::string& phone_country = {},
                        const std::map<std::string, std::string>& cashiers = {});
    // Why a table is empty (the store's typed note) as a sentence; `program_name` is the name of the note's
    // programme (its id is shown when it is empty).
    static QString note(const store::ReportNote& note, const Formatter& format,
                        const QString& program_name = {});
    // A consent as a list or a card names it: "SMS", "e-mail", "personal data".
    static QString channel(store::ConsentKind kind);
    // What was done about a complaint, as the complaints report and the customer card name it.
    static QString resolution(store::ComplaintResolution resolution);
    // A segment as the owner reads it: the ones Kassa computes (kassa::computed_segment_names) in words, the
    // owner's own as she wrote them.
    static QString segment(const std::string& name);
};

// A what-if as a table the owner reads: discount cost, points issued and sales before discounts, under the
// current rules, the other rules, and the change (the rules history's preview and the editor's).
void fill_what_if(QTableWidget* table, const store::WhatIf& what_if, const Formatter& format);

class SettingsPage : public QWidget {
    Q_OBJECT

  public:
    // `devices` (may be null: a till without a device bridge) must outlive the page, like `format`.
    SettingsPage(till::OwnerDesk& desk, const Formatter& format, const DeviceRoster* devices = nullptr,
                 QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* shop_name() const { return name_; }
    [[nodiscard]] QComboBox* time_zone() const { return zone_; }
    [[nodiscard]] QComboBox* phone_country() const { return phone_country_; }
    [[nodiscard]] QComboBox* language() const { return language_; }
    [[nodiscard]] QPlainTextEdit* receipt_header() const { return header_; }
    [[nodiscard]] QSpinBox* scanner_gap() const { return scanner_gap_; }
    [[nodiscard]] QSpinBox* scanner_min_length() const { return scanner_min_length_; }
    [[nodiscard]] QCheckBox* tab_ends_scan() const { return tab_ends_scan_; }
    // Seconds between two syncs with the office database (a till that joined one; docs/sync.md).
    [[nodiscard]] QSpinBox* sync_interval() const { return sync_interval_; }
    // One row per scanner or card reader the till knows of, with its state; the first says how scanners
    // typing as a keyboard are read.
    [[nodiscard]] QListWidget* devices() const { return devices_; }
    // The receipt printer: tcp://HOST:PORT or usb:VID:PID, empty for the office printer's dialog.
    [[nodiscard]] QLineEdit* printer_address() const { return printer_url_; }
    [[nodiscard]] QComboBox* printer_profile() const { return printer_profile_; }
    [[nodiscard]] QLineEdit* receipt_logo() const { return logo_; }
    [[nodiscard]] QComboBox* drawer_pin() const { return drawer_pin_; }
    // Cash in or out above this needs the owner's PIN; typed in the shop's locale.
    [[nodiscard]] QLineEdit* cash_limit() const { return cash_limit_; }
    // The sentences next to the printer address, the logo and the cash limit; empty when it is right.
    [[nodiscard]] QString printer_address_problem() const;
    [[nodiscard]] QString logo_problem() const;
    [[nodiscard]] QString cash_limit_problem() const;
    // What the last save said: "Saved." or why nothing was saved.
    [[nodiscard]] QString result() const;

  signals:
    // The owner chose another language for the till: the app reloads the translations and the screen.
    void language_changed(const QString& code);
    // The owner saved another scanner timing: the app hands it to the wedge filter at once.
    void scanner_timing_changed();
    // The owner saved another sync interval: the app hands it to the background sync at once.
    void sync_interval_changed(int seconds);

  public slots:
    void load();
    void save();
    void show_devices();
    void find_usb_printers();  // fills the address with the first USB printer-class device plugged in

  private:
    // The sentences for what is wrong with the typed timing; empty when it can be saved.
    [[nodiscard]] QStringList timing_problems(const store::ScannerTiming& timing) const;
    // A sentence for each thing wrong with the typed settings (the desk's check or the store's refusal).
    [[nodiscard]] QStringList issue_sentences(const std::vector<store::SettingsIssue>& issues) const;
    // Reads the printer fields into `settings`, saying next to each field what is wrong with it; false when
    // something is.
    bool read_printer(store::ShopSettings& settings);
    void choose_logo();

    till::OwnerDesk& desk_;
    const Formatter& format_;
    const DeviceRoster* roster_;
    QLineEdit* name_;
    QLabel* currency_;
    QComboBox* zone_;
    QComboBox* phone_country_;
    QComboBox* language_;
    QPlainTextEdit* header_;
    QSpinBox* scanner_gap_;
    QSpinBox* scanner_min_length_;
    QCheckBox* tab_ends_scan_;
    QSpinBox* sync_interval_;
    QListWidget* devices_;
    QLineEdit* printer_url_;
    QLabel* printer_url_problem_;
    QComboBox* printer_profile_;
    QLineEdit* logo_;
    QLabel* logo_problem_;
    QComboBox* drawer_pin_;
    QLineEdit* cash_limit_;
    QLabel* cash_limit_problem_;
    QLabel* result_;
};

// The shop's VAT rates (docs/vat.md): each category's rate in a table typed over in place, a country's
// preset to start from, and one product's own rate by its SKU. Rates are written as the owner says them:
// "24", "25,5", "exempt" (in the screen's language).
class VatPage : public QWidget {
    Q_OBJECT

  public:
    VatPage(till::OwnerDesk& desk, const Formatter& format, QWidget* parent = nullptr);

    // Category, products in it, rate (editable). The category's name is the first item's data.
    [[nodiscard]] QTableWidget* table() const { return table_; }
    static constexpr int kRateColumn = 2;
    [[nodiscard]] QComboBox* preset() const { return preset_; }
    [[nodiscard]] QLineEdit* product_sku() const { return sku_; }
    [[nodiscard]] QLineEdit* product_rate() const { return product_rate_; }
    [[nodiscard]] QString note() const;
    [[nodiscard]] QString product_note() const;

    // "24%", "25,5%", "exempt": a rate as the screen writes it; parse_rate reads that back, and also what
    // kassactl takes ("25.5", "exempt"); nullopt for anything else.
    static QString rate_text(VatRate rate, const Formatter& format);
    static std::optional<VatRate> parse_rate(const QString& typed);

  public slots:
    void load();
    // Puts the chosen country's standard rate in every category's cell; nothing is saved until save().
    void apply_preset();
    // Saves every category's rate, or nothing when one cannot be read.
    void save();
    // Gives the product its own rate; an empty rate lets it follow its category again.
    void set_product_rate();

  private:
    void show_preset_rates();

    till::OwnerDesk& desk_;
    const Formatter& format_;
    QTableWidget* table_;
    QComboBox* preset_;
    QLabel* preset_rates_;
    QLabel* note_;
    QLineEdit* sku_;
    QLineEdit* product_rate_;
    QLabel* product_note_;
};

// The shifts, newest first: who opened and closed each, the float, the cash expected and counted, over or
// short, the Z number; the chosen one's report as printed (the open shift's X as of now, a closed one's Z
// as it was closed), and printing it through the till's receipt printer queue.
class ShiftsPage : public QWidget {
    Q_OBJECT

  public:
    // `printing` (may be null: no printing from here) must outlive the page.
    ShiftsPage(till::OwnerDesk& desk, const Formatter& format, till::ShiftDesk* printing,
               QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] QString report() const;
    [[nodiscard]] QPushButton* print_button() const { return print_; }
    [[nodiscard]] QString note() const;
    // Shows the report of the shift in row `row`.
    void choose(int row);

  public slots:
    void load();
    // The open shift's X report, or the chosen Z again marked COPY.
    void print();

  private:
    // The Z number of the chosen row; nullopt for the open shift (or no row).
    [[nodiscard]] std::optional<std::int64_t> chosen_z() const;

    till::OwnerDesk& desk_;
    const Formatter& format_;
    till::ShiftDesk* printing_;
    QTableWidget* table_;
    QPlainTextEdit* report_;
    QPushButton* print_;
    QLabel* note_;
};

class ListsPage : public QWidget {
    Q_OBJECT

  public:
    ListsPage(till::OwnerDesk& desk, const Formatter& format, QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* list() const { return list_; }
    [[nodiscard]] QSpinBox* days() const { return days_; }
    [[nodiscard]] QComboBox* program() const { return program_; }
    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] QString note() const;
    // The column of the "called" ticks is 0; the customer id of a row is its item's data.
    static constexpr int kCalledColumn = 0;
    // The list as CSV (the same file `kassactl lists NAME` writes) to `path`; false with the note set when
    // the file cannot be written.
    bool save_csv(const QString& path);

  public slots:
    void show_list();

  private slots:
    void tick_changed(int row, int column);

  private:
    void save_csv_as();

    till::OwnerDesk& desk_;
    const Formatter& format_;
    QComboBox* list_;
    QSpinBox* days_;
    QComboBox* program_;
    QTableWidget* table_;
    QLabel* note_;
    std::string shown_list_;
    std::optional<store::ReportTable> shown_;
    bool filling_ = false;  // the table is being filled: its item changes are not the owner's ticks
};

class ReportsPage : public QWidget {
    Q_OBJECT

  public:
    ReportsPage(till::OwnerDesk& desk, const Formatter& format, QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* report() const { return report_; }
    [[nodiscard]] QDateEdit* from() const { return from_; }
    [[nodiscard]] QDateEdit* to() const { return to_; }
    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] QChartView* chart() const { return chart_; }
    [[nodiscard]] QString note() const;
    [[nodiscard]] const std::optional<store::ReportTable>& shown() const { return shown_; }
    bool save_csv(const QString& path);
    bool save_png(const QString& path);
    // The whole company's figures as a second view beside the shop's own reports, for a till that joined an
    // office database (company_page.hpp). Once; returns the view.
    CompanyPage* add_company_view(CompanyPage::Fetch fetch);
    // The company view; null for a till that did not join.
    [[nodiscard]] CompanyPage* company() const { return company_; }
    [[nodiscard]] QTabWidget* views() const { return views_; }

  public slots:
    void show_report();

  private:
    void draw_chart(const store::ReportTable& table);
    void save_csv_as();
    void save_png_as();

    till::OwnerDesk& desk_;
    const Formatter& format_;
    QComboBox* report_;
    QDateEdit* from_;
    QDateEdit* to_;
    QTableWidget* table_;
    QChartView* chart_;
    QLabel* note_;
    std::optional<store::ReportTable> shown_;
    QTabWidget* views_;
    CompanyPage* company_ = nullptr;
};

// The rules' history: who saved which version when and what it changed; for a chosen version, what going
// back to it would change and what it would have done to the last 30 days' receipts; then restore it.
class RulesPage : public QWidget {
    Q_OBJECT

  public:
    RulesPage(till::OwnerDesk& desk, const Formatter& format, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* versions() const { return versions_; }
    [[nodiscard]] QString changes() const;
    [[nodiscard]] QTableWidget* preview_table() const { return preview_; }
    [[nodiscard]] QString note() const;
    // Picks the version shown in row `row` of the history (newest first).
    void choose(int row);

  signals:
    // An earlier version was saved again as the newest.
    void restored();

  public slots:
    void load();
    void show_preview();
    void restore();

  private:
    [[nodiscard]] std::optional<std::int64_t> chosen() const;

    till::OwnerDesk& desk_;
    const Formatter& format_;
    QTableWidget* versions_;
    QLabel* changes_;
    QTableWidget* preview_;
    QLabel* note_;
};

class OwnerWindow : public QDialog {
    Q_OBJECT

  public:
    // `devices` may be null (no device bridge), `shift_desk` too (the shifts are shown, not printed); both
    // must outlive the window.
    OwnerWindow(till::OwnerDesk& desk, const Formatter& format, const DeviceRoster* devices = nullptr,
                till::ShiftDesk* shift_desk = nullptr, QWidget* parent = nullptr);

    [[nodiscard]] QTabWidget* tabs() const { return tabs_; }
    [[nodiscard]] SettingsPage* settings() const { return settings_; }
    [[nodiscard]] VatPage* vat() const { return vat_; }
    [[nodiscard]] ShiftsPage* shifts() const { return shifts_; }
    [[nodiscard]] ListsPage* lists() const { return lists_; }
    [[nodiscard]] ReportsPage* reports() const { return reports_; }
    [[nodiscard]] RulesPage* rules() const { return rules_; }
    [[nodiscard]] RulesEditorPage* editor() const { return editor_; }
    [[nodiscard]] ConflictsPage* conflicts() const { return conflicts_; }

  signals:
    void language_changed(const QString& code);
    void scanner_timing_changed();
    void sync_interval_changed(int seconds);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    QTabWidget* tabs_;
    SettingsPage* settings_;
    VatPage* vat_;
    ShiftsPage* shifts_;
    ListsPage* lists_;
    ReportsPage* reports_;
    RulesPage* rules_;
    RulesEditorPage* editor_;
    ConflictsPage* conflicts_;
};

}  // namespace kassa::ui
