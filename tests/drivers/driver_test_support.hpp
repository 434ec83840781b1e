#pragma once
// Shared fixtures of the driver tests: literal descriptors, builders for framed reports whose payload is
// given literally, and event accessors. The builders write the framing the way devices.md describes it,
// independently of the code under test.

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kassa/drivers/device_manager.hpp"
#include "kassa/drivers/events.hpp"

namespace kassa::drivers::testing {

using Bytes = std::vector<std::uint8_t>;

// A fixed origin for scripted time; tests move it by hand.
inline Timestamp at_ms(int ms) {
    return Timestamp{} + std::chrono::milliseconds(ms);
}

// The 66-byte virtual HID POS scanner of devices.md.
inline const Bytes kScannerDescriptor{
    0x05, 0x8C, 0x09, 0x02, 0xA1, 0x01, 0x85, 0x02, 0x09, 0x12, 0xA1, 0x02, 0x15, 0x00, 0x26, 0xFF, 0x00,
    0x75, 0x08, 0x06, 0x00, 0xFF, 0x09, 0x01, 0x95, 0x01, 0x81, 0x02, 0x05, 0x8C, 0x09, 0xFB, 0x09, 0xFC,
    0x09, 0xFD, 0x95, 0x03, 0x81, 0x02, 0x09, 0xFE, 0x95, 0x38, 0x82, 0x02, 0x01, 0x06, 0x00, 0xFF, 0x09,
    0x02, 0x95, 0x02, 0x81, 0x02, 0x05, 0x8C, 0x09, 0xFF, 0x95, 0x01, 0x81, 0x02, 0xC0, 0xC0};

// The boot keyboard descriptor of HID 1.11, appendix B.1 (8-byte input, 1-byte LED output).
inline const Bytes kBootKeyboardDescriptor{
    0x05, 0x01, 0x09, 0x06, 0xA1, 0x01, 0x05, 0x07, 0x19, 0xE0, 0x29, 0xE7, 0x15, 0x00, 0x25, 0x01,
    0x75, 0x01, 0x95, 0x08, 0x81, 0x02, 0x95, 0x01, 0x75, 0x08, 0x81, 0x01, 0x95, 0x05, 0x75, 0x01,
    0x05, 0x08, 0x19, 0x01, 0x29, 0x05, 0x91, 0x02, 0x95, 0x01, 0x75, 0x03, 0x91, 0x01, 0x95, 0x06,
    0x75, 0x08, 0x15, 0x00, 0x25, 0x65, 0x05, 0x07, 0x19, 0x00, 0x29, 0x65, 0x81, 0x00, 0xC0};

// A MagTek-style swipe reader: vendor page 0xFF00, one 337-byte input report without a report id.
inline const Bytes kMagTekDescriptor{0x06, 0x00, 0xFF, 0x09, 0x01, 0xA1, 0x01, 0x15, 0x00, 0x26, 0xFF,
                                     0x00, 0x75, 0x08, 0x96, 0x51, 0x01, 0x09, 0x20, 0x81, 0x02, 0xC0};

// A HID POS scanned-data report (Honeywell framing) around a literal payload.
inline Bytes hid_pos_report(std::string_view aim, std::string_view data, bool more, std::uint8_t vendor = 0) {
    Bytes r(64, 0);
    r[0] = 0x02;
    r[1] = static_cast<std::uint8_t>(data.size());
    for (std::size_t i = 0; i < aim.size() && i < 3; ++i) {
        r[2 + i] = static_cast<std::uint8_t>(aim[i]);
    }
    for (std::size_t i = 0; i < data.size() && 5 + i < 61; ++i) {
        r[5 + i] = static_cast<std::uint8_t>(data[i]);
    }
    r[61] = vendor;
    r[63] = more ? 0x01 : 0x00;
    return r;
}

struct MagTekTrack {
    std::uint8_t status = 0;
    std::string text;  // with sentinels; empty for a blank track
};

inline Bytes magtek_report(const MagTekTrack& t1, const MagTekTrack& t2, const MagTekTrack& t3,
                           std::uint8_t encode_type = 0) {
    Bytes r(337, 0);
    const MagTekTrack* tracks[] = {&t1, &t2, &t3};
    for (std::size_t k = 0; k < 3; ++k) {
        r[k] = tracks[k]->status;
        r[3 + k] = static_cast<std::uint8_t>(tracks[k]->text.size());
        for (std::size_t i = 0; i < tracks[k]->text.size(); ++i) {
            r[7 + 110 * k + i] = static_cast<std::uint8_t>(tracks[k]->text[i]);
        }
    }
    r[6] = encode_type;
    return r;
}

// What a US-layout keyboard wedge sends to type `text` ('\n' = Enter, '\t' = Tab): a press report and a
// release report per character. The test's own table, written from the HID usage tables.
inline std::vector<Bytes> wedge_reports(std::string_view text) {
    static const std::string_view kPlain = "1234567890\n\x1b\b\t -=[]\\#;'`,./";
    static const std::string_view kShifted = "!@#$%^&*()";
    static const std::string_view kShiftedPunct = "_+{}|\x01:\"~<>?";  // 0x32 has no US character of its own
    std::vector<Bytes> out;
    for (char c : text) {
        std::uint8_t mod = 0;
        std::uint8_t usage = 0;
        if (c >= 'a' && c <= 'z') {
            usage = static_cast<std::uint8_t>(0x04 + (c - 'a'));
        } else if (c >= 'A' && c <= 'Z') {
            mod = 0x02;
            usage = static_cast<std::uint8_t>(0x04 + (c - 'A'));
        } else if (kShifted.find(c) != std::string_view::npos) {
            mod = 0x02;
            usage = static_cast<std::uint8_t>(0x1E + kShifted.find(c));
        } else if (kShiftedPunct.find(c) != std::string_view::npos) {
            mod = 0x02;
            usage = static_cast<std::uint8_t>(0x2D + kShiftedPunct.find(c));
        } else if (kPlain.find(c) != std::string_view::npos) {
            usage = static_cast<std::uint8_t>(0x1E + kPlain.find(c));
        } else {
            FAIL("the test cannot type this character");
        }
        out.push_back(Bytes{mod, 0, usage, 0, 0, 0, 0, 0});
        out.push_back(Bytes(8, 0));
    }
    return out;
}

inline const ScanEvent* as_scan(const Event& e) {
    return std::get_if<ScanEvent>(&e);
}
inline const ErrorEvent* as_error(const Event& e) {
    return std::get_if<ErrorEvent>(&e);
}
inline const StatusEvent* as_status(const Event& e) {
    return std::get_if<StatusEvent>(&e);
}

// True when any event carries four digits in a row: card numbers must never leave the parser, and no
// fixed sentence has such a run.
inline bool carries_digits(const std::vector<Event>& events) {
    const auto has_run = [](std::string_view s) {
        int run = 0;
        for (char c : s) {
            run = (c >= '0' && c <= '9') ? run + 1 : 0;
            if (run >= 4) {
                return true;
            }
        }
        return false;
    };
    for (const auto& e : events) {
        if (const auto* s = as_scan(e); s && has_run(s->text)) {
            return true;
        }
        if (const auto* err = as_error(e); err && has_run(err->sentence)) {
            return true;
        }
    }
    return false;
}

}  // namespace kassa::drivers::testing

namespace Catch {
template <>
struct StringMaker<kassa::drivers::ErrorCode> {
    static std::string convert(kassa::drivers::ErrorCode c) {
        return std::string(kassa::drivers::error_code_name(c));
    }
};
template <>
struct StringMaker<kassa::drivers::SourceKind> {
    static std::string convert(kassa::drivers::SourceKind k) {
        return std::string(kassa::drivers::source_kind_name(k));
    }
};
template <>
struct StringMaker<kassa::drivers::DeviceRole> {
    static std::string convert(kassa::drivers::DeviceRole r) {
        return std::string(kassa::drivers::device_role_name(r));
    }
};
template <>
struct StringMaker<kassa::drivers::DeviceState> {
    static std::string convert(kassa::drivers::DeviceState s) {
        return std::string(kassa::drivers::device_state_name(s));
    }
};
}  // namespace Catch
