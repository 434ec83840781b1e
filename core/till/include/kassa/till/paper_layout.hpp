#pragma once
// A receipt, a return's slip or an X/Z report as it goes on paper (issue 19): the till lays out its lines of
// 42 columns (receipt.cpp, render_shift_report) and this turns them into a kassa::PaperDocument that any
// printer driver encodes (drivers/escpos.hpp). Pure: no printer, no bytes.
//
// Threading: a pure function.

#include <optional>
#include <string>
#include <vector>

#include "kassa/core/paper.hpp"

namespace kassa::till {

struct PaperOptions {
    // A reprint: the word (the screen's language) printed large above the receipt.
    std::optional<std::string> copy_word;
    // Cash was taken or given back: the drawer's pulse goes first, so it opens while the paper prints.
    bool open_drawer = false;
    DrawerPin drawer_pin = DrawerPin::pin2;
    // Font B on 58 mm paper, where font A has only 32 columns for the receipt's 42.
    PaperFont font = PaperFont::a;
    std::optional<PaperImage> logo;
};

// `lines` as laid out for the screen's preview; the first is the shop's name (printed bold). A `barcode`
// (the receipt's "R<number>") is printed as a Code 128 with its text under it, in place of the text line
// that shows it in the preview.
PaperDocument paper_of(const std::vector<std::string>& lines, const std::optional<std::string>& barcode,
                       const PaperOptions& options);

}  // namespace kassa::till
