#include "kassa/drivers/image_decoder.hpp"

#include <ZXing/ReadBarcode.h>
#include <stb_image.h>

#include <algorithm>
#include <fstream>
#include <limits>
#include <memory>
#include <utility>

#include "kassa/drivers/aim.hpp"

namespace kassa::drivers {

namespace {

constexpr ZXing::BarcodeFormats kLinear =
    ZXing::BarcodeFormat::EAN13 | ZXing::BarcodeFormat::EAN8 | ZXing::BarcodeFormat::Code128;
constexpr ZXing::BarcodeFormats kMatrix = ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::DataMatrix;

ZXing::DecodeHints hints(ZXing::BarcodeFormats formats) {
    ZXing::DecodeHints h;
    h.setFormats(formats);
    // A phone held to a webcam is seldom square to it: tryRotate reads codes turned by 90/180/270 degrees
    // (and JPEGs whose EXIF orientation stb_image ignores), tryHarder scans more rows and tilts, which is
    // what lets a tilted or slightly blurred EAN read.
    h.setTryHarder(true);
    h.setTryRotate(true);
    // Downscaling helps large photos of QR and DataMatrix codes. It stays off for linear codes: in
    // ZXing 1.4.0 merging a downscaled pass's linear results with the full-size ones can hit an assert() that
    // Debian's libzxing2 keeps (Result.cpp:140, `lineCount() == 1`; zxing-cpp issue #740, fixed in 2.x),
    // which aborts the whole till. A sheet of ten EAN-13 cards triggers it (card_printer_test.cpp).
    h.setTryDownscale(formats == kMatrix);
    // Several cards may lie on the counter; each gives its own scan.
    h.setMaxNumberOfSymbols(16);
    return h;
}

// The names the other decoders give (aim.cpp); ZXing's own AIM id is kept as it comes, since it tells a plain
// DataMatrix (]d1) from a GS1 one (]d2); a QR with ECI (]Q2) is told from one without (]Q1) below.
std::string_view format_name(ZXing::BarcodeFormat format) {
    switch (format) {
        case ZXing::BarcodeFormat::EAN13:
            return "EAN-13/UPC-A";
        case ZXing::BarcodeFormat::EAN8:
            return "EAN-8";
        case ZXing::BarcodeFormat::Code128:
            return "Code 128";
        case ZXing::BarcodeFormat::QRCode:
            return "QR";
        case ZXing::BarcodeFormat::DataMatrix:
            return "DataMatrix";
        default:
            return "unknown";
    }
}

std::string_view default_aim(ZXing::BarcodeFormat format) {
    switch (format) {
        case ZXing::BarcodeFormat::EAN13:
            return "]E0";
        case ZXing::BarcodeFormat::EAN8:
            return "]E4";
        case ZXing::BarcodeFormat::Code128:
            return "]C0";
        case ZXing::BarcodeFormat::QRCode:
            return "]Q1";
        case ZXing::BarcodeFormat::DataMatrix:
            return "]d1";
        default:
            return "]X0";
    }
}

// ISO/IEC 18004's modifiers for QR: 1, 3 and 5 say the decoder does not implement ECI (plain, FNC1 first,
// FNC1 second); 2, 4 and 6 are the same with an ECI designator in the symbol. ZXing 1.4 reports the former
// even when the symbol holds an ECI, so the modifier is raised here from hasECI().
std::string with_eci_modifier(std::string aim, const ZXing::Result& r) {
    if (r.format() == ZXing::BarcodeFormat::QRCode && r.hasECI() && aim.size() == 3 &&
        (aim[2] == '1' || aim[2] == '3' || aim[2] == '5')) {
        ++aim[2];
    }
    return aim;
}

ImageScan failure(const DeviceId& device, std::string sentence) {
    ImageScan out;
    out.error = ErrorEvent{device, ErrorCode::unreadable_image, std::move(sentence)};
    return out;
}

ImageScan read_view(const ZXing::ImageView& view, const DeviceId& device, Timestamp at) {
    ImageScan out;
    // Two passes because of the downscale setting above; each pass binarises the picture afresh.
    ZXing::Results results = ZXing::ReadBarcodes(view, hints(kLinear));
    for (ZXing::Result& r : ZXing::ReadBarcodes(view, hints(kMatrix))) {
        results.push_back(std::move(r));
    }
    for (const ZXing::Result& r : results) {
        if (!r.isValid()) {
            continue;
        }
        ScanEvent scan;
        scan.device = device;
        scan.source = SourceKind::camera;
        std::string aim = r.symbologyIdentifier();
        if (!is_aim_id(aim)) {
            aim = std::string(default_aim(r.format()));
        }
        aim = with_eci_modifier(std::move(aim), r);
        scan.symbology = Symbology{std::move(aim), std::string(format_name(r.format()))};
        // text() is UTF-8 with ZX_USE_UTF8: ZXing honours an ECI and otherwise guesses the character set,
        // so a QR from qrencode holding Cyrillic UTF-8 bytes without an ECI comes out as the same UTF-8.
        scan.text = r.text();
        scan.time = at;
        Event judged = refuse_payment_card(std::move(scan));
        if (auto* ok = std::get_if<ScanEvent>(&judged)) {
            out.scans.push_back(std::move(*ok));
        } else {
            out.refusals.push_back(std::get<ErrorEvent>(std::move(judged)));
        }
    }
    return out;
}

int bytes_per_pixel(PixelFormat format) {
    switch (format) {
        case PixelFormat::gray8:
            return 1;
        case PixelFormat::rgb24:
            return 3;
        case PixelFormat::rgbx32:
            return 4;
    }
    return 1;
}

ZXing::ImageFormat zxing_format(PixelFormat format) {
    switch (format) {
        case PixelFormat::gray8:
            return ZXing::ImageFormat::Lum;
        case PixelFormat::rgb24:
            return ZXing::ImageFormat::RGB;
        case PixelFormat::rgbx32:
            return ZXing::ImageFormat::RGBX;
    }
    return ZXing::ImageFormat::Lum;
}

// Pictures up to this size get a second try with a white border added (see decode_image_bytes).
constexpr std::uint64_t kPadBelowPixels = 4'000'000;

struct StbFree {
    void operator()(unsigned char* p) const { stbi_image_free(p); }
};

}  // namespace

ImageScan decode_frame(const FrameView& frame, const DeviceId& device, Timestamp at) {
    const std::uint64_t bpp = static_cast<std::uint64_t>(bytes_per_pixel(frame.format));
    if (frame.width <= 0 || frame.height <= 0 ||
        static_cast<std::uint64_t>(frame.width) * static_cast<std::uint64_t>(frame.height) >
            kMaxImagePixels) {
        return failure(device, "The camera sent a picture with an impossible size.");
    }
    const std::uint64_t row_bytes = static_cast<std::uint64_t>(frame.width) * bpp;
    const std::uint64_t stride =
        frame.row_stride == 0 ? row_bytes : static_cast<std::uint64_t>(frame.row_stride);
    // The last row only needs its own pixels, not a whole stride: cameras often pad every row but the last.
    if (frame.row_stride < 0 || stride < row_bytes ||
        frame.pixels.size() < stride * static_cast<std::uint64_t>(frame.height - 1) + row_bytes) {
        return failure(device, "The camera sent a picture smaller than its stated size.");
    }
    const ZXing::ImageView view(frame.pixels.data(), frame.width, frame.height, zxing_format(frame.format),
                                static_cast<int>(stride));
    return read_view(view, device, at);
}

ImageScan decode_image_bytes(std::span<const std::uint8_t> encoded, const DeviceId& device, Timestamp at) {
    if (encoded.empty() || encoded.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        return failure(device, std::string(error_sentence(ErrorCode::unreadable_image)));
    }
    const int length = static_cast<int>(encoded.size());
    int width = 0;
    int height = 0;
    int channels = 0;
    // Ask for the size first so a small file claiming a huge picture is refused before memory is taken.
    if (stbi_info_from_memory(encoded.data(), length, &width, &height, &channels) == 0) {
        return failure(device, std::string(error_sentence(ErrorCode::unreadable_image)));
    }
    if (width <= 0 || height <= 0 ||
        static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height) > kMaxImagePixels) {
        return failure(device, "The picture is too large to read (over 50 megapixels).");
    }
    // One grey channel is all the decoder looks at; stb_image converts colour and drops alpha on the way.
    const std::unique_ptr<unsigned char, StbFree> pixels(
        stbi_load_from_memory(encoded.data(), length, &width, &height, &channels, 1));
    if (!pixels) {
        return failure(device, std::string(error_sentence(ErrorCode::unreadable_image)));
    }
    const ZXing::ImageView view(pixels.get(), width, height, ZXing::ImageFormat::Lum);
    ImageScan found = read_view(view, device, at);
    if (!found.scans.empty() ||
        static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height) > kPadBelowPixels) {
        return found;
    }
    // A code cut out right at its edge (a screenshot, zint's DataMatrix) lacks the quiet zone the detectors
    // look for; a photo never does. Small pictures get one more try on a white frame around them.
    const int pad = std::max(16, std::max(width, height) / 10);
    const int padded_width = width + 2 * pad;
    const int padded_height = height + 2 * pad;
    std::vector<std::uint8_t> padded(
        static_cast<std::size_t>(padded_width) * static_cast<std::size_t>(padded_height), 255);
    for (int y = 0; y < height; ++y) {
        const auto* row = pixels.get() + static_cast<std::ptrdiff_t>(y) * width;
        std::copy(row, row + width,
                  padded.begin() + static_cast<std::ptrdiff_t>(y + pad) * padded_width + pad);
    }
    return read_view(ZXing::ImageView(padded.data(), padded_width, padded_height, ZXing::ImageFormat::Lum),
                     device, at);
}

ImageScan decode_image_file(const std::filesystem::path& file, Timestamp at) {
    const DeviceId device = file.string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        return failure(device, "The picture file does not exist or is not a file.");
    }
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec) {
        return failure(device, "The picture file could not be opened.");
    }
    if (size > kMaxImageFileBytes) {
        return failure(device, "The picture file is too large to read (over 64 MB).");
    }
    std::ifstream in(file, std::ios::binary);
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
    if (!in || !in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()))) {
        return failure(device, "The picture file could not be opened.");
    }
    return decode_image_bytes(bytes, device, at);
}

}  // namespace kassa::drivers
