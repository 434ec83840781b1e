#pragma once
// Recording what scanners send, for `kassactl scan --record FILE`: a shop sends the file, support replays it
// with `kassactl scan --replay FILE --kind K` through the same decoders.
//
// RecordingTransport wraps the real transport and hands every report a connection reads to a callback; the
// device manager does not know it is there. ReportRecorder writes reports as replay lines ("<ms> <hex>", ms
// since the recording began) with a "# device <id> <vid:pid> <name>" comment whenever the device changes.
// A card reader may carry a bank card: a device's reports are held until the manager's next event for that
// device; a bank_card error drops and wipes them, a scan writes those up to its time, another error writes
// them all. Before anything is written the reports are read as keystrokes, as HID POS data and as raw ASCII,
// and dropped if any reading carries a payment card (kassa::carries_payment_card). So a bank card never
// reaches the file, not even a swipe cut off before its Enter, and a scanner that produces nothing still has
// its reports written by finish().
//
// Threading rule: RecordingTransport keeps the Transport rule and calls the callback on reader threads, one
// call at a time per connection. ReportRecorder is thread-safe (one mutex): report() from reader threads,
// event() and finish() from the thread draining the events.

#include <functional>
#include <istream>
#include <map>
#include <mutex>
#include <optional>
#include <ostream>
#include <vector>

#include "kassa/drivers/transport.hpp"

namespace kassa::drivers {

class RecordingTransport final : public Transport {
  public:
    using Callback = std::function<void(const DeviceInfo& device, const ReadResult& result)>;
    // Only results with status `report` reach the callback. `inner` must outlive this.
    RecordingTransport(Transport& inner, Callback callback);

    void start(HotplugSink& sink) override { inner_.start(sink); }
    void stop() override { inner_.stop(); }
    OpenResult open(const DeviceInfo& device) override;

  private:
    Transport& inner_;
    Callback callback_;
};

class ReportRecorder {
  public:
    ReportRecorder(std::ostream& out, Timestamp origin);
    ~ReportRecorder();
    ReportRecorder(const ReportRecorder&) = delete;
    ReportRecorder& operator=(const ReportRecorder&) = delete;

    void report(const DeviceInfo& device, const ReadResult& result);
    void event(const Event& event);
    // Writes every report still held (the end of the recording) and flushes.
    void finish();

  private:
    struct Held {
        DeviceInfo info;
        std::vector<std::pair<Timestamp, std::vector<std::uint8_t>>> reports;
    };
    void write_locked(Held& held);
    void drop_locked(Held& held);

    std::mutex mutex_;
    std::ostream& out_;
    const Timestamp origin_;
    std::map<DeviceId, Held> held_;
    DeviceId last_written_;
};

// ---- reading a recording back (`kassactl scan --replay`) ----

// A recording's time is minutes or hours; a year leaves room and keeps every time (and the hour of idle time
// a replay adds at its end) far inside the decoders' nanosecond clock.
inline constexpr long long kMaxRecordingMs = 366LL * 24 * 60 * 60 * 1000;

struct RecordedReport {
    Timestamp at;  // since the start of the recording
    std::vector<std::uint8_t> bytes;
};

// Why a recording cannot be replayed, with the line (from 1) that says so; the command words it.
struct RecordingProblem {
    enum class Kind : std::uint8_t {
        bad_time,       // not whole milliseconds, too large for a number, or going back
        time_too_late,  // more than kMaxRecordingMs after the start
        bad_report,     // not an even, non-zero number of hex digits without spaces
    };
    Kind kind;
    int line;
};

struct Recording {
    std::vector<RecordedReport> reports;
    std::optional<RecordingProblem> problem;  // set: `reports` is empty, nothing may be replayed
};

// One report per line: hex bytes with no spaces, after an optional time in milliseconds and a space (as
// ReportRecorder writes them). Blank lines and lines starting with '#' are skipped; a line without a time
// comes 1 ms after the previous report. The whole file is read before anything is returned, so a bad line is
// known before any report is decoded.
Recording read_recording(std::istream& in);

}  // namespace kassa::drivers
