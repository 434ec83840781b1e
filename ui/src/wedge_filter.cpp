#include "kassa/ui/wedge_filter.hpp"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace kassa::ui {

namespace {

drivers::WedgeKeyKind kind_of(const QKeyEvent& key) {
    switch (key.key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            return drivers::WedgeKeyKind::enter;
        case Qt::Key_Tab:
            return drivers::WedgeKeyKind::tab;
        default:
            break;
    }
    const bool chord = (key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) != 0;
    if (!key.text().isEmpty() && !chord && key.text().front().isPrint()) {
        return drivers::WedgeKeyKind::character;
    }
    return drivers::WedgeKeyKind::other;
}

bool is_modifier_only(int key) {
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt || key == Qt::Key_Meta ||
           key == Qt::Key_AltGr;
}

}  // namespace

WedgeFilter::WedgeFilter(QWidget* scope, drivers::WedgeTimingSettings settings, Now now)
    : QObject(scope), scope_(scope), classifier_(std::move(settings)), now_(std::move(now)) {
    if (!now_) {
        now_ = [] { return std::chrono::steady_clock::now(); };
    }
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &WedgeFilter::timer_fired);
    // Keys held for a widget that loses the focus go back to it before anything else happens there.
    connect(qApp, &QApplication::focusChanged, this, [this] {
        if (classifier_.holding()) {
            give_back_all();
        }
    });
    qApp->installEventFilter(this);
}

WedgeFilter::~WedgeFilter() {
    if (qApp != nullptr) {
        qApp->removeEventFilter(this);
    }
    // Never swallow a key for good: what is still held goes back to its widget.
    give_back_all();
}

void WedgeFilter::set_timing(drivers::WedgeTimingSettings settings) {
    give_back_all();
    classifier_.set_settings(std::move(settings));
}

QString WedgeFilter::error_sentence(drivers::ErrorCode code) {
    switch (code) {
        case drivers::ErrorCode::bank_card:
            return tr("This is a bank card, not a loyalty card. Nothing of it was kept.");
        case drivers::ErrorCode::bad_swipe:
        case drivers::ErrorCode::start_sentinel:
        case drivers::ErrorCode::end_sentinel:
        case drivers::ErrorCode::lrc:
            return tr("The card could not be read: swipe it again.");
        case drivers::ErrorCode::no_card_number:
            return tr("This card carries no loyalty number.");
        case drivers::ErrorCode::invalid_utf8:
            return tr("The scanner sent unreadable text: scan again.");
        case drivers::ErrorCode::unreadable_image:
            return tr("The picture could not be read.");
        case drivers::ErrorCode::no_permission:
        case drivers::ErrorCode::open_failed:
        case drivers::ErrorCode::claim_failed:
        case drivers::ErrorCode::device_error:
            break;
    }
    return tr("The scanner or card reader stopped working: check its cable.");
}

bool WedgeFilter::eventFilter(QObject* watched, QEvent* event) {
    if (replaying_ || event->type() != QEvent::KeyPress || !watched->isWidgetType() || scope_.isNull()) {
        return QObject::eventFilter(watched, event);
    }
    auto* widget = static_cast<QWidget*>(watched);
    // Only the first receiver of a key (the focused widget, or the window when nothing has the focus): the
    // application filter sees the same event again as it propagates to the parents.
    QWidget* focus = widget->window()->focusWidget();
    if ((focus != nullptr && focus != widget) || (focus == nullptr && widget != widget->window()) ||
        widget->window() != scope_->window()) {
        return QObject::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->isAutoRepeat() || is_modifier_only(key->key())) {
        return QObject::eventFilter(watched, event);
    }
    const drivers::WedgeKeyKind kind = kind_of(*key);
    const std::string text =
        kind == drivers::WedgeKeyKind::character ? key->text().toStdString() : std::string();
    const drivers::WedgeKeyId id = next_id_++;
    // Measured at the keyboard (the event's stamp), not when this thread got round to the key.
    const drivers::Timestamp typed = timeline_.typed_at(key->timestamp(), now_());
    drivers::WedgeVerdict verdict = classifier_.key(drivers::WedgeKey{id, kind, text, typed});
    replay(verdict.replay);
    bool eaten = false;
    switch (verdict.current) {
        case drivers::WedgeDisposition::hold:
            held_[id] = Held{QPointer<QObject>(watched), std::unique_ptr<QKeyEvent>(key->clone())};
            eaten = true;
            break;
        case drivers::WedgeDisposition::deliver:
            break;
        case drivers::WedgeDisposition::swallow:
            for (const drivers::WedgeKeyId consumed : verdict.consumed) {
                held_.erase(consumed);
            }
            eaten = true;
            break;
    }
    rearm();
    if (verdict.current == drivers::WedgeDisposition::swallow && verdict.scan) {
        emit_scan(*verdict.scan);
    }
    return eaten || QObject::eventFilter(watched, event);
}

void WedgeFilter::emit_scan(const drivers::Event& event) {
    if (const auto* scan = std::get_if<drivers::ScanEvent>(&event)) {
        const auto source = scan->source == drivers::SourceKind::msr ? till::ScanSource::card_reader
                                                                     : till::ScanSource::scanner;
        emit scanned(QString::fromStdString(scan->text), source);
    } else if (const auto* error = std::get_if<drivers::ErrorEvent>(&event)) {
        // Named in the till's log like the session's outcomes ("kassa: bank_card"): support reads it, and the
        // end-to-end test waits for it whichever path (wedge or typed) the digits took.
        const auto name = drivers::error_code_name(error->code);
        qInfo("kassa: %.*s", static_cast<int>(name.size()), name.data());
        emit device_error(error_sentence(error->code));
    }
}

void WedgeFilter::replay(const std::vector<drivers::WedgeKeyId>& ids) {
    for (const drivers::WedgeKeyId id : ids) {
        auto found = held_.find(id);
        if (found == held_.end()) {
            continue;
        }
        Held held = std::move(found->second);
        held_.erase(found);
        if (!held.receiver.isNull()) {
            replaying_ = true;
            QCoreApplication::sendEvent(held.receiver.data(), held.event.get());
            replaying_ = false;
        }
    }
}

void WedgeFilter::rearm() {
    const auto deadline = classifier_.deadline();
    if (!deadline) {
        timer_.stop();
        timer_due_.reset();
        return;
    }
    // The next key, if there is one, is as late as the last: it gets the same grace before a held key goes
    // back.
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*deadline + timeline_.lag() - now_());
    const auto ms = std::max<std::int64_t>(0, wait.count());
    timer_due_ = now_() + std::chrono::milliseconds(ms);
    timer_.start(static_cast<int>(ms));
}

void WedgeFilter::timer_fired() {
    // A timer that fires well after it was due means this thread was stalled: the key that would have kept
    // the held ones a scan may have been typed in time and still be waiting in the queue behind the timer.
    // Waiting one more gap lets it be handled first; a timer that fires on time gives the held keys back.
    const auto gap = classifier_.settings().max_gap;
    if (timer_due_ && now_() - *timer_due_ > gap && classifier_.holding()) {
        timer_due_ = now_() + gap;
        timer_.start(static_cast<int>(gap.count()));
        return;
    }
    give_back_expired();
}

void WedgeFilter::give_back_expired() {
    replay(classifier_.expire(now_() - timeline_.lag()));
    rearm();
}

void WedgeFilter::give_back_all() {
    replay(classifier_.flush());
    rearm();
}

}  // namespace kassa::ui
