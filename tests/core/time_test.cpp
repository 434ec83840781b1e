#include <catch2/catch.hpp>

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>

#include "kassa/core/time.hpp"
#include "kassa/sys/zoneinfo.hpp"

using namespace kassa;
namespace chr = std::chrono;

namespace {

// The footer of /usr/share/zoneinfo/Europe/Tallinn: the shop zone of the demo data.
constexpr const char* kTallinnRule = "EET-2EEST,M3.5.0/3,M10.5.0/4";

// Unix seconds of the 2026 Tallinn transitions, cross-checked with `TZ=Europe/Tallinn date`.
constexpr std::int64_t kSpringForward2026 = 1774746000;  // 2026-03-29T01:00:00Z
constexpr std::int64_t kFallBack2026 = 1792890000;       // 2026-10-25T01:00:00Z

constexpr std::int32_t kHour = 3600;

Instant at(std::int64_t unix_seconds) {
    return Instant{unix_seconds};
}

Instant ts(const char* text) {
    return parse_timestamp(text).instant;
}

chr::year_month_day ymd(int y, unsigned m, unsigned d) {
    return chr::year{y} / chr::month{m} / chr::day{d};
}

LocalDateTime local(int y, unsigned m, unsigned d, std::int32_t hh, std::int32_t mm, std::int32_t ss = 0) {
    return LocalDateTime{ymd(y, m, d), hh * kHour + mm * 60 + ss};
}

const PosixTimeZone& tallinn() {
    static const PosixTimeZone zone("Europe/Tallinn", kTallinnRule);
    return zone;
}

}  // namespace

// ---- timestamps ------------------------------------------------------------------------------------------

TEST_CASE("timestamps with an offset, Z or fractions parse to the same instant", "[core][time]") {
    constexpr std::int64_t kExpected = 1795508100;  // 2026-11-24T08:15:00Z

    const auto with_offset = parse_timestamp("2026-11-24T10:15:00+02:00");
    CHECK(with_offset.instant.unix_seconds == kExpected);
    CHECK(with_offset.offset_seconds == 2 * kHour);

    const auto zulu = parse_timestamp("2026-11-24T08:15:00Z");
    CHECK(zulu.instant.unix_seconds == kExpected);
    CHECK(zulu.offset_seconds == 0);

    const auto west = parse_timestamp("2026-11-24T05:15:00-03:00");
    CHECK(west.instant.unix_seconds == kExpected);
    CHECK(west.offset_seconds == -3 * kHour);

    const auto half_hour = parse_timestamp("2026-11-24T13:45:00+05:30");
    CHECK(half_hour.instant.unix_seconds == kExpected);
    CHECK(half_hour.offset_seconds == 5 * kHour + 30 * 60);

    // Fractions are dropped, never rounded up into the next second.
    CHECK(parse_timestamp("2026-11-24T10:15:00.999+02:00").instant.unix_seconds == kExpected);
    CHECK(parse_timestamp("2026-11-24T08:15:00.5Z").instant.unix_seconds == kExpected);
    CHECK(parse_timestamp("2026-11-24T08:15:00.123456789Z").instant.unix_seconds == kExpected);

    // Minutes without seconds, a lower-case z and a compact offset are all ISO 8601.
    CHECK(parse_timestamp("2026-11-24T08:15Z").instant.unix_seconds == kExpected);
    CHECK(parse_timestamp("2026-11-24T08:15:00z").instant.unix_seconds == kExpected);
    CHECK(parse_timestamp("2026-11-24T10:15:00+0200").instant.unix_seconds == kExpected);

    CHECK(parse_timestamp("1970-01-01T00:00:00Z").instant.unix_seconds == 0);
    CHECK(parse_timestamp("1969-12-31T23:59:59Z").instant.unix_seconds == -1);
    // Local midnight east of Greenwich is still the previous UTC day.
    CHECK(parse_timestamp("2026-01-01T00:00:00+02:00").instant.unix_seconds == 1767218400);
}

