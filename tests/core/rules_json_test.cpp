#include <catch2/catch.hpp>
#include <map>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kassa/core/quote.hpp"
#include "kassa/core/rules.hpp"
#include "kassa/core_json/rules_json.hpp"

using namespace kassa;
using Json = nlohmann::json;

namespace {

Json load_boutique() {
    std::ifstream file(std::string(KASSA_SOURCE_DIR) + "/resources/rules/boutique.json");
    REQUIRE(file);
    return Json::parse(file);
}

std::string listing(const std::vector<RuleError>& errors) {
    return kassa::json::describe(errors);
}

bool has_error(const std::vector<RuleError>& errors, const std::string& path, const std::string& reason) {
    for (const auto& e : errors) {
        if (e.path == path && e.reason == reason) {
            return true;
        }
    }
    return false;
}

// Every expected problem is reported, and nothing else.
void check_errors(const kassa::json::RulesReadResult& result, const std::vector<RuleError>& expected) {
    INFO("reported: " << listing(result.errors));
    for (const auto& e : expected) {
        INFO("expected " << e.path << ": " << e.reason);
        CHECK(has_error(result.errors, e.path, e.reason));
    }
    CHECK(result.errors.size() == expected.size());
    // A document with any problem yields no rules at all.
    CHECK_FALSE(result.rules.has_value());
}

Program program(std::string id, ProgramSettings settings) {
    Program p;
    p.id = std::move(id);
    p.name = p.id;
    p.settings = std::move(settings);
    return p;
}

std::shared_ptr<const TimeZone> zone() {
    return std::make_shared<FixedOffsetZone>(7200);
}

}  // namespace

TEST_CASE("the boutique rules document reads cleanly", "[core][rules]") {
    const auto result = kassa::json::read_rules(load_boutique());
    INFO(listing(result.errors));
    REQUIRE(result.errors.empty());
    REQUIRE(result.rules.has_value());
    const Rules& rules = *result.rules;
    CHECK(rules.version == 1);
    CHECK(rules.currency == "EUR");
    CHECK(rules.time_zone == "Europe/Tallinn");
    CHECK(rules.language == Language::en);
    REQUIRE(rules.programs.size() == 6);

    const Program& bonus = rules.programs[0];
    CHECK(bonus.id == "bonus");
    REQUIRE(bonus.type() == ProgramType::bonus);
    const auto& b = std::get<BonusSettings>(bonus.settings);
    CHECK(b.accrual_rate == BasisPoints::bp(500));
    CHECK(b.excluded_categories == std::vector<std::string>{"gift_cards"});
    CHECK(b.redeem_cap == BasisPoints::bp(5000));
    CHECK(b.min_redeem == Points::of(100));
    CHECK(b.point_value == Money::minor(1));
    CHECK(b.hold_days == 14);
    CHECK(b.expiry_days == 365);
    CHECK(b.welcome_points == Points::of(500));
    // Defaults of loyalty.md where the document is silent.
    CHECK_FALSE(b.accrue_on_redeemed);
    CHECK(b.accrue_on_discounted);
    CHECK(b.rounding == PointsRounding::floor_per_receipt);

    REQUIRE(rules.programs[1].type() == ProgramType::tiers);
    const auto& tiers = std::get<TierSettings>(rules.programs[1].settings);
    CHECK(tiers.basis == SpendBasis::lifetime);
    REQUIRE(tiers.levels.size() == 2);
    CHECK(tiers.levels[0].name == "Silver");
    CHECK(tiers.levels[0].min_spend == Money::minor(50000));
    CHECK(tiers.levels[0].discount == BasisPoints::bp(300));
    CHECK(tiers.levels[0].extra_accrual == BasisPoints::bp(100));
    CHECK(tiers.levels[1].name == "Gold");
    CHECK(tiers.levels[1].discount == BasisPoints::bp(500));

    REQUIRE(rules.programs[2].type() == ProgramType::birthday);
    const auto& birthday = std::get<BirthdaySettings>(rules.programs[2].settings);
    CHECK(birthday.days_before == 3);
    CHECK(birthday.days_after == 3);
    CHECK(birthday.frequency == BirthdayFrequency::once_a_year);
    REQUIRE(std::holds_alternative<PercentOff>(birthday.effect));
    CHECK(std::get<PercentOff>(birthday.effect).percent == BasisPoints::bp(1000));

    REQUIRE(rules.programs[3].type() == ProgramType::promotion);
    const auto& wednesday = std::get<PromotionSettings>(rules.programs[3].settings);
    CHECK(wednesday.conditions.weekdays == std::vector<unsigned>{3});
    CHECK(wednesday.conditions.segments == std::vector<std::string>{"regular"});
    REQUIRE(std::holds_alternative<PointsMultiplier>(wednesday.effect));
    CHECK(std::get<PointsMultiplier>(wednesday.effect).multiplier == BasisPoints::bp(20000));
    CHECK(wednesday.announce_days_before == 2);
    CHECK_FALSE(wednesday.slogan.empty());

    const Program& three_for_two = rules.programs[4];
    CHECK(three_for_two.priority == 50);
    CHECK(three_for_two.stacking == Stacking::exclusive);
    const auto& promo = std::get<PromotionSettings>(three_for_two.settings);
    REQUIRE(std::holds_alternative<BuyNGetM>(promo.effect));
    CHECK(std::get<BuyNGetM>(promo.effect).buy == 2);
    CHECK(std::get<BuyNGetM>(promo.effect).get == 1);

    REQUIRE(rules.programs[5].type() == ProgramType::stamps);
    const auto& stamps = std::get<StampSettings>(rules.programs[5].settings);
    CHECK(stamps.goal == 10);
    CHECK(stamps.min_amount == Money::minor(3000));
    REQUIRE(std::holds_alternative<AmountOff>(stamps.reward));
    CHECK(std::get<AmountOff>(stamps.reward).amount == Money::minor(2000));

    CHECK(validate(rules).empty());
    const CompiledRules compiled(rules, zone());
    CHECK(compiled.program_count() == 6);
}

