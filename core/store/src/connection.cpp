#include "connection.hpp"

namespace kassa::store::detail {

Connection::Connection(const std::string& path, int flags, int busy_timeout_ms)
    : SQLite::Database(path, flags, busy_timeout_ms), ids_(random_ids()) {}

Connection::~Connection() = default;

void Connection::set_ids(std::unique_ptr<IdSource> ids) {
    if (ids) {
        ids_ = std::move(ids);
    }
}

Connection::Prepared Connection::prepared(std::string_view sql) {
    auto it = statements_.find(sql);
    if (it == statements_.end()) {
        it = statements_.emplace(std::string(sql), Entry{std::make_unique<SQLite::Statement>(*this, std::string(sql)), false})
                 .first;
    }
    Entry& entry = it->second;
    if (entry.in_use) {
        return Prepared(std::make_unique<SQLite::Statement>(*this, std::string(sql)));
    }
    entry.in_use = true;
    return Prepared(entry.statement.get(), &entry.in_use);
}

Connection::Prepared::Prepared(Prepared&& other) noexcept
    : own_(std::move(other.own_)), statement_(other.statement_), in_use_(other.in_use_) {
    other.statement_ = nullptr;
    other.in_use_ = nullptr;
}

Connection::Prepared::~Prepared() {
    if (statement_ && in_use_) {
        // tryReset does not throw; an error it reports belongs to the step that already threw it.
        statement_->tryReset();
        try {
            statement_->clearBindings();
        } catch (...) {
            // sqlite3_clear_bindings only fails on a finalized statement, which a cached one never is.
        }
        *in_use_ = false;
    }
}

}  // namespace kassa::store::detail
