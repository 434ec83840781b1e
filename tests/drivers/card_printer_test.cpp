// Loyalty cards: the EAN-13 bars checked module by module against zint (an independent encoder), every
// symbology read back by the camera path, and the A4 sheet written, reopened and read back card by card.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <array>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <string>

#include "driver_test_support.hpp"
#include "kassa/core/cards.hpp"
#include "kassa/drivers/card_printer.hpp"
#include "kassa/drivers/image_decoder.hpp"

using namespace kassa::drivers;
using namespace kassa::drivers::testing;
namespace fs = std::filesystem;

namespace {

ImageScan read_back(const GrayBitmap& b) {
    return decode_frame({b.pixels, b.width, b.height, PixelFormat::gray8, 0}, "test", at_ms(0));
}

// zint's --dump: the modules of a linear symbol as hex bytes, most significant bit first.
std::string zint_modules(const std::string& data) {
    const std::string command = "zint -b 13 --dump -d " + data;
    const std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
    REQUIRE(pipe);
    std::string bits;
    std::array<char, 256> line{};
    while (std::fgets(line.data(), static_cast<int>(line.size()), pipe.get()) != nullptr) {
        for (const char c : std::string(line.data())) {
            if (std::isxdigit(static_cast<unsigned char>(c))) {
                const int v = std::stoi(std::string(1, c), nullptr, 16);
                for (int bit = 3; bit >= 0; --bit) {
                    bits.push_back(((v >> bit) & 1) != 0 ? '1' : '0');
                }
            }
        }
    }
    return bits;
}

}  // namespace

TEST_CASE("the EAN-13 bars match zint's module for module", "[drivers][cards]") {
    for (const std::string& number : {std::string("2000000000015"), std::string("4006381333931"),
                                      kassa::instore_card_number(29, 12345678)}) {
        INFO(number);
        const GrayBitmap b = render_barcode(CardBarcode::ean13, number, 1, 1);
        REQUIRE(b.width == 95 + 20);  // 95 modules and a 10-module quiet zone each side
        std::string ours;
        for (int x = 10; x < 10 + 95; ++x) {
            ours.push_back(b.at(x, 0) == 0 ? '1' : '0');
        }
        const std::string theirs = zint_modules(number);
        REQUIRE(theirs.size() >= 95);
        CHECK(ours == theirs.substr(0, 95));
    }
}

TEST_CASE("each card symbology reads back", "[drivers][cards]") {
    const std::string number = kassa::instore_card_number(20, 1);
    CHECK(number == "2000000000015");
    struct Case {
        CardBarcode kind;
        const char* name;
    };
    for (const Case c : {Case{CardBarcode::ean13, "EAN-13/UPC-A"}, Case{CardBarcode::code128, "Code 128"},
                         Case{CardBarcode::qr, "QR"}}) {
        const GrayBitmap b = render_barcode(c.kind, number, 3, 120);
        const ImageScan r = read_back(b);
        REQUIRE(r.scans.size() == 1);
        CHECK(r.scans[0].text == number);
        CHECK(r.scans[0].symbology->name == c.name);
    }
    // QR carries any UTF-8 text.
    const ImageScan r = read_back(render_barcode(CardBarcode::qr, "Алёна Смирнова 2000000000015", 4, 0));
    REQUIRE(r.scans.size() == 1);
    CHECK(r.scans[0].text == "Алёна Смирнова 2000000000015");
}

TEST_CASE("barcode text the symbology cannot hold is refused with a sentence", "[drivers][cards]") {
    CHECK_THROWS_WITH(render_barcode(CardBarcode::ean13, "2000000000016", 2, 50),
                      Catch::Contains("check digit"));
    CHECK_THROWS_AS(render_barcode(CardBarcode::ean13, "20000000000", 2, 50), std::invalid_argument);
    CHECK_THROWS_AS(render_barcode(CardBarcode::ean13, "20000000000x5", 2, 50), std::invalid_argument);
    CHECK_THROWS_WITH(render_barcode(CardBarcode::code128, "Алёна", 2, 50), Catch::Contains("ASCII"));
    CHECK_THROWS_AS(render_barcode(CardBarcode::qr, "", 2, 0), std::invalid_argument);
    CHECK_THROWS_AS(render_barcode(CardBarcode::qr, "\xff", 2, 0), std::invalid_argument);
    CHECK_THROWS_AS(render_barcode(CardBarcode::qr, "1", 0, 0), std::invalid_argument);
    // 12 digits: the writer adds the check digit.
    CHECK(read_back(render_barcode(CardBarcode::ean13, "200000000001", 3, 100)).scans.at(0).text ==
          "2000000000015");
}

