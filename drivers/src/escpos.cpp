#include "kassa/drivers/escpos.hpp"

#include <stb_image.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <memory>
#include <utility>

#include "glyphs.hpp"
#include "kassa/drivers/image_decoder.hpp"
#include "kassa/drivers/utf8.hpp"

namespace kassa::drivers {

namespace {

constexpr std::uint8_t ESC = 0x1B;
constexpr std::uint8_t GS = 0x1D;
constexpr std::uint8_t LF = 0x0A;

constexpr std::size_t kPageCount = 9;

struct PageInfo {
    std::string_view name;
    const char* icu_name;
};

constexpr std::array<PageInfo, kPageCount> kPages = {{
    {"cp437", "ibm-437"},
    {"cp850", "ibm-850"},
    {"cp852", "ibm-852"},
    {"cp858", "ibm-858"},
    {"cp866", "ibm-866"},
    {"wpc1250", "windows-1250"},
    {"wpc1251", "windows-1251"},
    {"wpc1252", "windows-1252"},
    {"wpc1257", "windows-1257"},
}};

// The upper half (0x80..0xFF) of one code page, indexed by code point: every character these pages hold
// above ASCII lies in U+00A0..U+25A0 (the box drawing and block elements of CP437 and CP866 are the
// highest), so a flat array answers each character with one load, which keeps a receipt's encoding within a
// small multiple of copying its text (tests/bench/print_bench.cpp). 9.5 KB per page. The lower half is ASCII
// in every page Kassa uses, so printable ASCII never needs a page of its own.
class PageTable {
  public:
    static constexpr char32_t kFirst = 0xA0;
    static constexpr char32_t kEnd = 0x25A1;

    PageTable() : bytes_(kEnd - kFirst, 0) {}

    // A character outside the range is left out (none of Kassa's pages has one); it would print as a picture.
    void add(char32_t c, std::uint8_t byte) {
        if (c >= kFirst && c < kEnd && bytes_[c - kFirst] == 0) {
            bytes_[c - kFirst] = byte;  // the first byte wins where a page has a character twice
        }
    }

    // The byte for `c`, or -1. Upper-half bytes are never 0, so 0 marks a character the page lacks.
    int find(char32_t c) const {
        if (c < kFirst || c >= kEnd) {
            return -1;
        }
        const std::uint8_t b = bytes_[c - kFirst];
        return b == 0 ? -1 : b;
    }