TEST_CASE("every range problem of a document is reported with its exact path", "[core][rules]") {
    const Json doc = Json::parse(R"({
      "version": 1,
      "currency": "EUR",
      "programs": [
        {"id": "bonus", "type": "bonus", "accrual_bp": 500, "redeem_cap_bp": 15000, "category_rates": {"food": 12000}},
        {"id": "tiers", "type": "tiers", "levels": [
          {"name": "Silver", "min_spend": 50000, "discount_bp": 300},
          {"name": "Gold", "min_spend": 150000, "discount_bp": 10001}
        ]},
        {"id": "autumn", "type": "promotion", "valid_from": "2026-09-31",
         "conditions": {"weekdays": [0, 3], "hours": {"from": "25:00", "to": "18:00"}},
         "effect": {"type": "percent_off", "percent_bp": 0}},
        {"id": "card", "type": "stamps", "goal": 0, "reward": {"type": "amount_off", "amount": -100}}
      ]
    })");
    check_errors(
        kassa::json::read_rules(doc),
        {
            {"programs[0].redeem_cap_bp", "must be between 0 and 10000"},
            {"programs[0].category_rates.food", "must be between 0 and 10000"},
            {"programs[1].levels[1].discount_bp", "must be between 0 and 10000"},
            {"programs[2].valid_from", "must be a date written YYYY-MM-DD"},
            {"programs[2].conditions.weekdays[0]", "must be 1 (Monday) to 7 (Sunday)"},
            {"programs[2].conditions.hours.from", "a time of day is written HH:MM between 00:00 and 24:00"},
            {"programs[2].effect.percent_bp", "must be between 1 and 10000"},
            {"programs[3].goal", "must be between 1 and 1000"},
            {"programs[3].reward.amount", "must be between 1 and 1000000000000"},
        });

    // Inside a quote input the same problems carry the document's own prefix.
    const auto nested = kassa::json::read_rules(doc, "rules.");
    CHECK(has_error(nested.errors, "rules.programs[1].levels[1].discount_bp", "must be between 0 and 10000"));
    CHECK(nested.errors.size() == 9);

    // describe() puts them on one line for kassactl.
    const std::string line = kassa::json::describe(kassa::json::read_rules(doc).errors);
    CHECK(line.find("programs[1].levels[1].discount_bp: must be between 0 and 10000") != std::string::npos);
    CHECK(line.find('\n') == std::string::npos);
}

