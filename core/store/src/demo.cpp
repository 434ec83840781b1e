// The demo shop: a boutique's catalog, customers and a year of sales, generated through the real store.
//
// Every random choice comes from std::mt19937_64 (its output is fixed by the standard) through the small
// helpers below, never through std::*_distribution (their algorithms differ between standard libraries), so
// a seed gives the same shop with any compiler.

#include "kassa/store/demo.hpp"
#include "kassa/store/vat_settings.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string_view>

#include "kassa/core/cards.hpp"
#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"

namespace kassa::store {

namespace {

using std::chrono::year_month_day;

// ---- deterministic random helpers ------------------------------------------------------------------------

// Spreads one seed into independent streams (catalog, people, shop days, ids), so a change in how one part
// draws does not reshuffle the others.
std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// A number in [0, n): rejection sampling over the full 64 bits, so there is no modulo bias.
std::uint64_t below(std::mt19937_64& rng, std::uint64_t n) {
    const std::uint64_t limit =
        std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
    std::uint64_t r = rng();
    while (r >= limit) {
        r = rng();
    }
    return r % n;
}

// Inclusive at both ends.
std::int64_t between(std::mt19937_64& rng, std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(below(rng, static_cast<std::uint64_t>(hi - lo + 1)));
}

int between(std::mt19937_64& rng, int lo, int hi) {
    return static_cast<int>(between(rng, std::int64_t{lo}, std::int64_t{hi}));
}

bool per_mille(std::mt19937_64& rng, int chance) {
    return static_cast<int>(below(rng, 1000)) < chance;
}

template <typename T>
std::size_t weighted_index(std::mt19937_64& rng, const T& items) {
    std::int64_t total = 0;
    for (const auto& item : items) {
        total += item.weight;
    }
    std::int64_t r = between(rng, std::int64_t{0}, total - 1);
    for (std::size_t i = 0; i < items.size(); ++i) {
        r -= items[i].weight;
        if (r < 0) {
            return i;
        }
    }
    return items.size() - 1;
}

// ---- names -----------------------------------------------------------------------------------------------

// Weights are rough frequencies in Tallinn: a few names are very common, most are rare.
struct Name {
    const char* latin;
    const char* cyrillic;  // nullptr for Estonian names
    int weight;
};

constexpr std::array<Name, 50> kEstonianWomen{{
    {"Katrin", nullptr, 7}, {"Maarja", nullptr, 6}, {"Tiina", nullptr, 6},     {"Kadri", nullptr, 5},
    {"Liis", nullptr, 5},   {"Triin", nullptr, 5},  {"Kristiina", nullptr, 5}, {"Piret", nullptr, 5},
    {"Mari", nullptr, 5},   {"Helen", nullptr, 5},  {"Laura", nullptr, 5},     {"Anu", nullptr, 4},
    {"Kerli", nullptr, 4},  {"Sirje", nullptr, 4},  {"Kristel", nullptr, 4},   {"Evelin", nullptr, 4},
    {"Margit", nullptr, 4}, {"Anneli", nullptr, 4}, {"Merike", nullptr, 3},    {"Ülle", nullptr, 3},
    {"Siiri", nullptr, 3},  {"Ene", nullptr, 3},    {"Reet", nullptr, 3},      {"Kaja", nullptr, 3},
    {"Grete", nullptr, 3},  {"Hanna", nullptr, 3},  {"Sandra", nullptr, 3},    {"Külli", nullptr, 3},
    {"Kairi", nullptr, 3},  {"Tuuli", nullptr, 3},  {"Mariliis", nullptr, 3},  {"Karmen", nullptr, 3},
    {"Annika", nullptr, 3}, {"Kätlin", nullptr, 3}, {"Jaanika", nullptr, 3},   {"Marika", nullptr, 3},
    {"Pille", nullptr, 3},  {"Heli", nullptr, 3},   {"Tiiu", nullptr, 3},      {"Maie", nullptr, 3},
    {"Kaire", nullptr, 3},  {"Eha", nullptr, 2},    {"Getter", nullptr, 2},    {"Marju", nullptr, 2},
    {"Aili", nullptr, 2},   {"Riin", nullptr, 2},   {"Eliise", nullptr, 2},    {"Aet", nullptr, 2},
    {"Õie", nullptr, 1},    {"Epp", nullptr, 1},
}};

constexpr std::array<Name, 12> kEstonianMen{{
    {"Andres", nullptr, 3},
    {"Jaan", nullptr, 3},
    {"Toomas", nullptr, 3},
    {"Margus", nullptr, 3},
    {"Tarmo", nullptr, 2},
    {"Priit", nullptr, 2},
    {"Rein", nullptr, 2},
    {"Indrek", nullptr, 2},
    {"Urmas", nullptr, 2},
    {"Martin", nullptr, 2},
    {"Siim", nullptr, 2},
    {"Mihkel", nullptr, 1},
}};

constexpr std::array<Name, 60> kEstonianSurnames{{
    {"Tamm", nullptr, 12},     {"Saar", nullptr, 10},   {"Sepp", nullptr, 9},     {"Mägi", nullptr, 9},
    {"Kask", nullptr, 8},      {"Kukk", nullptr, 8},    {"Rebane", nullptr, 7},   {"Ilves", nullptr, 7},
    {"Pärn", nullptr, 6},      {"Koppel", nullptr, 6},  {"Lepik", nullptr, 6},    {"Kuusk", nullptr, 6},
    {"Lill", nullptr, 5},      {"Kallas", nullptr, 5},  {"Raudsepp", nullptr, 5}, {"Vaher", nullptr, 5},
    {"Karu", nullptr, 5},      {"Mets", nullptr, 5},    {"Kõiv", nullptr, 5},     {"Kivi", nullptr, 5},
    {"Põder", nullptr, 4},     {"Jõgi", nullptr, 4},    {"Luik", nullptr, 4},     {"Ots", nullptr, 4},
    {"Kruus", nullptr, 4},     {"Oja", nullptr, 4},     {"Org", nullptr, 3},      {"Teder", nullptr, 3},
    {"Laur", nullptr, 3},      {"Tooming", nullptr, 3}, {"Järv", nullptr, 3},     {"Aavik", nullptr, 3},
    {"Lepp", nullptr, 3},      {"Roos", nullptr, 3},    {"Kaasik", nullptr, 3},   {"Kangur", nullptr, 3},
    {"Kütt", nullptr, 3},      {"Rand", nullptr, 3},    {"Uibo", nullptr, 2},     {"Laas", nullptr, 2},
    {"Sild", nullptr, 2},      {"Pihlak", nullptr, 2},  {"Männik", nullptr, 2},   {"Nurk", nullptr, 2},
    {"Reinsalu", nullptr, 2},  {"Paju", nullptr, 2},    {"Kalda", nullptr, 2},    {"Allik", nullptr, 2},
    {"Liiv", nullptr, 2},      {"Tali", nullptr, 2},    {"Valk", nullptr, 2},     {"Hunt", nullptr, 2},
    {"Jürgenson", nullptr, 2}, {"Sarapuu", nullptr, 2}, {"Tuisk", nullptr, 2},    {"Nõmm", nullptr, 2},
    {"Unt", nullptr, 1},       {"Sõber", nullptr, 1},   {"Õunapuu", nullptr, 1},  {"Vaino", nullptr, 1},
}};

// Estonian surnames are often made of a nature word and a place ending (Tammeoja, Kivimäe): these give the
// list its long tail of rare names.
constexpr std::array<const char*, 25> kSurnameRoots{
    "Tamme", "Kase",  "Saare", "Kivi",   "Lepa",   "Kuuse", "Pärna", "Mäe",   "Järve",
    "Metsa", "Põllu", "Ranna", "Oja",    "Niidu",  "Kalju", "Lille", "Linnu", "Karu",
    "Hundi", "Luige", "Pihla", "Vahtra", "Sõstra", "Männi", "Haava"};
constexpr std::array<const char*, 18> kSurnameEndings{"oja",  "mäe",  "saar", "küla", "vere", "org",
                                                      "aru",  "pere", "lo",   "ste",  "maa",  "soo",
                                                      "niit", "kivi", "salu", "rand", "väli", "mets"};

// Russian names as the Estonian passport writes them, and in Cyrillic.
constexpr std::array<Name, 30> kRussianWomen{{
    {"Jelena", "Елена", 8},
    {"Olga", "Ольга", 7},
    {"Tatjana", "Татьяна", 7},
    {"Natalja", "Наталья", 6},
    {"Svetlana", "Светлана", 6},
    {"Irina", "Ирина", 6},
    {"Anna", "Анна", 5},
    {"Marina", "Марина", 5},
    {"Julia", "Юлия", 5},
    {"Jekaterina", "Екатерина", 5},
    {"Anastassia", "Анастасия", 4},
    {"Viktoria", "Виктория", 4},
    {"Maria", "Мария", 4},
    {"Aljona", "Алёна", 3},
    {"Ksenija", "Ксения", 3},
    {"Darja", "Дарья", 3},
    {"Ljudmila", "Людмила", 3},
    {"Galina", "Галина", 3},
    {"Oksana", "Оксана", 3},
    {"Larissa", "Лариса", 3},
    {"Nadežda", "Надежда", 3},
    {"Alina", "Алина", 3},
    {"Kristina", "Кристина", 3},
    {"Valentina", "Валентина", 2},
    {"Ljubov", "Любовь", 2},
    {"Sofia", "София", 2},
    {"Polina", "Полина", 2},
    {"Valeria", "Валерия", 2},
    {"Jevgenia", "Евгения", 2},
    {"Veronika", "Вероника", 2},
}};

constexpr std::array<Name, 7> kRussianMen{{
    {"Sergei", "Сергей", 3},
    {"Dmitri", "Дмитрий", 3},
    {"Aleksandr", "Александр", 3},
    {"Andrei", "Андрей", 2},
    {"Aleksei", "Алексей", 2},
    {"Vladimir", "Владимир", 2},
    {"Igor", "Игорь", 2},
}};

// Feminine forms; the masculine form drops the final a (Ivanova -> Ivanov, Соловьёва -> Соловьёв).
constexpr std::array<Name, 50> kRussianSurnames{{
    {"Ivanova", "Иванова", 10},
    {"Petrova", "Петрова", 7},
    {"Smirnova", "Смирнова", 6},
    {"Kuznetsova", "Кузнецова", 6},
    {"Vassiljeva", "Васильева", 6},
    {"Popova", "Попова", 5},
    {"Sokolova", "Соколова", 5},
    {"Mihhailova", "Михайлова", 5},
    {"Volkova", "Волкова", 5},
    {"Fjodorova", "Фёдорова", 4},
    {"Morozova", "Морозова", 4},
    {"Aleksejeva", "Алексеева", 4},
    {"Semjonova", "Семёнова", 4},
    {"Nikolajeva", "Николаева", 4},
    {"Andrejeva", "Андреева", 4},
    {"Lebedeva", "Лебедева", 3},
    {"Jegorova", "Егорова", 3},
    {"Kozlova", "Козлова", 3},
    {"Stepanova", "Степанова", 3},
    {"Orlova", "Орлова", 3},
    {"Makarova", "Макарова", 3},
    {"Zaitseva", "Зайцева", 3},
    {"Solovjova", "Соловьёва", 3},
    {"Borissova", "Борисова", 3},
    {"Jakovleva", "Яковлева", 3},
    {"Grigorjeva", "Григорьева", 3},
    {"Romanova", "Романова", 3},
    {"Sergejeva", "Сергеева", 3},
    {"Aleksandrova", "Александрова", 3},
    {"Vorobjova", "Воробьёва", 2},
    {"Kuzmina", "Кузьмина", 2},
    {"Frolova", "Фролова", 2},
    {"Dmitrijeva", "Дмитриева", 2},
    {"Koroljova", "Королёва", 2},
    {"Gusseva", "Гусева", 2},
    {"Kisseljova", "Киселёва", 2},
    {"Iljina", "Ильина", 2},
    {"Maksimova", "Максимова", 2},
    {"Poljakova", "Полякова", 2},
    {"Sorokina", "Сорокина", 2},
    {"Vinogradova", "Виноградова", 2},
    {"Kovaljova", "Ковалёва", 2},
    {"Belova", "Белова", 2},
    {"Medvedeva", "Медведева", 2},
    {"Antonova", "Антонова", 2},
    {"Tarassova", "Тарасова", 2},
    {"Žukova", "Жукова", 2},
    {"Baranova", "Баранова", 2},
    {"Filippova", "Филиппова", 2},
    {"Komarova", "Комарова", 2},
}};

std::string drop_feminine_ending(std::string name) {
    if (name.size() >= 2 && name.compare(name.size() - 2, 2, "\xD0\xB0") == 0) {  // Cyrillic а
        name.resize(name.size() - 2);
    } else if (!name.empty() && name.back() == 'a') {
        name.pop_back();
    }
    return name;
}

// E-mail addresses are plain ASCII: Estonian and Czech-style letters lose their marks.
std::string ascii_lower(std::string_view text) {
    static const std::array<std::pair<std::string_view, char>, 12> kFold{{{"ä", 'a'},
                                                                          {"Ä", 'a'},
                                                                          {"ö", 'o'},
                                                                          {"Ö", 'o'},
                                                                          {"ü", 'u'},
                                                                          {"Ü", 'u'},
                                                                          {"õ", 'o'},
                                                                          {"Õ", 'o'},
                                                                          {"š", 's'},
                                                                          {"Š", 's'},
                                                                          {"ž", 'z'},
                                                                          {"Ž", 'z'}}};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        bool folded = false;
        for (const auto& [from, to] : kFold) {
            if (text.substr(i, from.size()) == from) {
                out += to;
                i += from.size();
                folded = true;
                break;
            }
        }
        if (!folded) {
            const char c = text[i++];
            out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
    }
    return out;
}

// ---- the catalog -----------------------------------------------------------------------------------------

struct CategorySpec {
    const char* category;
    const char* sku_prefix;
    int count;
    int euros_lo;
    int euros_hi;
    std::vector<const char*> materials;
    std::vector<const char*> kinds;
    std::vector<const char*> colours;  // empty: the name has no colour (jewellery)
};

const std::vector<const char*> kColours{"black",      "navy",    "ivory",    "sage",         "terracotta",
                                        "dusty rose", "camel",   "burgundy", "grey",         "charcoal",
                                        "sand",       "mustard", "lilac",    "forest green", "powder blue"};
const std::vector<const char*> kLeatherColours{"black", "cognac", "tan",  "burgundy",
                                               "taupe", "navy",   "white"};

std::vector<CategorySpec> category_specs() {
    return {
        {"dresses",
         "DRS",
         45,
         49,
         189,
         {"Linen", "Cotton", "Silk", "Viscose", "Jersey", "Crepe", "Velvet", "Satin"},
         {"wrap dress", "shirt dress", "slip dress", "midi dress", "maxi dress", "knit dress", "A-line dress",
          "shift dress", "tea dress"},
         kColours},
        {"tops",
         "TOP",
         50,
         19,
         79,
         {"Cotton", "Linen", "Silk", "Viscose", "Modal", "Organic cotton", "Chiffon"},
         {"blouse", "T-shirt", "shirt", "camisole", "tunic", "bodysuit", "tank top", "polo top"},
         kColours},
        {"skirts",
         "SKT",
         25,
         29,
         99,
         {"Wool", "Cotton", "Linen", "Satin", "Corduroy", "Tweed"},
         {"pencil skirt", "pleated skirt", "midi skirt", "A-line skirt", "wrap skirt", "mini skirt"},
         kColours},
        {"trousers",
         "TRS",
         28,
         39,
         119,
         {"Wool", "Linen", "Cotton", "Corduroy", "Crepe", "Stretch denim"},
         {"wide-leg trousers", "cigarette trousers", "culottes", "straight trousers", "paperbag trousers",
          "palazzo trousers", "chinos"},
         kColours},
        {"knitwear",
         "KNT",
         30,
         39,
         189,
         {"Merino", "Cashmere", "Alpaca", "Cotton", "Wool blend", "Mohair"},
         {"cardigan", "jumper", "roll-neck", "knitted vest", "turtleneck", "wrap cardigan"},
         kColours},
        {"coats",
         "COA",
         16,
         99,
         349,
         {"Wool", "Cotton", "Recycled down", "Tweed", "Bouclé", "Leather"},
         {"trench coat", "long coat", "puffer jacket", "parka", "blazer", "jacket", "cape"},
         kColours},
        {"shoes",
         "SHO",
         24,
         59,
         199,
         {"Leather", "Suede", "Canvas", "Patent leather"},
         {"ankle boots", "ballet flats", "loafers", "sandals", "sneakers", "Chelsea boots", "mules", "pumps",
          "knee boots"},
         kLeatherColours},
        {"bags",
         "BAG",
         20,
         39,
         199,
         {"Leather", "Suede", "Canvas", "Woven", "Vegan leather"},
         {"tote bag", "crossbody bag", "clutch", "shoulder bag", "backpack", "bucket bag"},
         kLeatherColours},
        {"accessories",
         "SCF",
         15,
         19,
         89,
         {"Silk", "Cashmere", "Wool", "Cotton", "Linen", "Merino"},
         {"scarf", "shawl", "neckerchief", "snood"},
         kColours},
        {"accessories",
         "BLT",
         12,
         14,
         49,
         {"Leather", "Suede", "Woven"},
         {"belt", "waist belt", "skinny belt", "buckle belt"},
         kLeatherColours},
        {"accessories",
         "JWL",
         18,
         12,
         79,
         {"Sterling silver", "Gold-plated", "Freshwater pearl", "Rose gold-plated", "Enamel"},
         {"hoop earrings", "stud earrings", "pendant necklace", "bracelet", "ring", "brooch",
          "chain necklace", "drop earrings"},
         {}},
        {"lingerie",
         "LNG",
         24,
         9,
         69,
         {"Lace", "Silk", "Cotton", "Modal", "Microfibre"},
         {"bra", "briefs", "bralette", "slip", "robe", "pyjama set", "body", "tights"},
         {"black", "ivory", "nude", "navy", "blush", "burgundy"}},
    };
}

struct CatalogEntry {
    Product product;
};

// EAN-13 for the boutique's own labels: a GS1 Estonia prefix (474) and a made-up company number. In-store
// card numbers start with 20..29, so a label can never be mistaken for a card.
std::string product_barcode(int item) {
    char twelve[16];
    std::snprintf(twelve, sizeof twelve, "4740123%05d", item % 100000);
    return std::string(twelve) + ean13_check_digit(twelve);
}

// The supplier's own EAN-13 on shoes and bags (a German range), as a second barcode of the product.
std::string supplier_barcode(int item) {
    char twelve[16];
    std::snprintf(twelve, sizeof twelve, "4012345%05d", item % 100000);
    return std::string(twelve) + ean13_check_digit(twelve);
}

std::vector<CatalogEntry> make_catalog(std::mt19937_64& rng) {
    std::vector<CatalogEntry> catalog;
    int item = 0;
    for (const auto& spec : category_specs()) {
        // Every material x kind x colour, shuffled: the first `count` make unique, sensible names.
        struct Combo {
            std::size_t material, kind, colour;
        };
        std::vector<Combo> combos;
        const std::size_t colours = std::max<std::size_t>(spec.colours.size(), 1);
        for (std::size_t m = 0; m < spec.materials.size(); ++m) {
            for (std::size_t k = 0; k < spec.kinds.size(); ++k) {
                for (std::size_t c = 0; c < colours; ++c) {
                    combos.push_back({m, k, c});
                }
            }
        }
        for (std::size_t i = combos.size() - 1; i > 0; --i) {
            std::swap(combos[i], combos[below(rng, i + 1)]);
        }
        for (int n = 0; n < spec.count && static_cast<std::size_t>(n) < combos.size(); ++n) {
            const Combo& c = combos[static_cast<std::size_t>(n)];
            ++item;
            CatalogEntry e;
            Product& p = e.product;
            char sku[16];
            std::snprintf(sku, sizeof sku, "%s-%03d", spec.sku_prefix, n + 1);
            p.sku = sku;
            p.name = std::string(spec.materials[c.material]) + " " + spec.kinds[c.kind];
            if (!spec.colours.empty()) {
                p.name += std::string(", ") + spec.colours[c.colour];
            }
            p.category = spec.category;
            // Shelf prices end the way shops price: 59.00, 59.90 or 59.50.
            // Most pieces sit in the lower half of the category's range (the lower of two draws).
            const std::int64_t euros =
                std::min(between(rng, std::int64_t{spec.euros_lo}, std::int64_t{spec.euros_hi}),
                         between(rng, std::int64_t{spec.euros_lo}, std::int64_t{spec.euros_hi}));
            const int ending = between(rng, 0, 9);
            const std::int64_t cents = ending < 5 ? 0 : ending < 9 ? 90 : 50;
            p.price = Money::minor(euros * 100 + cents);
            // New-season pieces carry a floor: loyalty discounts never take them below 70% of the price.
            if (per_mille(rng, 300)) {
                p.min_price = Money::minor(p.price.minor_units() * 70 / 100 / 10 * 10);
            }
            p.stock = between(rng, std::int64_t{1}, std::int64_t{24});
            p.barcodes.push_back(product_barcode(item));
            if ((p.category == "shoes" || p.category == "bags") && per_mille(rng, 600)) {
                p.barcodes.push_back(supplier_barcode(item));
            }
            catalog.push_back(std::move(e));
        }
    }
    for (const int value : {25, 50, 100}) {
        ++item;
        CatalogEntry e;
        Product& p = e.product;
        p.sku = "GFT-" + std::to_string(value);
        p.name = "Gift card " + std::to_string(value) + ".00";
        p.category = "gift_cards";
        p.price = Money::minor(value * 100);
        p.barcodes.push_back(product_barcode(item));
        catalog.push_back(std::move(e));
    }
    return catalog;
}

// ---- the calendar ----------------------------------------------------------------------------------------

// What a day looks like in the shop: open or not, opening hours, and how busy it is against an ordinary
// Thursday (100).
struct DayShape {
    bool open = true;
    std::int32_t opens = 10 * 3600;
    std::int32_t closes = 19 * 3600;
    int busy_percent = 100;
};

year_month_day nth_weekday(std::chrono::year y, std::chrono::month m, std::chrono::weekday wd, unsigned n) {
    return year_month_day{std::chrono::sys_days{y / m / wd[n]}};
}

DayShape day_shape(const year_month_day& date) {
    using namespace std::chrono;
    DayShape s;
    const unsigned wd = weekday{sys_days{date}}.iso_encoding();
    // Saturday is the boutique's day; Monday mornings are quiet.
    constexpr std::array<int, 8> kWeekday{0, 70, 80, 95, 100, 130, 165, 90};
    s.busy_percent = kWeekday[wd];
    if (wd == 6) {
        s.closes = 17 * 3600;
    } else if (wd == 7) {
        s.opens = 11 * 3600;
        s.closes = 16 * 3600;
    }
    const unsigned m = static_cast<unsigned>(date.month());
    const unsigned d = static_cast<unsigned>(date.day());
    auto scale = [&](int percent) { s.busy_percent = s.busy_percent * percent / 100; };
    // Closed on New Year's Day, Midsummer Day and at Christmas.
    if ((m == 1 && d == 1) || (m == 6 && d == 24) || (m == 12 && (d == 25 || d == 26))) {
        s.open = false;
        return s;
    }
    if (m == 12 && (d == 24 || d == 31)) {
        s.opens = 10 * 3600;
        s.closes = 14 * 3600;
        scale(d == 24 ? 90 : 60);
    } else if (m == 12 && d >= 10) {
        scale(200);  // Christmas shopping
    } else if (m == 12) {
        scale(130);
    } else if (m == 1 && d <= 15) {
        scale(130);  // the winter sale
    } else if (m == 2 && d >= 10 && d <= 14) {
        scale(130);  // Valentine's Day
    } else if (m == 2 && d == 24) {
        scale(70);  // Independence Day: open, quiet
    } else if (m == 3 && d >= 4 && d <= 7) {
        scale(160);  // before 8 March, which the Russian-speaking half of Tallinn celebrates
    } else if (m == 6 && d >= 18 && d <= 22) {
        scale(120);  // before Midsummer
    } else if (m == 6 && d == 23) {
        s.closes = 15 * 3600;
        scale(60);  // Victory Day, Midsummer Eve
    } else if (m == 7 && d <= 20) {
        scale(120);  // the summer sale
    } else if (m == 8 && d >= 20) {
        scale(110);  // back to work and school
    }
    // The week before Mother's Day (second Sunday of May).
    const auto mothers_day = sys_days{nth_weekday(date.year(), May, Sunday, 2)};
    const auto days_to_mothers_day = (mothers_day - sys_days{date}).count();
    if (days_to_mothers_day >= 1 && days_to_mothers_day <= 6) {
        scale(140);
    }
    // Black Friday (the day after the fourth Thursday of November) and its weekend.
    const auto black_friday = sys_days{nth_weekday(date.year(), November, Thursday, 4)} + days{1};
    const auto since_black_friday = (sys_days{date} - black_friday).count();
    if (since_black_friday >= 0 && since_black_friday <= 2) {
        scale(170);
    }
    return s;
}

// Category weights for a month: coats and knitwear in the cold half of the year, dresses in the warm half,
// gift cards in December.
struct CategoryWeight {
    std::string category;
    int weight;
};

std::vector<CategoryWeight> category_weights(unsigned month) {
    const bool cold = month >= 10 || month <= 3;
    return {
        {"dresses", cold ? 10 : 21},
        {"tops", 18},
        {"skirts", 7},
        {"trousers", 8},
        {"knitwear", cold ? 18 : 4},
        {"coats", cold ? 10 : 1},
        {"shoes", 6},
        {"bags", 5},
        {"accessories", month == 12 ? 24 : 16},
        {"lingerie", 9},
    };
}

// ---- customers and their habits --------------------------------------------------------------------------

enum class Habit {
    regular,     // every two to five weeks
    occasional,  // a few times a year
    one_off,     // once or twice, then never again
    lapsing,     // came often, then stopped: tomorrow's "dormant"
};

struct HeldCoupon {
    std::string code;
    std::string program;
    year_month_day valid_from;
    year_month_day valid_to;
};

struct DemoCustomer {
    Enrolment enrolment;
    std::string id;  // empty until enrolled
    std::string card;
    Habit habit = Habit::occasional;
    int enrol_day = 0;
    int stop_day = 0;  // no visits from this day on
    int interval_lo = 30;
    int interval_hi = 90;
    int visits_left = 1'000'000;
    int next_due = 0;
    int last_visit = -1'000;
    int lose_card_day = -1;
    int withdraw_sms_day = -1;
    std::int64_t points_hint = 0;  // earned less redeemed: whether asking to pay with points makes sense
    std::vector<HeldCoupon> coupons;
};

struct PendingRefund {
    std::string receipt_id;
    int line_no = 1;
    Quantity qty;
};

enum class EventKind { sale, anonymous_sale, refund, lost_card, withdraw_sms };

struct Event {
    std::int32_t seconds = 0;
    std::size_t order = 0;  // ties keep the order they were planned in
    EventKind kind = EventKind::sale;
    std::size_t customer = 0;
    PendingRefund refund;
};

std::int64_t sum_of(SQLite::Database& db, const char* sql) {
    return db.execAndGet(sql).getInt64();
}

// The whole generation, holding what it needs between days. Used by the calling thread only.
class Generator {
  public:
    Generator(Store& store, const DemoOptions& options, const CompiledRules& rules)
        : store_(store),
          options_(options),
          rules_(rules),
          zone_(rules.zone()),
          rng_(splitmix64(options.seed ^ 0x5EED'0001ULL)),
          ids_(seeded_ids(splitmix64(options.seed ^ 0x5EED'0002ULL))),
          people_(splitmix64(options.seed ^ 0x5EED'0003ULL), options.last_day.year()) {
        const auto last = std::chrono::sys_days{options.last_day};
        first_day_ = last - std::chrono::days{options.days - 1};
        for (const auto& p : rules.rules().programs) {
            if (const auto* c = std::get_if<CouponSettings>(&p.settings)) {
                if (!c->public_code.empty()) {
                    public_codes_.push_back({p.id, c->public_code, p.valid_from, p.valid_to, p.active});
                }
                for (const auto& code : c->codes) {
                    single_codes_.push_back({p.id, code, p.valid_from, p.valid_to, p.active});
                }
            }
        }
    }

    void run(const std::string& rules_document) {
        setup_shop(rules_document);
        plan_customers();
        for (int day = 0; day < options_.days; ++day) {
            run_day(day);
        }
        // Only a history of closed days leaves anyone unenrolled; the shop still has all its customers.
        for (auto& c : customers_) {
            if (c.id.empty()) {
                c.id = store_.customers().enrol(c.enrolment, at(options_.days - 1, 12 * 3600), &rules_);
            }
        }
    }

  private:
    struct ProgramCode {
        std::string program;
        std::string code;
        std::optional<year_month_day> valid_from;
        std::optional<year_month_day> valid_to;
        bool active = true;
    };

    [[nodiscard]] year_month_day date_of(int day) const {
        return year_month_day{first_day_ + std::chrono::days{day}};
    }

    [[nodiscard]] Instant at(int day, std::int32_t seconds) const {
        return zone_.from_local(LocalDateTime{date_of(day), seconds});
    }

    void setup_shop(const std::string& rules_document) {
        ShopSettings settings;
        settings.name = "Butiik Lumi";
        settings.currency = rules_.rules().currency;
        settings.time_zone = zone_.name();
        settings.phone_country = "EE";
        settings.language = "en";
        settings.receipt_header = "Butiik Lumi - women's clothing - Tallinn";
        store_.shop().save_settings(settings);
        // The rules were set up the evening before the first day of trading.
        store_.rules().save_rules(rules_document, Actor{"owner"},
                                  "Demo shop: the boutique's loyalty programme", at(-1, 18 * 3600));
        // The people at the till: Maria owns the shop (PIN 1234), Anna works for her (PIN 1111).
        maria_ = store_.staff().add_cashier("Maria", Role::owner, "1234", Actor{"setup"}, at(-1, 18 * 3600));
        anna_ = store_.staff().add_cashier("Anna", Role::cashier, "1111", Actor{maria_}, at(-1, 18 * 3600));
        std::mt19937_64 catalog_rng(splitmix64(options_.seed ^ 0x5EED'0004ULL));
        catalog_ = make_catalog(catalog_rng);
        for (auto& entry : catalog_) {
            entry.product.id = store_.catalog().upsert_product(entry.product);
            if (entry.product.category != "gift_cards") {
                by_category_[entry.product.category].push_back(&entry);
            }
        }
        // An Estonian boutique: clothes at the standard 24%; a gift card is not a sale of goods until it is
        // spent, so it is exempt (docs/vat.md).
        VatSettings vat(store_);
        for (const auto& spec : category_specs()) {
            vat.set_category(spec.category, VatRate::bp(2400), maria_, at(-1, 18 * 3600));
        }
        vat.set_category("gift_cards", VatRate::exempt(), maria_, at(-1, 18 * 3600));
    }

    // Nobody enrols on a day the shop is closed: the next open day, or the last one before the end.
    [[nodiscard]] int open_day_from(int day) const {
        for (int d = day; d < options_.days; ++d) {
            if (day_shape(date_of(d)).open) {
                return d;
            }
        }
        for (int d = day - 1; d >= 0; --d) {
            if (day_shape(date_of(d)).open) {
                return d;
            }
        }
        return day;
    }

    void plan_customers() {
        const int days = options_.days;
        // A loyalty programme starts with a rush: a third of the customers join in its first month.
        const int launch = std::min(days, 30);
        customers_.resize(static_cast<std::size_t>(options_.customers));
        std::int64_t card_sequence = 1000;
        for (auto& c : customers_) {
            const DemoPerson person = people_.next();
            Enrolment& e = c.enrolment;
            e.consent_source = "till";
            e.card_number = instore_card_number(20, card_sequence++);
            c.card = e.card_number;
            // Some want the discount but not their name in a database: an anonymous card.
            if (per_mille(rng_, 120)) {
                e.consents = Consents{false, false, false};
            } else {
                e.first_name = person.first_name;
                e.last_name = person.last_name;
                e.consents.personal_data = true;
                if (per_mille(rng_, 920)) {
                    e.phone = person.phone_typed;
                    e.consents.sms = per_mille(rng_, 600);
                }
                if (per_mille(rng_, 550)) {
                    static constexpr std::array<const char*, 3> kDomains{"example.com", "example.org",
                                                                         "example.net"};
                    e.email = ascii_lower(person.latin_first) + "." + ascii_lower(person.latin_last) +
                              (per_mille(rng_, 300) ? std::to_string(between(rng_, 1, 99)) : "") + "@" +
                              kDomains[below(rng_, kDomains.size())];
                    e.consents.email = per_mille(rng_, 700);
                }
                if (per_mille(rng_, 900)) {
                    e.birthday = person.birthday;
                }
            }
            c.enrol_day = open_day_from(per_mille(rng_, 333) ? between(rng_, 0, launch - 1)
                                                             : between(rng_, 0, days - 1));
            const int habit = between(rng_, 0, 99);
            if (habit < 18) {
                c.habit = Habit::regular;
                c.interval_lo = 14;
                c.interval_hi = 35;
                c.stop_day = per_mille(rng_, 80) ? between(rng_, c.enrol_day + 1, days) : days;
            } else if (habit < 60) {
                c.habit = Habit::occasional;
                c.interval_lo = 35;
                c.interval_hi = 110;
                c.stop_day = per_mille(rng_, 200) ? between(rng_, c.enrol_day + 1, days) : days;
            } else if (habit < 85) {
                c.habit = Habit::one_off;
                c.interval_lo = 60;
                c.interval_hi = 200;
                c.visits_left = between(rng_, 1, 3);
                c.stop_day = days;
            } else {
                c.habit = Habit::lapsing;
                c.interval_lo = 18;
                c.interval_hi = 40;
                c.stop_day = c.enrol_day + between(rng_, 45, 150);
            }
            c.next_due = c.enrol_day;
            if (per_mille(rng_, 15)) {
                c.lose_card_day = between(rng_, c.enrol_day + 1, c.enrol_day + 200);
            }
            if (e.consents.sms && per_mille(rng_, 25)) {
                c.withdraw_sms_day = between(rng_, c.enrol_day + 1, c.enrol_day + 250);
            }
        }
    }

    [[nodiscard]] bool in_birthday_week(const DemoCustomer& c, const year_month_day& date) const {
        if (!c.enrolment.birthday) {
            return false;
        }
        using namespace std::chrono;
        for (const int dy : {-1, 0, 1}) {
            const year y = date.year() + years{dy};
            year_month_day b{y, c.enrolment.birthday->month(), c.enrolment.birthday->day()};
            if (!b.ok()) {
                b = year_month_day{y, February, day{28}};  // 29 February in a common year
            }
            const auto diff = (sys_days{date} - sys_days{b}).count();
            if (diff >= -3 && diff <= 3) {
                return true;
            }
        }
        return false;
    }

    [[nodiscard]] int visit_chance(const DemoCustomer& c, int day, int busy_percent) const {
        if (day < c.enrol_day || day >= c.stop_day || c.visits_left <= 0) {
            return 0;
        }
        if (day == c.enrol_day) {
            return 1000;  // the first visit is the one she enrols at
        }
        int chance = 0;
        if (day >= c.next_due) {
            chance = c.habit == Habit::regular || c.habit == Habit::lapsing ? 450 : 300;
        } else if (busy_percent > 120) {
            // Christmas presents, 8 March, Black Friday: busy days bring in those not due for a while, too.
            return std::min(100, (busy_percent - 100) / 8);
        }
        // The birthday discount brings in those who get the SMS, once a week at most.
        if (c.enrolment.consents.sms && day - c.last_visit > 7 && in_birthday_week(c, date_of(day))) {
            chance = std::max(chance, 150);
        }
        return std::min(950, chance * busy_percent / 100);
    }

    std::int32_t time_in(const DayShape& shape) {
        // Two draws averaged: the afternoon is busier than the first and last hour.
        const std::int32_t span = (shape.closes - shape.opens) / 60 - 5;
        const auto a = between(rng_, 0, span);
        const auto b = between(rng_, 0, span);
        return shape.opens + (a + b) / 2 * 60 + between(rng_, 0, 59);
    }

    void run_day(int day) {
        const year_month_day date = date_of(day);
        const DayShape shape = day_shape(date);
        if (shape.open) {
            std::vector<Event> events;
            auto add = [&](Event e) {
                e.order = events.size();
                events.push_back(std::move(e));
            };
            for (std::size_t i = 0; i < customers_.size(); ++i) {
                auto& c = customers_[i];
                if (per_mille(rng_, visit_chance(c, day, shape.busy_percent))) {
                    add(Event{time_in(shape), 0, EventKind::sale, i, {}});
                }
                if (!c.id.empty() && c.lose_card_day >= 0 && c.lose_card_day <= day) {
                    c.lose_card_day = -1;
                    add(Event{shape.opens + 300, 0, EventKind::lost_card, i, {}});
                }
                if (!c.id.empty() && c.withdraw_sms_day >= 0 && c.withdraw_sms_day <= day) {
                    c.withdraw_sms_day = -1;
                    add(Event{time_in(shape), 0, EventKind::withdraw_sms, i, {}});
                }
            }
            // Walk-in buyers without a card: about one for every 300 members on an ordinary day.
            const std::int64_t expected_x100 =
                std::max<std::int64_t>(100, std::int64_t{options_.customers} * 100 / 300) *
                shape.busy_percent / 100;
            const std::int64_t anonymous = (between(rng_, std::int64_t{0}, 2 * expected_x100) + 50) / 100;
            for (std::int64_t n = 0; n < anonymous; ++n) {
                add(Event{time_in(shape), 0, EventKind::anonymous_sale, 0, {}});
            }
            for (auto it = refunds_.begin(); it != refunds_.end() && it->first <= day;) {
                for (auto& r : it->second) {
                    add(Event{time_in(shape), 0, EventKind::refund, 0, std::move(r)});
                }
                it = refunds_.erase(it);
            }
            std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
                return a.seconds != b.seconds ? a.seconds < b.seconds : a.order < b.order;
            });
            for (auto& e : events) {
                play(day, e);
            }
        }
        // The night's jobs. Expiry runs every night, as at a real shop. The full segment run is weekly and on
        // the last night: every sale already refreshes its customer's segments, and a nightly run over every
        // customer would cost the generation more than all its sales.
        const Instant night = at(day, 23 * 3600);
        store_.maintenance().run_expiry(night);
        if (std::chrono::weekday{std::chrono::sys_days{date}} == std::chrono::Sunday ||
            day == options_.days - 1) {
            store_.maintenance().recompute_segments(night);
        }
    }

    void play(int day, Event& e) {
        const Instant when = at(day, e.seconds);
        switch (e.kind) {
            case EventKind::sale:
                customer_sale(day, customers_[e.customer], when);
                break;
            case EventKind::anonymous_sale:
                anonymous_sale(day, when);
                break;
            case EventKind::refund:
                refund(e.refund, when);
                break;
            case EventKind::lost_card: {
                auto& c = customers_[e.customer];
                const std::string replacement = instore_card_number(20, 900000 + next_replacement_++);
                store_.customers().replace_card(c.card, replacement, Actor{"owner"}, when);
                c.card = replacement;
                break;
            }
            case EventKind::withdraw_sms:
                store_.customers().record_consent(CustomerId{customers_[e.customer].id}, ConsentKind::sms,
                                                  false, "till", when);
                customers_[e.customer].enrolment.consents.sms = false;
                break;
        }
    }

    std::vector<SaleLine> basket(int day, bool regular) {
        const unsigned month = static_cast<unsigned>(date_of(day).month());
        const auto weights = category_weights(month);
        std::vector<SaleLine> lines;
        auto add_product = [&](const CatalogEntry& entry, std::int64_t pieces) {
            for (auto& l : lines) {
                if (l.sku == entry.product.sku) {
                    l.qty = Quantity::pieces(l.qty.whole_pieces() + pieces);
                    return;
                }
            }
            const Product& p = entry.product;
            lines.push_back(
                SaleLine{p.sku, p.name, p.category, p.price, Quantity::pieces(pieces), p.min_price, false});
        };
        auto pick_in = [&](const std::vector<const CatalogEntry*>& items) -> const CatalogEntry& {
            // The lower of two draws: a few pieces sell far more than the rest.
            const auto a = below(rng_, items.size());
            const auto b = below(rng_, items.size());
            return *items[std::min(a, b)];
        };
        const int roll = between(rng_, 0, 99);
        const int count = (roll < 50   ? 1
                           : roll < 80 ? 2
                           : roll < 94 ? 3
                                       : 4) +
                          (regular && per_mille(rng_, 200) ? 1 : 0);
        for (int i = 0; i < count; ++i) {
            const auto& category = weights[weighted_index(rng_, weights)].category;
            const auto& items = by_category_.at(category);
            const CatalogEntry& entry = pick_in(items);
            const bool multi = category == "tops" || category == "lingerie" || category == "accessories";
            add_product(entry, multi && per_mille(rng_, 100) ? 2 : 1);
            // The 3-for-2 on accessories works: some make it three.
            if (category == "accessories" && per_mille(rng_, 200)) {
                add_product(pick_in(items), 1);
                add_product(pick_in(items), 1);
            }
        }
        if (per_mille(rng_, month == 12 ? 80 : 20)) {
            static constexpr std::array<std::size_t, 3> kGiftCards{3, 2, 1};  // from the end of the catalog
            add_product(catalog_[catalog_.size() - kGiftCards[below(rng_, kGiftCards.size())]], 1);
        }
        return lines;
    }

    [[nodiscard]] static bool runs_on(const ProgramCode& p, const year_month_day& date) {
        return p.active && (!p.valid_from || *p.valid_from <= date) && (!p.valid_to || date <= *p.valid_to);
    }

    // Codes from the shop's coupon programmes: a public code on a poster, now and then a single-use code.
    void add_programme_codes(Sale& sale, const year_month_day& date) {
        for (const auto& p : public_codes_) {
            if (runs_on(p, date) && per_mille(rng_, 30)) {
                sale.coupon_codes.push_back(p.code);
            }
        }
        if (next_single_code_ < single_codes_.size() && runs_on(single_codes_[next_single_code_], date) &&
            per_mille(rng_, 10)) {
            sale.coupon_codes.push_back(single_codes_[next_single_code_++].code);
        }
    }

    std::vector<PaymentLine> payments_for(Money payable) {
        const std::int64_t total = payable.minor_units();
        if (total == 0) {
            return {};
        }
        const int roll = between(rng_, 0, 99);
        if (roll < 70) {
            return {PaymentLine{PaymentLine::Method::card, payable}};
        }
        if (roll < 95) {
            // Cash: the exact sum now and then, usually the next note up.
            std::int64_t note = total <= 2000 ? 500 : total <= 5000 ? 1000 : total <= 10000 ? 2000 : 5000;
            std::int64_t given = per_mille(rng_, 250) ? total : (total + note - 1) / note * note;
            if (given == total && per_mille(rng_, 500)) {
                given += note;
            }
            return {PaymentLine{PaymentLine::Method::cash, Money::minor(given)}};
        }
        // A gift card from the shop pays part of it (method "other"), a bank card the rest.
        const std::int64_t gift = std::min<std::int64_t>(total, per_mille(rng_, 500) ? 2500 : 5000);
        std::vector<PaymentLine> pay{PaymentLine{PaymentLine::Method::other, Money::minor(gift)}};
        if (total > gift) {
            pay.push_back(PaymentLine{PaymentLine::Method::card, Money::minor(total - gift)});
        }
        return pay;
    }

    std::string cashier(std::int32_t seconds) {
        // Maria (the owner) opens; Anna takes the afternoons and helps in the mornings now and then.
        if (per_mille(rng_, 150)) {
            return anna_;
        }
        return seconds < 14 * 3600 ? maria_ : anna_;
    }

    SaleResult sell(int day, Sale& sale) {
        // Quote first, like the till shows the total before the customer pays, then commit through the store.
        const QuoteInput input = store_.sales().quote_input(sale, rules_.rules());
        const QuoteResult preview = quote(rules_, input);
        sale.payments = payments_for(preview.totals.payable);
        SaleResult result = store_.sales().commit_sale(sale, rules_);
        // Some things go back: a size that does not fit, a colour that looked different at home.
        if (per_mille(rng_, 25)) {
            std::vector<int> returnable;
            for (std::size_t i = 0; i < sale.lines.size(); ++i) {
                if (sale.lines[i].category != "gift_cards") {
                    returnable.push_back(static_cast<int>(i));
                }
            }
            if (!returnable.empty()) {
                const int line = returnable[below(rng_, returnable.size())];
                const auto& l = sale.lines[static_cast<std::size_t>(line)];
                const std::int64_t pieces =
                    l.qty.whole_pieces() > 1 && per_mille(rng_, 500) ? 1 : l.qty.whole_pieces();
                refunds_[day + between(rng_, 1, 13)].push_back(
                    PendingRefund{sale.receipt_id, line + 1, Quantity::pieces(pieces)});
            }
        }
        return result;
    }

    void customer_sale(int day, DemoCustomer& c, Instant when) {
        const year_month_day date = date_of(day);
        if (c.id.empty()) {
            // She is enrolled at the till a couple of minutes before her first purchase; some were sent by a
            // friend.
            if (c.enrolment.consents.personal_data && !named_.empty() && per_mille(rng_, 60)) {
                c.enrolment.referred_by = customers_[named_[below(rng_, named_.size())]].id;
            }
            c.id = store_.customers().enrol(c.enrolment, Instant{when.unix_seconds - 120},
                                            &rules_);  // welcome points too
            if (const auto welcome = enrolment_points(rules_, when, Language::en)) {
                c.points_hint += welcome->points.value();
            }
            if (c.enrolment.consents.personal_data) {
                named_.push_back(static_cast<std::size_t>(&c - customers_.data()));
            }
        }
        Sale sale;
        sale.receipt_id = new_id(*ids_);
        sale.customer_id = c.id;
        // Most show the card; some give their phone number and the cashier finds them by it.
        if (c.enrolment.phone.empty() || per_mille(rng_, 850)) {
            sale.card_number = c.card;
        }
        const LocalDateTime local = zone_.to_local(when);
        sale.cashier_id = cashier(local.seconds_of_day);
        sale.at = when;
        sale.lines = basket(day, c.habit == Habit::regular);
        for (auto it = c.coupons.begin(); it != c.coupons.end();) {
            if (it->valid_to < date) {
                it = c.coupons.erase(it);  // forgotten
            } else if (it->valid_from <= date && per_mille(rng_, 700)) {
                sale.coupon_codes.push_back(it->code);
                it = c.coupons.erase(it);
            } else {
                ++it;
            }
        }
        add_programme_codes(sale, date);
        if (c.points_hint >= 100 && per_mille(rng_, 300)) {
            if (per_mille(rng_, 600)) {
                sale.redeem.kind = RedeemRequest::Kind::max;
            } else {
                sale.redeem.kind = RedeemRequest::Kind::points;
                sale.redeem.points = Points::of(
                    100 * between(rng_, std::int64_t{1}, std::min<std::int64_t>(c.points_hint / 100, 10)));
            }
        }
        const SaleResult result = sell(day, sale);
        c.points_hint +=
            result.quote.totals.points_earned.value() - result.quote.totals.redeemed_points.value();
        for (const auto& f : result.quote.fixed_points) {
            if (f.beneficiary == FixedPointsEntry::Beneficiary::customer) {
                c.points_hint += f.points.value();
            }
        }
        for (std::size_t i = 0;
             i < result.coupon_codes_issued.size() && i < result.quote.coupons_issued.size(); ++i) {
            const auto& issued = result.quote.coupons_issued[i];
            c.coupons.push_back(
                {result.coupon_codes_issued[i], issued.program, issued.valid_from, issued.valid_to});
        }
        c.last_visit = day;
        --c.visits_left;
        c.next_due = day + between(rng_, c.interval_lo, c.interval_hi);
    }

    void anonymous_sale(int day, Instant when) {
        const year_month_day date = date_of(day);
        Sale sale;
        sale.receipt_id = new_id(*ids_);
        sale.cashier_id = cashier(zone_.to_local(when).seconds_of_day);
        sale.at = when;
        sale.lines = basket(day, false);
        // Coupons printed on an anonymous receipt come back now and then.
        std::erase_if(walk_in_coupons_, [&](const HeldCoupon& h) { return h.valid_to < date; });
        if (!walk_in_coupons_.empty() && per_mille(rng_, 150)) {
            const auto i = below(rng_, walk_in_coupons_.size());
            if (walk_in_coupons_[i].valid_from <= date) {
                sale.coupon_codes.push_back(walk_in_coupons_[i].code);
                walk_in_coupons_.erase(walk_in_coupons_.begin() + static_cast<std::ptrdiff_t>(i));
            }
        }
        add_programme_codes(sale, date);
        const SaleResult result = sell(day, sale);
        for (std::size_t i = 0;
             i < result.coupon_codes_issued.size() && i < result.quote.coupons_issued.size(); ++i) {
            const auto& issued = result.quote.coupons_issued[i];
            walk_in_coupons_.push_back(
                {result.coupon_codes_issued[i], issued.program, issued.valid_from, issued.valid_to});
        }
    }

    void refund(const PendingRefund& r, Instant when) {
        static constexpr std::array<const char*, 5> kReasons{"does not fit", "colour not as expected",
                                                             "changed her mind", "faulty zip",
                                                             "a present, exchanged"};
        Sales::RefundRequest request;
        request.refund_id = new_id(*ids_);
        request.receipt_id = r.receipt_id;
        request.lines = {{r.line_no, r.qty}};
        request.cashier_id = maria_;  // returns need the owner
        request.reason = kReasons[below(rng_, kReasons.size())];
        request.at = when;
        store_.sales().refund(request, rules_);
    }

    Store& store_;
    const DemoOptions& options_;
    const CompiledRules& rules_;
    const TimeZone& zone_;
    std::mt19937_64 rng_;
    std::unique_ptr<IdSource> ids_;  // receipt and refund ids: repeat with the seed
    DemoPeople people_;
    std::chrono::sys_days first_day_;
    std::vector<CatalogEntry> catalog_;
    std::map<std::string, std::vector<const CatalogEntry*>> by_category_;
    std::vector<DemoCustomer> customers_;
    std::vector<std::size_t> named_;  // enrolled customers who can recommend the shop
    std::map<int, std::vector<PendingRefund>> refunds_;
    std::vector<HeldCoupon> walk_in_coupons_;
    std::vector<ProgramCode> public_codes_;
    std::vector<ProgramCode> single_codes_;
    std::size_t next_single_code_ = 0;
    std::int64_t next_replacement_ = 1;
    std::string maria_;  // the owner's cashier id
    std::string anna_;
};

DemoReport report_of(Store& store) {
    auto& db = store.database().sql();
    DemoReport r;
    r.products = sum_of(db, "SELECT count(*) FROM products");
    r.customers = sum_of(db, "SELECT count(*) FROM customers");
    r.anonymous_cards = sum_of(db, "SELECT count(*) FROM customers WHERE personal_consent = 0");
    r.receipts = sum_of(db, "SELECT count(*) FROM receipts");
    r.anonymous_receipts = sum_of(db, "SELECT count(*) FROM receipts WHERE customer_id IS NULL");
    r.refunds = sum_of(db, "SELECT count(*) FROM refunds");
    r.revenue = Money::minor(sum_of(db, "SELECT coalesce(sum(payable), 0) FROM receipts"));
    r.points_issued =
        Points::of(sum_of(db, "SELECT coalesce(sum(points), 0) FROM ledger WHERE kind = 'accrue'"));
    r.points_redeemed =
        Points::of(-sum_of(db, "SELECT coalesce(sum(points), 0) FROM ledger WHERE kind = 'redeem'"));
    r.points_expired =
        Points::of(-sum_of(db, "SELECT coalesce(sum(points), 0) FROM ledger WHERE kind = 'expire'"));
    r.coupons_issued = sum_of(db, "SELECT count(*) FROM coupons WHERE issued_receipt IS NOT NULL");
    r.coupons_used = sum_of(db, "SELECT count(*) FROM coupon_open_uses");
    return r;
}

void remove_shop_files(const std::string& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::remove(path + suffix, ignored);
    }
}

}  // namespace

// ---- people ----------------------------------------------------------------------------------------------

DemoPeople::DemoPeople(std::uint64_t seed, std::chrono::year reference_year)
    : engine_(seed), reference_year_(reference_year) {}

DemoPerson DemoPeople::next() {
    auto& rng = engine_;
    DemoPerson p;
    const bool russian = per_mille(rng, 450);
    const bool man = per_mille(rng, 60);
    if (russian) {
        const Name& first = man ? kRussianMen[weighted_index(rng, kRussianMen)]
                                : kRussianWomen[weighted_index(rng, kRussianWomen)];
        const Name& last = kRussianSurnames[weighted_index(rng, kRussianSurnames)];
        // About a third write their name in Cyrillic on the form.
        p.cyrillic = per_mille(rng, 350);
        p.latin_first = first.latin;
        p.latin_last = man ? drop_feminine_ending(last.latin) : last.latin;
        p.first_name = p.cyrillic ? first.cyrillic : first.latin;
        p.last_name = p.cyrillic ? (man ? drop_feminine_ending(last.cyrillic) : std::string(last.cyrillic))
                                 : p.latin_last;
    } else {
        const Name& first = man ? kEstonianMen[weighted_index(rng, kEstonianMen)]
                                : kEstonianWomen[weighted_index(rng, kEstonianWomen)];
        p.first_name = first.latin;
        if (per_mille(rng, 250)) {
            p.last_name = std::string(kSurnameRoots[below(rng, kSurnameRoots.size())]) +
                          kSurnameEndings[below(rng, kSurnameEndings.size())];
        } else {
            p.last_name = kEstonianSurnames[weighted_index(rng, kEstonianSurnames)].latin;
        }
        p.latin_first = p.first_name;
        p.latin_last = p.last_name;
    }
    // Estonian mobile numbers: 5 and seven more digits.
    std::uint32_t digits = 0;
    do {
        digits = 50'000'000U + static_cast<std::uint32_t>(below(rng, 10'000'000U));
    } while (!phones_.insert(digits).second);
    const std::string number = std::to_string(digits);
    p.phone_e164 = "+372" + number;
    switch (below(rng, 10)) {
        case 0:
        case 1:
        case 2:
        case 3:
            p.phone_typed = number.substr(0, 4) + " " + number.substr(4);
            break;
        case 4:
        case 5:
            p.phone_typed = number;
            break;
        case 6:
        case 7:
            p.phone_typed = "+372 " + number.substr(0, 4) + " " + number.substr(4);
            break;
        default:
            p.phone_typed = p.phone_e164;
            break;
    }
    // Ages 18 to 80, most between 25 and 55 (two draws averaged).
    const int age = (between(rng, 18, 80) + between(rng, 22, 58)) / 2;
    using namespace std::chrono;
    const year y = reference_year_ - years{age};
    const auto m = month{static_cast<unsigned>(between(rng, 1, 12))};
    const auto month_end = year_month_day_last{y, month_day_last{m}}.day();
    p.birthday = year_month_day{
        y, m, day{static_cast<unsigned>(between(rng, 1, static_cast<int>(unsigned{month_end})))}};
    return p;
}

// ---- the demo shop ---------------------------------------------------------------------------------------

DemoReport make_demo_shop(const std::string& db_path, const DemoOptions& options, const CompiledRules& rules,
                          const std::string& rules_document) {
    const auto started = std::chrono::steady_clock::now();
    if (options.customers < 0 || options.customers > 10'000'000 || options.days < 1 ||
        options.days > 36'600) {
        throw StoreError(FailureKind::invalid,
                         "A demo shop needs 0 to 10,000,000 customers and 1 to 36,600 days of history.");
    }
    if (!options.last_day.ok()) {
        throw StoreError(FailureKind::invalid, "The demo shop's last day is not a date.");
    }
    if (std::filesystem::exists(db_path)) {
        throw StoreError(
            FailureKind::invalid,
            db_path + " already exists: a demo shop is only written to a new file, never over a shop.");
    }
    DemoReport report;
    try {
        Store store(db_path, Database::Mode::create_if_missing);
        // A year of history is thousands of commits: NORMAL skips the fsync of each (WAL still never
        // corrupts); the file is made durable again before anyone uses it.
        store.set_full_durability(false);
        // Every id the store draws (customers, ledger, lots, coupon codes, cashiers) and the PIN salts come
        // from the seed, so the same options give the same shop row for row.
        store.set_id_source(seeded_ids(splitmix64(options.seed ^ 0x5EED'0005ULL)));
        Generator generator(store, options, rules);
        generator.run(rules_document);
        store.set_full_durability(true);
        store.database().sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        report = report_of(store);
    } catch (...) {
        // Half a demo shop is no use to anyone; leave no file behind to be mistaken for one.
        remove_shop_files(db_path);
        throw;
    }
    report.first_day =
        year_month_day{std::chrono::sys_days{options.last_day} - std::chrono::days{options.days - 1}};
    report.last_day = options.last_day;
    report.elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    return report;
}

}  // namespace kassa::store
