// The camera path (devices.md section 6, layer 4): pictures made at test time by generators that share no
// code with ZXing (zint, qrencode), turned and blurred by ImageMagick, read by the decoder. The tools come
// from scripts/install-deps.sh; a missing tool fails the test rather than skipping it.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "driver_test_support.hpp"
#include "kassa/drivers/image_decoder.hpp"

using namespace kassa::drivers;
using namespace kassa::drivers::testing;
namespace fs = std::filesystem;

namespace {

// A directory of this test process's own (ctest may run test cases side by side), removed at exit.
class Workdir {
  public:
    Workdir() : dir_(fs::temp_directory_path() / ("kassa-image-test-" + std::to_string(::getpid()))) {
        fs::create_directories(dir_);
    }
    ~Workdir() {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    Workdir(const Workdir&) = delete;
    Workdir& operator=(const Workdir&) = delete;

    // Runs a shell command in the directory; the command writes `name` there. Fails the test when it does
    // not.
    fs::path make(const std::string& name, const std::string& command) const {
        const std::string line = "cd '" + dir_.string() + "' && " + command + " >/dev/null 2>&1";
        INFO(line);
        REQUIRE(std::system(line.c_str()) == 0);
        REQUIRE(fs::exists(dir_ / name));
        return dir_ / name;
    }
    fs::path path(const std::string& name) const { return dir_ / name; }

  private:
    fs::path dir_;
};

const Workdir& workdir() {
    static const Workdir w;
    return w;
}

std::vector<std::uint8_t> read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_bytes(const fs::path& p, const std::string& bytes) {
    std::ofstream(p, std::ios::binary) << bytes;
}

// zint leaves no margin around most symbols; a photo always has one, and ZXing needs a quiet zone.
const std::string kMargin = " && convert {} -bordercolor white -border 24 {}";

std::string with_margin(const std::string& command, const std::string& file) {
    std::string tail = kMargin;
    for (std::size_t at = tail.find("{}"); at != std::string::npos; at = tail.find("{}")) {
        tail.replace(at, 2, file);
    }
    return command + tail;
}

// The one scan a picture holds.
ScanEvent only_scan(const ImageScan& result) {
    REQUIRE_FALSE(result.error.has_value());
    REQUIRE(result.scans.size() == 1);
    const ScanEvent& scan = result.scans.front();
    CHECK(scan.source == SourceKind::camera);
    REQUIRE(scan.symbology.has_value());
    return scan;
}

}  // namespace

TEST_CASE("zint EAN-13 and EAN-8 read with their AIM ids", "[drivers][image]") {
    const auto e13 =
        workdir().make("e13.png", with_margin("zint -b 13 -d 4006381333931 -o e13.png", "e13.png"));
    const ScanEvent a = only_scan(decode_image_file(e13, at_ms(5)));
    CHECK(a.text == "4006381333931");
    CHECK(a.symbology->aim_id == "]E0");
    CHECK(a.symbology->name == "EAN-13/UPC-A");
    CHECK(a.device == e13.string());
    CHECK(a.time == at_ms(5));

    // Seven digits: zint adds the check digit itself.
    const auto e8 = workdir().make("e8.png", with_margin("zint -b 13 -d 9638507 -o e8.png", "e8.png"));
    const ScanEvent b = only_scan(decode_image_file(e8, at_ms(0)));
    CHECK(b.text == "96385074");
    CHECK(b.symbology->aim_id == "]E4");
    CHECK(b.symbology->name == "EAN-8");
}

TEST_CASE("zint Code 128 and DataMatrix read", "[drivers][image]") {
    const auto c128 = workdir().make(
        "c128.png", with_margin("zint -b 20 -d 'KASSA-2000000000015' -o c128.png", "c128.png"));
    const ScanEvent a = only_scan(decode_image_file(c128, at_ms(0)));
    CHECK(a.text == "KASSA-2000000000015");
    CHECK(a.symbology->aim_id == "]C0");
    CHECK(a.symbology->name == "Code 128");

    const auto dm = workdir().make(
        "dm.png", with_margin("zint -b 71 --scale=4 -d 'Card 2000000000015' -o dm.png", "dm.png"));
    const ScanEvent b = only_scan(decode_image_file(dm, at_ms(0)));
    CHECK(b.text == "Card 2000000000015");
    CHECK(b.symbology->aim_id == "]d1");  // ECC 200 without GS1
    CHECK(b.symbology->name == "DataMatrix");

    // zint's DataMatrix as it comes, with no quiet zone and 2 pixels a module (a code cut out of a screenshot
    // looks the same); zint picks ECI 7 (ISO 8859-5) for Cyrillic, which must still come out as UTF-8.
    const auto bare = workdir().make("dm-bare.png", "zint -b 71 -d 'Алёна 2000000000015' -o dm-bare.png");
    CHECK(only_scan(decode_image_file(bare, at_ms(0))).text == "Алёна 2000000000015");
}

TEST_CASE("UTF-8 text comes out as the same UTF-8", "[drivers][image]") {
    // qrencode writes the bytes in byte mode with no ECI: the decoder has to recognise them as UTF-8.
    const auto qr = workdir().make("qr.png", "qrencode -o qr.png 'Алёна Смирнова 2000000000015'");
    const ScanEvent a = only_scan(decode_image_file(qr, at_ms(0)));
    CHECK(a.text == "Алёна Смирнова 2000000000015");
    CHECK(a.symbology->aim_id == "]Q1");
    CHECK(a.symbology->name == "QR");

    // zint with ECI 26 (UTF-8) in a DataMatrix.
    const auto dm = workdir().make(
        "dm-utf8.png",
        with_margin("zint -b 71 --eci=26 --scale=4 -d 'Алёна 2000000000015' -o dm-utf8.png", "dm-utf8.png"));
    const ScanEvent b = only_scan(decode_image_file(dm, at_ms(0)));
    CHECK(b.text == "Алёна 2000000000015");
    CHECK(b.symbology->name == "DataMatrix");
}

TEST_CASE("a QR code with an ECI designator reads with the symbology modifier 2 and one without with 1",
          "[drivers][image]") {
    // ISO/IEC 18004: ]Q2 says the symbol holds an ECI. zint writes ECI 26 (UTF-8) when asked to; the same
    // text without it stays ]Q1.
    const auto& w = workdir();
    const auto eci =
        w.make("qr-eci.png", with_margin("zint -b 58 --eci=26 --scale=4 -d 'Алёна 2000000000015' "
                                         "-o qr-eci.png",
                                         "qr-eci.png"));
    const ScanEvent a = only_scan(decode_image_file(eci, at_ms(0)));
    CHECK(a.text == "Алёна 2000000000015");
    CHECK(a.symbology->aim_id == "]Q2");
    CHECK(a.symbology->name == "QR");
    const auto plain = w.make("qr-plain.png", with_margin("zint -b 58 --scale=4 -d 'KASSA 2000000000015' "
                                                          "-o qr-plain.png",
                                                          "qr-plain.png"));
    const ScanEvent b = only_scan(decode_image_file(plain, at_ms(0)));
    CHECK(b.text == "KASSA 2000000000015");
    CHECK(b.symbology->aim_id == "]Q1");
}

TEST_CASE("turned, tilted and blurred pictures still read", "[drivers][image]") {
    const auto& w = workdir();
    w.make("ean.png", with_margin("zint -b 13 --scale=2 -d 4006381333931 -o ean.png", "ean.png"));
    w.make("qrb.png", "qrencode -s 6 -o qrb.png 'Алёна Смирнова 2000000000015'");
    struct Variant {
        const char* name;
        const char* options;
    };
    const Variant variants[] = {
        {"r90", "-rotate 90"},
        {"r10", "-background white -rotate 10"},
        {"r350", "-background white -rotate -10"},
        {"blur", "-blur 0x1"},
        {"r10blur", "-background white -rotate 10 -blur 0x1"},
    };
    for (const Variant& v : variants) {
        for (const std::string base : {"ean", "qrb"}) {
            const std::string out = base + "-" + v.name + ".png";
            const auto file = w.make(out, "convert " + base + ".png " + v.options + " " + out);
            INFO(out);
            const ScanEvent scan = only_scan(decode_image_file(file, at_ms(0)));
            CHECK(scan.text == (base == "ean" ? "4006381333931" : "Алёна Смирнова 2000000000015"));
        }
    }
}

TEST_CASE("a JPEG photo reads", "[drivers][image]") {
    const auto& w = workdir();
    w.make("src.png", with_margin("zint -b 13 --scale=2 -d 4006381333931 -o src.png", "src.png"));
    const auto jpg = w.make("photo.jpg", "convert src.png -background white -rotate 5 -quality 70 photo.jpg");
    CHECK(only_scan(decode_image_file(jpg, at_ms(0))).text == "4006381333931");
}

TEST_CASE("several barcodes in one picture give several scans", "[drivers][image]") {
    const auto& w = workdir();
    w.make("one.png", with_margin("zint -b 13 --scale=2 -d 4006381333931 -o one.png", "one.png"));
    w.make("two.png", "qrencode -s 6 -o two.png 'KASSA 2000000000015'");
    const auto both =
        w.make("both.png", "convert one.png two.png -background white -gravity center +append both.png");
    const ImageScan r = decode_image_file(both, at_ms(0));
    REQUIRE_FALSE(r.error.has_value());
    std::vector<std::string> texts;
    for (const auto& s : r.scans) {
        texts.push_back(s.text);
    }
    std::sort(texts.begin(), texts.end());
    CHECK(texts == std::vector<std::string>{"4006381333931", "KASSA 2000000000015"});
}

TEST_CASE("raw camera frames in grey and RGB", "[drivers][image]") {
    const auto& w = workdir();
    w.make("frame-src.png",
           with_margin("zint -b 13 --scale=2 -d 4006381333931 -o frame-src.png", "frame-src.png"));
    // ImageMagick writes headerless pixels, as a camera hands them over.
    const auto gray = w.make("frame.gray",
                             "convert frame-src.png -background white -gravity center "
                             "-extent 1280x720 -depth 8 gray:frame.gray");
    const auto rgb = w.make("frame.rgb",
                            "convert frame-src.png -background white -gravity center "
                            "-extent 1280x720 -depth 8 rgb:frame.rgb");
    const auto g = read_bytes(gray);
    const auto c = read_bytes(rgb);
    REQUIRE(g.size() == 1280u * 720u);
    REQUIRE(c.size() == 1280u * 720u * 3u);

    const ScanEvent a = only_scan(decode_frame({g, 1280, 720, PixelFormat::gray8, 0}, "cam0", at_ms(7)));
    CHECK(a.text == "4006381333931");
    CHECK(a.device == "cam0");
    CHECK(a.time == at_ms(7));
    CHECK(only_scan(decode_frame({c, 1280, 720, PixelFormat::rgb24, 1280 * 3}, "cam0", at_ms(0))).text ==
          "4006381333931");

    // A padded stride: every row 64 bytes longer, the padding noise.
    std::vector<std::uint8_t> padded;
    for (std::size_t y = 0; y < 720; ++y) {
        padded.insert(padded.end(), g.begin() + static_cast<std::ptrdiff_t>(y * 1280),
                      g.begin() + static_cast<std::ptrdiff_t>((y + 1) * 1280));
        padded.insert(padded.end(), 64, static_cast<std::uint8_t>(y * 37));
    }
    CHECK(only_scan(decode_frame({padded, 1280, 720, PixelFormat::gray8, 1344}, "cam0", at_ms(0))).text ==
          "4006381333931");

    // An empty white frame is no scan and no error: a camera shows nothing most of the time.
    const std::vector<std::uint8_t> white(1280 * 720, 255);
    const ImageScan none = decode_frame({white, 1280, 720, PixelFormat::gray8, 0}, "cam0", at_ms(0));
    CHECK(none.scans.empty());
    CHECK_FALSE(none.error.has_value());
}

TEST_CASE("frames that do not match their buffer are errors, not crashes", "[drivers][image]") {
    const std::vector<std::uint8_t> small(100, 255);
    const FrameView bad[] = {
        {small, 1280, 720, PixelFormat::gray8, 0},  // buffer far too small
        {small, 10, 10, PixelFormat::rgb24, 0},     // 300 bytes needed
        {small, 10, 10, PixelFormat::gray8, 5},     // stride shorter than a row
        {small, 0, 10, PixelFormat::gray8, 0},          {small, 10, -1, PixelFormat::gray8, 0},
        {small, 10, 10, PixelFormat::gray8, -10},       {{}, 1, 1, PixelFormat::gray8, 0},
        {small, 100000, 100000, PixelFormat::gray8, 0},
    };
    for (const FrameView& f : bad) {
        const ImageScan r = decode_frame(f, "cam0", at_ms(0));
        REQUIRE(r.error.has_value());
        CHECK(r.error->code == ErrorCode::unreadable_image);
        CHECK(r.error->device == "cam0");
        CHECK_FALSE(r.error->sentence.empty());
        CHECK(r.scans.empty());
    }
    // 10x10 grey in exactly 100 bytes is fine (nothing in it); so is a last row without its padding.
    CHECK_FALSE(decode_frame({small, 10, 10, PixelFormat::gray8, 0}, "cam0", at_ms(0)).error.has_value());
    CHECK_FALSE(decode_frame({small, 10, 9, PixelFormat::gray8, 11}, "cam0", at_ms(0)).error.has_value());
}

TEST_CASE("files that are not pictures give a sentence", "[drivers][image]") {
    const auto& w = workdir();
    write_bytes(w.path("notes.txt"), "2000000000015 is the card of Olga\n");
    write_bytes(w.path("empty.png"), "");
    const auto good =
        w.make("cut-src.png", with_margin("zint -b 13 -d 4006381333931 -o cut-src.png", "cut-src.png"));
    const auto bytes = read_bytes(good);
    // A PNG cut off half way: stb_image sees the header and must not read past the end.
    write_bytes(w.path("cut.png"),
                std::string(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(bytes.size() / 2)));
    // A PNG header claiming a 60000x60000 picture.
    std::string huge(bytes.begin(), bytes.end());
    huge[16] = huge[20] = 0;
    huge[17] = huge[21] = 0;
    huge[18] = huge[22] = static_cast<char>(0xEA);
    huge[19] = huge[23] = 0x60;
    write_bytes(w.path("huge.png"), huge);

    for (const std::string name : {"notes.txt", "empty.png", "cut.png", "huge.png", "missing.png", ""}) {
        INFO(name);
        const fs::path p = name.empty() ? w.path("") : w.path(name);  // "" is the directory itself
        const ImageScan r = decode_image_file(p, at_ms(0));
        REQUIRE(r.error.has_value());
        CHECK(r.error->code == ErrorCode::unreadable_image);
        CHECK(r.error->sentence.find("2000000000015") == std::string::npos);
        CHECK(r.error->sentence.back() == '.');
        CHECK(r.scans.empty());
    }
    CHECK(error_code_name(ErrorCode::unreadable_image) == "unreadable_image");
    CHECK(decode_image_bytes({}, "x", at_ms(0)).error.has_value());
}

TEST_CASE("a code carrying a bank card's number is refused, its text kept nowhere",
          "[drivers][image][security]") {
    // A customer shows a photo of her bank card's number as a QR (or a banking app's code): the picture
    // gives the bank_card error, and a loyalty card beside it still reads.
    const auto qr = workdir().make("bank-qr.png", "qrencode -o bank-qr.png '4111 1111 1111 1111'");
    const ImageScan alone = decode_image_file(qr, at_ms(0));
    CHECK(alone.scans.empty());
    REQUIRE(alone.refusals.size() == 1);
    CHECK(alone.refusals[0].code == ErrorCode::bank_card);
    CHECK(alone.refusals[0].sentence.find("4111") == std::string::npos);

    const auto both = workdir().make(
        "both.png",
        "qrencode -o bank.png '4111111111111111' && zint -b 13 -d 2000000000015 -o loyalty.png && "
        "convert bank.png loyalty.png -background white -gravity center +append -bordercolor white "
        "-border 20 both.png");
    const ImageScan read = decode_image_file(both, at_ms(0));
    REQUIRE(read.scans.size() == 1);
    CHECK(read.scans[0].text == "2000000000015");
    REQUIRE(read.refusals.size() == 1);
    CHECK(read.refusals[0].code == ErrorCode::bank_card);
}