  private:
    std::vector<std::uint8_t> bytes_;
};

// The tables come from ICU's converters ("never write by hand what a well-kept library does"): each byte
// 0x80..0xFF is decoded once. Bytes a page leaves undefined and C1 control codes are left out, so they are
// never sent. Without ICU's data a page holds ASCII only and its other characters print as pictures.
const PageTable& page_table(CodePage page) {
    static const std::array<PageTable, kPageCount> tables = [] {
        std::array<PageTable, kPageCount> built;
        for (std::size_t k = 0; k < kPageCount; ++k) {
            UErrorCode status = U_ZERO_ERROR;
            UConverter* converter = ucnv_open(kPages[k].icu_name, &status);
            if (U_FAILURE(status) || converter == nullptr) {
                continue;
            }
            for (int byte = 0x80; byte <= 0xFF; ++byte) {
                const char in = static_cast<char>(byte);
                std::array<UChar, 4> out{};
                status = U_ZERO_ERROR;
                const int32_t n =
                    ucnv_toUChars(converter, out.data(), static_cast<int32_t>(out.size()), &in, 1, &status);
                if (U_SUCCESS(status) && n == 1 && out[0] >= 0xA0 && out[0] != 0xFFFD && out[0] != 0x1A) {
                    built[k].add(out[0], static_cast<std::uint8_t>(byte));
                }
            }
            ucnv_close(converter);
        }
        return built;
    }();
    return tables[static_cast<std::size_t>(page)];
}

// The code point at text[i], moving i past it. ASCII and the two-byte forms (Latin letters with accents,
// Cyrillic: nearly everything on a receipt) are decoded here; the rest goes to next_code_point.
inline char32_t decode_at(std::string_view text, std::size_t& i) {
    const auto b = static_cast<std::uint8_t>(text[i]);
    if (b < 0x80) {
        ++i;
        return b;
    }
    if (b >= 0xC2 && b <= 0xDF && i + 1 < text.size()) {
        const auto next = static_cast<std::uint8_t>(text[i + 1]);
        if ((next & 0xC0u) == 0x80u) {
            i += 2;
            return (static_cast<char32_t>(b & 0x1Fu) << 6) | (next & 0x3Fu);
        }
    }
    return next_code_point(text, i);
}

bool printable_ascii(char32_t c) {
    return c >= 0x20 && c <= 0x7E;
}

// Sources of the `ESC t` numbers:
// - Epson: ESC/POS Command Reference, "Character code tables" (download4.epson.biz/sec_pubs/pos/
//   reference_en/charcode): 0 PC437, 2 PC850, 16 WPC1252, 17 PC866, 18 PC852, 19 PC858, 45 WPC1250,
//   46 WPC1251, 51 WPC1257 (Baltic Rim). Which of them a model has is in its own specification; a model's
//   self-test print lists its tables, worth checking before a shop relies on 46 or 51.
// - Xprinter (XP-80 series programmer's manual, as the OPOS driver for Xprinter in
//   VitalyKravtsov2016/OposWebkassa lists them): 0 PC437, 2 PC850, 16 WPC1252, 17 PC866, 18 PC852, 19 PC858,
//   25 WPC1257, 72 WPC1250, 73 WPC1251. WPC1251 is 73 there, not Epson's 46.
// - Generic models: only the numbers both families agree on (0, 2, 16, 17, 19), which unbranded ESC/POS
//   printers copy from Epson's first tables.
std::vector<PrinterProfile> make_profiles() {
    const std::vector<CodePageNumber> epson = {
        {CodePage::cp437, 0},  {CodePage::wpc1257, 51}, {CodePage::wpc1252, 16},
        {CodePage::cp866, 17}, {CodePage::wpc1251, 46}, {CodePage::cp858, 19},
        {CodePage::cp850, 2},  {CodePage::cp852, 18},   {CodePage::wpc1250, 45},
    };
    const std::vector<CodePageNumber> xprinter = {
        {CodePage::cp437, 0},  {CodePage::wpc1257, 25}, {CodePage::wpc1252, 16},
        {CodePage::cp866, 17}, {CodePage::wpc1251, 73}, {CodePage::cp858, 19},
        {CodePage::cp850, 2},  {CodePage::cp852, 18},   {CodePage::wpc1250, 72},
    };
    const std::vector<CodePageNumber> generic = {
        {CodePage::cp437, 0},  {CodePage::wpc1252, 16}, {CodePage::cp866, 17},
        {CodePage::cp858, 19}, {CodePage::cp850, 2},
    };
    return {
        PrinterProfile{"epson_tm_t20", 80, 576, 48, 64, epson, true, 100, 200},
        PrinterProfile{"xprinter_80", 80, 576, 48, 64, xprinter, true, 100, 200},
        PrinterProfile{"generic_80", 80, 576, 48, 64, generic, true, 100, 200},
        // Most cheap 58 mm printers have a tear bar and no cutter.
        PrinterProfile{"generic_58", 58, 384, 32, 42, generic, false, 100, 200},
    };
}

// Font A is 12x24 dots and font B 9x17 on the 203 dpi models; the cell width comes from the profile.
constexpr int kFontAHeight = 24;
constexpr int kFontBHeight = 17;
// Large pictures go in bands: a printer with a small receive buffer prints each band as it arrives.
constexpr int kBandRows = 256;
// A printer without a cutter feeds this many lines so the last printed line clears the tear bar.
constexpr int kTearFeedLines = 4;

// Checks the limits of escpos.hpp and returns about how many bytes the document encodes to, so the output
// buffer grows once.
std::size_t check_document(const PaperDocument& document, const PrinterProfile& profile) {
    if (profile.dots_per_line < 8 || profile.chars_font_a < 1 || profile.chars_font_b < 1 ||
        profile.pulse_on_ms < 2 || profile.pulse_on_ms > 510 || profile.pulse_off_ms < 2 ||
        profile.pulse_off_ms > 510) {
        throw EscposError(EscposProblem::profile_invalid, 0);
    }
    std::size_t bytes = 2;  // ESC @
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const PaperBlock& block = document.blocks[i];
        bytes += 16;  // the settings and command bytes around a block
        if (const auto* line = std::get_if<TextLine>(&block)) {
            bytes += line->text.size();  // UTF-8 is never shorter than its code page bytes
        } else if (const auto* feed = std::get_if<PaperFeed>(&block)) {
            if (feed->lines < 0 || feed->lines > 255) {
                throw EscposError(EscposProblem::feed_lines, i);
            }
        } else if (const auto* code = std::get_if<PaperBarcode>(&block)) {
            if (code->text.empty() || !std::all_of(code->text.begin(), code->text.end(), [](char c) {
                    return printable_ascii(static_cast<unsigned char>(c));
                })) {
                throw EscposError(EscposProblem::barcode_not_code128b, i);
            }
            const auto braces =
                static_cast<std::size_t>(std::count(code->text.begin(), code->text.end(), '{'));
            if (code->text.size() + braces > 253) {
                throw EscposError(EscposProblem::barcode_too_long, i);
            }
            if (code->height_dots < 1 || code->height_dots > 255 || code->module_dots < 2 ||
                code->module_dots > 6) {
                throw EscposError(EscposProblem::barcode_size, i);
            }
            bytes += code->text.size() + braces;
        } else if (const auto* image = std::get_if<PaperImage>(&block)) {
            if (image->width < 1 || image->height < 1 ||
                image->bits.size() != image->row_bytes() * static_cast<std::size_t>(image->height)) {
                throw EscposError(EscposProblem::image_size, i);
            }
            if (image->width > profile.dots_per_line) {
                throw EscposError(EscposProblem::image_too_wide, i);
            }
            bytes += image->bits.size() + 8 * static_cast<std::size_t>(image->height / kBandRows);
        }
    }
    return bytes;
}

// Turns blocks into bytes, remembering what the printer is set to so a setting is sent only when it changes.
// Threading: one encoder per encode_escpos call, used by the calling thread only.
class Encoder {
  public:
    Encoder(const PrinterProfile& profile, const EscposFonts& fonts, std::vector<std::uint8_t>& out)
        : profile_(profile), fonts_(fonts), out_(out) {
        tables_.reserve(profile.code_pages.size());
        for (const CodePageNumber& n : profile.code_pages) {
            tables_.push_back(&page_table(n.page));
        }
    }

