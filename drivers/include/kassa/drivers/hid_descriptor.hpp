#pragma once
// HID report descriptors (HID 1.11, section 6.2.2): enough of the item language to tell what a device is
// (a HID POS barcode scanner, a magnetic stripe reader, a boot keyboard) and how long its input reports
// are. Pure functions on bytes: the transport hands over the descriptor and the result decides the role.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kassa::drivers {

inline constexpr std::uint16_t kPageGenericDesktop = 0x01;
inline constexpr std::uint16_t kUsageKeyboard = 0x06;
inline constexpr std::uint16_t kPageBarCodeScanner = 0x8C;
inline constexpr std::uint16_t kPageMagneticStripeReader = 0x8E;
inline constexpr std::uint16_t kPageVendorFirst = 0xFF00;

struct HidCollection {
    std::uint8_t type = 0;  // 0x00 physical, 0x01 application, 0x02 logical, ...
    std::uint16_t usage_page = 0;
    std::uint16_t usage = 0;
    std::size_t depth = 0;  // 0 for a top-level collection
    bool operator==(const HidCollection&) const = default;
};

struct HidInputReport {
    std::uint8_t id = 0;  // 0 when the descriptor declares no report ids
    std::size_t bits = 0;
    // The report's length in bytes, without the report id byte.
    [[nodiscard]] std::size_t byte_length() const { return (bits + 7) / 8; }
};

struct ReportDescriptor {
    std::vector<HidCollection> collections;     // in descriptor order
    std::vector<HidInputReport> input_reports;  // in order of first appearance
    std::vector<std::uint16_t> usage_pages;     // every page a usage or a collection names, sorted, unique
    bool uses_report_ids = false;
    std::string error;  // empty when every item was read; else why the parser stopped (what it read stays)

    [[nodiscard]] bool exposes_usage_page(std::uint16_t page) const;
    // An application collection Generic Desktop / Keyboard, the top collection of every boot keyboard.
    [[nodiscard]] bool is_boot_keyboard() const;
    [[nodiscard]] bool is_barcode_scanner() const { return exposes_usage_page(kPageBarCodeScanner); }
    [[nodiscard]] bool is_magnetic_stripe_reader() const {
        return exposes_usage_page(kPageMagneticStripeReader);
    }
    [[nodiscard]] std::optional<HidInputReport> input_report(std::uint8_t id) const;
    // What one interrupt transfer of that report carries: the report plus its id byte when the device
    // numbers its reports.
    [[nodiscard]] std::size_t transfer_length(const HidInputReport& report) const {
        return report.byte_length() + (uses_report_ids ? 1u : 0u);
    }
};

// Reads short items; long items are skipped (no device Kassa meets uses them). A truncated or inconsistent
// descriptor sets `error` and keeps what was read before the problem; the parser never throws.
ReportDescriptor parse_report_descriptor(std::span<const std::uint8_t> bytes);

}  // namespace kassa::drivers
