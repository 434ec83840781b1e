// The till in Russian and Estonian: the .qm files the build makes from resources/translations (lrelease,
// the same files kassa ships) loaded into a QTranslator, then the sale screen built as the other tests build
// it. A string lupdate filed under the wrong context, or a .qm that lost its plural forms, shows up here as
// English on the screen.
#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

#include "kassa/ui/notice_text.hpp"
#include "kassa/ui/receipt_dialog.hpp"
#include "kassa/ui/receipt_printer.hpp"
#include "kassa/ui/shop_refusal_text.hpp"
#include "ui_fixture.hpp"

#ifndef KASSA_QM_DIR
#error "KASSA_QM_DIR (the folder of the built kassa_<lang>.qm) comes from tests/translations/CMakeLists.txt"
#endif

using namespace kassa;
using namespace kassa::ui_test;
using kassa::till::Outcome;

namespace {

// Installs kassa_<lang>.qm for one test case and takes it out again: the widget tests share one
// QApplication, and the others read English.
class Translated {
  public:
    explicit Translated(const char* code) {
        const QString name = QStringLiteral("kassa_") + QString::fromLatin1(code);
        INFO("loading " << name.toStdString() << ".qm from " << KASSA_QM_DIR);
        REQUIRE(translator_.load(name, QStringLiteral(KASSA_QM_DIR)));
        REQUIRE(QCoreApplication::installTranslator(&translator_));
    }
    ~Translated() { QCoreApplication::removeTranslator(&translator_); }
    Translated(const Translated&) = delete;
    Translated& operator=(const Translated&) = delete;

  private:
    QTranslator translator_;
};

void type_and_enter(QLineEdit* input, const char* text) {
    QTest::keyClicks(input, QString::fromLatin1(text));
    QTest::keyClick(input, Qt::Key_Return);
}

QString pay_button(Till& t) {
    return t.find<QPushButton>("button_F12")->text();
}

// The plural sentence of a shop refused at the till's start for its rules (ui::ShopRefusalText).
QString rules_problems(int n) {
    kassa::till::ShopProblem problem;
    problem.kind = kassa::till::ShopProblem::Kind::rules_unreadable;
    problem.path = "shop.kassa";
    problem.rules_version = 7;
    problem.rule_errors.assign(static_cast<std::size_t>(n), kassa::RuleError{"currency", "unknown"});
    return ui::ShopRefusalText::sentence(problem);
}

}  // namespace

TEST_CASE("in Russian the sale screen, its notices and the receipt read Russian", "[ui][translations]") {
    const Translated russian("ru");
    Till t;
    // The F-key stays as it is, the word under it is translated.
    CHECK(pay_button(t) == QStringLiteral("F12\nОплата"));
    CHECK(t.find<QPushButton>("button_F4")->text() == QStringLiteral("F4\nКлиент"));
    CHECK(t.text("greeting") ==
          QStringLiteral("Клиента нет. Отсканируйте карту клиента или введите номер телефона (F4)."));

    type_and_enter(t.screen.input(), "SCARF-01");
    CHECK(t.screen.last_notice()->outcome == Outcome::product_added);
    CHECK(t.text("status") == QStringLiteral("Добавлено: Silk scarf."));
    type_and_enter(t.screen.input(), kOlgaCard);
    REQUIRE(t.session.customer());
    CHECK(t.text("greeting") == QStringLiteral("Добрый день, Olga!"));
    CHECK(t.text("balance") == QStringLiteral("Баллы: ") + t.format.points(t.session.customer()->balance));

    CHECK(ui::NoticeText::sentence({Outcome::basket_empty, {}, {}}) == QStringLiteral("Чек пуст."));
    CHECK(ui::NoticeText::sentence({Outcome::receipt_not_found, "42", {}}) ==
          QStringLiteral("Чек «42» не найден."));
    CHECK(ui::NoticeText::failure(store::FailureKind::disk_full) ==
          QStringLiteral("Диск заполнен: продажу не удалось сохранить."));

    // The receipt's words come from a free function (receipt_labels), the case lupdate once filed wrongly.
    const till::ReceiptLabels labels = ui::receipt_labels();
    CHECK(labels.total == "ИТОГО");
    CHECK(labels.change == "Сдача");
    CHECK(labels.thank_you == "Спасибо за покупку!");

    // Russian plurals: one, few, many, and 21 is "one" again.
    CHECK(rules_problems(1).startsWith(
        QStringLiteral("В правилах программы лояльности магазина (версия 7) 1 ошибка.")));
    CHECK(rules_problems(3).startsWith(
        QStringLiteral("В правилах программы лояльности магазина (версия 7) 3 ошибки.")));
    CHECK(rules_problems(5).startsWith(
        QStringLiteral("В правилах программы лояльности магазина (версия 7) 5 ошибок.")));
    CHECK(rules_problems(11).startsWith(
        QStringLiteral("В правилах программы лояльности магазина (версия 7) 11 ошибок.")));
    CHECK(rules_problems(21).startsWith(
        QStringLiteral("В правилах программы лояльности магазина (версия 7) 21 ошибка.")));
}