TEST_CASE("unknown fields are reported at every depth", "[core][rules]") {
    // Typos must not be ignored: "acrual_bp" silently left at 0 would cost the owner real money.
    const Json doc = Json::parse(R"({
      "version": 1,
      "currency": "EUR",
      "colour": "red",
      "programs": [
        {"id": "bonus", "type": "bonus", "accrual_bp": 500, "acrual_bp": 600},
        {"id": "tiers", "type": "tiers", "levels": [{"name": "Silver", "min_spend": 100, "discount_bp": 300, "discount": 5}]},
        {"id": "coupon", "type": "coupon", "codes": ["A1"], "effect": {"type": "percent_off", "percent_bp": 1000, "percent": 10}},
        {"id": "promo", "type": "promotion", "conditions": {"weekday": [3]}, "effect": {"type": "percent_off", "percent_bp": 1000}}
      ]
    })");
    check_errors(kassa::json::read_rules(doc), {
                                                   {"colour", "unknown field"},
                                                   {"programs[0].acrual_bp", "unknown field"},
                                                   {"programs[1].levels[0].discount", "unknown field"},
                                                   {"programs[2].effect.percent", "unknown field"},
                                                   {"programs[3].conditions.weekday", "unknown field"},
                                               });

    // A misspelt required field is both unknown and missing.
    const Json typo = Json::parse(R"({"version": 1, "currency": "EUR",
      "programs": [{"id": "bonus", "type": "bonus", "acrual_bp": 500}]})");
    check_errors(kassa::json::read_rules(typo), {
                                                    {"programs[0].acrual_bp", "unknown field"},
                                                    {"programs[0].accrual_bp", "is required"},
                                                });

    // With an unknown type the other fields cannot be judged; only the type is reported.
    const Json bad_type = Json::parse(R"({"version": 1, "currency": "EUR",
      "programs": [{"id": "bonus", "type": "bonsu", "accrual_bp": 500}]})");
    check_errors(kassa::json::read_rules(bad_type),
                 {{"programs[0].type",
                   "must be one of: bonus, tiers, fixed_discount, stamps, coupon, promotion, "
                   "birthday, welcome, referral, reactivation, next_order_coupon"}});
}

TEST_CASE("wrong types are reported, not converted", "[core][rules]") {
    const Json doc = Json::parse(R"({
      "version": "1",
      "currency": 978,
      "language": "fr",
      "programs": [
        {"id": "bonus", "type": "bonus", "accrual_bp": 5.5, "excluded_categories": "tobacco", "hold_days": "14",
         "accrue_on_redeemed": "no"},
        {"id": 7, "type": "tiers", "levels": ["Silver"]},
        {"id": "promo", "type": "promotion", "active": 1, "conditions": [], "effect": "percent_off"}
      ]
    })");
    check_errors(kassa::json::read_rules(doc),
                 {
                     {"version", "must be a number"},
                     {"currency", "must be text"},
                     {"language", "must be one of: en, ru, et"},
                     {"programs[0].accrual_bp", "must be a whole number (money in minor units, no decimals)"},
                     {"programs[0].excluded_categories", "must be a list of texts"},
                     {"programs[0].hold_days", "must be a number"},
                     {"programs[0].accrue_on_redeemed", "must be true or false"},
                     {"programs[1].id", "must be text"},
                     {"programs[1].levels[0]", "must be an object"},
                     {"programs[2].active", "must be true or false"},
                     {"programs[2].conditions", "must be an object"},
                     {"programs[2].effect", "must be an object"},
                 });

    check_errors(kassa::json::read_rules(Json::array()), {{"(document)", "must be an object"}});
    check_errors(kassa::json::read_rules(Json::parse(R"({"version": 1, "currency": "EUR", "programs": {}})")),
                 {{"programs", "must be a list"}});
    check_errors(
        kassa::json::read_rules(Json::parse(R"({"version": 1, "currency": "EUR", "programs": [42]})")),
        {{"programs[0]", "must be an object"}});
    check_errors(kassa::json::read_rules(Json::parse(R"({"currency": "EUR"})")),
                 {{"version", "is required"}, {"programs", "is required"}});
    check_errors(kassa::json::read_rules(Json::parse(R"({"version": 1, "currency": "XYZ", "programs": []})")),
                 {{"currency", "'XYZ' is not an ISO 4217 currency code"}});
}

