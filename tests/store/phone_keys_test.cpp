// The phone lookup's shortcut: the key read straight off what a cashier typed must be the key libphonenumber
// makes, for every form the shortcut accepts, across libphonenumber's own example numbers of many regions;
// anything it is not sure of is left to the parser. And the lookup finds the same customer either way.
#include <phonenumbers/phonenumberutil.h>

#include <catch2/catch.hpp>
#include <set>

#include "kassa/store/customers.hpp"
#include "kassa/store/phone_keys.hpp"
#include "kassa/store/store.hpp"
#include "temp_dir.hpp"

using namespace kassa;
using namespace kassa::store;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

TEST_CASE("a phone key read directly is always libphonenumber's key, in every region it knows",
          "[store][phone]") {
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util.GetSupportedRegions(&regions);
    REQUIRE(regions.size() > 200);
    int direct_national = 0;
    int direct_international = 0;
    for (const std::string& region : regions) {
        for (const auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE,
                                PhoneNumberUtil::TOLL_FREE, PhoneNumberUtil::VOIP}) {
            PhoneNumber example;
            if (!util.GetExampleNumberForType(region, type, &example)) {
                continue;
            }
            for (const auto format :
                 {PhoneNumberUtil::NATIONAL, PhoneNumberUtil::INTERNATIONAL, PhoneNumberUtil::E164}) {
                std::string typed;
                util.Format(example, format, &typed);
                const auto direct = direct_phone_key(typed, region);
                if (!direct) {
                    continue;
                }
                INFO(region << " typed \"" << typed << "\"");
                const auto parsed = normalise_phone(typed, region);
                REQUIRE(parsed.has_value());
                CHECK(*direct == *parsed);
                (format == PhoneNumberUtil::NATIONAL ? direct_national : direct_international) += 1;
            }
        }
    }
    // The shortcut is taken for most of the world's numbers, not only for a few.
    CHECK(direct_international > 600);
    CHECK(direct_national > 100);
}

TEST_CASE("the forms the shortcut reads and the ones it leaves to libphonenumber", "[store][phone]") {
    CHECK(direct_phone_key("5123 4567", "EE") == "+37251234567");
    CHECK(direct_phone_key(" 5123-4567 ", "EE") == "+37251234567");
    CHECK(direct_phone_key("+372 5123 4567", "EE") == "+37251234567");
    CHECK(direct_phone_key("+372 5123 4567", "RU") == "+37251234567");
    CHECK(direct_phone_key("+7 912 345-67-89", "EE") == "+79123456789");
    // A trunk prefix, an international call prefix, brackets, letters, doubled or trailing separators, too
    // few or too many digits, an unknown region: the parser decides.
    CHECK_FALSE(direct_phone_key("8 912 345-67-89", "RU"));
    CHECK_FALSE(direct_phone_key("040 123 4567", "FI"));
    CHECK_FALSE(direct_phone_key("00372 5123 4567", "EE"));
    CHECK_FALSE(direct_phone_key("+372 (5123) 4567", "EE"));
    CHECK_FALSE(direct_phone_key("5123 4567 ext. 2", "EE"));
    CHECK_FALSE(direct_phone_key("5123  4567", "EE"));
    CHECK_FALSE(direct_phone_key("5123 4567-", "EE"));
    CHECK_FALSE(direct_phone_key("+", "EE"));
    CHECK_FALSE(direct_phone_key("", "EE"));
    CHECK_FALSE(direct_phone_key("123", "EE"));
    CHECK_FALSE(direct_phone_key("+1234567890123456", "EE"));
    CHECK_FALSE(direct_phone_key("5123 4567", "XX"));
}

TEST_CASE("a customer is found by phone however it is typed, with or without the shortcut",
          "[store][phone]") {
    testing::TempDir dir;
    Store store(dir.file("shop.kassa"), Database::Mode::create_if_missing);
    Enrolment olga;
    olga.first_name = "Olga";
    olga.last_name = "Ivanova";
    olga.phone = "+372 5123 4567";
    olga.consents = Consents{true, true, false};
    const std::string id = store.customers().enrol(olga, parse_timestamp("2026-12-06T10:00:00Z").instant);
    for (const char* typed : {"5123 4567", "51234567", "+37251234567", "+372 5123-4567", "(+372) 5123 4567",
                              "00372 5123 4567", "+372 5123 4567 "}) {
        INFO(typed);
        const Lookup found = store.customers().find_by_phone(typed);
        REQUIRE(found.customer.has_value());
        CHECK(found.customer->id == id);
    }
    const Lookup nobody = store.customers().find_by_phone("5123 4568");
    CHECK_FALSE(nobody.customer.has_value());
    CHECK(nobody.failure == LookupFailure::not_found);
    CHECK(nobody.sentence == "No customer has the phone +37251234568.");
    const Lookup garbage = store.customers().find_by_phone("olga");
    CHECK(garbage.failure == LookupFailure::invalid_input);
}

TEST_CASE("a stored phone is shown nationally in the shop's country and internationally elsewhere",
          "[store][phone]") {
    // An Estonian shop: its own numbers as dialled at home, the others with their country code.
    CHECK(phone_for_people("+37251234567", "EE") == "5123 4567");
    CHECK(phone_for_people("+79123456789", "EE") == "+7 912 345-67-89");
    CHECK(phone_for_people("+358401234567", "EE") == "+358 40 1234567");
    CHECK(phone_for_people("+4930123456", "EE") == "+49 30 123456");
    // A Russian shop: the trunk prefix 8 at home; a Kazakh number shares +7 and is dialled the same way.
    CHECK(phone_for_people("+79123456789", "RU") == "8 (912) 345-67-89");
    CHECK(phone_for_people("+77012345678", "RU") == "8 (701) 234 5678");
    CHECK(phone_for_people("+37251234567", "RU") == "+372 5123 4567");
    // A Finnish shop: its trunk prefix 0.
    CHECK(phone_for_people("+358401234567", "FI") == "040 1234567");
    CHECK(phone_for_people("+37251234567", "FI") == "+372 5123 4567");
    // No shop country known: every number with its country code.
    CHECK(phone_for_people("+37251234567", "") == "+372 5123 4567");
    // What libphonenumber cannot read as a valid number is shown as it is stored, never hidden or changed.
    CHECK(phone_for_people("+372123", "EE") == "+372123");
    CHECK(phone_for_people("5123 4567", "EE") == "5123 4567");
    CHECK(phone_for_people("call me", "EE") == "call me");
    CHECK(phone_for_people("", "EE").empty());
}
