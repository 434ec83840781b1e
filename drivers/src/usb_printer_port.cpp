#include "kassa/drivers/usb_printer_port.hpp"

#include <libusb.h>

#include <algorithm>
#include <array>
#include <atomic>

namespace kassa::drivers {

namespace {

using Clock = std::chrono::steady_clock;

// USB Device Class Definition for Printing Devices 1.1, 4.2: class-specific requests to the interface.
constexpr std::uint8_t kClassInterfaceIn = 0xA1;  // device-to-host, class, interface
constexpr std::uint8_t kGetDeviceId = 0;
constexpr std::uint8_t kGetPortStatus = 1;
constexpr std::uint8_t kPrinterClass = 7;
constexpr std::uint8_t kPrinterSubclass = 1;

// A printer class interface of one device, and its endpoints.
struct PrinterInterface {
    int number = -1;
    int alt_setting = 0;
    int protocol = 0;
    unsigned char out = 0;  // bulk OUT, always there
    unsigned char in = 0;   // bulk IN, bidirectional interfaces only (0: none)
    std::size_t in_packet = 64;
};

// The first printer class interface, preferring a bidirectional alternate setting (status answers).
std::optional<PrinterInterface> find_printer_interface(libusb_device* dev) {
    libusb_config_descriptor* config = nullptr;
    if (libusb_get_active_config_descriptor(dev, &config) != LIBUSB_SUCCESS) {
        return std::nullopt;
    }
    std::optional<PrinterInterface> best;
    for (int i = 0; i < config->bNumInterfaces; ++i) {
        const libusb_interface& itf = config->interface[i];
        for (int a = 0; a < itf.num_altsetting; ++a) {
            const libusb_interface_descriptor& alt = itf.altsetting[a];
            if (alt.bInterfaceClass != kPrinterClass || alt.bInterfaceSubClass != kPrinterSubclass ||
                (alt.bInterfaceProtocol != 1 && alt.bInterfaceProtocol != 2)) {
                continue;
            }
            PrinterInterface p;
            p.number = alt.bInterfaceNumber;
            p.alt_setting = alt.bAlternateSetting;
            p.protocol = alt.bInterfaceProtocol;
            for (int e = 0; e < alt.bNumEndpoints; ++e) {
                const libusb_endpoint_descriptor& ep = alt.endpoint[e];
                if ((ep.bmAttributes & 0x03) != LIBUSB_TRANSFER_TYPE_BULK) {
                    continue;
                }
                if ((ep.bEndpointAddress & LIBUSB_ENDPOINT_IN) != 0) {
                    p.in = ep.bEndpointAddress;
                    p.in_packet = std::max<std::size_t>(1, ep.wMaxPacketSize & 0x07FF);
                } else {
                    p.out = ep.bEndpointAddress;
                }
            }
            if (p.out == 0) {
                continue;
            }
            if (!best || (best->protocol != 2 && p.protocol == 2)) {
                best = p;
            }
        }
    }
    libusb_free_config_descriptor(config);
    return best;
}

PrintProblem open_problem(int code) {
    switch (code) {
        case LIBUSB_ERROR_ACCESS:
            return PrintProblem::permission_denied;
        case LIBUSB_ERROR_BUSY:
            return PrintProblem::busy;
        case LIBUSB_ERROR_NO_DEVICE:
        case LIBUSB_ERROR_NOT_FOUND:
            return PrintProblem::not_found;
        default:
            return PrintProblem::io_error;
    }
}

PrintProblem transfer_problem(int code) {
    switch (code) {
        case LIBUSB_ERROR_NO_DEVICE:
            return PrintProblem::connection_lost;  // unplugged mid-job
        case LIBUSB_ERROR_TIMEOUT:
            return PrintProblem::timeout;
        default:
            return PrintProblem::io_error;
    }
}

std::string string_descriptor(libusb_device_handle* handle, std::uint8_t index) {
    if (index == 0) {
        return {};
    }
    std::array<unsigned char, 256> text{};
    const int n =
        libusb_get_string_descriptor_ascii(handle, index, text.data(), static_cast<int>(text.size()));
    return n > 0 ? std::string(reinterpret_cast<const char*>(text.data()), static_cast<std::size_t>(n))
                 : std::string();
}

// GET_DEVICE_ID: a two-byte big-endian length (counting itself), then the IEEE 1284 id. wIndex carries the
// interface in its high byte and the alternate setting in its low byte (printer class 1.1, 4.2.1).
std::string device_id(libusb_device_handle* handle, const PrinterInterface& itf) {
    std::array<unsigned char, 1024> buffer{};
    const int n = libusb_control_transfer(handle, kClassInterfaceIn, kGetDeviceId, 0,
                                          static_cast<std::uint16_t>((itf.number << 8) | itf.alt_setting),
                                          buffer.data(), static_cast<std::uint16_t>(buffer.size()), 1000);
    if (n < 2) {
        return {};
    }
    std::size_t length = static_cast<std::size_t>((buffer[0] << 8) | buffer[1]);
    const auto got = static_cast<std::size_t>(n);
    if (length + 2 == got) {
        length = got;  // a device that counts the id without the two length bytes but sends it whole
    }
    length = std::min(length, got);
    if (length <= 2) {
        return {};
    }
    std::string id(reinterpret_cast<const char*>(buffer.data() + 2), length - 2);
    while (!id.empty() && (id.back() == '\n' || id.back() == '\r' || id.back() == '\0')) {
        id.pop_back();
    }
    return id;
}

int remaining_ms(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return static_cast<int>(std::max<long long>(0, left));
}

}  // namespace

class UsbPrinterPort::Impl {
  public:
    Impl(UsbPrinterAddress address, UsbPrinterSettings settings)
        : address_(std::move(address)), settings_(settings) {}
    ~Impl() {
        close();
        if (ctx_ != nullptr) {
            libusb_exit(ctx_);
        }
    }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    PrintProblem open() {
        if (handle_ != nullptr) {
            return PrintProblem::none;
        }
        if (cancelled_) {
            return PrintProblem::cancelled;
        }
        if (ctx_ == nullptr && libusb_init(&ctx_) != LIBUSB_SUCCESS) {
            ctx_ = nullptr;
            return PrintProblem::io_error;
        }
        libusb_device** list = nullptr;
        const ssize_t count = libusb_get_device_list(ctx_, &list);
        if (count < 0) {
            return PrintProblem::io_error;
        }
        PrintProblem problem = PrintProblem::not_found;
        for (ssize_t i = 0; i < count && handle_ == nullptr; ++i) {
            libusb_device_descriptor desc{};
            if (libusb_get_device_descriptor(list[i], &desc) != LIBUSB_SUCCESS ||
                desc.idVendor != address_.vendor || desc.idProduct != address_.product) {
                continue;
            }
            const auto itf = find_printer_interface(list[i]);
            if (!itf) {
                continue;
            }
            problem = take(list[i], desc, *itf);
            if (problem == PrintProblem::not_found) {
                continue;  // another printer of the same model with another serial
            }
            if (problem != PrintProblem::none) {
                break;
            }
        }
        libusb_free_device_list(list, 1);
        return problem;
    }

