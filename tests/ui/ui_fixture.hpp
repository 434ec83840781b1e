#pragma once
// A small boutique on a real shop file in a temporary folder, a till session logged in as Anna, and the
// sale screen over it, with a scripted dialog runner: each dialog the screen opens is handed to the next
// step of the script, which fills it in and closes it synchronously (no timers, no nested event loops).
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <deque>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>
#include "catch_qt.hpp"

#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/demo.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"
#include "kassa/till/session.hpp"
#include "kassa/ui/formatter.hpp"
#include "kassa/ui/sale_screen.hpp"
#include "temp_dir.hpp"

namespace kassa::ui_test {

inline Instant at(const char* text) {
    return parse_timestamp(text).instant;
}

inline std::string boutique_document() {
    std::ifstream file(std::string(KASSA_SOURCE_DIR) + "/resources/rules/boutique.json");
    return std::string(std::istreambuf_iterator<char>(file), {});
}

inline CompiledRules compile(const std::string& document) {
    auto read = json::read_rules(nlohmann::json::parse(document));
    REQUIRE(read.errors.empty());
    return CompiledRules(*read.rules, sys::load_time_zone(read.rules->time_zone));
}

constexpr const char* kDressBarcode = "4006381333931";
constexpr const char* kScarfBarcode = "4600000000015";
constexpr const char* kRibbonBarcode = "2100000000011";
constexpr const char* kOlgaCard = "2000000000015";

inline store::Product product(const char* sku, const char* name, const char* category, std::int64_t price,
                              std::vector<std::string> barcodes) {
    store::Product p;
    p.sku = sku;
    p.name = name;
    p.category = category;
    p.price = Money::minor(price);
    p.barcodes = std::move(barcodes);
    return p;
}

// Which dialogs the screen opened, and what each step of the script did with them.
class ScriptedDialogs {
  public:
    using Step = std::function<int(QDialog&)>;
    void then(Step step) { steps_.push_back(std::move(step)); }
    // Every dialog goes to the next step; a dialog nobody expected fails the test and is rejected.
    int run(QDialog& dialog) {
        opened.emplace_back(dialog.metaObject()->className());
        if (steps_.empty()) {
            FAIL_CHECK("an unexpected dialog opened: " << opened.back());
            return QDialog::Rejected;
        }
        Step step = std::move(steps_.front());
        steps_.pop_front();
        const int result = step(dialog);
        dialog.setResult(result);
        return result;
    }
    [[nodiscard]] bool done() const { return steps_.empty(); }
    std::vector<std::string> opened;

  private:
    std::deque<Step> steps_;
};

// A step for a dialog of type D.
template <typename D>
ScriptedDialogs::Step expect(std::function<int(D&)> fill) {
    return [fill = std::move(fill)](QDialog& dialog) -> int {
        auto* typed = dynamic_cast<D*>(&dialog);
        REQUIRE(typed != nullptr);
        return fill(*typed);
    };
}

struct Shop {
    testing::TempDir dir;
    store::Store store{dir.file("shop.kassa"), store::Database::Mode::create_if_missing};
    CompiledRules rules = compile(boutique_document());
    ManualClock clock{at("2026-11-25T15:30:00+02:00")};  // a Wednesday afternoon in Tallinn
    std::string olga;
    std::string anna;
    std::string maria;

    Shop() {
        store::ShopSettings settings;
        settings.name = "Boutique Liis";
        store.save_settings(settings);
        store.save_rules(boutique_document(), "maria", "first rules", at("2026-01-01T10:00:00Z"));
        store.upsert_product(product("DRESS-0412", "Linen dress", "dresses", 7990, {kDressBarcode}));
        store.upsert_product(product("SCARF-01", "Silk scarf", "accessories", 1990, {kScarfBarcode}));
        store::Product ribbon =
            product("RIBBON", "Ribbon by the metre", "accessories", 250, {kRibbonBarcode});
        ribbon.by_weight = true;
        store.upsert_product(ribbon);
        store::Enrolment e;
        e.first_name = "Olga";
        e.last_name = "Ivanova";
        e.phone = "5123 4567";
        e.birthday = parse_date("1988-11-27");
        e.consents = store::Consents{true, true, false};
        e.card_number = kOlgaCard;
        olga = store.enrol(e, at("2026-01-10T12:00:00+02:00"), &rules);
        anna = store.add_cashier("Anna", store::Role::cashier, "1111", "setup", at("2026-01-01T09:00:00Z"));
        maria = store.add_cashier("Maria", store::Role::owner, "1234", "setup", at("2026-01-01T09:00:00Z"));
    }
};

struct Till : Shop {
    till::TillSession session{store, rules, clock, till::SessionSettings{}};
    ui::Formatter format{Language::en, 2, QStringLiteral("EUR"), sys::load_time_zone("Europe/Tallinn")};
    ScriptedDialogs dialogs;
    ui::SaleScreen screen{session, format};

    Till() {
        REQUIRE(session.log_in(anna, "1111").outcome == till::Outcome::logged_in);
        screen.set_dialog_runner([this](QDialog& d) { return dialogs.run(d); });
        screen.refresh();
    }

    template <typename W = QLabel>
    W* find(const char* name) {
        auto* widget = screen.findChild<W*>(QString::fromLatin1(name));
        REQUIRE(widget != nullptr);
        return widget;
    }
    QString text(const char* label) { return find<QLabel>(label)->text(); }
    QTreeWidget* lines() { return find<QTreeWidget>("lines"); }
};

}  // namespace kassa::ui_test