TEST_CASE("malformed timestamps throw invalid_argument", "[core][time]") {
    const char* const bad[] = {
        "",
        "2026-11-24",                  // no time
        "2026-11-24T10:15:00",         // no offset: the instant would depend on the machine
        "2026-11-24 10:15",            // no offset either
        "2026-13-01T00:00:00Z",        // month 13
        "2026-02-29T00:00:00Z",        // 2026 is not a leap year
        "2026-04-31T00:00:00Z",        // April has 30 days
        "2026-11-24T24:00:00Z",        // hour 24
        "2026-11-24T10:60:00Z",        // minute 60
        "2026-11-24T10:15:00+19:00",   // offset out of range
        "2026-11-24T10:15:00+02:60",   // offset minutes out of range
        "2026-11-24T10:15:00.Z",       // a dot without fraction digits
        "2026-11-24T10:15:00+02:00x",  // trailing text
        "2026-11-24T10:15:00Z ",       // trailing space
        "26-11-24T10:15:00Z",          // two-digit year
        "2026/11/24T10:15:00Z",        // wrong separators
        "2026-11-24X10:15:00Z",        // wrong date/time separator
        "2026-11-24T1:15:00Z",         // one-digit hour
        "2026-11-24T10:15:00+2",       // one-digit offset
        "now",
    };
    for (const char* text : bad) {
        INFO("input: '" << text << "'");
        CHECK_THROWS_AS(parse_timestamp(text), std::invalid_argument);
    }
}

TEST_CASE("timestamps are written with the zone's offset at that instant", "[core][time]") {
    const Instant instant = at(1795508100);  // 2026-11-24T08:15:00Z
    CHECK(format_timestamp(instant, FixedOffsetZone(2 * kHour)) == "2026-11-24T10:15:00+02:00");
    CHECK(format_timestamp(instant, FixedOffsetZone(0)) == "2026-11-24T08:15:00+00:00");
    CHECK(format_timestamp(instant, FixedOffsetZone(-3 * kHour)) == "2026-11-24T05:15:00-03:00");
    CHECK(format_timestamp(instant, FixedOffsetZone(5 * kHour + 30 * 60)) == "2026-11-24T13:45:00+05:30");
    CHECK(format_timestamp(at(-1), FixedOffsetZone(0)) == "1969-12-31T23:59:59+00:00");

    CHECK(FixedOffsetZone(2 * kHour).name() == "+02:00");
    CHECK(FixedOffsetZone(0).name() == "+00:00");
    CHECK(FixedOffsetZone(-(9 * kHour + 30 * 60)).name() == "-09:30");

    // Writing and reading back gives the same instant and offset, in every zone.
    for (const std::int32_t offset :
         {0, 2 * kHour, -3 * kHour, 5 * kHour + 45 * 60, -(9 * kHour + 30 * 60)}) {
        const FixedOffsetZone zone(offset);
        const auto parsed = parse_timestamp(format_timestamp(instant, zone));
        CHECK(parsed.instant == instant);
        CHECK(parsed.offset_seconds == offset);
    }
}

TEST_CASE("dates and times of day parse strictly", "[core][time]") {
    CHECK(parse_date("2028-02-29") == ymd(2028, 2, 29));
    CHECK(format_date(ymd(2026, 3, 9)) == "2026-03-09");
    CHECK_THROWS_AS(parse_date("2026-02-29"), std::invalid_argument);
    CHECK_THROWS_AS(parse_date("2026-3-9"), std::invalid_argument);
    CHECK_THROWS_AS(parse_date("2026-03-09T00:00:00Z"), std::invalid_argument);

    CHECK(parse_time_of_day("09:30") == 9 * kHour + 30 * 60);
    CHECK(parse_time_of_day("17:45:10") == 17 * kHour + 45 * 60 + 10);
    CHECK(parse_time_of_day("24:00") == 24 * kHour);  // the end of an opening-hours window
    CHECK_THROWS_AS(parse_time_of_day("24:01"), std::invalid_argument);
    CHECK_THROWS_AS(parse_time_of_day("12:60"), std::invalid_argument);
    CHECK_THROWS_AS(parse_time_of_day("9:30"), std::invalid_argument);
}

// ---- POSIX rules
// -------------------------------------------------------------------------------------------

