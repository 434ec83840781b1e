#pragma once
// The till's receipt printer (issue 19): an ESC/POS printer on USB or raw TCP 9100, chosen in the shop's
// settings. It wires the till's PrintRunner (what waits in the shop file's queue, laid out as paper) to the
// ESC/POS encoder and a drivers::PrinterWorker, and says in the cashier's language what the printer is
// doing ("Printer: out of paper. The sale is saved; the receipt prints when paper is in.").
//
// Threading rule: a GUI-thread object. The worker's I/O thread only pushes events to a PrinterEventQueue;
// a timer on the GUI thread drains it, so the runner, the store and the signals are only ever touched on
// the GUI thread. A sale never waits for the printer: the sale is committed with its print job first.

#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>
#include <optional>
#include <string>

#include "kassa/drivers/escpos.hpp"
#include "kassa/drivers/printer_worker.hpp"
#include "kassa/till/print_runner.hpp"

namespace kassa::ui {

class ReceiptPrinter : public QObject {
    Q_OBJECT

  public:
    struct Setup {
        std::string url;  // tcp://HOST[:PORT] or usb:VID:PID
        std::string profile = "generic_80";
        std::string logo;  // a PNG for the top of the receipt; empty: none
        DrawerPin drawer_pin = DrawerPin::pin2;
        drivers::PrinterWorkerSettings worker;
    };
    // Why a setup cannot be used (the owner's settings word it).
    enum class SetupProblem { bad_url, unknown_profile, logo_unreadable };

    // nullptr with `problem` set when the URL or the profile is wrong (the receipts stay in the shop file's
    // queue until the owner fixes it; the till says so once); a logo that cannot be read is left out
    // (`problem` says so) and the printer works without it.
    static std::unique_ptr<ReceiptPrinter> create(till::TillSession& session, const Setup& setup,
                                                  std::optional<SetupProblem>* problem,
                                                  QObject* parent = nullptr);
    ~ReceiptPrinter() override;

    // The sentence for a printer's problem (paper out, unreachable, ...), in the screen's language.
    static QString problem_sentence(drivers::PrintProblem problem);
    // `url` is the address of the settings, named in the sentence for bad_url.
    static QString setup_sentence(SetupProblem problem, const QString& url = {});

  public slots:
    // Sends what waits in the queue (after a sale; a timer also calls it).
    void pump();
    // The words on the paper follow the till's language.
    void relabel();

  signals:
    // What the printer is doing, for the status line; `ok` false for a problem.
    void status(const QString& sentence, bool ok);
    // A job finished (tests and the log wait for this instead of sleeping).
    void job_finished(qint64 job_id, bool printed);

  private:
    ReceiptPrinter(till::TillSession& session, const Setup& setup, const drivers::PrinterProfile& profile,
                   std::optional<PaperImage> logo, QObject* parent);
    void drain();

    drivers::PrinterProfile profile_;
    drivers::PrinterEventQueue events_;
    std::unique_ptr<drivers::PrinterWorker> worker_;
    std::unique_ptr<till::PrintRunner> runner_;
    QTimer drain_timer_;
    QTimer pump_timer_;
    drivers::PrintProblem last_problem_ = drivers::PrintProblem::none;
};

// The words of the printed slips and the reprint mark in the screen's language.
till::SlipLabels slip_labels();

}  // namespace kassa::ui
