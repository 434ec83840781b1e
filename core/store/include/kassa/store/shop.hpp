#pragma once
// The shop's settings (name, zone, phone country, language, receipt header, printer).
// Reached through Store (store.hpp) over the shop file's one connection.

#include <string>
#include <vector>
#include "kassa/core/time.hpp"
#include "kassa/core/units.hpp"

#include "kassa/store/store.hpp"

namespace kassa::store {

struct ShopSettings {
    std::string name = "Kassa demo shop";
    std::string currency = "EUR";
    std::string time_zone = "Europe/Tallinn";
    std::string phone_country = "EE";  // ISO 3166 region for phone numbers typed without +
    std::string language = "en";
    std::string receipt_header;
    // Cash put in or taken out of the drawer above this needs the owner's PIN (minor units; 0: always).
    Money cash_movement_limit = Money::minor(5000);
    // The receipt printer (docs/printing.md): tcp://HOST[:PORT] or usb:VID:PID; empty: no receipt printer
    // (the receipt preview prints through the desktop's printer dialog). The profile names the model's code
    // pages and paper; the logo is a PNG printed at the top; the drawer hangs on kick-port pin 2 or 5.
    std::string printer_url;
    std::string printer_profile = "generic_80";
    std::string receipt_logo;
    std::string drawer_pin = "2";
    // A till that joined a central database syncs in the background every this many seconds, and at once
    // after a sale (docs/sync.md, "Background sync in the till").
    int sync_interval_seconds = 5;
};

constexpr int kSyncIntervalMinSeconds = 1;
constexpr int kSyncIntervalMaxSeconds = 3600;

// What is wrong with shop settings the owner typed; the screen says it in the owner's language.
struct SettingsIssue {
    enum class Problem {
        name_empty,               // the shop needs a name for the receipt
        time_zone_unknown,        // value: the zone typed; this computer has no such zone
        phone_country_unknown,    // value: the region typed; libphonenumber does not know it
        language_unknown,         // value: not en, ru or et
        receipt_header_too_long,  // value: the longest line; an 80 mm receipt prints 42 characters a line
        cash_limit_invalid,       // value: the amount in minor units; below zero or above any drawer
        printer_url_unusable,     // value: the address; neither tcp://HOST[:PORT] nor usb:VID:PID
        currency_unknown,         // value: the code; not an ISO 4217 currency (kassactl db init --currency)
        sync_interval_invalid  // value: the seconds; outside kSyncIntervalMinSeconds..kSyncIntervalMaxSeconds
    };
    Problem problem;
    std::string value;
};

// Store::save_settings refuses settings with a printer address no printer port reads: kept in the file, the
// till would queue every receipt for a printer it can never reach. (The other issues are the screens' to
// show before saving: refusing them here would also stop, say, a change of printer on a computer that lacks
// the shop's time zone.) what() is English for logs; screens and kassactl word issues() themselves.
class SettingsError : public StoreError {
  public:
    explicit SettingsError(std::vector<SettingsIssue> issues);
    [[nodiscard]] const std::vector<SettingsIssue>& issues() const { return issues_; }

  private:
    std::vector<SettingsIssue> issues_;
};
constexpr int kReceiptHeaderLineWidth = 42;
constexpr int kReceiptHeaderMaxLines = 4;
// Empty when the settings can be saved. The currency is checked for being one (a new shop's is chosen with
// kassactl db init); which one belongs to the rules document, and the settings screen keeps it as it is.
std::vector<SettingsIssue> check_settings(const ShopSettings& settings);
// A printer address a printer port reads (parse_printer_url), or none at all.
bool printer_url_usable(const std::string& url);

// Threading: like the Store it works on, one thread at a time.
class ShopConfig {
  public:
    explicit ShopConfig(Store& store) : store_(store) {}

    ShopSettings settings();
    // Throws SettingsError (printer_url_unusable) for a printer address no port reads.
    void save_settings(const ShopSettings& settings);
    // The same, audited as `settings_changed` by `actor` with `details` in the same transaction: the owner's
    // change is saved and audited together or not at all.
    void save_settings(const ShopSettings& settings, const Actor& actor, const std::string& details,
                       Instant at);

  private:
    Store& store_;
};

}  // namespace kassa::store