TEST_CASE("in Estonian the sale screen, its notices and the receipt read Estonian", "[ui][translations]") {
    const Translated estonian("et");
    Till t;
    CHECK(pay_button(t) == QStringLiteral("F12\nTasumine"));
    CHECK(t.find<QPushButton>("button_F6")->text() == QStringLiteral("F6\nPunktid"));
    CHECK(t.text("greeting") ==
          QStringLiteral("Klienti pole. Skanni kliendikaart või sisesta telefoninumber (F4)."));

    type_and_enter(t.screen.input(), "SCARF-01");
    CHECK(t.text("status") == QStringLiteral("Lisatud: Silk scarf."));
    type_and_enter(t.screen.input(), kOlgaCard);
    REQUIRE(t.session.customer());
    CHECK(t.text("greeting") == QStringLiteral("Tere päevast, Olga!"));

    CHECK(ui::NoticeText::sentence({Outcome::bank_card, {}, {}}) ==
          QStringLiteral("See on pangakaart, mitte kliendikaart. Sellest ei salvestatud midagi."));
    CHECK(ui::NoticeText::sentence({Outcome::sale_committed, "17", {}}) ==
          QStringLiteral("Tšekk 17 salvestatud. Aitäh!"));

    const till::ReceiptLabels labels = ui::receipt_labels();
    CHECK(labels.receipt == "Tšekk");
    CHECK(labels.total == "KOKKU");

    CHECK(rules_problems(1).startsWith(
        QStringLiteral("Poe püsikliendiprogrammi reeglites (versioon 7) on 1 viga.")));
    CHECK(rules_problems(4).startsWith(
        QStringLiteral("Poe püsikliendiprogrammi reeglites (versioon 7) on 4 viga.")));
}

TEST_CASE("a too long cash reason and an unusable printer address read Russian and Estonian",
          "[ui][translations]") {
    const till::Notice too_long{Outcome::shift_refused, "200", {}, store::ShiftProblem::reason_too_long};
    const auto bad_url = ui::ReceiptPrinter::SetupProblem::bad_url;
    {
        const Translated russian("ru");
        CHECK(ui::NoticeText::sentence(too_long) ==
              QStringLiteral("Причина слишком длинная; сократите её (наибольшее число знаков: 200)."));
        CHECK(ui::ReceiptPrinter::setup_sentence(bad_url, QStringLiteral("lpt1"))
                  .startsWith(QStringLiteral("Принтер: адрес «lpt1» в настройках магазина не подходит")));
    }
    const Translated estonian("et");
    CHECK(ui::NoticeText::sentence(too_long) ==
          QStringLiteral("Põhjus on liiga pikk; lühenda seda (kõige rohkem märke: 200)."));
    CHECK(ui::ReceiptPrinter::setup_sentence(bad_url, QStringLiteral("lpt1"))
              .startsWith(QStringLiteral("Printer: poe seadetes olev aadress „lpt1“ ei sobi")));
}

TEST_CASE("the English .qm gives the source text back, with both plural forms", "[ui][translations]") {
    const Translated english("en");
    Till t;
    CHECK(pay_button(t) == QStringLiteral("F12\nPay"));
    CHECK(
        rules_problems(1).startsWith(QStringLiteral("The shop's loyalty rules (version 7) have 1 problem.")));
    CHECK(rules_problems(2).startsWith(
        QStringLiteral("The shop's loyalty rules (version 7) have 2 problems.")));
}

TEST_CASE("without a translator the screen is English again", "[ui][translations]") {
    {
        const Translated russian("ru");
        CHECK(ui::NoticeText::sentence({Outcome::basket_empty, {}, {}}) == QStringLiteral("Чек пуст."));
    }
    Till t;
    CHECK(pay_button(t) == QStringLiteral("F12\nPay"));
    CHECK(ui::NoticeText::sentence({Outcome::basket_empty, {}, {}}) ==
          QStringLiteral("The basket is empty."));
}
