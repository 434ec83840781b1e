// Printer URLs (printer_url.hpp): read by hand, character by character, because the two forms are small and
// a URL library would accept much that no printer port can use.
#include "kassa/core/printer_url.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <optional>

namespace kassa {

std::string_view printer_url_error_name(PrinterUrlError error) {
    switch (error) {
        case PrinterUrlError::unknown_scheme:
            return "unknown_scheme";
        case PrinterUrlError::missing_host:
            return "missing_host";
        case PrinterUrlError::bad_host:
            return "bad_host";
        case PrinterUrlError::bad_port:
            return "bad_port";
        case PrinterUrlError::bad_usb_id:
            return "bad_usb_id";
        case PrinterUrlError::trailing_text:
            return "trailing_text";
    }
    return "unknown_scheme";
}

namespace {

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        const char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
        if (c != prefix[i]) {
            return false;
        }
    }
    return true;
}

std::optional<std::uint16_t> parse_port(std::string_view text) {
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || value == 0 ||
        value > 65535) {
        return std::nullopt;
    }
    return static_cast<std::uint16_t>(value);
}

// Exactly four hex digits: a shorter or longer id is more likely a typo than a real one.
std::optional<std::uint16_t> parse_usb_id(std::string_view text) {
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
    if (text.size() != 4 || ec != std::errc{} || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return static_cast<std::uint16_t>(value);
}

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// A DNS name or IPv4 address (letters, digits, '-', '.', '_'), or inside brackets an IPv6 address (hex
// digits,
// ':', '.', and a '%' zone such as %eth0). Anything else would not resolve, or would not read back the same.
bool valid_host(std::string_view host, bool bracketed) {
    const auto allowed = [bracketed](char c) {
        return is_alnum(c) || c == '.' || c == '-' || c == '_' || (bracketed && (c == ':' || c == '%'));
    };
    return std::all_of(host.begin(), host.end(), allowed) &&
           (!bracketed || host.find(':') != std::string_view::npos);
}

std::variant<PrinterAddress, PrinterUrlError> parse_tcp(std::string_view rest) {
    TcpPrinterAddress address;
    std::string_view port_text;
    bool has_port = false;
    const bool bracketed = !rest.empty() && rest.front() == '[';
    if (bracketed) {
        const auto close = rest.find(']');
        if (close == std::string_view::npos) {
            return PrinterUrlError::missing_host;
        }
        address.host = std::string(rest.substr(1, close - 1));
        const std::string_view after = rest.substr(close + 1);
        if (!after.empty()) {
            if (after.front() != ':') {
                return PrinterUrlError::trailing_text;
            }
            port_text = after.substr(1);
            has_port = true;
        }
    } else {
        const auto colon = rest.find(':');
        address.host = std::string(rest.substr(0, colon));
        if (colon != std::string_view::npos) {
            port_text = rest.substr(colon + 1);
            has_port = true;
        }
    }
    if (address.host.empty()) {
        return PrinterUrlError::missing_host;
    }
    if (!bracketed && address.host.find_first_of("/?#") != std::string::npos) {
        return PrinterUrlError::trailing_text;  // a path or query after the host: not part of a 9100 address
    }
    if (!valid_host(address.host, bracketed)) {
        return PrinterUrlError::bad_host;
    }
    if (has_port) {
        if (!port_text.empty() && port_text.back() == '/') {
            port_text.remove_suffix(1);  // tcp://host:9100/ as some people write it
        }
        const auto port = parse_port(port_text);
        if (!port) {
            return PrinterUrlError::bad_port;
        }
        address.port = *port;
    }
    return PrinterAddress{address};
}

std::variant<PrinterAddress, PrinterUrlError> parse_usb(std::string_view rest) {
    UsbPrinterAddress address;
    const auto first = rest.find(':');
    if (first == std::string_view::npos) {
        return PrinterUrlError::bad_usb_id;
    }
    const auto second = rest.find(':', first + 1);
    const auto vendor = parse_usb_id(rest.substr(0, first));
    const auto product = parse_usb_id(rest.substr(
        first + 1, second == std::string_view::npos ? std::string_view::npos : second - first - 1));
    if (!vendor || !product) {
        return PrinterUrlError::bad_usb_id;
    }
    address.vendor = *vendor;
    address.product = *product;
    if (second != std::string_view::npos) {
        address.serial = std::string(rest.substr(second + 1));
        if (address.serial.empty() || address.serial.find_first_of("/:? ") != std::string::npos) {
            return PrinterUrlError::trailing_text;
        }
    }
    return PrinterAddress{address};
}

}  // namespace

std::variant<PrinterAddress, PrinterUrlError> parse_printer_url(std::string_view url) {
    if (starts_with_ci(url, "tcp://")) {
        return parse_tcp(url.substr(6));
    }
    if (starts_with_ci(url, "usb:")) {
        std::string_view rest = url.substr(4);
        if (rest.substr(0, 2) == "//") {
            rest.remove_prefix(2);  // usb://04b8:0e15 reads the same
        }
        return parse_usb(rest);
    }
    return PrinterUrlError::unknown_scheme;
}

std::string printer_url(const PrinterAddress& address) {
    if (const auto* tcp = std::get_if<TcpPrinterAddress>(&address)) {
        const bool v6 = tcp->host.find(':') != std::string::npos;
        return "tcp://" + (v6 ? "[" + tcp->host + "]" : tcp->host) + ":" + std::to_string(tcp->port);
    }
    const auto& usb = std::get<UsbPrinterAddress>(address);
    char ids[16];
    std::snprintf(ids, sizeof ids, "%04x:%04x", static_cast<unsigned>(usb.vendor),
                  static_cast<unsigned>(usb.product));
    return std::string("usb:") + ids + (usb.serial.empty() ? "" : ":" + usb.serial);
}

}  // namespace kassa
