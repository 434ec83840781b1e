// The bank-card promise of docs/security.md, end to end on real files: ISO test card numbers swiped on a
// card reader, typed at the till, as a wedge reader types a stripe's track 1 and track 2, and given at
// enrolment, leave their digits nowhere: not in a Notice the screen shows, not in the shop's SQLite file or
// its write-ahead log (read as raw bytes, deleted pages included), not in the audit log, not in the basket
// saved for crash recovery.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "boutique_shop.hpp"
#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/baskets.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"
#include "kassa/till/session.hpp"

using namespace kassa;
using namespace kassa::till;

namespace {

using testing::at;
using testing::kDressBarcode;
using testing::kOlgaCard;

// ISO/IEC 7812 test numbers every card scheme publishes for testing: never a real customer's card.
constexpr const char* kVisa = "4111111111111111";
constexpr const char* kMastercard = "5555555555554444";

// The forms a card number can take in text: whole, grouped in fours, and the halves a "masked" display
// (first 6 and last 4) or a careless log line would keep.
std::vector<std::string> forms_of(const std::string& pan) {
    std::vector<std::string> forms{pan, pan.substr(0, 12), pan.substr(pan.size() - 12)};
    std::string grouped;
    for (std::size_t i = 0; i < pan.size(); ++i) {
        if (i > 0 && i % 4 == 0) {
            grouped += ' ';
        }
        grouped += pan[i];
    }
    forms.push_back(grouped);
    forms.push_back(pan.substr(0, 6) + "******" + pan.substr(pan.size() - 4));
    forms.push_back(pan.substr(0, 6) + "XXXXXX" + pan.substr(pan.size() - 4));
    return forms;
}

std::string raw_bytes(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(file), {});
}

// The first form of `pan` found in `text`, or an empty string.
std::string leaked_form(const std::string& text, const std::string& pan) {
    for (const auto& form : forms_of(pan)) {
        if (text.find(form) != std::string::npos) {
            return form;
        }
    }
    return {};
}

struct Shop : testing::BoutiqueShop {
    static SessionSettings settings() {
        SessionSettings s;
        s.shop_name = "Boutique Liis";
        return s;
    }
};

struct Till : Shop {
    TillSession session{store, rules, clock, settings()};
    std::vector<Notice> notices;  // every answer the screen would have shown

    Till() { REQUIRE(session.log_in(anna, "1111").outcome == Outcome::logged_in); }

    Notice scan(const std::string& text, ScanSource source) {
        notices.push_back(session.scan(text, source));
        return notices.back();
    }

    // Everything the audit log holds, one row a line.
    std::string audit_log() const {
        SQLite::Database db(path, SQLite::OPEN_READONLY);
        SQLite::Statement q(db,
                            "SELECT at || '|' || actor || '|' || action || '|' || subject || '|' || details "
                            "FROM audit_log ORDER BY id");
        std::string out;
        while (q.executeStep()) {
            out += q.getColumn(0).getString() + "\n";
        }
        return out;
    }

    // No form of `pan` in any notice, the audit log, the open basket, the database file or its WAL.
    void check_nothing_kept(const std::string& pan) {
        for (const auto& n : notices) {
            INFO("notice " << outcome_name(n.outcome) << ": " << n.detail);
            CHECK(leaked_form(n.detail, pan).empty());
            // A refusal's values go to the screen too: none of them may carry the number.
            for (const auto& value : n.refusal ? n.refusal->values : std::vector<store::ProblemValue>{}) {
                if (const auto* text = std::get_if<std::string>(&value)) {
                    CHECK(leaked_form(*text, pan).empty());
                }
            }
        }
        CHECK(leaked_form(audit_log(), pan).empty());
        const auto basket = store.baskets().open_basket(settings().till_id);
        REQUIRE(basket);  // the dress is on it: the basket is saved after every change
        CHECK(leaked_form(*basket, pan).empty());
        REQUIRE(std::filesystem::exists(path));
        REQUIRE(std::filesystem::exists(path + "-wal"));  // the store keeps its file in WAL mode
        CHECK(leaked_form(raw_bytes(path), pan).empty());
        CHECK(leaked_form(raw_bytes(path + "-wal"), pan).empty());
    }
};

}  // namespace

TEST_CASE("the leak check finds a card number where there is one", "[till][security]") {
    // The search itself is proven on bytes that hold the number in each form it looks for.
    for (const auto& form : forms_of(kVisa)) {
        CHECK(leaked_form("before " + form + " after", kVisa) == form);
    }
    CHECK(leaked_form("4006381333931 2000000000015", kVisa).empty());
    // And on a real database file: a text row holding the number is found in the raw bytes.
    Shop shop;
    shop.store.staff().audit(store::Actor{"maria"}, "test", kMastercard, "", shop.clock.now());
    const std::string bytes = raw_bytes(shop.path) + raw_bytes(shop.path + "-wal");
    CHECK(leaked_form(bytes, kMastercard) == kMastercard);
}

