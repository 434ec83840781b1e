#include "kassa/core/vat.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "kassa/core/quote.hpp"

namespace kassa {

bool vat_row_before(VatRate a, VatRate b) {
    if (a.is_exempt() != b.is_exempt()) {
        return !a.is_exempt();
    }
    return a.rate() > b.rate();
}

Money vat_included(Money gross, VatRate rate) {
    if (gross < Money::zero()) {
        throw InvalidVatInput(
            "VAT is taken from an amount of 0 or more; returns are reversed with vat_return");
    }
    const std::int64_t r = rate.rate().value();
    if (rate.is_exempt() || r == 0) {
        return Money::zero();
    }
    // The price includes the tax: gross = net x (1 + r), so the tax is gross x r / (1 + r), in basis points.
    return Money::minor(div_round_half_up(Int128{gross.minor_units()} * r, Int128{BasisPoints::kWhole} + r));
}

namespace {

// The distinct rates of some lines, in the order of the table's rows.
template <typename Line>
std::vector<VatRate> rows_of(const std::vector<Line>& lines) {
    std::vector<VatRate> rates;
    for (const auto& l : lines) {
        if (std::find(rates.begin(), rates.end(), l.rate) == rates.end()) {
            rates.push_back(l.rate);
        }
    }
    std::sort(rates.begin(), rates.end(), vat_row_before);
    return rates;
}

// Per-rate sums of lines that already carry their gross and VAT (a return's lines).
template <typename Line>
std::vector<VatRateTotal> totals_by_rate(const std::vector<Line>& lines) {
    std::vector<VatRateTotal> rows;
    for (const VatRate rate : rows_of(lines)) {
        VatRateTotal row{rate, Money::zero(), Money::zero(), Money::zero()};
        for (const auto& l : lines) {
            if (l.rate == rate) {
                row.gross += l.gross;
                row.vat += l.vat;
            }
        }
        row.net = row.gross - row.vat;
        rows.push_back(row);
    }
    return rows;
}

}  // namespace

VatTable vat_table(const std::vector<VatLine>& lines) {
    VatTable table;
    table.lines.reserve(lines.size());
    for (const auto& l : lines) {
        if (l.gross < Money::zero()) {
            throw InvalidVatInput("a receipt line's gross must be 0 or more");
        }
        table.lines.push_back(VatLineAmounts{l.rate, l.gross, Money::zero(), l.gross});
    }
    for (const VatRate rate : rows_of(lines)) {
        VatRateTotal row{rate, Money::zero(), Money::zero(), Money::zero()};
        std::vector<std::size_t> members;
        std::vector<std::int64_t> weights;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (lines[i].rate == rate) {
                members.push_back(i);
                weights.push_back(lines[i].gross.minor_units());
                row.gross += lines[i].gross;
            }
        }
        // Rounded once for the rate on the whole receipt: rounding each line would put up to half a cent per
        // line between the receipt's VAT and the tax on its total.
        row.vat = vat_included(row.gross, rate);
        row.net = row.gross - row.vat;
        // The lines' shares by their grosses; each share is at most its line's gross because the rate's VAT
        // is below the rate's gross.
        const auto shares = split_largest_remainder(row.vat.minor_units(), weights);
        for (std::size_t k = 0; k < members.size(); ++k) {
            VatLineAmounts& line = table.lines[members[k]];
            line.vat = Money::minor(shares[k]);
            line.net = line.gross - line.vat;
        }
        table.gross += row.gross;
        table.vat += row.vat;
        table.net += row.net;
        table.rates.push_back(row);
    }
    return table;
}

std::vector<VatLine> vat_lines(const std::vector<QuotedLine>& lines, const std::vector<VatRate>& rates) {
    if (lines.size() != rates.size()) {
        throw InvalidVatInput("one VAT rate is needed for each quoted line");
    }
    std::vector<VatLine> out;
    out.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        // Discounts of every step are already in the net; the points redeemed are the line's own share of the
        // redemption (loyalty.md step 4), so nothing is split again here.
        out.push_back(VatLine{rates[i], lines[i].net - lines[i].redeemed});
    }
    return out;
}

