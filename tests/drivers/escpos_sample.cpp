// Writes the ESC/POS bytes of a receipt-like document for escpos_check.py to read back with the independent
// decoder (tests/support/escpos_decode.py): Russian and Estonian text, a Chinese name, a logo, a barcode, a
// cut and a drawer pulse. Usage: kassa_escpos_sample OUT.bin LOGO.png [PROFILE]
// Exit 0 when written, 2 with a line on stderr when the logo or the output file fails.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "kassa/core/paper.hpp"
#include "kassa/core/units.hpp"
#include "kassa/drivers/escpos.hpp"

namespace {

// Euros and cents from minor units, right-aligned after the name so the line is `width` characters.
std::string item(const std::string& name, std::size_t name_chars, kassa::Money price, std::size_t width) {
    const std::int64_t cents = price.minor_units();
    std::string figure =
        std::to_string(cents / 100) + "." + (cents % 100 < 10 ? "0" : "") + std::to_string(cents % 100);
    const std::size_t gap = width > name_chars + figure.size() ? width - name_chars - figure.size() : 1;
    return name + std::string(gap, ' ') + figure;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: kassa_escpos_sample OUT.bin LOGO.png [PROFILE]\n");
        return 2;
    }
    const kassa::drivers::PrinterProfile* profile =
        kassa::drivers::profile_by_name(argc == 4 ? argv[3] : "epson_tm_t20");
    if (profile == nullptr) {
        std::fprintf(stderr, "unknown printer profile\n");
        return 2;
    }
    const kassa::drivers::LogoResult logo = kassa::drivers::load_logo(argv[2], profile->dots_per_line / 2);
    if (!logo.image) {
        std::fprintf(stderr, "the logo could not be read\n");
        return 2;
    }
    const auto width = static_cast<std::size_t>(profile->chars_font_a);
    using kassa::Money;
    using kassa::PaperAlign;
    using kassa::TextStyle;
    kassa::PaperDocument doc;
    doc.image(*logo.image);
    doc.text("Kassa Pood OÜ", TextStyle{PaperAlign::center, true, true, true, kassa::PaperFont::a});
    doc.text("Tallinn, Narva mnt 5", TextStyle{PaperAlign::center});
    doc.feed(1);
    doc.text(item("Хлеб ржаной", 11, Money::minor(120), width));
    doc.text(item("Šokolaad õunaga", 15, Money::minor(250), width));
    doc.text(item("Молоко / Piim ÕÜ", 16, Money::minor(99), width));
    doc.text(item("Чай 绿", 6, Money::minor(310), width));  // 绿 takes two cells
    doc.text(item("KOKKU / ИТОГО", 13, Money::minor(779), width / 2),
             TextStyle{PaperAlign::left, true, true, false});
    doc.feed(1);
    doc.barcode(kassa::PaperBarcode{"R20261207-0001", 80, 2, true, PaperAlign::center});
    doc.text("Aitäh! Спасибо!", TextStyle{PaperAlign::center, false, false, false, kassa::PaperFont::b});
    doc.feed(2);
    doc.cut(kassa::CutKind::partial);
    doc.pulse(kassa::DrawerPin::pin2);

    const std::vector<std::uint8_t> bytes = kassa::drivers::encode_escpos(doc, *profile);
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    if (!out ||
        !out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size())) ||
        !out.flush()) {
        std::fprintf(stderr, "the output file could not be written\n");
        return 2;
    }
    return 0;
}