TEST_CASE("Tallinn is +02:00 in winter and +03:00 in summer", "[core][time]") {
    const auto& zone = tallinn();
    CHECK(zone.name() == "Europe/Tallinn");
    CHECK(zone.offset_at(ts("2026-01-15T10:00:00Z")) == 2 * kHour);
    CHECK(zone.offset_at(ts("2026-07-01T09:00:00Z")) == 3 * kHour);
    CHECK(zone.offset_at(ts("2026-12-31T23:59:59Z")) == 2 * kHour);
    CHECK(zone.offset_at(ts("2027-06-15T12:00:00Z")) == 3 * kHour);
}

TEST_CASE("Tallinn changes its clocks at the exact 2026 instants", "[core][time]") {
    const auto& zone = tallinn();
    REQUIRE(ts("2026-03-29T01:00:00Z").unix_seconds == kSpringForward2026);
    REQUIRE(ts("2026-10-25T01:00:00Z").unix_seconds == kFallBack2026);

    // Spring: last Sunday of March, 03:00 EET becomes 04:00 EEST.
    CHECK(zone.offset_at(at(kSpringForward2026 - 1)) == 2 * kHour);
    CHECK(zone.offset_at(at(kSpringForward2026)) == 3 * kHour);
    CHECK(format_timestamp(at(kSpringForward2026 - 1), zone) == "2026-03-29T02:59:59+02:00");
    CHECK(format_timestamp(at(kSpringForward2026), zone) == "2026-03-29T04:00:00+03:00");

    // Autumn: last Sunday of October, 04:00 EEST becomes 03:00 EET.
    CHECK(zone.offset_at(at(kFallBack2026 - 1)) == 3 * kHour);
    CHECK(zone.offset_at(at(kFallBack2026)) == 2 * kHour);
    CHECK(format_timestamp(at(kFallBack2026 - 1), zone) == "2026-10-25T03:59:59+03:00");
    CHECK(format_timestamp(at(kFallBack2026), zone) == "2026-10-25T03:00:00+02:00");

    // The last Sunday moves with the year: 2027 changes on 28 March and 31 October.
    CHECK(zone.offset_at(ts("2027-03-28T00:59:59Z")) == 2 * kHour);
    CHECK(zone.offset_at(ts("2027-03-28T01:00:00Z")) == 3 * kHour);
    CHECK(zone.offset_at(ts("2027-10-31T00:59:59Z")) == 3 * kHour);
    CHECK(zone.offset_at(ts("2027-10-31T01:00:00Z")) == 2 * kHour);
}

TEST_CASE("a zone without daylight saving keeps one offset", "[core][time]") {
    const PosixTimeZone sao_paulo("America/Sao_Paulo", "<-03>3");
    CHECK(sao_paulo.name() == "America/Sao_Paulo");
    for (const char* t : {"2026-01-15T12:00:00Z", "2026-07-15T12:00:00Z", "2026-10-04T12:00:00Z"}) {
        INFO(t);
        CHECK(sao_paulo.offset_at(ts(t)) == -3 * kHour);
    }
    CHECK(format_timestamp(ts("2026-01-01T02:00:00Z"), sao_paulo) == "2025-12-31T23:00:00-03:00");

    const PosixTimeZone kolkata("Asia/Kolkata", "IST-5:30");
    CHECK(kolkata.offset_at(ts("2026-06-01T00:00:00Z")) == 5 * kHour + 30 * 60);
}

TEST_CASE("southern hemisphere daylight saving spans the new year", "[core][time]") {
    const PosixTimeZone sydney("Australia/Sydney", "AEST-10AEDT,M10.1.0,M4.1.0/3");
    CHECK(sydney.offset_at(ts("2026-01-15T00:00:00Z")) == 11 * kHour);
    CHECK(sydney.offset_at(ts("2026-07-15T00:00:00Z")) == 10 * kHour);
    // Local New Year's night is in the middle of summer time, on both sides of the UTC year change.
    CHECK(sydney.offset_at(ts("2026-12-31T13:30:00Z")) == 11 * kHour);
    CHECK(sydney.offset_at(ts("2026-12-31T12:59:59Z")) == 11 * kHour);
    CHECK(format_timestamp(ts("2026-12-31T13:30:00Z"), sydney) == "2027-01-01T00:30:00+11:00");

    // Ends on the first Sunday of April at 03:00 AEDT (2026-04-05 = 2026-04-04T16:00Z).
    CHECK(sydney.offset_at(ts("2026-04-04T15:59:59Z")) == 11 * kHour);
    CHECK(sydney.offset_at(ts("2026-04-04T16:00:00Z")) == 10 * kHour);
    // Starts on the first Sunday of October at 02:00 AEST (2026-10-04 = 2026-10-03T16:00Z).
    CHECK(sydney.offset_at(ts("2026-10-03T15:59:59Z")) == 10 * kHour);
    CHECK(sydney.offset_at(ts("2026-10-03T16:00:00Z")) == 11 * kHour);
}

