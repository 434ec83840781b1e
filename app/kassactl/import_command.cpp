#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "kassa/store/import.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/system_clock.hpp"

namespace kassactl {

namespace {

// A million customers is about 100 MB of CSV; anything far beyond is not a shop's list.
constexpr std::uintmax_t kMaxImportBytes = 1024U * 1024U * 1024U;

std::string read_import_file(const std::string& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error) {
        throw std::runtime_error("cannot open " + path);
    }
    if (size > kMaxImportBytes) {
        throw std::runtime_error(path + " is larger than 1 GB; split it into smaller files");
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        throw std::runtime_error("cannot open " + path);
    }
    std::string data(static_cast<std::size_t>(size), '\0');
    file.read(data.data(), static_cast<std::streamsize>(data.size()));
    if (!file) {
        throw std::runtime_error("cannot read " + path);
    }
    return data;
}

std::string plural(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

void print_report(const std::string& file, const kassa::store::ImportReport& r, bool customers,
                  const kassa::store::ImportOptions& options) {
    const std::string delimiter = r.delimiter == '\t' ? "tab" : std::string("\"") + r.delimiter + "\"";
    std::cout << file << ": " << plural(r.rows, "row", "rows") << ", " << r.encoding
              << ", values separated by " << delimiter << '\n';
    if (!r.ignored_columns.empty()) {
        std::cout << "Columns not imported:";
        for (std::size_t i = 0; i < r.ignored_columns.size(); ++i) {
            std::cout << (i == 0 ? " " : ", ") << r.ignored_columns[i];
        }
        std::cout << '\n';
    }
    for (const auto& p : r.problems) {
        std::cout << "line " << p.line << ": " << p.text << '\n';
    }
    for (const auto& n : r.notes) {
        std::cout << "note, line " << n.line << ": " << n.text << '\n';
    }
    std::string counts = customers ? plural(r.created, "new customer", "new customers") + ", " +
                                         std::to_string(r.merged) + " merged into existing ones"
                                   : plural(r.created, "new product", "new products") + ", " +
                                         std::to_string(r.merged) + " updated";
    counts += ", " + std::to_string(r.unchanged) + " already up to date";
    if (customers) {
        counts += ", " + std::to_string(r.skipped) + " skipped";
    }
    counts += ", " + plural(r.refused, "row refused", "rows refused");
    if (r.committed) {
        std::cout << "Imported: " << counts << ".\n";
    } else if (options.strict && !r.problems.empty()) {
        std::cout << "Nothing was imported: --strict imports all or nothing, and the file has "
                  << plural(static_cast<std::int64_t>(r.problems.size()), "problem", "problems")
                  << ". Without the problems it would be: " << counts << ".\n";
    } else {
        std::cout << "Dry run, nothing was written. The import would give: " << counts << ".\n";
    }
}

}  // namespace

Runner add_import_command(CLI::App& app) {
    auto* import_cmd =
        app.add_subcommand("import", "Bring in customers or the catalog from a CSV file saved by Excel");
    import_cmd->require_subcommand(1);
    auto file = std::make_shared<std::string>();
    auto db_path = std::make_shared<std::string>();
    auto options = std::make_shared<kassa::store::ImportOptions>();
    auto* customers =
        import_cmd->add_subcommand("customers",
                                   "Customers: names, phones, e-mails, birthdays, cards, consents, "
                                   "points (exit 1 if rows were refused)");
    auto* catalog = import_cmd->add_subcommand(
        "catalog", "Products: SKU, name, category, price, minimum price, barcodes, by weight, VAT rate");
    for (auto* cmd : {customers, catalog}) {
        cmd->add_option("FILE", *file, "the CSV file (';' or ',' separated, UTF-8 or Windows-1251)")
            ->required();
        cmd->add_option("--db", *db_path, "the shop's database file")->required();
        cmd->add_flag("--dry-run", options->dry_run, "show what the import would do and write nothing");
        cmd->add_flag("--strict", options->strict, "import nothing unless every row is right");
    }
    customers->add_flag("--assume-consent", options->assume_consent,
                        "every customer in the file agreed to the shop keeping their personal data "
                        "(a consent column still wins where it says no)");
    return [file, db_path, options, customers]() -> int {
        const bool for_customers = customers->parsed();
        const std::string command =
            std::string("kassactl import ") + (for_customers ? "customers" : "catalog");
        try {
            const std::string bytes = read_import_file(*file);
            const auto shop = open_shop_or_say(*db_path, kassa::till::ShopNeeds::file, command);
            if (!shop) {
                return 2;
            }
            kassa::store::Store& store = *shop->store;
            options->at = kassa::sys::SystemClock().now();
            const auto report = for_customers ? kassa::store::import_customers(store, bytes, *options)
                                              : kassa::store::import_catalog(store, bytes, *options);
            print_report(std::filesystem::path(*file).filename().string(), report, for_customers, *options);
            return report.problems.empty() ? 0 : 1;
        } catch (const kassa::store::StoreError& e) {
            std::cerr << command << ": " << e.what() << '\n';
        } catch (const std::runtime_error& e) {
            std::cerr << command << ": " << e.what() << '\n';
        }
        return 2;
    };
}

}  // namespace kassactl
