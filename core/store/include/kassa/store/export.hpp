#pragma once
// The accountant's nightly export: one folder of CSV files per business day (the local date in the shop's
// time zone), written whole or not at all, the same bytes every time for the same data, and the night's
// other jobs (expiry, segments, backup with rotation) run one after the other by run_nightly.
// docs/nightly.md describes every file and column.
//
// Threading: an Exporter owns its own connection to the shop's file and is used by one thread at a time.
// It reads inside one read transaction (a WAL snapshot), so the till keeps committing sales while a day is
// written, and the files of a day agree with each other whatever the till does meanwhile.

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kassa/core/time.hpp"

namespace kassa::store {

class Database;

struct ExportedFile {
    std::string name;       // "receipts.csv"
    std::int64_t rows = 0;  // data rows, the header not counted
    std::string sha256;     // lower-case hex of the file's bytes as written
};

struct DayExport {
    std::chrono::year_month_day day;
    std::string folder;               // OUT/YYYY-MM-DD
    std::vector<ExportedFile> files;  // in the manifest's order; the manifest itself is not in it
};

// What a catch-up did: the days written (oldest first) and, when a day failed, why; the days before it
// stay exported and remembered, the ones after it are left for the next run.
struct CatchUp {
    std::vector<DayExport> days;
    std::optional<std::string> failure;
};

class Exporter {
  public:
    // Opens the shop's file with a connection of its own. Throws StoreError with a sentence (no such file,
    // not a shop, a newer schema).
    explicit Exporter(const std::string& db_path);
    ~Exporter();
    Exporter(const Exporter&) = delete;
    Exporter& operator=(const Exporter&) = delete;

    // Writes OUT/YYYY-MM-DD/ (creating OUT when missing) through a hidden temporary folder next to it that is
    // renamed into place; an existing folder of that day is swapped out in the same rename. `excel`: `;`
    // between fields, a UTF-8 BOM and decimal commas. Does not change the remembered day. Throws StoreError
    // with a sentence (the folder cannot be written, the disk is full, another export holds OUT).
    DayExport export_day(std::chrono::year_month_day day, const std::string& out_dir, bool excel);

    // The last day a catch-up exported, from the shop's settings (key export.last_day).
    std::optional<std::chrono::year_month_day> last_exported_day();
    // The days a catch-up at `now` writes, oldest first, through yesterday in the shop's zone: the ones after
    // the remembered day; from `since` when given; on a first run (nothing remembered) yesterday only.
    std::vector<std::chrono::year_month_day> pending_days(Instant now,
                                                          std::optional<std::chrono::year_month_day> since);
    // Exports the pending days one by one, remembering each as soon as it is in place; stops at the first
    // day that fails.
    CatchUp catch_up(Instant now, std::optional<std::chrono::year_month_day> since,
                     const std::string& out_dir, bool excel);
    // The shop's local date at `now` (the zone from the shop's settings).
    std::chrono::year_month_day local_date(Instant now);

    // For tests: called after each file of a day is written, while the day's read snapshot is still open.
    void on_file_written(std::function<void(const std::string& file)> hook);

  private:
    void remember(std::chrono::year_month_day day);
    std::unique_ptr<Database> db_;
    std::function<void(const std::string&)> hook_;
};

// ---- the nightly jobs ----

struct NightlyOptions {
    std::string db_path;
    std::string out_dir;      // the export's folder
    std::string backups_dir;  // BACKUPS/shop-YYYY-MM-DD.kassa, the shop's local date at the run
    int keep = 14;            // backups kept, newest first by the date in their name
    bool excel = false;
};

struct NightlyStep {
    std::string name;  // expiry, segments, cooccurrence, export, backup
    bool ok = false;
    std::string detail;  // what was done, or the sentence saying why not
};

// Runs expiry, segment recomputation, "often bought together" (90 days), the export with catch-up and the
// backup with rotation at clock.now(), in that order; a failing step does not stop the ones after it.
// `report` hears each step as it ends.
std::vector<NightlyStep> run_nightly(const NightlyOptions& options, const Clock& clock,
                                     const std::function<void(const NightlyStep&)>& report);

}  // namespace kassa::store
