#pragma once
// Brings what the scanners and card readers say (kassa::drivers, read on their own threads) to the GUI
// thread as Qt signals: a scan becomes scanned(text, source) for the sale screen, an error a sentence in the
// cashier's language, a device coming or going a status line.
//
// Threading rule: constructed, started and destroyed on the GUI thread. The drivers' reader threads only
// push into the event queue, whose notifier posts one queued drain() to this object; drain() and every
// signal run on the GUI thread. The destructor stops the device manager (joining its threads) before the
// queue and this object go, so no notifier runs against a dead object.

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

#include "kassa/drivers/device_manager.hpp"
#include "kassa/drivers/event_queue.hpp"
#include "kassa/till/session.hpp"

namespace kassa::ui {

class DeviceBridge : public QObject {
    Q_OBJECT

  public:
    // The transport must outlive the bridge.
    DeviceBridge(drivers::Transport& transport, drivers::ManagerSettings settings, QObject* parent = nullptr);
    ~DeviceBridge() override;
    DeviceBridge(const DeviceBridge&) = delete;
    DeviceBridge& operator=(const DeviceBridge&) = delete;

    void start();
    void stop();

    // Where a driver's scan goes in the till: a magnetic stripe is always a card, a camera is a camera, the
    // rest are scanners (the session decides product, card or receipt from the text).
    static till::ScanSource source_of(drivers::SourceKind kind);
    // The cashier's sentence for a driver error, translated; never carries card data.
    static QString sentence_for(const drivers::ErrorEvent& error);

  signals:
    void scanned(const QString& text, kassa::till::ScanSource source);
    void device_error(const QString& sentence);
    void device_status(const QString& name, bool connected);

  private slots:
    void drain();

  private:
    drivers::EventQueue queue_;
    std::unique_ptr<drivers::DeviceManager> manager_;
    std::atomic<bool> drain_posted_{false};
};

}  // namespace kassa::ui
