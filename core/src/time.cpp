#include "kassa/core/time.hpp"

#include <array>
#include <charconv>
#include <cstdio>
#include <stdexcept>

namespace kassa {

namespace chr = std::chrono;

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

std::int64_t days_since_epoch(chr::year_month_day date) {
    return chr::sys_days{date}.time_since_epoch().count();
}

chr::year_month_day date_from_days(std::int64_t days) {
    return chr::year_month_day{chr::sys_days{chr::days{days}}};
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        --q;
    }
    return q;
}

int read_digits(std::string_view text, std::size_t& pos, std::size_t count, const char* what) {
    if (pos + count > text.size()) {
        throw std::invalid_argument(std::string("expected ") + what);
    }
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9') {
            throw std::invalid_argument(std::string("expected digits for ") + what);
        }
        value = value * 10 + (c - '0');
    }
    pos += count;
    return value;
}

void expect_char(std::string_view text, std::size_t& pos, char expected) {
    if (pos >= text.size() || text[pos] != expected) {
        throw std::invalid_argument(std::string("expected '") + expected + "'");
    }
    ++pos;
}

chr::year_month_day read_date(std::string_view text, std::size_t& pos) {
    const int y = read_digits(text, pos, 4, "year");
    expect_char(text, pos, '-');
    const int m = read_digits(text, pos, 2, "month");
    expect_char(text, pos, '-');
    const int d = read_digits(text, pos, 2, "day");
    const chr::year_month_day date{chr::year{y}, chr::month{static_cast<unsigned>(m)},
                                   chr::day{static_cast<unsigned>(d)}};
    if (!date.ok()) {
        throw std::invalid_argument("no such calendar date");
    }
    return date;
}

std::string format_offset(std::int32_t offset) {
    if (offset == 0) {
        return "+00:00";
    }
    const char sign = offset < 0 ? '-' : '+';
    const std::int32_t abs = offset < 0 ? -offset : offset;
    std::array<char, 16> buf{};
    if (abs % 60 != 0) {
        std::snprintf(buf.data(), buf.size(), "%c%02d:%02d:%02d", sign, abs / 3600, (abs / 60) % 60,
                      abs % 60);
    } else {
        std::snprintf(buf.data(), buf.size(), "%c%02d:%02d", sign, abs / 3600, (abs / 60) % 60);
    }
    return buf.data();
}

}  // namespace

chr::year_month_day parse_date(std::string_view text) {
    std::size_t pos = 0;
    const auto date = read_date(text, pos);
    if (pos != text.size()) {
        throw std::invalid_argument("a date is written YYYY-MM-DD");
    }
    return date;
}

