#include "kassa/drivers/card_printer.hpp"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <stb_image_write.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <stdexcept>

#include "glyphs.hpp"
#include "kassa/core/cards.hpp"
#include "kassa/drivers/utf8.hpp"

namespace kassa::drivers {

namespace {

bool all_digits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

ZXing::BarcodeFormat zxing_format(CardBarcode kind) {
    switch (kind) {
        case CardBarcode::ean13:
            return ZXing::BarcodeFormat::EAN13;
        case CardBarcode::code128:
            return ZXing::BarcodeFormat::Code128;
        case CardBarcode::qr:
            return ZXing::BarcodeFormat::QRCode;
    }
    return ZXing::BarcodeFormat::EAN13;
}

GrayBitmap blank(int width, int height) {
    GrayBitmap b;
    b.width = width;
    b.height = height;
    b.pixels.assign(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 255);
    return b;
}

void fill(GrayBitmap& b, int x0, int y0, int w, int h, std::uint8_t value) {
    for (int y = std::max(0, y0); y < std::min(b.height, y0 + h); ++y) {
        for (int x = std::max(0, x0); x < std::min(b.width, x0 + w); ++x) {
            b.pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(b.width) +
                     static_cast<std::size_t>(x)] = value;
        }
    }
}

void paste(GrayBitmap& dst, const GrayBitmap& src, int x0, int y0) {
    for (int y = 0; y < src.height; ++y) {
        for (int x = 0; x < src.width; ++x) {
            const int dx = x0 + x;
            const int dy = y0 + y;
            if (dx >= 0 && dy >= 0 && dx < dst.width && dy < dst.height) {
                dst.pixels[static_cast<std::size_t>(dy) * static_cast<std::size_t>(dst.width) +
                           static_cast<std::size_t>(dx)] = src.at(x, y);
            }
        }
    }
}

// One set of faces for one sheet (the card font alone). Missing or broken font files leave it unusable: the
// sheet goes without text.
class Font {
  public:
    explicit Font(const std::string& file) : faces_(std::vector<std::string>{file}) {}

    bool usable() const { return faces_.usable(); }

    // Draws one line centred on `centre_x`, shrinking the size until it fits `max_width`.
    void draw_centred(GrayBitmap& b, std::string_view utf8, int centre_x, int baseline, int pixel_size,
                      int max_width) {
        std::u32string text;
        append_code_points(utf8, text);
        int size = pixel_size;
        int width = faces_.measure(text, size);
        while (width > max_width && size > 12) {
            size = size * 9 / 10;
            width = faces_.measure(text, size);
        }
        int pen = centre_x - width / 2;
        for (const char32_t c : text) {
            pen += faces_.draw(b, c, pen, baseline, size);
        }
    }

  private:
    GlyphFaces faces_;
};

// The largest whole module size that keeps a symbol of `modules` within `room` pixels.
int module_for(int modules, int room) {
    return std::max(1, room / std::max(1, modules));
}

}  // namespace

GrayBitmap render_barcode(CardBarcode kind, std::string_view text, int module_px, int bar_height_px) {
    if (module_px < 1 || module_px > 100 ||
        (kind != CardBarcode::qr && (bar_height_px < 1 || bar_height_px > 10000))) {
        throw std::invalid_argument("The barcode size is out of range.");
    }
    if (kind == CardBarcode::ean13) {
        const bool ok =
            all_digits(text) &&
            (text.size() == 12 || (text.size() == 13 && text[12] == ean13_check_digit(text.substr(0, 12))));
        if (!ok) {
            throw std::invalid_argument("An EAN-13 number is 12 digits, or 13 with the right check digit.");
        }
    }
    if (text.empty() || !is_valid_utf8(text)) {
        throw std::invalid_argument("The barcode text must be UTF-8 and not empty.");
    }
    ZXing::BitMatrix matrix;
    try {
        // Margin 0 and size 0 give one pixel per module; Kassa scales and adds the quiet zone itself so every
        // module has the same whole number of pixels (a printer at 300 dpi smears fractional modules).
        matrix = ZXing::MultiFormatWriter(zxing_format(kind))
                     .setMargin(0)
                     .setEncoding(ZXing::CharacterSet::UTF8)
                     .encode(std::string(text), 0, 0);
    } catch (const std::exception&) {
        throw std::invalid_argument(kind == CardBarcode::code128
                                        ? "Code 128 holds ASCII text only; this text has other characters."
                                        : "The text does not fit in the barcode.");
    }
    const bool linear = kind != CardBarcode::qr;
    const int quiet = linear ? 10 : 4;
    const int modules_x = matrix.width() + 2 * quiet;
    const int modules_y = linear ? 0 : matrix.height() + 2 * quiet;
    GrayBitmap out = blank(modules_x * module_px, linear ? bar_height_px : modules_y * module_px);
    for (int x = 0; x < matrix.width(); ++x) {
        if (linear) {
            if (matrix.get(x, 0)) {
                fill(out, (quiet + x) * module_px, 0, module_px, bar_height_px, 0);
            }
            continue;
        }
        for (int y = 0; y < matrix.height(); ++y) {
            if (matrix.get(x, y)) {
                fill(out, (quiet + x) * module_px, (quiet + y) * module_px, module_px, module_px, 0);
            }
        }
    }
    return out;
}