VatReturn vat_return(const std::vector<VatReturnableLine>& lines,
                     const std::vector<VatReturnRequestLine>& request) {
    std::vector<std::int64_t> asked(lines.size(), 0);
    for (const auto& r : request) {
        if (r.line_index >= lines.size()) {
            throw InvalidVatInput("the receipt has no line " + std::to_string(r.line_index + 1));
        }
        if (r.quantity.thousandths() <= 0) {
            throw InvalidVatInput("a returned quantity must be above 0");
        }
        asked[r.line_index] += r.quantity.thousandths();
    }
    VatReturn out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (asked[i] == 0) {
            continue;
        }
        const VatReturnableLine& line = lines[i];
        const std::string name = "line " + std::to_string(i + 1);
        const std::int64_t sold = line.sold.thousandths();
        const std::int64_t before = line.already_returned.thousandths();
        const std::int64_t after = before + asked[i];
        if (sold <= 0 || before < 0 || line.gross < Money::zero() || line.vat < Money::zero() ||
            line.vat > line.gross) {
            throw InvalidVatInput(name + ": the sale's figures are not a VAT table's line");
        }
        if (after > sold) {
            throw InvalidVatInput(name + ": more returned than was sold");
        }
        // The VAT follows the money given back (not the quantity on its own), so a return's VAT is never
        // more than its gross: both are rounded, and rounding them apart could give a cent of VAT on a part
        // that gives back no money.
        const auto gross_upto = [&](std::int64_t returned) {
            return cumulative_share(line.gross.minor_units(), returned, sold);
        };
        const auto vat_upto = [&](std::int64_t returned_gross) {
            return line.gross.is_zero()
                       ? 0
                       : cumulative_share(line.vat.minor_units(), returned_gross, line.gross.minor_units());
        };
        // What earlier returns took must be exactly their cumulative shares, or this return would reverse a
        // different amount than the sale charged.
        if (line.already_returned_gross.minor_units() != gross_upto(before) ||
            line.already_reversed_vat.minor_units() != vat_upto(line.already_returned_gross.minor_units())) {
            throw InvalidVatInput(name + ": earlier returns do not match the quantity already returned");
        }
        const std::int64_t gross_after = gross_upto(after);
        VatReturnLine r;
        r.line_index = i;
        r.rate = line.rate;
        r.quantity = Quantity::thousandths(asked[i]);
        r.gross = Money::minor(gross_after) - line.already_returned_gross;
        r.vat = Money::minor(vat_upto(gross_after)) - line.already_reversed_vat;
        r.net = r.gross - r.vat;
        out.gross += r.gross;
        out.vat += r.vat;
        out.net += r.net;
        out.lines.push_back(r);
    }
    out.rates = totals_by_rate(out.lines);
    return out;
}

// ---- presets ---------------------------------------------------------------------------------------------
// Rates in force in December 2026; docs/vat.md names the source of each figure and what could not be
// confirmed from an official page.

namespace {

constexpr std::array kEstonia{
    VatPresetRate{VatRate::bp(2400), VatRateKind::standard,
                  "most goods and services (22% until 30 June 2025)"},
    VatPresetRate{VatRate::bp(1300), VatRateKind::reduced, "accommodation (9% until 2024)"},
    VatPresetRate{VatRate::bp(900), VatRateKind::reduced,
                  "books and educational literature, medicines and medical devices, press publications"},
    VatPresetRate{VatRate::bp(0), VatRateKind::zero, "exports and intra-EU supplies of goods"},
};
constexpr std::array kLatvia{
    VatPresetRate{VatRate::bp(2100), VatRateKind::standard, "most goods and services"},
    VatPresetRate{VatRate::bp(1200), VatRateKind::reduced,
                  "medicines and medical devices, infant food, fresh fruit, berries and vegetables, "
                  "accommodation, domestic passenger transport; bread, fresh milk, fresh poultry and eggs "
                  "from 1 July 2026 for one year"},
    VatPresetRate{VatRate::bp(500), VatRateKind::reduced, "books and periodicals"},
};
constexpr std::array kLithuania{
    VatPresetRate{VatRate::bp(2100), VatRateKind::standard, "most goods and services"},
    VatPresetRate{VatRate::bp(1200), VatRateKind::reduced,
                  "accommodation, passenger transport on regular routes, admission to cultural events "
                  "(9% until 2025)"},
    VatPresetRate{VatRate::bp(500), VatRateKind::reduced,
                  "medicines and medical devices, books, newspapers and periodicals"},
};
constexpr std::array kFinland{
    VatPresetRate{VatRate::bp(2550), VatRateKind::standard,
                  "most goods and services (24% until 31 August 2024)"},
    VatPresetRate{VatRate::bp(1350), VatRateKind::reduced,
                  "food, restaurant and catering, medicines, books, accommodation, passenger transport, "
                  "cultural and sports admission (14% until 2025)"},
    VatPresetRate{VatRate::bp(1000), VatRateKind::reduced, "newspapers and magazines"},
};
constexpr std::array kGermany{
    VatPresetRate{VatRate::bp(1900), VatRateKind::standard, "most goods and services"},
    VatPresetRate{VatRate::bp(700), VatRateKind::reduced,
                  "food (not drinks), books, newspapers and magazines, and the other supplies of annex 2 to "
                  "section 12 UStG"},
};
constexpr std::array kRussia{
    VatPresetRate{VatRate::bp(2200), VatRateKind::standard, "most goods and services (20% until 2025)"},
    VatPresetRate{VatRate::bp(1000), VatRateKind::reduced,
                  "listed food, children's goods, medicines and medical devices, books and periodicals"},
    VatPresetRate{VatRate::bp(0), VatRateKind::zero, "exports"},
};

constexpr std::array kPresets{
    VatCountryPreset{"EE", "Estonia", kEstonia},     VatCountryPreset{"LV", "Latvia", kLatvia},
    VatCountryPreset{"LT", "Lithuania", kLithuania}, VatCountryPreset{"FI", "Finland", kFinland},
    VatCountryPreset{"DE", "Germany", kGermany},     VatCountryPreset{"RU", "Russia", kRussia},
};

}  // namespace

std::span<const VatCountryPreset> vat_presets() {
    return kPresets;
}

const VatCountryPreset* vat_preset(std::string_view country) {
    for (const auto& p : kPresets) {
        if (p.country == country) {
            return &p;
        }
    }
    return nullptr;
}

}  // namespace kassa
