#include "kassa/core/segments.hpp"

#include <algorithm>

namespace kassa {

namespace {
constexpr std::int64_t kDay = 86400;
}

const std::vector<std::string>& computed_segment_names() {
    static const std::vector<std::string> names{"dormant", "new", "periodic", "regular", "vip"};
    return names;
}

std::vector<std::string> compute_segments(const SegmentFacts& f, const SegmentSettings& s, Instant now,
                                          std::optional<Money> vip_threshold) {
    std::vector<std::string> out;
    const bool is_new = now.unix_seconds - f.enrolled_at.unix_seconds < std::int64_t{s.new_days} * kDay;
    const bool bought = f.last_purchase_at.has_value();
    const bool dormant = bought && now.unix_seconds - f.last_purchase_at->unix_seconds >= std::int64_t{s.dormant_days} * kDay;
    const bool regular = !dormant && f.purchases_in_regular_window >= s.regular_min_purchases;
    // Periodic: comes back now and then (two or more purchases this year) without being a regular.
    const bool periodic = !dormant && !regular && f.purchases_in_year >= 2;
    const bool vip = vip_threshold && f.spend_in_year.minor_units() > 0 && f.spend_in_year >= *vip_threshold;
    if (dormant) {
        out.emplace_back("dormant");
    }
    if (is_new) {
        out.emplace_back("new");
    }
    if (periodic) {
        out.emplace_back("periodic");
    }
    if (regular) {
        out.emplace_back("regular");
    }
    if (vip) {
        out.emplace_back("vip");
    }
    return out;
}

std::optional<Money> vip_threshold(std::vector<Money> spends, const SegmentSettings& settings) {
    std::erase_if(spends, [](Money m) { return m.minor_units() <= 0; });
    if (spends.empty()) {
        return std::nullopt;
    }
    std::sort(spends.begin(), spends.end(), std::greater<>());
    // The top share rounded up, so a shop with few buyers still has a VIP.
    const auto n = static_cast<std::int64_t>(spends.size());
    const std::int64_t top = std::max<std::int64_t>(1, (n * settings.vip_share_bp + 9999) / 10000);
    return spends[static_cast<std::size_t>(top - 1)];
}

}  // namespace kassa
