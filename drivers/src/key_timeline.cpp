#include "kassa/drivers/key_timeline.hpp"

namespace kassa::drivers {

Timestamp KeyTimeline::typed_at(std::uint64_t stamp_ms, Timestamp filtered_at) {
    if (stamp_ms == 0) {
        lag_ = {};
        return filtered_at;
    }
    const auto stamp = std::chrono::milliseconds(static_cast<std::int64_t>(stamp_ms));
    const auto offset = filtered_at.time_since_epoch() - std::chrono::steady_clock::duration(stamp);
    if (!offset_ || offset < *offset_ || offset - *offset_ > kMaxLag) {
        offset_ = offset;  // handled sooner than any key before, or the stamps jumped: start from this key
    }
    const Timestamp typed{std::chrono::steady_clock::duration(stamp) + *offset_};
    lag_ = filtered_at - typed;
    return typed;
}

}  // namespace kassa::drivers
