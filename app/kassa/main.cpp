// kassa: the till. Wiring only: open the shop (kassa::till::open_shop: its file, settings, rules and time
// zone), make the till session, then the login and the sale screen. Everything the cashier sees lives in
// kassa::ui, everything it decides in kassa::till.
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMediaDevices>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>
#include <QWindow>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

#include "kassa/central/company_report.hpp"
#include "kassa/central/sync_runner.hpp"
#include "kassa/core/messages.hpp"
#include "kassa/drivers/libusb_transport.hpp"
#include "kassa/store/scanner_settings.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"
#include "kassa/store/sync_log.hpp"
#include "kassa/sys/system_clock.hpp"
#include "kassa/till/owner_desk.hpp"
#include "kassa/till/session.hpp"
#include "kassa/till/shop.hpp"
#include "kassa/ui/device_bridge.hpp"
#include "kassa/ui/device_roster.hpp"
#include "kassa/ui/dialog_runner.hpp"
#include "kassa/ui/formatter.hpp"
#include "kassa/ui/login_dialog.hpp"
#include "kassa/ui/notice_text.hpp"
#include "kassa/ui/receipt_printer.hpp"
#include "kassa/ui/sale_screen.hpp"
#include "kassa/ui/shop_refusal_text.hpp"
#include "kassa/ui/style.hpp"
#include "kassa/ui/wedge_filter.hpp"

namespace {

// The context of main's sentences for Qt Linguist.
class Main {
    Q_DECLARE_TR_FUNCTIONS(kassa::Main)
};

int refuse(const QString& sentence) {
    QMessageBox::critical(nullptr, Main::tr("Kassa cannot start"), sentence);
    return 2;
}

// The UI's translations: Qt's own (button boxes, the print dialog) and Kassa's, next to the executable
// (build tree), in ../share/kassa/translations (installed), or compiled in as :/i18n. Installing another
// language takes the previous one's translators out first (the owner's settings switch the language).
void install_translations(QApplication& app, kassa::Language language) {
    static std::vector<QTranslator*> installed;
    for (QTranslator* old : installed) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installed.clear();
    const QString code = QString::fromLatin1(kassa::to_string(language).data(),
                                             static_cast<qsizetype>(kassa::to_string(language).size()));
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    installed.push_back(qt);
    const QString dir = QCoreApplication::applicationDirPath();
    auto* own = new QTranslator(&app);
    for (const QString& where :
         {dir + QStringLiteral("/translations"), dir + QStringLiteral("/../share/kassa/translations"),
          QStringLiteral(":/i18n")}) {
        if (own->load(QStringLiteral("kassa_") + code, where)) {
            QCoreApplication::installTranslator(own);
            break;
        }
    }
    installed.push_back(own);
    QLocale::setDefault(kassa::ui::Formatter::locale_for(language));
}

// The language of the computer's locale when the till speaks it (before the shop's own setting is read).
kassa::Language locale_language() {
    switch (QLocale::system().language()) {
        case QLocale::Russian:
            return kassa::Language::ru;
        case QLocale::Estonian:
            return kassa::Language::et;
        default:
            return kassa::Language::en;
    }
}

// ---- Devices --------------------------------------------------------------------------------------------
// Scanners and card readers claimed through libusb (known vendors, or a HID POS / card-reader descriptor)
// reach the sale screen through the device bridge's queued signals. Without USB support (a container, a
// test machine) the till still works with keyboard-wedge scanners through the wedge filter.
std::unique_ptr<kassa::drivers::LibusbTransport> open_usb(kassa::ui::DeviceRoster& roster) {
    try {
        return std::make_unique<kassa::drivers::LibusbTransport>();
    } catch (const std::exception& e) {
        qWarning("kassa: no USB devices: %s", e.what());
        roster.set_usb_problem(Main::tr("USB scanners and card readers cannot be read on this computer (%1); "
                                        "scanners typing like a keyboard still work.")
                                   .arg(QString::fromLocal8Bit(e.what())));
        return nullptr;
    }
}

// The owner's scanner timing (shop settings) as the wedge filter reads it.
// A file that cannot be read now leaves the defaults: scans keep working, and the failure shows elsewhere.
kassa::drivers::WedgeTimingSettings wedge_timing(kassa::store::Store& store) {
    kassa::store::ScannerTiming saved;
    try {
        saved = kassa::store::scanner_timing(store);
    } catch (const kassa::store::StoreError& e) {
        qWarning("kassa: scanner timing not read, the defaults apply: %s", e.what());
    }
    kassa::drivers::WedgeTimingSettings timing;
    timing.max_gap = std::chrono::milliseconds(saved.max_gap_ms);
    timing.min_length = static_cast<std::size_t>(saved.min_length);
    timing.tab_ends_scan = saved.tab_ends_scan;
    return timing;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kassa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KASSA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Kassa: the till of a shop with a loyalty programme"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db_option(QStringLiteral("db"),
                                       Main::tr("The shop's file (made by kassactl db init or demo)."),
                                       Main::tr("PATH"));
    const QCommandLineOption till_option(QStringLiteral("till"), Main::tr("This till's id (default till-1)."),
                                         Main::tr("ID"), QStringLiteral("till-1"));
    const QCommandLineOption language_option(
        QStringLiteral("language"), Main::tr("The screen's language: en, ru or et (default: the shop's)."),
        Main::tr("LANG"));
    const QCommandLineOption fullscreen_option(
        QStringLiteral("fullscreen"),
        Main::tr("Fill the whole screen (the kiosk session of a dedicated till)."));
    parser.addOptions({db_option, till_option, language_option, fullscreen_option});
    parser.process(app);
    kassa::ui::apply_till_style(app);

