#include "kassa/ui/camera_reader.hpp"

#include <QCamera>
#include <QCameraDevice>
#include <QImage>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <chrono>
#include <cstring>

#include "kassa/drivers/image_decoder.hpp"

namespace kassa::ui {

namespace {

// Copies one byte of every `step` from each row of plane 0, starting at `offset`: the luma of a planar or
// packed YUV frame, or the green of a 32-bit RGB one (green carries most of the brightness, enough for a
// barcode).
GreyPicture pick_bytes(const QVideoFrame& mapped, int offset, int step) {
    GreyPicture grey;
    grey.width = mapped.width();
    grey.height = mapped.height();
    grey.pixels.resize(static_cast<std::size_t>(grey.width) * static_cast<std::size_t>(grey.height));
    const uchar* plane = mapped.bits(0);
    const auto stride = static_cast<std::size_t>(mapped.bytesPerLine(0));
    for (int y = 0; y < grey.height; ++y) {
        const uchar* row = plane + stride * static_cast<std::size_t>(y);
        std::uint8_t* out =
            grey.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(grey.width);
        if (step == 1 && offset == 0) {
            std::memcpy(out, row, static_cast<std::size_t>(grey.width));
            continue;
        }
        for (int x = 0; x < grey.width; ++x) {
            out[x] = row[static_cast<std::ptrdiff_t>(x) * step + offset];
        }
    }
    return grey;
}

std::optional<GreyPicture> grey_of_image(const QImage& image) {
    if (image.isNull()) {
        return std::nullopt;
    }
    const QImage grey_image = image.convertToFormat(QImage::Format_Grayscale8);
    GreyPicture grey;
    grey.width = grey_image.width();
    grey.height = grey_image.height();
    grey.pixels.resize(static_cast<std::size_t>(grey.width) * static_cast<std::size_t>(grey.height));
    for (int y = 0; y < grey.height; ++y) {
        std::memcpy(grey.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(grey.width),
                    grey_image.constScanLine(y), static_cast<std::size_t>(grey.width));
    }
    return grey;
}

}  // namespace

CameraFrameReader::CameraFrameReader(QObject* parent) : QObject(parent) {
    connect(&watcher_, &QFutureWatcherBase::finished, this, &CameraFrameReader::finished);
}

CameraFrameReader::~CameraFrameReader() {
    watcher_.waitForFinished();
}

std::optional<GreyPicture> CameraFrameReader::grey_of(const QVideoFrame& frame) {
    QVideoFrame mapped(frame);
    if (!mapped.isValid() || mapped.width() <= 0 || mapped.height() <= 0 ||
        !mapped.map(QVideoFrame::ReadOnly)) {
        return std::nullopt;
    }
    std::optional<GreyPicture> grey;
    switch (mapped.pixelFormat()) {
        case QVideoFrameFormat::Format_Y8:
        case QVideoFrameFormat::Format_NV12:
        case QVideoFrameFormat::Format_NV21:
        case QVideoFrameFormat::Format_YUV420P:
        case QVideoFrameFormat::Format_YUV422P:
        case QVideoFrameFormat::Format_YV12:
        case QVideoFrameFormat::Format_IMC1:
        case QVideoFrameFormat::Format_IMC2:
        case QVideoFrameFormat::Format_IMC3:
        case QVideoFrameFormat::Format_IMC4:
            grey = pick_bytes(mapped, 0, 1);
            break;
        case QVideoFrameFormat::Format_YUYV:
            grey = pick_bytes(mapped, 0, 2);
            break;
        case QVideoFrameFormat::Format_UYVY:
            grey = pick_bytes(mapped, 1, 2);
            break;
        case QVideoFrameFormat::Format_Y16:
            grey = pick_bytes(mapped, 1, 2);  // the high byte of a little-endian 16-bit sample
            break;
        case QVideoFrameFormat::Format_RGBA8888:
        case QVideoFrameFormat::Format_RGBX8888:
        case QVideoFrameFormat::Format_BGRA8888:
        case QVideoFrameFormat::Format_BGRA8888_Premultiplied:
        case QVideoFrameFormat::Format_BGRX8888:
            grey = pick_bytes(mapped, 1, 4);
            break;
        case QVideoFrameFormat::Format_ARGB8888:
        case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
        case QVideoFrameFormat::Format_XRGB8888:
        case QVideoFrameFormat::Format_ABGR8888:
        case QVideoFrameFormat::Format_XBGR8888:
            grey = pick_bytes(mapped, 2, 4);
            break;
        default:
            // JPEG from a webcam's MJPEG mode and the rarer layouts: Qt unpacks them to an image.
            mapped.unmap();
            return grey_of_image(frame.toImage());
    }
    mapped.unmap();
    return grey;
}

bool CameraFrameReader::busy() const {
    return reading_;
}

void CameraFrameReader::read_frame(const QVideoFrame& frame) {
    if (busy()) {
        return;
    }
    std::optional<GreyPicture> grey = grey_of(frame);
    if (!grey) {
        return;
    }
    reading_ = true;
    watcher_.setFuture(QtConcurrent::run([picture = std::move(*grey)]() -> FrameAnswer {
        const drivers::FrameView view{picture.pixels, picture.width, picture.height,
                                      drivers::PixelFormat::gray8, 0};
        drivers::ImageScan read = drivers::decode_frame(view, "camera", std::chrono::steady_clock::now());
        if (read.scans.empty()) {
            return FrameAnswer{std::nullopt, !read.refusals.empty()};
        }
        return FrameAnswer{std::move(read.scans.front().text), false};
    }));
}

void CameraFrameReader::finished() {
    reading_ = false;
    const FrameAnswer answer = watcher_.result();
    if (answer.text && !answer.text->empty()) {
        emit scanned(QString::fromStdString(*answer.text));
    } else if (answer.bank_card) {
        emit refused_bank_card();
    }
    emit frame_read();
}

CameraDialog::CameraDialog(QWidget* parent) : QDialog(parent), reader_(new CameraFrameReader(this)) {
    setWindowTitle(tr("Read with the camera"));
    auto* layout = new QVBoxLayout(this);
    status_ =
        new QLabel(tr("Hold the loyalty card, or its code on the phone's screen, up to the camera."), this);
    status_->setObjectName(QStringLiteral("camera_status"));
    status_->setWordWrap(true);
    layout->addWidget(status_);
    auto* close = new QPushButton(tr("Close (Esc)"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(close, 0, Qt::AlignRight);
    connect(reader_, &CameraFrameReader::scanned, this, &CameraDialog::read);
    connect(reader_, &CameraFrameReader::refused_bank_card, this, &CameraDialog::refuse_bank_card);
}

CameraDialog::~CameraDialog() {
    // The camera stops sending frames before the reader goes.
    if (camera_) {
        camera_->stop();
    }
}

void CameraDialog::start(const QCameraDevice& camera) {
    camera_ = std::make_unique<QCamera>(camera);
    capture_ = std::make_unique<QMediaCaptureSession>();
    viewfinder_ = new QVideoWidget(this);
    viewfinder_->setMinimumSize(480, 270);
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, viewfinder_, 1);
    capture_->setCamera(camera_.get());
    capture_->setVideoOutput(viewfinder_);
    connect(viewfinder_->videoSink(), &QVideoSink::videoFrameChanged, reader_,
            &CameraFrameReader::read_frame);
    connect(camera_.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString& why) {
        // Qt's reason is the camera backend's English: it goes to the till's log, the cashier reads her own
        // language.
        qInfo("kassa: camera_error %s", qPrintable(why));
        status_->setText(tr("The camera cannot be used. Scan the card or type the phone number instead."));
    });
    camera_->start();
}

QString CameraDialog::status() const {
    return status_->text();
}

// The camera stays open: the customer may hold up her loyalty card next.
void CameraDialog::refuse_bank_card() {
    status_->setText(tr("This is a bank card, not a loyalty card. Hold up the loyalty card or its code."));
}

void CameraDialog::read(const QString& text) {
    if (!text_.isEmpty()) {
        return;
    }
    text_ = text;
    accept();
}

}  // namespace kassa::ui