    void initialise() {
        // ESC @ resets alignment, emphasis, size and font to the defaults tracked below. The code page after
        // it is whatever the printer's memory switches say, so the first non-ASCII character always selects
        // one.
        put({ESC, '@'});
    }

    void operator()(const TextLine& line) {
        // Encoded optimistically in one pass: the rare line with a character no page holds is cut off again
        // and drawn instead, which spares every other line a second look at its characters.
        const std::size_t mark = out_.size();
        const Settings before = now_;
        set_align(line.style.align);
        if (line.style.bold != now_.bold) {
            now_.bold = line.style.bold;
            put({ESC, 'E', static_cast<std::uint8_t>(now_.bold ? 1 : 0)});
        }
        // GS ! n: bits 4..6 are the width multiplier minus one, bits 0..2 the height multiplier minus one.
        const auto size = static_cast<std::uint8_t>((line.style.double_width ? 0x10 : 0) |
                                                    (line.style.double_height ? 0x01 : 0));
        if (size != now_.size) {
            now_.size = size;
            put({GS, '!', now_.size});
        }
        if (line.style.font != now_.font) {
            now_.font = line.style.font;
            put({ESC, 'M', static_cast<std::uint8_t>(now_.font == PaperFont::a ? 0 : 1)});
        }
        const std::string_view text = line.text;
        for (std::size_t i = 0; i < text.size();) {
            const auto b = static_cast<std::uint8_t>(text[i]);
            if (b < 0x80) {
                // Control codes in text (a tab in a product name, an ESC pasted from somewhere) would be read
                // as commands by the printer.
                out_.push_back(b >= 0x20 && b != 0x7F ? b : ' ');
                ++i;
                continue;
            }
            const std::size_t at = i;
            const char32_t c = decode_at(text, i);
            if (c < 0xA0) {
                out_.push_back(' ');  // C1 control codes
                continue;
            }
            int byte = now_.page < 0 ? -1 : tables_[static_cast<std::size_t>(now_.page)]->find(c);
            if (byte < 0) {
                if (!select_page_for(text, at)) {
                    out_.resize(mark);
                    now_ = before;
                    picture_line(line);
                    return;
                }
                byte = tables_[static_cast<std::size_t>(now_.page)]->find(c);
            }
            out_.push_back(static_cast<std::uint8_t>(byte));
        }
        out_.push_back(LF);
    }

