#include "kassa/sys/system_clock.hpp"

#include <chrono>

namespace kassa::sys {

Instant SystemClock::now() const {
    const auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
    return Instant{std::chrono::duration_cast<std::chrono::seconds>(since_epoch).count()};
}

}  // namespace kassa::sys
