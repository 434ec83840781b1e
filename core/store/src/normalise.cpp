// Turning what people type and what scanners send into the keys the store looks customers up by.

#include <phonenumbers/phonenumberutil.h>
#include <unicode/unistr.h>

#include <random>

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

std::string new_id() {
    // std::random_device reads the kernel's random source on Linux; ids need uniqueness, not secrecy.
    thread_local std::mt19937_64 generator{(static_cast<std::uint64_t>(std::random_device{}()) << 32) ^
                                           std::random_device{}()};
    std::uint64_t high = generator();
    std::uint64_t low = generator();
    high = (high & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;  // version 4
    low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;    // RFC 4122 variant
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(high >> 32),
                  static_cast<unsigned>((high >> 16) & 0xFFFF), static_cast<unsigned>(high & 0xFFFF),
                  static_cast<unsigned>(low >> 48), static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
    return buffer;
}

}  // namespace kassa::store