    // The translator comes first: a shop that cannot be opened is explained in the language of the person at
    // the till (--language, else the computer's), and the shop's own language takes over once it is read.
    const std::optional<kassa::Language> asked =
        parser.isSet(language_option)
            ? kassa::language_from_string(parser.value(language_option).toStdString())
            : std::nullopt;
    kassa::Language language = asked.value_or(locale_language());
    install_translations(app, language);
    if (parser.isSet(language_option) && !asked) {
        return refuse(Main::tr("Unknown language %1: use en, ru or et.").arg(parser.value(language_option)));
    }

    const QString db_path = parser.value(db_option);
    if (db_path.isEmpty()) {
        return refuse(
            Main::tr("Start Kassa with the shop's file: kassa --db PATH.\n"
                     "A demo shop is made with: kassactl demo --db PATH"));
    }
    kassa::till::ShopOpening opening = kassa::till::open_shop(db_path.toStdString());
    if (const auto* problem = std::get_if<kassa::till::ShopProblem>(&opening)) {
        qWarning("kassa: the shop did not open: %s %s", kassa::till::shop_problem_name(problem->kind).data(),
                 problem->detail.c_str());
        return refuse(kassa::ui::ShopRefusalText::sentence(*problem));
    }
    kassa::till::Shop& opened = std::get<kassa::till::Shop>(opening);
    kassa::store::Store* const store = opened.store.get();
    const kassa::store::ShopSettings& shop = opened.settings;
    const kassa::CompiledRules* const compiled = &*opened.rules;
    const std::shared_ptr<const kassa::TimeZone> zone = opened.zone;
    const std::string currency = compiled->rules().currency;

    if (!asked) {
        const kassa::Language shop_language =
            kassa::language_from_string(shop.language).value_or(compiled->rules().language);
        if (shop_language != language) {
            language = shop_language;
            install_translations(app, language);
        }
    }

    const kassa::sys::SystemClock clock;
    kassa::till::SessionSettings settings;
    settings.till_id = parser.value(till_option).toStdString();
    settings.language = language;
    settings.currency_digits = compiled->currency_digits();
    settings.currency = currency;
    settings.shop_name = shop.name;
    settings.receipt_header = shop.receipt_header;
    // With a receipt printer every sale and return queues its receipt in its own transaction
    // (docs/printing.md).
    settings.queue_receipts = !shop.printer_url.empty();
    settings.rules_version = opened.rules_version;
    kassa::till::TillSession session(*store, *compiled, clock, settings);
    const bool recovered = session.recover();

    // A till that joined an office database syncs in the background on its own connection to the shop file
    // (docs/sync.md); the sale screen shows where it stands and wakes it after each sale. A single till
    // starts nothing. Declared after the clock and before the screens: it stops (and joins its thread)
    // before the clock goes, and after the screens that read it.
    kassa::central::SyncRunnerOptions office_options;
    office_options.interval = std::chrono::seconds(shop.sync_interval_seconds);
    kassa::central::SyncRunner office(db_path.toStdString(), clock, office_options);
    if (office.start()) {
        qInfo("kassa: office sync every %d s", shop.sync_interval_seconds);
    }

