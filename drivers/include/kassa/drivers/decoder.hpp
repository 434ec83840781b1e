#pragma once
// The seam between device I/O and byte parsing: a decoder turns one device's reports into events. The
// device manager owns one per device and calls it from that device's reader thread only; tests call it
// directly with literal byte arrays. Not thread-safe: one thread at a time.

#include <cstdint>
#include <span>
#include <vector>

#include "kassa/drivers/events.hpp"

namespace kassa::drivers {

class Decoder {
  public:
    virtual ~Decoder() = default;
    Decoder() = default;
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;

    // One input report as the device sent it (with its report id byte when the device numbers reports),
    // arrived at `at`. Returns the scans and errors it completes, usually none.
    virtual std::vector<Event> feed(std::span<const std::uint8_t> report, Timestamp at) = 0;
    // Nothing arrived until `now`: a scan started longer than its timeout ago is dropped (no scan).
    virtual std::vector<Event> idle(Timestamp now) = 0;
    // The device went away or stopped being read: forget anything half-read, so an unplug mid-scan never
    // produces a scan.
    virtual void reset() = 0;
};

}  // namespace kassa::drivers