    void operator()(const PaperFeed& feed) { put({ESC, 'd', static_cast<std::uint8_t>(feed.lines)}); }

    void operator()(const PaperBarcode& code) {
        set_align(code.align);
        put({GS, 'h', static_cast<std::uint8_t>(code.height_dots)});
        put({GS, 'w', static_cast<std::uint8_t>(code.module_dots)});
        put({GS, 'H', static_cast<std::uint8_t>(code.hri_below ? 2 : 0)});
        // GS k m=73 (Code 128) n d1..dn: the data starts with "{B" for code set B, and a '{' of the text
        // itself is sent as "{{" so the printer does not read it as a code set switch or function character.
        const auto braces = static_cast<std::size_t>(std::count(code.text.begin(), code.text.end(), '{'));
        put({GS, 'k', 73, static_cast<std::uint8_t>(2 + code.text.size() + braces), '{', 'B'});
        for (const char c : code.text) {
            out_.push_back(static_cast<std::uint8_t>(c));
            if (c == '{') {
                out_.push_back('{');
            }
        }
    }

    void operator()(const PaperImage& image) {
        set_align(image.align);
        const std::size_t row_bytes = image.row_bytes();
        // The dots past the width in a row's last byte are cleared: a caller's stray bits would print.
        const auto last_mask = static_cast<std::uint8_t>(0xFF << ((8 - image.width % 8) % 8));
        for (int top = 0; top < image.height; top += kBandRows) {
            const int rows = std::min(kBandRows, image.height - top);
            // GS v 0 m xL xH yL yH: m 0 is normal density, x counts bytes per row, y rows.
            put({GS, 'v', '0', 0, static_cast<std::uint8_t>(row_bytes & 0xFF),
                 static_cast<std::uint8_t>(row_bytes >> 8), static_cast<std::uint8_t>(rows & 0xFF),
                 static_cast<std::uint8_t>(rows >> 8)});
            for (int y = top; y < top + rows; ++y) {
                const auto begin =
                    image.bits.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(y) * row_bytes);
                out_.insert(out_.end(), begin, begin + static_cast<std::ptrdiff_t>(row_bytes));
                out_.back() &= last_mask;
            }
        }
    }

    void operator()(const PaperCut& cut) {
        if (!profile_.has_cutter) {
            put({ESC, 'd', kTearFeedLines});
            return;
        }
        // GS V m n with m 65 (full) or 66 (partial): feeds to the cutter, then n motion units more, then
        // cuts.
        put({GS, 'V', static_cast<std::uint8_t>(cut.kind == CutKind::full ? 65 : 66), 0});
    }

    void operator()(const DrawerPulse& pulse) {
        // ESC p m t1 t2: m 0 is connector pin 2, m 1 pin 5; on and off times in 2 ms steps.
        put({ESC, 'p', static_cast<std::uint8_t>(pulse.pin == DrawerPin::pin2 ? 0 : 1),
             static_cast<std::uint8_t>(profile_.pulse_on_ms / 2),
             static_cast<std::uint8_t>(profile_.pulse_off_ms / 2)});
    }

