#pragma once
#include "kassa/core/time.hpp"

namespace kassa::sys {

// The real wall clock. Thread-safe: it keeps no state.
class SystemClock final : public Clock {
  public:
    [[nodiscard]] Instant now() const override;
};

}  // namespace kassa::sys
