// The accountant's nightly export: a business day's receipts, lines, discounts, payments, points, refunds,
// customers and coupons as CSV files, read from one WAL snapshot and put in place by one rename.
// docs/nightly.md is the reader's side of this file: change both together.

#include "kassa/store/export.hpp"
#include "kassa/store/vat_settings.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <sodium.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string_view>

#include "connection.hpp"
#include "guarded.hpp"
#include "kassa/core/rules.hpp"
#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/database.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"
#include "ledger_writer.hpp"
#include "shift_report.hpp"
#include "shop_settings.hpp"
#include "vat_by_rate.hpp"
#include "vat_rates.hpp"

namespace kassa::store {

namespace {

namespace fs = std::filesystem;
using std::chrono::year_month_day;

constexpr const char* kLastDayKey = "export.last_day";

year_month_day add_days(year_month_day day, int days) {
    return year_month_day{std::chrono::sys_days{day} + std::chrono::days{days}};
}

// ---- CSV as RFC 4180 says, or as Excel in a comma-decimal locale reads it -----------------------------

// "-1234" with 2 digits -> "-12.34" (or "-12,34"). Works on the magnitude as unsigned so INT64_MIN is fine.
std::string decimal(std::int64_t value, int digits, char separator) {
    const bool negative = value < 0;
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(value + 1)) + 1U : static_cast<std::uint64_t>(value);
    std::string text = std::to_string(magnitude);
    if (digits > 0) {
        const auto width = static_cast<std::size_t>(digits);
        if (text.size() <= width) {
            text.insert(0, width + 1 - text.size(), '0');
        }
        text.insert(text.size() - width, 1, separator);
    }
    return negative ? "-" + text : text;
}

// One file's bytes, built in memory (a day is a few megabytes at most) so it can be hashed and written in
// one go. Every row must have as many fields as the header: a mismatch is a bug in this file, not data.
class Csv {
  public:
    Csv(bool excel, int money_digits)
        : excel_(excel), delimiter_(excel ? ';' : ','), money_digits_(money_digits) {
        if (excel_) {
            bytes_ = "\xEF\xBB\xBF";  // Excel reads a BOM-less file in the machine's ANSI code page
        }
    }

    void header(std::initializer_list<std::string_view> names) {
        header(std::vector<std::string_view>(names));
    }
    void header(const std::vector<std::string_view>& names) {
        for (const auto name : names) {
            put(name);
        }
        columns_ = fields_;
        finish_line();
    }

    // Codes, dates, ids and integers: written as they are.
    Csv& raw(std::string_view value) {
        put(value);
        return *this;
    }
    Csv& raw(std::int64_t value) { return raw(std::to_string(value)); }
    Csv& optional_raw(const SQLite::Column& column) {
        return raw(column.isNull() ? std::string() : column.getString());
    }

    // Text people typed (names, reasons, product names). In Excel mode a leading = + - @ would make Excel
    // run it as a formula (CSV injection), so such a cell gets a leading apostrophe, as OWASP advises.
    Csv& text(std::string_view value) {
        if (excel_ && !value.empty() &&
            std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
            put("'" + std::string(value));
        } else {
            put(value);
        }
        return *this;
    }

    // Money: the integer in minor units, then the same as decimal text with the currency's digits.
    Csv& money(std::int64_t minor) {
        raw(minor);
        return raw(decimal(minor, money_digits_, excel_ ? ',' : '.'));
    }
    // Quantity in thousandths, then as decimal text with three places.
    Csv& quantity(std::int64_t thousandths) {
        raw(thousandths);
        return raw(decimal(thousandths, 3, excel_ ? ',' : '.'));
    }

    void end_row() {
        if (fields_ != columns_) {
            throw std::logic_error("export: a row has " + std::to_string(fields_) + " fields for " +
                                   std::to_string(columns_) + " columns");
        }
        ++rows_;
        finish_line();
    }

    [[nodiscard]] std::int64_t rows() const { return rows_; }
    [[nodiscard]] const std::string& bytes() const { return bytes_; }

  private:
    void put(std::string_view value) {
        if (fields_ > 0) {
            bytes_ += delimiter_;
        }
        ++fields_;
        const bool quote =
            value.find_first_of(std::string{delimiter_, '"', '\r', '\n'}) != std::string_view::npos;
        if (!quote) {
            bytes_ += value;
            return;
        }
        bytes_ += '"';
        for (const char c : value) {
            if (c == '"') {
                bytes_ += '"';
            }
            bytes_ += c;
        }
        bytes_ += '"';
    }
    void finish_line() {
        bytes_ += "\r\n";  // RFC 4180 line break, which Excel expects too
        fields_ = 0;
    }

    bool excel_;
    char delimiter_;
    int money_digits_;
    std::string bytes_;
    std::size_t fields_ = 0;
    std::size_t columns_ = 0;
    std::int64_t rows_ = 0;
};

std::string sha256_hex(const std::string& bytes) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return hex.data();
}

