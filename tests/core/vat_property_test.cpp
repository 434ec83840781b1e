// Property tests of the VAT arithmetic: random receipts over random mixes of rates (zero-rated, exempt, free
// lines, weighed lines, very large amounts), each returned in a random sequence of partial returns. Seeds are
// fixed so a failure reproduces; the CAPTUREd indices name the receipt and the return.
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <random>
#include <vector>

#include "kassa/core/vat.hpp"

using namespace kassa;

namespace {

class Rng {
  public:
    explicit Rng(std::uint64_t seed) : engine_(seed) {}

    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(engine_() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool chance(std::int64_t percent) { return between(0, 99) < percent; }

  private:
    std::mt19937_64 engine_;
};

// Every rate of the presets, the extremes, and exempt.
const std::vector<VatRate> kRates{
    VatRate::bp(2550), VatRate::bp(2400),  VatRate::bp(2200), VatRate::bp(2100),
    VatRate::bp(1900), VatRate::bp(1350),  VatRate::bp(1300), VatRate::bp(1200),
    VatRate::bp(1000), VatRate::bp(900),   VatRate::bp(700),  VatRate::bp(500),
    VatRate::bp(1),    VatRate::bp(10000), VatRate::bp(0),    VatRate::exempt()};

VatRate random_rate(Rng& rng, const std::vector<VatRate>& shop) {
    return shop[static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(shop.size()) - 1))];
}

std::int64_t random_gross(Rng& rng) {
    const auto kind = rng.between(0, 99);
    if (kind < 5) {
        return 0;  // a gift line, or one paid entirely with points
    }
    if (kind < 25) {
        return rng.between(1, 99);  // cents: where rounding is most of the figure
    }
    if (kind < 97) {
        return rng.between(100, 500'000);
    }
    return rng.between(1, 1'000'000'000'000);  // up to ten billion euros: the 128-bit products
}

struct Receipt {
    std::vector<VatLine> lines;
    std::vector<std::int64_t> sold;  // thousandths
};

Receipt random_receipt(Rng& rng) {
    // A shop uses a few rates; a receipt draws its lines from them, so rates hold one or several lines.
    std::vector<VatRate> shop;
    const auto rate_count = rng.between(1, 4);
    for (std::int64_t k = 0; k < rate_count; ++k) {
        shop.push_back(
            kRates[static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(kRates.size()) - 1))]);
    }
    Receipt r;
    const auto count = rng.between(1, 15);
    for (std::int64_t k = 0; k < count; ++k) {
        r.lines.push_back(VatLine{random_rate(rng, shop), Money::minor(random_gross(rng))});
        // Whole pieces mostly, sometimes a weighed quantity in grams.
        r.sold.push_back(rng.chance(75) ? rng.between(1, 6) * 1000 : rng.between(1, 5000));
    }
    return r;
}

void check_table(const std::vector<VatLine>& lines, const VatTable& t) {
    REQUIRE(t.lines.size() == lines.size());
    std::map<std::pair<bool, std::int64_t>, std::pair<std::int64_t, std::int64_t>> by_rate;  // gross, vat
    Money gross;
    Money vat;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        CAPTURE(i);
        const auto& l = t.lines[i];
        CHECK(l.rate == lines[i].rate);
        CHECK(l.gross == lines[i].gross);
        CHECK(l.vat >= Money::zero());
        CHECK(l.vat <= l.gross);
        CHECK(l.net == l.gross - l.vat);
        if (l.rate.is_exempt() || l.rate.rate().value() == 0) {
            CHECK(l.vat.is_zero());
        }
        auto& sums = by_rate[{l.rate.is_exempt(), l.rate.rate().value()}];
        sums.first += l.gross.minor_units();
        sums.second += l.vat.minor_units();
        gross += l.gross;
        vat += l.vat;
    }
    REQUIRE(t.rates.size() == by_rate.size());
    for (std::size_t k = 0; k < t.rates.size(); ++k) {
        CAPTURE(k);
        const auto& row = t.rates[k];
        if (k > 0) {
            CHECK(vat_row_before(t.rates[k - 1].rate, row.rate));
        }
        const auto& sums = by_rate[{row.rate.is_exempt(), row.rate.rate().value()}];
        // The lines' VAT equals the rate's, which is the VAT of the rate's total, rounded once.
        CHECK(row.gross.minor_units() == sums.first);
        CHECK(row.vat.minor_units() == sums.second);
        CHECK(row.vat == vat_included(row.gross, row.rate));
        CHECK(row.vat >= Money::zero());
        CHECK(row.vat <= row.gross);
        CHECK(row.net == row.gross - row.vat);
        // Each line's share is within a cent of its exact share of the rate's VAT (largest remainder).
        for (const auto& l : t.lines) {
            if (l.rate == row.rate && row.gross.minor_units() > 0) {
                const Int128 exact_times_gross = Int128{row.vat.minor_units()} * l.gross.minor_units();
                const Int128 share_times_gross = Int128{l.vat.minor_units()} * row.gross.minor_units();
                const Int128 diff = share_times_gross - exact_times_gross;
                CHECK(diff < Int128{row.gross.minor_units()});
                CHECK(diff > -Int128{row.gross.minor_units()});
            }
        }
    }
    CHECK(t.gross == gross);
    CHECK(t.vat == vat);
    CHECK(t.net == gross - vat);
}

}  // namespace

