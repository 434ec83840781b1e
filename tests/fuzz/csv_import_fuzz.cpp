// Customer and catalog CSV import (kassactl import): the same bytes go through both importers as dry runs
// into one real shop file, so nothing is kept between inputs and every input starts from the same empty shop.
// StoreError(invalid) is the importers' documented refusal of a file that is no table; any other exception,
// or a StoreError of another kind (a failed SQL statement), is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "fuzz_input.hpp"
#include "kassa/store/import.hpp"
#include "kassa/store/store.hpp"

namespace {

// A shop file in a folder of its own, removed when the fuzzer exits.
class FuzzShop {
  public:
    FuzzShop() {
        std::string pattern = (std::filesystem::temp_directory_path() / "kassa-fuzz-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) {
            std::abort();
        }
        dir_ = pattern;
        store_ = std::make_unique<kassa::store::Store>((dir_ / "shop.db").string(),
                                                       kassa::store::Database::Mode::create_if_missing);
    }
    ~FuzzShop() {
        store_.reset();
        std::error_code ignored;
        std::filesystem::remove_all(dir_, ignored);
    }
    FuzzShop(const FuzzShop&) = delete;
    FuzzShop& operator=(const FuzzShop&) = delete;
    kassa::store::Store& store() { return *store_; }

  private:
    std::filesystem::path dir_;
    std::unique_ptr<kassa::store::Store> store_;
};

using Importer = kassa::store::ImportReport (*)(kassa::store::Store&, const std::string&,
                                                const kassa::store::ImportOptions&);

void run(Importer import, kassa::store::Store& store, const std::string& bytes,
         const kassa::store::ImportOptions& options) {
    try {
        static_cast<void>(import(store, bytes, options));
    } catch (const kassa::store::StoreError& e) {
        if (e.kind() != kassa::store::FailureKind::invalid) {
            throw;
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static FuzzShop shop;
    kassa::store::ImportOptions options;
    options.dry_run = true;
    options.assume_consent = true;  // keeps personal details, so the name, phone and date parsers all run
    options.at = kassa::parse_timestamp("2026-11-24T10:00:00+02:00").instant;
    const std::string bytes = kassa::fuzz::as_text(data, size);
    run(&kassa::store::import_customers, shop.store(), bytes, options);
    run(&kassa::store::import_catalog, shop.store(), bytes, options);
    return 0;
}
