#pragma once
// The camera at the till (devices.md 5): a customer holds up her loyalty card, or its QR code on her phone,
// and the till reads it like a scan. CameraFrameReader turns video frames into scans; CameraDialog shows the
// camera's picture while it reads and closes on the first code.
//
// A frame becomes a grey picture on the GUI thread (its luma plane copied as it is, no colour conversion:
// a camera's YUV frames already carry one), and ZXing-C++ reads it on a worker thread, because a 1280x720
// frame takes milliseconds. One frame is read at a time; the frames that arrive meanwhile are dropped (the
// camera sends 30 a second, the next one after the read is as good).
//
// Threading rule: both classes live on the GUI thread and every member is called there. The only work on
// another thread is the decoding of a grey copy the worker owns (QtConcurrent's pool); its result comes back
// through a QFutureWatcher on the GUI thread. The reader's destructor waits for the frame being read.

#include <QDialog>
#include <QFutureWatcher>
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QCamera;
class QCameraDevice;
class QLabel;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoWidget;

namespace kassa::ui {

// A picture in 8-bit grey, rows packed.
struct GreyPicture {
    std::vector<std::uint8_t> pixels;
    int width = 0;
    int height = 0;
};

class CameraFrameReader : public QObject {
    Q_OBJECT

  public:
    explicit CameraFrameReader(QObject* parent = nullptr);
    ~CameraFrameReader() override;

    // The grey picture in a frame; nullopt when the frame cannot be mapped or its layout is not a picture.
    static std::optional<GreyPicture> grey_of(const QVideoFrame& frame);
    // True from a frame handed to the worker until its answer was delivered.
    [[nodiscard]] bool busy() const;

  public slots:
    // Connect a video sink's videoFrameChanged here. Dropped while another frame is being read.
    void read_frame(const QVideoFrame& frame);

  signals:
    // The text of a barcode in a frame (the first one when a frame holds several).
    void scanned(const QString& text);
    // A frame held only codes that carry a bank card's number: the drivers refused them and kept no digits.
    void refused_bank_card();
    // A frame was read, with or without a code, after its scanned() (tests wait for it instead of sleeping).
    void frame_read();

  private:
    void finished();

    // The worker's answer: the first code's text, or nothing with `bank_card` set when the only codes were
    // refused as bank cards.
    struct FrameAnswer {
        std::optional<std::string> text;
        bool bank_card = false;
    };
    QFutureWatcher<FrameAnswer> watcher_;
    // Until finished() has run, not only until the worker returns: a new future set on the watcher before its
    // finished signal arrived would drop that frame's answer.
    bool reading_ = false;
};

class CameraDialog : public QDialog {
    Q_OBJECT

  public:
    explicit CameraDialog(QWidget* parent = nullptr);
    ~CameraDialog() override;

    // Opens `camera` and shows its picture; the dialog reads its frames. Without it (tests) frames reach the
    // reader only through reader().
    void start(const QCameraDevice& camera);
    [[nodiscard]] CameraFrameReader* reader() const { return reader_; }
    // What was read; empty until the dialog accepted.
    [[nodiscard]] const QString& text() const { return text_; }
    // What the dialog says now ("Hold the card...", or why the camera does not show anything).
    [[nodiscard]] QString status() const;

  private:
    void read(const QString& text);
    void refuse_bank_card();

    CameraFrameReader* reader_;
    QLabel* status_;
    QVideoWidget* viewfinder_ = nullptr;
    std::unique_ptr<QMediaCaptureSession> capture_;
    std::unique_ptr<QCamera> camera_;
    QString text_;
};

}  // namespace kassa::ui
