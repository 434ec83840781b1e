// Every outcome the session can report reads as a sentence, with its detail in it where there is one.
#include "kassa/ui/notice_text.hpp"

#include "catch_qt.hpp"

using kassa::till::Notice;
using kassa::till::Outcome;
using kassa::ui::NoticeText;

TEST_CASE("every outcome but a plain ok has a sentence", "[ui][notice]") {
    // basket_recovered is the last outcome; a new one makes notice_text.cpp's switch fail to build (-Wswitch).
    for (int i = 0; i <= static_cast<int>(Outcome::basket_recovered); ++i) {
        const auto outcome = static_cast<Outcome>(i);
        const QString sentence = NoticeText::sentence(Notice{outcome, "X-DETAIL", {}});
        if (outcome == Outcome::ok) {
            CHECK(sentence.isEmpty());
        } else {
            INFO("outcome " << i);
            CHECK_FALSE(sentence.isEmpty());
            CHECK_FALSE(sentence.contains(QStringLiteral("%1")));
        }
    }
}

TEST_CASE("details reach the sentence, a store failure without one still explains itself", "[ui][notice]") {
    CHECK(NoticeText::sentence({Outcome::unknown_barcode, "1234567890128", {}}).contains(QStringLiteral("1234567890128")));
    CHECK(NoticeText::sentence({Outcome::coupon_rejected, "Coupon NL7Q2K has expired", {}}) ==
          QStringLiteral("Coupon NL7Q2K has expired"));
    CHECK(NoticeText::sentence({Outcome::store_failed, {}, kassa::store::FailureKind::disk_full}).contains(
        QStringLiteral("disk is full")));
    // A bank card's digits are never repeated, whatever the detail says.
    CHECK_FALSE(NoticeText::sentence({Outcome::bank_card, "4111111111111111", {}}).contains(QStringLiteral("4111")));
}

TEST_CASE("a cash movement's reason over the bound names the bound", "[ui][notice]") {
    const QString sentence = NoticeText::sentence(
        Notice{Outcome::shift_refused, "200", {}, kassa::store::ShiftProblem::reason_too_long});
    CHECK(sentence == QStringLiteral("The reason is too long: write it in at most 200 characters."));
    // The dialog's own check words it the same way without a notice.
    CHECK(NoticeText::shift_problem(kassa::store::ShiftProblem::reason_too_long) == sentence);
}
