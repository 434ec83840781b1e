#include "kassa/drivers/tcp_printer_port.hpp"

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <fcntl.h>
#include <algorithm>
#include <cerrno>

namespace kassa::drivers {

namespace {

using Clock = std::chrono::steady_clock;

PrintProblem from_errno(int error) {
    switch (error) {
        case ECONNREFUSED:
            return PrintProblem::refused;
        case ENETUNREACH:
        case EHOSTUNREACH:
        case ENETDOWN:
        case EHOSTDOWN:
        case EADDRNOTAVAIL:
            return PrintProblem::unreachable;
        case ETIMEDOUT:
            return PrintProblem::timeout;
        case ECONNRESET:
        case EPIPE:
        case ECONNABORTED:
        case ENOTCONN:
            return PrintProblem::connection_lost;
        default:
            return PrintProblem::io_error;
    }
}

int remaining_ms(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return static_cast<int>(std::clamp<long long>(left, 0, 1'000'000));
}

}  // namespace

class TcpPrinterPort::Impl {
  public:
    Impl(TcpPrinterAddress address, TcpPrinterSettings settings)
        : address_(std::move(address)),
          settings_(settings),
          cancel_fd_(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {}
    ~Impl() {
        close();
        if (cancel_fd_ >= 0) {
            ::close(cancel_fd_);
        }
    }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    PrintProblem open() {
        if (fd_ >= 0) {
            return PrintProblem::none;
        }
        if (cancelled()) {
            return PrintProblem::cancelled;
        }
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* found = nullptr;
        const std::string service = std::to_string(address_.port);
        // getaddrinfo itself cannot be bounded or cancelled; a shop's printer is an address or a local name,
        // so resolving is quick or fails quickly.
        const int g = ::getaddrinfo(address_.host.c_str(), service.c_str(), &hints, &found);
        if (g != 0) {
            return g == EAI_AGAIN || g == EAI_SYSTEM ? PrintProblem::unreachable : PrintProblem::host_unknown;
        }
        const Clock::time_point deadline = Clock::now() + settings_.connect_timeout;
        PrintProblem problem = PrintProblem::unreachable;
        // Each address the name has, in the resolver's order, within one overall connect timeout.
        for (addrinfo* a = found; a != nullptr; a = a->ai_next) {
            problem = connect_one(*a, deadline);
            if (problem == PrintProblem::none || problem == PrintProblem::cancelled ||
                problem == PrintProblem::timeout) {
                break;
            }
        }
        ::freeaddrinfo(found);
        return problem;
    }

    PrintProblem send(std::span<const std::uint8_t> bytes, Clock::time_point deadline) {
        if (fd_ < 0) {
            return PrintProblem::connection_lost;
        }
        std::size_t sent = 0;
        while (sent < bytes.size()) {
            const PrintProblem ready = wait_for(POLLOUT, deadline);
            if (ready != PrintProblem::none) {
                return ready;
            }
            // MSG_NOSIGNAL: a printer that hung up is an EPIPE result, not a SIGPIPE that ends the till.
            const ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
            if (n < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
                    continue;
                }
                const PrintProblem p = from_errno(errno);
                return p == PrintProblem::io_error ? PrintProblem::connection_lost : p;
            }
            sent += static_cast<std::size_t>(n);
        }
        return PrintProblem::none;
    }

    StatusResult query_status() {
        StatusResult result;
        if (fd_ < 0) {
            result.problem = PrintProblem::connection_lost;
            return result;
        }
        if (!settings_.realtime_status) {
            return result;  // assumed ready: the connection was accepted
        }
        discard_unasked_bytes();
        for (const RealtimeStatusKind kind : {RealtimeStatusKind::printer, RealtimeStatusKind::offline_cause,
                                              RealtimeStatusKind::paper_sensor}) {
            result.problem = ask(kind, result.status);
            if (result.problem != PrintProblem::none) {
                return result;
            }
        }
        if (result.status.error) {
            result.problem = ask(RealtimeStatusKind::error_cause, result.status);
        }
        return result;
    }

    void close() {
        if (fd_ >= 0) {
            ::close(fd_);
            fd_ = -1;
        }
    }

    void cancel() {
        const std::uint64_t one = 1;
        // The counter only ever grows: a full counter (never, at one write per stop) would still read as set.
        [[maybe_unused]] const ssize_t w = ::write(cancel_fd_, &one, sizeof one);
    }

  private:
    bool cancelled() const {
        pollfd p{cancel_fd_, POLLIN, 0};
        return ::poll(&p, 1, 0) > 0;
    }

