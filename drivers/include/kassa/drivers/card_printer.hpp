#pragma once
// Loyalty cards for the owner to print: a card number as EAN-13 (the in-store prefix 2x with its check
// digit, kassa::instore_card_number), Code 128 or QR, drawn with ZXing-C++'s writer, and an A4 sheet of ten
// credit-card-sized cards at 300 dpi with the shop name and the number in text (FreeType, DejaVu Sans),
// written as PNG (stb_image_write).
//
// Threading: reentrant, no shared state; each call opens its own FreeType library and face.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kassa::drivers {

enum class CardBarcode { ean13, code128, qr };

// 8-bit grey pixels, rows from the top, tightly packed: 0 is black (ink), 255 white (paper).
struct GrayBitmap {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;

    std::uint8_t at(int x, int y) const {
        return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                      static_cast<std::size_t>(x)];
    }
};

// `text` as a barcode, `module_px` pixels per module, linear codes `bar_height_px` tall, with the quiet zone
// the symbology asks for (10 modules each side for EAN-13 and Code 128, 4 for QR) included in white.
// QR text is written as UTF-8 (with ECI 26). Throws std::invalid_argument with a sentence for text the
// symbology cannot hold (EAN-13: 12 digits, or 13 with the right check digit).
GrayBitmap render_barcode(CardBarcode kind, std::string_view text, int module_px, int bar_height_px);

// A4 portrait at 300 dpi, and the ID-1 card size (85.60 x 53.98 mm) at the same resolution.
inline constexpr int kSheetDpi = 300;
inline constexpr int kSheetWidthPx = 2480;
inline constexpr int kSheetHeightPx = 3508;
inline constexpr int kCardWidthPx = 1011;
inline constexpr int kCardHeightPx = 638;
inline constexpr int kCardsPerSheet = 10;  // 2 columns, 5 rows

// The DejaVu Sans of fonts-dejavu-core.
inline constexpr std::string_view kDefaultCardFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

struct CardSheetSettings {
    std::string shop_name;       // UTF-8; printed on every card
    int prefix = 20;             // 20..29
    long long first = 1;         // the sequence number of the first card
    int count = kCardsPerSheet;  // 1..10
    CardBarcode barcode = CardBarcode::ean13;
    std::string font_file = std::string(kDefaultCardFont);
};

struct CardSheet {
    GrayBitmap bitmap;                 // kSheetWidthPx x kSheetHeightPx
    std::vector<std::string> numbers;  // the card numbers, in print order (left to right, top to bottom)
    // False when the font could not be loaded: the cards then carry the barcode only, no shop name or number.
    bool has_text = false;
};

// Throws std::invalid_argument with a sentence for a prefix outside 20..29, a count outside 1..10, numbers
// that do not fit in 10 digits, or a shop name that is not UTF-8.
CardSheet render_card_sheet(const CardSheetSettings& settings);

// Writes a PNG that says its resolution (a pHYs chunk), so a printer prints the sheet at A4 size.
// Throws std::runtime_error with a sentence when the file cannot be written.
void write_png(const GrayBitmap& bitmap, const std::filesystem::path& file, int dpi = kSheetDpi);

}  // namespace kassa::drivers
