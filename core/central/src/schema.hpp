#pragma once
// Internal to kassa::central: the central schema's forward migrations, like the shop file's
// (core/store/src/schema.cpp): each runs in one transaction and sets kassa_schema.version; a migration once
// released is never edited, only followed by a new one.

#include <vector>

namespace kassa::central::detail {

struct Migration {
    int version;
    const char* sql;
};

const std::vector<Migration>& migrations();

// The advisory lock a migration holds exclusively (`central init`) and each pushed batch shares, so no batch
// is written while the schema changes under it.
inline constexpr const char* kMigrationLock = "7424242";

}  // namespace kassa::central::detail
