#pragma once
// Text drawn with FreeType into a GrayBitmap: the shop name and number on a loyalty card (card_printer.cpp)
// and the receipt lines a printer's code pages cannot hold (escpos.cpp). Several font files may be given:
// each character is drawn with the first face that has it (DejaVu for Latin and Cyrillic, a fallback font
// for Chinese), so one missing glyph does not need a font that has everything.
//
// Threading: one object per thread; it owns its FreeType library, which FreeType does not share safely.

#include <ft2build.h>
#include FT_FREETYPE_H

#include <string>
#include <string_view>
#include <vector>

#include "kassa/drivers/card_printer.hpp"

namespace kassa::drivers {

class GlyphFaces {
  public:
    // Files that are missing or not fonts are skipped; usable() says whether any was loaded.
    explicit GlyphFaces(const std::vector<std::string>& font_files);
    ~GlyphFaces();
    GlyphFaces(const GlyphFaces&) = delete;
    GlyphFaces& operator=(const GlyphFaces&) = delete;

    bool usable() const { return !faces_.empty(); }

    // The pen advance of `c` at `pixel_size`, in whole pixels (0 when no face can load it).
    int advance(char32_t c, int pixel_size);
    int measure(std::u32string_view text, int pixel_size);

    // Darkens `b` with the glyph of `c`, its origin at (pen_x, baseline); returns the advance. A character no
    // face has is drawn with the first face's missing-glyph box.
    int draw(GrayBitmap& b, char32_t c, int pen_x, int baseline, int pixel_size);

  private:
    FT_Face face_for(char32_t c, int pixel_size);

    FT_Library library_ = nullptr;
    std::vector<FT_Face> faces_;
    std::vector<int> sizes_;  // the pixel size last set on each face, so it is set only when it changes
};

}  // namespace kassa::drivers
