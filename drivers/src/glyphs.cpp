#include "glyphs.hpp"

#include <algorithm>
#include <cstddef>

namespace kassa::drivers {

GlyphFaces::GlyphFaces(const std::vector<std::string>& font_files) {
    if (FT_Init_FreeType(&library_) != 0) {
        library_ = nullptr;
        return;
    }
    for (const std::string& file : font_files) {
        FT_Face face = nullptr;
        if (FT_New_Face(library_, file.c_str(), 0, &face) == 0) {
            faces_.push_back(face);
            sizes_.push_back(0);
        }
    }
}

GlyphFaces::~GlyphFaces() {
    for (FT_Face face : faces_) {
        FT_Done_Face(face);
    }
    if (library_ != nullptr) {
        FT_Done_FreeType(library_);
    }
}

FT_Face GlyphFaces::face_for(char32_t c, int pixel_size) {
    if (faces_.empty()) {
        return nullptr;
    }
    std::size_t chosen = 0;
    for (std::size_t k = 0; k < faces_.size(); ++k) {
        if (FT_Get_Char_Index(faces_[k], c) != 0) {
            chosen = k;
            break;
        }
    }
    if (sizes_[chosen] != pixel_size) {
        FT_Set_Pixel_Sizes(faces_[chosen], 0, static_cast<FT_UInt>(pixel_size));
        sizes_[chosen] = pixel_size;
    }
    return faces_[chosen];
}

int GlyphFaces::advance(char32_t c, int pixel_size) {
    FT_Face face = face_for(c, pixel_size);
    if (face == nullptr || FT_Load_Char(face, c, FT_LOAD_DEFAULT) != 0) {
        return 0;
    }
    return static_cast<int>(face->glyph->advance.x >> 6);
}

int GlyphFaces::measure(std::u32string_view text, int pixel_size) {
    int width = 0;
    for (const char32_t c : text) {
        width += advance(c, pixel_size);
    }
    return width;
}

int GlyphFaces::draw(GrayBitmap& b, char32_t c, int pen_x, int baseline, int pixel_size) {
    FT_Face face = face_for(c, pixel_size);
    if (face == nullptr || FT_Load_Char(face, c, FT_LOAD_RENDER) != 0) {
        return 0;
    }
    const FT_GlyphSlot g = face->glyph;
    const FT_Bitmap& bm = g->bitmap;
    for (unsigned row = 0; row < bm.rows; ++row) {
        for (unsigned col = 0; col < bm.width; ++col) {
            const int x = pen_x + g->bitmap_left + static_cast<int>(col);
            const int y = baseline - g->bitmap_top + static_cast<int>(row);
            if (x < 0 || y < 0 || x >= b.width || y >= b.height) {
                continue;
            }
            const std::uint8_t coverage = bm.buffer[static_cast<std::ptrdiff_t>(row) * bm.pitch + col];
            auto& px = b.pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(b.width) +
                                static_cast<std::size_t>(x)];
            px = std::min(px, static_cast<std::uint8_t>(255 - coverage));
        }
    }
    return static_cast<int>(g->advance.x >> 6);
}

}  // namespace kassa::drivers
