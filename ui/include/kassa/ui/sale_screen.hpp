#pragma once
// The sale screen: what the cashier looks at all day. It shows the till session's state (the basket with
// every discount's sentence, the totals, the customer panel, the engine's hints and rejections, the last
// notice) and forwards the cashier's keys to the session. It decides nothing itself: after every action it
// redraws from the session, so what is on the screen is always what the session (and the engine's quote)
// says.
//
// Keyboard first: the input line keeps the focus after every action; Enter on it is a typed scan; every
// action has an F-key shown on its button.
//
// Threading rule: GUI thread only. Scans from devices read on other threads must arrive through a queued
// signal connected to scan() (see app/kassa/main.cpp, "Devices").

#include <QCameraDevice>
#include <QList>
#include <QMainWindow>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

#include "kassa/central/sync_runner.hpp"
#include "kassa/till/owner_desk.hpp"
#include "kassa/till/session.hpp"
#include "kassa/till/shift_desk.hpp"
#include "kassa/ui/company_page.hpp"
#include "kassa/ui/dialog_runner.hpp"
#include "kassa/ui/formatter.hpp"

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;
class QPushButton;
class QGroupBox;
class QDialog;
class QTimer;

namespace kassa::ui {

class DeviceRoster;

class SaleScreen : public QMainWindow {
    Q_OBJECT

  public:
    // The session and the formatter must outlive the screen.
    SaleScreen(till::TillSession& session, const Formatter& format, QWidget* parent = nullptr);
    ~SaleScreen() override;

    // Tests replace QDialog::exec with a runner that fills the dialog in and closes it synchronously.
    void set_dialog_runner(DialogRunner runner);

    // The actions, by the key that triggers them (tests press the key or trigger the action).
    enum class Action {
        quantity,      // F2
        find_product,  // F3
        customer,      // F4
        coupon,        // F5
        redeem,        // F6
        enrol,         // F7
        return_goods,  // F8
        hold,          // F9
        cancel,        // F10
        pay,           // F12
        remove_line,   // Del
        owner,         // F11: the owner's desk (settings, whom to call, reports)
        card,          // F1: the customer card of the customer on the panel
        camera,        // Ins: read a card or a phone's QR code with the camera
        shift,         // Ctrl+F10: the shift (open it, cash in and out, X, no sale, close with Z)
    };
    [[nodiscard]] QAction* action(Action which) const;

    [[nodiscard]] QLineEdit* input() const { return input_; }
    [[nodiscard]] const std::optional<till::Notice>& last_notice() const { return last_notice_; }
    // The basket line the line actions (quantity, remove) apply to: the selected one, else the last one.
    [[nodiscard]] std::optional<std::size_t> current_line() const;
    void select_line(std::size_t line);

    // How the owner's desk is made once the owner's PIN approved it (the app wires the store, rules, clock
    // and zone); without it F11 says the desk is not available on this till.
    using OwnerDeskFactory = std::function<std::unique_ptr<till::OwnerDesk>(const std::string& owner_id)>;
    void set_owner_desk_factory(OwnerDeskFactory factory);
    // What the owner's settings list as the till's scanners and card readers (the app's roster; it must
    // outlive the screen). Without it the list says only how keyboard scanners are read.
    void set_device_roster(const DeviceRoster* roster) { device_roster_ = roster; }
    // The cameras the till may read with (the app: QMediaDevices::videoInputs()); without it the camera
    // action says there is none. A null QCameraDevice in the list opens the camera dialog without opening a
    // camera (tests feed its reader).
    using CameraList = std::function<QList<QCameraDevice>()>;
    void set_camera_list(CameraList cameras) { cameras_ = std::move(cameras); }
    // The till's background sync with the office database (the app's central::SyncRunner): where it stands,
    // read every second for the office line under the input (a copy under the runner's mutex, never a
    // wait), and how to wake it once a sale, a return or an enrolment is committed. Without it (a till that
    // did not join) the line stays hidden.
    // company_report, when set, reads the whole company's figures from the office (on a worker thread of
    // the owner's desk, company_page.hpp): the desk's reports show them beside the shop's own.
    struct OfficeSync {
        std::function<central::SyncStatus()> status;
        std::function<void()> wake;
        CompanyPage::Fetch company_report = {};
    };
    void set_office_sync(OfficeSync sync);