    PrintProblem send(std::span<const std::uint8_t> bytes, Clock::time_point deadline) {
        if (handle_ == nullptr) {
            return PrintProblem::connection_lost;
        }
        std::size_t sent = 0;
        while (sent < bytes.size()) {
            if (cancelled_) {
                return PrintProblem::cancelled;
            }
            const int left = remaining_ms(deadline);
            if (left == 0) {
                return PrintProblem::timeout;
            }
            const std::size_t chunk = std::min<std::size_t>(bytes.size() - sent, 64 * 1024);
            int transferred = 0;
            const int r = libusb_bulk_transfer(
                handle_, itf_.out, const_cast<std::uint8_t*>(bytes.data() + sent), static_cast<int>(chunk),
                &transferred, static_cast<unsigned>(std::min<long long>(left, settings_.slice.count())));
            sent += static_cast<std::size_t>(std::max(0, transferred));
            if (r != LIBUSB_SUCCESS && r != LIBUSB_ERROR_TIMEOUT) {
                return transfer_problem(r);
            }
        }
        return PrintProblem::none;
    }

    std::optional<std::uint8_t> port_status(PrintProblem& problem) {
        problem = PrintProblem::none;
        if (handle_ == nullptr) {
            problem = PrintProblem::connection_lost;
            return std::nullopt;
        }
        std::uint8_t byte = 0;
        const int n = libusb_control_transfer(handle_, kClassInterfaceIn, kGetPortStatus, 0,
                                              static_cast<std::uint16_t>(itf_.number), &byte, 1,
                                              static_cast<unsigned>(settings_.status_timeout.count()));
        if (n == 1) {
            return byte;
        }
        // A stall is a printer that does not implement the request: it has no status to give.
        problem = n == LIBUSB_ERROR_PIPE || n == 0 ? PrintProblem::no_status : transfer_problem(n);
        if (problem == PrintProblem::timeout) {
            problem = PrintProblem::no_status;
        }
        return std::nullopt;
    }

