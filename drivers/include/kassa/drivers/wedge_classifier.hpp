#pragma once
// The keyboard-wedge fallback inside the app (devices.md 1b): a scanner that was not claimed types into the
// focused widget like a keyboard. This classifier, fed the keystrokes one by one with their times, tells a
// scan from typing: a scan is at least `min_length` characters, each less than `max_gap` after the one
// before, followed (also within `max_gap`) by Enter. Anything else is typing.
//
// It decides per keystroke, so an event filter can act at once:
// - hold:    the key may be the start or the middle of a scan. Swallow it and keep a copy under its id.
// - deliver: the key is typing. First replay the ids in `replay` (held keys that turned out to be typing,
//            oldest first), then let this key through.
// - swallow: the key ended a scan. Drop it and the held keys listed in `consumed`; `scan` carries the event.
// A held key with no successor within `max_gap` is typing too: deadline() says when to call expire(), which
// returns the ids to replay. The decision never looks at the wall clock: every time comes from the caller
// (QKeyEvent::timestamp() in the app, literal values in tests).
//
// The line is read exactly as a claimed wedge reads it (wedge_line_event): an AIM prefix becomes the
// symbology; a card swipe becomes a card number or an error, and a bank card's digits are swallowed and
// wiped, never replayed into a widget nor returned.
//
// Threading rule: not thread-safe and starts no thread: one thread (the GUI thread owning the event filter)
// calls every member.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kassa/drivers/events.hpp"

namespace kassa::drivers {

struct WedgeTimingSettings {
    // Keys of a scan come less than this apart (scanners type a code in a few milliseconds per key; people
    // need 80 ms or more). A setting because a slow scanner over a busy USB hub may need more.
    std::chrono::milliseconds max_gap{30};
    // Fewer characters before the Enter are typing (a fast double key plus Enter is not a scan).
    std::size_t min_length = 4;
    // Tab ends a scan as Enter does (some scanners are set to send Tab).
    bool tab_ends_scan = false;
    // More held characters than this are not a scan any wedge can type: they are given back as typing.
    std::size_t max_length = 4096;
    // Read every scan as a card reader's swipe (a keyboard-wedge MSR configured as the only wedge).
    bool every_line_is_a_swipe = false;
    // The device named in the events (the app's fallback has no USB identity).
    DeviceId device = "keyboard";
};

// Chosen by the caller, unique among the keys it has not yet seen released or consumed (a counter will do).
using WedgeKeyId = std::uint64_t;

enum class WedgeKeyKind {
    character,  // a key that types text (QKeyEvent::text() not empty)
    enter,      // Return or keypad Enter
    tab,
    other,  // any other key press (Backspace, arrows, F-keys, shortcuts): always typing
};

struct WedgeKey {
    WedgeKeyId id = 0;
    WedgeKeyKind kind = WedgeKeyKind::character;
    std::string_view text;  // UTF-8, for `character`; ignored otherwise
    Timestamp time{};
};

enum class WedgeDisposition { hold, deliver, swallow };

struct WedgeVerdict {
    WedgeDisposition current = WedgeDisposition::deliver;
    std::vector<WedgeKeyId> replay;    // held keys to deliver before the current key, oldest first
    std::vector<WedgeKeyId> consumed;  // held keys that were part of the scan: drop them (with `swallow`)
    // With `swallow`: a ScanEvent (source keyboard_wedge, or msr for a swipe) or an ErrorEvent (a bad or bank
    // card swipe). Empty when the scan read as nothing (an AIM prefix alone).
    std::optional<Event> scan;
};

class WedgeClassifier {
  public:
    explicit WedgeClassifier(WedgeTimingSettings settings = {});
    ~WedgeClassifier();  // wipes held text
    WedgeClassifier(const WedgeClassifier&) = delete;
    WedgeClassifier& operator=(const WedgeClassifier&) = delete;

    // One key press, in the order they happen; times must not go back.
    WedgeVerdict key(const WedgeKey& key);
    // When the held keys become typing unless another key comes first; empty when nothing is held.
    [[nodiscard]] std::optional<Timestamp> deadline() const;
    // Time has come to `now` with no key: when it is at or past deadline(), the held keys are typing and
    // their ids come back (oldest first) to be replayed; otherwise nothing.
    std::vector<WedgeKeyId> expire(Timestamp now);
    // Gives back every held key now (focus moved, the filter is removed, the window closes).
    std::vector<WedgeKeyId> flush();
    [[nodiscard]] bool holding() const { return !held_.empty(); }
    [[nodiscard]] const WedgeTimingSettings& settings() const { return settings_; }
    // Reads with `settings` from the next key on (the owner changed the timing). Nothing may be held: the held
    // keys were judged by the old timing, so flush() them first. Throws std::logic_error otherwise.
    void set_settings(WedgeTimingSettings settings);

  private:
    std::vector<WedgeKeyId> release_held();

    WedgeTimingSettings settings_;
    std::vector<WedgeKeyId> held_;
    std::string text_;  // what the held keys type; may be a card's tracks, so wiped
    std::size_t characters_ = 0;
    Timestamp last_{};
};

}  // namespace kassa::drivers
