#pragma once
// Which scanners and card readers the till reads now, for the owner's settings screen: the app feeds it the
// device bridge's status signals (a device connected or unplugged) and, when libusb cannot be used on this
// computer, the reason. Two identical scanners share a name, so a name counts how many are connected.
//
// Threading rule: GUI thread only (the bridge's signals already arrive there); it starts no thread.

#include <QObject>
#include <QString>
#include <vector>

namespace kassa::ui {

class DeviceRoster : public QObject {
    Q_OBJECT

  public:
    struct Device {
        QString name;
        int connected = 0;  // how many of this name are being read now; 0 once unplugged
    };

    explicit DeviceRoster(QObject* parent = nullptr);

    // In the order they were first seen.
    [[nodiscard]] const std::vector<Device>& devices() const { return devices_; }
    // Empty when USB devices can be read; otherwise why not, for the owner.
    [[nodiscard]] const QString& usb_problem() const { return usb_problem_; }
    void set_usb_problem(const QString& sentence);

  public slots:
    // Connect DeviceBridge::device_status here.
    void update(const QString& name, bool connected);

  signals:
    void changed();

  private:
    std::vector<Device> devices_;
    QString usb_problem_;
};

}  // namespace kassa::ui