CardSheet render_card_sheet(const CardSheetSettings& s) {
    if (s.count < 1 || s.count > kCardsPerSheet) {
        throw std::invalid_argument("A sheet holds 1 to 10 cards.");
    }
    if (!is_valid_utf8(s.shop_name)) {
        throw std::invalid_argument("The shop name is not UTF-8 text.");
    }
    CardSheet sheet;
    for (int i = 0; i < s.count; ++i) {
        // instore_card_number checks the prefix (20..29) and that the number fits in 10 digits.
        sheet.numbers.push_back(instore_card_number(s.prefix, s.first + i));
    }
    sheet.bitmap = blank(kSheetWidthPx, kSheetHeightPx);
    Font font(s.font_file);
    sheet.has_text = font.usable();

    // Cards touch each other so one cut separates two; the grid is centred on the page.
    const int left = (kSheetWidthPx - 2 * kCardWidthPx) / 2;
    const int top = (kSheetHeightPx - 5 * kCardHeightPx) / 2;
    for (int i = 0; i < s.count; ++i) {
        const int x0 = left + (i % 2) * kCardWidthPx;
        const int y0 = top + (i / 2) * kCardHeightPx;
        // Light grey cut lines: visible to the scissors, too pale to disturb a scanner's quiet zone.
        fill(sheet.bitmap, x0, y0, kCardWidthPx, 2, 190);
        fill(sheet.bitmap, x0, y0 + kCardHeightPx - 2, kCardWidthPx, 2, 190);
        fill(sheet.bitmap, x0, y0, 2, kCardHeightPx, 190);
        fill(sheet.bitmap, x0 + kCardWidthPx - 2, y0, 2, kCardHeightPx, 190);

        const std::string& number = sheet.numbers[static_cast<std::size_t>(i)];
        // The barcode area: below the shop name, above the number; 80 % of the card's width at most.
        const int area_top = y0 + 130;
        const int area_height = 340;
        const int area_width = kCardWidthPx * 8 / 10;
        GrayBitmap code;
        if (s.barcode == CardBarcode::qr) {
            const GrayBitmap probe = render_barcode(CardBarcode::qr, number, 1, 0);
            code = render_barcode(CardBarcode::qr, number, module_for(probe.width, area_height), 0);
        } else {
            const GrayBitmap probe = render_barcode(s.barcode, number, 1, 1);
            code = render_barcode(s.barcode, number, module_for(probe.width, area_width), area_height);
        }
        paste(sheet.bitmap, code, x0 + (kCardWidthPx - code.width) / 2,
              area_top + (area_height - code.height) / 2);
        if (sheet.has_text) {
            const int centre = x0 + kCardWidthPx / 2;
            font.draw_centred(sheet.bitmap, s.shop_name, centre, y0 + 100, 60, kCardWidthPx - 80);
            font.draw_centred(sheet.bitmap, number, centre, y0 + kCardHeightPx - 60, 56, kCardWidthPx - 80);
        }
    }
    return sheet;
}

namespace {

void append_be32(std::string& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.push_back(static_cast<char>((v >> shift) & 0xFFu));
    }
}

void collect(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                               static_cast<std::size_t>(size));
}

}  // namespace

void write_png(const GrayBitmap& bitmap, const std::filesystem::path& file, int dpi) {
    std::string png;
    if (bitmap.width <= 0 || bitmap.height <= 0 ||
        bitmap.pixels.size() !=
            static_cast<std::size_t>(bitmap.width) * static_cast<std::size_t>(bitmap.height) ||
        stbi_write_png_to_func(collect, &png, bitmap.width, bitmap.height, 1, bitmap.pixels.data(),
                               bitmap.width) == 0 ||
        png.size() < 33) {
        throw std::runtime_error("The picture could not be encoded as PNG.");
    }
    // stb_image_write leaves out the resolution; a pHYs chunk (pixels per metre, PNG 1.2 section 4.2.4.2)
    // after the 8-byte signature and the 25-byte IHDR chunk makes printers print the sheet at A4.
    const auto per_metre = static_cast<std::uint32_t>(std::lround(dpi / 0.0254));
    std::string chunk = "pHYs";
    append_be32(chunk, per_metre);
    append_be32(chunk, per_metre);
    chunk.push_back('\x01');  // unit: metre
    const auto crc = static_cast<std::uint32_t>(
        crc32(0L, reinterpret_cast<const Bytef*>(chunk.data()), static_cast<uInt>(chunk.size())));
    std::string phys;
    append_be32(phys, 9);
    phys += chunk;
    append_be32(phys, crc);
    png.insert(33, phys);

    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (!out || !out.write(png.data(), static_cast<std::streamsize>(png.size())) || !out.flush()) {
        throw std::runtime_error("The file " + file.string() + " could not be written.");
    }
}

}  // namespace kassa::drivers