// ---- files and folders ------------------------------------------------------------------------------------

[[noreturn]] void fail_io(int error, const std::string& subject) {
    const std::string reason = std::strerror(error);
    switch (error) {
        case ENOSPC:
        case EDQUOT:
            throw StoreError(FailureKind::disk_full,
                             "The disk is full: " + subject + " could not be written.");
        case EACCES:
        case EPERM:
        case EROFS:
            throw StoreError(FailureKind::read_only, subject + " cannot be written to (" + reason + ").");
        case ENOTDIR:
        case EEXIST:
            throw StoreError(FailureKind::invalid,
                             subject + " is not a folder that can be written to (" + reason + ").");
        default:
            throw StoreError(FailureKind::other, subject + " could not be written (" + reason + ").");
    }
}

// A file descriptor closed on scope exit.
class Fd {
  public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    [[nodiscard]] int get() const { return fd_; }

  private:
    int fd_;
};

void sync_folder(const fs::path& folder) {
    const Fd fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0 || ::fsync(fd.get()) != 0) {
        fail_io(errno, "The export folder " + folder.string());
    }
}

// Written and flushed to the disk before the folder is renamed, so a power cut after the rename cannot leave
// a complete-looking day with empty files.
void write_file(const fs::path& path, const std::string& bytes) {
    const Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640));
    if (fd.get() < 0) {
        fail_io(errno, "The export file " + path.string());
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail_io(errno, "The export file " + path.string());
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd.get()) != 0) {
        fail_io(errno, "The export file " + path.string());
    }
}

// The export folder, created when missing, and an exclusive lock on it for as long as this lives: two
// exports into one folder would otherwise remove each other's temporary folders.
class OutLock {
  public:
    explicit OutLock(const fs::path& out) {
        std::error_code error;
        fs::create_directories(out, error);
        if (error) {
            fail_io(error.value(), "The export folder " + out.string());
        }
        if (!fs::is_directory(out, error)) {
            throw StoreError(FailureKind::invalid, "The export folder " + out.string() + " is not a folder.");
        }
        fd_ = ::open((out / ".kassa-export.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0640);
        if (fd_ < 0) {
            fail_io(errno, "The export folder " + out.string());
        }
        if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd_);
            throw StoreError(FailureKind::busy, "Another export is writing to " + out.string() +
                                                    "; nothing was exported now. Try again when it is done.");
        }
    }
    ~OutLock() { ::close(fd_); }  // closing the descriptor releases the lock
    OutLock(const OutLock&) = delete;
    OutLock& operator=(const OutLock&) = delete;

  private:
    int fd_ = -1;
};

// Puts the finished temporary folder in place of OUT/DAY. An existing day is swapped in one renameat2
// (RENAME_EXCHANGE), so a reader sees the old day or the new one, never neither and never a mix.
void put_in_place(const fs::path& partial, const fs::path& final_path) {
    if (::renameat2(AT_FDCWD, partial.c_str(), AT_FDCWD, final_path.c_str(), RENAME_NOREPLACE) == 0) {
        return;
    }
    const int first_error = errno;
    if (first_error != EEXIST && first_error != EINVAL && first_error != ENOSYS) {
        fail_io(first_error, "The export folder " + final_path.parent_path().string());
    }
    if (first_error == EEXIST &&
        ::renameat2(AT_FDCWD, partial.c_str(), AT_FDCWD, final_path.c_str(), RENAME_EXCHANGE) == 0) {
        fs::remove_all(partial);  // now the previous export of the day
        return;
    }
    // A file system without renameat2 flags: move the old day aside first. The day is briefly absent, but a
    // half-written one still never exists under its name.
    const fs::path old = final_path.parent_path() / ("." + final_path.filename().string() + ".old");
    std::error_code error;
    fs::remove_all(old, error);
    if (fs::exists(final_path, error)) {
        fs::rename(final_path, old, error);
        if (error) {
            fail_io(error.value(), "The export folder " + final_path.parent_path().string());
        }
    }
    fs::rename(partial, final_path, error);
    if (error) {
        fail_io(error.value(), "The export folder " + final_path.parent_path().string());
    }
    fs::remove_all(old, error);
}

// ---- reading the shop ------------------------------------------------------------------------------------

// Stored instants are UTC text; the files give the shop's local time with its offset.
std::string local_time(const SQLite::Column& column, const TimeZone& zone) {
    if (column.isNull()) {
        return {};
    }
    return format_timestamp(parse_timestamp(column.getString()).instant, zone);
}

