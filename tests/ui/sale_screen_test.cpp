// The sale screen over a real till session: what the cashier types and presses, and what the screen then
// shows, compared with what the session (and the engine's quote) computed.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPageLayout>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <filesystem>

#include "kassa/drivers/image_decoder.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/ui/basket_dialogs.hpp"
#include "kassa/ui/enrol_dialog.hpp"
#include "kassa/ui/login_dialog.hpp"
#include "kassa/ui/payment_dialog.hpp"
#include "kassa/ui/receipt_dialog.hpp"
#include "kassa/ui/return_dialog.hpp"
#include "kassa/ui/search_dialogs.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;
using kassa::till::Outcome;
using kassa::ui::SaleScreen;

namespace {

void type_and_enter(QLineEdit* input, const QString& text) {
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return);
}

}  // namespace

TEST_CASE("a typed product barcode and Enter show the line and the totals of the session's quote",
          "[ui][sale]") {
    Till t;
    t.screen.show();
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    type_and_enter(t.screen.input(), QStringLiteral("SCARF-01"));

    REQUIRE(t.session.lines().size() == 2);
    const QuoteResult& quote = t.session.quote();
    REQUIRE(t.lines()->topLevelItemCount() == 2);
    const QTreeWidgetItem* dress = t.lines()->topLevelItem(0);
    CHECK(dress->text(0) == QStringLiteral("Linen dress"));
    CHECK(dress->text(1) == QStringLiteral("1"));
    CHECK(dress->text(2) == QStringLiteral("79.90"));
    CHECK(dress->text(4) == t.format.money(quote.lines[0].net));
    CHECK(t.text("total_gross") == QStringLiteral("99.80"));
    CHECK(t.text("total_gross") == t.format.money(quote.totals.gross));
    CHECK(t.text("payable") == t.format.money_with_currency(quote.totals.payable));
    CHECK(t.text("points_earned").startsWith(t.format.points(quote.totals.points_earned)));
    // The input is empty again and keeps the focus for the next scan.
    CHECK(t.screen.input()->text().isEmpty());
    CHECK(t.screen.last_notice()->outcome == Outcome::product_added);
    CHECK(t.text("status") == QStringLiteral("Silk scarf added."));
}

TEST_CASE("a card number typed greets the customer with balance, tier, birthday and discounts",
          "[ui][customer]") {
    Till t;
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    CHECK_FALSE(t.find<QLabel>("balance")->isVisibleTo(&t.screen));
    type_and_enter(t.screen.input(), QString::fromLatin1(kOlgaCard));

    const auto& panel = t.session.customer();
    REQUIRE(panel);
    CHECK(t.text("greeting") == QStringLiteral("Good afternoon, Olga!"));
    CHECK(t.text("balance") == QStringLiteral("Points: ") + t.format.points(panel->balance));
    CHECK(t.find<QLabel>("balance")->isVisibleTo(&t.screen));
    REQUIRE(panel->tier);
    CHECK(t.text("tier").contains(
        QStringLiteral("%1 more for Silver").arg(t.format.money(panel->tier->to_next_level))));
    CHECK(t.text("birthday").startsWith(QStringLiteral("Birthday week")));
    CHECK(t.text("consent") == QStringLiteral("Consent: personal data yes, SMS yes, e-mail no"));
    // Olga's birthday discount sits under the dress line with the engine's sentence, and in the totals.
    const QuotedLine& dress = t.session.quote().lines[0];
    REQUIRE_FALSE(dress.discounts.empty());
    const QTreeWidgetItem* line = t.lines()->topLevelItem(0);
    REQUIRE(line->childCount() == static_cast<int>(dress.discounts.size()));
    CHECK(line->child(0)->text(0).trimmed() == QString::fromStdString(dress.discounts[0].text));
    CHECK(line->child(0)->text(3) == t.format.money(-dress.discounts[0].amount));
    CHECK(t.text("total_discount") == t.format.money(-t.session.quote().totals.discount));
}

