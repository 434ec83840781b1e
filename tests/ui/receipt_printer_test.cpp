// The till's receipt printer end to end on real parts: a sale committed with its print job, the job laid
// out, encoded and sent over real TCP to the network printer emulator (tests/support), and the bytes that
// arrived read back by the test's own ESC/POS decoder (tests/support/escpos_decode.py, written from the
// command reference, not from the encoder). Paper out keeps the job and says so; paper back prints it once.
// Waits are on the printer's signals (QSignalSpy::wait returns when the signal comes; its limit only turns a
// hang into a failure).
#include <SQLiteCpp/SQLiteCpp.h>
#include <QSignalSpy>
#include <QTest>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "kassa/store/print_queue.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/till/shift_desk.hpp"
#include "kassa/ui/receipt_printer.hpp"
#include "printer_emulator.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;
using kassa::till::Outcome;

namespace {

constexpr int kGuardMs = 20000;

struct PrintingTill : testing::BoutiqueShop {
    static till::SessionSettings printing() {
        till::SessionSettings s;
        s.shop_name = "Boutique Liis";
        s.queue_receipts = true;
        return s;
    }
    till::TillSession session{store, rules, clock, printing()};
    till::ShiftDesk desk{session};
    testing::Emulator printer;
    std::unique_ptr<ui::ReceiptPrinter> receipts;

    PrintingTill() {
        REQUIRE(session.log_in(anna, "1111").outcome == Outcome::logged_in);
        ui::ReceiptPrinter::Setup setup;
        setup.url = "tcp://127.0.0.1:" + std::to_string(printer.port());
        setup.profile = "epson_tm_t20";
        setup.worker.poll_interval = std::chrono::milliseconds(50);
        std::optional<ui::ReceiptPrinter::SetupProblem> problem;
        receipts = ui::ReceiptPrinter::create(session, setup, &problem);
        REQUIRE(receipts);
        REQUIRE_FALSE(problem);
    }

    till::Notice sell_scarf(store::PaymentLine::Method method, std::int64_t given) {
        REQUIRE(session.scan(testing::kScarfBarcode, till::ScanSource::scanner).outcome ==
                Outcome::product_added);
        REQUIRE(session.add_payment(method, Money::minor(given)).ok());
        return session.finish();
    }

    // The printer's next finished job; true when it was printed.
    bool next_job(QSignalSpy& finished) {
        if (finished.isEmpty()) {
            REQUIRE(finished.wait(kGuardMs));
        }
        return finished.takeFirst().at(1).toBool();
    }

    // What the printer received on its last connection, as the test's decoder reads it.
    nlohmann::json decoded_last_job() {
        // Connections that only asked the status carry no job bytes.
        std::vector<std::uint8_t> last;
        for (const auto& job : printer.jobs()) {
            if (!job.empty()) {
                last = job;
            }
        }
        REQUIRE_FALSE(last.empty());
        const std::string file = (printer.folder() / "last.bin").string();
        {
            std::ofstream out(file, std::ios::binary);
            out.write(reinterpret_cast<const char*>(last.data()), static_cast<std::streamsize>(last.size()));
        }
        const std::string command = std::string(KASSA_PYTHON3) + " " + KASSA_SOURCE_DIR +
                                    "/tests/support/escpos_decode.py --json --profile epson_tm_t20 " + file;
        std::string output;
        FILE* pipe = ::popen(command.c_str(), "r");
        REQUIRE(pipe != nullptr);
        char buffer[4096];
        for (std::size_t n = 0; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
            output.append(buffer, n);
        }
        REQUIRE(::pclose(pipe) == 0);
        return nlohmann::json::parse(output);
    }
};

std::vector<std::string> texts(const nlohmann::json& elements) {
    std::vector<std::string> out;
    for (const auto& e : elements) {
        if (e.at("type") == "text") {
            out.push_back(e.at("text").get<std::string>());
        }
    }
    return out;
}

bool has_text(const nlohmann::json& elements, const std::string& part) {
    for (const auto& t : texts(elements)) {
        if (t.find(part) != std::string::npos) {
            return true;
        }
    }
    return false;
}

std::size_t count_type(const nlohmann::json& elements, const std::string& type) {
    std::size_t n = 0;
    for (const auto& e : elements) {
        n += e.at("type") == type ? 1U : 0U;
    }
    return n;
}

}  // namespace

TEST_CASE("a cash sale's receipt prints on the network printer with the drawer's pulse", "[ui][print]") {
    PrintingTill t;
    QSignalSpy finished(t.receipts.get(), &ui::ReceiptPrinter::job_finished);
    REQUIRE(t.sell_scarf(store::PaymentLine::Method::cash, 2000).outcome == Outcome::sale_committed);
    const std::int64_t number = t.session.last_sale()->receipt_number;
    t.receipts->pump();
    REQUIRE(t.next_job(finished));
    CHECK(store::PrintQueue(t.store).count() == 0);

    const auto paper = t.decoded_last_job();
    REQUIRE(count_type(paper, "pulse") == 1);
    CHECK(paper.at(1).at("type") == "pulse");  // after ESC @: the drawer opens while the paper prints
    CHECK(paper.at(1).at("pin") == 2);
    CHECK(has_text(paper, "Boutique Liis"));
    CHECK(has_text(paper, "Silk scarf"));
    CHECK(has_text(paper, "VAT"));
    CHECK(count_type(paper, "cut") == 1);
    bool barcode = false;
    for (const auto& e : paper) {
        if (e.at("type") == "barcode") {
            barcode = e.at("text") == till::receipt_barcode(number);
        }
    }
    CHECK(barcode);

    // A card sale opens no drawer.
    REQUIRE(t.sell_scarf(store::PaymentLine::Method::card, 0).outcome == Outcome::sale_committed);
    t.receipts->pump();
    REQUIRE(t.next_job(finished));
    CHECK(count_type(t.decoded_last_job(), "pulse") == 0);
}

