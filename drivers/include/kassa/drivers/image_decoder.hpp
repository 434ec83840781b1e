#pragma once
// The camera path: barcodes in a picture (a customer's card photographed or shown on a phone screen, a frame
// from a webcam, an image file a support person was sent), read with ZXing-C++. Kassa reads EAN-13, EAN-8,
// Code 128, QR and DataMatrix; a picture turned by 90/180/270 degrees, tilted a little or slightly blurred
// still reads.
//
// Threading: every function here is reentrant and keeps no state between calls, so any thread may decode
// at any time, several at once (a camera's reader thread decodes its own frames). Decoding a 1280x720 frame
// takes milliseconds, not microseconds: keep it off the GUI thread.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "kassa/drivers/events.hpp"

namespace kassa::drivers {

// The layouts a camera hands over (V4L2 GREY, RGB24, and 32-bit RGB with an unused fourth byte).
enum class PixelFormat { gray8, rgb24, rgbx32 };

// A frame the caller owns: rows of pixels from the top, `row_stride` bytes apart (0 = tightly packed).
struct FrameView {
    std::span<const std::uint8_t> pixels;
    int width = 0;
    int height = 0;
    PixelFormat format = PixelFormat::gray8;
    int row_stride = 0;
};

// What one picture holds: its barcodes (none is an ordinary answer for a camera frame), or the error that
// kept it from being read. Never both.
struct ImageScan {
    std::vector<ScanEvent> scans;     // source camera, the symbology with its AIM id, UTF-8 text
    std::optional<ErrorEvent> error;  // code unreadable_image, with a sentence naming no file content
    // Codes that carry a payment card number (refuse_payment_card): the bank_card error, one per code, and
    // never their text.
    std::vector<ErrorEvent> refusals;
};

// Files larger than this are refused unread: a photo of a card is a few MB, and the limit keeps a wrong file
// from taking the till's memory.
inline constexpr std::uintmax_t kMaxImageFileBytes = 64u * 1024u * 1024u;
// Pictures with more pixels than this are refused before they are unpacked (a 40-megapixel photo still
// reads).
inline constexpr std::uint64_t kMaxImagePixels = 50'000'000;

// A raw frame from a camera. A frame whose size does not match its buffer is an error, not a crash.
ImageScan decode_frame(const FrameView& frame, const DeviceId& device, Timestamp at);

// A PNG or JPEG picture held in memory (other formats stb_image knows, such as BMP and GIF, read too).
ImageScan decode_image_bytes(std::span<const std::uint8_t> encoded, const DeviceId& device, Timestamp at);

// A picture file. The device id of its scans is the path, so a caller reading many files can tell them apart.
ImageScan decode_image_file(const std::filesystem::path& file, Timestamp at);

}  // namespace kassa::drivers
