#include "kassa/core/messages.hpp"

#include <array>
#include <cstdlib>

namespace kassa {

namespace {

struct Templates {
    MessageId id;
    const char* en;
    const char* ru;
    const char* et;
};

// One row a message, in MessageId order (checked by a test).
constexpr std::array kTemplates{
    Templates{MessageId::percent_discount, "{name} -{percent}", "{name} -{percent}", "{name} -{percent}"},
    Templates{MessageId::fixed_price, "{name}: {price} each", "{name}: {price} за шт.", "{name}: {price} tk"},
    Templates{MessageId::buy_n_get_m, "{name}: {count} free", "{name}: бесплатно {count} шт.",
              "{name}: {count} tasuta"},
    Templates{MessageId::bundle_price, "{name}: set price", "{name}: цена комплекта",
              "{name}: komplekti hind"},
    Templates{MessageId::tier_discount, "{level} card -{percent}", "Карта {level} -{percent}",
              "{level} kaart -{percent}"},
    Templates{MessageId::fixed_card_discount, "{name} -{percent}", "{name} -{percent}", "{name} -{percent}"},
    Templates{MessageId::birthday_discount, "Happy birthday! -{percent}", "С днём рождения! -{percent}",
              "Palju õnne sünnipäevaks! -{percent}"},
    Templates{MessageId::welcome_discount, "Welcome! -{percent} on the first purchase",
              "Добро пожаловать! -{percent} на первую покупку", "Tere tulemast! Esimeselt ostult -{percent}"},
    Templates{MessageId::stamp_reward, "{name}: stamp card reward", "{name}: подарок за штампы",
              "{name}: templikaardi auhind"},
    Templates{MessageId::coupon_discount, "Coupon {code}: {name}", "Купон {code}: {name}",
              "Kupong {code}: {name}"},
    Templates{MessageId::points_redeemed, "Paid with points: {points}", "Оплачено баллами: {points}",
              "Makstud punktidega: {points}"},
    Templates{MessageId::redeem_below_minimum,
              "Paying with points starts at {min}; only {allowed} are available for this purchase",
              "Оплата баллами возможна от {min}; для этой покупки доступно только {allowed}",
              "Punktidega saab maksta alates {min}; selle ostu jaoks on saadaval ainult {allowed}"},
    Templates{MessageId::redeem_trimmed, "{asked} asked, {allowed} can be used ({why})",
              "Запрошено {asked}, можно списать {allowed} ({why})",
              "Soovitud {asked}, kasutada saab {allowed} ({why})"},
    Templates{MessageId::redeem_no_customer, "Paying with points needs the customer's card",
              "Для оплаты баллами нужна карта покупателя", "Punktidega maksmiseks on vaja kliendikaarti"},
    Templates{MessageId::reason_balance, "that is the balance", "это весь баланс", "see on kogu saldo"},
    Templates{MessageId::reason_cap, "at most {percent} of the purchase", "не более {percent} от покупки",
              "kuni {percent} ostust"},
    Templates{MessageId::coupon_unknown, "Coupon {code} is not known", "Купон {code} не найден",
              "Kupongi {code} ei leitud"},
    Templates{MessageId::coupon_expired, "Coupon {code} has expired", "Срок действия купона {code} истёк",
              "Kupongi {code} kehtivus on lõppenud"},
    Templates{MessageId::coupon_used, "Coupon {code} has already been used", "Купон {code} уже использован",
              "Kupong {code} on juba kasutatud"},
    Templates{MessageId::coupon_min_basket, "Coupon {code} needs a purchase of at least {amount}",
              "Купон {code} действует при покупке от {amount}",
              "Kupong {code} kehtib ostule alates {amount}"},
    Templates{MessageId::coupon_not_eligible, "Coupon {code} does not apply to these items",
              "Купон {code} не действует на эти товары", "Kupong {code} ei kehti nendele toodetele"},
    Templates{MessageId::coupon_not_stackable, "Coupon {code} cannot be combined with {other}",
              "Купон {code} нельзя совместить с {other}", "Kupongi {code} ei saa kasutada koos {other}"},
    Templates{MessageId::coupon_not_yet_valid, "Coupon {code} is valid from {date}",
              "Купон {code} действует с {date}", "Kupong {code} kehtib alates {date}"},
    Templates{MessageId::birthday_used, "The birthday gift has already been used this year",
              "Подарок ко дню рождения в этом году уже получен",
              "Sünnipäevakingitus on sel aastal juba kasutatud"},
    Templates{MessageId::discount_dropped,
              "{amount} of {name} could not be given: the items are at their minimum price",
              "{amount} по «{name}» не предоставлено: товары уже по минимальной цене",
              "{amount} soodustusest «{name}» jäi andmata: tooted on miinimumhinnaga"},
    Templates{MessageId::hint_tier, "{amount} more for {level}", "Ещё {amount} до уровня {level}",
              "Veel {amount} tasemeni {level}"},
    Templates{MessageId::hint_stamp_one_more, "One more stamp for {reward}",
              "Ещё один штамп до подарка: {reward}", "Veel üks tempel ja auhind: {reward}"},
    Templates{MessageId::hint_stamp_ready, "Next visit: {reward}", "В следующий раз: {reward}",
              "Järgmisel korral: {reward}"},
    Templates{MessageId::hint_next_order, "Add {amount} to get the coupon {name}",
              "Добавьте {amount}, чтобы получить купон {name}", "Lisa {amount}, et saada kupong {name}"},
    Templates{MessageId::gift_prompt, "Gift: add {item} at zero price ({name})",
              "Подарок: добавьте {item} по нулевой цене ({name})",
              "Kingitus: lisa {item} nullhinnaga ({name})"},
    Templates{MessageId::coupon_issued, "Coupon for the next visit: {name}, valid until {date}",
              "Купон на следующую покупку: {name}, действует до {date}",
              "Kupong järgmiseks ostuks: {name}, kehtib kuni {date}"},
    Templates{MessageId::points_welcome, "Welcome points: {points}", "Приветственные баллы: {points}",
              "Tervituspunktid: {points}"},
    Templates{MessageId::points_referral, "Points for coming on a friend's recommendation: {points}",
              "Баллы за приход по рекомендации: {points}",
              "Punktid sõbra soovitusel tulemise eest: {points}"},
    Templates{MessageId::points_referrer, "{points} for the friend who recommended the shop",
              "{points} другу, который порекомендовал магазин", "{points} sõbrale, kes poodi soovitas"},
    Templates{MessageId::points_birthday, "Birthday gift: {points}", "Подарок ко дню рождения: {points}",
              "Sünnipäevakingitus: {points}"},
    Templates{MessageId::points_reactivation, "Welcome back! {points}, valid for {days} days",
              "С возвращением! {points}, действуют {days} дн.",
              "Tere tulemast tagasi! {points}, kehtivad {days} päeva"},
    Templates{MessageId::points_extra, "{name}: {points}", "{name}: {points}", "{name}: {points}"},
    Templates{MessageId::stamp_earned, "Stamp earned: {name} ({count} of {goal})",
              "Получен штамп: {name} ({count} из {goal})", "Tempel saadud: {name} ({count}/{goal})"},
    Templates{MessageId::redeem_asked_below_minimum, "Paying with points starts at {min}; the request was {asked}",
              "Оплата баллами возможна от {min}; запрошено {asked}",
              "Punktidega saab maksta alates {min}; sooviti {asked}"},
    Templates{MessageId::redeem_no_program, "The shop does not take points at the moment",
              "Сейчас магазин не принимает баллы", "Pood ei võta praegu punkte vastu"},
};

constexpr bool templates_in_order() {
    for (std::size_t i = 0; i < kTemplates.size(); ++i) {
        if (static_cast<std::size_t>(kTemplates[i].id) != i) {
            return false;
        }
    }
    return true;
}
static_assert(templates_in_order(), "kTemplates rows must follow MessageId order");

std::string substitute(std::string_view pattern, std::initializer_list<MessageArg> args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            const auto close = pattern.find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view key = pattern.substr(i + 1, close - i - 1);
                bool found = false;
                for (const auto& arg : args) {
                    if (arg.name == key) {
                        out += arg.value;
                        found = true;
                        break;
                    }
                }
                if (found) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += pattern[i++];
    }
    return out;
}

}  // namespace

