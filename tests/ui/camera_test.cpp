// The camera path at the till: video frames in the layouts webcams send become one grey picture, codes made
// by independent generators (qrencode, zint) are read from them off the GUI thread, and the camera key reads
// a card held up to the camera into the sale as any scan. No camera is needed: the frames are made here, and
// the dialog is given no device (a machine without a camera still says so in a sentence).
#include "kassa/ui/camera_reader.hpp"

#include <unistd.h>
#include <QCameraDevice>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "catch_qt.hpp"
#include "ui_fixture.hpp"

using namespace kassa;
using namespace kassa::ui_test;
using kassa::ui::CameraDialog;
using kassa::ui::CameraFrameReader;

namespace fs = std::filesystem;

namespace {

// Runs a generator in a folder of this process's own and loads the picture it wrote (with a white margin:
// a camera always sees one, and zint draws none).
QImage generated(const std::string& name, const std::string& command) {
    const fs::path dir = fs::temp_directory_path() / ("kassa-camera-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string line = "cd '" + dir.string() + "' && " + command + " && convert " + name +
                             " -bordercolor white -border 24 " + name + " >/dev/null 2>&1";
    INFO(line);
    REQUIRE(std::system(line.c_str()) == 0);
    QImage image(QString::fromStdString((dir / name).string()));
    fs::remove_all(dir);
    REQUIRE_FALSE(image.isNull());
    return image;
}

using Format = QVideoFrameFormat::PixelFormat;

// The picture as a camera would hand it over in `format` (grey: every colour channel and the luma equal the
// grey level, the chroma is neutral), with even sides as the chroma planes need.
QVideoFrame frame_of(const QImage& image, Format format) {
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int width = grey.width() & ~1;
    const int height = grey.height() & ~1;
    QVideoFrame frame(QVideoFrameFormat(QSize(width, height), format));
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < height; ++y) {
        const uchar* in = grey.constScanLine(y);
        uchar* out = frame.bits(0) + static_cast<std::ptrdiff_t>(frame.bytesPerLine(0)) * y;
        for (int x = 0; x < width; ++x) {
            const uchar v = in[x];
            switch (format) {
                case Format::Format_Y8:
                case Format::Format_NV12:
                    out[x] = v;
                    break;
                case Format::Format_YUYV:
                    out[2 * x] = v;
                    out[2 * x + 1] = 128;
                    break;
                case Format::Format_UYVY:
                    out[2 * x] = 128;
                    out[2 * x + 1] = v;
                    break;
                case Format::Format_XRGB8888:
                    out[4 * x] = 255;
                    out[4 * x + 1] = out[4 * x + 2] = out[4 * x + 3] = v;
                    break;
                case Format::Format_BGRA8888:
                    out[4 * x] = out[4 * x + 1] = out[4 * x + 2] = v;
                    out[4 * x + 3] = 255;
                    break;
                default:
                    FAIL("no writer for this layout");
            }
        }
    }
    if (format == Format::Format_NV12) {
        for (int y = 0; y < height / 2; ++y) {
            std::memset(frame.bits(1) + static_cast<std::ptrdiff_t>(frame.bytesPerLine(1)) * y, 128,
                        static_cast<std::size_t>(width));
        }
    }
    frame.unmap();
    return frame;
}

// Reads one frame and waits for the worker's answer (a signal, not a sleep); the texts it read.
QStringList read_one(CameraFrameReader& reader, const QVideoFrame& frame) {
    QSignalSpy read(&reader, &CameraFrameReader::frame_read);
    QSignalSpy scanned(&reader, &CameraFrameReader::scanned);
    reader.read_frame(frame);
    CHECK(reader.busy());  // until its answer has been delivered on this thread
    REQUIRE(read.wait(10000));
    CHECK_FALSE(reader.busy());
    QStringList texts;
    for (const auto& args : scanned) {
        texts << args.at(0).toString();
    }
    return texts;
}

}  // namespace