template <typename Fn>
auto guarded(Fn&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const StoreError&) {
        throw;
    } catch (const fs::filesystem_error& e) {
        fail_io(e.code().value(), "The export folder " + e.path1().string());
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

// The files of one day, in the manifest's order.
struct DayFiles {
    std::vector<std::pair<std::string, Csv>> files;
};

class DayReader {
  public:
    DayReader(SQLite::Database& db, year_month_day day, const TimeZone& zone, bool excel, int digits)
        : db_(db), zone_(zone), excel_(excel), digits_(digits), day_(format_date(day)) {
        // The day's instants as stored (UTC text): [local midnight, next local midnight).
        from_ = detail::iso(zone.from_local(LocalDateTime{day, 0}));
        to_ = detail::iso(zone.from_local(LocalDateTime{add_days(day, 1), 0}));
    }

    Csv receipts() {
        Csv csv = make();
        csv.header(
            {"receipt_id",     "number",        "business_day", "created_at",      "customer_id",
             "cashier_id",     "rules_version", "gross_minor",  "gross",           "discount_minor",
             "discount",       "net_minor",     "net",          "redeemed_points", "redeemed_money_minor",
             "redeemed_money", "payable_minor", "payable",      "points_earned",   "change_minor",
             "change"});
        SQLite::Statement q(
            db_,
            "SELECT id, number, business_day, created_at, customer_id, cashier_id, rules_version, "
            "gross, discount, net, redeemed_points, redeemed_money, payable, points_earned, change "
            "FROM receipts WHERE business_day = ? ORDER BY number");
        q.bind(1, day_);
        while (q.executeStep()) {
            csv.raw(q.getColumn(0).getString())
                .raw(q.getColumn(1).getInt64())
                .raw(q.getColumn(2).getString());
            csv.raw(local_time(q.getColumn(3), zone_))
                .optional_raw(q.getColumn(4))
                .text(q.getColumn(5).getString());
            csv.optional_raw(q.getColumn(6));
            csv.money(q.getColumn(7).getInt64())
                .money(q.getColumn(8).getInt64())
                .money(q.getColumn(9).getInt64());
            csv.raw(q.getColumn(10).getInt64())
                .money(q.getColumn(11).getInt64())
                .money(q.getColumn(12).getInt64());
            csv.raw(q.getColumn(13).getInt64()).money(q.getColumn(14).getInt64());
            csv.end_row();
        }
        return csv;
    }

    // Lines and their discounts (one row per program per line) come from one pass over the lines.
    std::pair<Csv, Csv> lines() {
        Csv lines = make();
        lines.header(
            {"receipt_id",       "receipt_number", "line_no",         "sku", "name",           "category",
             "unit_price_minor", "unit_price",     "qty_thousandths", "qty", "gross_minor",    "gross",
             "discount_minor",   "discount",       "net_minor",       "net", "redeemed_minor", "redeemed",
             "points",           "vat_rate",       "vat_minor",       "vat"});
        Csv discounts = make();
        discounts.header(
            {"receipt_id", "receipt_number", "line_no", "seq", "program", "amount_minor", "amount", "text"});
        SQLite::Statement q(
            db_,
            "SELECT l.receipt_id, r.number, l.line_no, l.sku, l.name, l.category, l.unit_price, "
            "l.qty, l.gross, l.discount, l.net, l.redeemed, l.points, l.discounts, l.vat_rate, l.vat "
            "FROM receipt_lines l JOIN receipts r ON r.id = l.receipt_id "
            "WHERE r.business_day = ? ORDER BY r.number, l.line_no");
        q.bind(1, day_);
        while (q.executeStep()) {
            const std::string receipt = q.getColumn(0).getString();
            const std::int64_t number = q.getColumn(1).getInt64();
            const std::int64_t line_no = q.getColumn(2).getInt64();
            lines.raw(receipt).raw(number).raw(line_no);
            lines.text(q.getColumn(3).getString())
                .text(q.getColumn(4).getString())
                .text(q.getColumn(5).getString());
            lines.money(q.getColumn(6).getInt64()).quantity(q.getColumn(7).getInt64());
            lines.money(q.getColumn(8).getInt64())
                .money(q.getColumn(9).getInt64())
                .money(q.getColumn(10).getInt64());
            lines.money(q.getColumn(11).getInt64()).raw(q.getColumn(12).getInt64());
            // Receipts made before VAT was kept leave the three VAT cells empty.
            if (q.getColumn(14).isNull() || q.getColumn(15).isNull()) {
                lines.raw("").raw("").raw("");
            } else {
                lines.raw(format_vat_rate(detail::vat_rate_from_code(q.getColumn(14).getInt64())))
                    .money(q.getColumn(15).getInt64());
            }
            lines.end_row();
            std::int64_t seq = 0;
            for (const auto& d : nlohmann::json::parse(q.getColumn(13).getString())) {
                discounts.raw(receipt).raw(number).raw(line_no).raw(++seq);
                discounts.text(d.at("program").get<std::string>()).money(d.at("amount").get<std::int64_t>());
                discounts.text(d.at("text").get<std::string>());
                discounts.end_row();
            }
        }
        return {std::move(lines), std::move(discounts)};
    }

    Csv payments() {
        Csv csv = make();
        csv.header({"receipt_id", "receipt_number", "seq", "method", "amount_minor", "amount"});
        SQLite::Statement q(db_,
                            "SELECT p.receipt_id, r.number, p.seq, p.method, p.amount FROM payments p "
                            "JOIN receipts r ON r.id = p.receipt_id WHERE r.business_day = ? "
                            "ORDER BY r.number, p.seq");
        q.bind(1, day_);
        while (q.executeStep()) {
            csv.raw(q.getColumn(0).getString()).raw(q.getColumn(1).getInt64()).raw(q.getColumn(2).getInt64());
            csv.raw(q.getColumn(3).getString()).money(q.getColumn(4).getInt64());
            csv.end_row();
        }
        return csv;
    }

    Csv ledger() {
        Csv csv = make();
        csv.header({"entry_id", "seq", "created_at", "customer_id", "kind", "points", "receipt_id",
                    "receipt_number", "program", "reason", "actor"});
        SQLite::Statement q(
            db_,
            "SELECT g.id, g.seq, g.created_at, g.customer_id, g.kind, g.points, g.receipt_id, "
            "r.number, g.program, g.reason, g.actor FROM ledger g "
            "LEFT JOIN receipts r ON r.id = g.receipt_id "
            "WHERE g.created_at >= ? AND g.created_at < ? ORDER BY g.seq");
        q.bind(1, from_);
        q.bind(2, to_);
        while (q.executeStep()) {
            csv.raw(q.getColumn(0).getString())
                .raw(q.getColumn(1).getInt64())
                .raw(local_time(q.getColumn(2), zone_));
            csv.raw(q.getColumn(3).getString())
                .raw(q.getColumn(4).getString())
                .raw(q.getColumn(5).getInt64());
            csv.optional_raw(q.getColumn(6)).optional_raw(q.getColumn(7));
            csv.text(q.getColumn(8).getString())
                .text(q.getColumn(9).getString())
                .text(q.getColumn(10).getString());
            csv.end_row();
        }
        return csv;
    }

    std::pair<Csv, Csv> refunds() {
        Csv refunds = make();
        refunds.header({"refund_id", "receipt_id", "receipt_number", "receipt_business_day", "created_at",
                        "cashier_id", "money_back_minor", "money_back", "kept_for_points_minor",
                        "kept_for_points", "points_reversed", "points_restored", "tier_spend_minor",
                        "tier_spend", "reason", "tender", "approved_by", "customer_id"});
        // A return without a receipt has no receipt: its receipt columns are empty, and its tender, approving
        // owner and (when known) customer say what the receipt would have.
        SQLite::Statement q(
            db_,
            "SELECT f.id, f.receipt_id, r.number, r.business_day, f.created_at, f.cashier_id, "
            "f.money_back, f.kept_for_points, f.points_reversed, f.points_restored, f.tier_spend, "
            "f.reason, f.tender, f.approved_by, f.customer_id FROM refunds f "
            "LEFT JOIN receipts r ON r.id = f.receipt_id "
            "WHERE f.created_at >= ? AND f.created_at < ? ORDER BY f.created_at, f.id");
        q.bind(1, from_);
        q.bind(2, to_);
        while (q.executeStep()) {
            refunds.raw(q.getColumn(0).getString()).optional_raw(q.getColumn(1)).optional_raw(q.getColumn(2));
            refunds.optional_raw(q.getColumn(3)).raw(local_time(q.getColumn(4), zone_));
            refunds.text(q.getColumn(5).getString())
                .money(q.getColumn(6).getInt64())
                .money(q.getColumn(7).getInt64());
            refunds.raw(q.getColumn(8).getInt64())
                .raw(q.getColumn(9).getInt64())
                .money(q.getColumn(10).getInt64());
            refunds.text(q.getColumn(11).getString());
            refunds.optional_raw(q.getColumn(12)).optional_raw(q.getColumn(13)).optional_raw(q.getColumn(14));
            refunds.end_row();
        }
        Csv lines = make();
        lines.header({"refund_id", "receipt_id", "line_no", "sku", "name", "qty_thousandths", "qty",
                      "money_back_minor", "money_back", "redeemed_back_minor", "redeemed_back",
                      "points_reversed", "vat_rate", "vat_minor", "vat"});
        SQLite::Statement l(
            db_,
            "SELECT f.id, f.receipt_id, x.line_no, coalesce(x.sku, rl.sku), coalesce(x.name, rl.name), "
            "x.qty, x.money_back, x.redeemed_back, x.points_reversed, rl.vat_rate, x.vat FROM refund_lines x "
            "JOIN refunds f ON f.id = x.refund_id "
            "LEFT JOIN receipt_lines rl ON rl.receipt_id = f.receipt_id AND rl.line_no = x.line_no "
            "WHERE f.created_at >= ? AND f.created_at < ? ORDER BY f.created_at, f.id, x.line_no");
        l.bind(1, from_);
        l.bind(2, to_);
        while (l.executeStep()) {
            lines.raw(l.getColumn(0).getString()).optional_raw(l.getColumn(1)).raw(l.getColumn(2).getInt64());
            lines.text(l.getColumn(3).isNull() ? std::string() : l.getColumn(3).getString());
            lines.text(l.getColumn(4).isNull() ? std::string() : l.getColumn(4).getString());
            lines.quantity(l.getColumn(5).getInt64())
                .money(l.getColumn(6).getInt64())
                .money(l.getColumn(7).getInt64());
            lines.raw(l.getColumn(8).getInt64());
            if (l.getColumn(9).isNull() || l.getColumn(10).isNull()) {
                lines.raw("").raw("").raw("");
            } else {
                lines.raw(format_vat_rate(detail::vat_rate_from_code(l.getColumn(9).getInt64())))
                    .money(l.getColumn(10).getInt64());
            }
            lines.end_row();
        }
        return {std::move(refunds), std::move(lines)};
    }

    // Customers something happened to that day. Personal fields only for customers who consented to keep
    // personal data (as they stand now: a withdrawn consent or an erasure removes them from a re-export).
    Csv customers() {
        Csv csv = make();
        csv.header({"customer_id", "changes", "personal_consent", "first_name", "last_name", "phone", "email",
                    "birthday", "sms_consent", "email_consent", "created_at", "erased_at", "points_balance"});
        // Fixed order of the words in `changes`, whatever order the rows come in.
        static constexpr std::array<std::string_view, 8> kChanges{"created", "consent", "card",   "purchase",
                                                                  "refund",  "points",  "edited", "erased"};
        std::map<std::string, std::set<std::size_t>> changed;
        SQLite::Statement who(
            db_,
            "SELECT id, 0 FROM customers WHERE created_at >= ?1 AND created_at < ?2 "
            "UNION ALL SELECT customer_id, 1 FROM consents WHERE at >= ?1 AND at < ?2 "
            "UNION ALL SELECT customer_id, 2 FROM cards WHERE issued_at >= ?1 AND issued_at < ?2 "
            "UNION ALL SELECT customer_id, 3 FROM receipts WHERE business_day = ?3 "
            "AND customer_id IS NOT NULL "
            "UNION ALL SELECT coalesce(r.customer_id, f.customer_id), 4 FROM refunds f "
            "LEFT JOIN receipts r ON r.id = f.receipt_id WHERE f.created_at >= ?1 AND f.created_at < ?2 "
            "AND coalesce(r.customer_id, f.customer_id) IS NOT NULL "
            "UNION ALL SELECT customer_id, 5 FROM ledger WHERE created_at >= ?1 AND created_at < ?2 "
            "UNION ALL SELECT a.subject, 6 FROM audit_log a JOIN customers c ON c.id = a.subject "
            "WHERE a.at >= ?1 AND a.at < ?2 "
            "UNION ALL SELECT id, 7 FROM customers WHERE erased_at >= ?1 AND erased_at < ?2");
        who.bind(1, from_);
        who.bind(2, to_);
        who.bind(3, day_);
        while (who.executeStep()) {
            changed[who.getColumn(0).getString()].insert(
                static_cast<std::size_t>(who.getColumn(1).getInt64()));
        }
        SQLite::Statement q(
            db_,
            "SELECT personal_consent, first_name, last_name, phone, email, birthday, sms_consent, "
            "email_consent, created_at, erased_at, "
            "(SELECT coalesce(sum(points), 0) FROM ledger WHERE customer_id = ?1 AND created_at < ?2) "
            "FROM customers WHERE id = ?1");
        for (const auto& [id, what] : changed) {
            q.reset();
            q.bind(1, id);
            q.bind(2, to_);
            if (!q.executeStep()) {
                continue;  // a foreign key keeps this from happening; db check reports it if it does
            }
            std::string words;
            for (const auto index : what) {
                words += (words.empty() ? "" : " ") + std::string(kChanges.at(index));
            }
            const bool personal = q.getColumn(0).getInt() == 1;
            csv.raw(id).raw(words).raw(personal ? "1" : "0");
            for (int column = 1; column <= 5; ++column) {
                csv.text(personal ? (q.getColumn(column).isNull() ? std::string()
                                                                  : q.getColumn(column).getString())
                                  : std::string());
            }
            csv.raw(q.getColumn(6).getInt64()).raw(q.getColumn(7).getInt64());
            csv.raw(local_time(q.getColumn(8), zone_)).raw(local_time(q.getColumn(9), zone_));
            csv.raw(q.getColumn(10).getInt64());
            csv.end_row();
        }
        return csv;
    }

    Csv coupons() {
        Csv csv = make();
        csv.header({"event", "code", "program", "customer_id", "receipt_id", "receipt_number", "valid_from",
                    "valid_to"});
        SQLite::Statement q(
            db_,
            "SELECT 'issued' AS event, c.code, c.program, c.customer_id, r.id, r.number, c.valid_from, "
            "c.valid_to FROM coupons c JOIN receipts r ON r.id = c.issued_receipt "
            "WHERE r.business_day = ?1 "
            "UNION ALL SELECT 'used', u.code, u.program, c.customer_id, r.id, r.number, c.valid_from, "
            "c.valid_to FROM coupon_open_uses u JOIN receipts r ON r.id = u.receipt_id "
            "LEFT JOIN coupons c ON c.code = u.code WHERE r.business_day = ?1 ORDER BY 1, 6, 2");
        q.bind(1, day_);
        while (q.executeStep()) {
            csv.raw(q.getColumn(0).getString())
                .text(q.getColumn(1).getString())
                .text(q.getColumn(2).getString());
            csv.optional_raw(q.getColumn(3)).raw(q.getColumn(4).getString()).raw(q.getColumn(5).getInt64());
            csv.optional_raw(q.getColumn(6)).optional_raw(q.getColumn(7));
            csv.end_row();
        }
        return csv;
    }

    // VAT by rate for the day (docs/vat.md): what the day's receipts charged, what the day's returns
    // reversed, and the difference the accountant declares.
    Csv vat() {
        Csv csv = make();
        csv.header({"business_day", "vat_rate", "sales_gross_minor", "sales_gross", "sales_vat_minor",
                    "sales_vat", "returns_gross_minor", "returns_gross", "returns_vat_minor", "returns_vat",
                    "gross_minor", "gross", "vat_minor", "vat", "net_minor", "net"});
        detail::VatScope scope;
        scope.first_day = day_;
        scope.last_day = day_;
        scope.returns_from = from_;
        scope.returns_until = to_;
        for (const detail::VatRateSums& s : detail::vat_by_rate(db_, scope)) {
            const Money gross = s.sales_gross - s.returns_gross;
            const Money vat = s.sales_vat - s.returns_vat;
            csv.raw(day_).raw(format_vat_rate(s.rate));
            csv.money(s.sales_gross.minor_units()).money(s.sales_vat.minor_units());
            csv.money(s.returns_gross.minor_units()).money(s.returns_vat.minor_units());
            csv.money(gross.minor_units()).money(vat.minor_units()).money((gross - vat).minor_units());
            csv.end_row();
        }
        return csv;
    }

    // The shifts closed this day with their Z figures (issue 19).
    Csv shifts() {
        Csv csv = make();
        std::vector<std::string> names{"z_number",  "shift_id",  "opened_at", "opened_by",
                                       "closed_at", "closed_by", "receipts",  "returns"};
        // Every amount as minor units and as a decimal, like the other files.
        for (const char* money :
             {"opening_float", "expected_cash", "counted_cash", "over_short", "left_in_drawer", "sales_cash",
              "sales_card", "sales_other", "returns_cash", "returns_card", "returns_other", "cash_in",
              "cash_out", "discounts", "points_redeemed", "total_paid"}) {
            names.push_back(std::string(money) + "_minor");
            names.emplace_back(money);
        }
        csv.header(std::vector<std::string_view>(names.begin(), names.end()));
        SQLite::Statement q(db_,
                            "SELECT z_number, id, opened_at, opened_by, closed_at, closed_by, opening_float, "
                            "expected_cash, counted_cash, left_in_drawer FROM shifts "
                            "WHERE closed_at >= ? AND closed_at < ? ORDER BY z_number");
        q.bind(1, from_);
        q.bind(2, to_);
        while (q.executeStep()) {
            // The Z's own figures, by the code that prints the Z.
            const auto z = detail::closed_shift_report(db_, q.getColumn(1).getString());
            if (!z) {
                continue;  // closed between the two reads cannot happen inside the snapshot; be safe anyway
            }
            csv.raw(q.getColumn(0).getInt64()).raw(q.getColumn(1).getString());
            csv.raw(local_time(q.getColumn(2), zone_)).text(q.getColumn(3).getString());
            csv.raw(local_time(q.getColumn(4), zone_)).text(q.getColumn(5).getString());
            csv.raw(z->receipts).raw(z->returns_count);
            const std::int64_t expected = q.getColumn(7).getInt64();
            const std::int64_t counted = q.getColumn(8).getInt64();
            csv.money(q.getColumn(6).getInt64()).money(expected).money(counted).money(counted - expected);
            csv.money(q.getColumn(9).getInt64());
            for (const Money m : {z->sales.cash, z->sales.card, z->sales.other, z->returns.cash,
                                  z->returns.card, z->returns.other, z->cash_in, z->cash_out, z->discount,
                                  z->points_redeemed_money, z->payable}) {
                csv.money(m.minor_units());
            }
            csv.end_row();
        }
        return csv;
    }

    Csv make() const { return Csv(excel_, digits_); }

  private:
    SQLite::Database& db_;
    const TimeZone& zone_;
    bool excel_;
    int digits_;
    std::string day_;
    std::string from_;
    std::string to_;
};

}  // namespace

