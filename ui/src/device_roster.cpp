#include "kassa/ui/device_roster.hpp"

#include <algorithm>

namespace kassa::ui {

DeviceRoster::DeviceRoster(QObject* parent) : QObject(parent) {}

void DeviceRoster::set_usb_problem(const QString& sentence) {
    usb_problem_ = sentence;
    emit changed();
}

void DeviceRoster::update(const QString& name, bool connected) {
    auto found =
        std::find_if(devices_.begin(), devices_.end(), [&name](const Device& d) { return d.name == name; });
    if (found == devices_.end()) {
        devices_.push_back(Device{name, 0});
        found = std::prev(devices_.end());
    }
    // A disconnect the roster never saw connected (it was made after the device started) must not go below 0.
    found->connected = std::max(0, found->connected + (connected ? 1 : -1));
    emit changed();
}

}  // namespace kassa::ui