TEST_CASE("unusual POSIX rules: half-hour saving, 24:00 and negative transition times", "[core][time]") {
    // Lord Howe Island moves its clocks by half an hour. Instants from `TZ=Australia/Lord_Howe date`.
    const PosixTimeZone lord_howe("Australia/Lord_Howe", "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0");
    CHECK(lord_howe.offset_at(at(1775314799)) == 11 * kHour);
    CHECK(lord_howe.offset_at(at(1775314800)) == 10 * kHour + 30 * 60);
    CHECK(lord_howe.offset_at(at(1791041399)) == 10 * kHour + 30 * 60);
    CHECK(lord_howe.offset_at(at(1791041400)) == 11 * kHour);

    // Santiago changes at 24:00 on the first Saturday: the transition falls on the Sunday.
    const PosixTimeZone santiago("America/Santiago", "<-04>4<-03>,M9.1.6/24,M4.1.6/24");
    CHECK(santiago.offset_at(at(1775357999)) == -3 * kHour);  // 2026-04-04T23:59:59-03:00
    CHECK(santiago.offset_at(at(1775358000)) == -4 * kHour);  // 2026-04-04T23:00:00-04:00
    CHECK(santiago.offset_at(at(1788667199)) == -4 * kHour);  // 2026-09-05T23:59:59-04:00
    CHECK(santiago.offset_at(at(1788667200)) == -3 * kHour);  // 2026-09-06T01:00:00-03:00

    // Nuuk writes its spring change as -1:00 local, which is the same 01:00Z as the EU.
    const PosixTimeZone nuuk("America/Nuuk", "<-02>2<-01>,M3.5.0/-1,M10.5.0/0");
    CHECK(nuuk.offset_at(at(kSpringForward2026 - 1)) == -2 * kHour);
    CHECK(nuuk.offset_at(at(kSpringForward2026)) == -1 * kHour);
    CHECK(nuuk.offset_at(at(kFallBack2026 - 1)) == -1 * kHour);
    CHECK(nuuk.offset_at(at(kFallBack2026)) == -2 * kHour);

    // Dublin's "standard" time is the summer one and its "daylight" time is winter GMT (negative saving).
    const PosixTimeZone dublin("Europe/Dublin", "IST-1GMT0,M10.5.0,M3.5.0/1");
    CHECK(dublin.offset_at(ts("2026-01-15T12:00:00Z")) == 0);
    CHECK(dublin.offset_at(ts("2026-07-15T12:00:00Z")) == kHour);
    CHECK(dublin.offset_at(at(kSpringForward2026 - 1)) == 0);
    CHECK(dublin.offset_at(at(kSpringForward2026)) == kHour);
    CHECK(dublin.offset_at(at(kFallBack2026 - 1)) == kHour);
    CHECK(dublin.offset_at(at(kFallBack2026)) == 0);
}

TEST_CASE("Julian day transitions count or skip 29 February as POSIX says", "[core][time]") {
    // Jn never counts 29 February: J60 is 1 March in every year.
    const PosixTimeZone julian("Test/Julian", "AAA0BBB,J60/0,J300/0");
    CHECK(julian.offset_at(ts("2028-02-29T23:59:59Z")) == 0);
    CHECK(julian.offset_at(ts("2028-03-01T00:00:00Z")) == kHour);
    CHECK(julian.offset_at(ts("2026-02-28T23:59:59Z")) == 0);
    CHECK(julian.offset_at(ts("2026-03-01T00:00:00Z")) == kHour);

    // n is zero-based and counts 29 February: day 59 is 29 February in a leap year, 1 March otherwise.
    const PosixTimeZone zero_based("Test/ZeroBased", "AAA0BBB,59/0,300/0");
    CHECK(zero_based.offset_at(ts("2028-02-28T23:59:59Z")) == 0);
    CHECK(zero_based.offset_at(ts("2028-02-29T00:00:00Z")) == kHour);
    CHECK(zero_based.offset_at(ts("2026-02-28T23:59:59Z")) == 0);
    CHECK(zero_based.offset_at(ts("2026-03-01T00:00:00Z")) == kHour);
}