  signals:
    // The owner saved another language for the till (en, ru, et): the app reloads translations and screen.
    void language_changed(const QString& code);
    // The session said nobody is logged in (or the cashier asked to change): the app shows its login.
    void login_requested();
    // The owner saved another scanner timing in the settings: the app gives it to the wedge filter.
    void scanner_timing_changed();
    // The owner saved another interval for the office sync: the app gives it to the background sync.
    void sync_interval_changed(int seconds);
    // Something may have gone into the print queue (a sale, a return, a shift's report or the drawer): the
    // app's receipt printer takes it at once instead of at its next look.
    void print_queued();

  public slots:
    // A scan from a device or the wedge filter: the same path as a typed text and Enter.
    void scan(const QString& text, kassa::till::ScanSource source);
    // Shows something the session did outside the screen's own actions (a recovered basket at start).
    void show_notice(const kassa::till::Notice& notice);
    // A device's error for the cashier ("swipe again"), already a sentence.
    void show_device_error(const QString& sentence);
    // A device is fine again ("Printer: ready."), already a sentence.
    void show_device_status(const QString& sentence);
    // Redraws everything from the session (also after a login or a recovered basket).
    void refresh();

    void change_quantity();
    void find_product();
    void find_customer();
    void enter_coupon();
    void redeem_points();
    void enrol_customer();
    void start_return();
    // The owner's PIN, then the return without a receipt (also F4 in the return dialog).
    void start_return_without_receipt();
    void hold_or_resume();
    void cancel_basket();
    void pay();
    void remove_line();
    void open_owner_desk();
    void open_customer_card();
    // The camera dialog; what it reads is a scan from the camera (a card, a receipt, a product).
    void read_with_camera();
    // Opens the shift when none is open (the float dialog), or says that a shift from an earlier day goes on
    // until its Z report. The app calls it after each login; a sale refused for want of a shift calls it too.
    void ensure_shift();
    // Ctrl+F10: the open-shift dialog when no shift is open, else the shift's X report and actions.
    void open_shift_dialog();
    // "Goes well with ...": up to three products for the last line added, with the promotion they would
    // trigger. Called after a product is added, once the totals are drawn.
    void show_suggestions();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private slots:
    void submit_input();

  private:
    // Shows what an action did and follows up when the session asks for more (a weight, a return).
    void handle(const till::Notice& notice, const QString& scanned = {});
    void show_status(const QString& sentence, bool ok);
    // Runs `act` with an empty owner PIN, then asks for the PIN as long as the session wants it.
    till::Notice with_owner_pin(const QString& why,
                                const std::function<till::Notice(const std::string&)>& act);
    int run(QDialog& dialog);
    // The return dialog; its "No receipt" choice goes on to start_return_without_receipt().
    void run_return_dialog();
    void ask_weight(const std::string& product_name, const QString& scanned);
    void add_with_quantity(const store::Product& product);
    void show_receipt();
    void refresh_lines();
    void refresh_totals();
    void refresh_customer();
    void refresh_messages();
    void refresh_office();
    QAction* make_action(Action which, const QString& text, const QKeySequence& key,
                         void (SaleScreen::*slot)());

    till::TillSession& session_;
    const Formatter& format_;
    std::unique_ptr<till::ShiftDesk> shift_desk_;
    DialogRunner runner_;
    OwnerDeskFactory owner_desk_factory_;
    const DeviceRoster* device_roster_ = nullptr;
    CameraList cameras_;
    OfficeSync office_sync_;
    std::optional<till::Notice> last_notice_;
    std::optional<std::size_t> selected_;
    bool show_change_ = false;  // the last sale's change stays on the screen until the next basket starts

    QLineEdit* input_ = nullptr;
    QTreeWidget* lines_ = nullptr;
    QListWidget* messages_ = nullptr;
    QLabel* suggestions_ = nullptr;
    QLabel* remember_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* cashier_ = nullptr;
    QLabel* office_ = nullptr;
    QLabel* rules_ = nullptr;  // a newer rules version taken up: said for the whole basket it prices
    QTimer* office_timer_ = nullptr;
    QGroupBox* customer_box_ = nullptr;
    QLabel* greeting_ = nullptr;
    QLabel* balance_ = nullptr;
    QLabel* pending_ = nullptr;
    QLabel* tier_ = nullptr;
    QLabel* stamps_ = nullptr;
    QLabel* birthday_ = nullptr;
    QLabel* expiring_ = nullptr;
    QLabel* consent_ = nullptr;
    QLabel* gross_ = nullptr;
    QLabel* discount_ = nullptr;
    QLabel* redeemed_ = nullptr;
    QLabel* payable_ = nullptr;
    QLabel* points_ = nullptr;
    QLabel* change_ = nullptr;
    std::vector<QAction*> actions_;
};

}  // namespace kassa::ui
