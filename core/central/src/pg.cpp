#include "pg.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <memory>
#include <string_view>

namespace kassa::central::detail {

namespace {

struct ConninfoOptions {
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options{nullptr, &PQconninfoFree};
    std::string value(const char* keyword) const {
        for (const PQconninfoOption* o = options.get(); o && o->keyword; ++o) {
            if (std::string(o->keyword) == keyword && o->val) {
                return o->val;
            }
        }
        return {};
    }
};

ConninfoOptions parse_url(const std::string& url) {
    char* error = nullptr;
    ConninfoOptions parsed;
    parsed.options.reset(PQconninfoParse(url.c_str(), &error));
    if (!parsed.options) {
        std::string message = error ? error : "not a connection address";
        PQfreemem(error);
        while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
            message.pop_back();
        }
        throw CentralError(CentralProblem::bad_url, message);
    }
    return parsed;
}

// With these sslmode values libpq refuses a server without TLS or with a certificate it cannot check.
bool tls_required(const std::string& sslmode) {
    return sslmode == "require" || sslmode == "verify-ca" || sslmode == "verify-full";
}

// Whether the server answers a plain connection attempt. Asked only after a TLS connection got no answer,
// to tell a refused certificate (or a server without TLS) from a server that is down: libpq reports both
// without an SQLSTATE. The attempt carries a user name that is nobody's and a dummy password (so libpq takes
// none from PGPASSWORD or a password file), so nothing of the till's login travels unencrypted; any answer
// (even "no such user" or "TLS only") means the server is up.
bool answers_without_tls(const std::string& url) {
    const char* keywords[] = {"dbname",   "sslmode",         "gssencmode", "user",
                              "password", "connect_timeout", nullptr};
    const char* values[] = {url.c_str(), "disable", "disable", "kassa_tls_probe", "-", "10", nullptr};
    const PGPing ping = PQpingParams(keywords, values, 1);
    return ping == PQPING_OK || ping == PQPING_REJECT;
}

}  // namespace

// The password alone on the file's first line. The file must be the owner's only, like libpq's own password
// file: a password others can read is not kept secret.
std::string read_password(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
        throw CentralError(CentralProblem::password_file_unreadable, path);
    }
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        throw CentralError(CentralProblem::password_file_open_to_others, path);
    }
    std::ifstream file(path);
    std::string password;
    if (!file || !std::getline(file, password)) {
        throw CentralError(CentralProblem::password_file_unreadable, path);
    }
    if (!password.empty() && password.back() == '\r') {
        password.pop_back();
    }
    return password;
}

void wipe(std::string& secret) {
    // volatile: the compiler may not drop writes to memory that is freed right after.
    volatile char* bytes = secret.data();
    for (std::size_t i = 0; i < secret.size(); ++i) {
        bytes[i] = '\0';
    }
    secret.clear();
}

std::int64_t Result::affected() const {
    const char* count = PQcmdTuples(result_.get());
    return count && *count ? std::stoll(count) : 0;
}

Pg::Pg(const Address& address) {
    const ConninfoOptions parsed = parse_url(address.url);
    if (!parsed.value("password").empty()) {
        throw CentralError(CentralProblem::password_in_url, {});
    }
    const std::string host = parsed.value("host");
    where_ = host.empty() ? "localhost" : host;
    std::string password =
        address.password_file.empty() ? std::string() : read_password(address.password_file);
    // dbname with expand_dbname = 1 reads the URL; the password is a separate keyword, never in the URL, so
    // it is in no argument list and no message. connect_timeout bounds a host that does not answer.
    // A link that dies silently in the middle of a query (a pulled cable, a router that forgets the
    // connection) would leave the till's sync waiting for a reply for the kernel's default of hours: TCP
    // keepalives probe an idle connection after 15 s and give up after 3 unanswered probes 5 s apart, and
    // tcp_user_timeout drops one whose sent data goes unacknowledged for 30 s, so such a round fails as
    // unreachable within about half a minute and the next one resumes. They come before dbname, so a URL
    // that sets them (a satellite link that needs longer) wins; a unix socket ignores them.
    std::vector<const char*> keywords{"keepalives",       "keepalives_idle",  "keepalives_interval",
                                      "keepalives_count", "tcp_user_timeout", "dbname",
                                      "connect_timeout",  "application_name"};
    std::vector<const char*> values{"1", "15", "5", "3", "30000", address.url.c_str(), "10", "kassa"};
    if (!address.password_file.empty()) {
        keywords.push_back("password");
        values.push_back(password.c_str());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    conn_ = PQconnectdbParams(keywords.data(), values.data(), 1);
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
        // Whether the server answers at all tells an unreachable server from one that refused this login.
        const PGPing ping = PQpingParams(keywords.data(), values.data(), 1);
        wipe(password);
        PQfinish(conn_);
        conn_ = nullptr;
        if (ping == PQPING_OK) {
            throw CentralError(CentralProblem::login_refused, parsed.value("user"));
        }
        if (ping == PQPING_NO_RESPONSE && tls_required(parsed.value("sslmode")) &&
            answers_without_tls(address.url)) {
            throw CentralError(CentralProblem::tls_refused, where_);
        }
        throw CentralError(CentralProblem::unreachable, where_);
    }
    wipe(password);
    // Every row's text is read and written in UTF-8 whatever the server's default; notices ("already
    // exists, skipping") are not printed on the till's terminal.
    exec("SET client_encoding = 'UTF8'");
    exec("SET client_min_messages = warning");
}