TEST_CASE("cross-field problems are all reported: duplicate ids, two bonus programs and more",
          "[core][rules]") {
    SECTION("duplicate program ids") {
        const Json doc = Json::parse(R"({"version": 1, "currency": "EUR", "programs": [
          {"id": "promo", "type": "promotion", "effect": {"type": "percent_off", "percent_bp": 1000}},
          {"id": "promo", "type": "promotion", "effect": {"type": "percent_off", "percent_bp": 2000}}
        ]})");
        check_errors(kassa::json::read_rules(doc),
                     {{"programs[1].id", "'promo' is used by another program"}});
    }
    SECTION("two bonus programs") {
        const Json doc = Json::parse(R"({"version": 1, "currency": "EUR", "programs": [
          {"id": "bonus", "type": "bonus", "accrual_bp": 500},
          {"id": "bonus2", "type": "bonus", "accrual_bp": 300}
        ]})");
        check_errors(kassa::json::read_rules(doc),
                     {{"programs", "only one bonus program can run at a time"}});
    }
    SECTION("a category rate for an excluded category") {
        const Json doc = Json::parse(R"({"version": 1, "currency": "EUR", "programs": [
          {"id": "bonus", "type": "bonus", "accrual_bp": 500, "excluded_categories": ["tobacco"],
           "category_rates": {"tobacco": 100, "food": 800}}
        ]})");
        check_errors(kassa::json::read_rules(doc),
                     {{"programs[0].category_rates.tobacco", "the category is excluded from the program"}});
    }
    SECTION("several cross-field problems at once") {
        const Json doc = Json::parse(R"({"version": 1, "currency": "EUR", "programs": [
          {"id": "tiers", "type": "tiers", "levels": [
            {"name": "Gold", "min_spend": 150000}, {"name": "Silver", "min_spend": 50000}]},
          {"id": "staff", "type": "fixed_discount", "discount_bp": 2000},
          {"id": "c1", "type": "coupon", "codes": ["AUTUMN"], "effect": {"type": "amount_off", "amount": 500}},
          {"id": "c2", "type": "coupon", "public_code": "AUTUMN", "effect": {"type": "amount_off", "amount": 700}},
          {"id": "c3", "type": "coupon", "effect": {"type": "free_item"}},
          {"id": "wednesday", "type": "promotion", "effect": {"type": "points_multiplier", "multiplier_bp": 20000}},
          {"id": "late", "type": "promotion", "valid_from": "2026-12-01", "valid_to": "2026-11-01",
           "effect": {"type": "percent_off", "percent_bp": 1000}},
          {"id": "c1", "type": "welcome", "effect": {"type": "percent_off", "percent_bp": 500}},
          {"id": "tiers2", "type": "tiers", "levels": [{"name": "Only", "min_spend": 0}]}
        ]})");
        check_errors(
            kassa::json::read_rules(doc),
            {
                {"programs[0].levels[1].min_spend", "must be above the previous level's min_spend"},
                {"programs[1].segments", "name the customer segments that hold this card"},
                {"programs[3].public_code", "code 'AUTUMN' is used by another coupon"},
                {"programs[4].codes", "a coupon needs codes or a public_code"},
                {"programs[6].valid_to", "must not be before valid_from"},
                {"programs[7].id", "'c1' is used by another program"},
                {"programs", "only one tiers program can run at a time"},
                {"programs", "programs that give points need a bonus program (it sets the point value)"},
            });
    }
}

