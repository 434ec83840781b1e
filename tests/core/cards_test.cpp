// Telling a bank card from a loyalty card in any text a device or a person produces. The numbers are the
// ISO/IEC 7812 test numbers card schemes publish (4111111111111111, 5555555555554444, 378282246310005),
// never a real card.
#include <catch2/catch.hpp>
#include <string>

#include "kassa/core/cards.hpp"

using namespace kassa;

TEST_CASE("a payment card number by brand, length and Luhn", "[cards]") {
    CHECK(is_payment_card_number("4111111111111111"));
    CHECK(is_payment_card_number("5555555555554444"));
    CHECK(is_payment_card_number("378282246310005"));
    CHECK_FALSE(is_payment_card_number("4111111111111112"));  // Luhn fails
    // The shop's own in-store numbers share the 2x prefix with Mastercard and Mir: 13 digits are no card.
    CHECK_FALSE(is_payment_card_number("2000000000015"));
    CHECK_FALSE(is_payment_card_number(instore_card_number(22, 1)));
    CHECK_FALSE(is_payment_card_number("4006381333931"));  // an EAN-13 product code
}

TEST_CASE("a text carries a payment card in every form a reader, a scanner or a person writes it",
          "[cards]") {
    const char* forms[] = {
        "4111111111111111",
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "5555 5555 5555 4444",
        "3782 822463 10005",
        ";4111111111111111=2512101?",
        "%B4111111111111111^DOE/JOHN^2512101?;4111111111111111=2512101?",
        // A keyboard reader that lost its start sentinels: the track 1 alone, and both tracks.
        "B4111111111111111^DOE/JOHN^2512101?",
        "B4111111111111111^DOE/JOHN^2512101?;4111111111111111=2512101?",
        // A track 1 whose number is no brand's (format B is a bank card all the same).
        "%B6000000000000^DOE/JOHN^2512?",
        "Card 4111 1111 1111 1111 exp 12/29",
        "]E04111111111111111",
    };
    for (const char* text : forms) {
        INFO(text);
        CHECK(carries_payment_card(text));
    }
}

TEST_CASE("loyalty cards, products and phones do not carry a payment card", "[cards]") {
    const char* texts[] = {
        "",
        "2000000000015",
        ";2000000000015=4912?",
        "%E?;2000000000015=4912?",
        "4006381333931",
        // An EAN-13 that passes Luhn too (one German product code in ten does): a product, not a Visa.
        "4000000000006",
        "+372 5123 4567",
        "8 (912) 345-67-89",
        "DRESS-0412",
        "R20261207-0001",
        "Алёна Смирнова 2000000000015",
        // Two product codes on one line are not one card number.
        "4006381333931 4006381333931",
        // 20 digits: no card number is that long.
        "41111111111111111111",
        // A product code starting with B is no track 1.
        "B-2000^X",
    };
    for (const char* text : texts) {
        INFO(text);
        CHECK_FALSE(carries_payment_card(text));
    }
}