// ---- Exporter
// ----------------------------------------------------------------------------------------------

Exporter::Exporter(const std::string& db_path)
    : db_(std::make_unique<Database>(db_path, Database::Mode::open_existing)) {}

Exporter::~Exporter() = default;

void Exporter::on_file_written(std::function<void(const std::string&)> hook) {
    hook_ = std::move(hook);
}

year_month_day Exporter::local_date(Instant now) {
    return guarded([&] { return detail::shop_zone(db_->sql())->to_local(now).date; });
}

DayExport Exporter::export_day(year_month_day day, const std::string& out_dir, bool excel) {
    return guarded([&] {
        auto& db = db_->sql();
        const fs::path out(out_dir);
        const OutLock lock(out);
        const std::string name = format_date(day);
        const fs::path partial = out / ("." + name + ".partial");
        fs::remove_all(partial);  // a crashed export's leftover: the lock says nobody is writing it
        if (::mkdir(partial.c_str(), 0750) != 0) {
            fail_io(errno, "The export folder " + out.string());
        }

        DayExport result;
        result.day = day;
        result.folder = (out / name).string();
        Csv manifest(excel, 2);
        manifest.header({"file", "rows", "sha256"});
        const auto write = [&](const std::string& file, const Csv& csv) {
            write_file(partial / file, csv.bytes());
            ExportedFile entry{file, csv.rows(), sha256_hex(csv.bytes())};
            manifest.raw(entry.name).raw(entry.rows).raw(entry.sha256);
            manifest.end_row();
            result.files.push_back(std::move(entry));
            if (hook_) {
                hook_(file);
            }
        };
        {
            // One read transaction: every file of the day sees the same committed sales (WAL snapshot), and
            // the till's writes go on meanwhile. It takes its snapshot at the first SELECT below.
            SQLite::Transaction snapshot(db, SQLite::TransactionBehavior::DEFERRED);
            const auto zone = detail::shop_zone(db);
            const int digits =
                currency_minor_digits(detail::shop_setting(db, "currency", ShopSettings{}.currency))
                    .value_or(2);
            DayReader reader(db, day, *zone, excel, digits);
            write("receipts.csv", reader.receipts());
            auto [lines, discounts] = reader.lines();
            write("receipt_lines.csv", lines);
            write("line_discounts.csv", discounts);
            write("payments.csv", reader.payments());
            write("points_ledger.csv", reader.ledger());
            auto [refunds, refund_lines] = reader.refunds();
            write("refunds.csv", refunds);
            write("refund_lines.csv", refund_lines);
            write("customers.csv", reader.customers());
            write("coupons.csv", reader.coupons());
            write("vat.csv", reader.vat());
            write("shifts.csv", reader.shifts());
            snapshot.commit();  // nothing was written: this only ends the read
        }
        write_file(partial / "manifest.csv", manifest.bytes());
        sync_folder(partial);
        put_in_place(partial, out / name);
        sync_folder(out);
        return result;
    });
}

