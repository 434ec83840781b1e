#include "kassa/drivers/msr.hpp"

#include <algorithm>
#include <array>

#include "kassa/core/cards.hpp"
#include "wipe.hpp"

namespace kassa::drivers {

namespace {

enum class TrackState { absent, blank, unreadable, readable };

struct Track {
    TrackState state = TrackState::absent;
    std::string data;  // between the sentinels
    bool lrc_wrong = false;
};

// The three tracks of one swipe. Wipes them on destruction: they may hold a bank card.
struct Swipe {
    std::array<Track, 3> tracks;
    std::optional<ErrorCode> framing;  // start_sentinel or end_sentinel

    Swipe() = default;
    Swipe(const Swipe&) = delete;
    Swipe& operator=(const Swipe&) = delete;
    ~Swipe() {
        for (auto& t : tracks) {
            detail::wipe(t.data);
        }
    }
};

// Track 1 is the 6-bit alphabet (0x20..0x5F), tracks 2 and 3 the 4-bit one (0x30..0x3F); a character's
// code is its distance from the start of its alphabet.
char alphabet_base(int track) {
    return track == 1 ? '\x20' : '\x30';
}
int alphabet_size(int track) {
    return track == 1 ? 64 : 16;
}

bool in_alphabet(int track, char c) {
    const int code = c - alphabet_base(track);
    return code >= 0 && code < alphabet_size(track);
}

// A character that starts a track where this track's data should be: the end sentinel was lost.
bool is_start_sentinel_inside(int track, char c) {
    return track == 1 ? c == '%' : (c == ';' || c == '%' || c == '+');
}

// A character that may start a track after this one (tracks come in order 1, 2, 3).
bool starts_later_track(int track, char c) {
    return track < 3 && (c == ';' || c == '+');
}

// The LRC character (ISO/IEC 7811-2): XOR of the character codes from the start sentinel to the end
// sentinel. Empty when a character is outside the track's alphabet (the track is unreadable anyway).
std::optional<char> expected_lrc(int track, std::string_view sentinel_to_sentinel) {
    int lrc = 0;
    for (char c : sentinel_to_sentinel) {
        if (track == 3 && c == '+') {
            c = ';';  // readers type `+` to say "track 3"; on the stripe its start sentinel is the 4-bit `;`
        }
        if (!in_alphabet(track, c)) {
            return std::nullopt;
        }
        lrc ^= c - alphabet_base(track);
    }
    return static_cast<char>(alphabet_base(track) + lrc);
}

TrackState classify(int track, std::string_view data) {
    if (data.empty()) {
        return TrackState::blank;
    }
    if (data == "E") {  // what wedge readers type for a track they could not read
        return TrackState::unreadable;
    }
    const bool all_valid = std::all_of(data.begin(), data.end(), [track](char c) {
        return in_alphabet(track, c) && c != '?' && !(track == 1 ? c == '%' : c == ';');
    });
    return all_valid ? TrackState::readable : TrackState::unreadable;
}

// Reads the track that starts at s[start] (its start sentinel, already checked by the caller) into `t`,
// with its LRC when one follows. Sets `next` to the first character after the track. Returns the framing
// error when the end sentinel is missing.
std::optional<ErrorCode> read_track(std::string_view s, std::size_t start, int number, Track& t,
                                    std::size_t& next) {
    std::size_t end = start + 1;
    while (end < s.size() && s[end] != '?' && !is_start_sentinel_inside(number, s[end])) {
        ++end;
    }
    if (end >= s.size() || s[end] != '?') {
        return ErrorCode::end_sentinel;
    }
    t.data.assign(s.substr(start + 1, end - start - 1));
    t.state = classify(number, t.data);
    t.lrc_wrong = false;
    next = end + 1;
    if (next >= s.size()) {
        return std::nullopt;  // no LRC: wedge readers usually leave it out
    }
    // The character after `?` is either this track's LRC or the start of a later track; the LRC alphabet
    // contains the start sentinels, so a character that matches the LRC and is followed by the end or by
    // a later track is taken as the LRC.
    const char after = s[next];
    const auto lrc = expected_lrc(number, s.substr(start, end - start + 1));
    const bool end_or_later_follows = next + 1 >= s.size() || starts_later_track(number, s[next + 1]);
    if (lrc && after == *lrc && end_or_later_follows) {
        ++next;
    } else if (!starts_later_track(number, after)) {
        t.lrc_wrong = t.state == TrackState::readable;
        ++next;
    }
    return std::nullopt;
}

std::string_view track1_pan(std::string_view data) {
    // %<format code><PAN>^<NAME>^...
    if (data.size() < 2) {
        return {};
    }
    const auto caret = data.find('^');
    return data.substr(1, caret == std::string_view::npos ? std::string_view::npos : caret - 1);
}

std::string_view track2_number(std::string_view data) {
    return data.substr(0, data.find('='));
}

bool is_bank_card(const Swipe& s) {
    const Track& t1 = s.tracks[0];
    const Track& t2 = s.tracks[1];
    if (t1.state == TrackState::readable &&
        (t1.data.front() == 'B' || kassa::is_payment_card_number(track1_pan(t1.data)))) {
        return true;
    }
    return t2.state == TrackState::readable && kassa::is_payment_card_number(track2_number(t2.data));
}

MsrResult decide(const Swipe& s) {
    if (s.framing) {
        return {s.framing, {}};
    }
    if (is_bank_card(s)) {
        return {ErrorCode::bank_card, {}};
    }
    const auto readable = [](const Track& t) { return t.state == TrackState::readable; };
    if (std::any_of(s.tracks.begin(), s.tracks.end(),
                    [&](const Track& t) { return readable(t) && t.lrc_wrong; })) {
        return {ErrorCode::lrc, {}};
    }
    if (std::none_of(s.tracks.begin(), s.tracks.end(), readable)) {
        return {ErrorCode::bad_swipe, {}};
    }
    const Track& t2 = s.tracks[1];
    if (t2.state == TrackState::unreadable) {
        return {ErrorCode::bad_swipe, {}};  // the number is there but was misread: swiping again helps
    }
    if (t2.state != TrackState::readable) {
        return {ErrorCode::no_card_number, {}};
    }
    const std::string_view number = track2_number(t2.data);
    if (number.empty() ||
        !std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return {ErrorCode::no_card_number, {}};
    }
    return {std::nullopt, std::string(number)};
}

}  // namespace

MsrResult parse_msr_text(std::string_view typed) {
    Swipe swipe;
    std::size_t pos = 0;
    int last = 0;
    if (typed.empty()) {
        return {ErrorCode::bad_swipe, {}};
    }
    while (pos < typed.size() && !swipe.framing) {
        const char c = typed[pos];
        int number = 0;
        if (c == '%' && last < 1) {
            number = 1;
        } else if (c == ';' && last < 3) {
            number = last < 2 ? 2 : 3;  // ISO 4909 track 3 may start with ';' too
        } else if (c == '+' && last < 3) {
            number = 3;
        } else {
            swipe.framing = ErrorCode::start_sentinel;
            break;
        }
        swipe.framing =
            read_track(typed, pos, number, swipe.tracks[static_cast<std::size_t>(number - 1)], pos);
        last = number;
    }
    return decide(swipe);
}

MsrResult parse_magtek_report(std::span<const std::uint8_t> report) {
    if (report.size() < kMagTekReportSize) {
        return {ErrorCode::bad_swipe, {}};
    }
    constexpr std::size_t kTrackOffset = 7;
    constexpr std::size_t kTrackField = 110;
    Swipe swipe;
    for (std::size_t k = 0; k < 3 && !swipe.framing; ++k) {
        Track& t = swipe.tracks[k];
        const int number = static_cast<int>(k) + 1;
        const std::uint8_t status = report[k];
        const std::size_t length = report[3 + k];
        if (status != 0) {
            t.state = TrackState::unreadable;
            continue;
        }
        if (length == 0) {
            t.state = TrackState::blank;
            continue;
        }
        if (length > kTrackField) {
            t.state = TrackState::unreadable;
            continue;
        }
        std::string text(reinterpret_cast<const char*>(report.data() + kTrackOffset + k * kTrackField),
                         length);
        detail::WipeOnExit wipe_text(text);
        const char first = text.front();
        const bool starts = number == 1 ? first == '%' : (first == ';' || (number == 3 && first == '+'));
        if (!starts) {
            swipe.framing = ErrorCode::start_sentinel;
            break;
        }
        std::size_t next = 0;
        swipe.framing = read_track(text, 0, number, t, next);
    }
    return decide(swipe);
}

Event msr_event(const DeviceId& device, const MsrResult& result, Timestamp at) {
    if (result.error) {
        return ErrorEvent{device, *result.error, std::string(error_sentence(*result.error))};
    }
    return refuse_payment_card(ScanEvent{device, SourceKind::msr, std::nullopt, result.card_number, at});
}

std::vector<Event> HidMsrDecoder::feed(std::span<const std::uint8_t> report, Timestamp at) {
    if (report.empty()) {
        return {};
    }
    return {msr_event(device_, parse_magtek_report(report), at)};
}

}  // namespace kassa::drivers