    StatusResult query_status() {
        StatusResult result;
        if (cancelled_) {
            result.problem = PrintProblem::cancelled;
            return result;
        }
        const auto byte = port_status(result.problem);
        if (!byte) {
            return result;
        }
        apply_port_status(*byte, result.status);
        if (settings_.realtime_status && itf_.protocol == 2 && itf_.in != 0 && realtime_answers_) {
            PrinterStatus realtime;
            bool all = true;
            for (const RealtimeStatusKind kind :
                 {RealtimeStatusKind::printer, RealtimeStatusKind::offline_cause,
                  RealtimeStatusKind::paper_sensor}) {
                const PrintProblem p = ask(kind, realtime);
                if (p == PrintProblem::connection_lost || p == PrintProblem::cancelled) {
                    result.problem = p;
                    return result;
                }
                all = all && p == PrintProblem::none;
            }
            if (all && realtime.error) {
                all = ask(RealtimeStatusKind::error_cause, realtime) == PrintProblem::none;
            }
            if (!all) {
                // The printer does not answer DLE EOT on its IN endpoint: the port status is all there is,
                // and it is not asked again (each unanswered request costs a status timeout).
                realtime_answers_ = false;
            } else {
                // Either source is enough to stop printing.
                const PrinterStatus port = result.status;
                result.status = realtime;
                result.status.online = port.online && realtime.online;
                result.status.paper_out = port.paper_out || realtime.paper_out;
                result.status.error = port.error || realtime.error;
            }
        }
        return result;
    }

    void close() {
        if (handle_ == nullptr) {
            return;
        }
        // With auto-detach set, releasing the interface gives it back to usblp.
        libusb_release_interface(handle_, itf_.number);
        libusb_close(handle_);
        handle_ = nullptr;
    }

    void cancel() { cancelled_ = true; }

  private:
    PrintProblem take(libusb_device* dev, const libusb_device_descriptor& desc, const PrinterInterface& itf) {
        libusb_device_handle* handle = nullptr;
        const int r = libusb_open(dev, &handle);
        if (r != LIBUSB_SUCCESS) {
            return open_problem(r);
        }
        if (!address_.serial.empty() && string_descriptor(handle, desc.iSerialNumber) != address_.serial) {
            libusb_close(handle);
            return PrintProblem::not_found;
        }
        libusb_set_auto_detach_kernel_driver(handle, 1);  // unsupported only off Linux; claim says why then
        int c = libusb_claim_interface(handle, itf.number);
        if (c == LIBUSB_SUCCESS && itf.alt_setting != 0) {
            c = libusb_set_interface_alt_setting(handle, itf.number, itf.alt_setting);
            if (c != LIBUSB_SUCCESS) {
                libusb_release_interface(handle, itf.number);
            }
        }
        if (c != LIBUSB_SUCCESS) {
            libusb_close(handle);
            return open_problem(c);
        }
        handle_ = handle;
        itf_ = itf;
        return PrintProblem::none;
    }