  private:
    void put(std::initializer_list<std::uint8_t> bytes) {
        out_.insert(out_.end(), bytes.begin(), bytes.end());
    }

    void set_align(PaperAlign align) {
        if (align != now_.align) {
            now_.align = align;
            put({ESC, 'a',
                 static_cast<std::uint8_t>(align == PaperAlign::left     ? 0
                                           : align == PaperAlign::center ? 1
                                                                         : 2)});
        }
    }

    // Selects the page that holds the longest run of the text from byte `from` on (the earliest in the
    // profile on a tie), so a line switches as seldom as its words allow. False when no page holds the
    // character at `from`.
    bool select_page_for(std::string_view text, std::size_t from) {
        std::size_t after = from;
        const char32_t first = decode_at(text, after);
        int best = -1;
        std::size_t best_run = 0;
        for (std::size_t k = 0; k < tables_.size(); ++k) {
            const PageTable& table = *tables_[k];
            if (table.find(first) < 0) {
                continue;
            }
            std::size_t run = 1;
            for (std::size_t i = after; i < text.size(); ++run) {
                if (static_cast<std::uint8_t>(text[i]) < 0x80) {
                    ++i;  // ASCII and control codes (sent as spaces) are in every page
                    continue;
                }
                const char32_t c = decode_at(text, i);
                if (c >= 0xA0 && table.find(c) < 0) {
                    break;
                }
            }
            if (run > best_run) {
                best_run = run;
                best = static_cast<int>(k);
            }
        }
        if (best < 0) {
            return false;
        }
        now_.page = best;
        put({ESC, 't', profile_.code_pages[static_cast<std::size_t>(best)].escpos_number});
        return true;
    }

    // A line with a character no page holds, drawn in the printer's own cell grid so its columns line up with
    // the text lines around it: each character takes one cell, or two when its glyph is wider (Chinese).
    void picture_line(const TextLine& line) {
        const TextStyle& style = line.style;
        chars_.clear();
        append_code_points(line.text, chars_);
        for (char32_t& c : chars_) {
            if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                c = U' ';
            }
        }
        if (!faces_) {
            faces_ = std::make_unique<GlyphFaces>(fonts_.files);
        }
        const bool font_a = style.font == PaperFont::a;
        const int cell_w = profile_.dots_per_line / (font_a ? profile_.chars_font_a : profile_.chars_font_b);
        const int cell_h = font_a ? kFontAHeight : kFontBHeight;
        // DejaVu Sans Mono advances 0.6 em, so 5/3 of the cell width in pixels fills one cell.
        const int pixel_size = cell_w * 5 / 3;
        const int baseline = cell_h * 4 / 5;
        const int scale_x = style.double_width ? 2 : 1;
        const int scale_y = style.double_height ? 2 : 1;
        const int max_width = profile_.dots_per_line / scale_x;

