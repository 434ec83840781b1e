// The till's speed as the cashier feels it, on a shop file with a million customers (issue 6 targets):
//  (a) a card scan to the greeting painted: TillSession identifies the customer (store lookup, her lots and
//      counters, a fresh quote) and the sale screen repaints; target p99 <= 50 ms;
//  (b) a product scan into a 50-line basket to the totals painted; target p99 <= 30 ms;
//  (c) cold start of the real `kassa` binary to its login on the screen; target <= 1.5 s;
//  (d) a cash sale committed and the next scan painted, with no printer and with a slow ESC/POS printer on
//      TCP (issue 19: the sale path never waits for the printer). The printer is the bench's own: a socket
//      on 127.0.0.1 that takes 256 bytes every 50 ms (about a second per receipt) and answers DLE EOT.
// Each figure is shown next to the same work without the paint (the session alone), so the cost of the
// screen is visible. The screen is real (offscreen platform); the open basket is written to the file after
// every change with synchronous=FULL, as at the till.
//
// Usage: kassa_till_bench [DIR] [CUSTOMERS] [ROUNDS] [KASSA_BINARY]
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <QApplication>
#include <QProcess>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>
#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/sys/system_clock.hpp"
#include "kassa/sys/zoneinfo.hpp"
#include "kassa/till/session.hpp"
#include "kassa/till/shift_desk.hpp"
#include "kassa/ui/formatter.hpp"
#include "kassa/ui/receipt_printer.hpp"
#include "kassa/ui/sale_screen.hpp"
#include "million_customers.hpp"

using namespace kassa;
namespace fs = std::filesystem;

namespace {

using Steady = std::chrono::steady_clock;

struct Figures {
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Figures figures(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    if (samples.empty()) {
        return {};
    }
    return Figures{samples[samples.size() / 2], samples[samples.size() * 99 / 100], samples.back()};
}

double ms(Steady::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

std::string read_file(const std::string& path) {
    std::ifstream file(path);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

void print(const char* name, const Figures& with_paint, const Figures& session_only, const char* target) {
    std::printf("| %-44s | %8.2f | %8.2f | %8.2f | %8.2f / %8.2f | %s |\n", name, with_paint.median,
                with_paint.p99, with_paint.max, session_only.median, session_only.p99, target);
}

// A network receipt printer slower than any real one: one connection at a time, 256 bytes every 50 ms,
// every DLE EOT n answered "ready". Threading: its own thread; the bench's thread only reads `port` and
// calls the destructor.
class SlowPrinter {
  public:
    SlowPrinter() {
        listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), size) != 0 ||
            ::listen(listener_, 4) != 0 ||
            ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
            throw std::runtime_error("the bench printer cannot listen");
        }
        port = ntohs(address.sin_port);
        thread_ = std::thread([this] { serve(); });
    }
    ~SlowPrinter() {
        stop_ = true;
        ::shutdown(listener_, SHUT_RDWR);
        ::close(listener_);
        thread_.join();
    }
    SlowPrinter(const SlowPrinter&) = delete;
    SlowPrinter& operator=(const SlowPrinter&) = delete;

    int port = 0;
    std::atomic<long> received{0};

