#pragma once
// Internal to kassa::store: the shop's SQLite connection with what belongs to it: the statements it keeps
// prepared and the source of new ids. Every writer and reader in core/store works on a Connection.
//
// Threading: like the Database that owns it, one thread at a time.

#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "kassa/store/ids.hpp"

namespace kassa::store::detail {

class Connection : public SQLite::Database {
public:
    Connection(const std::string& path, int flags, int busy_timeout_ms);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // A statement on loan from the connection's cache. Preparing is most of what a lookup costs (half of
    // find_by_card before the cache), so each SQL text is prepared once per connection. The loan gives it
    // back reset and unbound, so it never holds a read snapshot open after its caller is done with it.
    class Prepared {
    public:
        Prepared(SQLite::Statement* statement, bool* in_use) : statement_(statement), in_use_(in_use) {}
        explicit Prepared(std::unique_ptr<SQLite::Statement> own) : own_(std::move(own)), statement_(own_.get()) {}
        Prepared(Prepared&& other) noexcept;
        Prepared(const Prepared&) = delete;
        Prepared& operator=(const Prepared&) = delete;
        Prepared& operator=(Prepared&&) = delete;
        ~Prepared();
        SQLite::Statement& operator*() { return *statement_; }
        SQLite::Statement* operator->() { return statement_; }

    private:
        std::unique_ptr<SQLite::Statement> own_;
        SQLite::Statement* statement_ = nullptr;
        bool* in_use_ = nullptr;
    };

    // The cached statement for `sql`; a fresh one when that statement is already on loan (a nested use).
    Prepared prepared(std::string_view sql);

    IdSource& ids() { return *ids_; }
    void set_ids(std::unique_ptr<IdSource> ids);
    std::string new_id() { return kassa::store::new_id(*ids_); }

private:
    struct Entry {
        std::unique_ptr<SQLite::Statement> statement;
        bool in_use = false;
    };
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    // Members are destroyed before the base class closes the connection: every statement is finalized first.
    std::unordered_map<std::string, Entry, Hash, std::equal_to<>> statements_;
    std::unique_ptr<IdSource> ids_;
};

}  // namespace kassa::store::detail