std::optional<year_month_day> Exporter::last_exported_day() {
    return guarded([&]() -> std::optional<year_month_day> {
        const std::string text = detail::shop_setting(db_->sql(), kLastDayKey, "");
        if (text.empty()) {
            return std::nullopt;
        }
        try {
            return parse_date(text);
        } catch (const std::invalid_argument&) {
            return std::nullopt;  // an unreadable value counts as a first run: yesterday only
        }
    });
}

void Exporter::remember(year_month_day day) {
    guarded([&] {
        // Never backwards: a day exported again later must not make the next catch-up repeat what followed.
        SQLite::Statement put(db_->sql(),
                              "INSERT INTO settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE "
                              "SET value = excluded.value WHERE excluded.value > settings.value");
        put.bind(1, kLastDayKey);
        put.bind(2, format_date(day));
        put.exec();
    });
}

std::vector<year_month_day> Exporter::pending_days(Instant now, std::optional<year_month_day> since) {
    const year_month_day yesterday = add_days(local_date(now), -1);
    year_month_day first = yesterday;
    if (since) {
        first = *since;
    } else if (const auto last = last_exported_day()) {
        first = add_days(*last, 1);
    }
    std::vector<year_month_day> days;
    for (year_month_day d = first; std::chrono::sys_days{d} <= std::chrono::sys_days{yesterday};
         d = add_days(d, 1)) {
        days.push_back(d);
    }
    return days;
}

