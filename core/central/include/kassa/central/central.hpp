#pragma once
// The central PostgreSQL database that the tills of one or more businesses sync through (docs/sync.md): its
// schema, its companies, shops and tills. One company sees nothing of another: every row carries its
// company and every key and reference includes it.
//
// Threading: a Central is one libpq connection, used by one thread at a time.

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace kassa::central {

// Why the central database could not do what was asked, with the value a sentence names. kassactl words it
// (what() is its English sentence); a screen will word it in its own language from the kind and the value.
enum class CentralProblem : std::uint8_t {
    unreachable,    // where: the host or the socket folder
    login_refused,  // the user name
    bad_url,        // what libpq said of it
    password_in_url,
    password_file_unreadable,      // the path
    password_file_open_to_others,  // the path
    not_initialised,
    newer_schema,     // the central's schema version
    name_invalid,     // the name (empty or longer than 100 characters)
    company_exists,   // the name
    no_such_company,  // the name or id
    shop_exists,      // the name
    no_such_shop,     // the name or id
    shop_ambiguous,   // the name
    till_taken,       // the till's name
    not_a_member,     // the shop file has not joined a central database
    already_member,   // the shop file is a till of another shop or under another name
    unknown_till,     // the central does not know this till (another central database?)
    disk_full,        // the central's disk
    server_refused,   // SQLSTATE and PostgreSQL's English message
    // The server answers but its TLS certificate is not one the URL's sslrootcert trusts, or it offers no
    // TLS while the URL's sslmode asks for it. Value: the host.
    tls_refused,
    // The login belongs to another till (a password file copied from another till, shop or company). Value:
    // the login's name.
    wrong_till_login,
    password_file_unwritable,  // the till's new password file cannot be made (value: the path)
    // The till's password file exists but does not hold a password `join` made (the admin's file, or another
    // file by mistake). Value: the path.
    password_file_foreign,
    no_such_till,  // the till's name or id in the shop
    // A report over a company from an administrator's login that sees several companies and was not told
    // which one (no value).
    company_needed,
    // A report's last day is before its first (value: "2026-11-30..2026-11-01").
    period_reversed,
};

class CentralError : public std::runtime_error {
  public:
    CentralError(CentralProblem problem, std::string value);
    [[nodiscard]] CentralProblem problem() const { return problem_; }
    [[nodiscard]] const std::string& value() const { return value_; }

  private:
    CentralProblem problem_;
    std::string value_;
};

// The English sentence kassactl prints for a problem.
std::string english_sentence(CentralProblem problem, const std::string& value);

// Where the central database is: a libpq URL without a password (postgresql://user@host/db?sslmode=...;
// libpq's settings such as sslmode pass through), and a file holding the password alone, readable only by
// its owner (0600). Without a file, libpq's own PGPASSFILE or ~/.pgpass is used.
struct Address {
    std::string url;
    std::string password_file;
};

struct ShopRef {
    std::string company_id;
    std::string shop_id;
};

namespace detail {
class Pg;
}

class Central {
  public:
    // Connects; throws CentralError (unreachable, login_refused, bad_url, password_in_url, password file).
    explicit Central(const Address& address);
    ~Central();
    Central(const Central&) = delete;
    Central& operator=(const Central&) = delete;

    // The schema version of the central database (0 before `init`), and the one this Kassa writes.
    [[nodiscard]] int schema_version();
    static int current_schema_version();
    // Creates or upgrades the schema; each migration is one transaction. Returns the version now.
    int init();

    // New companies and shops; each returns the new id. A name is 1 to 100 characters and unique (a shop's in
    // its company). `company` is a company's id or name.
    std::string add_company(const std::string& name);
    std::string add_shop(const std::string& company, const std::string& name);
    // A shop by id or by name (refused as ambiguous when two companies have a shop of that name).
    ShopRef find_shop(const std::string& shop);
    // Registers a till of the shop; registering the same id again is a no-op, another till of that name is
    // refused (till_taken).
    void register_till(const ShopRef& shop, const std::string& till_id, const std::string& till_name);
    // Registers the till as above and gives it its own login (docs/security.md, "The central database"): a
    // PostgreSQL role named till_login_name(till_id), scram-sha-256 with `password` (sent as a SCRAM
    // verifier, so the password itself never reaches the server nor its log), member of the group
    // kassa_tills whose row-level security lets it read its company's rows and insert its own. One
    // transaction; running it again sets the same password and changes nothing else. Needs an admin login
    // that may create roles (CREATEROLE).
    void register_till_login(const ShopRef& shop, const std::string& till_id, const std::string& till_name,
                             const std::string& password);
    // A stolen or scrapped till: its login is dropped and its mapping to the company removed in one
    // transaction, so its password file opens nothing and a session it still has open reads and writes
    // nothing more (the login left the group kassa_tills, and the policies find no company for it); its rows
    // stay. `till` is its name or id in the
    // shop. Returns the dropped login's name, or "" when the till had no login of its own (it joined before
    // till logins). Throws no_such_till. Running `join` for the till again gives it a new login.
    std::string revoke_till(const ShopRef& shop, const std::string& till);
    // The PostgreSQL role of a till: "kassa_till_" and its id's 32 hex digits.
    static std::string till_login_name(const std::string& till_id);

    // The value the connection uses for a libpq keyword (keepalives_idle, tcp_user_timeout...), for support
    // and tests: the timeouts that bound a sync on a link that died silently (docs/sync.md, Failures).
    [[nodiscard]] std::string connection_setting(const char* keyword) const;

    // Refuses (not_initialised, newer_schema) unless the schema is the one this Kassa writes.
    void require_current_schema();

    detail::Pg& pg() { return *pg_; }

  private:
    std::unique_ptr<detail::Pg> pg_;
};

}  // namespace kassa::central