TEST_CASE("a bank card typed into the input gets a red sentence and no customer", "[ui][customer]") {
    Till t;
    type_and_enter(t.screen.input(), QStringLiteral("4111111111111111"));
    CHECK(t.screen.last_notice()->outcome == Outcome::bank_card);
    CHECK(t.text("status").contains(QStringLiteral("bank card")));
    CHECK(t.find<QLabel>("status")->styleSheet().contains(QStringLiteral("color")));
    CHECK_FALSE(t.session.customer());
}

TEST_CASE("the payment dialog takes cash with change, commits the sale and shows the receipt",
          "[ui][payment]") {
    Till t;
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    type_and_enter(t.screen.input(), QString::fromLatin1(kOlgaCard));
    const Money payable = t.session.payable();
    QString receipt_text;
    t.dialogs.then(expect<ui::PaymentDialog>([&](ui::PaymentDialog& pay) {
        // The amount starts as what is left to pay; the cashier types what the customer handed over.
        CHECK(pay.amount()->text() == t.format.money(payable));
        pay.amount()->setText(QStringLiteral("100"));
        QTest::keyClick(pay.amount(), Qt::Key_Return);
        CHECK(pay.committed());
        return pay.result();
    }));
    t.dialogs.then(expect<ui::ReceiptDialog>([&](ui::ReceiptDialog& receipt) {
        receipt_text = receipt.text();
        return static_cast<int>(QDialog::Accepted);
    }));
    t.screen.pay();

    CHECK(t.dialogs.done());
    const auto& sale = t.session.last_sale();
    REQUIRE(sale);
    CHECK(sale->change == Money::minor(10000) - payable);
    CHECK(t.text("change") == t.format.money_with_currency(Money::minor(10000) - payable));
    CHECK(t.screen.last_notice()->outcome == Outcome::sale_committed);
    CHECK(t.session.lines().empty());
    CHECK(t.lines()->topLevelItemCount() == 0);
    // The receipt is in the shop's file and the preview shows it (its barcode text included).
    const auto stored = t.store.sales().receipt_by_number(sale->receipt_number);
    REQUIRE(stored);
    CHECK(stored->totals.payable == payable);
    CHECK(receipt_text.contains(QString::fromStdString(till::receipt_barcode(sale->receipt_number))));
    CHECK(receipt_text.contains(QStringLiteral("Linen dress")));
}

TEST_CASE("F2 then Enter typed without a pause pay by card first, then cash", "[ui][payment]") {
    // A function key used to animate its button's click and act 100 ms later, so "50, F2, Enter" typed
    // quickly took 50.00 in cash and the rest by card.
    Till t;
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    t.dialogs.then(expect<ui::PaymentDialog>([&](ui::PaymentDialog& pay) {
        pay.show();
        pay.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&pay));
        pay.amount()->clear();
        QTest::keyClicks(pay.amount(), QStringLiteral("50"));
        QTest::keyClick(pay.amount(), Qt::Key_F2);
        QTest::keyClick(pay.amount(), Qt::Key_Return);
        CHECK(pay.committed());
        return pay.result();
    }));
    t.dialogs.then(
        expect<ui::ReceiptDialog>([](ui::ReceiptDialog&) { return static_cast<int>(QDialog::Accepted); }));
    t.screen.pay();
    REQUIRE(t.session.last_sale());
    const auto stored = t.store.sales().receipt_by_number(t.session.last_sale()->receipt_number);
    REQUIRE(stored);
    REQUIRE(stored->payments.size() == 2);
    CHECK(stored->payments[0].method == store::PaymentLine::Method::card);
    CHECK(stored->payments[0].amount == Money::minor(5000));
    CHECK(stored->payments[1].method == store::PaymentLine::Method::cash);
}

