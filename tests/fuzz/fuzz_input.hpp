#pragma once
// Cutting a fuzzer's bytes into the pieces a parser is fed. Every target runs its real parser on them; a
// documented exception is caught where the target says so and anything else escapes, so libFuzzer reports
// it (an uncaught exception aborts) along with crashes and sanitizer findings.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace kassa::fuzz {

// Reads the input front to back; past the end every read gives zero or an empty span, so a target never
// needs to check lengths itself.
class InputReader {
  public:
    InputReader(const std::uint8_t* data, std::size_t size) : bytes_(data, size) {}

    [[nodiscard]] bool empty() const { return bytes_.empty(); }

    std::uint8_t byte() {
        if (bytes_.empty()) {
            return 0;
        }
        const std::uint8_t b = bytes_.front();
        bytes_ = bytes_.subspan(1);
        return b;
    }

    // Up to `n` bytes (fewer at the end of the input).
    std::span<const std::uint8_t> take(std::size_t n) {
        const std::size_t k = n < bytes_.size() ? n : bytes_.size();
        const auto piece = bytes_.first(k);
        bytes_ = bytes_.subspan(k);
        return piece;
    }

  private:
    std::span<const std::uint8_t> bytes_;
};

inline std::string as_text(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace kassa::fuzz
