// ESC/POS encoding of a 50-line receipt (Russian and Estonian lines, so code pages switch inside lines, and a
// 288 x 96 dot logo) against copying the same text and logo bytes into a buffer, the least any printer path
// does. Median of many runs, and their ratio; target: the encoder within 20 times the copy. Then the same
// receipt with one line no code page holds, which is drawn with FreeType.
// Run: ninja -C build/release kassa_print_bench && build/release/tests/bench/kassa_print_bench [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "kassa/core/paper.hpp"
#include "kassa/drivers/escpos.hpp"

using namespace kassa;
using namespace kassa::drivers;

namespace {

PaperDocument receipt(bool chinese_line) {
    PaperDocument doc;
    // A logo of stripes and a circle, dithered like a real one.
    std::vector<std::uint8_t> grey(576 * 192);
    for (int y = 0; y < 192; ++y) {
        for (int x = 0; x < 576; ++x) {
            const int dx = x - 150;
            const int dy = y - 96;
            grey[static_cast<std::size_t>(y) * 576 + static_cast<std::size_t>(x)] =
                static_cast<std::uint8_t>(dx * dx + dy * dy < 80 * 80 ? 0
                                          : (x / 16) % 2 == 0         ? 90
                                                                      : 230);
        }
    }
    doc.image(dither_logo(grey, 576, 192, 288));
    const char* names[] = {"Хлеб ржаной", "Šokolaad õunaga", "Молоко / Piim ÕÜ", "Kohv 250 g",
                           "Сыр Eesti juust"};
    for (int i = 0; i < 50; ++i) {
        std::string line = names[i % 5];
        line += "  x" + std::to_string(1 + i % 3) + "   " + std::to_string(100 + i * 7) + ".50";
        if (chinese_line && i == 10) {
            line = "Чай 绿茶  x1   12.50";  // no code page has it: drawn with FreeType
        }
        doc.text(line, TextStyle{i == 49 ? PaperAlign::right : PaperAlign::left, i == 49});
    }
    doc.barcode(PaperBarcode{"R20261207-0001", 80, 2, true, PaperAlign::center});
    doc.cut();
    return doc;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::atoi(argv[1]) : 20000;
    const PaperDocument doc = receipt(false);
    const PrinterProfile& profile = *profile_by_name("epson_tm_t20");

    std::vector<std::uint8_t> out;
    out.reserve(64 * 1024);
    std::vector<double> encode_us;
    std::vector<double> copy_us;
    std::size_t bytes = 0;
    std::size_t copied = 0;
    for (int i = 0; i < runs; ++i) {
        out.clear();
        const auto t0 = std::chrono::steady_clock::now();
        encode_escpos(doc, profile, out);
        const auto t1 = std::chrono::steady_clock::now();
        encode_us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
        bytes = out.size();

        // The baseline: the same text and picture bytes appended to the same buffer, nothing looked up.
        out.clear();
        const auto c0 = std::chrono::steady_clock::now();
        for (const PaperBlock& block : doc.blocks) {
            if (const auto* line = std::get_if<TextLine>(&block)) {
                out.insert(out.end(), line->text.begin(), line->text.end());
                out.push_back('\n');
            } else if (const auto* image = std::get_if<PaperImage>(&block)) {
                out.insert(out.end(), image->bits.begin(), image->bits.end());
            }
        }
        const auto c1 = std::chrono::steady_clock::now();
        copy_us.push_back(std::chrono::duration<double, std::micro>(c1 - c0).count());
        copied = out.size();
    }
    const double enc = median(encode_us);
    const double cpy = median(copy_us);
    std::printf("50-line receipt with logo, epson_tm_t20, %d runs\n", runs);
    std::printf("encode_escpos: median %.2f us (%zu bytes)\n", enc, bytes);
    std::printf("copy baseline: median %.2f us (%zu bytes)\n", cpy, copied);
    std::printf("ratio: %.1fx (target <= 20x: %s)\n", enc / cpy, enc <= 20 * cpy ? "met" : "missed");

    // The same receipt with one line no code page holds: the fonts are opened and the line drawn.
    const PaperDocument drawn = receipt(true);
    std::vector<double> drawn_us;
    for (int i = 0; i < std::max(1, runs / 100); ++i) {
        out.clear();
        const auto t0 = std::chrono::steady_clock::now();
        encode_escpos(drawn, profile, out);
        const auto t1 = std::chrono::steady_clock::now();
        drawn_us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    std::printf("with one Chinese line (drawn): median %.0f us (%zu bytes)\n", median(drawn_us), out.size());
    return 0;
}