        cells_.clear();
        int width = 0;
        for (const char32_t c : chars_) {
            const int advance = faces_->usable() ? faces_->advance(c, pixel_size) : cell_w;
            // Rounded, not ceiled: a Latin glyph a pixel wider than its cell still takes one.
            const int cells = std::max(1, (advance + cell_w / 2) / cell_w);
            if (width + cells * cell_w > max_width) {
                break;  // the rest would fall off the paper
            }
            cells_.push_back(cells);
            width += cells * cell_w;
        }
        if (width == 0) {
            out_.push_back(LF);
            return;
        }
        GrayBitmap gray;
        gray.width = width;
        gray.height = cell_h;
        gray.pixels.assign(static_cast<std::size_t>(width) * static_cast<std::size_t>(cell_h), 255);
        int x = 0;
        for (std::size_t i = 0; i < cells_.size(); ++i) {
            const char32_t c = chars_[i];
            const int room = cells_[i] * cell_w;
            if (c != U' ') {
                if (faces_->usable()) {
                    const int pen = x + (room - faces_->advance(c, pixel_size)) / 2;
                    faces_->draw(gray, c, pen, baseline, pixel_size);
                    if (style.bold) {
                        faces_->draw(gray, c, pen + 1, baseline, pixel_size);  // double strike
                    }
                } else {
                    draw_box(gray, x + 1, 2, room - 2, cell_h - 4);  // no font at all: an empty box
                }
            }
            x += room;
        }
        PaperImage picture;
        picture.align = style.align;
        picture.width = width * scale_x;
        picture.height = cell_h * scale_y;
        picture.bits.assign(picture.row_bytes() * static_cast<std::size_t>(picture.height), 0);
        for (int y = 0; y < picture.height; ++y) {
            for (int px = 0; px < picture.width; ++px) {
                if (gray.at(px / scale_x, y / scale_y) < 128) {
                    picture.bits[static_cast<std::size_t>(y) * picture.row_bytes() +
                                 static_cast<std::size_t>(px) / 8] |=
                        static_cast<std::uint8_t>(0x80u >> (px % 8));
                }
            }
        }
        (*this)(picture);
    }

    static void draw_box(GrayBitmap& b, int x0, int y0, int w, int h) {
        for (int y = y0; y < y0 + h && y < b.height; ++y) {
            for (int x = x0; x < x0 + w && x < b.width; ++x) {
                if (y == y0 || y == y0 + h - 1 || x == x0 || x == x0 + w - 1) {
                    b.pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(b.width) +
                             static_cast<std::size_t>(x)] = 0;
                }
            }
        }
    }

    const PrinterProfile& profile_;
    const EscposFonts& fonts_;
    std::vector<std::uint8_t>& out_;
    // What the printer is set to. ESC @ sets all but the code page, which the printer's switches decide.
    struct Settings {
        PaperAlign align = PaperAlign::left;
        bool bold = false;
        std::uint8_t size = 0;
        PaperFont font = PaperFont::a;
        int page = -1;  // index into profile_.code_pages; -1 until the first ESC t
    };
    Settings now_;
    std::vector<const PageTable*> tables_;  // the profile's pages, in its order
    std::u32string chars_;
    std::vector<int> cells_;
    std::unique_ptr<GlyphFaces> faces_;  // opened at the first line that needs it
};

}  // namespace

std::string_view code_page_name(CodePage page) {
    return kPages[static_cast<std::size_t>(page)].name;
}

std::span<const PrinterProfile> builtin_printer_profiles() {
    static const std::vector<PrinterProfile> profiles = make_profiles();
    return profiles;
}

const PrinterProfile* profile_by_name(std::string_view name) {
    for (const PrinterProfile& p : builtin_printer_profiles()) {
        if (p.name == name) {
            return &p;
        }
    }
    return nullptr;
}

std::string_view escpos_problem_name(EscposProblem problem) {
    switch (problem) {
        case EscposProblem::barcode_not_code128b:
            return "barcode_not_code128b";
        case EscposProblem::barcode_too_long:
            return "barcode_too_long";
        case EscposProblem::barcode_size:
            return "barcode_size";
        case EscposProblem::image_size:
            return "image_size";
        case EscposProblem::image_too_wide:
            return "image_too_wide";
        case EscposProblem::feed_lines:
            return "feed_lines";
        case EscposProblem::profile_invalid:
            return "profile_invalid";
    }
    return "unknown";
}

const char* EscposError::what() const noexcept {
    return escpos_problem_name(problem_).data();  // the names are literals, so NUL-terminated
}