TEST_CASE("unreadable POSIX rules throw invalid_argument", "[core][time]") {
    for (const char* rule :
         {"", "EE", "EET", "EET-2EEST", "EET-2EEST,M3.5.0/3", "EET-2EEST,M13.5.0,M10.5.0",
          "EET-2EEST,M3.6.0,M10.5.0", "EET-2EEST,M3.5.7,M10.5.0", "EET-2 trailing", "<EET-2"}) {
        INFO("rule: '" << rule << "'");
        CHECK_THROWS_AS(PosixTimeZone("Bad/Rule", rule), std::invalid_argument);
    }
}

// ---- local time
// ----------------------------------------------------------------------------------------------

TEST_CASE("to_local and from_local agree outside the clock changes", "[core][time]") {
    const auto& zone = tallinn();
    const Instant winter = ts("2026-01-15T10:00:00Z");
    CHECK(zone.to_local(winter) == local(2026, 1, 15, 12, 0));
    CHECK(zone.from_local(local(2026, 1, 15, 12, 0)) == winter);

    const Instant summer = ts("2026-07-01T09:00:00Z");
    CHECK(zone.to_local(summer) == local(2026, 7, 1, 12, 0));
    CHECK(zone.from_local(local(2026, 7, 1, 12, 0)) == summer);
    CHECK(zone.to_local(summer).iso_weekday() == 3);  // a Wednesday

    // Before 1970 the local day must still be floored, not truncated towards zero.
    const FixedOffsetZone utc(0);
    CHECK(utc.to_local(at(-1)) == local(1969, 12, 31, 23, 59, 59));
    CHECK(utc.from_local(local(1969, 12, 31, 23, 59, 59)) == at(-1));
}

TEST_CASE("from_local in the spring gap moves the reading forward by the gap", "[core][time]") {
    const auto& zone = tallinn();
    // 03:30 on 29 March 2026 never happens in Tallinn: read as if the change had not happened yet,
    // 03:30 EET = 01:30Z, which the clock on the wall shows as 04:30.
    const Instant in_gap = zone.from_local(local(2026, 3, 29, 3, 30));
    CHECK(in_gap == at(kSpringForward2026 + 30 * 60));
    CHECK(format_timestamp(in_gap, zone) == "2026-03-29T04:30:00+03:00");

    // The readings on both edges of the gap exist and stay exact.
    CHECK(zone.from_local(local(2026, 3, 29, 2, 59, 59)) == at(kSpringForward2026 - 1));
    CHECK(zone.from_local(local(2026, 3, 29, 4, 0)) == at(kSpringForward2026));
}

TEST_CASE("from_local in the autumn overlap takes the earlier reading", "[core][time]") {
    const auto& zone = tallinn();
    // 03:30 on 25 October 2026 happens twice: 00:30Z (EEST) and 01:30Z (EET).
    const Instant first = at(kFallBack2026 - 30 * 60);
    const Instant second = at(kFallBack2026 + 30 * 60);
    REQUIRE(zone.to_local(first) == local(2026, 10, 25, 3, 30));
    REQUIRE(zone.to_local(second) == local(2026, 10, 25, 3, 30));
    CHECK(zone.from_local(local(2026, 10, 25, 3, 30)) == first);

    // Just outside the overlap there is only one reading.
    CHECK(zone.from_local(local(2026, 10, 25, 2, 59, 59)) == at(kFallBack2026 - kHour - 1));
    CHECK(zone.from_local(local(2026, 10, 25, 4, 0)) == at(kFallBack2026 + kHour));
}