std::string format_date(chr::year_month_day date) {
    std::array<char, 16> buf{};
    std::snprintf(buf.data(), buf.size(), "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buf.data();
}

std::int32_t parse_time_of_day(std::string_view text) {
    std::size_t pos = 0;
    const int h = read_digits(text, pos, 2, "hours");
    expect_char(text, pos, ':');
    const int m = read_digits(text, pos, 2, "minutes");
    int s = 0;
    if (pos < text.size()) {
        expect_char(text, pos, ':');
        s = read_digits(text, pos, 2, "seconds");
    }
    if (pos != text.size() || m > 59 || s > 59 || h > 24 || (h == 24 && (m != 0 || s != 0))) {
        throw std::invalid_argument("a time of day is written HH:MM between 00:00 and 24:00");
    }
    return h * 3600 + m * 60 + s;
}

LocalDateTime TimeZone::to_local(Instant instant) const {
    const std::int64_t local = instant.unix_seconds + offset_at(instant);
    const std::int64_t days = floor_div(local, kSecondsPerDay);
    return LocalDateTime{date_from_days(days), static_cast<std::int32_t>(local - days * kSecondsPerDay)};
}

Instant TimeZone::from_local(const LocalDateTime& local) const {
    const std::int64_t wall = days_since_epoch(local.date) * kSecondsPerDay + local.seconds_of_day;
    // Try the offsets in force a day either side; a zone changes offset at most once in that span.
    const std::int32_t before = offset_at(Instant{wall - kSecondsPerDay});
    const std::int32_t after = offset_at(Instant{wall + kSecondsPerDay});
    const Instant with_before{wall - before};
    const Instant with_after{wall - after};
    const bool before_ok = offset_at(with_before) == before;
    const bool after_ok = offset_at(with_after) == after;
    if (before_ok && after_ok) {
        return std::min(with_before, with_after);  // overlap: the earlier reading
    }
    if (before_ok) {
        return with_before;
    }
    if (after_ok) {
        return with_after;
    }
    // The reading falls into a gap: keep the old offset, which lands after the change.
    return with_before;
}

std::string FixedOffsetZone::name() const {
    return format_offset(offset_);
}

// ---- POSIX TZ rules -------------------------------------------------------------------------------------

namespace {

struct RuleReader {
    std::string_view text;
    std::size_t pos = 0;

    [[nodiscard]] bool done() const { return pos >= text.size(); }
    [[nodiscard]] char peek() const { return done() ? '\0' : text[pos]; }

    void zone_abbreviation() {
        if (peek() == '<') {
            const auto close = text.find('>', pos);
            if (close == std::string_view::npos) {
                throw std::invalid_argument("unterminated <abbreviation>");
            }
            pos = close + 1;
            return;
        }
        const std::size_t start = pos;
        while (!done() && ((peek() >= 'A' && peek() <= 'Z') || (peek() >= 'a' && peek() <= 'z'))) {
            ++pos;
        }
        if (pos - start < 3) {
            throw std::invalid_argument("zone abbreviation too short");
        }
    }

    int number() {
        const std::size_t start = pos;
        int value = 0;
        while (!done() && peek() >= '0' && peek() <= '9') {
            value = value * 10 + (peek() - '0');
            ++pos;
        }
        if (pos == start) {
            throw std::invalid_argument("expected a number");
        }
        return value;
    }

    // [+-]hh[:mm[:ss]] as seconds, sign kept as written.
    std::int32_t clock_time() {
        int sign = 1;
        if (peek() == '+' || peek() == '-') {
            sign = peek() == '-' ? -1 : 1;
            ++pos;
        }
        std::int32_t seconds = number() * 3600;
        if (peek() == ':') {
            ++pos;
            seconds += number() * 60;
            if (peek() == ':') {
                ++pos;
                seconds += number();
            }
        }
        return sign * seconds;
    }

    PosixTimeZone::Transition transition() {
        PosixTimeZone::Transition t;
        if (peek() == 'M') {
            ++pos;
            t.kind = PosixTimeZone::Transition::Kind::month_week_day;
            t.month = number();
            expect_char(text, pos, '.');
            t.week = number();
            expect_char(text, pos, '.');
            t.weekday = number();
            if (t.month < 1 || t.month > 12 || t.week < 1 || t.week > 5 || t.weekday > 6) {
                throw std::invalid_argument("bad Mm.w.d rule");
            }
        } else if (peek() == 'J') {
            ++pos;
            t.kind = PosixTimeZone::Transition::Kind::julian_no_leap;
            t.day = number();
        } else {
            t.kind = PosixTimeZone::Transition::Kind::julian_zero;
            t.day = number();
        }
        if (peek() == '/') {
            ++pos;
            t.time = clock_time();
        }
        return t;
    }
};

// Seconds since the epoch of the transition's local wall time in a year, before applying any offset.
std::int64_t transition_wall_seconds(const PosixTimeZone::Transition& t, int year) {
    using Kind = PosixTimeZone::Transition::Kind;
    std::int64_t day = 0;
    const chr::year y{year};
    const std::int64_t jan1 = days_since_epoch(y / chr::January / 1);
    switch (t.kind) {
        case Kind::julian_no_leap: {
            // Day 1..365, 29 February never counted.
            day = jan1 + t.day - 1;
            if (y.is_leap() && t.day >= 60) {
                ++day;
            }
            break;
        }
        case Kind::julian_zero:
            day = jan1 + t.day;
            break;
        case Kind::month_week_day: {
            const chr::month m{static_cast<unsigned>(t.month)};
            const chr::weekday wd{static_cast<unsigned>(t.weekday)};
            if (t.week == 5) {
                day = chr::sys_days{y / m / wd[chr::last]}.time_since_epoch().count();
            } else {
                day = chr::sys_days{y / m / wd[static_cast<unsigned>(t.week)]}.time_since_epoch().count();
            }
            break;
        }
    }
    return day * kSecondsPerDay + t.time;
}

}  // namespace

PosixTimeZone::PosixTimeZone(std::string display_name, std::string_view rule)
    : display_name_(std::move(display_name)) {
    RuleReader reader{rule};
    reader.zone_abbreviation();
    // POSIX writes offsets west of Greenwich as positive; store them east-positive.
    std_offset_ = -reader.clock_time();
    if (!reader.done()) {
        reader.zone_abbreviation();
        dst_offset_ = std_offset_ + 3600;
        if (!reader.done() && reader.peek() != ',') {
            dst_offset_ = -reader.clock_time();
        }
        if (reader.peek() != ',') {
            throw std::invalid_argument("daylight saving time without rules");
        }
        ++reader.pos;
        start_ = reader.transition();
        expect_char(rule, reader.pos, ',');
        end_ = reader.transition();
    }
    if (!reader.done()) {
        throw std::invalid_argument("unexpected text after the rule");
    }
}

std::int32_t PosixTimeZone::offset_at(Instant instant) const {
    if (!dst_offset_) {
        return std_offset_;
    }
    // The year is read in standard time; transitions are written in the local time in force before them.
    const std::int64_t local_std = instant.unix_seconds + std_offset_;
    const int year = static_cast<int>(
        chr::year_month_day{chr::sys_days{chr::days{floor_div(local_std, kSecondsPerDay)}}}.year());
    const std::int64_t starts = transition_wall_seconds(start_, year) - std_offset_;
    const std::int64_t ends = transition_wall_seconds(end_, year) - *dst_offset_;
    const std::int64_t t = instant.unix_seconds;
    const bool in_dst = starts < ends ? (t >= starts && t < ends)    // northern hemisphere
                                      : !(t >= ends && t < starts);  // southern hemisphere
    return in_dst ? *dst_offset_ : std_offset_;
}

// ---- timestamps ----------------------------------------------------------------------------------------

ParsedTimestamp parse_timestamp(std::string_view text) {
    try {
        std::size_t pos = 0;
        const auto date = read_date(text, pos);
        if (pos >= text.size() || (text[pos] != 'T' && text[pos] != ' ')) {
            throw std::invalid_argument("expected 'T' between date and time");
        }
        ++pos;
        const int h = read_digits(text, pos, 2, "hours");
        expect_char(text, pos, ':');
        const int m = read_digits(text, pos, 2, "minutes");
        int s = 0;
        if (pos < text.size() && text[pos] == ':') {
            ++pos;
            s = read_digits(text, pos, 2, "seconds");
            if (pos < text.size() && text[pos] == '.') {
                ++pos;
                const std::size_t start = pos;
                while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
                    ++pos;
                }
                if (pos == start) {
                    throw std::invalid_argument("expected fraction digits");
                }
            }
        }
        if (h > 23 || m > 59 || s > 60) {
            throw std::invalid_argument("no such time of day");
        }
        std::int32_t offset = 0;
        if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
            ++pos;
        } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
            const int sign = text[pos] == '-' ? -1 : 1;
            ++pos;
            const int oh = read_digits(text, pos, 2, "offset hours");
            int om = 0;
            if (pos < text.size() && text[pos] == ':') {
                ++pos;
                om = read_digits(text, pos, 2, "offset minutes");  // a colon promises minutes
            } else if (pos < text.size()) {
                om = read_digits(text, pos, 2, "offset minutes");
            }
            if (oh > 18 || om > 59) {
                throw std::invalid_argument("offset out of range");
            }
            offset = sign * (oh * 3600 + om * 60);
        } else {
            throw std::invalid_argument("a time needs its offset (Z or +02:00)");
        }
        if (pos != text.size()) {
            throw std::invalid_argument("unexpected text after the time");
        }
        const std::int64_t wall =
            days_since_epoch(date) * kSecondsPerDay + h * 3600 + m * 60 + (s == 60 ? 59 : s);
        return ParsedTimestamp{Instant{wall - offset}, offset};
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(std::string("not an ISO 8601 time with offset (") + e.what() + ")");
    }
}

std::string format_timestamp(Instant instant, const TimeZone& zone) {
    const std::int32_t offset = zone.offset_at(instant);
    const LocalDateTime local = zone.to_local(instant);
    std::array<char, 40> buf{};
    std::snprintf(buf.data(), buf.size(), "%sT%02d:%02d:%02d%s", format_date(local.date).c_str(),
                  local.seconds_of_day / 3600, (local.seconds_of_day / 60) % 60, local.seconds_of_day % 60,
                  format_offset(offset).c_str());
    return buf.data();
}

Instant add_calendar_days(Instant instant, int days, const TimeZone& zone) {
    LocalDateTime local = zone.to_local(instant);
    local.date = date_from_days(days_since_epoch(local.date) + days);
    return zone.from_local(local);
}

}  // namespace kassa
