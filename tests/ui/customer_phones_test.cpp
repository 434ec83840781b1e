// A customer's phone as people read it on the screens: nationally when it is of the shop's phone country,
// internationally otherwise (the file, and the list's CSV for an SMS service, keep E.164); and the consent
// channels of the owner's lists in the till's language, worded from their typed value, never the store's key.
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>

#include "kassa/store/customers.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/ui/owner_window.hpp"
#include "kassa/ui/search_dialogs.hpp"
#include "translated_language.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;

namespace {

// The boutique (an Estonian shop) with Ivan too: a Russian mobile, SMS and e-mail consent, and his birthday
// the day after tomorrow, so the birthday list has Olga (SMS only) and him.
struct Desk : Till {
    till::OwnerDesk desk{store, rules.rules(), clock, sys::load_time_zone("Europe/Tallinn"), maria};
    std::string ivan;

    Desk() {
        store::Enrolment e;
        e.first_name = "Ivan";
        e.last_name = "Petrov";
        e.phone = "+7 912 345-67-89";
        e.email = "ivan@example.com";
        e.birthday = parse_date("1979-11-27");
        e.consents = store::Consents{true, true, true};
        ivan = store.customers().enrol(e, at("2026-03-02T12:00:00+02:00"), &rules);
    }

    void phone_country(const char* region) {
        store::ShopSettings settings = store.shop().settings();
        settings.phone_country = region;
        store.shop().save_settings(settings);
    }
};

int column_of(QTableWidget* table, const QString& title) {
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->horizontalHeaderItem(c) != nullptr && table->horizontalHeaderItem(c)->text() == title) {
            return c;
        }
    }
    return -1;
}

// The cells of `column` keyed by the first name on their row.
std::map<QString, QString> by_first_name(QTableWidget* table, const std::string& column) {
    const int names = column_of(table, ui::ReportText::column_title("first_name"));
    const int wanted = column_of(table, ui::ReportText::column_title(column));
    REQUIRE(names > 0);
    REQUIRE(wanted > 0);
    std::map<QString, QString> out;
    for (int r = 0; r < table->rowCount(); ++r) {
        out[table->item(r, names)->text()] = table->item(r, wanted)->text();
    }
    return out;
}

QTableWidget* birthday_list(ui::ListsPage& page) {
    page.list()->setCurrentIndex(page.list()->findData(QStringLiteral("birthdays")));
    page.show_list();
    return page.table();
}

QString search(Desk& t, const QString& name) {
    ui::CustomerSearchDialog dialog(t.session, t.format);
    dialog.query()->setText(name);
    dialog.search();
    REQUIRE(dialog.results()->count() == 1);
    return dialog.results()->item(0)->text();
}

}  // namespace

TEST_CASE("phones on the owner's list are shown as dialled from the shop, its CSV keeps them E.164",
          "[ui][owner][lists][phone]") {
    Desk t;
    ui::ListsPage page(t.desk, t.format);
    auto phones = by_first_name(birthday_list(page), "phone");
    CHECK(phones[QStringLiteral("Olga")] == QStringLiteral("5123 4567"));
    CHECK(phones[QStringLiteral("Ivan")] == QStringLiteral("+7 912 345-67-89"));

    const std::string csv_path = t.dir.file("birthdays.csv");
    REQUIRE(page.save_csv(QString::fromStdString(csv_path)));
    QFile csv(QString::fromStdString(csv_path));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    CHECK(text.contains(QStringLiteral(",+37251234567,")));
    CHECK(text.contains(QStringLiteral(",+79123456789,")));

    // The owner moves the shop to Russia: the same numbers, dialled from there.
    t.phone_country("RU");
    phones = by_first_name(birthday_list(page), "phone");
    CHECK(phones[QStringLiteral("Olga")] == QStringLiteral("+372 5123 4567"));
    CHECK(phones[QStringLiteral("Ivan")] == QStringLiteral("8 (912) 345-67-89"));
}

TEST_CASE("the customer search lists each phone as dialled from the shop", "[ui][search][phone]") {
    Desk t;
    CHECK(search(t, QStringLiteral("Ivanova")).contains(QStringLiteral("  ·  5123 4567")));
    CHECK(search(t, QStringLiteral("Petrov")).contains(QStringLiteral("  ·  +7 912 345-67-89")));
    t.phone_country("FI");
    CHECK(search(t, QStringLiteral("Ivanova")).contains(QStringLiteral("  ·  +372 5123 4567")));
}

TEST_CASE("the owner's list words its consent channels in the till's language, never the store's key",
          "[ui][owner][lists][translations]") {
    struct Case {
        const char* code;
        Language language;
        QString sms_and_email;
    };
    for (const Case& c : {Case{"en", Language::en, QStringLiteral("SMS, e-mail")},
                          Case{"ru", Language::ru, QStringLiteral("SMS, эл. почта")},
                          Case{"et", Language::et, QStringLiteral("SMS, e-post")}}) {
        INFO(c.code);
        Desk t;
        TillLanguage language(c.code, c.language);
        ui::ListsPage page(t.desk, t.format);
        const auto consent = by_first_name(birthday_list(page), "consent");
        REQUIRE(consent.size() == 2);
        CHECK(consent.at(QStringLiteral("Olga")) == QStringLiteral("SMS"));
        CHECK(consent.at(QStringLiteral("Ivan")) == c.sms_and_email);
        for (const auto& [name, words] : consent) {
            for (const char* key : {"sms", "email", "+"}) {
                CHECK_FALSE(words.contains(QString::fromLatin1(key)));
            }
        }
    }
}