TEST_CASE("an A4 sheet of ten cards reads back card by card", "[drivers][cards]") {
    const fs::path dir = fs::temp_directory_path() / ("kassa-card-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    for (const CardBarcode kind : {CardBarcode::ean13, CardBarcode::code128, CardBarcode::qr}) {
        CardSheetSettings s;
        s.shop_name = "Бутик «Алёна»";
        s.prefix = 21;
        s.first = 9'999'999'990;
        s.barcode = kind;
        const CardSheet sheet = render_card_sheet(s);
        CHECK(sheet.has_text);
        REQUIRE(sheet.numbers.size() == 10);
        CHECK(sheet.numbers.front() == "2199999999902");  // 219999999990 -> check digit 2
        CHECK(sheet.numbers.back() == kassa::instore_card_number(21, 9'999'999'999));
        CHECK(sheet.bitmap.width == 2480);
        CHECK(sheet.bitmap.height == 3508);

        const fs::path file = dir / "sheet.png";
        write_png(sheet.bitmap, file);
        const ImageScan r = decode_image_file(file, at_ms(0));
        REQUIRE_FALSE(r.error.has_value());
        std::set<std::string> read;
        for (const auto& scan : r.scans) {
            read.insert(scan.text);
        }
        CHECK(read == std::set<std::string>(sheet.numbers.begin(), sheet.numbers.end()));

        // Each card on its own, as a customer would hold it to a camera.
        GrayBitmap card;
        card.width = kCardWidthPx;
        card.height = kCardHeightPx;
        const int left = (kSheetWidthPx - 2 * kCardWidthPx) / 2;
        const int top = (kSheetHeightPx - 5 * kCardHeightPx) / 2;
        for (int y = 0; y < kCardHeightPx; ++y) {
            for (int x = 0; x < kCardWidthPx; ++x) {
                card.pixels.push_back(sheet.bitmap.at(left + kCardWidthPx + x, top + y));
            }
        }
        const ImageScan one = read_back(card);
        REQUIRE(one.scans.size() == 1);
        CHECK(one.scans[0].text == sheet.numbers[1]);
    }

    // The PNG says 300 dpi: 11811 pixels per metre in a pHYs chunk right after IHDR.
    std::ifstream in(dir / "sheet.png", std::ios::binary);
    const std::string png{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    CHECK(png.substr(37, 4) == "pHYs");
    CHECK(png.substr(41, 9) == std::string("\x00\x00\x2e\x23\x00\x00\x2e\x23\x01", 9));
    fs::remove_all(dir);
}

TEST_CASE("a sheet without its font still prints the barcodes", "[drivers][cards]") {
    CardSheetSettings s;
    s.shop_name = "Kassa";
    s.count = 3;
    s.font_file = "/nonexistent/font.ttf";
    const CardSheet sheet = render_card_sheet(s);
    CHECK_FALSE(sheet.has_text);
    CHECK(sheet.numbers == std::vector<std::string>{"2000000000015", "2000000000022", "2000000000039"});
    CHECK(read_back(sheet.bitmap).scans.size() == 3);
}

TEST_CASE("sheet settings out of range are refused", "[drivers][cards]") {
    CardSheetSettings s;
    s.count = 11;
    CHECK_THROWS_WITH(render_card_sheet(s), Catch::Contains("1 to 10"));
    s.count = 0;
    CHECK_THROWS_AS(render_card_sheet(s), std::invalid_argument);
    s.count = 2;
    s.prefix = 30;
    CHECK_THROWS_AS(render_card_sheet(s), std::invalid_argument);
    s.prefix = 20;
    s.first = 9'999'999'999;  // the second card would need 11 digits
    CHECK_THROWS_AS(render_card_sheet(s), std::invalid_argument);
    s.first = 1;
    s.shop_name = "\xc3";
    CHECK_THROWS_WITH(render_card_sheet(s), Catch::Contains("UTF-8"));
    CHECK_THROWS_AS(write_png(GrayBitmap{}, "/tmp/never.png"), std::runtime_error);
    CHECK_THROWS_AS(write_png(render_barcode(CardBarcode::qr, "1", 1, 0), "/nonexistent-dir/x.png"),
                    std::runtime_error);
}
