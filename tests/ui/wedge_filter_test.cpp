// The keyboard-wedge filter with synthetic key events and a fake clock: a fast burst ending in Enter is one
// scan and never reaches the input line; slow keys are typing and arrive in order.
#include "kassa/ui/wedge_filter.hpp"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>
#include "catch_qt.hpp"

#include "ui_fixture.hpp"

using namespace std::chrono_literals;
using kassa::drivers::Timestamp;
using kassa::till::ScanSource;
using kassa::ui::WedgeFilter;

namespace {

// A window with an input line, the filter on it, and a clock the test moves by hand.
struct Bench {
    QMainWindow window;
    QLineEdit* input = new QLineEdit(&window);
    Timestamp now{};
    WedgeFilter filter{&window, {}, [this] { return now; }};

    Bench() {
        window.setCentralWidget(input);
        input->setFocus();
    }
    // Types `text` one key every `step` from the current time.
    void type(const QString& text, std::chrono::milliseconds step) {
        for (const QChar c : text) {
            QTest::keyClick(input, c.toLatin1());
            now += step;
        }
    }
};

// Presses and releases `key` on `w` with the window system's stamp `stamp_ms`, as the X server sends it.
void stamped_click(QWidget* w, int key, const QString& text, std::uint64_t stamp_ms) {
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    press.setTimestamp(stamp_ms);
    QApplication::sendEvent(w, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    release.setTimestamp(stamp_ms);
    QApplication::sendEvent(w, &release);
}

void stamped_digits(QWidget* w, const std::string& digits, std::uint64_t first_ms, std::uint64_t step_ms) {
    std::uint64_t stamp = first_ms;
    for (const char c : digits) {
        stamped_click(w, Qt::Key_0 + (c - '0'), QString(QChar(c)), stamp);
        stamp += step_ms;
    }
}

}  // namespace

TEST_CASE("a scan handled in pieces by a stalled till is still one scan", "[ui][wedge]") {
    Bench b;
    QSignalSpy scans(&b.filter, &WedgeFilter::scanned);
    stamped_click(b.input, Qt::Key_1, QStringLiteral("1"), 10'000);  // handled at once: the clocks line up
    b.filter.give_back_all();
    b.input->clear();
    b.now += 1000ms;
    // Typed 5 ms apart by the scanner (the stamps), handled 120 ms apart by a busy GUI thread (the clock).
    std::uint64_t stamp = 11'000;
    for (const char c : std::string("4006381333931")) {
        stamped_click(b.input, Qt::Key_0 + (c - '0'), QString(QChar(c)), stamp);
        stamp += 5;
        b.now += 120ms;
        b.filter.timer_fired();  // the timer fires late, between the late keys: nothing goes back
    }
    stamped_click(b.input, Qt::Key_Return, QStringLiteral("\r"), stamp);
    REQUIRE(scans.count() == 1);
    CHECK(scans.at(0).at(0).toString() == QStringLiteral("4006381333931"));
    CHECK(b.input->text().isEmpty());
}

TEST_CASE("a person's keys handled in a bunch after a stall stay typing", "[ui][wedge]") {
    Bench b;
    QSignalSpy scans(&b.filter, &WedgeFilter::scanned);
    QSignalSpy returns(b.input, &QLineEdit::returnPressed);
    stamped_click(b.input, Qt::Key_5, QStringLiteral("5"), 20'000);  // handled at once
    // The rest of a phone number typed 150 ms apart, queued behind a stall and handled 1 ms apart.
    b.now += 800ms;
    stamped_digits(b.input, "5507788", 20'150, 150);
    b.now += 1ms;
    stamped_click(b.input, Qt::Key_Return, QStringLiteral("\r"), 21'200);
    CHECK(scans.count() == 0);
    CHECK(b.input->text() == QStringLiteral("55507788"));
    CHECK(returns.count() == 1);
}

TEST_CASE("a fast burst ending in Enter is one scan and types nothing", "[ui][wedge]") {
    Bench b;
    QSignalSpy scans(&b.filter, &WedgeFilter::scanned);
    QSignalSpy returns(b.input, &QLineEdit::returnPressed);
    b.type(QStringLiteral("4006381333931"), 5ms);
    CHECK(b.filter.holding());
    CHECK(b.input->text().isEmpty());
    QTest::keyClick(b.input, Qt::Key_Return);
    REQUIRE(scans.count() == 1);
    CHECK(scans.at(0).at(0).toString() == QStringLiteral("4006381333931"));
    CHECK(scans.at(0).at(1).value<ScanSource>() == ScanSource::scanner);
    CHECK(b.input->text().isEmpty());
    CHECK(returns.count() == 0);  // the Enter of the scan was swallowed too
    CHECK_FALSE(b.filter.holding());
}

TEST_CASE("slow keys are typing: replayed in order, Enter reaches the input", "[ui][wedge]") {
    Bench b;
    QSignalSpy scans(&b.filter, &WedgeFilter::scanned);
    QSignalSpy returns(b.input, &QLineEdit::returnPressed);
    b.type(QStringLiteral("5123"), 150ms);
    // The last key is held until its deadline passes: moving the clock gives it back.
    b.now += 100ms;
    b.filter.give_back_expired();
    CHECK(b.input->text() == QStringLiteral("5123"));
    QTest::keyClick(b.input, Qt::Key_Return);
    CHECK(returns.count() == 1);
    CHECK(scans.count() == 0);
}

TEST_CASE("a short fast burst is typing, and a held key is not lost when the deadline has not come",
          "[ui][wedge]") {
    Bench b;
    QSignalSpy scans(&b.filter, &WedgeFilter::scanned);
    b.type(QStringLiteral("12"), 5ms);
    b.filter.give_back_expired();  // 5 ms after the last key: not yet typing
    CHECK(b.input->text().isEmpty());
    QTest::keyClick(b.input, Qt::Key_Return);  // "12" + Enter is shorter than a scan
    CHECK(scans.count() == 0);
    CHECK(b.input->text() == QStringLiteral("12"));
}

TEST_CASE("a wedge scan reaches the sale screen as a scanner scan and leaves the input alone",
          "[ui][wedge]") {
    kassa::ui_test::Till t;
    Timestamp now{};
    WedgeFilter filter(&t.screen, {}, [&] { return now; });
    QObject::connect(&filter, &WedgeFilter::scanned, &t.screen, &kassa::ui::SaleScreen::scan);
    QTest::keyClicks(t.screen.input(), QStringLiteral("ab"));  // the cashier had started typing something
    now += 200ms;
    filter.give_back_expired();
    for (const char c : std::string(kassa::ui_test::kDressBarcode)) {
        QTest::keyClick(t.screen.input(), c);
        now += 4ms;
    }
    QTest::keyClick(t.screen.input(), Qt::Key_Return);
    REQUIRE(t.session.lines().size() == 1);
    CHECK(t.session.lines()[0].sku == "DRESS-0412");
    CHECK(t.screen.input()->text() == QStringLiteral("ab"));
}

TEST_CASE("the owner's new scanner timing gives held keys back and reads the next scan with it",
          "[ui][wedge]") {
    Bench b;
    QSignalSpy scans(&b.filter, &WedgeFilter::scanned);
    // 40 ms between keys: a person typing under the default 30 ms.
    b.type(QStringLiteral("4006"), 40ms);
    QTest::keyClick(b.input, Qt::Key_Return);
    CHECK(scans.count() == 0);
    CHECK(b.input->text() == QStringLiteral("4006"));
    b.input->clear();
    // A key is held when the owner saves: it reaches the input, it is not lost.
    b.type(QStringLiteral("9"), 5ms);
    REQUIRE(b.filter.holding());
    kassa::drivers::WedgeTimingSettings slow;
    slow.max_gap = 50ms;
    b.filter.set_timing(slow);
    CHECK_FALSE(b.filter.holding());
    CHECK(b.input->text() == QStringLiteral("9"));
    CHECK(b.filter.timing().max_gap == 50ms);
    b.input->clear();
    b.now += 1000ms;
    b.type(QStringLiteral("4006381333931"), 40ms);
    QTest::keyClick(b.input, Qt::Key_Return);
    REQUIRE(scans.count() == 1);
    CHECK(scans.at(0).at(0).toString() == QStringLiteral("4006381333931"));
    CHECK(b.input->text().isEmpty());
}

TEST_CASE("a late timer waits one gap for a queued key then gives the held key back", "[ui][wedge]") {
    Bench b;
    b.type(QStringLiteral("5"), 5ms);
    REQUIRE(b.filter.holding());
    b.now += 200ms;  // the thread was stalled well past the deadline
    b.filter.timer_fired();
    CHECK(b.filter.holding());
    CHECK(b.input->text().isEmpty());
    b.now += 31ms;  // the second wait ends on time: nothing came, the key was typing
    b.filter.timer_fired();
    CHECK_FALSE(b.filter.holding());
    CHECK(b.input->text() == QStringLiteral("5"));
}