TEST_CASE("VAT tables: lines sum to their rate, never negative, never above the gross",
          "[core][vat][property]") {
    Rng rng(20261207);
    for (int receipt = 0; receipt < 3000; ++receipt) {
        CAPTURE(receipt);
        const Receipt r = random_receipt(rng);
        check_table(r.lines, vat_table(r.lines));
    }
}

TEST_CASE("VAT of returns: any sequence of partial returns reverses exactly the sale's VAT",
          "[core][vat][property]") {
    Rng rng(20261208);
    int partial_returns = 0;
    int lines_returned_in_parts = 0;
    for (int receipt = 0; receipt < 1500; ++receipt) {
        CAPTURE(receipt);
        const Receipt r = random_receipt(rng);
        const VatTable sale = vat_table(r.lines);
        std::vector<VatReturnableLine> kept;
        for (std::size_t i = 0; i < r.lines.size(); ++i) {
            kept.push_back(VatReturnableLine{r.lines[i].rate, Quantity::thousandths(r.sold[i]),
                                             sale.lines[i].gross, sale.lines[i].vat, Quantity{},
                                             Money::zero(), Money::zero()});
        }
        std::vector<int> parts(r.lines.size(), 0);
        std::map<std::pair<bool, std::int64_t>, std::int64_t> reversed_by_rate;
        for (int step = 0;; ++step) {
            CAPTURE(step);
            std::vector<VatReturnRequestLine> request;
            for (std::size_t i = 0; i < kept.size(); ++i) {
                const std::int64_t left = kept[i].sold.thousandths() - kept[i].already_returned.thousandths();
                if (left == 0 || rng.chance(40)) {
                    continue;
                }
                // Sometimes a unit, sometimes a gram, sometimes all that is left.
                const std::int64_t qty = rng.chance(30)   ? left
                                         : rng.chance(50) ? std::min<std::int64_t>(left, 1000)
                                                          : rng.between(1, left);
                request.push_back(VatReturnRequestLine{i, Quantity::thousandths(qty)});
            }
            if (request.empty()) {
                bool done = true;
                for (const auto& l : kept) {
                    done = done && l.already_returned == l.sold;
                }
                if (done) {
                    break;
                }
                continue;
            }
            const VatReturn back = vat_return(kept, request);
            ++partial_returns;
            Money gross;
            Money vat;
            for (const auto& l : back.lines) {
                CAPTURE(l.line_index);
                CHECK(l.vat >= Money::zero());
                CHECK(l.gross >= Money::zero());
                CHECK(l.vat <=
                      l.gross);  // the VAT follows the money: a part never reverses more than it pays
                CHECK(l.net == l.gross - l.vat);
                auto& line = kept[l.line_index];
                line.already_returned =
                    Quantity::thousandths(line.already_returned.thousandths() + l.quantity.thousandths());
                line.already_returned_gross += l.gross;
                line.already_reversed_vat += l.vat;
                // Never overdrawn on the way.
                CHECK(line.already_returned_gross <= line.gross);
                CHECK(line.already_reversed_vat <= line.vat);
                ++parts[l.line_index];
                gross += l.gross;
                vat += l.vat;
                reversed_by_rate[{l.rate.is_exempt(), l.rate.rate().value()}] += l.vat.minor_units();
            }
            CHECK(back.gross == gross);
            CHECK(back.vat == vat);
            Money rows_vat;
            for (const auto& row : back.rates) {
                rows_vat += row.vat;
                CHECK(row.net == row.gross - row.vat);
            }
            CHECK(rows_vat == vat);
        }
        // Everything is back: each line and each rate reversed exactly what the sale charged.
        for (std::size_t i = 0; i < kept.size(); ++i) {
            CAPTURE(i);
            CHECK(kept[i].already_returned_gross == sale.lines[i].gross);
            CHECK(kept[i].already_reversed_vat == sale.lines[i].vat);
            lines_returned_in_parts += parts[i] > 1 ? 1 : 0;
        }
        for (const auto& row : sale.rates) {
            CHECK(reversed_by_rate[{row.rate.is_exempt(), row.rate.rate().value()}] == row.vat.minor_units());
        }
    }
    // The generator must return lines in several parts, or the cumulative rule is checked on trivia.
    INFO("returns " << partial_returns << ", lines returned in parts " << lines_returned_in_parts);
    CHECK(partial_returns > 3000);
    CHECK(lines_returned_in_parts > 3000);
}