TEST_CASE("mixed payment: part by card, the rest in cash", "[ui][payment]") {
    Till t;
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    t.dialogs.then(expect<ui::PaymentDialog>([&](ui::PaymentDialog& pay) {
        pay.amount()->setText(QStringLiteral("50,00"));
        pay.pay_card();
        CHECK_FALSE(pay.committed());
        CHECK(pay.findChild<QLabel*>(QStringLiteral("remaining"))->text() == QStringLiteral("29.90"));
        CHECK(pay.amount()->text() == QStringLiteral("29.90"));
        pay.pay_cash();  // Enter on the amount as it stands: exactly the rest
        CHECK(pay.committed());
        return pay.result();
    }));
    t.dialogs.then(
        expect<ui::ReceiptDialog>([](ui::ReceiptDialog&) { return static_cast<int>(QDialog::Accepted); }));
    t.screen.pay();
    REQUIRE(t.session.last_sale());
    const auto stored = t.store.sales().receipt_by_number(t.session.last_sale()->receipt_number);
    REQUIRE(stored);
    REQUIRE(stored->payments.size() == 2);
    CHECK(stored->payments[0].method == store::PaymentLine::Method::card);
    CHECK(stored->payments[0].amount == Money::minor(5000));
    CHECK(stored->payments[1].amount == Money::minor(2990));
}

TEST_CASE("every F-key opens its action's dialog", "[ui][shortcuts]") {
    Till t;
    t.screen.show();
    t.screen.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&t.screen));
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    type_and_enter(t.screen.input(), QString::fromLatin1(kOlgaCard));

    const auto rejecting = [](QDialog&) { return static_cast<int>(QDialog::Rejected); };
    const std::pair<Qt::Key, const char*> keys[] = {
        {Qt::Key_F2, "kassa::ui::QuantityDialog"},       {Qt::Key_F3, "kassa::ui::ProductSearchDialog"},
        {Qt::Key_F4, "kassa::ui::CustomerSearchDialog"}, {Qt::Key_F5, "kassa::ui::CouponDialog"},
        {Qt::Key_F6, "kassa::ui::RedeemDialog"},         {Qt::Key_F7, "kassa::ui::EnrolDialog"},
        {Qt::Key_F9, "kassa::ui::HeldDialog"},           {Qt::Key_F10, "kassa::ui::CancelDialog"},
        {Qt::Key_F12, "kassa::ui::PaymentDialog"},
    };
    for (const auto& [key, dialog] : keys) {
        t.dialogs.then(rejecting);
        QTest::keyClick(t.screen.input(), key);
        REQUIRE(t.dialogs.done());
        CHECK(t.dialogs.opened.back() == dialog);
        CHECK(t.screen.input()->hasFocus());
    }
    // F8 needs an empty basket: with lines on the screen it says so instead.
    QTest::keyClick(t.screen.input(), Qt::Key_F8);
    CHECK(t.screen.last_notice()->outcome == Outcome::basket_not_empty);
    // Every button shows its key.
    CHECK(t.screen.findChild<QPushButton*>(QStringLiteral("button_F12"))
              ->text()
              .startsWith(QStringLiteral("F12")));
    CHECK(t.screen.action(SaleScreen::Action::pay)->shortcut() == QKeySequence(Qt::Key_F12));
}