std::string message(Language language, MessageId id, std::initializer_list<MessageArg> args) {
    const auto& row = kTemplates[static_cast<std::size_t>(id)];
    const char* pattern = language == Language::ru ? row.ru : language == Language::et ? row.et : row.en;
    return substitute(pattern, args);
}

std::string format_money(Money amount, int minor_digits, Language language) {
    Int128 units = amount.minor_units();
    const bool negative = units < 0;
    std::string digits = std::to_string(static_cast<std::uint64_t>(negative ? -units : units));
    if (minor_digits > 0) {
        const auto width = static_cast<std::size_t>(minor_digits);
        if (digits.size() <= width) {
            digits.insert(0, width + 1 - digits.size(), '0');
        }
        digits.insert(digits.size() - width, 1, language == Language::en ? '.' : ',');
    }
    return negative ? "-" + digits : digits;
}

std::string format_percent(BasisPoints rate, Language language) {
    const std::int64_t bp = rate.value();
    std::string text = std::to_string(bp / 100);
    std::int64_t fraction = bp % 100;
    if (fraction < 0) {
        fraction = -fraction;
    }
    if (fraction != 0) {
        text += language == Language::en ? '.' : ',';
        text += static_cast<char>('0' + fraction / 10);
        if (fraction % 10 != 0) {
            text += static_cast<char>('0' + fraction % 10);
        }
    }
    // Russian and Estonian typography put a space before the percent sign.
    return text + (language == Language::en ? "%" : "\u00a0%");
}

std::string format_points(Points points, Language language) {
    const std::int64_t n = points.value();
    const std::int64_t abs = n < 0 ? -n : n;
    const std::string number = std::to_string(n);
    switch (language) {
        case Language::ru: {
            const std::int64_t last_two = abs % 100;
            const std::int64_t last = abs % 10;
            if (last_two >= 11 && last_two <= 14) {
                return number + " баллов";
            }
            if (last == 1) {
                return number + " балл";
            }
            if (last >= 2 && last <= 4) {
                return number + " балла";
            }
            return number + " баллов";
        }
        case Language::et:
            return number + (abs == 1 ? " punkt" : " punkti");
        case Language::en:
            break;
    }
    return number + (abs == 1 ? " point" : " points");
}

std::optional<Language> language_from_string(std::string_view code) {
    if (code == "en") {
        return Language::en;
    }
    if (code == "ru") {
        return Language::ru;
    }
    if (code == "et") {
        return Language::et;
    }
    return std::nullopt;
}

std::string_view to_string(Language language) {
    switch (language) {
        case Language::ru:
            return "ru";
        case Language::et:
            return "et";
        case Language::en:
            break;
    }
    return "en";
}

}  // namespace kassa
