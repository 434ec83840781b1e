#pragma once
// Overwrites buffers that held card data before they are freed or reused, so a bank card's digits do not
// linger in a heap a crash dump might capture. Volatile writes: the compiler may not drop them as dead
// stores.

#include <cstdint>
#include <string>
#include <vector>

namespace kassa::drivers::detail {

inline void wipe(std::string& s) {
    volatile char* p = s.data();
    for (std::size_t i = 0; i < s.size(); ++i) {
        p[i] = 0;
    }
    s.clear();
}

inline void wipe(std::vector<std::uint8_t>& v) {
    volatile std::uint8_t* p = v.data();
    for (std::size_t i = 0; i < v.size(); ++i) {
        p[i] = 0;
    }
    v.clear();
}

// Wipes a string when it goes out of scope, whichever way the scope is left.
class WipeOnExit {
  public:
    explicit WipeOnExit(std::string& s) : s_(s) {}
    ~WipeOnExit() { wipe(s_); }
    WipeOnExit(const WipeOnExit&) = delete;
    WipeOnExit& operator=(const WipeOnExit&) = delete;

  private:
    std::string& s_;
};

}  // namespace kassa::drivers::detail
