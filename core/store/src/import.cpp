// Importing customer lists and catalogs from CSV files as Excel writes them. libcsv splits the values,
// ICU tells the character set and converts it, libphonenumber and the store's own writers do the rest, so
// what an import writes is exactly what enrolment at the till would write.

#include "kassa/store/import.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <csv.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <charconv>
#include <limits>
#include <map>
#include <memory>
#include <set>
#include <string_view>

#include "catalog_writer.hpp"
#include "connection.hpp"
#include "customer_writer.hpp"
#include "field_changes.hpp"
#include "kassa/core/cards.hpp"
#include "kassa/core/rules.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/text_limits.hpp"
#include "kassa/store/vat_settings.hpp"
#include "ledger_writer.hpp"
#include "vat_rates.hpp"

namespace kassa::store {

namespace {

[[noreturn]] void unreadable(const std::string& sentence) {
    throw StoreError(FailureKind::invalid, sentence);
}

constexpr const char* kSaveAsUtf8 =
    "In Excel, choose File > Save As > \"CSV UTF-8 (Comma delimited)\" and import that file.";

// ---- character set -------------------------------------------------------------------------------------

struct DecodedText {
    std::string utf8;
    std::string encoding;
};

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// ICU counts in int32_t; a customer list is megabytes, so this only stops absurd input.
std::int32_t icu_length(std::string_view bytes) {
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())) {
        unreadable("The file is larger than 2 GB; split it into smaller files and import them one by one.");
    }
    return static_cast<std::int32_t>(bytes.size());
}

bool is_utf8(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    std::int32_t needed = 0;
    u_strFromUTF8(nullptr, 0, &needed, bytes.data(), icu_length(bytes), &status);
    return status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status);
}

std::optional<std::string> to_utf8(std::string_view bytes, const char* charset) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
    if (U_FAILURE(status)) {
        return std::nullopt;
    }
    // Stop at the first byte the character set does not define instead of substituting it: a wrong guess
    // must fail loudly rather than put replacement characters into customers' names.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    icu::UnicodeString text(bytes.data(), icu_length(bytes), converter.get(), status);
    if (U_FAILURE(status)) {
        return std::nullopt;
    }
    std::string out;
    text.toUTF8String(out);
    return out;
}

// ICU's detector weighs byte patterns against Russian text; below this confidence it is guessing (in our
// trials Estonian and French Latin-1 lists never named windows-1251 at all, and Russian lists scored 20+).
constexpr std::int32_t kMinimumConfidence = 10;

bool detector_names_windows_1251(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    ucsdet_setText(detector.get(), bytes.data(), icu_length(bytes), &status);
    std::int32_t found = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &found, &status);
    if (U_FAILURE(status)) {
        return false;
    }
    for (std::int32_t i = 0; i < found; ++i) {
        UErrorCode match_status = U_ZERO_ERROR;
        const char* name = ucsdet_getName(matches[i], &match_status);
        const std::int32_t confidence = ucsdet_getConfidence(matches[i], &match_status);
        if (U_SUCCESS(match_status) && name != nullptr && std::string_view(name) == "windows-1251" &&
            confidence >= kMinimumConfidence) {
            return true;
        }
    }
    return false;
}

bool detected_as_windows_1251(std::string_view bytes) {
    if (detector_names_windows_1251(bytes)) {
        return true;
    }
    // A list with English headers, phone numbers and card numbers has only a few Russian names among a lot
    // of ASCII, which drowns the detector's Russian statistics. Asked again about just the words with
    // non-ASCII letters in them, it hears the names (Latin-alphabet files still do not score as Russian).
    std::string words;
    std::string word;
    bool non_ascii = false;
    for (const char c : std::string(bytes) + ' ') {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')) {
            word += c;
            non_ascii = non_ascii || u >= 0x80;
            continue;
        }
        if (non_ascii) {
            words += word + ' ';
        }
        word.clear();
        non_ascii = false;
    }
    return !words.empty() && detector_names_windows_1251(words);
}

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

DecodedText decode(const std::string& bytes) {
    if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
        unreadable("The file is empty.");
    }
    // .xlsx and .ods are zip archives; the old .xls is an OLE compound file.
    if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "\xD0\xCF\x11\xE0")) {
        unreadable(std::string("This is a spreadsheet workbook, not a CSV file. ") + kSaveAsUtf8);
    }
    // Excel's "Unicode text" is UTF-16 with a byte order mark (and tabs between values).
    if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
        auto text = to_utf8(bytes, "UTF-16");
        if (!text) {
            unreadable(std::string("The file says it is UTF-16 text but is damaged. ") + kSaveAsUtf8);
        }
        if (starts_with(*text, "\xEF\xBB\xBF")) {
            text->erase(0, 3);
        }
        return {std::move(*text), "UTF-16"};
    }
    if (starts_with(bytes, "\xEF\xBB\xBF")) {
        std::string text = bytes.substr(3);
        if (!is_utf8(text)) {
            unreadable(std::string("The file says it is UTF-8 text but has bytes that are not. ") +
                       kSaveAsUtf8);
        }
        return {std::move(text), "UTF-8 with BOM"};
    }
    if (bytes.find('\0') != std::string::npos) {
        unreadable(std::string("This is not a text file. ") + kSaveAsUtf8);
    }
    if (is_utf8(bytes)) {
        return {bytes, "UTF-8"};
    }
    if (detected_as_windows_1251(bytes)) {
        if (auto text = to_utf8(bytes, "windows-1251")) {
            return {std::move(*text), "Windows-1251"};
        }
    }
    unreadable(std::string("Kassa cannot tell which character set the file is in (it reads UTF-8 and the "
                           "Windows-1251 of Russian Excel). ") +
               kSaveAsUtf8);
}

// ---- CSV -----------------------------------------------------------------------------------------------

struct Row {
    std::int64_t line = 0;  // where the row starts, as an editor numbers lines
    std::vector<std::string> fields;
};

struct Table {
    char delimiter = ';';
    std::vector<Row> rows;  // the first is the header; blank rows are dropped
};

// libcsv reports values and row ends through callbacks; the file is fed one physical line at a time so
// each row can be given the line it starts on, which libcsv itself does not track.
struct CsvSink {
    std::vector<Row> rows;
    std::vector<std::string> fields;
    std::int64_t line = 1;
    std::int64_t row_start = 1;
};

void on_value(void* data, std::size_t size, void* sink) {
    auto& s = *static_cast<CsvSink*>(sink);
    s.fields.emplace_back(size == 0 ? std::string() : std::string(static_cast<const char*>(data), size));
}

void on_row_end(int, void* sink) {
    auto& s = *static_cast<CsvSink*>(sink);
    // Excel writes ";;;;" for rows that only ever had formatting; they are blank, not rows.
    const bool blank = std::all_of(s.fields.begin(), s.fields.end(), [](const std::string& f) {
        return f.find_first_not_of(" \t\r\n") == std::string::npos;
    });
    if (!blank) {
        s.rows.push_back(Row{s.row_start, std::move(s.fields)});
    }
    s.fields.clear();
    // The row ended at a line break of the current line (or at the end of the file), so the next row can
    // only start on the next line.
    s.row_start = s.line + 1;
}