CatchUp Exporter::catch_up(Instant now, std::optional<year_month_day> since, const std::string& out_dir,
                           bool excel) {
    CatchUp result;
    std::vector<year_month_day> days;
    try {
        days = pending_days(now, since);
    } catch (const StoreError& e) {
        result.failure = e.what();
        return result;
    }
    for (const auto day : days) {
        try {
            result.days.push_back(export_day(day, out_dir, excel));
            remember(day);
        } catch (const StoreError& e) {
            result.failure = format_date(day) + ": " + e.what();
            return result;
        }
    }
    return result;
}

// ---- the nightly jobs ------------------------------------------------------------------------------------

namespace {

bool is_backup_name(const std::string& name) {
    // shop-YYYY-MM-DD.kassa: only files this job wrote are ever removed by the rotation.
    if (name.size() != 21 || name.rfind("shop-", 0) != 0 || name.substr(15) != ".kassa") {
        return false;
    }
    try {
        (void)parse_date(name.substr(5, 10));
        return true;
    } catch (const std::invalid_argument&) {
        return false;
    }
}

std::string backup_and_rotate(const NightlyOptions& options, Instant now) {
    const fs::path dir(options.backups_dir);
    std::error_code error;
    fs::create_directories(dir, error);
    if (error || !fs::is_directory(dir)) {
        throw StoreError(FailureKind::read_only, "The backup folder " + dir.string() + " cannot be used (" +
                                                     (error ? error.message() : std::string("not a folder")) +
                                                     "); no backup was taken.");
    }
    Store store(options.db_path, Database::Mode::open_existing);
    const auto zone = detail::shop_zone(store.database().sql());
    const std::string name = "shop-" + format_date(zone->to_local(now).date) + ".kassa";
    store.maintenance().backup((dir / name).string());
    std::vector<std::string> backups;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.is_regular_file() && is_backup_name(entry.path().filename().string())) {
            backups.push_back(entry.path().filename().string());
        }
    }
    std::sort(backups.rbegin(), backups.rend());  // the date in the name sorts as text: newest first
    std::size_t removed = 0;
    for (std::size_t i = static_cast<std::size_t>(options.keep); i < backups.size(); ++i) {
        fs::remove(dir / backups[i]);
        ++removed;
    }
    const std::size_t kept = std::min(backups.size(), static_cast<std::size_t>(options.keep));
    return (dir / name).string() + ", " + std::to_string(kept) + " kept, " + std::to_string(removed) +
           " removed";
}

