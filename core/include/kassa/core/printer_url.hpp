#pragma once
// The printer URLs the shop's settings and `kassactl` use to name a receipt printer (docs/printing.md):
// `tcp://HOST[:PORT]` for a network printer, `usb:VID:PID[:SERIAL]` for one on USB. Pure text: the drivers
// open the port, and the store refuses to save an address no port could use, so both read it here.

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace kassa {

// A printer address from the settings or the command line.
struct TcpPrinterAddress {
    std::string host;  // a name, an IPv4 address or an IPv6 address (written in brackets in the URL)
    std::uint16_t port = 9100;
    bool operator==(const TcpPrinterAddress&) const = default;
};
struct UsbPrinterAddress {
    std::uint16_t vendor = 0;
    std::uint16_t product = 0;
    std::string serial;  // empty: the first printer with this VID:PID
    bool operator==(const UsbPrinterAddress&) const = default;
};
using PrinterAddress = std::variant<TcpPrinterAddress, UsbPrinterAddress>;

enum class PrinterUrlError {
    unknown_scheme,  // neither tcp:// nor usb:
    missing_host,
    bad_host,       // a character no host name or address has
    bad_port,       // not a number in 1..65535
    bad_usb_id,     // VID and PID are four hex digits each, separated by ':'
    trailing_text,  // something after the address that is not part of it
};
std::string_view printer_url_error_name(PrinterUrlError error);

// `tcp://HOST[:PORT]` (port 9100 when left out; an IPv6 host in brackets: tcp://[fe80::1]:9100) or
// `usb:VID:PID[:SERIAL]` (hex, e.g. usb:04b8:0e15).
std::variant<PrinterAddress, PrinterUrlError> parse_printer_url(std::string_view url);
// The URL parse_printer_url reads back to the same address.
std::string printer_url(const PrinterAddress& address);

}  // namespace kassa