TEST_CASE("Del removes a line, after payment started it asks for the owner's PIN", "[ui][roles]") {
    Till t;
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    type_and_enter(t.screen.input(), QString::fromLatin1(kScarfBarcode));
    type_and_enter(t.screen.input(), QStringLiteral("SCARF-01"));  // the same product: its line becomes 2
    REQUIRE(t.session.lines().size() == 2);
    t.screen.select_line(0);
    QTest::keyClick(t.screen.input(), Qt::Key_Delete);  // on an empty input Del removes the chosen line
    REQUIRE(t.session.lines().size() == 1);
    CHECK(t.session.lines()[0].sku == "SCARF-01");
    CHECK(t.lines()->topLevelItemCount() == 1);

    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    REQUIRE(t.session.add_payment(store::PaymentLine::Method::card, Money::minor(1000)).ok());
    t.dialogs.then(expect<ui::OwnerPinDialog>([](ui::OwnerPinDialog& pin) {
        pin.pin_edit()->setText(QStringLiteral("0000"));
        return static_cast<int>(QDialog::Accepted);
    }));
    t.dialogs.then(expect<ui::OwnerPinDialog>([](ui::OwnerPinDialog& pin) {
        // The second ask shows why the first PIN was refused.
        const auto* refusal = pin.findChild<QLabel*>(QStringLiteral("result"));
        CHECK_FALSE(refusal->text().isEmpty());
        pin.pin_edit()->setText(QStringLiteral("1234"));
        return static_cast<int>(QDialog::Accepted);
    }));
    t.screen.remove_line();
    CHECK(t.dialogs.done());
    CHECK(t.screen.last_notice()->outcome == Outcome::line_removed);
    CHECK(t.session.lines().size() == 1);
}

TEST_CASE("a weighed product asks for its weight", "[ui][sale]") {
    Till t;
    t.dialogs.then(expect<ui::QuantityDialog>([](ui::QuantityDialog& weight) {
        weight.edit()->setText(QStringLiteral("abc"));
        weight.accept();
        CHECK(weight.result() != QDialog::Accepted);  // refused, the dialog stays
        weight.edit()->setText(QStringLiteral("2,5"));
        weight.accept();
        return weight.result();
    }));
    type_and_enter(t.screen.input(), QString::fromLatin1(kRibbonBarcode));
    REQUIRE(t.session.lines().size() == 1);
    CHECK(t.session.lines()[0].qty == Quantity::thousandths(2500));
    CHECK(t.lines()->topLevelItem(0)->text(1) == QStringLiteral("2.500\u00a0kg"));
    CHECK(t.text("total_gross") == QStringLiteral("6.25"));
}

TEST_CASE("the product search adds what the cashier picks with the arrows", "[ui][search]") {
    Till t;
    t.dialogs.then(expect<ui::ProductSearchDialog>([](ui::ProductSearchDialog& find) {
        QTest::keyClicks(find.query(), QStringLiteral("s"));
        REQUIRE(find.results()->count() >= 1);
        CHECK(find.results()->item(0)->text().startsWith(QStringLiteral("Silk scarf")));
        QTest::keyClick(find.query(), Qt::Key_Return);
        return find.result();
    }));
    t.screen.find_product();
    REQUIRE(t.session.lines().size() == 1);
    CHECK(t.session.lines()[0].sku == "SCARF-01");
}

TEST_CASE("the enrol dialog refuses a named customer without consent, then enrols", "[ui][enrol]") {
    Till t;
    t.dialogs.then(expect<ui::EnrolDialog>([](ui::EnrolDialog& enrol) {
        enrol.show();  // as exec() would: Enter reaches the default button of a visible dialog only
        // Tab walks the form in the order a customer dictates it.
        CHECK(enrol.first_name()->nextInFocusChain() == enrol.last_name());
        CHECK(enrol.last_name()->nextInFocusChain() == enrol.phone());
        CHECK(enrol.phone()->nextInFocusChain() == enrol.birthday());
        QTest::keyClicks(enrol.first_name(), QStringLiteral("Kadri"));
        QTest::keyClicks(enrol.last_name(), QStringLiteral("Tamm"));
        enrol.phone()->setText(QStringLiteral("5555 1234"));
        enrol.birthday()->setText(QStringLiteral("7.3.1991"));
        QTest::keyClick(enrol.phone(), Qt::Key_Return);
        CHECK(enrol.result() != QDialog::Accepted);
        CHECK(enrol.refusal().contains(QStringLiteral("consent")));
        CHECK_FALSE(enrol.last_notice());  // nothing reached the session
        enrol.consent_personal()->setChecked(true);
        enrol.consent_sms()->setChecked(true);
        QTest::keyClick(enrol.phone(), Qt::Key_Return);
        return enrol.result();
    }));
    t.screen.enrol_customer();
    REQUIRE(t.screen.last_notice());
    CHECK(t.screen.last_notice()->outcome == Outcome::customer_enrolled);
    REQUIRE(t.session.customer());
    CHECK(t.session.customer()->customer.first_name == "Kadri");
    CHECK(t.session.customer()->customer.consents.sms);
    CHECK(t.text("greeting") == QStringLiteral("Good afternoon, Kadri!"));
    const auto& birthday = t.session.customer()->customer.birthday;
    REQUIRE(birthday);
    CHECK(*birthday ==
          std::chrono::year_month_day{std::chrono::year{1991}, std::chrono::March, std::chrono::day{7}});
}