TEST_CASE("bank card numbers swiped or typed leave their digits nowhere", "[till][security]") {
    Till t;
    REQUIRE(t.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    for (const std::string pan : {kVisa, kMastercard}) {
        const std::string grouped = forms_of(pan)[3];
        for (const std::string& text :
             {pan, " " + pan + " ", grouped, ";" + pan + "=2912101?", "]E0" + pan, pan + "=2912101?"}) {
            for (const ScanSource source : {ScanSource::card_reader, ScanSource::typed}) {
                INFO(text << (source == ScanSource::typed ? " typed" : " swiped"));
                const Notice n = t.scan(text, source);
                CHECK(n.outcome == Outcome::bank_card);
                CHECK(n.detail.empty());
                CHECK_FALSE(t.session.customer());
            }
        }
    }
    // A loyalty card after a bank card still works, and a bank card after it does not take her off.
    REQUIRE(t.scan(kOlgaCard, ScanSource::card_reader).outcome == Outcome::customer_identified);
    CHECK(t.scan(kVisa, ScanSource::card_reader).outcome == Outcome::bank_card);
    REQUIRE(t.session.customer());
    CHECK(t.session.customer()->card_number == kOlgaCard);
    t.check_nothing_kept(kVisa);
    t.check_nothing_kept(kMastercard);
}

TEST_CASE("enrolment with a bank card number is refused and keeps nothing of it", "[till][security][enrol]") {
    Till t;
    REQUIRE(t.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    const auto count_customers = [&] {
        SQLite::Database db(t.path, SQLite::OPEN_READONLY);
        return db.execAndGet("SELECT count(*) FROM customers").getInt();
    };
    const int before = count_customers();
    const std::string visa = kVisa;
    for (const std::string& card : {visa, std::string(kMastercard), ";" + visa + "=2912101?"}) {
        store::Enrolment e;
        e.first_name = "Test";
        e.last_name = "Card";
        e.phone = "5555 0101";
        e.consents = store::Consents{true, false, false};
        e.card_number = card;
        const Notice refused = t.session.enrol(e);
        t.notices.push_back(refused);
        CHECK(refused.outcome == Outcome::enrolment_refused);
        // The store's reason, which carries no value (so no digit) of the card.
        REQUIRE(refused.refusal);
        CHECK(refused.refusal->problem == store::StoreProblem::bank_card);
        CHECK(refused.refusal->values.empty());
        CHECK_THROWS_AS(t.store.customers().enrol(e, t.clock.now(), &t.rules), store::StoreError);
    }
    CHECK(count_customers() == before);  // refused whole: no customer row without its card
    // Nor can a bank card be bound to an existing customer later.
    const auto olga = t.store.customers().find_by_card(kOlgaCard);
    REQUIRE(olga.customer);
    CHECK_THROWS_AS(t.store.customers().bind_card(store::CustomerId{olga.customer->id}, kVisa, t.clock.now()),
                    store::StoreError);
    const auto lookup = t.store.customers().find_by_card(kVisa);
    CHECK(lookup.failure == store::LookupFailure::bank_card);
    CHECK(lookup.sentence.find("4111") == std::string::npos);
    t.check_nothing_kept(kVisa);
    t.check_nothing_kept(kMastercard);
}

TEST_CASE("a stripe's track 1 typed by a wedge reader leaves its digits nowhere", "[till][security]") {
    // A keyboard-wedge reader the driver does not claim types the whole stripe as text: track 1 carries
    // the number and the holder's name, track 2 the number again.
    Till t;
    REQUIRE(t.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    const std::string track1 = "%B" + std::string(kVisa) + "^TEST/CARD^2912101?";
    const std::string track2 = ";" + std::string(kVisa) + "=2912101?";
    for (const std::string& text : {track1, track1 + track2}) {
        for (const ScanSource source : {ScanSource::card_reader, ScanSource::typed}) {
            INFO(text << (source == ScanSource::typed ? " typed" : " swiped"));
            const Notice n = t.scan(text, source);
            CHECK(n.outcome == Outcome::bank_card);
            CHECK(n.detail.empty());
            CHECK_FALSE(t.session.customer());
        }
    }
    t.check_nothing_kept(kVisa);
}

TEST_CASE("a card number grouped in fours inside other text is never echoed", "[till][security]") {
    // What a cashier might type by hand: the number as printed on the card, with a word or a full stop.
    Till t;
    REQUIRE(t.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    for (const std::string pan : {kVisa, kMastercard}) {
        const std::string grouped = forms_of(pan)[3];
        for (const std::string& text : {grouped + ".", "Visa " + grouped, grouped + " 12/29"}) {
            for (const ScanSource source : {ScanSource::card_reader, ScanSource::typed}) {
                INFO(text << (source == ScanSource::typed ? " typed" : " swiped"));
                const Notice n = t.scan(text, source);
                CHECK(n.outcome == Outcome::bank_card);
                CHECK(n.detail.empty());
            }
        }
        t.check_nothing_kept(pan);
    }
}
