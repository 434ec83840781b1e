// The report descriptor a plugged USB device hands over: the first bytes Kassa reads from any device, before
// it knows what the device is. The parser promises never to throw, so no exception is caught here.
#include <cstddef>
#include <cstdint>
#include <span>

#include "kassa/drivers/hid_descriptor.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kassa::drivers;
    const ReportDescriptor d = parse_report_descriptor(std::span<const std::uint8_t>(data, size));
    // Everything the device manager asks of a descriptor to choose a role and a transfer length.
    static_cast<void>(d.is_boot_keyboard());
    static_cast<void>(d.is_barcode_scanner());
    static_cast<void>(d.is_magnetic_stripe_reader());
    static_cast<void>(d.exposes_usage_page(kPageVendorFirst));
    for (const auto& report : d.input_reports) {
        const auto found = d.input_report(report.id);
        if (!found) {
            __builtin_trap();  // a report the parser listed must be found by its id
        }
        static_cast<void>(d.transfer_length(*found));
    }
    return 0;
}
