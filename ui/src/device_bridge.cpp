#include "kassa/ui/device_bridge.hpp"

#include <QMetaObject>

namespace kassa::ui {

DeviceBridge::DeviceBridge(drivers::Transport& transport, drivers::ManagerSettings settings, QObject* parent)
    : QObject(parent) {
    // One queued drain at a time: a burst of reports (a long QR) posts once, and drain() takes them all.
    queue_.set_notifier([this] {
        if (!drain_posted_.exchange(true)) {
            QMetaObject::invokeMethod(this, &DeviceBridge::drain, Qt::QueuedConnection);
        }
    });
    manager_ = std::make_unique<drivers::DeviceManager>(transport, queue_, std::move(settings));
}

DeviceBridge::~DeviceBridge() {
    stop();
}

void DeviceBridge::start() {
    manager_->start();
}

void DeviceBridge::stop() {
    if (manager_) {
        manager_->stop();  // joins every reader thread: no push (and no notifier) after this
    }
}

till::ScanSource DeviceBridge::source_of(drivers::SourceKind kind) {
    switch (kind) {
        case drivers::SourceKind::msr:
            return till::ScanSource::card_reader;
        case drivers::SourceKind::camera:
            return till::ScanSource::camera;
        case drivers::SourceKind::keyboard_wedge:
        case drivers::SourceKind::hid_pos:
            return till::ScanSource::scanner;
    }
    return till::ScanSource::scanner;
}

QString DeviceBridge::sentence_for(const drivers::ErrorEvent& error) {
    switch (error.code) {
        case drivers::ErrorCode::bad_swipe:
        case drivers::ErrorCode::start_sentinel:
        case drivers::ErrorCode::end_sentinel:
        case drivers::ErrorCode::lrc:
            return tr("The card could not be read. Please swipe it again.");
        case drivers::ErrorCode::bank_card:
            return tr("This is a bank card, not a loyalty card. Nothing of it was kept.");
        case drivers::ErrorCode::no_card_number:
            return tr("This card has no loyalty number on its stripe.");
        case drivers::ErrorCode::invalid_utf8:
            return tr("The scanner sent a code that is not text. Please scan it again.");
        case drivers::ErrorCode::no_permission:
            return tr(
                "A scanner is plugged in but Kassa may not read it: install the udev rules "
                "(69-kassa-usb.rules) and plug it in again.");
        case drivers::ErrorCode::open_failed:
        case drivers::ErrorCode::claim_failed:
            return tr(
                "A scanner is plugged in but another program holds it. Close that program or plug the "
                "scanner in again.");
        case drivers::ErrorCode::device_error:
            return tr("A scanner stopped answering. Plug it in again.");
        case drivers::ErrorCode::unreadable_image:
            return tr("The picture could not be read.");
    }
    // Every code has its words above; error.sentence is the drivers' English and never reaches a screen.
    return tr("A scanner reported a problem. Please scan it again.");
}

void DeviceBridge::drain() {
    drain_posted_.store(false);
    for (auto& event : queue_.drain()) {
        if (const auto* scan = std::get_if<drivers::ScanEvent>(&event)) {
            emit scanned(QString::fromStdString(scan->text), source_of(scan->source));
        } else if (const auto* error = std::get_if<drivers::ErrorEvent>(&event)) {
            const auto name = drivers::error_code_name(error->code);  // the till's log, like the wedge's
            qInfo("kassa: %.*s", static_cast<int>(name.size()), name.data());
            emit device_error(sentence_for(*error));
        } else if (const auto* status = std::get_if<drivers::StatusEvent>(&event)) {
            emit device_status(QString::fromStdString(status->name),
                               status->status == drivers::DeviceStatus::connected);
        }
    }
}

}  // namespace kassa::ui
