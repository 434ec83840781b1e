// Turning what people type and what scanners send into the keys the store looks customers up by.

#include <phonenumbers/phonenumberutil.h>
#include <unicode/unistr.h>

#include <map>
#include <mutex>
#include <set>

#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/phone_keys.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"

namespace kassa::store {

std::optional<std::string> normalise_phone(const std::string& typed, const std::string& region) {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(typed, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR ||
        !util.IsValidNumber(number)) {
        return std::nullopt;
    }
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return e164;
}

bool phone_region_known(const std::string& region) {
    std::set<std::string> regions;
    i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.count(region) > 0;
}

namespace {

// What direct_phone_key needs to know of a region, asked of libphonenumber once per region.
struct RegionDigits {
    std::string country_code;  // "372"; empty when libphonenumber does not know the region
    std::string trunk_prefix;  // "0" in FI, "8" in RU, empty in EE
    bool national_reads_directly = false;
};

RegionDigits region_digits_of(const std::string& region) {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    RegionDigits out;
    const int code = util.GetCountryCodeForRegion(region);
    if (code == 0) {
        return out;
    }
    out.country_code = std::to_string(code);
    util.GetNddPrefixForRegion(region, true, &out.trunk_prefix);
    // The national shortcut is taken only where every example number libphonenumber has for the region,
    // written nationally without a trunk prefix, parses to the country code followed by those digits.
    int checked = 0;
    bool agrees = true;
    for (const auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::TOLL_FREE,
                            PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::SHARED_COST,
                            PhoneNumberUtil::VOIP, PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER,
                            PhoneNumberUtil::UAN, PhoneNumberUtil::VOICEMAIL}) {
        PhoneNumber example;
        if (!util.GetExampleNumberForType(region, type, &example)) {
            continue;
        }
        std::string national;
        util.Format(example, PhoneNumberUtil::NATIONAL, &national);
        std::string digits;
        for (const char c : national) {
            if (c >= '0' && c <= '9') {
                digits += c;
            }
        }
        if (digits.empty() || (!out.trunk_prefix.empty() && digits.starts_with(out.trunk_prefix))) {
            continue;  // typed with its trunk prefix: the shortcut refuses such input anyway
        }
        PhoneNumber parsed;
        std::string e164;
        if (util.Parse(digits, region, &parsed) != PhoneNumberUtil::NO_PARSING_ERROR) {
            agrees = false;
            break;
        }
        util.Format(parsed, PhoneNumberUtil::E164, &e164);
        agrees = agrees && e164 == "+" + out.country_code + digits;
        ++checked;
    }
    out.national_reads_directly = agrees && checked > 0;
    return out;
}

// Shared by every store in the process (the till's and a nightly job's may run on two threads).
const RegionDigits& region_digits(const std::string& region) {
    static std::mutex mutex;
    static std::map<std::string, RegionDigits, std::less<>> known;
    const std::lock_guard lock(mutex);
    auto found = known.find(region);
    if (found == known.end()) {
        found = known.emplace(region, region_digits_of(region)).first;
    }
    return found->second;  // map nodes never move, and entries are never erased
}

}  // namespace

std::optional<std::string> direct_phone_key(const std::string& typed, const std::string& region) {
    std::string digits;
    bool international = false;
    bool separator_allowed = false;  // only between digits, one at a time
    std::size_t start = typed.find_first_not_of(' ');
    std::size_t end = typed.find_last_not_of(' ');
    if (start == std::string::npos) {
        return std::nullopt;
    }
    if (typed[start] == '+') {
        international = true;
        ++start;
    }
    for (std::size_t i = start; i <= end; ++i) {
        const char c = typed[i];
        if (c >= '0' && c <= '9') {
            digits += c;
            separator_allowed = true;
        } else if ((c == ' ' || c == '-') && separator_allowed) {
            separator_allowed = false;
        } else {
            return std::nullopt;
        }
    }
    if (!separator_allowed) {
        return std::nullopt;  // empty, or ends with a separator
    }
    if (international) {
        // E.164: a country code and a national number, 15 digits at most; fewer than 8 is no real phone.
        if (digits.size() < 8 || digits.size() > 15 || digits.front() == '0') {
            return std::nullopt;
        }
        return "+" + digits;
    }
    const RegionDigits& known = region_digits(region);
    if (!known.national_reads_directly || digits.size() < 4 ||
        digits.size() + known.country_code.size() > 15 || digits.starts_with("00") ||
        (!known.trunk_prefix.empty() && digits.starts_with(known.trunk_prefix))) {
        return std::nullopt;
    }
    return "+" + known.country_code + digits;
}

std::string phone_for_people(const std::string& stored, const std::string& shop_region) {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    // Stored values are E.164 and parse without a region; "ZZ" (unknown) keeps a national-looking value from
    // being read as the shop's own.
    if (stored.empty() || util.Parse(stored, "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR ||
        !util.IsValidNumber(number)) {
        return stored;
    }
    // By calling code rather than region: numbers sharing the shop's code (+7 for Russia and Kazakhstan, +1
    // across North America) are dialled from the shop with the national prefix.
    const bool home =
        !shop_region.empty() && number.country_code() == util.GetCountryCodeForRegion(shop_region);
    std::string shown;
    util.Format(number, home ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &shown);
    return shown;
}

namespace detail {

std::optional<std::string> phone_key(const std::string& typed, const std::string& region) {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(typed, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return std::nullopt;
    }
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return e164;
}

}  // namespace detail

std::string fold_name(const std::string& name) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(name);
    text.trim();
    text.foldCase();
    // Russian writers often drop the dots of ё: Алёна and Алена are the same customer to a cashier.
    text.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x0451)),
                        icu::UnicodeString(static_cast<UChar32>(0x0435)));
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string normalise_card_number(const std::string& scanned) {
    std::string text;
    for (char c : scanned) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '-') {
            text += c;
        }
    }
    // A wedge scanner set to send AIM identifiers types "]E0" before the data.
    if (text.size() > 3 && text[0] == ']') {
        text.erase(0, 3);
    }
    // A magnetic stripe's track 2 as typed by a wedge reader: ;<number>=<rest>?
    if (!text.empty() && text.front() == ';') {
        const auto end = text.find_first_of("=?");
        text = text.substr(1, end == std::string::npos ? std::string::npos : end - 1);
    }
    for (char& c : text) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return text;
}

}  // namespace kassa::store