int only_space_is_space(unsigned char c) {
    return c == ' ' ? 1 : 0;
}

// Excel uses the list separator of the Windows region: ";" where the decimal mark is a comma (Estonia,
// Russia), "," elsewhere. The header line names the columns and so has one between every pair of them.
char detect_delimiter(std::string_view header) {
    std::size_t semicolons = 0;
    std::size_t commas = 0;
    std::size_t tabs = 0;
    bool quoted = false;
    for (char c : header) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            semicolons += c == ';' ? 1U : 0U;
            commas += c == ',' ? 1U : 0U;
            tabs += c == '\t' ? 1U : 0U;
        }
    }
    if (tabs > semicolons && tabs > commas) {
        return '\t';
    }
    return commas > semicolons ? ',' : ';';
}

struct ParserFree {
    void operator()(csv_parser* p) const { csv_free(p); }
};

Table read_table(const std::string& text) {
    Table table;
    std::size_t pos = 0;
    std::int64_t line = 1;
    const std::size_t first_end = std::min(text.find_first_of("\r\n"), text.size());
    const std::string_view first(text.data(), first_end);
    // "sep=;" on the first line is how Excel is told the separator; it is not part of the table.
    if (first.size() == 5 && (starts_with(first, "sep=") || starts_with(first, "SEP="))) {
        table.delimiter = first[4];
        pos = first_end;
        if (pos < text.size() && text[pos] == '\r') {
            ++pos;
        }
        if (pos < text.size() && text[pos] == '\n') {
            ++pos;
        }
        line = 2;
    } else {
        // The header is the first line with something on it.
        const std::size_t header_start = std::min(text.find_first_not_of(" \t\r\n"), text.size());
        const std::size_t header_end = std::min(text.find_first_of("\r\n", header_start), text.size());
        table.delimiter =
            detect_delimiter(std::string_view(text).substr(header_start, header_end - header_start));
    }

    csv_parser parser{};
    // Strict: a quotation mark out of place makes row boundaries unknowable, so the file is refused with
    // the line instead of being read into shifted columns. Excel never writes such a file.
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
        unreadable("There is not enough memory to read the file.");
    }
    const std::unique_ptr<csv_parser, ParserFree> guard(&parser);
    csv_set_delim(&parser, static_cast<unsigned char>(table.delimiter));
    if (table.delimiter == '\t') {
        csv_set_space_func(&parser, only_space_is_space);
    }
    CsvSink sink;
    sink.line = line;
    sink.row_start = line;
    while (pos < text.size()) {
        std::size_t end = pos;
        while (end < text.size() && text[end] != '\n' &&
               !(text[end] == '\r' && (end + 1 == text.size() || text[end + 1] != '\n'))) {
            ++end;
        }
        end = std::min(end + 1, text.size());
        const std::size_t size = end - pos;
        if (csv_parse(&parser, text.data() + pos, size, on_value, on_row_end, &sink) != size) {
            if (csv_error(&parser) == CSV_EPARSE) {
                unreadable(
                    "Line " + std::to_string(sink.line) +
                    " cannot be read: a quotation mark is out of place. Save the file from Excel again, or "
                    "put that value in quotes and double every quotation mark inside it.");
            }
            unreadable("There is not enough memory to read the file.");
        }
        pos = end;
        ++sink.line;
    }
    if (csv_fini(&parser, on_value, on_row_end, &sink) != 0) {
        unreadable("The quotation mark opened on line " + std::to_string(sink.row_start) +
                   " is never closed, so the rest of the file cannot be read.");
    }
    table.rows = std::move(sink.rows);
    if (table.rows.empty()) {
        unreadable("The file is empty.");
    }
    return table;
}

// A value as a person means it: surrounding spaces (also the no-break space Excel likes) dropped and the
// line breaks of a multi-line cell read as spaces.
std::string clean(const std::string& raw) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        const bool nbsp = c == '\xC2' && i + 1 < raw.size() && raw[i + 1] == '\xA0';
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || nbsp) {
            space = true;
            i += nbsp ? 1U : 0U;
            continue;
        }
        if (space && !out.empty()) {
            out += ' ';
        }
        space = false;
        out += c;
    }
    return out;
}

// ---- header --------------------------------------------------------------------------------------------

// Case, spaces and punctuation do not matter in column names: "E-mail", "e_mail" and "EMAIL" are one name,
// and so are "Дата рождения" and "дата  рождения:".
std::string header_key(const std::string& text) {
    const icu::UnicodeString folded = icu::UnicodeString::fromUTF8(fold_name(text));
    icu::UnicodeString kept;
    for (std::int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
        const UChar32 c = folded.char32At(i);
        if (u_isalnum(c)) {
            kept.append(c);
        }
    }
    std::string out;
    kept.toUTF8String(out);
    return out;
}

struct ColumnAliases {
    int field;
    std::vector<const char*> names;
};

class Columns {
  public:
    Columns(const Row& header, const std::vector<ColumnAliases>& aliases, std::vector<ImportMessage>& notes,
            std::vector<std::string>& ignored) {
        std::map<std::string, int> by_key;
        std::map<int, std::string> first_alias;
        for (const auto& a : aliases) {
            first_alias[a.field] = a.names.front();
            for (const char* name : a.names) {
                by_key.emplace(header_key(name), a.field);
            }
        }
        for (std::size_t i = 0; i < header.fields.size(); ++i) {
            const std::string name = clean(header.fields[i]);
            if (name.empty()) {
                continue;
            }
            const auto found = by_key.find(header_key(name));
            if (found == by_key.end()) {
                ignored.push_back(name);
                continue;
            }
            const auto [where, inserted] = index_.emplace(found->second, i);
            if (!inserted) {
                notes.push_back({header.line,
                                 "The column \"" + name + "\" was not used: column \"" +
                                     clean(header.fields[where->second]) + "\" already gives the " +
                                     first_alias[found->second] + ".",
                                 {}});
            }
        }
        width_ = header.fields.size();
    }

    [[nodiscard]] bool has(int field) const { return index_.count(field) != 0; }
    [[nodiscard]] bool any() const { return !index_.empty(); }
    [[nodiscard]] std::size_t width() const { return width_; }
    [[nodiscard]] std::string cell(const Row& row, int field) const {
        const auto found = index_.find(field);
        if (found == index_.end() || found->second >= row.fields.size()) {
            return {};
        }
        return clean(row.fields[found->second]);
    }

  private:
    std::map<int, std::size_t> index_;
    std::size_t width_ = 0;
};

// A row with more values than the header almost always has an unquoted separator inside a value (a price
// "12,50" in a comma-separated file); reading it would shift every later column.
std::optional<std::string> width_problem(const Row& row, const Columns& columns) {
    for (std::size_t i = columns.width(); i < row.fields.size(); ++i) {
        if (!clean(row.fields[i]).empty()) {
            return "the line has " + std::to_string(row.fields.size()) + " values but the header names " +
                   std::to_string(columns.width()) +
                   " columns; a value with the separator in it needs quotation marks";
        }
    }
    return std::nullopt;
}

// ---- values --------------------------------------------------------------------------------------------

