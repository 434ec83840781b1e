#pragma once
// Internal to kassa::central: one libpq connection and its results, with PostgreSQL's failures turned into
// CentralError. Parameters and results are text (libpq's text format); NULL is an empty optional.
//
// Threading: one thread at a time, like the connection.

#include <libpq-fe.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kassa/central/central.hpp"

namespace kassa::central::detail {

using Param = std::optional<std::string>;

class Result {
  public:
    explicit Result(PGresult* result) : result_(result, &PQclear) {}
    [[nodiscard]] int rows() const { return PQntuples(result_.get()); }
    [[nodiscard]] bool null(int row, int column) const {
        return PQgetisnull(result_.get(), row, column) == 1;
    }
    [[nodiscard]] std::string text(int row, int column) const {
        return PQgetvalue(result_.get(), row, column);
    }
    [[nodiscard]] std::int64_t number(int row, int column) const { return std::stoll(text(row, column)); }
    [[nodiscard]] std::int64_t affected() const;
    [[nodiscard]] const PGresult* raw() const { return result_.get(); }

  private:
    std::unique_ptr<PGresult, decltype(&PQclear)> result_;
};

class Pg {
  public:
    explicit Pg(const Address& address);
    ~Pg();
    Pg(const Pg&) = delete;
    Pg& operator=(const Pg&) = delete;

    // Runs one statement; throws CentralError when it fails (the connection lost: unreachable).
    Result exec(const std::string& sql, const std::vector<Param>& params = {});
    // Runs several statements without parameters (a migration).
    void exec_script(const std::string& sql);

    // The value the connection uses for a libpq keyword ("" when it has none): what timeouts apply.
    std::string setting(const char* keyword) const;

    // For statements that take no parameters (CREATE ROLE): a quoted identifier and a quoted literal.
    std::string identifier(const std::string& name);
    std::string literal(const std::string& text);
    // The scram-sha-256 verifier of `password` for `user`, computed here: a role's password is sent to the
    // server only as this, so the password itself is in no statement, no server log and no error message.
    std::string scram_verifier(const std::string& password, const std::string& user);

    // A transaction that rolls back unless committed (and says nothing more when the connection is gone).
    class Transaction {
      public:
        explicit Transaction(Pg& pg, const char* begin = "BEGIN");
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        void commit();

      private:
        Pg& pg_;
        bool open_ = true;
    };

  private:
    [[noreturn]] void fail(const PGresult* result);
    PGconn* conn_ = nullptr;
    std::string where_;
};

// The password alone on the file's first line; refused unless the file is its owner's only (0600).
std::string read_password(const std::string& path);
// Overwrites a secret before its memory is given back.
void wipe(std::string& secret);

}  // namespace kassa::central::detail