Pg::~Pg() {
    PQfinish(conn_);
}

Result Pg::exec(const std::string& sql, const std::vector<Param>& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params) {
        values.push_back(p ? p->c_str() : nullptr);
    }
    Result result(PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                               nullptr, nullptr, 0));
    const PGresult* raw = result.raw();
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        fail(raw);
    }
    return result;
}

void Pg::exec_script(const std::string& sql) {
    Result result(PQexec(conn_, sql.c_str()));
    const PGresult* raw = result.raw();
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        fail(raw);
    }
}

std::string Pg::setting(const char* keyword) const {
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(PQconninfo(conn_), &PQconninfoFree);
    for (const PQconninfoOption* o = options.get(); o != nullptr && o->keyword != nullptr; ++o) {
        if (std::string_view(o->keyword) == keyword) {
            return o->val != nullptr ? o->val : "";
        }
    }
    return {};
}

std::string Pg::identifier(const std::string& name) {
    std::unique_ptr<char, decltype(&PQfreemem)> quoted(PQescapeIdentifier(conn_, name.c_str(), name.size()),
                                                       &PQfreemem);
    if (!quoted) {
        throw CentralError(CentralProblem::server_refused, PQerrorMessage(conn_));
    }
    return quoted.get();
}

std::string Pg::literal(const std::string& text) {
    std::unique_ptr<char, decltype(&PQfreemem)> quoted(PQescapeLiteral(conn_, text.c_str(), text.size()),
                                                       &PQfreemem);
    if (!quoted) {
        throw CentralError(CentralProblem::server_refused, PQerrorMessage(conn_));
    }
    return quoted.get();
}

std::string Pg::scram_verifier(const std::string& password, const std::string& user) {
    std::unique_ptr<char, decltype(&PQfreemem)> verifier(
        PQencryptPasswordConn(conn_, password.c_str(), user.c_str(), "scram-sha-256"), &PQfreemem);
    if (!verifier) {
        throw CentralError(CentralProblem::server_refused, PQerrorMessage(conn_));
    }
    return verifier.get();
}

void Pg::fail(const PGresult* result) {
    if (PQstatus(conn_) == CONNECTION_BAD) {
        throw CentralError(CentralProblem::unreachable, where_);
    }
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string sqlstate = state ? state : "";
    if (sqlstate.rfind("08", 0) == 0 || sqlstate.rfind("57P", 0) == 0) {
        throw CentralError(CentralProblem::unreachable, where_);
    }
    if (sqlstate == "53100") {
        throw CentralError(CentralProblem::disk_full, where_);
    }
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    throw CentralError(CentralProblem::server_refused, (sqlstate.empty() ? std::string() : sqlstate + ": ") +
                                                           (primary ? primary : PQerrorMessage(conn_)));
}

Pg::Transaction::Transaction(Pg& pg, const char* begin) : pg_(pg) {
    pg_.exec(begin);
}

Pg::Transaction::~Transaction() {
    if (open_ && PQstatus(pg_.conn_) == CONNECTION_OK) {
        PQclear(PQexec(pg_.conn_, "ROLLBACK"));
    }
}

void Pg::Transaction::commit() {
    pg_.exec("COMMIT");
    open_ = false;
}

}  // namespace kassa::central::detail
