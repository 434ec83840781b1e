#pragma once
// How long each text the store keeps may be, in one table: the store refuses a longer one from any caller
// (the till, the owner's screens, the import, kassactl) with StoreProblem::text_too_long naming the field and
// its limit, and the screens stop their fields at the same numbers (QLineEdit::setMaxLength). Without a
// limit a pasted 50 MB "name" would be kept as it is and copied into every export, report and backup.
//
// Limits are in characters (Unicode code points of the UTF-8 text), not bytes: a Cyrillic or Estonian letter
// is two bytes, and a Russian note gets the same room as an English one. They are what a shop needs with
// room to spare: a name 100, a reason 200, a note 2000, an address or a path 500.
//
// Threading: constants and pure functions; any thread.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kassa::store {

// Every bounded text field. Keep `last_` after the last real value: tests walk every field.
enum class TextField : std::uint8_t {
    first_name,
    last_name,
    email,
    phone,  // as typed, before it is read as a number
    card_number,
    note,
    attribute_name,
    attribute_value,
    complaint_reason,
    return_reason,
    cancel_reason,
    cash_reason,
    correction_reason,
    call_note,
    cashier_name,
    actor,  // who did something, as a tool names them (kassactl --by)
    product_sku,
    product_name,
    product_category,
    barcode,
    shop_name,
    receipt_header,
    setting_code,  // a short code among the shop's settings: currency, time zone, phone country, language
    printer_url,
    receipt_logo,
    printer_profile,
    coupon_code,
    basket_label,
    segment_name,
    central_url,    // where the central database is (docs/sync.md), never with its password
    password_file,  // the file that holds the central database's password
    till_name,      // the till's name in the central database
    last_,
};

inline constexpr std::size_t kTextFieldCount = static_cast<std::size_t>(TextField::last_);

struct TextLimit {
    TextField field;
    std::string_view key;      // stable, for logs and tests ("first_name")
    std::string_view english;  // the field as an English sentence names it ("first name")
    std::size_t max_chars;
};

// The table, in the enum's order (a static_assert below keeps it so).
inline constexpr std::array<TextLimit, kTextFieldCount> kTextLimits{{
    {TextField::first_name, "first_name", "first name", 100},
    {TextField::last_name, "last_name", "last name", 100},
    {TextField::email, "email", "e-mail address", 254},  // the longest address mail servers take
    {TextField::phone, "phone", "phone number", 50},
    {TextField::card_number, "card_number", "card number", 64},
    {TextField::note, "note", "note", 2000},
    {TextField::attribute_name, "attribute_name", "attribute name", 100},
    {TextField::attribute_value, "attribute_value", "attribute value", 500},
    {TextField::complaint_reason, "complaint_reason", "complaint", 2000},
    {TextField::return_reason, "return_reason", "return reason", 200},
    {TextField::cancel_reason, "cancel_reason", "reason for cancelling", 200},
    {TextField::cash_reason, "cash_reason", "cash movement's reason", 200},
    {TextField::correction_reason, "correction_reason", "correction's reason", 200},
    {TextField::call_note, "call_note", "call note", 500},
    {TextField::cashier_name, "cashier_name", "cashier's name", 100},
    {TextField::actor, "actor", "name of who did it", 100},
    {TextField::product_sku, "product_sku", "SKU", 64},
    {TextField::product_name, "product_name", "product name", 200},
    {TextField::product_category, "product_category", "category", 100},
    {TextField::barcode, "barcode", "barcode", 64},
    {TextField::shop_name, "shop_name", "shop name", 100},
    // check_settings says more: at most kReceiptHeaderMaxLines lines of kReceiptHeaderLineWidth characters.
    {TextField::receipt_header, "receipt_header", "receipt header", 200},
    {TextField::setting_code, "setting_code", "setting", 64},
    {TextField::printer_url, "printer_url", "printer address", 500},
    {TextField::receipt_logo, "receipt_logo", "logo file", 500},
    {TextField::printer_profile, "printer_profile", "printer model", 100},
    {TextField::coupon_code, "coupon_code", "coupon code", 64},
    {TextField::basket_label, "basket_label", "basket's label", 100},
    {TextField::segment_name, "segment_name", "segment", 100},
    {TextField::central_url, "central_url", "office database address", 500},
    {TextField::password_file, "password_file", "password file", 500},
    {TextField::till_name, "till_name", "till name", 100},
}};

constexpr bool text_limits_in_order() {
    for (std::size_t i = 0; i < kTextLimits.size(); ++i) {
        if (static_cast<std::size_t>(kTextLimits[i].field) != i || kTextLimits[i].max_chars == 0) {
            return false;
        }
    }
    return true;
}
static_assert(text_limits_in_order(), "kTextLimits must list every TextField in the enum's order");

constexpr const TextLimit& text_limit_row(TextField field) {
    return kTextLimits.at(static_cast<std::size_t>(field));
}
// The most characters `field` may hold.
constexpr std::size_t text_limit(TextField field) {
    return text_limit_row(field).max_chars;
}

// Unicode code points of UTF-8 text: every byte that does not continue a character starts one.
constexpr std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

// Whether `text` fits `field`. Cheap for any size: a text with more bytes than four times the limit cannot
// fit, so a 50 MB paste is refused without reading it.
constexpr bool text_fits(TextField field, std::string_view text) {
    const std::size_t limit = text_limit(field);
    return text.size() <= limit || (text.size() <= 4 * limit && code_points(text) <= limit);
}

// Throws StoreError(text_too_long, {field, limit}) when `text` does not fit `field`.
void check_text_length(TextField field, std::string_view text);

}  // namespace kassa::store
