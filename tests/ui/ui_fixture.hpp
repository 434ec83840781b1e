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
#include "boutique_shop.hpp"

namespace kassa::ui_test {

using testing::at;
using testing::boutique_document;
using testing::compile;
using testing::kDressBarcode;
using testing::kOlgaCard;
using testing::kRibbonBarcode;
using testing::kScarfBarcode;
using testing::product;

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

using Shop = testing::BoutiqueShop;

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