TEST_CASE("points: the dialog explains the limits and the most allowed is redeemed", "[ui][points]") {
    Till t;
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    type_and_enter(t.screen.input(), QString::fromLatin1(kOlgaCard));
    const auto info = t.session.quote().redemption;
    REQUIRE(info);
    t.dialogs.then(expect<ui::RedeemDialog>([&](ui::RedeemDialog& redeem) {
        CHECK(redeem.explanation()->text().contains(t.format.points(info->max_allowed)));
        redeem.points_edit()->setText(QStringLiteral("50"));  // below the programme's minimum
        redeem.use_typed();
        CHECK(redeem.result() != QDialog::Accepted);
        CHECK_FALSE(redeem.findChild<QLabel*>(QStringLiteral("result"))->text().isEmpty());
        redeem.use_max();
        return redeem.result();
    }));
    t.screen.redeem_points();
    CHECK(t.session.quote().totals.redeemed_points == info->max_allowed);
    CHECK(t.text("total_redeemed").contains(t.format.points(info->max_allowed)));
    CHECK(t.text("payable") == t.format.money_with_currency(t.session.payable()));
}

TEST_CASE("a receipt scanned at the till opens the return with its preview", "[ui][return]") {
    Till t;
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    type_and_enter(t.screen.input(), QString::fromLatin1(kScarfBarcode));
    type_and_enter(t.screen.input(), QString::fromLatin1(kOlgaCard));
    REQUIRE(t.session.add_payment(store::PaymentLine::Method::card, Money::zero()).ok());
    REQUIRE(t.session.finish().outcome == Outcome::sale_committed);
    const auto number = t.session.last_sale()->receipt_number;
    t.clock.advance_seconds(3600);

    t.dialogs.then(expect<ui::ReturnDialog>([&](ui::ReturnDialog& ret) {
        REQUIRE(ret.lines()->rowCount() == 2);
        CHECK(ret.lines()->item(1, 0)->text() == QStringLiteral("Silk scarf"));
        ret.lines()->item(1, 4)->setText(QStringLiteral("1"));  // as the cashier types into the cell
        const auto& preview = t.session.receipt_return().draft()->preview;
        REQUIRE(preview);
        CHECK(ret.money_back()->text() == t.format.money_with_currency(preview->money_back));
        CHECK(ret.points_reversed()->text() == t.format.points(preview->points_reversed));
        ret.confirm();  // without a reason: refused
        CHECK(ret.result() != QDialog::Accepted);
        ret.reason_edit()->setText(QStringLiteral("wrong colour"));
        ret.confirm();
        return ret.result();
    }));
    type_and_enter(t.screen.input(), QString::fromStdString(till::receipt_barcode(number)));
    CHECK(t.dialogs.done());
    CHECK(t.screen.last_notice()->outcome == Outcome::return_committed);
    const auto receipt = t.store.sales().receipt_by_number(number);
    REQUIRE(receipt);
    CHECK(receipt->lines[1].refunded_qty == Quantity::pieces(1));
    CHECK(receipt->lines[0].refunded_qty == Quantity::pieces(0));
}