// The owner's screen words a problem from its type and values (ui/src/rules_editor.cpp), never from the
// English reason: each problem the reader and validate() report carries them.
TEST_CASE("every problem is typed with the values its sentence needs", "[core][rules]") {
    using kassa::RuleProblem;
    const auto typed = [](const Json& doc) {
        std::map<std::string, RuleError> by_path;
        for (const RuleError& e : kassa::json::read_rules(doc).errors) {
            by_path.emplace(e.path, e);
        }
        return by_path;
    };
    const auto shape = typed(Json::parse(R"({
      "version": 1, "currency": "XYZ", "colour": "red", "language": "fr",
      "programs": [
        {"id": "bonus", "type": "bonus", "accrual_bp": 5.5, "redeem_cap_bp": 15000, "hold_days": "14",
         "excluded_categories": ["", "food"], "accrue_on_redeemed": "no", "name": "NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN"},
        {"id": "autumn", "type": "promotion", "valid_from": "2026-09-31",
         "conditions": {"weekdays": [9], "hours": {"from": "25:00", "to": "18:00"}},
         "effect": {"type": "bundle_price", "price": 1000, "items": [{"pieces": 2}]}},
        {"id": "noon", "type": "promotion", "conditions": {"hours": {"from": "12:00", "to": "12:00"}},
         "effect": {"type": "percent_off", "percent_bp": 100}}
      ]
    })"));
    const auto check = [&](const std::map<std::string, RuleError>& found, const std::string& path,
                           RuleProblem problem, const std::string& value = {}, std::int64_t low = 0,
                           std::int64_t high = 0) {
        INFO(path);
        const auto it = found.find(path);
        REQUIRE(it != found.end());
        CHECK(it->second.problem == problem);
        CHECK(it->second.value == value);
        CHECK(it->second.low == low);
        CHECK(it->second.high == high);
    };
    check(shape, "currency", RuleProblem::not_a_currency, "XYZ");
    check(shape, "colour", RuleProblem::unknown_field);
    check(shape, "language", RuleProblem::not_a_choice, "en, ru, et");
    check(shape, "programs[0].accrual_bp", RuleProblem::not_a_whole_number);
    check(shape, "programs[0].redeem_cap_bp", RuleProblem::out_of_range, {}, 0, 10000);
    check(shape, "programs[0].hold_days", RuleProblem::not_a_number);
    check(shape, "programs[0].excluded_categories[0]", RuleProblem::empty_text);
    check(shape, "programs[0].accrue_on_redeemed", RuleProblem::not_true_or_false);
    CHECK(shape.at("programs[0].name").problem == RuleProblem::too_long);
    CHECK(shape.at("programs[0].name").high > 0);
    check(shape, "programs[1].valid_from", RuleProblem::not_a_date);
    check(shape, "programs[1].conditions.weekdays[0]", RuleProblem::not_a_weekday, {}, 1, 7);
    check(shape, "programs[1].conditions.hours.from", RuleProblem::not_a_time_of_day, "25:00");
    check(shape, "programs[1].effect.items[0]", RuleProblem::bundle_item_empty);
    check(shape, "programs[2].conditions.hours", RuleProblem::hours_equal);

    const auto cross = typed(Json::parse(R"({"version": 1, "currency": "EUR", "programs": [
      {"id": "bonus", "type": "bonus", "accrual_bp": 500, "excluded_categories": ["tobacco"],
       "category_rates": {"tobacco": 100}},
      {"id": "tiers", "type": "tiers", "levels": [
        {"name": "Gold", "min_spend": 150000}, {"name": "Gold", "min_spend": 50000}]},
      {"id": "c1", "type": "coupon", "codes": ["AUTUMN"], "effect": {"type": "amount_off", "amount": 500}},
      {"id": "c1", "type": "coupon", "public_code": "autumn", "categories": ["tobacco"],
       "effect": {"type": "amount_off", "amount": 700}},
      {"id": "late", "type": "promotion", "valid_from": "2026-12-01", "valid_to": "2026-11-01",
       "effect": {"type": "percent_off", "percent_bp": 1000}}
    ]})"));
    check(cross, "programs[0].category_rates.tobacco", RuleProblem::rate_of_excluded_category, "tobacco");
    check(cross, "programs[1].levels[1].min_spend", RuleProblem::level_spend_not_rising);
    check(cross, "programs[1].levels[1].name", RuleProblem::level_name_taken, "Gold");
    check(cross, "programs[3].id", RuleProblem::id_taken, "c1");
    check(cross, "programs[3].public_code", RuleProblem::code_taken, "autumn");
    check(cross, "programs[3].categories[0]", RuleProblem::category_excluded, "tobacco");
    check(cross, "programs[4].valid_to", RuleProblem::ends_before_start);
}

