// Magnetic stripe swipes: the same bytes read as the text a keyboard-wedge reader types and as a MagTek HID
// report (padded to its 337 bytes, so the track fields are reached). Both parsers return an error code for
// anything they cannot read and never throw. The rules checked here beyond crashes: a swipe gives a card
// number or an error, never both and never neither, and the number is never a bank card's (msr.hpp).
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "fuzz_input.hpp"
#include "kassa/core/cards.hpp"
#include "kassa/drivers/msr.hpp"

namespace {

void check(const kassa::drivers::MsrResult& result) {
    if (result.error.has_value() == !result.card_number.empty()) {
        __builtin_trap();
    }
    if (kassa::is_payment_card_number(result.card_number)) {
        __builtin_trap();
    }
    static_cast<void>(kassa::drivers::msr_event("usb:fuzz", result, kassa::drivers::Timestamp{}));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kassa::drivers;
    check(parse_msr_text(kassa::fuzz::as_text(data, size)));
    check(parse_magtek_report(std::span<const std::uint8_t>(data, size)));
    if (size < kMagTekReportSize) {
        std::vector<std::uint8_t> padded(data, data + size);
        padded.resize(kMagTekReportSize, 0);
        check(parse_magtek_report(padded));
    }
    return 0;
}