std::string day_span(const std::vector<DayExport>& days) {
    if (days.empty()) {
        return "nothing to export";
    }
    const std::string first = format_date(days.front().day);
    const std::string last = format_date(days.back().day);
    return days.size() == 1 ? "1 day (" + first + ")"
                            : std::to_string(days.size()) + " days (" + first + " to " + last + ")";
}

}  // namespace

std::vector<NightlyStep> run_nightly(const NightlyOptions& options, const Clock& clock,
                                     const std::function<void(const NightlyStep&)>& report) {
    const Instant now = clock.now();
    std::vector<NightlyStep> steps;
    const auto step = [&](const std::string& name, const std::function<std::string()>& body) {
        NightlyStep s{name, false, {}};
        try {
            s.detail = body();
            s.ok = true;
        } catch (const fs::filesystem_error& e) {
            s.detail =
                "a file could not be written (" + e.code().message() + ": " + e.path1().string() + ").";
        } catch (const std::exception& e) {
            s.detail = e.what();
        }
        if (report) {
            report(s);
        }
        steps.push_back(std::move(s));
    };
    step("expiry", [&] {
        Store store(options.db_path, Database::Mode::open_existing);
        const auto run = store.maintenance().run_expiry(now);
        return std::to_string(run.points.value()) + " points of " + std::to_string(run.lots) + " lots for " +
               std::to_string(run.customers) + " customers";
    });
    step("segments", [&] {
        Store store(options.db_path, Database::Mode::open_existing);
        const auto run = store.maintenance().recompute_segments(now);
        std::string text = std::to_string(run.customers) + " customers";
        for (const auto& [segment, members] : run.counts) {
            text += ", " + segment + " " + std::to_string(members);
        }
        return text;
    });
    step("cooccurrence", [&] {
        Store store(options.db_path, Database::Mode::open_existing);
        const auto run = store.maintenance().recompute_cooccurrence(now);
        return std::to_string(run.pairs) + " pairs bought together from " + std::to_string(run.receipts) +
               " receipts";
    });
    step("export", [&] {
        Exporter exporter(options.db_path);
        const CatchUp run = exporter.catch_up(now, std::nullopt, options.out_dir, options.excel);
        if (run.failure) {
            throw StoreError(
                FailureKind::other,
                (run.days.empty() ? std::string() : "exported " + day_span(run.days) + "; then ") +
                    *run.failure);
        }
        return day_span(run.days) + (run.days.empty() ? "" : " into " + options.out_dir);
    });
    step("backup", [&] { return backup_and_rotate(options, now); });
    return steps;
}

}  // namespace kassa::store
