#pragma once
// ESC/POS, the byte language of receipt printers: a kassa::PaperDocument (core/paper.hpp) becomes the bytes
// a USB or TCP 9100 transport sends. The printer model is a PrinterProfile: its paper width in dots, its
// characters per line and, above all, its code page numbers (`ESC t n`), which differ between makers.
//
// Text goes out in the model's code pages, switched per run of characters (a line with Russian and
// Estonian words switches inside the line). A line with a character none of the model's pages has (a
// Chinese name, an emoji) is drawn with FreeType and sent as a picture (`GS v 0`), never as '?'.
//
// Threading: every function is reentrant. Code page tables are built once, on first use, by the C++ runtime's
// thread-safe static initialisation; each encode call opens its own FreeType library when it needs one.

#include <cstdint>
#include <exception>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kassa/core/paper.hpp"

namespace kassa::drivers {

// The character tables Kassa can encode to; each is read from ICU's converter of the same name.
enum class CodePage : std::uint8_t { cp437, cp850, cp852, cp858, cp866, wpc1250, wpc1251, wpc1252, wpc1257 };

// "cp437", "cp858", "wpc1251", ...: the name in profiles, logs and the test decoder.
std::string_view code_page_name(CodePage page);

// A code page and the `ESC t` number that selects it on one printer model.
struct CodePageNumber {
    CodePage page;
    std::uint8_t escpos_number;
};

struct PrinterProfile {
    std::string name;
    int paper_mm = 80;
    int dots_per_line = 576;  // printable width at 203 dpi
    int chars_font_a = 48;
    int chars_font_b = 64;
    // The model's code pages, in the order Kassa prefers them when several hold a run of text.
    std::vector<CodePageNumber> code_pages;
    bool has_cutter = true;  // without one, a cut becomes a feed past the tear bar
    int pulse_on_ms = 100;   // drawer kick: solenoid on, then off before the next pulse (2 ms steps)
    int pulse_off_ms = 200;
};

// epson_tm_t20, xprinter_80, generic_80, generic_58 (see docs/printing.md).
std::span<const PrinterProfile> builtin_printer_profiles();

// The built-in profile a shop's settings name; nullptr for a name Kassa does not know.
const PrinterProfile* profile_by_name(std::string_view name);

// Why a document cannot be encoded: the till built something no printer can print.
enum class EscposProblem {
    barcode_not_code128b,  // empty, or a character outside printable ASCII
    barcode_too_long,      // more than 253 bytes once '{' is doubled
    barcode_size,          // height outside 1..255 or module width outside 2..6
    image_size,            // width or height not positive, or bits not (width + 7) / 8 * height bytes
    image_too_wide,        // wider than the profile's dots per line
    feed_lines,            // outside 0..255
    profile_invalid,       // no dots, no characters per line, or a pulse time outside 2..510 ms
};

std::string_view escpos_problem_name(EscposProblem problem);

// Thrown by encode_escpos before any byte is appended: the problem and the index of the block.
class EscposError : public std::exception {
  public:
    EscposError(EscposProblem problem, std::size_t block) : problem_(problem), block_(block) {}
    EscposProblem problem() const { return problem_; }
    std::size_t block() const { return block_; }
    const char* what() const noexcept override;

  private:
    EscposProblem problem_;
    std::size_t block_;
};

// Fonts for lines no code page holds: the first that has a character draws it.
struct EscposFonts {
    std::vector<std::string> files;
};

// DejaVu Sans Mono (fonts-dejavu-core) for the receipt's own cell width, DejaVu Sans for more symbols, Droid
// Sans Fallback (fonts-droid-fallback) for Chinese, Japanese and Korean.
const EscposFonts& default_escpos_fonts();

// Appends the document's bytes to `out`, starting with `ESC @`. Throws EscposError (and appends nothing) for
// a document that breaks the limits above.
void encode_escpos(const PaperDocument& document, const PrinterProfile& profile,
                   std::vector<std::uint8_t>& out, const EscposFonts& fonts = default_escpos_fonts());

std::vector<std::uint8_t> encode_escpos(const PaperDocument& document, const PrinterProfile& profile,
                                        const EscposFonts& fonts = default_escpos_fonts());

// The shop's logo for the top of the receipt.
enum class LogoError {
    file_missing,      // no such file, or not a regular file
    unreadable_image,  // not a PNG (or other picture stb_image reads), or a broken one
    too_large,         // over the file size or pixel limits of image_decoder.hpp
};

struct LogoResult {
    std::optional<PaperImage> image;
    std::optional<LogoError> error;  // never both
};

// A picture file scaled down (never up) to at most `max_width_dots`, transparent parts on white paper, and
// dithered to black and white with Floyd-Steinberg error diffusion so grey areas keep their tone.
LogoResult load_logo(const std::filesystem::path& file, int max_width_dots);

// The same for 8-bit grey pixels already in memory (0 black, 255 white), rows from the top.
PaperImage dither_logo(std::span<const std::uint8_t> gray, int width, int height, int max_width_dots);

}  // namespace kassa::drivers