    // A shop's first start: nobody can log in before the owner's account exists.
    try {
        while (store->staff().cashiers().empty()) {
            kassa::ui::FirstOwnerDialog first;
            if (first.exec() != QDialog::Accepted) {
                return 0;
            }
            try {
                store->staff().add_cashier(first.name(), kassa::store::Role::owner, first.pin(),
                                           kassa::store::Actor{"setup"}, clock.now());
            } catch (const kassa::store::StoreError& e) {
                QMessageBox::warning(nullptr, Main::tr("The owner's account"),
                                     kassa::ui::NoticeText::store_error(e));
            }
        }
        kassa::ui::LoginDialog login(session, store->staff().cashiers());
        // "Ready" is the login on the screen: the cold-start figure, and the end-to-end test's cue.
        QTimer::singleShot(0, &login, [] { qInfo("kassa: ready"); });
        if (login.exec() != QDialog::Accepted) {
            return 0;
        }
        qInfo("kassa: logged_in");
    } catch (const kassa::store::StoreError& e) {
        return refuse(kassa::ui::NoticeText::store_error(e));
    }

    // The sale screen and what feeds it. The owner may switch the language in the settings: then the screen
    // is built again in it, with the same session (the basket and the logged-in cashier stay). The roster of
    // devices comes first: the screen keeps a pointer to it.
    kassa::ui::DeviceRoster roster;
    std::unique_ptr<kassa::ui::Formatter> format;
    std::unique_ptr<kassa::ui::SaleScreen> screen;
    const auto usb = open_usb(roster);
    std::unique_ptr<kassa::ui::DeviceBridge> devices;
    if (usb) {
        devices = std::make_unique<kassa::ui::DeviceBridge>(*usb, kassa::drivers::ManagerSettings{});
        QObject::connect(devices.get(), &kassa::ui::DeviceBridge::device_status, &roster,
                         &kassa::ui::DeviceRoster::update);
    }
    // The receipt printer of the shop's settings; a wrong URL or profile is said at the first screen and the
    // till sells on (the preview prints through the desktop's dialog).
    std::unique_ptr<kassa::ui::ReceiptPrinter> printer;
    std::optional<kassa::ui::ReceiptPrinter::SetupProblem> printer_problem;
    if (!shop.printer_url.empty()) {
        kassa::ui::ReceiptPrinter::Setup setup;
        setup.url = shop.printer_url;
        setup.profile = shop.printer_profile;
        setup.logo = shop.receipt_logo;
        setup.drawer_pin = shop.drawer_pin == "5" ? kassa::DrawerPin::pin5 : kassa::DrawerPin::pin2;
        printer = kassa::ui::ReceiptPrinter::create(session, setup, &printer_problem);
    }
    std::function<void(kassa::Language)> build_screen;
    build_screen = [&](kassa::Language shown_in) {
        format = std::make_unique<kassa::ui::Formatter>(shown_in, compiled->currency_digits(),
                                                        QString::fromStdString(currency), zone);
        screen = std::make_unique<kassa::ui::SaleScreen>(session, *format);
        kassa::ui::SaleScreen* s = screen.get();
        kassa::ui::CompanyPage::Fetch company_report;
        if (const auto membership = kassa::store::SyncLog(*store).membership()) {
            // The owner's desk reads the whole company with the till's own login (row-level security shows
            // it its company only), on a connection of its own made on the desk's worker thread.
            const kassa::central::Address address{membership->central_url, membership->password_file};
            company_report = [address, zone](const kassa::central::CompanyPeriod& period) {
                kassa::central::Central office_db(address);
                return kassa::central::company_report(office_db, "", period, *zone);
            };
        }
        s->set_office_sync(
            {[&office] { return office.status(); }, [&office] { office.wake(); }, company_report});
        s->set_owner_desk_factory([&](const std::string& owner_id) {
            return std::make_unique<kassa::till::OwnerDesk>(*store, compiled->rules(), clock, zone, owner_id);
        });
        QObject::connect(s, &kassa::ui::SaleScreen::login_requested, s, [&session, &store, s] {
            kassa::ui::LoginDialog login(session, store->staff().cashiers(), s);
            login.exec();
            s->refresh();
            s->ensure_shift();
        });
        // Queued: the old screen is still inside its F11 handler when it says so.
        QObject::connect(
            s, &kassa::ui::SaleScreen::language_changed, &app,
            [&](const QString& code) {
                const auto chosen = kassa::language_from_string(code.toStdString());
                if (!chosen) {
                    return;
                }
                install_translations(app, *chosen);
                session.set_language(*chosen);
                const bool full = screen->isFullScreen();
                // The old screen goes on the next turn of the loop (it may still have a queued call), and its
                // formatter with it, not before.
                std::shared_ptr<kassa::ui::Formatter> old_format(std::move(format));
                kassa::ui::SaleScreen* old = screen.release();
                old->hide();
                QObject::connect(old, &QObject::destroyed, [old_format] {});
                old->deleteLater();
                build_screen(*chosen);
                if (full) {
                    screen->showFullScreen();
                } else {
                    screen->resize(1024, 768);
                    screen->show();
                }
                screen->activateWindow();
                qInfo("kassa: language %s", qPrintable(code));
            },
            Qt::QueuedConnection);
        if (printer) {
            QObject::connect(s, &kassa::ui::SaleScreen::print_queued, printer.get(),
                             &kassa::ui::ReceiptPrinter::pump);
            QObject::connect(printer.get(), &kassa::ui::ReceiptPrinter::status, s,
                             [s](const QString& sentence, bool ok) {
                                 if (ok) {
                                     s->show_device_status(sentence);
                                 } else {
                                     s->show_device_error(sentence);
                                 }
                             });
            printer->relabel();
        }
        if (devices) {
            QObject::connect(devices.get(), &kassa::ui::DeviceBridge::scanned, s,
                             &kassa::ui::SaleScreen::scan);
            QObject::connect(devices.get(), &kassa::ui::DeviceBridge::device_error, s,
                             &kassa::ui::SaleScreen::show_device_error);
        }
        // Scanners nobody claimed type like a keyboard: the wedge filter tells their scans from typing.
        auto* wedge = new kassa::ui::WedgeFilter(s, wedge_timing(*store));
        s->set_device_roster(&roster);
        // Asked when the cashier presses the camera key, so a camera plugged in later is found.
        s->set_camera_list([] { return QMediaDevices::videoInputs(); });
        QObject::connect(s, &kassa::ui::SaleScreen::scanner_timing_changed, wedge, [&store, wedge] {
            wedge->set_timing(wedge_timing(*store));
            qInfo("kassa: scanner timing %lld ms", static_cast<long long>(wedge->timing().max_gap.count()));
        });
        QObject::connect(wedge, &kassa::ui::WedgeFilter::scanned, s, &kassa::ui::SaleScreen::scan);
        // The owner's new sync interval: a round now, then the new interval (nothing waits for a restart).
        QObject::connect(s, &kassa::ui::SaleScreen::sync_interval_changed, s, [&office](int seconds) {
            office.set_interval(std::chrono::seconds(seconds));
            qInfo("kassa: office sync every %d s", seconds);
        });
        QObject::connect(wedge, &kassa::ui::WedgeFilter::device_error, s,
                         &kassa::ui::SaleScreen::show_device_error);
        // Keys typed before the window has the focus would be lost; the log says when it has it (the
        // end-to-end test types only after this line).
        QObject::connect(qApp, &QGuiApplication::focusWindowChanged, s, [s](QWindow* window) {
            if (window != nullptr && window == s->windowHandle()) {
                qInfo("kassa: sale_screen_focused");
            }
        });
    };
    build_screen(language);
    if (devices) {
        devices->start();
    }
    if (recovered) {
        screen->show_notice({kassa::till::Outcome::basket_recovered, {}, {}});
    }
    if (parser.isSet(fullscreen_option)) {
        screen->showFullScreen();
    } else {
        screen->resize(1024, 768);
        screen->show();
    }
    // A kiosk session may have no window manager to activate the window, and the F-key shortcuts only
    // reach the active window.
    screen->activateWindow();
    if (printer_problem) {
        // Said once: the sale screen's status line keeps it until the next device news.
        screen->show_device_error(kassa::ui::ReceiptPrinter::setup_sentence(
            *printer_problem, QString::fromStdString(shop.printer_url)));
    }
    if (printer) {
        printer->pump();  // what waited in the queue when the till stopped
    }
    // The first thing at a till without an open shift: count the float (a shift left open yesterday is said).
    QTimer::singleShot(0, screen.get(), [&screen] { screen->ensure_shift(); });
    return QApplication::exec();
}
