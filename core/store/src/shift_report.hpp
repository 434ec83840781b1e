#pragma once
// Internal to kassa::store: a closed shift's Z figures, for the nightly export, computed by the same code as
// the printed Z report (so shifts.csv and the paper cannot disagree).

#include <optional>
#include <string>

#include <SQLiteCpp/Database.h>

#include "kassa/store/shifts.hpp"

namespace kassa::store::detail {

// Nothing when the shift is unknown or still open. Reads inside the caller's transaction.
std::optional<ShiftReport> closed_shift_report(SQLite::Database& db, const std::string& shift_id);

}  // namespace kassa::store::detail
