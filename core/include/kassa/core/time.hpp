#pragma once
// Time for loyalty rules: instants, the shop's local calendar, time zones without I/O and a replaceable
// clock. Every time rule (hold and expiry days, birthdays, happy hours, nightly jobs) is computed from an
// explicit instant so tests move a fake clock instead of sleeping.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace kassa {

// A point in time: seconds since 1970-01-01T00:00:00Z. Sub-second precision is not needed at a till.
struct Instant {
    std::int64_t unix_seconds = 0;
    constexpr auto operator<=>(const Instant&) const = default;
};

// A wall-clock reading in some zone, without the zone.
struct LocalDateTime {
    std::chrono::year_month_day date{};
    std::int32_t seconds_of_day = 0;  // 0..86399

    [[nodiscard]] std::chrono::weekday weekday() const {
        return std::chrono::weekday{std::chrono::sys_days{date}};
    }
    // ISO weekday: Monday = 1 .. Sunday = 7.
    [[nodiscard]] unsigned iso_weekday() const { return weekday().iso_encoding(); }
    bool operator==(const LocalDateTime&) const = default;
};

// A calendar date parsed from YYYY-MM-DD; throws std::invalid_argument with a plain reason otherwise.
std::chrono::year_month_day parse_date(std::string_view text);
std::string format_date(std::chrono::year_month_day date);
// Time of day HH:MM or HH:MM:SS as seconds; "24:00" is accepted as the end of the day.
std::int32_t parse_time_of_day(std::string_view text);

// The shop's time zone. Implementations are immutable and safe to share between threads.
class TimeZone {
  public:
    virtual ~TimeZone() = default;
    // Offset from UTC in seconds at an instant.
    [[nodiscard]] virtual std::int32_t offset_at(Instant instant) const = 0;
    // A name for messages and documents ("Europe/Tallinn", "+02:00").
    [[nodiscard]] virtual std::string name() const = 0;

    [[nodiscard]] LocalDateTime to_local(Instant instant) const;
    // The instant a wall-clock reading means here. In a spring-forward gap the clock is read as if the change
    // had not happened yet (02:30 that does not exist becomes 03:30); in an autumn overlap the earlier
    // reading wins.
    [[nodiscard]] Instant from_local(const LocalDateTime& local) const;
};

// A zone that never changes its offset; used when a document only gives an offset.
class FixedOffsetZone final : public TimeZone {
  public:
    explicit FixedOffsetZone(std::int32_t offset_seconds) : offset_(offset_seconds) {}
    [[nodiscard]] std::int32_t offset_at(Instant) const override { return offset_; }
    [[nodiscard]] std::string name() const override;

  private:
    std::int32_t offset_;
};

// A zone described by a POSIX TZ rule such as "EET-2EEST,M3.5.0/3,M10.5.0/4" (the footer line of a TZif
// file). The rule covers today's daylight-saving practice, which is all a till needs.
class PosixTimeZone final : public TimeZone {
  public:
    // Throws std::invalid_argument when the rule cannot be read.
    PosixTimeZone(std::string display_name, std::string_view rule);
    [[nodiscard]] std::int32_t offset_at(Instant instant) const override;
    [[nodiscard]] std::string name() const override { return display_name_; }

    struct Transition {
        enum class Kind { julian_no_leap, julian_zero, month_week_day } kind = Kind::month_week_day;
        int day = 0;    // Jn: 1..365, n: 0..365
        int month = 0;  // Mm.w.d
        int week = 0;
        int weekday = 0;           // 0 = Sunday
        std::int32_t time = 7200;  // local seconds after midnight (default 02:00)
    };

  private:
    std::string display_name_;
    std::int32_t std_offset_ = 0;  // east of UTC, seconds
    std::optional<std::int32_t> dst_offset_;
    Transition start_{};
    Transition end_{};
};

// Parses "2026-11-24T10:15:00+02:00", "...Z" or with fractional seconds (dropped). The offset is returned
// too so output can be written in the same offset when no zone is known.
struct ParsedTimestamp {
    Instant instant;
    std::int32_t offset_seconds = 0;
};
ParsedTimestamp parse_timestamp(std::string_view text);
// Writes an instant as ISO 8601 with the zone's offset at that instant, e.g. 2026-12-08T10:15:00+02:00.
std::string format_timestamp(Instant instant, const TimeZone& zone);

// The same wall-clock time `days` calendar days later in the zone (DST-safe hold and expiry days).
Instant add_calendar_days(Instant instant, int days, const TimeZone& zone);

// A replaceable clock: the till and kassactl read "now" from here so tests can set and move it.
// Implementations must be safe to call from any thread.
class Clock {
  public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual Instant now() const = 0;
};

// A clock tests set and move by hand. Not thread-safe: a test owns it.
class ManualClock final : public Clock {
  public:
    explicit ManualClock(Instant start) : now_(start) {}
    [[nodiscard]] Instant now() const override { return now_; }
    void set(Instant instant) { now_ = instant; }
    void advance_seconds(std::int64_t seconds) { now_.unix_seconds += seconds; }

  private:
    Instant now_;
};

}  // namespace kassa
