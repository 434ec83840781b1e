// ESC/POS bytes of small documents, written out by hand from the command reference: initialise, style
// changes sent only when they change, Code 128, picture bands, cut, drawer pulse, code pages chosen per run
// of text, the picture fallback for characters no code page has, and the logo's size and tone.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "kassa/core/paper.hpp"
#include "kassa/drivers/escpos.hpp"
#include "temp_dir.hpp"

using namespace kassa;
using namespace kassa::drivers;

namespace {

using Bytes = std::vector<std::uint8_t>;

const PrinterProfile& profile(const char* name) {
    const PrinterProfile* p = profile_by_name(name);
    REQUIRE(p != nullptr);
    return *p;
}

Bytes encode(const PaperDocument& doc, const char* name = "epson_tm_t20") {
    return encode_escpos(doc, profile(name));
}

Bytes bytes(std::initializer_list<int> list) {
    Bytes out;
    for (const int b : list) {
        out.push_back(static_cast<std::uint8_t>(b));
    }
    return out;
}

Bytes ascii(const std::string& s) {
    return Bytes(s.begin(), s.end());
}

Bytes operator+(Bytes a, const Bytes& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

const Bytes kInit = bytes({0x1B, 0x40});

}  // namespace

TEST_CASE("the built-in profiles carry each maker's ESC t numbers", "[drivers][escpos]") {
    const auto number = [](const PrinterProfile& p, CodePage page) {
        for (const CodePageNumber& n : p.code_pages) {
            if (n.page == page) {
                return static_cast<int>(n.escpos_number);
            }
        }
        return -1;
    };
    const PrinterProfile& epson = profile("epson_tm_t20");
    CHECK(epson.dots_per_line == 576);
    CHECK(epson.chars_font_a == 48);
    CHECK(epson.chars_font_b == 64);
    CHECK(number(epson, CodePage::cp437) == 0);
    CHECK(number(epson, CodePage::wpc1252) == 16);
    CHECK(number(epson, CodePage::cp866) == 17);
    CHECK(number(epson, CodePage::cp858) == 19);
    CHECK(number(epson, CodePage::wpc1251) == 46);
    CHECK(number(epson, CodePage::wpc1257) == 51);
    const PrinterProfile& xprinter = profile("xprinter_80");
    CHECK(number(xprinter, CodePage::wpc1257) == 25);
    CHECK(number(xprinter, CodePage::wpc1251) == 73);
    const PrinterProfile& small = profile("generic_58");
    CHECK(small.paper_mm == 58);
    CHECK(small.dots_per_line == 384);
    CHECK(small.chars_font_a == 32);
    CHECK(small.chars_font_b == 42);
    CHECK_FALSE(small.has_cutter);
    CHECK(number(small, CodePage::wpc1257) == -1);
    CHECK(profile_by_name("tm_t20") == nullptr);
    CHECK(builtin_printer_profiles().size() == 4);
    CHECK(code_page_name(CodePage::wpc1257) == "wpc1257");
}

TEST_CASE("a plain line is ESC @, the text and LF", "[drivers][escpos]") {
    PaperDocument doc;
    doc.text("Tere 1.20");
    CHECK(encode(doc) == kInit + ascii("Tere 1.20\n"));
}

TEST_CASE("alignment, bold, size and font are sent only when they change", "[drivers][escpos]") {
    PaperDocument doc;
    const TextStyle title{PaperAlign::center, true, true, true, PaperFont::a};
    doc.text("KASSA", title)
        .text("OU", title)
        .text("small", TextStyle{PaperAlign::right, false, false, false, PaperFont::b});
    const Bytes expected =
        kInit + bytes({0x1B, 0x61, 1, 0x1B, 0x45, 1, 0x1D, 0x21, 0x11}) + ascii("KASSA\n") + ascii("OU\n") +
        bytes({0x1B, 0x61, 2, 0x1B, 0x45, 0, 0x1D, 0x21, 0x00, 0x1B, 0x4D, 1}) + ascii("small\n");
    CHECK(encode(doc) == expected);
    PaperDocument wide;
    wide.text("W", TextStyle{PaperAlign::left, false, true, false, PaperFont::a});
    CHECK(encode(wide) == kInit + bytes({0x1D, 0x21, 0x10}) + ascii("W\n"));
}

TEST_CASE("control codes in text are printed as spaces, never sent as commands", "[drivers][escpos]") {
    PaperDocument doc;
    // ESC, tab and the C1 control NEL (U+0085, C2 85 in UTF-8).
    doc.text(std::string("a\x1B@b\tc\xC2\x85") + "d");
    CHECK(encode(doc) == kInit + ascii("a @b c d\n"));
}

TEST_CASE("ill-formed UTF-8 prints as a picture of the line instead of vanishing", "[drivers][escpos]") {
    PaperDocument doc;
    doc.text("Hind: õ").text(std::string("a\xFF"));
    const Bytes out = encode(doc);
    // The first line as text (WPC1257), the second as a two-cell picture: 24 dots, 3 bytes per row.
    const Bytes text = kInit + ascii("Hind: ") + bytes({0x1B, 0x74, 51, 0xF5, 0x0A});
    REQUIRE(out.size() == text.size() + 8 + 3 * 24);
    CHECK(Bytes(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(text.size())) == text);
    CHECK(Bytes(out.begin() + static_cast<std::ptrdiff_t>(text.size()),
                out.begin() + static_cast<std::ptrdiff_t>(text.size()) + 8) ==
          bytes({0x1D, 0x76, 0x30, 0, 3, 0, 24, 0}));
}

TEST_CASE("Code 128 is GS k 73 with the code set B prefix and '{' doubled", "[drivers][escpos]") {
    PaperDocument doc;
    doc.barcode(PaperBarcode{"R20261207-0001", 80, 2, true, PaperAlign::center});
    CHECK(encode(doc) ==
          kInit + bytes({0x1B, 0x61, 1, 0x1D, 0x68, 80, 0x1D, 0x77, 2, 0x1D, 0x48, 2, 0x1D, 0x6B, 73, 16}) +
              ascii("{BR20261207-0001"));
    PaperDocument brace;
    brace.barcode(PaperBarcode{"a{b", 50, 3, false, PaperAlign::left});
    CHECK(encode(brace) ==
          kInit + bytes({0x1D, 0x68, 50, 0x1D, 0x77, 3, 0x1D, 0x48, 0, 0x1D, 0x6B, 73, 6}) + ascii("{Ba{{b"));
}

TEST_CASE("cuts, the tear bar of a printer without cutter, feeds and drawer pulses", "[drivers][escpos]") {
    PaperDocument doc;
    doc.feed(3).cut(CutKind::full).cut(CutKind::partial).pulse(DrawerPin::pin2).pulse(DrawerPin::pin5);
    CHECK(encode(doc) == kInit + bytes({0x1B, 0x64, 3, 0x1D, 0x56, 65,   0,    0x1D, 0x56, 66, 0,
                                        0x1B, 0x70, 0, 50,   100,  0x1B, 0x70, 1,    50,   100}));
    PaperDocument tear;
    tear.cut();
    CHECK(encode(tear, "generic_58") == kInit + bytes({0x1B, 0x64, 4}));
}

TEST_CASE("a line mixing Russian and Estonian switches code page inside the line", "[drivers][escpos]") {
    PaperDocument doc;
    // Ц е н а in CP866 (Epson 17), then õ in WPC1257 (Epson 51), the first page of the profile that holds the
    // rest of the line.
    doc.text("Цена õun");
    CHECK(encode(doc) == kInit + bytes({0x1B, 0x74, 17, 0x96, 0xA5, 0xAD, 0xA0, 0x20, 0x1B, 0x74, 51, 0xF5}) +
                             ascii("un\n"));
    SECTION("a page that still holds the next line is not selected again") {
        PaperDocument two;
        two.text("šokolaad").text("Žürii");
        CHECK(encode(two) == kInit + bytes({0x1B, 0x74, 51, 0xF0}) + ascii("okolaad\n") +
                                 bytes({0xDE, 0xFC}) + ascii("rii\n"));
    }
    SECTION("each maker's number for the same page") {
        PaperDocument est;
        est.text("õ");
        CHECK(encode(est, "xprinter_80") == kInit + bytes({0x1B, 0x74, 25, 0xF5, 0x0A}));
        // The generic profiles have no WPC1257: š is in WPC1252 only (not in CP858 or CP437).
        PaperDocument s;
        s.text("š");
        CHECK(encode(s, "generic_80") == kInit + bytes({0x1B, 0x74, 16, 0x9A, 0x0A}));
    }
    SECTION("the page holding the longest run wins over switching back and forth") {
        PaperDocument euro;
        // € is in WPC1251 (0x88) as well as CP858; after Cyrillic it stays in one page when that page has it.
        euro.text("Итого 5 €");
        const Bytes out = encode(euro);
        CHECK(std::count(out.begin(), out.end(), 0x74) == 1);
        CHECK(out == kInit + bytes({0x1B, 0x74, 46, 0xC8, 0xF2, 0xEE, 0xE3, 0xEE}) + ascii(" 5 ") +
                         bytes({0x88, 0x0A}));
    }
}

TEST_CASE("a character no code page has is printed as a picture of the line, never as '?'",
          "[drivers][escpos]") {
    PaperDocument doc;
    doc.text("Tee 中", TextStyle{PaperAlign::center, false, false, false, PaperFont::a});
    const Bytes out = encode(doc);
    // Font A cells are 576 / 48 = 12 dots wide and 24 high; the Chinese character takes two cells: 6 cells,
    // 72 dots, 9 bytes per row.
    const Bytes header = kInit + bytes({0x1B, 0x61, 1, 0x1D, 0x76, 0x30, 0, 9, 0, 24, 0});
    REQUIRE(out.size() == header.size() + 9 * 24);
    CHECK(Bytes(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(header.size())) == header);
    const auto black = std::count_if(out.begin() + static_cast<std::ptrdiff_t>(header.size()), out.end(),
                                     [](std::uint8_t b) { return b != 0; });
    CHECK(black > 20);
    // The Chinese character's two cells (dots 48..71, bytes 6..8) are inked.
    bool inked = false;
    for (int row = 0; row < 24; ++row) {
        for (int b = 6; b < 9; ++b) {
            inked = inked || out[header.size() + static_cast<std::size_t>(row * 9 + b)] != 0;
        }
    }
    CHECK(inked);

    SECTION("double width doubles the picture") {
        PaperDocument wide;
        wide.text("😀", TextStyle{PaperAlign::left, true, true, true, PaperFont::a});
        const Bytes w = encode(wide);
        REQUIRE(w.size() > 10);
        const int row_bytes = w[6] + 256 * w[7];
        const int rows = w[8] + 256 * w[9];
        CHECK(rows == 48);
        CHECK((row_bytes == 3 || row_bytes == 6));  // one or two 12-dot cells, twice as wide
        CHECK(w.size() == 10 + static_cast<std::size_t>(row_bytes * rows));
    }
    SECTION("without any font the characters are boxes in their cells") {
        const Bytes boxes = encode_escpos(doc, profile("epson_tm_t20"), EscposFonts{});
        // Five characters, one cell each: 60 dots in 8 bytes.
        CHECK(Bytes(boxes.begin(), boxes.begin() + 13) ==
              kInit + bytes({0x1B, 0x61, 1, 0x1D, 0x76, 0x30, 0, 8, 0, 24, 0}));
        CHECK(std::find(boxes.begin(), boxes.end(), '?') == boxes.end());
    }
}

TEST_CASE("pictures are GS v 0 in bands with the dots past the width cleared", "[drivers][escpos]") {
    PaperImage image;
    image.width = 10;
    image.height = 2;
    image.align = PaperAlign::right;
    image.bits = {0xFF, 0xFF, 0x80, 0x40};
    PaperDocument doc;
    doc.image(image);
    CHECK(encode(doc) ==
          kInit + bytes({0x1B, 0x61, 2, 0x1D, 0x76, 0x30, 0, 2, 0, 2, 0, 0xFF, 0xC0, 0x80, 0x40}));

    PaperImage tall;
    tall.width = 8;
    tall.height = 300;
    tall.bits.assign(300, 0x81);
    PaperDocument bands;
    bands.image(tall);
    const Bytes out = encode(bands);
    const Bytes first = bytes({0x1B, 0x61, 1, 0x1D, 0x76, 0x30, 0, 1, 0, 0, 1});
    CHECK(Bytes(out.begin() + 2, out.begin() + 13) == first);
    CHECK(Bytes(out.begin() + 13 + 256, out.begin() + 13 + 256 + 8) ==
          bytes({0x1D, 0x76, 0x30, 0, 1, 0, 44, 0}));
    CHECK(out.size() == 2 + 3 + 8 + 256 + 8 + 44);
}

TEST_CASE("a document no printer can print is refused with a typed reason and nothing appended",
          "[drivers][escpos]") {
    const auto problem = [](const PaperDocument& doc, const char* name = "epson_tm_t20") {
        Bytes out{0x42};
        try {
            encode_escpos(doc, profile(name), out);
        } catch (const EscposError& e) {
            CHECK(out == Bytes{0x42});
            return e.problem();
        }
        FAIL("no EscposError");
        return EscposProblem::profile_invalid;
    };
    PaperDocument doc;
    doc.text("ok").barcode(PaperBarcode{"Цена", 80, 2, true, PaperAlign::center});
    CHECK(problem(doc) == EscposProblem::barcode_not_code128b);
    PaperDocument braces;
    braces.barcode(PaperBarcode{std::string(127, '{'), 80, 2, true, PaperAlign::center});
    CHECK(problem(braces) == EscposProblem::barcode_too_long);
    PaperDocument thin;
    thin.barcode(PaperBarcode{"1", 80, 1, true, PaperAlign::center});
    CHECK(problem(thin) == EscposProblem::barcode_size);
    PaperDocument feed;
    feed.feed(256);
    CHECK(problem(feed) == EscposProblem::feed_lines);
    PaperImage wide;
    wide.width = 400;
    wide.height = 1;
    wide.bits.assign(50, 0);
    PaperDocument too_wide;
    too_wide.image(wide);
    CHECK(problem(too_wide, "generic_58") == EscposProblem::image_too_wide);
    wide.bits.pop_back();
    PaperDocument short_bits;
    short_bits.image(wide);
    CHECK(problem(short_bits) == EscposProblem::image_size);
    PrinterProfile odd = profile("generic_80");
    odd.pulse_on_ms = 1;  // below the 2 ms step of ESC p
    Bytes out;
    CHECK_THROWS_MATCHES(encode_escpos(PaperDocument{}, odd, out), EscposError,
                         Catch::Predicate<EscposError>([](const EscposError& e) {
                             return e.problem() == EscposProblem::profile_invalid;
                         }));
    CHECK(out.empty());
    CHECK_THROWS_MATCHES(encode_escpos(doc, profile("epson_tm_t20")), EscposError,
                         Catch::Predicate<EscposError>([](const EscposError& e) {
                             return std::string(e.what()) == "barcode_not_code128b" && e.block() == 1;
                         }));
}

TEST_CASE("a logo is scaled to the paper and dithered to keep its tone", "[drivers][escpos]") {
    // A flat mid grey, 1000 x 200: scaled to 576 x 115, about half of its dots black.
    const std::vector<std::uint8_t> grey(1000 * 200, 128);
    const PaperImage logo = dither_logo(grey, 1000, 200, 576);
    CHECK(logo.width == 576);
    CHECK(logo.height == 115);
    REQUIRE(logo.bits.size() == 72u * 115u);
    long black = 0;
    for (int y = 0; y < logo.height; ++y) {
        for (int x = 0; x < logo.width; ++x) {
            black += logo.dot(x, y) ? 1 : 0;
        }
    }
    const double share = static_cast<double>(black) / (576.0 * 115.0);
    CHECK(share > 0.45);
    CHECK(share < 0.55);
    // A small picture is never enlarged.
    const PaperImage small = dither_logo(std::vector<std::uint8_t>(30 * 10, 0), 30, 10, 576);
    CHECK(small.width == 30);
    CHECK(small.height == 10);
    CHECK(small.dot(29, 9));
}

TEST_CASE("a logo file is read, and a missing or broken one is a typed error", "[drivers][escpos]") {
    kassa::testing::TempDir dir;
    const std::string png = dir.file("logo.png");
    REQUIRE(std::system(("convert -size 800x200 gradient:black-white " + png).c_str()) == 0);
    const LogoResult ok = load_logo(png, 384);
    REQUIRE(ok.image.has_value());
    CHECK_FALSE(ok.error.has_value());
    CHECK(ok.image->width == 384);
    CHECK(ok.image->height == 96);
    CHECK(ok.image->dot(0, 0));           // black at the top
    CHECK_FALSE(ok.image->dot(383, 95));  // white at the bottom

    const LogoResult missing = load_logo(dir.file("none.png"), 576);
    CHECK_FALSE(missing.image.has_value());
    CHECK(missing.error == LogoError::file_missing);
    const std::string text = dir.file("logo.txt");
    std::ofstream(text) << "not a picture";
    CHECK(load_logo(text, 576).error == LogoError::unreadable_image);
    CHECK(load_logo(dir.path(), 576).error == LogoError::file_missing);
}
