// The central database: its schema, companies, shops and tills.

#include "kassa/central/central.hpp"

#include <string_view>

#include "kassa/store/store.hpp"
#include "pg.hpp"
#include "schema.hpp"

namespace kassa::central {

namespace {

// Names are counted in characters (UTF-8 code points), like the shop file's texts.
void check_name(const std::string& name) {
    std::size_t chars = 0;
    for (const char c : name) {
        chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    if (chars < 1 || chars > 100) {
        throw CentralError(CentralProblem::name_invalid, name.substr(0, 100));
    }
}

}  // namespace

Central::Central(const Address& address) : pg_(std::make_unique<detail::Pg>(address)) {}

Central::~Central() = default;

int Central::current_schema_version() {
    return detail::migrations().back().version;
}

int Central::schema_version() {
    if (pg_->exec("SELECT to_regclass('kassa_schema') IS NULL").text(0, 0) == "t") {
        return 0;
    }
    const auto version = pg_->exec("SELECT version FROM kassa_schema");
    return version.rows() == 0 ? 0 : static_cast<int>(version.number(0, 0));
}

void Central::require_current_schema() {
    const int version = schema_version();
    if (version > current_schema_version()) {
        throw CentralError(CentralProblem::newer_schema, std::to_string(version));
    }
    if (version < current_schema_version()) {
        throw CentralError(CentralProblem::not_initialised, {});
    }
}

int Central::init() {
    for (const auto& m : detail::migrations()) {
        detail::Pg::Transaction transaction(*pg_);
        // Two inits at once (two owners, two scripts) take turns: the second finds the work done.
        pg_->exec(std::string("SELECT pg_advisory_xact_lock(") + detail::kMigrationLock + ")");
        pg_->exec(
            "CREATE TABLE IF NOT EXISTS kassa_schema (only_one boolean PRIMARY KEY DEFAULT true CHECK "
            "(only_one), "
            "version integer NOT NULL)");
        const auto current = pg_->exec("SELECT version FROM kassa_schema");
        const int version = current.rows() == 0 ? 0 : static_cast<int>(current.number(0, 0));
        if (version > current_schema_version()) {
            throw CentralError(CentralProblem::newer_schema, std::to_string(version));
        }
        if (m.version <= version) {
            continue;
        }
        pg_->exec_script(m.sql);
        pg_->exec(
            "INSERT INTO kassa_schema(only_one, version) VALUES (true, $1) ON CONFLICT (only_one) DO UPDATE "
            "SET "
            "version = excluded.version",
            {std::to_string(m.version)});
        transaction.commit();
    }
    return schema_version();
}

std::string Central::add_company(const std::string& name) {
    require_current_schema();
    check_name(name);
    const std::string id = store::new_id();
    const auto inserted = pg_->exec(
        "INSERT INTO companies(id, name) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING", {id, name});
    if (inserted.affected() == 0) {
        throw CentralError(CentralProblem::company_exists, name);
    }
    return id;
}

std::string Central::add_shop(const std::string& company, const std::string& name) {
    require_current_schema();
    check_name(name);
    const auto found = pg_->exec("SELECT id FROM companies WHERE id::text = $1 OR name = $1", {company});
    if (found.rows() != 1) {
        throw CentralError(CentralProblem::no_such_company, company);
    }
    const std::string id = store::new_id();
    const auto inserted = pg_->exec(
        "INSERT INTO shops(id, company_id, name) VALUES ($1, $2, $3) ON CONFLICT (company_id, name) DO "
        "NOTHING",
        {id, found.text(0, 0), name});
    if (inserted.affected() == 0) {
        throw CentralError(CentralProblem::shop_exists, name);
    }
    return id;
}

ShopRef Central::find_shop(const std::string& shop) {
    require_current_schema();
    const auto found = pg_->exec("SELECT company_id, id FROM shops WHERE id::text = $1 OR name = $1", {shop});
    if (found.rows() == 0) {
        throw CentralError(CentralProblem::no_such_shop, shop);
    }
    if (found.rows() > 1) {
        throw CentralError(CentralProblem::shop_ambiguous, shop);
    }
    return ShopRef{found.text(0, 0), found.text(0, 1)};
}

void Central::register_till(const ShopRef& shop, const std::string& till_id, const std::string& till_name) {
    check_name(till_name);
    pg_->exec(
        "INSERT INTO tills(id, company_id, shop_id, name) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        {till_id, shop.company_id, shop.shop_id, till_name});
    const auto named =
        pg_->exec("SELECT id FROM tills WHERE shop_id = $1 AND name = $2", {shop.shop_id, till_name});
    if (named.rows() != 1 || named.text(0, 0) != till_id) {
        throw CentralError(CentralProblem::till_taken, till_name);
    }
}

std::string Central::connection_setting(const char* keyword) const {
    return pg_->setting(keyword);
}

std::string Central::till_login_name(const std::string& till_id) {
    std::string hex;
    for (const char c : till_id) {
        if (c != '-') {
            hex += static_cast<char>(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c);
        }
    }
    return "kassa_till_" + hex;
}

void Central::register_till_login(const ShopRef& shop, const std::string& till_id,
                                  const std::string& till_name, const std::string& password) {
    const std::string login = till_login_name(till_id);
    detail::Pg::Transaction transaction(*pg_);
    register_till(shop, till_id, till_name);
    // The password travels only as its SCRAM verifier: a statement holding the password itself would be
    // written to the server's log by log_statement, or by log_min_error_statement when it fails.
    std::string verifier = pg_->scram_verifier(password, login);
    const bool exists = pg_->exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {login}).rows() == 1;
    const std::string role = pg_->identifier(login);
    if (exists) {
        pg_->exec("ALTER ROLE " + role + " WITH LOGIN PASSWORD " + pg_->literal(verifier));
    } else {
        // No attribute beyond LOGIN: it cannot create roles or databases, replicate, or bypass row-level
        // security. A few connections are plenty for a till's sync and stop one stolen login from taking
        // all of the server's.
        pg_->exec("CREATE ROLE " + role +
                  " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 8 "
                  "PASSWORD " +
                  pg_->literal(verifier));
    }
    detail::wipe(verifier);
    pg_->exec("GRANT kassa_tills TO " + role);
    pg_->exec(
        "INSERT INTO till_logins(role_name, company_id, till_id) VALUES ($1, $2::uuid, $3::uuid) ON CONFLICT "
        "DO NOTHING",
        {login, shop.company_id, till_id});
    const auto mapped = pg_->exec("SELECT till_id::text FROM till_logins WHERE role_name = $1", {login});
    if (mapped.rows() != 1 || mapped.text(0, 0) != till_id) {
        throw CentralError(CentralProblem::till_taken, till_name);
    }
    transaction.commit();
}

std::string Central::revoke_till(const ShopRef& shop, const std::string& till) {
    detail::Pg::Transaction transaction(*pg_);
    const auto found =
        pg_->exec("SELECT id::text FROM tills WHERE shop_id = $1 AND (name = $2 OR id::text = $2)",
                  {shop.shop_id, till});
    if (found.rows() != 1) {
        throw CentralError(CentralProblem::no_such_till, till);
    }
    const std::string login = till_login_name(found.text(0, 0));
    // The mapping first: every policy finds the till's company through it, so from this commit on a session
    // the till still holds sees no row and may insert none, even before it ends.
    pg_->exec("DELETE FROM till_logins WHERE role_name = $1", {login});
    const bool exists = pg_->exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {login}).rows() == 1;
    if (exists) {
        pg_->exec("DROP ROLE " + pg_->identifier(login));
    }
    transaction.commit();
    return exists ? login : std::string();
}

}  // namespace kassa::central