TEST_CASE("out of paper: the sale is saved, the receipt waits and prints once when paper is in",
          "[ui][print]") {
    PrintingTill t;
    QSignalSpy finished(t.receipts.get(), &ui::ReceiptPrinter::job_finished);
    QSignalSpy status(t.receipts.get(), &ui::ReceiptPrinter::status);
    t.printer.set("paper_out");
    REQUIRE(t.sell_scarf(store::PaymentLine::Method::cash, 2000).outcome == Outcome::sale_committed);
    t.receipts->pump();
    REQUIRE(status.wait(kGuardMs));
    CHECK(status.first().at(0).toString() ==
          ui::ReceiptPrinter::problem_sentence(drivers::PrintProblem::paper_out));
    CHECK_FALSE(status.first().at(1).toBool());
    CHECK(store::PrintQueue(t.store).count() == 1);  // nothing is lost
    CHECK(finished.isEmpty());

    t.printer.set("normal");
    REQUIRE(t.next_job(finished));
    CHECK(store::PrintQueue(t.store).count() == 0);
    // Printed once: one connection carried a receipt.
    std::size_t receipts = 0;
    for (const auto& job : t.printer.jobs()) {
        receipts += job.empty() ? 0U : 1U;
    }
    CHECK(receipts == 1);
}

TEST_CASE("a reprint is marked COPY and audited, and the Z report prints at the close", "[ui][print]") {
    PrintingTill t;
    QSignalSpy finished(t.receipts.get(), &ui::ReceiptPrinter::job_finished);
    REQUIRE(t.sell_scarf(store::PaymentLine::Method::cash, 2000).outcome == Outcome::sale_committed);
    t.receipts->pump();
    REQUIRE(t.next_job(finished));
    const std::int64_t number = t.session.last_sale()->receipt_number;

    REQUIRE(t.desk.reprint(number).outcome == Outcome::ok);
    CHECK(t.desk.reprint(999999).outcome == Outcome::receipt_not_found);
    t.receipts->pump();
    REQUIRE(t.next_job(finished));
    const auto copy = t.decoded_last_job();
    REQUIRE_FALSE(texts(copy).empty());
    CHECK(has_text(copy, "COPY"));
    CHECK(count_type(copy, "pulse") == 0);  // a copy opens no drawer
    CHECK(t.store.database()
              .sql()
              .execAndGet("SELECT count(*) FROM audit_log WHERE action = 'receipt_reprinted'")
              .getInt() == 1);

    store::CashCount counted;
    counted.total = Money::minor(10000 + 1990);
    REQUIRE(t.desk.close(counted, Money::minor(10000)).outcome == Outcome::shift_closed);
    t.receipts->pump();
    REQUIRE(t.next_job(finished));
    const auto z = t.decoded_last_job();
    CHECK(has_text(z, "Z report 1"));
    CHECK(has_text(z, "Expected in drawer"));
    CHECK(has_text(z, "119.90"));
}

TEST_CASE(
    "an unusable printer address: the store refuses it, the till says so and receipts wait in the queue",
    "[ui][print]") {
    testing::BoutiqueShop shop;
    // Saving it is refused, whoever saves (the owner's screen, kassactl, a script).
    store::ShopSettings settings = shop.store.shop().settings();
    settings.printer_url = "lpt1";
    try {
        shop.store.shop().save_settings(settings, store::Actor{"maria"}, "receipt printer: lpt1",
                                        shop.clock.now());
        FAIL("an unusable printer address was saved");
    } catch (const store::SettingsError& e) {
        REQUIRE(e.issues().size() == 1);
        CHECK(e.issues()[0].problem == store::SettingsIssue::Problem::printer_url_unusable);
        CHECK(e.issues()[0].value == "lpt1");
    }
    CHECK(shop.store.shop().settings().printer_url.empty());
    // An older Kassa (or a hand edit) may still have written one into the file.
    shop.store.database().sql().exec("UPDATE settings SET value = 'lpt1' WHERE key = 'printer_url'");
    REQUIRE(shop.store.shop().settings().printer_url == "lpt1");

    till::SessionSettings with_printer;
    with_printer.shop_name = "Boutique Liis";
    with_printer.queue_receipts = true;  // as main.cpp sets it for any address in the settings
    till::TillSession session{shop.store, shop.rules, shop.clock, with_printer};
    REQUIRE(session.log_in(shop.anna, "1111").outcome == Outcome::logged_in);
    ui::ReceiptPrinter::Setup setup;
    setup.url = shop.store.shop().settings().printer_url;
    std::optional<ui::ReceiptPrinter::SetupProblem> problem;
    CHECK(ui::ReceiptPrinter::create(session, setup, &problem) == nullptr);
    REQUIRE(problem == ui::ReceiptPrinter::SetupProblem::bad_url);
    CHECK(
        ui::ReceiptPrinter::setup_sentence(*problem, QStringLiteral("lpt1")) ==
        QStringLiteral("Printer: the address \"lpt1\" in the shop's settings is not usable (it must be like "
                       "tcp://192.168.1.50:9100 or usb:04b8:0202). Receipts wait in the queue and print "
                       "once the owner fixes it."));

    // The sale goes on and its receipt waits in the shop file for a printer the owner sets.
    REQUIRE(session.scan(testing::kScarfBarcode, till::ScanSource::scanner).outcome ==
            Outcome::product_added);
    REQUIRE(session.add_payment(store::PaymentLine::Method::cash, Money::minor(2000)).ok());
    REQUIRE(session.finish().outcome == Outcome::sale_committed);
    CHECK(store::PrintQueue(shop.store).count() == 1);
}