TEST_CASE("an invalid document yields no rules, never half of them", "[core][rules]") {
    // The first program is fine, the second is not: the shop must keep its old rules, not run the bonus
    // alone.
    const Json doc = Json::parse(R"({"version": 1, "currency": "EUR", "programs": [
      {"id": "bonus", "type": "bonus", "accrual_bp": 500},
      {"id": "tiers", "type": "tiers", "levels": [{"name": "Silver", "min_spend": -1}]}
    ]})");
    const auto result = kassa::json::read_rules(doc);
    CHECK_FALSE(result.rules.has_value());
    CHECK(has_error(result.errors, "programs[1].levels[0].min_spend", "must be between 0 and 1000000000000"));

    // Fixing the one problem gives the whole document.
    Json fixed = doc;
    fixed["programs"][1]["levels"][0]["min_spend"] = 0;
    const auto ok = kassa::json::read_rules(fixed);
    INFO(listing(ok.errors));
    REQUIRE(ok.rules.has_value());
    CHECK(ok.rules->programs.size() == 2);
}

TEST_CASE("CompiledRules refuses an invalid Rules value with InvalidRules", "[core][rules]") {
    SECTION("two bonus programs") {
        Rules rules;
        rules.programs.push_back(program("b1", BonusSettings{}));
        rules.programs.push_back(program("b2", BonusSettings{}));
        try {
            const CompiledRules compiled(rules, zone());
            FAIL("an invalid rules value was compiled");
        } catch (const InvalidRules& e) {
            REQUIRE(e.errors().size() == 1);
            CHECK(e.errors()[0].path == "programs");
            CHECK(e.errors()[0].reason == "only one bonus program can run at a time");
            CHECK(std::string(e.what()).find("programs: only one bonus program can run at a time") !=
                  std::string::npos);
        }
    }
    SECTION("every problem of the value is in the exception") {
        Rules rules;
        rules.version = 2;
        rules.currency = "EURO";
        TierSettings tiers;
        tiers.levels = {TierLevel{"Gold", Money::minor(500), BasisPoints::bp(500), BasisPoints::bp(0)},
                        TierLevel{"Silver", Money::minor(100), BasisPoints::bp(300), BasisPoints::bp(0)}};
        rules.programs.push_back(program("tiers", tiers));
        rules.programs.push_back(program("staff", FixedDiscountSettings{BasisPoints::bp(2000), {}, {}}));
        rules.programs.push_back(program("coupon", CouponSettings{}));
        rules.programs.push_back(program("", ReferralSettings{}));
        try {
            const CompiledRules compiled(rules, zone());
            FAIL("an invalid rules value was compiled");
        } catch (const InvalidRules& e) {
            INFO(e.what());
            const auto& errors = e.errors();
            CHECK(errors.size() == 7);
            CHECK(has_error(errors, "version", "must be 1 (the only version this Kassa reads)"));
            CHECK(has_error(errors, "currency", "'EURO' is not an ISO 4217 currency code"));
            CHECK(has_error(errors, "programs[0].levels[1].min_spend",
                            "must be above the previous level's min_spend"));
            CHECK(
                has_error(errors, "programs[1].segments", "name the customer segments that hold this card"));
            CHECK(has_error(errors, "programs[2].codes", "a coupon needs codes or a public_code"));
            CHECK(has_error(errors, "programs[3].id", "must not be empty"));
            CHECK(has_error(errors, "programs",
                            "programs that give points need a bonus program (it sets the point value)"));
        }
    }
    SECTION("InvalidRules is an invalid_argument for callers that do not care about the details") {
        Rules rules;
        rules.programs.push_back(
            program("welcome", WelcomeSettings{PointsMultiplier{BasisPoints::bp(20000)}}));
        CHECK_THROWS_AS(CompiledRules(rules, zone()), std::invalid_argument);
    }
    SECTION("a valid value compiles") {
        Rules rules;
        rules.programs.push_back(program("bonus", BonusSettings{}));
        rules.programs.push_back(
            program("welcome", WelcomeSettings{PointsMultiplier{BasisPoints::bp(20000)}}));
        CHECK_NOTHROW(CompiledRules(rules, zone()));
    }
}