TEST_CASE("a basket is held under a name and resumed from the list", "[ui][hold]") {
    Till t;
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    t.dialogs.then(expect<ui::HeldDialog>([](ui::HeldDialog& hold) {
        CHECK(hold.holding());
        hold.label_edit()->setText(QStringLiteral("red coat lady"));
        hold.accept();
        return hold.result();
    }));
    t.screen.hold_or_resume();
    CHECK(t.session.lines().empty());
    CHECK(t.text("status").contains(QStringLiteral("red coat lady")));
    t.dialogs.then(expect<ui::HeldDialog>([](ui::HeldDialog& resume) {
        CHECK_FALSE(resume.holding());
        REQUIRE(resume.list()->count() == 1);
        CHECK(resume.list()->item(0)->text().startsWith(QStringLiteral("red coat lady")));
        resume.accept();
        return resume.result();
    }));
    t.screen.hold_or_resume();
    REQUIRE(t.session.lines().size() == 1);
    CHECK(t.lines()->topLevelItem(0)->text(0) == QStringLiteral("Linen dress"));
}

TEST_CASE("cancelling needs a reason", "[ui][cancel]") {
    Till t;
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    t.dialogs.then(expect<ui::CancelDialog>([](ui::CancelDialog& cancel) {
        cancel.accept();
        CHECK(cancel.result() != QDialog::Accepted);
        cancel.reason_box()->setCurrentText(QStringLiteral("Scanned by mistake"));
        cancel.accept();
        return cancel.result();
    }));
    t.screen.cancel_basket();
    CHECK(t.screen.last_notice()->outcome == Outcome::basket_cancelled);
    CHECK(t.session.lines().empty());
}

TEST_CASE("a customer found by typing a name in F4 is attached", "[ui][customer]") {
    Till t;
    t.dialogs.then(expect<ui::CustomerSearchDialog>([](ui::CustomerSearchDialog& find) {
        QTest::keyClicks(find.query(), QStringLiteral("olg"));
        REQUIRE(find.results()->count() == 1);
        QTest::keyClick(find.query(), Qt::Key_Return);
        return find.result();
    }));
    t.screen.find_customer();
    REQUIRE(t.session.customer());
    CHECK(t.text("greeting") == QStringLiteral("Good afternoon, Olga!"));
}

TEST_CASE("the login dialog shows the store's refusal and logs the cashier in", "[ui][login]") {
    Shop shop;
    till::TillSession session(shop.store, shop.rules, shop.clock, till::SessionSettings{});
    ui::LoginDialog login(session, shop.store.staff().cashiers());
    REQUIRE(login.cashier_box()->count() == 2);
    // Owners first, then by name: Maria (owner), Anna.
    CHECK(login.cashier_box()->itemText(0) == QStringLiteral("Maria (owner)"));
    login.cashier_box()->setCurrentIndex(1);
    login.pin_edit()->setText(QStringLiteral("9999"));
    login.accept();
    CHECK(login.result() != QDialog::Accepted);
    CHECK(login.refusal_label()->text().contains(QStringLiteral("attempt")));
    CHECK(login.pin_edit()->text().isEmpty());
    CHECK_FALSE(session.cashier());
    login.pin_edit()->setText(QStringLiteral("1111"));
    login.accept();
    CHECK(login.result() == QDialog::Accepted);
    REQUIRE(session.cashier());
    CHECK(session.cashier()->name == "Anna");
}