using Reasons = std::vector<std::string>;

std::string in_quotes(const std::string& text) {
    return "\"" + text + "\"";
}

std::string sentence(const Reasons& reasons) {
    std::string out;
    for (const auto& r : reasons) {
        out += out.empty() ? r : "; " + r;
    }
    if (!out.empty() && out.front() >= 'a' && out.front() <= 'z') {
        out.front() = static_cast<char>(out.front() - 'a' + 'A');
    }
    return out + ".";
}

// Excel shows long numbers in scientific notation and saves them as shown: the digits are gone for good.
bool excel_shortened(const std::string& text) {
    const auto e = text.find_first_of("Ee");
    return e != std::string::npos && e + 1 < text.size() && text[e + 1] == '+' &&
           text.find_first_of("0123456789") < e;
}

// A cell longer than the store keeps for its field refuses the row, as the store itself would; the sentence
// names the field and its limit, never the value (it may be megabytes).
bool fits(TextField field, const std::string& value, Reasons& reasons, std::vector<ImportIssue>& issues) {
    if (text_fits(field, value)) {
        return true;
    }
    const TextLimit& limit = text_limit_row(field);
    reasons.push_back("the " + std::string(limit.english) + " is longer than " +
                      std::to_string(limit.max_chars) + " characters");
    issues.push_back({ImportIssue::Kind::text_too_long, std::string(limit.key)});
    return false;
}

std::string excel_shortened_reason(const char* what, const std::string& text) {
    return std::string("Excel shortened the ") + what + " to " + in_quotes(text) +
           " and the digits are lost; format the column as Text in Excel, type the numbers again and save";
}

bool all_digits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<bool> parse_yes_no(const std::string& text, const char* what, Reasons& reasons) {
    if (text.empty()) {
        return std::nullopt;
    }
    if (text == "+" || text == "\xE2\x9C\x93" || text == "\xE2\x9C\x94") {  // + ✓ ✔
        return true;
    }
    if (text == "-") {
        return false;
    }
    // Excel writes TRUE/FALSE in the language of its interface.
    static const std::set<std::string> yes = {"yes", "y",      "true", "1", "x",    "да",
                                              "д",   "истина", "jah",  "j", "tõene"};
    static const std::set<std::string> no = {"no", "n", "false", "0", "нет", "н", "ложь", "ei", "väär"};
    const std::string key = header_key(text);
    if (yes.count(key) != 0) {
        return true;
    }
    if (no.count(key) != 0) {
        return false;
    }
    reasons.push_back(std::string("the ") + what + " " + in_quotes(text) + " is not yes or no");
    return std::nullopt;
}

std::optional<int> to_int(std::string_view digits) {
    int value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size()) {
        return std::nullopt;
    }
    return value;
}

std::chrono::year_month_day date_of(Instant at) {
    return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(
        std::chrono::sys_seconds{std::chrono::seconds{at.unix_seconds}})};
}

// 31.12.1980, 31/12/1980, 31-12-1980 (day first, as everywhere Kassa is sold) and 1980-12-31. Excel may add
// a midnight time to a date cell; it is dropped.
std::optional<std::chrono::year_month_day> parse_birthday(const std::string& text, Instant at,
                                                          Reasons& reasons) {
    if (text.empty()) {
        return std::nullopt;
    }
    std::string date = text;
    if (const auto space = date.find(' '); space != std::string::npos) {
        const std::string time = date.substr(space + 1);
        if (time.find_first_not_of("0123456789:") != std::string::npos) {
            reasons.push_back("the birthday " + in_quotes(text) + " is not a date (write it as 31.12.1980)");
            return std::nullopt;
        }
        date.resize(space);
    }
    const auto separator = date.find_first_of("./-");
    std::vector<std::string> parts;
    if (separator != std::string::npos) {
        std::size_t start = 0;
        while (true) {
            const auto next = date.find(date[separator], start);
            parts.push_back(date.substr(start, next == std::string::npos ? std::string::npos : next - start));
            if (next == std::string::npos) {
                break;
            }
            start = next + 1;
        }
    }
    if (parts.size() != 3 ||
        !std::all_of(parts.begin(), parts.end(), [](const auto& p) { return all_digits(p); })) {
        reasons.push_back("the birthday " + in_quotes(text) + " is not a date (write it as 31.12.1980)");
        return std::nullopt;
    }
    const bool year_first = parts[0].size() == 4;
    const std::string& year_text = year_first ? parts[0] : parts[2];
    if (!year_first && year_text.size() <= 2) {
        reasons.push_back("the birthday " + in_quotes(text) + " has a two-digit year, which could be 19" +
                          year_text + " or 20" + year_text + "; write the year in full");
        return std::nullopt;
    }
    const auto y = to_int(year_text);
    const auto m = to_int(parts[1]);
    const auto d = to_int(year_first ? parts[2] : parts[0]);
    if (year_text.size() != 4 || !y || !m || !d || *m < 1 || *d < 1) {
        reasons.push_back("the birthday " + in_quotes(text) + " is not a date (write it as 31.12.1980)");
        return std::nullopt;
    }
    const std::chrono::year_month_day birthday{std::chrono::year{*y},
                                               std::chrono::month{static_cast<unsigned>(*m)},
                                               std::chrono::day{static_cast<unsigned>(*d)}};
    if (!birthday.ok()) {
        reasons.push_back("the birthday " + in_quotes(text) + " is not a date in the calendar");
        return std::nullopt;
    }
    if (birthday.year() < std::chrono::year{1900}) {
        reasons.push_back("the birthday " + in_quotes(text) + " is too long ago to be right");
        return std::nullopt;
    }
    if (std::chrono::sys_days{birthday} > std::chrono::sys_days{date_of(at)} + std::chrono::days{1}) {
        reasons.push_back("the birthday " + in_quotes(text) + " is in the future");
        return std::nullopt;
    }
    return birthday;
}

bool plausible_email(const std::string& text) {
    const auto at = text.find('@');
    if (at == std::string::npos || at == 0 || text.find('@', at + 1) != std::string::npos ||
        text.find_first_of(" ,;<>\"") != std::string::npos) {
        return false;
    }
    const auto dot = text.find('.', at + 2);
    return dot != std::string::npos && dot + 1 < text.size();
}

