#include "kassa/till/paper_layout.hpp"

namespace kassa::till {

namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

}  // namespace

PaperDocument paper_of(const std::vector<std::string>& lines, const std::optional<std::string>& barcode,
                       const PaperOptions& options) {
    PaperDocument paper;
    if (options.open_drawer) {
        paper.pulse(options.drawer_pin);
    }
    if (options.logo) {
        paper.image(*options.logo);
    }
    TextStyle plain;
    plain.font = options.font;
    if (options.copy_word) {
        TextStyle copy = plain;
        copy.align = PaperAlign::center;
        copy.bold = true;
        copy.double_width = true;
        copy.double_height = true;
        paper.text(*options.copy_word, copy);
    }
    std::size_t end = lines.size();
    if (barcode && end > 0 && trimmed(lines[end - 1]) == *barcode) {
        --end;  // the barcode's text is printed under its bars
    }
    for (std::size_t i = 0; i < end; ++i) {
        TextStyle style = plain;
        if (i == 0) {
            style.bold = true;
        }
        paper.text(lines[i], style);
    }
    if (barcode) {
        paper.feed(1);
        PaperBarcode code;
        code.text = *barcode;
        paper.barcode(std::move(code));
    }
    paper.feed(2);
    paper.cut();
    return paper;
}

}  // namespace kassa::till