TEST_CASE("the receipt prints on an 80 mm page", "[ui][receipt]") {
    Till t;
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    REQUIRE(t.session.add_payment(store::PaymentLine::Method::cash, Money::minor(10000)).ok());
    REQUIRE(t.session.finish().outcome == Outcome::sale_committed);
    const auto printed = t.session.last_receipt(ui::receipt_labels());
    REQUIRE(printed);
    ui::ReceiptDialog dialog(*printed);
    CHECK(dialog.text().split(QLatin1Char('\n')).size() == static_cast<qsizetype>(printed->lines.size()));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(QString::fromStdString(t.dir.file("receipt.pdf")));
    dialog.print_to(printer);
    CHECK(printer.pageLayout().fullRectPoints().width() == Approx(80.0 / 25.4 * 72.0).margin(1.0));
    CHECK(std::filesystem::file_size(t.dir.file("receipt.pdf")) > 1000);

    // The barcode under the receipt reads back as the receipt's barcode text, which opens its return.
    const QImage barcode = dialog.barcode_image().convertToFormat(QImage::Format_Grayscale8);
    REQUIRE_FALSE(barcode.isNull());
    drivers::FrameView frame;
    frame.pixels =
        std::span<const std::uint8_t>(barcode.constBits(), static_cast<std::size_t>(barcode.sizeInBytes()));
    frame.width = barcode.width();
    frame.height = barcode.height();
    frame.row_stride = static_cast<int>(barcode.bytesPerLine());
    const auto read = drivers::decode_frame(frame, "test", drivers::Timestamp{});
    REQUIRE(read.scans.size() == 1);
    CHECK(read.scans[0].text == printed->barcode);
    CHECK(t.session.receipt_return().open(read.scans[0].text).outcome == Outcome::receipt_opened);
}

TEST_CASE("on a demo shop: a product scan and a regular customer's card", "[ui][demo]") {
    testing::TempDir dir;
    const std::string document = boutique_document();
    const CompiledRules rules = compile(document);
    store::DemoOptions options;
    options.customers = 50;
    options.days = 30;
    const std::string path = dir.file("demo.kassa");
    store::make_demo_shop(path, options, rules, document);
    store::Store store(path, store::Database::Mode::open_existing);
    ManualClock clock(at("2026-11-24T18:10:00+02:00"));  // the evening after the history ends
    till::TillSession session(store, rules, clock, till::SessionSettings{});
    const auto cashiers = store.staff().cashiers();
    REQUIRE_FALSE(cashiers.empty());
    // A customer who bought with a card, and a product sold in the history.
    std::string card;
    std::string sku;
    for (const store::ReceiptView& r : store.sales().recent_receipts({}, 100)) {
        if (card.empty() && !r.card_number.empty() && !r.customer_name.empty()) {
            card = r.card_number;
        }
        if (sku.empty() && !r.lines.empty()) {
            sku = r.lines[0].sku;
        }
    }
    REQUIRE_FALSE(card.empty());
    const auto product = store.catalog().product_by_sku(sku);
    REQUIRE(product);
    REQUIRE_FALSE(product->barcodes.empty());
    ui::Formatter format(Language::en, 2, QStringLiteral("EUR"), sys::load_time_zone("Europe/Tallinn"));
    ui::SaleScreen screen(session, format);
    const bool owner = cashiers[0].role == store::Role::owner;
    REQUIRE(session.log_in(cashiers[0].id, owner ? "1234" : "1111").outcome == Outcome::logged_in);
    screen.refresh();

    type_and_enter(screen.input(), QString::fromStdString(product->barcodes[0]));
    type_and_enter(screen.input(), QString::fromStdString(card));
    REQUIRE(session.customer());
    const auto* greeting = screen.findChild<QLabel*>(QStringLiteral("greeting"));
    CHECK(greeting->text() == QStringLiteral("Good evening, %1!")
                                  .arg(QString::fromStdString(session.customer()->customer.first_name)));
    CHECK(screen.findChild<QLabel*>(QStringLiteral("balance"))->text() ==
          QStringLiteral("Points: ") + format.points(session.customer()->balance));
    const auto* lines = screen.findChild<QTreeWidget*>(QStringLiteral("lines"));
    REQUIRE(lines->topLevelItemCount() == 1);
    CHECK(lines->topLevelItem(0)->text(0) == QString::fromStdString(product->name));
    CHECK(screen.findChild<QLabel*>(QStringLiteral("payable"))->text() ==
          format.money_with_currency(session.quote().totals.payable));
}