    // Waits until the socket can do `events`, the deadline passes or cancel() is called.
    PrintProblem wait_for(short events, Clock::time_point deadline) {
        for (;;) {
            pollfd fds[2] = {{fd_, events, 0}, {cancel_fd_, POLLIN, 0}};
            const int r = ::poll(fds, 2, remaining_ms(deadline));
            if (r < 0) {
                if (errno == EINTR) {
                    continue;
                }
                return PrintProblem::io_error;
            }
            if ((fds[1].revents & POLLIN) != 0) {
                return PrintProblem::cancelled;
            }
            if (r == 0) {
                return PrintProblem::timeout;
            }
            if ((fds[0].revents & (POLLERR | POLLHUP | POLLNVAL)) != 0 && (fds[0].revents & events) == 0) {
                return PrintProblem::connection_lost;
            }
            return PrintProblem::none;
        }
    }

    PrintProblem connect_one(const addrinfo& a, Clock::time_point deadline) {
        const int fd = ::socket(a.ai_family, a.ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a.ai_protocol);
        if (fd < 0) {
            return PrintProblem::io_error;
        }
        // Receipts are small and the status answer is awaited right after its request: no Nagle delay.
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (::connect(fd, a.ai_addr, a.ai_addrlen) == 0) {
            fd_ = fd;
            return PrintProblem::none;
        }
        if (errno != EINPROGRESS) {
            const PrintProblem p = from_errno(errno);
            ::close(fd);
            return p == PrintProblem::io_error ? PrintProblem::unreachable : p;
        }
        fd_ = fd;
        const PrintProblem ready = wait_for(POLLOUT, deadline);
        if (ready != PrintProblem::none && ready != PrintProblem::connection_lost) {
            close();
            return ready;
        }
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0) {
            error = errno;
        }
        if (error != 0) {
            close();
            const PrintProblem p = from_errno(error);
            return p == PrintProblem::io_error || p == PrintProblem::connection_lost
                       ? PrintProblem::unreachable
                       : p;
        }
        return PrintProblem::none;
    }

    // Bytes nobody asked for (an automatic status back the printer was set to send, the rest of an answer
    // that came too late last time) would be read as the next answer: drop what is waiting now.
    void discard_unasked_bytes() {
        std::uint8_t buffer[256];
        while (::recv(fd_, buffer, sizeof buffer, MSG_DONTWAIT) > 0) {
        }
    }

    PrintProblem ask(RealtimeStatusKind kind, PrinterStatus& status) {
        const auto request = realtime_status_request(kind);
        const Clock::time_point deadline = Clock::now() + settings_.status_timeout;
        const PrintProblem sent = send(request, deadline);
        if (sent != PrintProblem::none) {
            return sent;
        }
        for (;;) {
            const PrintProblem ready = wait_for(POLLIN, deadline);
            if (ready != PrintProblem::none) {
                return ready == PrintProblem::timeout ? PrintProblem::no_status : ready;
            }
            std::uint8_t reply = 0;
            const ssize_t n = ::recv(fd_, &reply, 1, 0);
            if (n == 0) {
                return PrintProblem::connection_lost;  // the printer closed the connection
            }
            if (n < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
                    continue;
                }
                const PrintProblem p = from_errno(errno);
                return p == PrintProblem::io_error ? PrintProblem::connection_lost : p;
            }
            if (apply_realtime_status(kind, reply, status)) {
                return PrintProblem::none;
            }
            // Not an answer (fixed bits wrong): skip it and wait for the answer within the same limit.
        }
    }

    const TcpPrinterAddress address_;
    const TcpPrinterSettings settings_;
    const int cancel_fd_;
    int fd_ = -1;
};

TcpPrinterPort::TcpPrinterPort(TcpPrinterAddress address, TcpPrinterSettings settings)
    : impl_(std::make_unique<Impl>(std::move(address), settings)) {}
TcpPrinterPort::~TcpPrinterPort() = default;
PrintProblem TcpPrinterPort::open() {
    return impl_->open();
}
PrintProblem TcpPrinterPort::send(std::span<const std::uint8_t> bytes,
                                  std::chrono::steady_clock::time_point deadline) {
    return impl_->send(bytes, deadline);
}
StatusResult TcpPrinterPort::query_status() {
    return impl_->query_status();
}
void TcpPrinterPort::close() {
    impl_->close();
}
void TcpPrinterPort::cancel() {
    impl_->cancel();
}

}  // namespace kassa::drivers