TEST_CASE("gap and overlap in a southern zone", "[core][time]") {
    const PosixTimeZone sydney("Australia/Sydney", "AEST-10AEDT,M10.1.0,M4.1.0/3");
    // 2026-10-04 02:30 does not exist in Sydney (02:00 AEST -> 03:00 AEDT at 2026-10-03T16:00Z).
    const Instant in_gap = sydney.from_local(local(2026, 10, 4, 2, 30));
    CHECK(in_gap == ts("2026-10-03T16:30:00Z"));
    CHECK(format_timestamp(in_gap, sydney) == "2026-10-04T03:30:00+11:00");
    // 2026-04-05 02:30 happens twice; the earlier is still summer time.
    CHECK(sydney.from_local(local(2026, 4, 5, 2, 30)) == ts("2026-04-04T15:30:00Z"));
}

// ---- calendar days (rule 17)
// ---------------------------------------------------------------------------------

TEST_CASE("add_calendar_days keeps the wall-clock time across daylight saving", "[core][time]") {
    const auto& zone = tallinn();

    // Over the spring change a calendar day is 23 hours long.
    const Instant before_spring = ts("2026-03-28T12:00:00+02:00");
    const Instant next_day = add_calendar_days(before_spring, 1, zone);
    CHECK(format_timestamp(next_day, zone) == "2026-03-29T12:00:00+03:00");
    CHECK(next_day.unix_seconds - before_spring.unix_seconds == 23 * kHour);

    // Over the autumn change it is 25 hours long.
    const Instant before_autumn = ts("2026-10-24T12:00:00+03:00");
    const Instant after_autumn = add_calendar_days(before_autumn, 1, zone);
    CHECK(format_timestamp(after_autumn, zone) == "2026-10-25T12:00:00+02:00");
    CHECK(after_autumn.unix_seconds - before_autumn.unix_seconds == 25 * kHour);

    // A 14-day hold bought in winter becomes spendable at the same wall time in summer.
    CHECK(format_timestamp(add_calendar_days(ts("2026-03-20T18:30:00+02:00"), 14, zone), zone) ==
          "2026-04-03T18:30:00+03:00");
    // A year of expiry crosses both changes and lands on the same wall time.
    CHECK(format_timestamp(add_calendar_days(ts("2026-03-10T09:15:00+02:00"), 365, zone), zone) ==
          "2027-03-10T09:15:00+02:00");
    // Backwards works too.
    CHECK(format_timestamp(add_calendar_days(ts("2026-03-29T12:00:00+03:00"), -1, zone), zone) ==
          "2026-03-28T12:00:00+02:00");
    CHECK(add_calendar_days(before_spring, 0, zone) == before_spring);

    // A day that lands in the gap or the overlap follows from_local's documented choice.
    CHECK(format_timestamp(add_calendar_days(ts("2026-03-28T03:30:00+02:00"), 1, zone), zone) ==
          "2026-03-29T04:30:00+03:00");
    CHECK(format_timestamp(add_calendar_days(ts("2026-10-24T03:30:00+03:00"), 1, zone), zone) ==
          "2026-10-25T03:30:00+03:00");

    // Month ends and leap days are calendar arithmetic, not 86400-second steps.
    const FixedOffsetZone fixed(2 * kHour);
    CHECK(format_timestamp(add_calendar_days(ts("2028-02-28T23:30:00+02:00"), 1, fixed), fixed) ==
          "2028-02-29T23:30:00+02:00");
    CHECK(format_timestamp(add_calendar_days(ts("2026-12-31T23:30:00+02:00"), 1, fixed), fixed) ==
          "2027-01-01T23:30:00+02:00");
}

// ---- clocks
// ----------------------------------------------------------------------------------------------------

TEST_CASE("a ManualClock only moves when the test moves it", "[core][time]") {
    const Instant start = ts("2026-11-24T10:15:00+02:00");
    ManualClock manual(start);
    const Clock& clock = manual;  // code under test only sees the interface

    CHECK(clock.now() == start);
    CHECK(clock.now() == start);  // reading it twice does not advance it

    manual.advance_seconds(14 * 86400);
    CHECK(clock.now().unix_seconds == start.unix_seconds + 14 * 86400);

    manual.advance_seconds(-60);
    CHECK(clock.now().unix_seconds == start.unix_seconds + 14 * 86400 - 60);

    const Instant nightly = ts("2026-12-09T03:00:00+02:00");
    manual.set(nightly);
    CHECK(clock.now() == nightly);
}