TEST_CASE("camera frames in the layouts webcams send become the same grey picture", "[ui][camera]") {
    QImage picture(6, 4, QImage::Format_Grayscale8);
    for (int y = 0; y < 4; ++y) {
        for (int x = 0; x < 6; ++x) {
            picture.scanLine(y)[x] = static_cast<uchar>(40 * y + 7 * x);
        }
    }
    for (const Format format : {Format::Format_Y8, Format::Format_NV12, Format::Format_YUYV,
                                Format::Format_UYVY, Format::Format_XRGB8888, Format::Format_BGRA8888}) {
        INFO(QVideoFrameFormat::pixelFormatToString(format).toStdString());
        const auto grey = CameraFrameReader::grey_of(frame_of(picture, format));
        REQUIRE(grey.has_value());
        CHECK(grey->width == 6);
        CHECK(grey->height == 4);
        REQUIRE(grey->pixels.size() == 24);
        for (int y = 0; y < 4; ++y) {
            for (int x = 0; x < 6; ++x) {
                CHECK(grey->pixels[static_cast<std::size_t>(y * 6 + x)] == 40 * y + 7 * x);
            }
        }
    }
    CHECK_FALSE(CameraFrameReader::grey_of(QVideoFrame()).has_value());
}

TEST_CASE("codes from qrencode and zint are read from camera frames off the GUI thread", "[ui][camera]") {
    CameraFrameReader reader;
    const QImage qr = generated("qr.png", "qrencode -s 6 -m 4 -o qr.png 'Клиент 2000000000015'");
    CHECK(read_one(reader, frame_of(qr, Format::Format_NV12)) ==
          QStringList{QStringLiteral("Клиент 2000000000015")});
    const QImage code128 = generated("c128.png", "zint -b 20 --scale=2 -d '2000000000015' -o c128.png");
    CHECK(read_one(reader, frame_of(code128, Format::Format_YUYV)) ==
          QStringList{QStringLiteral("2000000000015")});
    // A frame that arrives while one is being read is dropped: one answer, the first frame's.
    {
        QSignalSpy read(&reader, &CameraFrameReader::frame_read);
        QSignalSpy scanned(&reader, &CameraFrameReader::scanned);
        reader.read_frame(frame_of(qr, Format::Format_Y8));
        reader.read_frame(frame_of(code128, Format::Format_Y8));
        REQUIRE(read.wait(10000));
        CHECK_FALSE(reader.busy());
        CHECK(read.count() == 1);
        REQUIRE(scanned.count() == 1);
        CHECK(scanned.at(0).at(0).toString() == QStringLiteral("Клиент 2000000000015"));
    }
    // A frame of nothing is read and says nothing.
    QImage blank(320, 240, QImage::Format_Grayscale8);
    blank.fill(200);
    CHECK(read_one(reader, frame_of(blank, Format::Format_Y8)).isEmpty());
}

TEST_CASE("the camera key: without a camera a sentence, a card held up to it identifies the customer",
          "[ui][camera]") {
    Till t;
    t.screen.action(ui::SaleScreen::Action::camera)->trigger();
    CHECK(t.text("status") ==
          QStringLiteral("No camera is connected to this till: scan the card or type the phone number."));
    CHECK(t.dialogs.opened.empty());

    t.screen.set_camera_list([] { return QList<QCameraDevice>{QCameraDevice()}; });
    const QImage card =
        generated("card.png", std::string("zint -b 20 --scale=2 -d '") + kOlgaCard + "' -o card.png");
    t.dialogs.then(expect<CameraDialog>([&card](CameraDialog& dialog) {
        CHECK(dialog.status().startsWith(QStringLiteral("Hold the loyalty card")));
        QSignalSpy read(dialog.reader(), &CameraFrameReader::frame_read);
        dialog.reader()->read_frame(frame_of(card, Format::Format_NV12));
        REQUIRE(read.wait(10000));
        CHECK(dialog.text() == QString::fromLatin1(kOlgaCard));
        return dialog.result();
    }));
    t.screen.action(ui::SaleScreen::Action::camera)->trigger();
    REQUIRE(t.dialogs.done());
    CHECK(t.text("greeting") == QStringLiteral("Good afternoon, Olga!"));
    REQUIRE(t.screen.last_notice().has_value());
    CHECK(t.screen.last_notice()->outcome == till::Outcome::customer_identified);
}
