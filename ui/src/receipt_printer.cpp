#include "kassa/ui/receipt_printer.hpp"

#include <QCoreApplication>

#include "kassa/drivers/tcp_printer_port.hpp"
#include "kassa/drivers/usb_printer_port.hpp"
#include "kassa/ui/receipt_dialog.hpp"
#include "kassa/ui/shift_dialogs.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::ss;

namespace {

// The event queue is drained this often: a job's answer reaches the screen within a tenth of a second.
constexpr int kDrainMs = 100;
// What the queue holds is looked at again this often, so a job that waited for paper goes on by itself.
constexpr int kPumpMs = 3000;

std::unique_ptr<drivers::PrinterPort> port_for(const drivers::PrinterAddress& address) {
    if (const auto* tcp = std::get_if<drivers::TcpPrinterAddress>(&address)) {
        return std::make_unique<drivers::TcpPrinterPort>(*tcp, drivers::TcpPrinterSettings{});
    }
    return std::make_unique<drivers::UsbPrinterPort>(std::get<drivers::UsbPrinterAddress>(address),
                                                     drivers::UsbPrinterSettings{});
}

}  // namespace

till::SlipLabels slip_labels() {
    till::SlipLabels l;
    //: Printed large on a reprinted receipt.
    l.copy = ss(ReceiptPrinter::tr("COPY"));
    l.return_slip = ss(ReceiptPrinter::tr("Return"));
    l.against_receipt = ss(ReceiptPrinter::tr("Receipt"));
    l.money_back = ss(ReceiptPrinter::tr("Money back"));
    l.cash = ss(ReceiptPrinter::tr("Cash"));
    l.card = ss(ReceiptPrinter::tr("Card"));
    l.other = ss(ReceiptPrinter::tr("Other"));
    l.vat = ss(ReceiptPrinter::tr("VAT included"));
    return l;
}

QString ReceiptPrinter::problem_sentence(drivers::PrintProblem problem) {
    switch (problem) {
        case drivers::PrintProblem::none:
            return tr("Printer: ready.");
        case drivers::PrintProblem::paper_out:
            return tr("Printer: out of paper. The sale is saved; the receipt prints when paper is in.");
        case drivers::PrintProblem::cover_open:
            return tr("Printer: the cover is open. The sale is saved; the receipt prints when it is closed.");
        case drivers::PrintProblem::offline:
        case drivers::PrintProblem::printer_error:
            return tr(
                "Printer: it reports an error. The sale is saved; check the printer and the receipt prints.");
        case drivers::PrintProblem::host_unknown:
        case drivers::PrintProblem::unreachable:
        case drivers::PrintProblem::refused:
        case drivers::PrintProblem::timeout:
        case drivers::PrintProblem::connection_lost:
        case drivers::PrintProblem::no_status:
            return tr(
                "Printer: it does not answer. The sale is saved; check its cable and power, the receipt "
                "prints when it is back.");
        case drivers::PrintProblem::not_found:
            return tr(
                "Printer: not plugged in. The sale is saved; the receipt prints when it is plugged in.");
        case drivers::PrintProblem::permission_denied:
            return tr(
                "Printer: Kassa may not use it. Install the udev rules (69-kassa-usb.rules) and plug it in "
                "again.");
        case drivers::PrintProblem::busy:
            return tr("Printer: another program is using it. The receipt prints when it is free.");
        case drivers::PrintProblem::io_error:
        case drivers::PrintProblem::cancelled:
            return tr(
                "Printer: the receipt could not be sent. The sale is saved; reprint it from the shift "
                "screen.");
    }
    return {};
}

QString ReceiptPrinter::setup_sentence(SetupProblem problem, const QString& url) {
    switch (problem) {
        case SetupProblem::bad_url:
            return tr("Printer: the address \"%1\" in the shop's settings is not usable (it must be like "
                      "tcp://192.168.1.50:9100 or usb:04b8:0202). Receipts wait in the queue and print once "
                      "the owner fixes it.")
                .arg(url);
        case SetupProblem::unknown_profile:
            return tr(
                "The printer model in the shop's settings is unknown: choose epson_tm_t20, xprinter_80, "
                "generic_80 or generic_58.");
        case SetupProblem::logo_unreadable:
            return tr(
                "The receipt logo could not be read (a PNG file is needed): receipts print without it.");
    }
    return {};
}

