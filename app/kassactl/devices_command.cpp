// `decode`, `cards print` and `scan --replay`: the drivers from the command line, for support people and
// scripts. Everything runs on the main thread; no device is opened. `devices` and live `scan` are registered
// here too and run in usb_command.cpp.
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "kassa/drivers/card_printer.hpp"
#include "kassa/drivers/hid_pos.hpp"
#include "kassa/drivers/image_decoder.hpp"
#include "kassa/drivers/keyboard.hpp"
#include "kassa/drivers/msr.hpp"
#include "kassa/drivers/report_recorder.hpp"

namespace kassactl {

namespace {

namespace drv = kassa::drivers;

// Scanned text is UTF-8 already; replacing rather than throwing keeps one odd byte from ending a long replay.
void print_json(const nlohmann::json& j) {
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

int run_decode(const std::vector<std::string>& files) {
    int code = 0;
    for (const std::string& file : files) {
        const drv::ImageScan result = drv::decode_image_file(file, drv::Timestamp{});
        if (result.error) {
            std::cerr << "kassactl decode: " << file << ": " << result.error->sentence << '\n';
            code = 2;
            continue;
        }
        for (const drv::ErrorEvent& refused : result.refusals) {
            // A bank card's number in a picture: the drivers kept only the error.
            std::cerr << "kassactl decode: " << file << ": " << refused.sentence << '\n';
            code = 2;
        }
        if (result.scans.empty()) {
            if (!result.refusals.empty()) {
                continue;
            }
            std::cerr << "kassactl decode: " << file << ": no barcode found\n";
            code = std::max(code, 1);
            continue;
        }
        for (const drv::ScanEvent& scan : result.scans) {
            print_json({{"file", file},
                        {"symbology", scan.symbology ? scan.symbology->aim_id : ""},
                        {"name", scan.symbology ? scan.symbology->name : "unknown"},
                        {"text", scan.text}});
        }
    }
    return code;
}

struct CardOptions {
    long long from = 1;
    int count = drv::kCardsPerSheet;
    std::string out;
    std::string shop;
    int prefix = 20;
    std::string barcode = "ean13";
};

int run_cards(const CardOptions& o) {
    drv::CardSheetSettings s;
    s.shop_name = o.shop;
    s.prefix = o.prefix;
    s.first = o.from;
    s.count = o.count;
    s.barcode = o.barcode == "qr"        ? drv::CardBarcode::qr
                : o.barcode == "code128" ? drv::CardBarcode::code128
                                         : drv::CardBarcode::ean13;
    try {
        const drv::CardSheet sheet = drv::render_card_sheet(s);
        drv::write_png(sheet.bitmap, o.out);
        if (!sheet.has_text) {
            std::cerr
                << "kassactl cards: the font " << s.font_file
                << " was not found (package fonts-dejavu-core): the cards carry the barcode without the shop "
                   "name and number in text\n";
        }
        std::cout << "ok: " << sheet.numbers.size() << " cards " << sheet.numbers.front() << " to "
                  << sheet.numbers.back() << " written to " << o.out << " (A4, 300 dpi)\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "kassactl cards: " << e.what() << '\n';
        return 2;
    }
}

std::unique_ptr<drv::Decoder> replay_decoder(const std::string& kind) {
    const drv::DeviceId device = "replay";
    if (kind == "keyboard" || kind == "msr-text") {
        drv::KeyboardSettings settings;
        settings.every_line_is_a_swipe = kind == "msr-text";
        return std::make_unique<drv::KeyboardWedgeDecoder>(device, settings);
    }
    if (kind == "hidpos") {
        return std::make_unique<drv::HidPosDecoder>(device, drv::HidPosFraming::honeywell,
                                                    drv::HidPosSettings{});
    }
    return std::make_unique<drv::HidMsrDecoder>(device);
}

long long ms_of(drv::Timestamp t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

void print_events(const std::vector<drv::Event>& events) {
    for (const drv::Event& e : events) {
        if (const auto* scan = std::get_if<drv::ScanEvent>(&e)) {
            print_json({{"type", "scan"},
                        {"ms", ms_of(scan->time)},
                        {"source", drv::source_kind_name(scan->source)},
                        {"symbology", scan->symbology ? scan->symbology->aim_id : ""},
                        {"name", scan->symbology ? scan->symbology->name : ""},
                        {"text", scan->text}});
        } else if (const auto* error = std::get_if<drv::ErrorEvent>(&e)) {
            print_json({{"type", "error"},
                        {"code", drv::error_code_name(error->code)},
                        {"sentence", error->sentence}});
        }
    }
}

// Replays a recording (drivers::read_recording) through the decoder of `kind`, printing its events.
int run_replay(const std::string& file, const std::string& kind) {
    std::ifstream in(file);
    if (!in) {
        std::cerr << "kassactl scan: cannot open " << file << '\n';
        return 2;
    }
    const drv::Recording recording = drv::read_recording(in);
    if (recording.problem) {
        std::cerr << "kassactl scan: " << file << " line " << recording.problem->line << ": ";
        switch (recording.problem->kind) {
            case drv::RecordingProblem::Kind::bad_time:
                std::cerr << "the time must be whole milliseconds, not going back\n";
                break;
            case drv::RecordingProblem::Kind::time_too_late:
                std::cerr << "the time is more than a year after the start of the recording\n";
                break;
            case drv::RecordingProblem::Kind::bad_report:
                std::cerr << "a report is an even number of hex digits with no spaces\n";
                break;
        }
        return 2;
    }
    drv::Timestamp at{};
    const auto decoder = replay_decoder(kind);
    for (const drv::RecordedReport& report : recording.reports) {
        // Time passes before each report as it did on the till, so the decoders' timeouts apply.
        print_events(decoder->idle(report.at));
        print_events(decoder->feed(report.bytes, report.at));
        at = report.at;
    }
    // The end of the recording: a scan still half-read is dropped, as an idle device would drop it.
    print_events(decoder->idle(at + std::chrono::hours(1)));
    return 0;
}

}  // namespace

Runner add_device_commands(CLI::App& app) {
    auto* decode = app.add_subcommand("decode",
                                      "print the barcodes in image files (PNG, JPEG) as JSON lines; "
                                      "exit 1 when a file has none");
    auto files = std::make_shared<std::vector<std::string>>();
    decode->add_option("IMAGE", *files, "image files")->required();

    auto* cards = app.add_subcommand("cards", "loyalty cards");
    cards->require_subcommand(1);
    auto* print = cards->add_subcommand("print", "an A4 sheet (PNG, 300 dpi) of up to 10 in-store cards");
    auto card = std::make_shared<CardOptions>();
    print->add_option("--from", card->from, "sequence number of the first card")
        ->required()
        ->check(CLI::Range(0LL, 9'999'999'999LL));
    print->add_option("--count", card->count, "cards on the sheet (1..10, default 10)")
        ->check(CLI::Range(1, 10));
    print->add_option("--out", card->out, "the PNG file to write")->required();
    print->add_option("--shop", card->shop, "the shop name printed on every card");
    print->add_option("--prefix", card->prefix, "in-store prefix, 20..29 (default 20)")
        ->check(CLI::Range(20, 29));
    print->add_option("--barcode", card->barcode, "ean13 (default), code128 or qr")
        ->check(CLI::IsMember({"ean13", "code128", "qr"}));

    // --wedge for `devices` and live `scan`: a VID[:PID] checked as it is parsed.
    const auto usb_id_check = CLI::Validator(
        [](std::string& text) {
            return parse_usb_id(text) ? std::string()
                                      : std::string("expected VID or VID:PID in hex, e.g. 1d6b:0104");
        },
        "VID[:PID]");
    auto wedge_texts = std::make_shared<std::vector<std::string>>();
    auto* devices =
        app.add_subcommand("devices",
                           "list the USB HID devices and receipt printers plugged in, what Kassa reads "
                           "each as and whether it can open it (and why not)");
    devices->add_option("--wedge", *wedge_texts, "also read this keyboard-wedge device (VID[:PID], hex)")
        ->check(usb_id_check);

    auto* scan =
        app.add_subcommand("scan",
                           "print scans and errors as JSON lines: live from the plugged scanners until "
                           "Ctrl-C (SIGINT/SIGTERM), or from a recording with --replay");
    auto replay = std::make_shared<std::string>();
    auto kind = std::make_shared<std::string>();
    auto record = std::make_shared<std::string>();
    auto* replay_option = scan->add_option(
        "--replay", *replay, "a recording: one report per line in hex, optionally after a time in ms");
    scan->add_option("--kind", *kind,
                     "the decoder: keyboard, hidpos, msr-hid or msr-text (a card reader typing)")
        ->check(CLI::IsMember({"keyboard", "hidpos", "msr-hid", "msr-text"}))
        ->needs(replay_option);
    replay_option->needs(scan->get_option("--kind"));
    scan->add_option("--record", *record,
                     "live: also store the raw reports in FILE, in the format --replay reads")
        ->excludes(replay_option);
    scan->add_option("--wedge", *wedge_texts, "live: also read this keyboard-wedge device (VID[:PID], hex)")
        ->check(usb_id_check)
        ->excludes(replay_option);

    return [decode, files, print, card, devices, replay, kind, record, wedge_texts]() -> int {
        if (decode->parsed()) {
            return run_decode(*files);
        }
        if (print->parsed()) {
            return run_cards(*card);
        }
        std::vector<drv::UsbId> wedges;
        for (const std::string& w : *wedge_texts) {
            wedges.push_back(*parse_usb_id(w));
        }
        if (devices->parsed()) {
            return run_devices(wedges);
        }
        if (replay->empty()) {
            return run_live_scan(wedges, *record);
        }
        return run_replay(*replay, *kind);
    };
}

}  // namespace kassactl