    PrintProblem ask(RealtimeStatusKind kind, PrinterStatus& status) {
        const auto request = realtime_status_request(kind);
        const Clock::time_point deadline = Clock::now() + settings_.status_timeout;
        const PrintProblem sent = send(request, deadline);
        if (sent != PrintProblem::none) {
            return sent;
        }
        // A whole packet: the device may send up to wMaxPacketSize, and a shorter buffer would overflow.
        std::vector<std::uint8_t> buffer(itf_.in_packet);
        while (!cancelled_) {
            const int left = remaining_ms(deadline);
            if (left == 0) {
                return PrintProblem::no_status;
            }
            int got = 0;
            const int r = libusb_bulk_transfer(
                handle_, itf_.in, buffer.data(), static_cast<int>(buffer.size()), &got,
                static_cast<unsigned>(std::min<long long>(left, settings_.slice.count())));
            if (r == LIBUSB_ERROR_TIMEOUT) {
                continue;
            }
            if (r != LIBUSB_SUCCESS) {
                return transfer_problem(r);
            }
            // The answer is the last byte with the fixed bits; anything before it is left over from earlier.
            for (int i = got - 1; i >= 0; --i) {
                if (apply_realtime_status(kind, buffer[static_cast<std::size_t>(i)], status)) {
                    return PrintProblem::none;
                }
            }
        }
        return PrintProblem::cancelled;
    }

    const UsbPrinterAddress address_;
    const UsbPrinterSettings settings_;
    libusb_context* ctx_ = nullptr;
    libusb_device_handle* handle_ = nullptr;
    PrinterInterface itf_;
    bool realtime_answers_ = true;
    std::atomic<bool> cancelled_{false};
};

UsbPrinterPort::UsbPrinterPort(UsbPrinterAddress address, UsbPrinterSettings settings)
    : impl_(std::make_unique<Impl>(std::move(address), settings)) {}
UsbPrinterPort::~UsbPrinterPort() = default;
PrintProblem UsbPrinterPort::open() {
    return impl_->open();
}
PrintProblem UsbPrinterPort::send(std::span<const std::uint8_t> bytes,
                                  std::chrono::steady_clock::time_point deadline) {
    return impl_->send(bytes, deadline);
}
StatusResult UsbPrinterPort::query_status() {
    return impl_->query_status();
}
void UsbPrinterPort::close() {
    impl_->close();
}
void UsbPrinterPort::idle() {}
void UsbPrinterPort::cancel() {
    impl_->cancel();
}
std::optional<std::uint8_t> UsbPrinterPort::port_status() {
    PrintProblem problem = PrintProblem::none;
    return impl_->port_status(problem);
}

std::vector<UsbPrinterInfo> list_usb_printers() {
    std::vector<UsbPrinterInfo> out;
    libusb_context* ctx = nullptr;
    if (libusb_init(&ctx) != LIBUSB_SUCCESS) {
        return out;
    }
    libusb_device** list = nullptr;
    const ssize_t count = libusb_get_device_list(ctx, &list);
    for (ssize_t i = 0; i < count; ++i) {
        const auto itf = find_printer_interface(list[i]);
        libusb_device_descriptor desc{};
        if (!itf || libusb_get_device_descriptor(list[i], &desc) != LIBUSB_SUCCESS) {
            continue;
        }
        UsbPrinterInfo info;
        info.vendor = desc.idVendor;
        info.product = desc.idProduct;
        info.bus = libusb_get_bus_number(list[i]);
        info.address = libusb_get_device_address(list[i]);
        info.interface_number = itf->number;
        info.protocol = itf->protocol;
        libusb_device_handle* handle = nullptr;
        const int r = libusb_open(list[i], &handle);
        if (r != LIBUSB_SUCCESS) {
            info.problem = open_problem(r);
        } else {
            info.manufacturer = string_descriptor(handle, desc.iManufacturer);
            info.product_name = string_descriptor(handle, desc.iProduct);
            info.serial = string_descriptor(handle, desc.iSerialNumber);
            // Linux lets a class request to an interface through only when this handle holds it.
            libusb_set_auto_detach_kernel_driver(handle, 1);
            const int c = libusb_claim_interface(handle, itf->number);
            if (c == LIBUSB_SUCCESS) {
                info.device_id = device_id(handle, *itf);
                libusb_release_interface(handle, itf->number);
            } else {
                info.problem = open_problem(c);
            }
            libusb_close(handle);
        }
        out.push_back(std::move(info));
    }
    if (count >= 0) {
        libusb_free_device_list(list, 1);
    }
    libusb_exit(ctx);
    return out;
}

}  // namespace kassa::drivers
