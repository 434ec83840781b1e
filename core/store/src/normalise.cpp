// Turning what people type and what scanners send into the keys the store looks customers up by.

#include <set>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/unistr.h>


#include "kassa/store/store.hpp"

namespace kassa::store {

std::optional<std::string> normalise_phone(const std::string& typed, const std::string& region) {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(typed, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR || !util.IsValidNumber(number)) {
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
    text.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x0451)), icu::UnicodeString(static_cast<UChar32>(0x0435)));
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
