// Camera decode time for one 1280x720 grey frame (the size a webcam hands over): a frame holding a loyalty
// card's EAN-13, one holding a QR, and an empty frame, which is what a camera shows most of the time and so
// sets how many frames a second the till can look at. Median and p99 of wall time per frame, with the
// decoder's settings as the till uses them (try-harder, try-rotate).
// Run: ninja -C build/release kassa_decode_bench && build/release/tests/bench/kassa_decode_bench [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "kassa/drivers/card_printer.hpp"
#include "kassa/drivers/image_decoder.hpp"

using namespace kassa::drivers;

namespace {

constexpr int kWidth = 1280;
constexpr int kHeight = 720;

// A grey frame: a slightly uneven background (camera noise) with `code` pasted in the middle, if any.
std::vector<std::uint8_t> frame_with(const GrayBitmap* code) {
    std::vector<std::uint8_t> f(static_cast<std::size_t>(kWidth) * kHeight);
    unsigned seed = 12345;
    for (auto& px : f) {
        seed = seed * 1103515245u + 12345u;
        px = static_cast<std::uint8_t>(200 + ((seed >> 16) % 24));
    }
    if (code != nullptr) {
        const int x0 = (kWidth - code->width) / 2;
        const int y0 = (kHeight - code->height) / 2;
        for (int y = 0; y < code->height; ++y) {
            for (int x = 0; x < code->width; ++x) {
                f[static_cast<std::size_t>(y0 + y) * kWidth + static_cast<std::size_t>(x0 + x)] =
                    static_cast<std::uint8_t>(code->at(x, y) == 0 ? 30 : 210);
            }
        }
    }
    return f;
}

// A busy scene with no code: random grey blocks of many sizes, edges everywhere (a shop counter, a hand, a
// phone), which keeps the detectors busy far longer than a plain background.
std::vector<std::uint8_t> busy_frame() {
    std::vector<std::uint8_t> f(static_cast<std::size_t>(kWidth) * kHeight, 128);
    unsigned seed = 777;
    const auto next = [&seed](unsigned n) {
        seed = seed * 1103515245u + 12345u;
        return static_cast<int>((seed >> 8) % n);
    };
    for (int i = 0; i < 3000; ++i) {
        const int w = 4 + next(80);
        const int h = 4 + next(80);
        const int x0 = next(static_cast<unsigned>(kWidth - w));
        const int y0 = next(static_cast<unsigned>(kHeight - h));
        const auto grey = static_cast<std::uint8_t>(next(256));
        for (int y = y0; y < y0 + h; ++y) {
            for (int x = x0; x < x0 + w; ++x) {
                f[static_cast<std::size_t>(y) * kWidth + static_cast<std::size_t>(x)] = grey;
            }
        }
    }
    return f;
}

void measure(const char* name, const std::vector<std::uint8_t>& frame, int runs, std::size_t expect_scans) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const ImageScan r =
            decode_frame({frame, kWidth, kHeight, PixelFormat::gray8, 0}, "bench", Timestamp{});
        const auto stop = std::chrono::steady_clock::now();
        if (r.scans.size() != expect_scans) {
            std::fprintf(stderr, "%s: %zu scans, expected %zu\n", name, r.scans.size(), expect_scans);
            std::exit(1);
        }
        ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    std::sort(ms.begin(), ms.end());
    const auto p99 =
        ms[std::min(ms.size() - 1, static_cast<std::size_t>(static_cast<double>(ms.size()) * 0.99))];
    std::printf("%-28s median %7.2f ms   p99 %7.2f ms   (%d runs)\n", name, ms[ms.size() / 2], p99, runs);
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50;
    // Module sizes as a card held 20-30 cm from a 720p webcam shows them.
    const GrayBitmap ean = render_barcode(CardBarcode::ean13, "2000000000015", 3, 160);
    const GrayBitmap qr = render_barcode(CardBarcode::qr, "2000000000015", 6, 0);
    std::printf("decode_frame, 1280x720 grey\n");
    measure("EAN-13 card", frame_with(&ean), runs, 1);
    measure("QR card", frame_with(&qr), runs, 1);
    measure("empty frame (no code)", frame_with(nullptr), runs, 0);
    measure("busy frame (no code)", busy_frame(), runs, 0);
}
