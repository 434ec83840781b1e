// The sale screen tells the cashier when a basket starts under newer loyalty rules (issue 22, docs/sync.md
// "Rules, catalog and cashiers"): a version saved while a basket is open changes nothing on the screen until
// the next basket, whose first scan says it in the till's language; the sentence stays for that basket.
#include <QLineEdit>
#include <QTest>
#include <nlohmann/json.hpp>

#include "kassa/store/rules_store.hpp"
#include "translated_language.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;
using kassa::till::Outcome;

namespace {

void type_and_enter(QLineEdit* input, const QString& text) {
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return);
}

std::string with_dress_sale(int percent_bp) {
    auto document = nlohmann::json::parse(boutique_document());
    document["programs"].push_back({{"id", "dresses"},
                                    {"type", "promotion"},
                                    {"name", "Dresses on sale"},
                                    {"conditions", {{"categories", {"dresses"}}}},
                                    {"effect", {{"type", "percent_off"}, {"percent_bp", percent_bp}}}});
    return document.dump();
}

// The boutique's till as the app starts it: the session knows the version it was started with.
struct RulesTill : Shop {
    till::SessionSettings settings() {
        till::SessionSettings s;
        s.rules_version = store.rules().current_rules_version();
        return s;
    }
    till::TillSession session{store, rules, clock, settings()};
    ui::Formatter format{Language::en, 2, QStringLiteral("EUR"), sys::load_time_zone("Europe/Tallinn")};
    ui::SaleScreen screen{session, format};

    RulesTill() {
        REQUIRE(session.log_in(anna, "1111").outcome == Outcome::logged_in);
        screen.refresh();
    }
    QString text(const char* label) {
        auto* found = screen.findChild<QLabel*>(QString::fromLatin1(label));
        REQUIRE(found != nullptr);
        return found->text();
    }
    QLabel* rules_line(ui::SaleScreen& on) {
        auto* label = on.findChild<QLabel*>(QStringLiteral("rules_notice"));
        REQUIRE(label != nullptr);
        return label;
    }
    void save(const std::string& document) {
        store.rules().save_rules(document, store::Actor{"maria"}, "dresses", clock.now());
    }
    // Paid in cash as the payment dialog pays, and the screen told.
    void pay(ui::SaleScreen& on) {
        REQUIRE(session.add_payment(store::PaymentLine::Method::cash, session.payable()).outcome ==
                Outcome::payment_added);
        on.show_notice(session.finish());
        REQUIRE(on.last_notice()->outcome == Outcome::sale_committed);
    }
};

}  // namespace

TEST_CASE("The sale screen says new rules apply from the next basket in English and Russian", "[ui][rules]") {
    RulesTill t;
    TillLanguage english("en", Language::en);
    t.screen.show();
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    CHECK_FALSE(t.rules_line(t.screen)->isVisible());

    // The owner saves new rules while Anna's basket is open: nothing changes on it.
    t.save(with_dress_sale(1000));
    type_and_enter(t.screen.input(), QStringLiteral("SCARF-01"));
    CHECK_FALSE(t.rules_line(t.screen)->isVisible());
    CHECK(t.session.quote().totals.discount == Money::minor(0));
    t.pay(t.screen);

    // The next basket's first scan starts it under them, and the screen says so apart from the scan's notice.
    type_and_enter(t.screen.input(), QString::fromLatin1(kDressBarcode));
    QLabel* line = t.rules_line(t.screen);
    CHECK(line->isVisible());
    CHECK(line->text() == QStringLiteral("New loyalty rules from the office apply from this sale."));
    CHECK(t.text("status") == QStringLiteral("Linen dress added."));
    CHECK(t.session.quote().totals.discount == Money::minor(799));
    // It stays for the basket it prices and goes with its receipt.
    type_and_enter(t.screen.input(), QStringLiteral("SCARF-01"));
    CHECK(line->isVisible());
    t.pay(t.screen);
    CHECK_FALSE(line->isVisible());

    {
        TillLanguage russian("ru", Language::ru);
        const ui::Formatter format{Language::ru, 2, QStringLiteral("EUR"),
                                   sys::load_time_zone("Europe/Tallinn")};
        ui::SaleScreen screen(t.session, format);
        screen.show();
        t.save(with_dress_sale(2000));
        type_and_enter(screen.input(), QString::fromLatin1(kDressBarcode));
        CHECK(t.rules_line(screen)->text() ==
              QStringLiteral("Новые правила лояльности из офиса действуют с этой продажи."));
        CHECK(t.session.quote().totals.discount == Money::minor(1598));
    }
}
