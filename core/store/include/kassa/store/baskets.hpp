#pragma once
// The basket on the screen (so a kill -9 mid-sale loses nothing) and baskets put aside.
// Reached through Store (store.hpp) over the shop file's one connection.

#include <optional>
#include <string>
#include <vector>
#include "kassa/core/time.hpp"

#include "kassa/store/store.hpp"

namespace kassa::store {

// ---- a basket put aside at the till ----
struct HeldBasket {
    std::string id;
    std::string label;
    std::string cashier_id;
    Instant held_at;
    std::string document;  // opaque JSON text made by the till
};

// Threading: like the Store it works on, one thread at a time.
class Baskets {
  public:
    explicit Baskets(Store& store) : store_(store) {}

    // ---- the basket on the screen, so a kill -9 or a power cut mid-sale loses nothing, and held baskets
    // ---- The document is opaque JSON text made by the till; one open basket per till id; saving replaces
    // it.
    void save_open_basket(const std::string& till_id, const std::string& document, Instant at);
    std::optional<std::string> open_basket(const std::string& till_id);
    void clear_open_basket(const std::string& till_id);
    std::string hold_basket(const std::string& label, const CashierId& cashier_id,
                            const std::string& document, Instant at);
    std::vector<HeldBasket> held_baskets();  // oldest first
    // Removes and returns it; nullopt when another till took it already.
    std::optional<HeldBasket> take_held_basket(const std::string& id);

  private:
    Store& store_;
};

}  // namespace kassa::store