std::unique_ptr<ReceiptPrinter> ReceiptPrinter::create(till::TillSession& session, const Setup& setup,
                                                       std::optional<SetupProblem>* problem,
                                                       QObject* parent) {
    const auto address = drivers::parse_printer_url(setup.url);
    if (std::holds_alternative<drivers::PrinterUrlError>(address)) {
        *problem = SetupProblem::bad_url;
        return nullptr;
    }
    const drivers::PrinterProfile* profile = drivers::profile_by_name(setup.profile);
    if (profile == nullptr) {
        *problem = SetupProblem::unknown_profile;
        return nullptr;
    }
    std::optional<PaperImage> logo;
    if (!setup.logo.empty()) {
        const drivers::LogoResult read = drivers::load_logo(setup.logo, profile->dots_per_line);
        if (read.image) {
            logo = read.image;
        } else {
            *problem = SetupProblem::logo_unreadable;
        }
    }
    std::unique_ptr<ReceiptPrinter> printer(
        new ReceiptPrinter(session, setup, *profile, std::move(logo), parent));
    printer->worker_ = std::make_unique<drivers::PrinterWorker>(
        port_for(std::get<drivers::PrinterAddress>(address)), printer->events_.sink(), setup.worker);
    printer->worker_->start();
    return printer;
}

ReceiptPrinter::ReceiptPrinter(till::TillSession& session, const Setup& setup,
                               const drivers::PrinterProfile& profile, std::optional<PaperImage> logo,
                               QObject* parent)
    : QObject(parent), profile_(profile) {
    till::PaperOptions paper;
    paper.drawer_pin = setup.drawer_pin;
    // The receipt is laid out in 42 columns: font B where font A has fewer (58 mm paper).
    paper.font = profile_.chars_font_a >= 42 ? PaperFont::a : PaperFont::b;
    paper.logo = std::move(logo);
    runner_ = std::make_unique<till::PrintRunner>(
        session,
        [this](std::int64_t id, const PaperDocument& document) {
            // Encoding a receipt takes microseconds (docs/performance.md); the bytes go to the I/O thread.
            drivers::PrintJob job;
            job.id = std::to_string(id);
            drivers::encode_escpos(document, profile_, job.bytes);
            worker_->submit(std::move(job));
        },
        paper, receipt_labels(), shift_report_labels(), slip_labels());
    connect(&drain_timer_, &QTimer::timeout, this, &ReceiptPrinter::drain);
    connect(&pump_timer_, &QTimer::timeout, this, &ReceiptPrinter::pump);
    drain_timer_.start(kDrainMs);
    pump_timer_.start(kPumpMs);
}

ReceiptPrinter::~ReceiptPrinter() {
    drain_timer_.stop();
    pump_timer_.stop();
    if (worker_) {
        worker_->stop();  // what was with the printer stays in the shop file's queue for the next start
    }
}

void ReceiptPrinter::relabel() {
    runner_->set_labels(receipt_labels(), shift_report_labels(), slip_labels());
}

void ReceiptPrinter::pump() {
    try {
        runner_->pump();
    } catch (const store::StoreError&) {
        // The shop file is busy or failing: the next pump tries again; the sale screen says what is wrong.
    }
}

void ReceiptPrinter::drain() {
    while (auto event = events_.try_pop()) {
        if (const auto* done = std::get_if<drivers::PrintJobDone>(&*event)) {
            const std::int64_t id = std::stoll(done->id);
            const auto result =
                done->outcome == drivers::JobOutcome::printed       ? till::PrintRunner::Result::printed
                : done->outcome == drivers::JobOutcome::not_printed ? till::PrintRunner::Result::not_printed
                                                                    : till::PrintRunner::Result::interrupted;
            try {
                runner_->finished(id, result, drivers::print_problem_name(done->problem));
            } catch (const store::StoreError&) {
                // The queue could not be updated: the job goes again at the next pump (printed twice at
                // worst).
            }
            const bool printed = done->outcome == drivers::JobOutcome::printed;
            qInfo("kassa: print_job %s",
                  printed ? "printed" : std::string(drivers::print_problem_name(done->problem)).c_str());
            if (done->outcome == drivers::JobOutcome::interrupted) {
                emit status(problem_sentence(done->problem), false);
            }
            emit job_finished(id, printed);
        } else if (const auto* waiting = std::get_if<drivers::PrintJobWaiting>(&*event)) {
            if (waiting->problem != last_problem_) {
                last_problem_ = waiting->problem;
                qInfo("kassa: printer %s",
                      std::string(drivers::print_problem_name(waiting->problem)).c_str());
                emit status(problem_sentence(waiting->problem), false);
            }
        } else if (const auto* changed = std::get_if<drivers::PrinterStatusChanged>(&*event)) {
            if (changed->problem != last_problem_) {
                const bool back = changed->problem == drivers::PrintProblem::none;
                last_problem_ = changed->problem;
                qInfo("kassa: printer %s",
                      std::string(drivers::print_problem_name(changed->problem)).c_str());
                emit status(problem_sentence(changed->problem), back);
            }
        }
    }
}

}  // namespace kassa::ui
