// `print receipt N|x|z`: any receipt (marked COPY), the open shift's X report or a Z report on a receipt
// printer, through the same layout and ESC/POS encoder as the till (docs/printing.md). For a back office and
// for tests. Wiring only: the layout is the till's, the bytes the drivers'. It prints directly (the port
// opened, the status checked before and after); the till's own queue is not involved.
#include <iostream>

#include "commands.hpp"
#include "kassa/drivers/escpos.hpp"
#include "kassa/drivers/printer_port.hpp"
#include "kassa/drivers/tcp_printer_port.hpp"
#include "kassa/drivers/usb_printer_port.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shifts.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/system_clock.hpp"
#include "kassa/till/paper_layout.hpp"
#include "kassa/till/session.hpp"
#include "kassa/till/shift_desk.hpp"

namespace kassactl {

namespace {

namespace drv = kassa::drivers;

struct PrintOptions {
    std::string db;
    std::string printer;
    std::string profile = "generic_80";
    std::int64_t number = 0;
};

std::unique_ptr<drv::PrinterPort> port_for(const drv::PrinterAddress& address) {
    if (const auto* tcp = std::get_if<drv::TcpPrinterAddress>(&address)) {
        return std::make_unique<drv::TcpPrinterPort>(*tcp, drv::TcpPrinterSettings{});
    }
    return std::make_unique<drv::UsbPrinterPort>(std::get<drv::UsbPrinterAddress>(address),
                                                 drv::UsbPrinterSettings{});
}

// Sends the bytes to a printer that says it is ready; 0 printed, 1 the printer's problem on stderr.
int send(drv::PrinterPort& port, const std::vector<std::uint8_t>& bytes) {
    const auto fail = [](drv::PrintProblem problem) {
        std::cerr << "kassactl print: the printer did not print: " << drv::print_problem_name(problem)
                  << '\n';
        return 1;
    };
    if (const auto problem = port.open(); problem != drv::PrintProblem::none) {
        return fail(problem);
    }
    if (const auto before = port.query_status();
        before.problem != drv::PrintProblem::none ||
        drv::status_problem(before.status) != drv::PrintProblem::none) {
        return fail(before.problem != drv::PrintProblem::none ? before.problem
                                                              : drv::status_problem(before.status));
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10) +
                          std::chrono::milliseconds(bytes.size() / 4);  // a logo at print speed
    if (const auto problem = port.send(bytes, deadline); problem != drv::PrintProblem::none) {
        return fail(problem);
    }
    const auto after = port.query_status();
    port.close();
    if (after.problem != drv::PrintProblem::none) {
        return fail(after.problem);
    }
    std::cout << "ok: " << bytes.size() << " bytes printed\n";
    return 0;
}

int run_print(const std::string& what, const PrintOptions& o) {
    const auto address = drv::parse_printer_url(o.printer);
    if (const auto* error = std::get_if<drv::PrinterUrlError>(&address)) {
        std::cerr << "kassactl print: --printer: " << drv::printer_url_error_name(*error)
                  << ": write tcp://HOST[:PORT] or usb:VID:PID\n";
        return 2;
    }
    const drv::PrinterProfile* profile = drv::profile_by_name(o.profile);
    if (profile == nullptr) {
        std::cerr
            << "kassactl print: --profile: no such printer profile (epson_tm_t20, xprinter_80, generic_80, "
               "generic_58)\n";
        return 2;
    }
    // The receipt's layout needs the rules (their programmes name the discounts) in the shop's zone.
    auto opened = open_shop_or_say(o.db, kassa::till::ShopNeeds::rules, "kassactl print");
    if (!opened) {
        return 2;
    }
    kassa::store::Store& store = *opened->store;
    const kassa::store::ShopSettings& shop = opened->settings;
    const kassa::CompiledRules& rules = *opened->rules;
    try {
        const kassa::sys::SystemClock clock;
        kassa::till::SessionSettings settings;
        settings.shop_name = shop.name;
        settings.receipt_header = shop.receipt_header;
        settings.currency_digits = rules.currency_digits();
        kassa::till::TillSession session(store, rules, clock, settings);
        kassa::till::PaperOptions paper;
        paper.font = profile->chars_font_a >= 42 ? kassa::PaperFont::a : kassa::PaperFont::b;
        kassa::PaperDocument document;
        if (what == "receipt") {
            const auto receipt = store.sales().receipt_by_number(o.number);
            if (!receipt) {
                std::cerr << "kassactl print: there is no receipt " << o.number << '\n';
                return 2;
            }
            paper.copy_word = "COPY";  // any receipt printed again is a copy
            const auto printed = session.render_receipt(*receipt, kassa::till::ReceiptLabels{});
            document = kassa::till::paper_of(printed.lines, printed.barcode, paper);
            store.staff().audit(kassa::store::Actor{"kassactl"}, "receipt_reprinted", receipt->id,
                                "receipt " + std::to_string(o.number) + " printed again, marked COPY",
                                clock.now());
        } else {
            kassa::store::Shifts shifts(store);
            const kassa::store::ShiftReport report =
                what == "x" ? shifts.x_report(clock.now())
                            : shifts.z_report(o.number > 0 ? std::optional(o.number) : std::nullopt);
            document = kassa::till::paper_of(
                kassa::till::render_shift_report(report, kassa::till::ShiftReportLabels{}, shop.name,
                                                 rules.zone(), rules.currency_digits(), kassa::Language::en),
                std::nullopt, paper);
        }
        const auto bytes = drv::encode_escpos(document, *profile);
        const auto port = port_for(std::get<drv::PrinterAddress>(address));
        return send(*port, bytes);
    } catch (const kassa::store::ShiftError& e) {
        std::cerr << "kassactl print: " << e.what() << '\n';
        return 1;
    } catch (const kassa::store::StoreError& e) {
        std::cerr << "kassactl print: " << e.what() << '\n';
        return 2;
    } catch (const drv::EscposError& e) {
        std::cerr << "kassactl print: the document cannot be encoded: " << e.what() << '\n';
        return 2;
    }
}

}  // namespace

Runner add_print_command(CLI::App& app) {
    auto options = std::make_shared<PrintOptions>();
    auto* print = app.add_subcommand("print",
                                     "Print a receipt (as a COPY), the X report or a Z report on a "
                                     "receipt printer");
    print->require_subcommand(1);
    const auto common = [&options](CLI::App* sub) {
        sub->add_option("--db", options->db, "the shop's database file")->required();
        sub->add_option("--printer", options->printer, "tcp://HOST[:PORT] or usb:VID:PID")->required();
        sub->add_option("--profile", options->profile,
                        "epson_tm_t20, xprinter_80, generic_80 (default), generic_58");
    };
    auto* receipt = print->add_subcommand("receipt", "A receipt by its number, marked COPY (audited)");
    receipt->add_option("number", options->number, "the receipt's number")
        ->required()
        ->check(CLI::PositiveNumber);
    common(receipt);
    auto* x = print->add_subcommand("x", "The X report of the open shift");
    common(x);
    auto* z = print->add_subcommand("z", "A Z report (the last one, or --number)");
    z->add_option("--number", options->number, "the Z number")->check(CLI::PositiveNumber);
    common(z);
    return [options, receipt, x]() -> int {
        return run_print(receipt->parsed() ? "receipt" : x->parsed() ? "x" : "z", *options);
    };
}

}  // namespace kassactl