  private:
    void serve() {
        while (!stop_) {
            const int connection = ::accept(listener_, nullptr, nullptr);
            if (connection < 0) {
                return;
            }
            unsigned char buffer[256];
            bool after_dle = false;
            bool after_eot = false;
            for (;;) {
                const ssize_t n = ::recv(connection, buffer, sizeof buffer, 0);
                if (n <= 0 || stop_) {
                    break;
                }
                received += n;
                for (ssize_t i = 0; i < n; ++i) {
                    if (after_eot) {
                        const unsigned char ready = 0x12;
                        (void)::send(connection, &ready, 1, MSG_NOSIGNAL);
                        after_dle = after_eot = false;
                    } else if (after_dle) {
                        after_eot = buffer[i] == 0x04;
                        after_dle = false;
                    } else {
                        after_dle = buffer[i] == 0x10;
                    }
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
            ::close(connection);
        }
    }

    int listener_ = -1;
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

// (d): `rounds` cash sales of three lines on `session`; times the commit with what follows it at the till
// (the screen's print_queued: the printer's pump lays the receipt out, encodes it and hands it to the
// printer's thread) and the next product scan to its totals painted.
struct SaleFigures {
    std::vector<double> commit;
    std::vector<double> next_scan;
};

SaleFigures sell(till::TillSession& session, ui::SaleScreen& screen, ui::ReceiptPrinter* printer,
                 const std::vector<std::string>& barcodes, int rounds) {
    SaleFigures f;
    for (int r = 0; r < rounds; ++r) {
        for (int i = 0; i < 2; ++i) {
            session.scan(barcodes[static_cast<std::size_t>((r + i) % 20)], till::ScanSource::scanner);
        }
        screen.refresh();
        session.add_payment(store::PaymentLine::Method::cash, Money::zero());
        const auto t0 = Steady::now();
        const auto notice = session.finish();
        if (printer != nullptr) {
            printer->pump();
        }
        const auto t1 = Steady::now();
        if (notice.outcome != till::Outcome::sale_committed) {
            throw std::runtime_error("a bench sale was not committed: " +
                                     std::string(till::outcome_name(notice.outcome)));
        }
        screen.scan(QString::fromStdString(barcodes[static_cast<std::size_t>(r % 20)]),
                    till::ScanSource::scanner);
        screen.repaint();
        const auto t2 = Steady::now();
        QApplication::processEvents();  // the printer's events drained as the till's timer would
        f.commit.push_back(ms(t1 - t0));
        f.next_scan.push_back(ms(t2 - t1));
    }
    session.cancel("bench");
    return f;
}

}  // namespace

int main(int argc, char** argv) {
    const fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::current_path();
    const int customers = argc > 2 ? std::atoi(argv[2]) : 1'000'000;
    const int rounds = argc > 3 ? std::atoi(argv[3]) : 500;
    const std::string kassa_binary = argc > 4 ? argv[4] : "";
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    try {
        const fs::path path = dir / "kassa-bench-till.db";
        bench::remove_db(path);
        const auto people = bench::load_customers(path, customers);

        const std::string document =
            read_file(std::string(KASSA_SOURCE_DIR) + "/resources/rules/boutique.json");
        auto read = json::read_rules(nlohmann::json::parse(document));
        const auto zone = sys::load_time_zone(read.rules->time_zone);
        const CompiledRules rules(*read.rules, zone);
        std::vector<std::string> barcodes;
        std::string cashier;
        {
            store::Store setup(path.string(), store::Database::Mode::open_existing);
            const sys::SystemClock clock;
            setup.rules().save_rules(document, store::Actor{"bench"}, "boutique", clock.now());
            for (int i = 0; i < 60; ++i) {
                store::Product p;
                p.sku = "SKU-" + std::to_string(i);
                p.name = "Product " + std::to_string(i);
                p.category = i % 3 == 0 ? "accessories" : "dresses";
                p.price = Money::minor(990 + 100 * i);
                barcodes.push_back(std::to_string(4740000000000LL + i));
                p.barcodes = {barcodes.back()};
                setup.catalog().upsert_product(p);
            }
            cashier = setup.staff().add_cashier("Bench", store::Role::cashier, "1111", store::Actor{"bench"},
                                                clock.now());
        }

        store::Store store(path.string(), store::Database::Mode::open_existing);
        const sys::SystemClock clock;
        till::SessionSettings settings;
        till::TillSession session(store, rules, clock, settings);
        if (!session.log_in(cashier, "1111").ok()) {
            throw std::runtime_error("the bench cashier could not log in");
        }
        const ui::Formatter format(Language::en, rules.currency_digits(), QStringLiteral("EUR"), zone);
        ui::SaleScreen screen(session, format);
        screen.resize(1024, 768);
        screen.show();
        QApplication::processEvents();

        std::mt19937_64 rng(3);
        std::vector<const bench::Person*> named;
        for (const auto& p : people) {
            if (!p.first.empty()) {
                named.push_back(&p);
            }
        }

        // (a) a card scan to the greeting painted, with three lines in the basket.
        std::vector<double> card_painted;
        std::vector<double> card_session;
        for (int i = 0; i < 3; ++i) {
            session.scan(barcodes[static_cast<std::size_t>(i)], till::ScanSource::scanner);
        }
        for (int r = 0; r < rounds; ++r) {
            const auto& person = *named[rng() % named.size()];
            const auto t0 = Steady::now();
            const auto notice = session.scan(person.card, till::ScanSource::scanner);
            const auto t1 = Steady::now();
            if (notice.outcome != till::Outcome::customer_identified) {
                throw std::runtime_error("a card was not found: " +
                                         std::string(till::outcome_name(notice.outcome)));
            }
            session.remove_customer();
            const auto t2 = Steady::now();
            screen.scan(QString::fromStdString(person.card), till::ScanSource::scanner);
            screen.repaint();  // paints now, synchronously: the greeting is on the screen when this returns
            const auto t3 = Steady::now();
            card_session.push_back(ms(t1 - t0));
            card_painted.push_back(ms(t3 - t2));
            session.remove_customer();
        }

        // (b) a product scan into a 50-line basket to the totals painted.
        session.cancel("bench");
        session.scan(named.front()->card, till::ScanSource::scanner);
        for (int i = 0; i < 49; ++i) {
            session.scan(barcodes[static_cast<std::size_t>(i)], till::ScanSource::scanner);
        }
        screen.refresh();
        std::vector<double> product_painted;
        std::vector<double> product_session;
        for (int r = 0; r < rounds; ++r) {
            const std::string& barcode = barcodes[49 + static_cast<std::size_t>(r) % 10];
            const auto t0 = Steady::now();
            session.scan(barcode, till::ScanSource::scanner);
            const auto t1 = Steady::now();
            session.remove_line(49);
            const auto t2 = Steady::now();
            screen.scan(QString::fromStdString(barcode), till::ScanSource::scanner);
            screen.repaint();
            const auto t3 = Steady::now();
            product_session.push_back(ms(t1 - t0));
            product_painted.push_back(ms(t3 - t2));
            session.remove_line(49);
        }

        std::printf("\n%d customers, %d rounds each (milliseconds)\n", customers, rounds);
        std::printf("| %-44s | %8s | %8s | %8s | %19s | %s |\n", "case", "median", "p99", "max",
                    "session median/p99", "target");
        print("card scan -> greeting painted", figures(card_painted), figures(card_session), "p99 <= 50 ms");
        print("product scan, 50-line basket -> totals painted", figures(product_painted),
              figures(product_session), "p99 <= 30 ms");

        // (d) the sale path with no printer and with a slow printer on TCP, in the same run.
        session.cancel("bench");
        if (till::ShiftDesk(session).open(Money::minor(10000)).outcome != till::Outcome::shift_opened) {
            throw std::runtime_error("the bench shift could not be opened");
        }
        const SaleFigures plain = sell(session, screen, nullptr, barcodes, rounds);
        till::SessionSettings printing = settings;
        printing.queue_receipts = true;
        till::TillSession printing_session(store, rules, clock, printing);
        if (!printing_session.log_in(cashier, "1111").ok()) {
            throw std::runtime_error("the bench cashier could not log in");
        }
        ui::SaleScreen printing_screen(printing_session, format);
        printing_screen.resize(1024, 768);
        printing_screen.show();
        SlowPrinter slow;
        ui::ReceiptPrinter::Setup setup;
        setup.url = "tcp://127.0.0.1:" + std::to_string(slow.port);
        setup.profile = "epson_tm_t20";
        std::optional<ui::ReceiptPrinter::SetupProblem> problem;
        const auto printer = ui::ReceiptPrinter::create(printing_session, setup, &problem);
        if (!printer) {
            throw std::runtime_error("the bench printer could not be set up");
        }
        const SaleFigures printed = sell(printing_session, printing_screen, printer.get(), barcodes, rounds);
        std::printf("| %-44s | %8.2f | %8.2f | %8.2f | %19s | %s |\n", "cash sale commit, no printer",
                    figures(plain.commit).median, figures(plain.commit).p99, figures(plain.commit).max, "",
                    "baseline");
        std::printf("| %-44s | %8.2f | %8.2f | %8.2f | %19s | %s |\n",
                    "cash sale commit + receipt queued, slow TCP", figures(printed.commit).median,
                    figures(printed.commit).p99, figures(printed.commit).max, "",
                    "never waits for the printer");
        std::printf("| %-44s | %8.2f | %8.2f | %8.2f | %19s | %s |\n", "next scan painted, no printer",
                    figures(plain.next_scan).median, figures(plain.next_scan).p99,
                    figures(plain.next_scan).max, "", "baseline");
        std::printf("| %-44s | %8.2f | %8.2f | %8.2f | %19s | %s |\n", "next scan painted, slow printer busy",
                    figures(printed.next_scan).median, figures(printed.next_scan).p99,
                    figures(printed.next_scan).max, "", "unchanged");
        std::printf("(the slow printer had received %ld bytes when the last sale was committed)\n",
                    slow.received.load());

        // (c) cold start of the real binary on this file: from exec to its "ready" line (login on screen).
        if (!kassa_binary.empty()) {
            std::vector<double> starts;
            for (int r = 0; r < 5; ++r) {
                QProcess kassa;
                const auto t0 = Steady::now();
                kassa.start(QString::fromStdString(kassa_binary),
                            {QStringLiteral("--db"), QString::fromStdString(path.string())});
                kassa.setReadChannel(QProcess::StandardError);
                QByteArray said;
                bool ready = false;
                while (!ready && kassa.waitForReadyRead(30000)) {
                    said += kassa.readAllStandardError();
                    ready = said.contains("kassa: ready");
                }
                const auto t1 = Steady::now();
                kassa.kill();
                kassa.waitForFinished();
                if (!ready) {
                    throw std::runtime_error("kassa never said it was ready");
                }
                starts.push_back(ms(t1 - t0));
            }
            const Figures f = figures(starts);
            std::printf("| %-44s | %8.0f | %8s | %8.0f | %19s | %s |\n", "cold start to login (5 starts)",
                        f.median, "", f.max, "", "<= 1500 ms");
        }
        bench::remove_db(path);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kassa_till_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
