#pragma once
// VAT arithmetic of a receipt (docs/vat.md): shelf prices include VAT, so the VAT of a receipt is taken out
// of what the customer pays, rounded once per rate per receipt, and handed to the lines by the
// largest-remainder method so that the lines always add up to the receipt. Returns reverse it by cumulative
// shares, so a receipt returned in any number of parts reverses exactly the VAT it charged.
//
// Everything here is a pure function of plain vectors of small structs, so the store can feed it rows and
// persist what comes back. Threading: no state; call from any thread.

#include <cstdint>
#include <span>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "kassa/core/units.hpp"

namespace kassa {

struct QuotedLine;

// Input the VAT functions refuse: a rate out of range, a negative amount, more returned than sold, stored
// figures that contradict each other. The store checks its rows before they get here, so this is a bug.
class InvalidVatInput : public std::invalid_argument {
  public:
    using std::invalid_argument::invalid_argument;
};

// The VAT rate a product is sold at: a percentage in basis points (2400 = 24%, 2550 = 25.5%), or exempt.
// Zero-rated (0%) and exempt are both without VAT but are different lines of a VAT return, so they are two
// different rates here and never share a row of the VAT table.
class VatRate {
  public:
    static constexpr std::int64_t kMaxBp = BasisPoints::kWhole;

    // Zero-rated, so a default-made row is a valid rate; code that builds rows sets the real one.
    constexpr VatRate() = default;

    // Throws InvalidVatInput outside 0..10000 bp: no VAT rate is above 100%, so a larger figure is a slip
    // such as 24000 for 24%, and a negative one would make the VAT negative.
    static constexpr VatRate bp(std::int64_t value) {
        if (value < 0 || value > kMaxBp) {
            throw InvalidVatInput("a VAT rate must be 0 to 10000 basis points");
        }
        return VatRate(value, false);
    }
    static constexpr VatRate exempt() { return VatRate(0, true); }

    [[nodiscard]] constexpr bool is_exempt() const { return exempt_; }
    // The percentage; 0 for an exempt rate.
    [[nodiscard]] constexpr BasisPoints rate() const { return BasisPoints::bp(bp_); }

    constexpr bool operator==(const VatRate&) const = default;

  private:
    constexpr VatRate(std::int64_t value, bool exempt) : bp_(value), exempt_(exempt) {}
    std::int64_t bp_ = 0;
    bool exempt_ = false;
};

// The order of the rows of a VAT table: the highest rate first, zero-rated after the taxable rates, exempt
// last (the order receipts and VAT returns list them in).
bool vat_row_before(VatRate a, VatRate b);

// The VAT included in a tax-inclusive amount at a rate: round_half_up(gross x rate / (10000 + rate)); zero
// for a zero or exempt rate. Used once per rate per receipt, never per line. Throws InvalidVatInput for a
// negative amount.
Money vat_included(Money gross, VatRate rate);

// ---- a receipt's VAT table -------------------------------------------------------------------------------

// One receipt line: its rate and what the customer pays for it after every loyalty discount (promotions,
// customer discounts, coupons, stamp rewards, and points redeemed), tax included.
struct VatLine {
    VatRate rate;
    Money gross;
};

struct VatLineAmounts {
    VatRate rate;
    Money gross;  // tax included, as given
    Money vat;    // the line's share of its rate's VAT
    Money net;    // gross - vat
};

struct VatRateTotal {
    VatRate rate;
    Money gross;
    Money vat;
    Money net;
};

struct VatTable {
    std::vector<VatLineAmounts> lines;  // in the order of the input lines
    std::vector<VatRateTotal> rates;    // one row per rate present, in vat_row_before order
    Money gross;
    Money vat;
    Money net;
};

// The receipt's VAT: per rate, vat = vat_included(sum of the rate's line grosses); each line's VAT is that
// figure split over the rate's lines in proportion to their grosses (split_largest_remainder), so the lines
// sum exactly to the rate's VAT and no line's VAT is negative or above its gross. Throws InvalidVatInput for
// a negative gross.
VatTable vat_table(const std::vector<VatLine>& lines);

// The VAT lines of a quote: each line pays its net (after promotions, customer discounts, coupons and stamp
// rewards, which the quote already places on the lines) less its share of the points redeemed (which the
// quote also splits over the lines). Points paid are a price reduction by the shop, not a tender (see
// docs/vat.md), so they lower the taxable amount. `rates` holds each quoted line's rate, in the same order.
// Throws InvalidVatInput when the sizes differ.
std::vector<VatLine> vat_lines(const std::vector<QuotedLine>& lines, const std::vector<VatRate>& rates);

// ---- returns ---------------------------------------------------------------------------------------------

// One line of the original receipt as the store keeps it: its rate, quantity, gross and VAT from the sale's
// VAT table, and what earlier returns against it have already taken back.
struct VatReturnableLine {
    VatRate rate;
    Quantity sold;
    Money gross;
    Money vat;
    Quantity already_returned;
    Money already_returned_gross;
    Money already_reversed_vat;
};

struct VatReturnRequestLine {
    std::size_t line_index = 0;
    Quantity quantity;
};

struct VatReturnLine {
    std::size_t line_index = 0;
    VatRate rate;
    Quantity quantity;  // returned now
    Money gross;        // tax included, given back now
    Money vat;          // VAT reversed now
    Money net;          // gross - vat
};

struct VatReturn {
    std::vector<VatReturnLine> lines;  // one per returned line, in line order
    std::vector<VatRateTotal> rates;   // what this return reverses per rate, in vat_row_before order
    Money gross;
    Money vat;
    Money net;
};

// The VAT a return reverses, line by line, by cumulative amounts. With `after` = already_returned + this
// return: the gross returned so far is cumulative_share(gross, after, sold) (the figure compute_refund() pays
// back for the line), the VAT of what has been returned so far is cumulative_share(vat, that gross, gross),
// and this return takes each minus what earlier returns already took. Returning the last unit gives back
// exactly what is left, so any sequence of partial returns reverses exactly the line's VAT; and since the VAT
// follows the money, no return reverses more VAT than the money it gives back. A line asked for twice counts
// once with the sum. Throws InvalidVatInput when asked to return more than is left, for a quantity that is
// not above 0, an unknown line, or stored figures that earlier returns could not have produced.
VatReturn vat_return(const std::vector<VatReturnableLine>& lines,
                     const std::vector<VatReturnRequestLine>& request);

// ---- country presets -------------------------------------------------------------------------------------

enum class VatRateKind { standard, reduced, zero };

struct VatPresetRate {
    VatRate rate;
    VatRateKind kind = VatRateKind::standard;
    std::string_view applies_to;  // in English, for the owner choosing the shop's rates
};

// The VAT rates in force in a country, as data the shop's settings start from. The owner can change them;
// the figures and their sources are in docs/vat.md.
struct VatCountryPreset {
    std::string_view country;  // ISO 3166-1 alpha-2
    std::string_view name;     // in English
    std::span<const VatPresetRate> rates;
};

std::span<const VatCountryPreset> vat_presets();
// The preset of a country by its ISO code (upper case, "EE"); nullptr when there is none.
const VatCountryPreset* vat_preset(std::string_view country);

}  // namespace kassa