// A decimal number in the file's notation ("12,50", "12.50", "1 234,5", "12,50 €") as an integer scaled by
// 10^digits, read digit by digit: a binary double would turn 0.1 + 0.2 into a cent's error.
std::optional<std::int64_t> parse_decimal(const std::string& text, int digits, const std::string& currency,
                                          const char* what, Reasons& reasons) {
    const std::string subject = std::string("the ") + what + " " + in_quotes(text);
    const char* is = std::string_view(what) == "points" ? " are " : " is ";
    std::string s;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // Group separators: space, no-break space (C2 A0) and narrow no-break space (E2 80 AF).
        if (text[i] == ' ') {
            continue;
        }
        if (text.compare(i, 2, "\xC2\xA0") == 0) {
            ++i;
            continue;
        }
        if (text.compare(i, 3, "\xE2\x80\xAF") == 0) {
            i += 2;
            continue;
        }
        s += text[i];
    }
    for (const std::string& sign : {std::string("\xE2\x82\xAC"), currency}) {  // € and the shop's code
        if (sign.empty()) {
            continue;
        }
        std::string upper = s;
        std::transform(upper.begin(), upper.end(), upper.begin(),
                       [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
        if (starts_with(upper, sign)) {
            s.erase(0, sign.size());
        } else if (upper.size() >= sign.size() &&
                   upper.compare(upper.size() - sign.size(), sign.size(), sign) == 0) {
            s.resize(s.size() - sign.size());
        }
    }
    if (!s.empty() && s.front() == '-') {
        reasons.push_back(subject + is + "negative");
        return std::nullopt;
    }
    const auto mark = s.find_first_of(".,");
    if (mark != std::string::npos && s.find_first_of(".,", mark + 1) != std::string::npos) {
        reasons.push_back(
            subject + " has more than one decimal mark; write it without thousands separators, like 1234,50");
        return std::nullopt;
    }
    const std::string whole = s.substr(0, mark);
    std::string fraction = mark == std::string::npos ? std::string() : s.substr(mark + 1);
    if (!all_digits(whole) || (!fraction.empty() && !all_digits(fraction)) ||
        (mark != std::string::npos && fraction.empty())) {
        reasons.push_back(subject + is + "not a number");
        return std::nullopt;
    }
    // Trailing zeros beyond the currency's digits change nothing ("150,00" points, "12,500" euros).
    while (fraction.size() > static_cast<std::size_t>(digits) && fraction.back() == '0') {
        fraction.pop_back();
    }
    if (fraction.size() > static_cast<std::size_t>(digits)) {
        reasons.push_back(subject + (digits == 0 ? is + std::string("not a whole number")
                                                 : " has more than " + std::to_string(digits) + " decimals"));
        return std::nullopt;
    }
    if (whole.size() > 12) {
        reasons.push_back(subject + is + "too large");
        return std::nullopt;
    }
    std::int64_t value = 0;
    for (char c : whole) {
        value = value * 10 + (c - '0');
    }
    for (int i = 0; i < digits; ++i) {
        value =
            value * 10 +
            (static_cast<std::size_t>(i) < fraction.size() ? fraction[static_cast<std::size_t>(i)] - '0' : 0);
    }
    return value;
}

// A savepoint per row: a row that fails half-way (a constraint the checks did not foresee) leaves nothing
// behind, and the rows before it stay in the import's transaction.
class RowSavepoint {
  public:
    explicit RowSavepoint(detail::Connection& db) : db_(db) { db_.exec("SAVEPOINT import_row"); }
    ~RowSavepoint() {
        if (!released_) {
            try {
                db_.exec("ROLLBACK TO import_row");
                db_.exec("RELEASE import_row");
            } catch (...) {  // NOLINT(bugprone-empty-catch): the outer transaction rolls back anyway
            }
        }
    }
    RowSavepoint(const RowSavepoint&) = delete;
    RowSavepoint& operator=(const RowSavepoint&) = delete;
    void release() {
        db_.exec("RELEASE import_row");
        released_ = true;
    }

  private:
    detail::Connection& db_;
    bool released_ = false;
};

void sort_by_line(std::vector<ImportMessage>& messages) {
    std::stable_sort(messages.begin(), messages.end(),
                     [](const ImportMessage& a, const ImportMessage& b) { return a.line < b.line; });
}

// Runs `body` in one transaction that is committed only for a real, acceptable import.
template <typename Body>
ImportReport in_transaction(Store& store, const ImportOptions& options, Body&& body) {
    try {
        SQLite::Transaction transaction(store.database().connection(),
                                        SQLite::TransactionBehavior::IMMEDIATE);
        ImportReport report = body(store.database().connection());
        sort_by_line(report.problems);
        sort_by_line(report.notes);
        if (!options.dry_run && !(options.strict && !report.problems.empty())) {
            transaction.commit();
            report.committed = true;
        }
        return report;
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

// ---- customers -----------------------------------------------------------------------------------------

namespace customer_column {
enum Field : int {
    first_name,
    last_name,
    full_name,             // "First Last"
    full_name_last_first,  // Russian ФИО: "Last First Patronymic"
    phone,
    email,
    birthday,
    card,
    personal_consent,
    sms_consent,
    email_consent,
    points,
};
}

const std::vector<ColumnAliases>& customer_aliases() {
    using namespace customer_column;
    static const std::vector<ColumnAliases> aliases = {
        {first_name, {"first name", "firstname", "first", "given name", "forename", "имя", "eesnimi"}},
        {last_name,
         {"last name", "lastname", "surname", "family name", "фамилия", "perekonnanimi", "perenimi"}},
        {full_name,
         {"name", "full name", "customer", "customer name", "client", "nimi", "täisnimi", "klient",
          "kliendi nimi", "имя фамилия", "клиент", "покупатель"}},
        {full_name_last_first, {"фио", "фамилия имя", "фамилия имя отчество", "ф.и.о."}},
        {phone,
         {"phone", "phone number", "mobile", "mobile phone", "cell", "tel", "telephone", "телефон", "тел",
          "номер телефона", "мобильный", "мобильный телефон", "telefon", "telefoninumber", "mobiil",
          "mobiiltelefon"}},
        {email,
         {"email", "e-mail", "email address", "mail", "почта", "эл. почта", "электронная почта", "e-post",
          "e-posti aadress", "meil"}},
        {birthday,
         {"birthday", "date of birth", "birth date", "dob", "день рождения", "дата рождения", "sünnipäev",
          "sünniaeg", "sünnikuupäev"}},
        {card,
         {"card", "card number", "card no", "loyalty card", "карта", "номер карты", "№ карты",
          "карта клиента", "дисконтная карта", "бонусная карта", "kaart", "kaardi number", "kaardinumber",
          "kliendikaart"}},
        {personal_consent,
         {"personal data consent", "consent", "data consent", "gdpr consent", "gdpr", "согласие на обработку",
          "согласие на обработку персональных данных", "согласие на обработку данных", "согласие",
          "isikuandmete nõusolek", "nõusolek", "andmetöötluse nõusolek"}},
        {sms_consent,
         {"sms consent", "sms", "согласие на смс", "согласие на sms", "смс", "sms nõusolek",
          "sms-i nõusolek"}},
        {email_consent,
         {"email consent", "e-mail consent", "согласие на email", "согласие на e-mail", "согласие на почту",
          "e-posti nõusolek", "e-post nõusolek", "email nõusolek"}},
        {points,
         {"points", "balance", "bonus", "bonus points", "points balance", "баллы", "бонусы", "баланс",
          "бонусные баллы", "punktid", "boonuspunktid", "saldo"}},
    };
    return aliases;
}

struct CustomerRow {
    std::int64_t line = 0;
    std::string first_name;
    std::string last_name;
    std::string phone;        // E.164
    std::string match_phone;  // the phone to find an existing customer by, even when it is not kept
    std::string email;
    std::optional<std::chrono::year_month_day> birthday;
    std::string card;  // normalised
    std::optional<std::int64_t> points;
    std::optional<bool> personal;  // the consent columns as the row gives them
    std::optional<bool> sms;
    std::optional<bool> email_ok;

    [[nodiscard]] bool personal_fields() const {
        return !first_name.empty() || !last_name.empty() || !phone.empty() || !email.empty() || birthday;
    }
    void drop_personal_fields() {
        first_name.clear();
        last_name.clear();
        phone.clear();
        email.clear();
        birthday.reset();
        sms = false;
        email_ok = false;
    }
};

// "Mari Tamm" is first then last; "Tamm, Mari" (a list sorted by surname) and a Russian ФИО "Иванова Ольга
// Петровна" are last name first (the patronymic stays with the first name: it is how the customer is
// addressed).
void split_full_name(const std::string& full, bool last_first, CustomerRow& row) {
    if (const auto comma = full.find(','); comma != std::string::npos) {
        row.last_name = clean(full.substr(0, comma));
        row.first_name = clean(full.substr(comma + 1));
        return;
    }
    const auto space = last_first ? full.find(' ') : full.rfind(' ');
    if (space == std::string::npos) {
        row.first_name = full;
        return;
    }
    if (last_first) {
        row.last_name = full.substr(0, space);
        row.first_name = full.substr(space + 1);
    } else {
        row.first_name = full.substr(0, space);
        row.last_name = full.substr(space + 1);
    }
}

std::optional<CustomerRow> read_customer_row(const Row& raw, const Columns& columns,
                                             const std::string& region, Instant at, Reasons& reasons,
                                             std::vector<ImportIssue>& issues) {
    using namespace customer_column;
    CustomerRow row;
    row.line = raw.line;
    if (auto problem = width_problem(raw, columns)) {
        reasons.push_back(*problem);
        return std::nullopt;
    }
    row.first_name = columns.cell(raw, first_name);
    row.last_name = columns.cell(raw, last_name);
    if (row.first_name.empty() && row.last_name.empty()) {
        if (const auto full = columns.cell(raw, full_name); !full.empty()) {
            split_full_name(full, false, row);
        } else if (const auto fio = columns.cell(raw, full_name_last_first); !fio.empty()) {
            split_full_name(fio, true, row);
        }
    }
    fits(TextField::first_name, row.first_name, reasons, issues);
    fits(TextField::last_name, row.last_name, reasons, issues);
    if (const auto phone_text = columns.cell(raw, phone);
        !phone_text.empty() && fits(TextField::phone, phone_text, reasons, issues)) {
        if (excel_shortened(phone_text)) {
            reasons.push_back(excel_shortened_reason("phone", phone_text));
        } else if (const auto e164 = normalise_phone(phone_text, region)) {
            row.phone = *e164;
            row.match_phone = *e164;
        } else {
            reasons.push_back("the phone " + in_quotes(phone_text) + " is not a phone number");
        }
    }
    row.email = columns.cell(raw, email);
    if (!row.email.empty() && fits(TextField::email, row.email, reasons, issues) &&
        !plausible_email(row.email)) {
        reasons.push_back("the e-mail " + in_quotes(row.email) + " is not an e-mail address");
    }
    row.birthday = parse_birthday(columns.cell(raw, birthday), at, reasons);
    if (const auto card_text = columns.cell(raw, card);
        !card_text.empty() && fits(TextField::card_number, card_text, reasons, issues)) {
        const std::string number = normalise_card_number(card_text);
        if (excel_shortened(card_text)) {
            reasons.push_back(excel_shortened_reason("card number", card_text));
        } else if (is_payment_card_number(number)) {
            // Never stored, never repeated: the sentence does not show the digits.
            reasons.push_back("the card is a bank card, not a loyalty card, and was not imported");
        } else {
            row.card = number;
        }
    }
    if (const auto points_text = columns.cell(raw, points); !points_text.empty()) {
        row.points = parse_decimal(points_text, 0, {}, "points", reasons);
    }
    row.personal = parse_yes_no(columns.cell(raw, personal_consent), "personal data consent", reasons);
    row.sms = parse_yes_no(columns.cell(raw, sms_consent), "SMS consent", reasons);
    row.email_ok = parse_yes_no(columns.cell(raw, email_consent), "e-mail consent", reasons);
    if (reasons.empty() && !row.personal_fields() && row.card.empty()) {
        reasons.push_back("there is no name, phone, e-mail or card to know the customer by");
    }
    if (!reasons.empty()) {
        return std::nullopt;
    }
    return row;
}

std::optional<std::string> customer_with(detail::Connection& db, const char* sql, const std::string& key) {
    SQLite::Statement q(db, sql);
    q.bind(1, key);
    if (!q.executeStep()) {
        return std::nullopt;
    }
    return q.getColumn(0).getString();
}

void give_consent(detail::Connection& db, const std::string& id, ConsentKind kind,
                  const ImportOptions& options) {
    detail::insert_consent(db, id, kind, true, options.source, options.at);
    const char* column = kind == ConsentKind::sms     ? "sms_consent"
                         : kind == ConsentKind::email ? "email_consent"
                                                      : "personal_consent";
    detail::record_edit(db, detail::Edit{detail::EditEntity::customer, id, id, column, std::string("1")},
                        options.actor, options.at);
    SQLite::Statement q(db, std::string("UPDATE customers SET ") + column + " = 1 WHERE id = ?");
    q.bind(1, id);
    q.exec();
}

// The fields that changed are recorded as edits for the other tills first (detail::record_edit).
void write_personal_fields(detail::Connection& db, const Customer& c, const ImportOptions& options) {
    {
        const auto text = [](const std::string& v) { return v.empty() ? std::nullopt : std::optional(v); };
        const std::optional<std::string> birthday =
            c.birthday ? std::optional(format_date(*c.birthday)) : std::nullopt;
        const std::pair<const char*, std::optional<std::string>> wanted[] = {{"first_name", c.first_name},
                                                                             {"last_name", c.last_name},
                                                                             {"phone", text(c.phone)},
                                                                             {"email", text(c.email)},
                                                                             {"birthday", birthday}};
        SQLite::Statement now(
            db, "SELECT first_name, last_name, phone, email, birthday FROM customers WHERE id = ?");
        now.bind(1, c.id);
        if (now.executeStep()) {
            std::vector<std::pair<const char*, std::optional<std::string>>> edits;
            for (int i = 0; i < 5; ++i) {
                const auto column = now.getColumn(i);
                const std::optional<std::string> old =
                    column.isNull() ? std::nullopt : std::optional(column.getString());
                if (old != wanted[i].second) {
                    edits.emplace_back(wanted[i]);
                }
            }
            now.reset();
            for (const auto& [field, value] : edits) {
                detail::record_edit(db, detail::Edit{detail::EditEntity::customer, c.id, c.id, field, value},
                                    options.actor, options.at);
            }
        }
    }
    SQLite::Statement q(
        db,
        "UPDATE customers SET first_name = ?, last_name = ?, first_folded = ?, last_folded = ?, "
        "phone = ?, email = ?, birthday = ? WHERE id = ?");
    q.bind(1, c.first_name);
    q.bind(2, c.last_name);
    q.bind(3, fold_name(c.first_name));
    q.bind(4, fold_name(c.last_name));
    if (!c.phone.empty()) {
        q.bind(5, c.phone);
    }
    if (!c.email.empty()) {
        q.bind(6, c.email);
    }
    if (c.birthday) {
        q.bind(7, format_date(*c.birthday));
    }
    q.bind(8, c.id);
    q.exec();
}

// The points a customer had in the old system, as an owner's correction with the reason "import" (what
// Store::adjust_points writes for a positive correction; it cannot be called here because it opens its own
// transaction). Available at once; no expiry, like any correction without one.
void opening_balance(detail::Connection& db, const std::string& id, std::int64_t points,
                     const ImportOptions& options) {
    detail::add_lot(db, id, "adjust", points, options.at, std::nullopt, {}, {}, detail::kReasonImported,
                    options.actor, options.at);
    detail::refresh_balance(db, id);
    detail::audit(db, options.at, options.actor, "points.adjust", id, std::to_string(points) + " import");
}

enum class RowOutcome { created, merged, unchanged };

struct CustomerImport {
    Store& store;
    detail::Connection& db;
    const ImportOptions& options;
    std::string region;
    ImportReport& report;
    // Customers this import created: the line that created each and the opening balance it gave, so a
    // repeated line never adds points twice.
    struct Created {
        std::int64_t line = 0;
        std::optional<std::int64_t> points;
    };
    std::map<std::string, Created> created;

    void note(std::int64_t line, const std::string& text) { report.notes.push_back({line, text, {}}); }

    // Fills `field` when empty; a different value already there is kept and named in a note.
    bool fill(std::string& field, const std::string& value, const char* what, const std::string& owner,
              std::int64_t line) {
        if (value.empty() || field == value) {
            return false;
        }
        if (field.empty()) {
            field = value;
            return true;
        }
        note(line, std::string("Kept the ") + what + " " + in_quotes(field) + " " + owner + "; this line's " +
                       in_quotes(value) + " was not used.");
        return false;
    }

    RowOutcome create(CustomerRow& row) {
        Enrolment e;
        e.first_name = row.first_name;
        e.last_name = row.last_name;
        e.phone = row.phone;
        e.email = row.email;
        e.birthday = row.birthday;
        e.consents =
            Consents{row.personal.value_or(false), row.sms.value_or(false), row.email_ok.value_or(false)};
        e.consent_source = options.source;
        e.card_number = row.card;
        const std::string id = detail::insert_customer(db, e, options.at, region);
        if (row.first_name.empty() && row.last_name.empty() && (!row.phone.empty() || !row.email.empty())) {
            // Not wrong (a phone is enough to find her), but the till will greet her without a name.
            const std::string known_by = row.phone.empty() ? row.email : row.phone;
            report.notes.push_back({row.line,
                                    "The customer has no name in the file and was created with the " +
                                        std::string(row.phone.empty() ? "e-mail " : "phone ") + known_by +
                                        " only; add her name at the till.",
                                    {{ImportIssue::Kind::name_missing, known_by}}});
        }
        Created& c = created[id];
        c.line = row.line;
        if (row.points && *row.points > 0) {
            opening_balance(db, id, *row.points, options);
            c.points = row.points;
        }
        return RowOutcome::created;
    }

    RowOutcome merge(CustomerRow& row, const std::string& id, const char* matched_by) {
        const auto first_note = static_cast<std::ptrdiff_t>(report.notes.size());
        Customer c = *store.customers().customer(id);
        const auto here = created.find(id);
        const std::string owner =
            here != created.end() ? "from line " + std::to_string(here->second.line) : "already in the shop";
        bool changed = false;
        if (row.personal == true && !c.consents.personal_data) {
            give_consent(db, id, ConsentKind::personal_data, options);
            c.consents.personal_data = true;
            changed = true;
        } else if (row.personal == false && c.consents.personal_data) {
            note(row.line, "The customer's consent to keep personal data (" + owner +
                               ") was kept: an import never withdraws consent; withdraw it at the till.");
        }
        if (c.consents.personal_data && row.personal.value_or(false)) {
            bool fields = false;
            fields |= fill(c.first_name, row.first_name, "first name", owner, row.line);
            fields |= fill(c.last_name, row.last_name, "last name", owner, row.line);
            fields |= fill(c.phone, row.phone, "phone", owner, row.line);
            fields |= fill(c.email, row.email, "e-mail", owner, row.line);
            if (row.birthday && !c.birthday) {
                c.birthday = row.birthday;
                fields = true;
            } else if (row.birthday && c.birthday != row.birthday) {
                note(row.line, "Kept the birthday " + format_date(*c.birthday) + " " + owner +
                                   "; this line's " + format_date(*row.birthday) + " was not used.");
            }
            if (fields) {
                write_personal_fields(db, c, options);
                changed = true;
            }
        }
        for (const auto& [kind, wanted, held, name] :
             {std::tuple{ConsentKind::sms, row.sms, c.consents.sms, "SMS"},
              std::tuple{ConsentKind::email, row.email_ok, c.consents.email, "e-mail"}}) {
            if (wanted == true && !held && c.consents.personal_data) {
                give_consent(db, id, kind, options);
                changed = true;
            } else if (wanted == false && held) {
                note(row.line, std::string("The customer's ") + name + " consent (" + owner +
                                   ") was kept: an import never withdraws consent.");
            }
        }
        if (!row.card.empty() && std::none_of(c.cards.begin(), c.cards.end(),
                                              [&](const Card& card) { return card.number == row.card; })) {
            detail::insert_card(db, id, row.card, options.at);
            changed = true;
        }
        if (row.points && *row.points > 0) {
            if (here != created.end() && !here->second.points) {
                opening_balance(db, id, *row.points, options);
                here->second.points = row.points;
                changed = true;
            } else if (here == created.end() && c.balance.value() != *row.points) {
                note(row.line, "The customer already has " + std::to_string(c.balance.value()) +
                                   " points; the file's " + std::to_string(*row.points) +
                                   " were not added (an import only gives new customers their balance).");
            }
        }
        if (here != created.end()) {
            // Said before the details of the merge, which only make sense once the duplicate is known.
            report.notes.insert(
                report.notes.begin() + first_note,
                {row.line,
                 "Same customer as line " + std::to_string(here->second.line) + " (same " + matched_by +
                     (changed ? "): merged into it." : "): nothing new on this line."),
                 {}});
        }
        return changed ? RowOutcome::merged : RowOutcome::unchanged;
    }

    // Checks what can only be known against the database and the rows before, then writes the row.
    std::optional<std::string> with_phone(const std::string& phone) {
        return phone.empty() ? std::nullopt
                             : customer_with(db, "SELECT id FROM customers WHERE phone = ?", phone);
    }

    std::optional<RowOutcome> apply(CustomerRow& row, Reasons& reasons) {
        const auto by_phone = with_phone(row.match_phone);
        const auto by_card =
            row.card.empty() ? std::nullopt
                             : customer_with(db, "SELECT customer_id FROM cards WHERE number = ?", row.card);
        if (by_phone && by_card && *by_phone != *by_card) {
            reasons.push_back("the phone belongs to one customer and the card " + row.card +
                              " to another; decide which customer this line is and fix it by hand");
            return std::nullopt;
        }
        const auto id = by_phone ? by_phone : by_card;
        if (id) {
            const auto here = created.find(*id);
            if (row.points && *row.points > 0 && here != created.end() && here->second.points &&
                *here->second.points != *row.points) {
                reasons.push_back("same customer as line " + std::to_string(here->second.line) +
                                  " but with " + std::to_string(*row.points) + " points instead of " +
                                  std::to_string(*here->second.points) +
                                  "; keep one line with the right balance");
                return std::nullopt;
            }
        }
        const std::size_t notes_before = report.notes.size();
        try {
            RowSavepoint savepoint(db);
            const RowOutcome outcome = id ? merge(row, *id, by_phone ? "phone" : "card") : create(row);
            savepoint.release();
            return outcome;
        } catch (const StoreError& e) {
            // The store's own refusals (the writers enrolment uses) are about this row; anything else (a
            // full disk, a busy database) is about the import and ends it.
            if (e.kind() != FailureKind::invalid) {
                throw;
            }
            report.notes.resize(notes_before);
            std::string reason = e.what();
            if (!reason.empty() && reason.back() == '.') {
                reason.pop_back();
            }
            reasons.push_back(reason);
            return std::nullopt;
        }
    }
};

// ---- catalog -------------------------------------------------------------------------------------------

namespace catalog_column {
enum Field : int { sku, name, category, price, min_price, barcodes, by_weight, vat };
}

const std::vector<ColumnAliases>& catalog_aliases() {
    using namespace catalog_column;
    static const std::vector<ColumnAliases> aliases = {
        {sku,
         {"sku", "code", "product code", "item code", "article", "артикул", "код", "код товара", "kood",
          "tootekood", "artikkel"}},
        {name,
         {"name", "product", "product name", "item", "description", "title", "наименование", "название",
          "товар", "nimetus", "nimi", "toode", "toote nimi"}},
        {category,
         {"category", "group", "product group", "категория", "группа", "kategooria", "grupp", "tootegrupp"}},
        {price,
         {"price", "retail price", "selling price", "цена", "цена продажи", "розничная цена", "hind",
          "müügihind"}},
        {min_price,
         {"min price", "minimum price", "lowest price", "минимальная цена", "мин. цена", "мин цена",
          "miinimumhind", "min hind", "madalaim hind"}},
        {barcodes,
         {"barcode", "barcodes", "ean", "ean13", "gtin", "штрихкод", "штрих-код", "штрихкоды", "ribakood",
          "ribakoodid"}},
        {by_weight,
         {"by weight", "sold by weight", "weighed", "весовой", "весовой товар", "kaalukaup", "kaalutav"}},
        {vat,
         {"vat", "vat rate", "vat %", "tax", "tax rate", "ндс", "ставка ндс", "ндс %", "käibemaks",
          "käibemaksumäär", "km", "km määr", "km %"}},
    };
    return aliases;
}

// Several barcodes in one cell, separated by spaces, "|", "," or ";" (in a quoted cell).
std::vector<std::string> split_barcodes(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    for (char c : text + " ") {
        if (c == ' ' || c == '|' || c == ',' || c == ';') {
            if (!current.empty() && std::find(out.begin(), out.end(), current) == out.end()) {
                out.push_back(current);
            }
            current.clear();
        } else {
            current += c;
        }
    }
    return out;
}

void write_product(detail::Connection& db, const Product& p, const std::vector<std::string>& new_barcodes) {
    // The import's own transaction holds; stock and the active flag stay as the shop keeps them.
    detail::write_product(db, p, new_barcodes, detail::StockAndState::keep,
                          detail::BarcodeOwner::insert_only);
}

}  // namespace

ImportReport import_customers(Store& store, const std::string& bytes, const ImportOptions& options) {
    const DecodedText text = decode(bytes);
    const Table table = read_table(text.utf8);
    const std::string region = store.shop().settings().phone_country;
    return in_transaction(store, options, [&](detail::Connection& db) {
        using namespace customer_column;
        ImportReport report;
        report.encoding = text.encoding;
        report.delimiter = table.delimiter;
        const Row& header = table.rows.front();
        const Columns columns(header, customer_aliases(), report.notes, report.ignored_columns);
        if (!columns.any()) {
            unreadable("Kassa does not know any column of line " + std::to_string(header.line) +
                       "; the first line must name the columns, for example: first name; last name; phone; "
                       "card; birthday; personal data consent.");
        }
        const bool consent_column = columns.has(personal_consent);
        CustomerImport import{store, db, options, region, report, {}};
        std::int64_t withheld = 0;  // rows whose personal details were not kept for want of a consent column
        std::int64_t withheld_skipped = 0;
        for (std::size_t i = 1; i < table.rows.size(); ++i) {
            const Row& raw = table.rows[i];
            ++report.rows;
            Reasons reasons;
            std::vector<ImportIssue> issues;  // the typed side of `reasons`, where there is one
            auto row = read_customer_row(raw, columns, region, options.at, reasons, issues);
            if (row) {
                if (!row->personal && options.assume_consent) {
                    row->personal = true;
                }
                if (!row->personal.value_or(false) && row->personal_fields()) {
                    // Without consent the shop may keep only an anonymous card (with its points); the phone
                    // still finds a customer who gave consent before, so their card is not split off.
                    row->drop_personal_fields();
                    const bool kept = !row->card.empty() || import.with_phone(row->match_phone);
                    if (!consent_column) {
                        ++withheld;
                        withheld_skipped += kept ? 0 : 1;
                    } else if (!kept) {
                        import.note(raw.line,
                                    "Skipped: the customer did not agree to the shop keeping personal "
                                    "data, and there is no card to keep anonymously.");
                    } else if (!row->card.empty()) {
                        import.note(raw.line,
                                    "Only the card was kept: the customer did not agree to the shop "
                                    "keeping personal data.");
                    }
                    if (!kept) {
                        ++report.skipped;
                        continue;
                    }
                }
                if (const auto outcome = import.apply(*row, reasons)) {
                    ++(*outcome == RowOutcome::created  ? report.created
                       : *outcome == RowOutcome::merged ? report.merged
                                                        : report.unchanged);
                    continue;
                }
            }
            ++report.refused;
            report.problems.push_back({raw.line, sentence(reasons), issues});
        }
        if (withheld > 0) {
            report.problems.push_back({header.line,
                                       "The file has no column saying the customers agreed to the shop "
                                       "keeping their personal data, so "
                                       "the names, phones, e-mails and birthdays of " +
                                           std::to_string(withheld) +
                                           (withheld == 1 ? " row were" : " rows were") + " not imported (" +
                                           std::to_string(withheld_skipped) +
                                           (withheld_skipped == 1 ? " of them had no card and was"
                                                                  : " of them had no card and were") +
                                           " skipped). If every customer in the file agreed, import it "
                                           "again with --assume-consent; a consent column with yes or no for "
                                           "each customer works too.",
                                       {}});
        }
        return report;
    });
}

ImportReport import_catalog(Store& store, const std::string& bytes, const ImportOptions& options) {
    const DecodedText text = decode(bytes);
    const Table table = read_table(text.utf8);
    const ShopSettings settings = store.shop().settings();
    const int digits = currency_minor_digits(settings.currency).value_or(2);
    return in_transaction(store, options, [&](detail::Connection& db) {
        using namespace catalog_column;
        ImportReport report;
        report.encoding = text.encoding;
        report.delimiter = table.delimiter;
        const Row& header = table.rows.front();
        const Columns columns(header, catalog_aliases(), report.notes, report.ignored_columns);
        if (!columns.any()) {
            unreadable(
                "Kassa does not know any column of line " + std::to_string(header.line) +
                "; the first line must name the columns, for example: SKU; name; category; price; barcode.");
        }
        if (!columns.has(sku) && !columns.has(barcodes)) {
            unreadable("The file has no SKU or barcode column, so Kassa cannot tell the products apart.");
        }
        if (!columns.has(name) && !columns.has(price)) {
            unreadable("The file has neither a name nor a price column, so there is nothing to import.");
        }
        std::map<std::string, std::int64_t> sku_lines;
        std::map<std::string, std::pair<std::int64_t, std::string>> barcode_lines;  // line and SKU
        for (std::size_t i = 1; i < table.rows.size(); ++i) {
            const Row& raw = table.rows[i];
            ++report.rows;
            Reasons reasons;
            std::vector<ImportIssue> issues;  // the typed side of `reasons`, where there is one
            const auto refuse = [&] {
                ++report.refused;
                report.problems.push_back({raw.line, sentence(reasons), issues});
            };
            if (auto problem = width_problem(raw, columns)) {
                reasons.push_back(*problem);
                refuse();
                continue;
            }
            std::string product_sku = columns.cell(raw, sku);
            const std::string barcode_text = columns.cell(raw, barcodes);
            std::vector<std::string> codes;
            if (excel_shortened(barcode_text)) {
                reasons.push_back(excel_shortened_reason("barcode", barcode_text));
            } else {
                codes = split_barcodes(barcode_text);
                for (const auto& code : codes) {
                    fits(TextField::barcode, code, reasons, issues);
                }
            }
            const std::string price_text = columns.cell(raw, price);
            const std::string min_text = columns.cell(raw, min_price);
            const auto new_price =
                price_text.empty() ? std::nullopt
                                   : parse_decimal(price_text, digits, settings.currency, "price", reasons);
            const auto new_min = min_text.empty() ? std::nullopt
                                                  : parse_decimal(min_text, digits, settings.currency,
                                                                  "minimum price", reasons);
            const auto weighed = parse_yes_no(columns.cell(raw, by_weight), "sold by weight", reasons);
            // An empty cell is the category's rate (nullopt); a cell that is not a rate refuses the row.
            std::optional<VatRate> own_rate;
            if (const std::string vat_text = columns.cell(raw, vat); !vat_text.empty()) {
                own_rate = parse_vat_rate(vat_text);
                if (!own_rate) {
                    reasons.push_back("the VAT rate " + in_quotes(vat_text) +
                                      " is not a rate; write it like 24, 24%, 9, 0 or exempt, or leave it "
                                      "empty for the category's rate");
                    issues.push_back({ImportIssue::Kind::vat_rate_unreadable, vat_text});
                }
            }
            if (product_sku.empty()) {
                // Without a SKU the product is known by its barcode: a barcode already in the shop finds it.
                for (const auto& code : codes) {
                    if (const auto known = store.catalog().product_by_barcode(code)) {
                        product_sku = known->sku;
                        break;
                    }
                }
                if (product_sku.empty() && !codes.empty()) {
                    product_sku = codes.front();
                }
            }
            if (product_sku.empty()) {
                reasons.push_back("there is no SKU or barcode");
            } else {
                fits(TextField::product_sku, product_sku, reasons, issues);
            }
            if (!reasons.empty()) {
                refuse();
                continue;
            }
            if (const auto seen = sku_lines.find(product_sku); seen != sku_lines.end()) {
                reasons.push_back("SKU " + product_sku + " is already on line " +
                                  std::to_string(seen->second) + "; give each product one line");
                refuse();
                continue;
            }
            const auto existing = store.catalog().product_by_sku(product_sku);
            Product p = existing.value_or(Product{});
            p.sku = product_sku;
            bool name_kept = false;
            if (const auto n = columns.cell(raw, name); !n.empty()) {
                fits(TextField::product_name, n, reasons, issues);
                p.name = n;
            } else if (!existing) {
                reasons.push_back("the product has no name");
                issues.push_back({ImportIssue::Kind::name_missing, product_sku});
            } else {
                name_kept = columns.has(name);
            }
            if (columns.has(category)) {
                p.category = columns.cell(raw, category);
                fits(TextField::product_category, p.category, reasons, issues);
            }
            if (new_price) {
                p.price = Money::minor(*new_price);
            } else if (!existing) {
                reasons.push_back("the product has no price");
            }
            if (columns.has(min_price)) {
                p.min_price = new_min ? std::optional<Money>(Money::minor(*new_min)) : std::nullopt;
            }
            if (weighed) {
                p.by_weight = *weighed;
            }
            if (reasons.empty() && p.min_price && *p.min_price > p.price) {
                reasons.push_back("the minimum price is above the price");
            }
            std::vector<std::string> new_codes;
            for (const auto& code : codes) {
                if (const auto seen = barcode_lines.find(code);
                    seen != barcode_lines.end() && seen->second.second != product_sku) {
                    reasons.push_back("barcode " + code + " is also on line " +
                                      std::to_string(seen->second.first) + " for another product");
                } else if (const auto owner = store.catalog().product_by_barcode(code);
                           owner && owner->sku != product_sku) {
                    reasons.push_back("barcode " + code + " already belongs to " + owner->sku + " (" +
                                      owner->name + ")");
                } else if (!owner) {
                    new_codes.push_back(code);
                }
            }
            if (!reasons.empty()) {
                refuse();
                continue;
            }
            sku_lines.emplace(product_sku, raw.line);
            for (const auto& code : codes) {
                barcode_lines.emplace(code, std::make_pair(raw.line, product_sku));
            }
            if (name_kept) {
                // Said even when nothing else changes: a name column with holes is usually a broken file.
                report.notes.push_back(
                    {raw.line,
                     "The name is empty; the product keeps its name " + in_quotes(p.name) + ".",
                     {{ImportIssue::Kind::name_missing, p.name}}});
            }
            const auto rate_on_file = existing ? detail::own_product_vat_rate(db, product_sku) : std::nullopt;
            const bool rate_changes = columns.has(vat) && own_rate != rate_on_file;
            const bool same = existing && existing->name == p.name && existing->category == p.category &&
                              existing->price == p.price && existing->min_price == p.min_price &&
                              existing->by_weight == p.by_weight && new_codes.empty() && !rate_changes;
            if (same) {
                ++report.unchanged;
                continue;
            }
            RowSavepoint savepoint(db);
            write_product(db, p, new_codes);
            if (rate_changes) {
                detail::write_product_vat_rate(db, product_sku, own_rate, options.actor, options.at);
            }
            savepoint.release();
            ++(existing ? report.merged : report.created);
        }
        return report;
    });
}

}  // namespace kassa::store