// ---- the system's zoneinfo
// ------------------------------------------------------------------------------------

TEST_CASE("Europe/Tallinn loads from the system zoneinfo", "[core][time]") {
    const auto zone = sys::load_time_zone("Europe/Tallinn");
    REQUIRE(zone);
    CHECK(zone->name() == "Europe/Tallinn");
    CHECK(zone->offset_at(ts("2026-01-15T10:00:00Z")) == 2 * kHour);
    CHECK(zone->offset_at(ts("2026-07-01T09:00:00Z")) == 3 * kHour);
    CHECK(zone->offset_at(at(kSpringForward2026 - 1)) == 2 * kHour);
    CHECK(zone->offset_at(at(kSpringForward2026)) == 3 * kHour);
    CHECK(zone->offset_at(at(kFallBack2026 - 1)) == 3 * kHour);
    CHECK(zone->offset_at(at(kFallBack2026)) == 2 * kHour);

    // Etc/GMT+3 is three hours west: POSIX signs are inverted, and the loader must not invert them twice.
    CHECK(sys::load_time_zone("Etc/GMT+3")->offset_at(at(kSpringForward2026)) == -3 * kHour);
    CHECK(sys::load_time_zone("UTC")->offset_at(at(kSpringForward2026)) == 0);
    const auto new_york = sys::load_time_zone("America/New_York");
    CHECK(new_york->offset_at(ts("2026-01-15T12:00:00Z")) == -5 * kHour);
    CHECK(new_york->offset_at(ts("2026-07-15T12:00:00Z")) == -4 * kHour);

    // zone_for prefers the name and falls back to the offset `now` was written with.
    CHECK(sys::zone_for("Europe/Tallinn", 0)->offset_at(at(kSpringForward2026)) == 3 * kHour);
    const auto fallback = sys::zone_for("", -5 * kHour);
    CHECK(fallback->offset_at(at(kSpringForward2026)) == -5 * kHour);
    CHECK(fallback->name() == "-05:00");
}

TEST_CASE("unknown or unsafe zone names throw UnknownTimeZone", "[core][time]") {
    for (const char* name :
         {"Mars/Olympus_Mons", "Europe/Talinn", "", "../etc/passwd", "/etc/passwd", "Europe/../../etc/passwd",
          "Europe/Tallinn\n", "Europe/Tallinn;rm", "Europe\\Tallinn"}) {
        INFO("name: '" << name << "'");
        CHECK_THROWS_AS(sys::load_time_zone(name), sys::UnknownTimeZone);
    }
    // A name that reaches a file that is not a TZif zone is refused too, not half-read.
    CHECK_THROWS_AS(sys::load_time_zone("boutique.json", std::string(KASSA_SOURCE_DIR) + "/resources/rules"),
                    sys::UnknownTimeZone);
    CHECK_THROWS_AS(sys::zone_for("Mars/Olympus_Mons", 0), sys::UnknownTimeZone);
}

// A name that is a folder of the zoneinfo tree ("Europe") is not a zone either. Today the read of the
// directory escapes as std::ios_base::failure ("basic_filebuf::underflow ... Is a directory"), which
// callers that catch UnknownTimeZone do not expect. Suspected cause: zoneinfo.cpp opens the path with
// std::ifstream (which succeeds on a directory) and reads it through istreambuf_iterator without checking
// that it is a regular file or catching the read error.
TEST_CASE("a zoneinfo folder name is an unknown zone", "[core][time]") {
    for (const char* name : {"Europe", "America", "Etc"}) {
        INFO("name: '" << name << "'");
        CHECK_THROWS_AS(sys::load_time_zone(name), sys::UnknownTimeZone);
    }
}

// ISO 8601 has no offset "+02:" with a colon and no minutes; today it is read as +02:00. Suspected cause:
// parse_timestamp() skips the ':' and reads the minutes only `if (pos < text.size())`.
TEST_CASE("an offset with a dangling colon is malformed", "[core][time]") {
    CHECK_THROWS_AS(parse_timestamp("2026-11-24T10:15:00+02:"), std::invalid_argument);
}
