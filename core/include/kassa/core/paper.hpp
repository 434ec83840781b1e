#pragma once
// What goes on a roll of receipt paper, before any printer's bytes: text lines with their style, paper
// feeds, a Code 128 barcode, a 1-bit picture, the cut and the drawer's pulse. The till lays out a receipt,
// X or Z report as this (columns are spaces in the text, counted against the profile's characters per
// line); a driver turns it into a printer's language (drivers/escpos.hpp). Pure data: no code pages, no
// dots, no I/O, so the layout is tested without a printer and one document prints on any model.
//
// Threading: plain values; a document may be built on one thread and encoded on another once handed over.

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kassa {

enum class PaperAlign : std::uint8_t { left, center, right };

// Font A is the printer's ordinary font (12x24 dots on most 203 dpi models), B the small one (9x17).
enum class PaperFont : std::uint8_t { a, b };

struct TextStyle {
    PaperAlign align = PaperAlign::left;
    bool bold = false;
    bool double_width = false;
    bool double_height = false;
    PaperFont font = PaperFont::a;

    friend bool operator==(const TextStyle&, const TextStyle&) = default;
};

// One printed line of UTF-8 text. It holds no line break: a long line wraps at the printer.
struct TextLine {
    std::string text;
    TextStyle style;
};

// Blank paper: `lines` lines of the current font's height.
struct PaperFeed {
    int lines = 1;
};

// A Code 128 barcode of printable ASCII (code set B), e.g. a receipt number for returns.
struct PaperBarcode {
    std::string text;
    int height_dots = 80;   // bar height, 1..255 dots
    int module_dots = 2;    // width of the narrowest bar, 2..6 dots
    bool hri_below = true;  // the text in human-readable form under the bars
    PaperAlign align = PaperAlign::center;
};

// A 1-bit picture (a logo): rows from the top, each (width + 7) / 8 bytes, the leftmost dot in the highest
// bit, 1 = black. The unused low bits of a row's last byte are 0.
struct PaperImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> bits;
    PaperAlign align = PaperAlign::center;

    std::size_t row_bytes() const { return (static_cast<std::size_t>(width) + 7) / 8; }
    bool dot(int x, int y) const {
        const std::uint8_t byte =
            bits[static_cast<std::size_t>(y) * row_bytes() + static_cast<std::size_t>(x) / 8];
        return ((byte >> (7 - x % 8)) & 1u) != 0;
    }
};

enum class CutKind : std::uint8_t { full, partial };

// Feeds the last line past the cutter, then cuts.
struct PaperCut {
    CutKind kind = CutKind::partial;
};

// The cash drawer hangs on the printer's kick port: connector pin 2 or pin 5 drives its solenoid.
enum class DrawerPin : std::uint8_t { pin2, pin5 };

struct DrawerPulse {
    DrawerPin pin = DrawerPin::pin2;
};

using PaperBlock = std::variant<TextLine, PaperFeed, PaperBarcode, PaperImage, PaperCut, DrawerPulse>;

struct PaperDocument {
    std::vector<PaperBlock> blocks;

    PaperDocument& text(std::string line, TextStyle style = {}) {
        blocks.emplace_back(TextLine{std::move(line), style});
        return *this;
    }
    PaperDocument& feed(int lines) {
        blocks.emplace_back(PaperFeed{lines});
        return *this;
    }
    PaperDocument& barcode(PaperBarcode code) {
        blocks.emplace_back(std::move(code));
        return *this;
    }
    PaperDocument& image(PaperImage picture) {
        blocks.emplace_back(std::move(picture));
        return *this;
    }
    PaperDocument& cut(CutKind kind = CutKind::partial) {
        blocks.emplace_back(PaperCut{kind});
        return *this;
    }
    PaperDocument& pulse(DrawerPin pin = DrawerPin::pin2) {
        blocks.emplace_back(DrawerPulse{pin});
        return *this;
    }
};

}  // namespace kassa
