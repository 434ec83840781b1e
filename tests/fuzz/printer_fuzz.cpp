// What a printer or the owner hands Kassa about a receipt printer: the printer URL typed into the settings or
// the command line, and the status bytes a printer sends back. The input's first byte chooses: even, the rest
// is a URL; odd, the rest is status answers, each applied as the answer to DLE EOT 1..4 in turn and to
// GET_PORT_STATUS. Promises checked: a URL parse_printer_url accepts reads back to the same address through
// printer_url; an answer without the fixed bits leaves the status as it was.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <variant>

#include "fuzz_input.hpp"
#include "kassa/drivers/printer_port.hpp"
#include "kassa/drivers/printer_status.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kassa::drivers;
    kassa::fuzz::InputReader in(data, size);
    if ((in.byte() & 1) == 0) {
        const auto rest = in.take(size);
        const std::string_view url(reinterpret_cast<const char*>(rest.data()), rest.size());
        const auto parsed = parse_printer_url(url);
        if (const auto* address = std::get_if<PrinterAddress>(&parsed)) {
            const auto again = parse_printer_url(printer_url(*address));
            if (!std::holds_alternative<PrinterAddress>(again) ||
                std::get<PrinterAddress>(again) != *address) {
                std::abort();  // an accepted URL that does not read back
            }
        } else {
            static_cast<void>(printer_url_error_name(std::get<PrinterUrlError>(parsed)));
        }
        return 0;
    }
    PrinterStatus status;
    int n = 0;
    while (!in.empty()) {
        const std::uint8_t reply = in.byte();
        const auto kind = static_cast<RealtimeStatusKind>(n % 4 + 1);
        const PrinterStatus before = status;
        if (!apply_realtime_status(kind, reply, status) && status != before) {
            std::abort();  // a byte that is not an answer changed the status
        }
        apply_port_status(reply, status);
        static_cast<void>(print_problem_name(status_problem(status)));
        ++n;
    }
    return 0;
}
