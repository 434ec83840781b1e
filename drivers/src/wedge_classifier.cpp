#include "kassa/drivers/wedge_classifier.hpp"

#include <algorithm>
#include <stdexcept>

#include "kassa/drivers/keyboard.hpp"
#include "wipe.hpp"

namespace kassa::drivers {

namespace {

// Code points, not bytes: min_length is what the cashier would count on the screen.
std::size_t count_code_points(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

WedgeClassifier::WedgeClassifier(WedgeTimingSettings settings) : settings_(std::move(settings)) {
    // Reserved once (UTF-8 needs up to 4 bytes a character) so appending never reallocates and leaves an
    // unwiped copy of a swipe behind.
    text_.reserve(std::min<std::size_t>(settings_.max_length, std::size_t{1} << 16) * 4);
}

void WedgeClassifier::set_settings(WedgeTimingSettings settings) {
    if (holding()) {
        throw std::logic_error("WedgeClassifier::set_settings while keys are held: flush() them first");
    }
    settings_ = std::move(settings);
    text_.reserve(std::min<std::size_t>(settings_.max_length, std::size_t{1} << 16) * 4);
}

WedgeClassifier::~WedgeClassifier() {
    detail::wipe(text_);
}

std::vector<WedgeKeyId> WedgeClassifier::release_held() {
    std::vector<WedgeKeyId> ids;
    ids.swap(held_);
    detail::wipe(text_);
    characters_ = 0;
    return ids;
}

WedgeVerdict WedgeClassifier::key(const WedgeKey& key) {
    WedgeVerdict verdict;
    // Too long since the last held key: whatever was held was typed by a person.
    if (!held_.empty() && key.time - last_ >= settings_.max_gap) {
        verdict.replay = release_held();
    }
    WedgeKeyKind kind = key.kind;
    if (kind == WedgeKeyKind::character && key.text.empty()) {
        kind = WedgeKeyKind::other;  // a key that types nothing cannot be part of a scan's text
    }
    if (kind == WedgeKeyKind::tab && !settings_.tab_ends_scan) {
        kind = WedgeKeyKind::other;
    }

    switch (kind) {
        case WedgeKeyKind::character: {
            const std::size_t added = count_code_points(key.text);
            if (characters_ + added > settings_.max_length) {
                auto more = release_held();
                verdict.replay.insert(verdict.replay.end(), more.begin(), more.end());
                verdict.current = WedgeDisposition::deliver;
                return verdict;
            }
            held_.push_back(key.id);
            text_.append(key.text);
            characters_ += added;
            last_ = key.time;
            verdict.current = WedgeDisposition::hold;
            return verdict;
        }
        case WedgeKeyKind::enter:
        case WedgeKeyKind::tab:
            if (!held_.empty() && characters_ >= settings_.min_length) {
                verdict.current = WedgeDisposition::swallow;
                verdict.consumed.swap(held_);
                verdict.scan =
                    wedge_line_event(settings_.device, text_, settings_.every_line_is_a_swipe, key.time);
                detail::wipe(text_);
                characters_ = 0;
                return verdict;
            }
            break;
        case WedgeKeyKind::other:
            break;
    }
    // Typing: a short line before Enter, or a key no scanner sends.
    auto more = release_held();
    verdict.replay.insert(verdict.replay.end(), more.begin(), more.end());
    verdict.current = WedgeDisposition::deliver;
    return verdict;
}

std::optional<Timestamp> WedgeClassifier::deadline() const {
    if (held_.empty()) {
        return std::nullopt;
    }
    return last_ + settings_.max_gap;
}

std::vector<WedgeKeyId> WedgeClassifier::expire(Timestamp now) {
    if (held_.empty() || now - last_ < settings_.max_gap) {
        return {};
    }
    return release_held();
}

std::vector<WedgeKeyId> WedgeClassifier::flush() {
    return release_held();
}

}  // namespace kassa::drivers
