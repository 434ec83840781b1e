#pragma once
// Internal to kassa::store: the check every sale and return makes inside its transaction, so one that was
// started before the shift closed cannot land in the closed shift.

#include <string>

namespace kassa::store::detail {

class Connection;

// Nothing for an empty id (a sale outside shifts); throws ShiftError(shift_closed) when the shift is closed
// or unknown.
void require_open_shift(Connection& db, const std::string& shift_id);

}  // namespace kassa::store::detail
