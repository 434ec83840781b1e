#pragma once
// The keyboard-wedge fallback (devices.md 1b): a scanner nobody claimed through libusb types into the
// focused widget like a keyboard. This event filter, installed on the application, feeds the sale screen's
// key presses to kassa::drivers::WedgeClassifier: the keys of a fast scan are swallowed (the input line never
// sees half a barcode) and the scan is emitted as one `scanned` signal; keys that turn out to be typing are
// replayed to the widget they were meant for, in their order.
//
// Only keys aimed at a widget of `scope` (the sale screen's window) are classified: in a dialog the scanner
// types into the focused field as it should (a card number into the enrolment form, a coupon code).
//
// A key's time is when it was typed: its event stamp mapped onto the injected clock (the steady clock in the
// app, a fake one in tests) by drivers::KeyTimeline, so a GUI thread that stalls does not turn a cashier's
// slow keys into a burst or split a scanner's burst; an event without a stamp is taken when it is filtered.
// Held keys with no successor are given back when a single-shot timer reaches the classifier's deadline,
// moved by how late the last key was handled (tests call give_back_expired() after moving their clock instead
// of waiting).
//
// Threading rule: GUI thread only, like the widgets it filters; it starts no thread.

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <map>
#include <memory>
#include <optional>

#include "kassa/drivers/key_timeline.hpp"
#include "kassa/drivers/wedge_classifier.hpp"
#include "kassa/till/session.hpp"

class QKeyEvent;
class QWidget;

namespace kassa::ui {

class WedgeFilter : public QObject {
    Q_OBJECT

  public:
    using Now = std::function<drivers::Timestamp()>;

    // Classifies keys typed into `scope` and its children; `now` defaults to the steady clock.
    WedgeFilter(QWidget* scope, drivers::WedgeTimingSettings settings = {}, Now now = {});
    ~WedgeFilter() override;

    [[nodiscard]] bool holding() const { return classifier_.holding(); }
    [[nodiscard]] const drivers::WedgeTimingSettings& timing() const { return classifier_.settings(); }
    // The owner changed the scanner timing: what is held goes back as typing, the next key is read with it.
    void set_timing(drivers::WedgeTimingSettings settings);

    // The ScanEvent's words for the cashier when a swipe goes wrong (bank card, unreadable track).
    static QString error_sentence(drivers::ErrorCode code);

  signals:
    // A whole scan: connect to SaleScreen::scan.
    void scanned(const QString& text, kassa::till::ScanSource source);
    // A swipe that cannot be used, already a sentence: connect to SaleScreen::show_device_error.
    void device_error(const QString& sentence);

  public slots:
    // Gives the held keys whose deadline has passed back to their widget (the timer calls it too).
    void give_back_expired();
    // What the single-shot timer calls: like give_back_expired(), unless the timer fires late (the GUI thread
    // was stalled), when the held keys wait one more gap for a successor already queued. Tests call it to
    // play a late timer.
    void timer_fired();
    // Gives every held key back at once (the focus moved away).
    void give_back_all();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    struct Held {
        QPointer<QObject> receiver;
        std::unique_ptr<QKeyEvent> event;
    };
    void replay(const std::vector<drivers::WedgeKeyId>& ids);
    void rearm();
    void emit_scan(const drivers::Event& event);

    QPointer<QWidget> scope_;
    drivers::WedgeClassifier classifier_;
    drivers::KeyTimeline timeline_;
    Now now_;
    QTimer timer_;
    std::optional<drivers::Timestamp> timer_due_;  // when timer_ should fire, on now_'s clock
    std::map<drivers::WedgeKeyId, Held> held_;
    drivers::WedgeKeyId next_id_ = 1;
    bool replaying_ = false;  // our own replayed copies pass the filter untouched
};

}  // namespace kassa::ui