const EscposFonts& default_escpos_fonts() {
    static const EscposFonts fonts{{
        "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    }};
    return fonts;
}

void encode_escpos(const PaperDocument& document, const PrinterProfile& profile,
                   std::vector<std::uint8_t>& out, const EscposFonts& fonts) {
    out.reserve(out.size() + check_document(document, profile));
    Encoder encoder(profile, fonts, out);
    encoder.initialise();
    for (const PaperBlock& block : document.blocks) {
        std::visit(encoder, block);
    }
}

std::vector<std::uint8_t> encode_escpos(const PaperDocument& document, const PrinterProfile& profile,
                                        const EscposFonts& fonts) {
    std::vector<std::uint8_t> out;
    encode_escpos(document, profile, out, fonts);
    return out;
}

PaperImage dither_logo(std::span<const std::uint8_t> gray, int width, int height, int max_width_dots) {
    PaperImage out;
    if (width < 1 || height < 1 || max_width_dots < 1 ||
        gray.size() < static_cast<std::size_t>(width) * static_cast<std::size_t>(height)) {
        return out;
    }
    const int w = std::min(width, max_width_dots);
    const int h = std::max(1, static_cast<int>(static_cast<long long>(height) * w / width));
    // Box filter: each paper dot is the mean of the source pixels it covers, so thin lines keep their weight.
    std::vector<int> level(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    for (int y = 0; y < h; ++y) {
        const int y0 = static_cast<int>(static_cast<long long>(y) * height / h);
        const int y1 = std::max(y0 + 1, static_cast<int>(static_cast<long long>(y + 1) * height / h));
        for (int x = 0; x < w; ++x) {
            const int x0 = static_cast<int>(static_cast<long long>(x) * width / w);
            const int x1 = std::max(x0 + 1, static_cast<int>(static_cast<long long>(x + 1) * width / w));
            long long sum = 0;
            for (int sy = y0; sy < y1; ++sy) {
                for (int sx = x0; sx < x1; ++sx) {
                    sum += gray[static_cast<std::size_t>(sy) * static_cast<std::size_t>(width) +
                                static_cast<std::size_t>(sx)];
                }
            }
            level[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)] =
                static_cast<int>(sum / ((y1 - y0) * (x1 - x0)));
        }
    }
    out.width = w;
    out.height = h;
    out.bits.assign(out.row_bytes() * static_cast<std::size_t>(h), 0);
    // Floyd-Steinberg: the error of each dot goes 7/16 right, 3/16 down-left, 5/16 down, 1/16 down-right.
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const std::size_t at =
                static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x);
            const int old = level[at];
            const bool black = old < 128;
            const int error = old - (black ? 0 : 255);
            if (black) {
                out.bits[static_cast<std::size_t>(y) * out.row_bytes() + static_cast<std::size_t>(x) / 8] |=
                    static_cast<std::uint8_t>(0x80u >> (x % 8));
            }
            if (x + 1 < w) {
                level[at + 1] += error * 7 / 16;
            }
            if (y + 1 < h) {
                const std::size_t below = at + static_cast<std::size_t>(w);
                if (x > 0) {
                    level[below - 1] += error * 3 / 16;
                }
                level[below] += error * 5 / 16;
                if (x + 1 < w) {
                    level[below + 1] += error / 16;
                }
            }
        }
    }
    return out;
}

LogoResult load_logo(const std::filesystem::path& file, int max_width_dots) {
    LogoResult result;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        result.error = LogoError::file_missing;
        return result;
    }
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec) {
        result.error = LogoError::file_missing;
        return result;
    }
    if (size > kMaxImageFileBytes) {
        result.error = LogoError::too_large;
        return result;
    }
    std::vector<stbi_uc> bytes(static_cast<std::size_t>(size));
    std::ifstream in(file, std::ios::binary);
    if (!in || !in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()))) {
        result.error = LogoError::unreadable_image;
        return result;
    }
    int width = 0;
    int height = 0;
    int channels = 0;
    if (bytes.empty() || stbi_info_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width, &height,
                                               &channels) == 0) {
        result.error = LogoError::unreadable_image;
        return result;
    }
    if (static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height) > kMaxImagePixels) {
        result.error = LogoError::too_large;
        return result;
    }
    // Grey and alpha: a transparent logo lies on white paper.
    const std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
        stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width, &height, &channels, 2),
        stbi_image_free);
    if (!pixels) {
        result.error = LogoError::unreadable_image;
        return result;
    }
    std::vector<std::uint8_t> gray(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    for (std::size_t i = 0; i < gray.size(); ++i) {
        const int g = pixels.get()[2 * i];
        const int a = pixels.get()[2 * i + 1];
        gray[i] = static_cast<std::uint8_t>((g * a + 255 * (255 - a)) / 255);
    }
    result.image = dither_logo(gray, width, height, max_width_dots);
    return result;
}

}  // namespace kassa::drivers
