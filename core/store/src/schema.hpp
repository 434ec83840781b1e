#pragma once
#include <string>
#include <vector>

namespace kassa::store::detail {

struct Migration {
    int version;
    const char* sql;
};

// Every migration in version order; the last one's version is the current schema version.
const std::vector<Migration>& migrations();

}  // namespace kassa::store::detail
