// The central database's security (docs/security.md, "The central database"), on a real PostgreSQL: each
// till logs in as its own role, which with its own SQL reads only its company's rows, inserts only its own,
// updates nothing but its company's change number and deletes nothing; a till with another till's login is
// refused before anything is written; TLS with a certificate checked against a CA (a wrong CA is refused);
// and no password in an argument list, kassactl's output, an error message, the shop file or the server's
// log.
#include <SQLiteCpp/SQLiteCpp.h>
#include <libpq-fe.h>
#include <pwd.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>

#include "boutique_shop.hpp"
#include "kassa/central/central.hpp"
#include "kassa/central/sync.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/sync_log.hpp"
#include "postgres_server.hpp"

using namespace kassa;
using kassa::testing::at;
using kassa::testing::BoutiqueShop;
using kassa::testing::PostgresOptions;
using kassa::testing::PostgresServer;

namespace {

const Instant kNow = at("2026-11-25T16:00:00+02:00");

std::string file_text(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(file), {});
}

std::string first_line(const std::string& path) {
    std::ifstream file(path);
    std::string line;
    std::getline(file, line);
    return line;
}

// A till with nobody enrolled: its own shop file with the boutique's settings and rules.
struct EmptyTill {
    testing::TempDir dir;
    std::string path = dir.file("till.kassa");
    store::Store store{path, store::Database::Mode::create_if_missing};

    EmptyTill() {
        store::ShopSettings settings;
        settings.name = "Boutique Liis";
        store.shop().save_settings(settings);
        store.rules().save_rules(testing::boutique_document(), store::Actor{"maria"}, "first rules",
                                 at("2026-01-01T10:00:00Z"));
    }
};

// One libpq connection with a URL and a password file, as a till's stolen credentials would be used: plain
// SQL, no Kassa code in between.
class Sql {
  public:
    Sql(const std::string& url, const std::string& password_file) {
        const std::string password = first_line(password_file);
        const char* keywords[] = {"dbname", "password", nullptr};
        const char* values[] = {url.c_str(), password.c_str(), nullptr};
        conn_.reset(PQconnectdbParams(keywords, values, 1));
        INFO(PQerrorMessage(conn_.get()));
        REQUIRE(PQstatus(conn_.get()) == CONNECTION_OK);
    }
    static Sql of(store::Store& till) {
        const auto m = store::SyncLog(till).membership();
        REQUIRE(m);
        return Sql(m->central_url, m->password_file);
    }

    std::string text(const std::string& sql) {
        std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn_.get(), sql.c_str()), &PQclear);
        INFO(sql << ": " << PQerrorMessage(conn_.get()));
        REQUIRE(PQresultStatus(result.get()) == PGRES_TUPLES_OK);
        return PQgetisnull(result.get(), 0, 0) ? std::string() : PQgetvalue(result.get(), 0, 0);
    }
    std::int64_t number(const std::string& sql) { return std::stoll(text(sql)); }
    // Runs a statement; returns its SQLSTATE ("" when it succeeded) and the rows it changed.
    std::pair<std::string, std::int64_t> run(const std::string& sql) {
        std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn_.get(), sql.c_str()), &PQclear);
        const ExecStatusType status = PQresultStatus(result.get());
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
            const char* count = PQcmdTuples(result.get());
            return {"", count && *count ? std::stoll(count) : 0};
        }
        const char* state = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
        return {state ? state : "?", 0};
    }
    std::string refused(const std::string& sql) {
        const auto [state, rows] = run(sql);
        INFO(sql);
        CHECK_FALSE(state.empty());
        return state;
    }
    [[nodiscard]] bool tls() const { return PQsslInUse(conn_.get()) == 1; }

  private:
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn_{nullptr, &PQfinish};
};

// The fixture's superuser, for setting up and for looking at everything.
Sql superuser(const PostgresServer& server) {
    return Sql(server.url(), server.password_file());
}

std::string digest(Sql& sql) {
    std::string out;
    for (const char* table :
         {"companies", "shops", "tills", "till_logins", "customers", "cards", "consents", "receipts",
          "receipt_lines", "payments", "ledger", "lots", "lot_movements", "refunds", "refund_lines"}) {
        out += sql.text(std::string("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY "
                                    "t::text)), '') FROM ") +
                        table + " t") +
               "\n";
    }
    return out;
}

void sell_dress(BoutiqueShop& shop) {
    store::Sale sale;
    sale.receipt_id = store::new_id();
    sale.customer_id = shop.olga;
    sale.card_number = testing::kOlgaCard;
    sale.cashier_id = shop.anna;
    sale.at = kNow;
    sale.shift_id = shop.shift;
    sale.lines = {store::SaleLine{
        "DRESS-0412", "Linen dress", "dresses", Money::minor(7990), Quantity::pieces(1), {}, false}};
    sale.payments = {store::PaymentLine{store::PaymentLine::Method::cash, Money::minor(10000)}};
    shop.store.sales().commit_sale(sale, shop.rules);
}

central::CentralProblem problem_of(const std::function<void()>& call, std::string* sentence = nullptr) {
    try {
        call();
    } catch (const central::CentralError& e) {
        if (sentence) {
            *sentence = e.what();
        }
        return e.problem();
    }
    FAIL("no problem");
    return central::CentralProblem::server_refused;
}

// The office of a real business: its admin is not a superuser but the owner of its own database, allowed to
// create roles (docs/security.md). Two companies: "Liis OÜ" (shop Tallinn, tills 1 and 2) and "Other Shoes
// AS" (shop Tartu, one till).
struct Office {
    PostgresServer server;
    std::string admin_password_file = server.dir() + "/office.pw";
    central::Address admin{"postgresql://office@/office?host=" + server.dir(), admin_password_file};
    BoutiqueShop till1;
    EmptyTill till2;
    EmptyTill other;
    std::string liis;
    std::string other_shoes;

    Office() {
        {
            Sql root = superuser(server);
            REQUIRE(root.run("CREATE ROLE office LOGIN CREATEROLE PASSWORD 'office-secret-3'").first.empty());
            REQUIRE(root.run("CREATE DATABASE office OWNER office").first.empty());
        }
        std::ofstream(admin_password_file) << "office-secret-3\n";
        REQUIRE(::chmod(admin_password_file.c_str(), 0600) == 0);
        central::Central office(admin);
        REQUIRE(office.init() == central::Central::current_schema_version());
        liis = office.add_company("Liis OÜ");
        office.add_shop("Liis OÜ", "Tallinn");
        other_shoes = office.add_company("Other Shoes AS");
        office.add_shop("Other Shoes AS", "Tartu");
        central::join(till1.store, admin, "Tallinn", "till 1", kNow);
        central::join(till2.store, admin, "Tallinn", "till 2", kNow);
        central::join(other.store, admin, "Tartu", "till 1", kNow);
    }

    [[nodiscard]] std::string till_id(store::Store& till) const {
        return store::SyncLog(till).membership()->till_id;
    }
    Sql as_admin() const { return Sql(admin.url, admin.password_file); }
};

}  // namespace

TEST_CASE("A till's own login reads only its company's rows and inserts only its own with its own SQL",
          "[sync][security]") {
    Office o;
    sell_dress(o.till1);
    REQUIRE(central::sync(o.till1.store, kNow).pushed > 0);
    store::Enrolment mari;
    mari.first_name = "Mari";
    mari.phone = "5555 0101";
    mari.consents = store::Consents{true, false, false};
    o.other.store.customers().enrol(mari, kNow);
    REQUIRE(central::sync(o.other.store, kNow).pushed > 0);
    Sql admin = o.as_admin();
    REQUIRE(admin.number("SELECT count(*) FROM customers") == 2);
    const std::string before = digest(admin);

    // The other company's till sees its own company and nothing of the boutique's.
    Sql other = Sql::of(o.other.store);
    CHECK(other.number("SELECT count(*) FROM customers") == 1);
    CHECK(other.text("SELECT first_name FROM customers") == "Mari");
    CHECK(other.number("SELECT count(*) FROM customers WHERE company_id = '" + o.liis + "'") == 0);
    CHECK(other.number("SELECT count(*) FROM ledger WHERE company_id = '" + o.liis + "'") == 0);
    CHECK(other.number("SELECT count(*) FROM receipts") == 0);
    CHECK(other.number("SELECT count(*) FROM receipt_lines") == 0);
    CHECK(other.number("SELECT count(*) FROM payments") == 0);
    CHECK(other.number("SELECT count(*) FROM cards") == 0);
    CHECK(other.text("SELECT string_agg(name, ',') FROM companies") == "Other Shoes AS");
    CHECK(other.text("SELECT string_agg(name, ',') FROM shops") == "Tartu");
    CHECK(other.number("SELECT count(*) FROM tills") == 1);
    CHECK(other.number("SELECT count(*) FROM till_logins") == 1);

    // Till 1 sees its company's rows, both tills of its shop, and only its own company.
    Sql till1 = Sql::of(o.till1.store);
    CHECK(till1.text("SELECT string_agg(first_name, ',') FROM customers") == "Olga");
    CHECK(till1.number("SELECT count(*) FROM receipts") == 1);
    CHECK(till1.number("SELECT count(*) FROM tills") == 2);
    CHECK(till1.text("SELECT string_agg(name, ',') FROM companies") == "Liis OÜ");

    const std::string own_till = o.till_id(o.till1.store);
    const std::string till2_id = o.till_id(o.till2.store);
    const auto customer = [](const std::string& company, const std::string& till) {
        return "INSERT INTO customers(company_id, id, seq, till_id, first_name, last_name, created_at, "
               "personal_consent, sms_consent, email_consent) VALUES ('" +
               company + "', 'c-test', 999, '" + till + "', 'Eve', 'Evil', '2026-11-25T14:00:00Z', 1, 0, 0)";
    };
    // Its own row in its own company goes in (so the refusals below are the policies, not a bad statement).
    REQUIRE(till1.run("BEGIN").first.empty());
    CHECK(till1.run(customer(o.liis, own_till)) == std::pair<std::string, std::int64_t>{"", 1});
    REQUIRE(till1.run("ROLLBACK").first.empty());
    // Rows under another till's id or in another company: refused by row-level security.
    CHECK(till1.refused(customer(o.liis, till2_id)) == "42501");
    CHECK(till1.refused(customer(o.other_shoes, own_till)) == "42501");
    // The lines of a receipt another till wrote: refused.
    Sql till2 = Sql::of(o.till2.store);
    const std::string receipt = till1.text("SELECT id FROM receipts");
    CHECK(till2.refused("INSERT INTO payments(company_id, receipt_id, seq, method, amount) VALUES ('" +
                        o.liis + "', '" + receipt + "', 9, 'cash', 1)") == "42501");
    // No update, no delete, nothing of the company's set-up.
    CHECK(till1.refused("UPDATE customers SET first_name = 'X'") == "42501");
    CHECK(till1.refused("UPDATE ledger SET points = points * 100") == "42501");
    CHECK(till1.refused("DELETE FROM ledger") == "42501");
    CHECK(till1.refused("DELETE FROM customers WHERE first_name = 'Olga'") == "42501");
    CHECK(till1.refused("TRUNCATE receipts CASCADE") == "42501");
    CHECK(till1.refused("UPDATE companies SET name = 'Mine now'") == "42501");
    CHECK(till1.refused(
              "INSERT INTO tills(id, company_id, shop_id, name) SELECT gen_random_uuid(), company_id, "
              "shop_id, 'till 9' FROM tills LIMIT 1") == "42501");
    CHECK(till1.refused("INSERT INTO till_logins(role_name, company_id, till_id) VALUES (current_user, '" +
                        o.other_shoes + "', '" + o.till_id(o.other.store) + "')") == "42501");
    CHECK(till1.refused("UPDATE till_logins SET company_id = '" + o.other_shoes + "'") == "42501");
    CHECK(till1.refused("CREATE ROLE thief LOGIN PASSWORD 'x'") == "42501");
    CHECK(till1.refused("ALTER TABLE customers DISABLE ROW LEVEL SECURITY") == "42501");
    CHECK(till1.refused("SELECT kassa_protect('customers', 'none')") == "42501");
    // The change number: forward by a push's count only, and only its own company's.
    CHECK(till1.refused("UPDATE companies SET last_seq = last_seq - 1") == "23514");
    CHECK(till1.refused("UPDATE companies SET last_seq = last_seq + 1000000") == "23514");
    CHECK(till1.run("UPDATE companies SET last_seq = last_seq + 1 WHERE name = 'Other Shoes AS'") ==
          std::pair<std::string, std::int64_t>{"", 0});
    // Row-level security cannot be switched off, nor fooled by a temporary table named like the mapping.
    REQUIRE(till1.run("SET row_security = off").first.empty());
    CHECK(till1.refused("SELECT count(*) FROM customers") == "42501");
    REQUIRE(till1.run("SET row_security = on").first.empty());
    REQUIRE(till1.run("CREATE TEMP TABLE till_logins(role_name text, company_id uuid, till_id uuid)")
                .first.empty());
    REQUIRE(till1
                .run("INSERT INTO till_logins VALUES (current_user, '" + o.other_shoes + "', '" +
                     o.till_id(o.other.store) + "')")
                .first.empty());
    CHECK(till1.text("SELECT string_agg(first_name, ',') FROM public.customers") == "Olga");
    CHECK(till1.text("SELECT string_agg(name, ',') FROM public.companies") == "Liis OÜ");

    // Nothing of that reached the central; the tills sync on as before.
    CHECK(digest(admin) == before);
    CHECK(central::sync(o.till2.store, kNow).pulled > 0);
    CHECK(o.till2.store.customers().find_by_card(testing::kOlgaCard).customer);
    CHECK_FALSE(o.till2.store.customers().find_by_phone("5555 0101").customer);
    o.till2.store.customers().adjust_points(store::CustomerId{o.till1.olga}, Points::of(-10), "gift wrapping",
                                            store::Actor{"maria"}, kNow);
    CHECK(central::sync(o.till2.store, kNow).pushed > 0);
    CHECK(central::sync(o.till1.store, kNow).pulled > 0);
    CHECK(o.till1.store.customers().customer(o.till1.olga)->balance ==
          o.till2.store.customers().customer(o.till1.olga)->balance);
    CHECK(central::sync(o.other.store, kNow).pulled == 0);
}

TEST_CASE("Join gives each till its own login and password file and never keeps the admin's",
          "[sync][security]") {
    Office o;
    for (store::Store* till : {&o.till1.store, &o.till2.store, &o.other.store}) {
        const auto m = store::SyncLog(*till).membership();
        REQUIRE(m);
        const std::string login = central::Central::till_login_name(m->till_id);
        CHECK(m->central_url.rfind("postgresql://" + login + "@/office?", 0) == 0);
        CHECK(m->password_file == till->database().path() + ".central.pw");
        struct stat info {};
        REQUIRE(::stat(m->password_file.c_str(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0600);
        CHECK(info.st_uid == ::geteuid());
        const std::string password = first_line(m->password_file);
        CHECK(password.size() == 43);
        // Neither password is in the shop file.
        const std::string raw =
            file_text(till->database().path()) + file_text(till->database().path() + "-wal");
        CHECK(raw.find(password) == std::string::npos);
        CHECK(raw.find("office-secret-3") == std::string::npos);
        CHECK(raw.find(o.admin_password_file) == std::string::npos);
    }
    CHECK(first_line(store::SyncLog(o.till1.store).membership()->password_file) !=
          first_line(store::SyncLog(o.till2.store).membership()->password_file));
    Sql root = superuser(o.server);
    CHECK(
        root.text("SELECT string_agg(DISTINCT rolsuper::text || rolcreaterole::text || rolcreatedb::text || "
                  "rolbypassrls::text || rolreplication::text || rolcanlogin::text, ',') FROM pg_roles WHERE "
                  "rolname LIKE 'kassa\\_till\\_%'") == "falsefalsefalsefalsefalsetrue");
    CHECK(root.number(
              "SELECT count(*) FROM pg_authid WHERE rolname LIKE 'kassa\\_till\\_%' AND rolpassword LIKE "
              "'SCRAM-SHA-256$%'") == 3);

    // Joining again changes nothing: same till, same password, still working.
    const std::string file = store::SyncLog(o.till1.store).membership()->password_file;
    const std::string password = first_line(file);
    const std::string id = o.till_id(o.till1.store);
    CHECK(central::join(o.till1.store, o.admin, "Tallinn", "till 1", kNow) == id);
    CHECK(first_line(file) == password);
    CHECK(central::sync(o.till1.store, kNow).pushed > 0);

    // A lost password file: joining again makes a new password and the old one stops working.
    std::filesystem::remove(file);
    central::join(o.till1.store, o.admin, "Tallinn", "till 1", kNow);
    CHECK(first_line(file).size() == 43);
    CHECK(first_line(file) != password);
    sell_dress(o.till1);
    CHECK(central::sync(o.till1.store, kNow).pushed > 0);

    // The installer runs join as root: the till's password file goes to the shop file's owner, the user the
    // till runs as (the tests run as root here and in CI; as another user, the file is that user's).
    {
        EmptyTill kiosk;
        const passwd* nobody = ::getpwnam("nobody");
        REQUIRE(nobody != nullptr);
        const bool as_root = ::geteuid() == 0;
        if (as_root) {
            REQUIRE(::chown(kiosk.path.c_str(), nobody->pw_uid, nobody->pw_gid) == 0);
        }
        central::join(kiosk.store, o.admin, "Tartu", "till 4", kNow);
        struct stat info {};
        REQUIRE(::stat((kiosk.path + ".central.pw").c_str(), &info) == 0);
        CHECK(info.st_uid == (as_root ? nobody->pw_uid : ::geteuid()));
        CHECK((info.st_mode & 0777) == 0600);
    }

    // A join that stopped after the shop file (the central's part never committed) is finished by the next.
    EmptyTill late;
    central::join(late.store, o.admin, "Tartu", "till 2", kNow);
    const std::string late_id = o.till_id(late.store);
    const std::string login = central::Central::till_login_name(late_id);
    {
        Sql office = o.as_admin();
        REQUIRE(office.run("DELETE FROM till_logins WHERE till_id = '" + late_id + "'").first.empty());
        REQUIRE(office.run("DELETE FROM tills WHERE id = '" + late_id + "'").first.empty());
        REQUIRE(office.run("DROP ROLE " + login).first.empty());
    }
    CHECK(problem_of([&] { central::sync(late.store, kNow); }) == central::CentralProblem::login_refused);
    central::join(late.store, o.admin, "Tartu", "till 2", kNow);
    CHECK(o.till_id(late.store) == late_id);
    central::sync(late.store, kNow);
    CHECK(store::SyncLog(late.store).waiting() == 0);

    // The till's password file must not be the admin's, nor any file join did not make.
    EmptyTill careless;
    CHECK(problem_of([&] {
              central::join(careless.store, o.admin, "Tartu", "till 3", kNow,
                            central::JoinOptions{o.admin_password_file});
          }) == central::CentralProblem::password_file_foreign);
    const std::string someone_elses = careless.dir.file("other.pw");
    std::ofstream(someone_elses) << "office-secret-3\n";
    ::chmod(someone_elses.c_str(), 0600);
    std::string sentence;
    CHECK(problem_of(
              [&] {
                  central::join(careless.store, o.admin, "Tartu", "till 3", kNow,
                                central::JoinOptions{someone_elses});
              },
              &sentence) == central::CentralProblem::password_file_foreign);
    CHECK(sentence.find("office-secret-3") == std::string::npos);
    CHECK_FALSE(store::SyncLog(careless.store).membership());
    CHECK(problem_of([&] {
              central::join(careless.store, o.admin, "Tartu", "till 3", kNow,
                            central::JoinOptions{careless.dir.file("no/such/folder/till.pw")});
          }) == central::CentralProblem::password_file_unwritable);
    CHECK_FALSE(store::SyncLog(careless.store).membership());
}

TEST_CASE("A till using another till's or another company's login is refused and nothing is written",
          "[sync][security]") {
    Office o;
    REQUIRE(central::sync(o.till1.store, kNow).pushed > 0);
    sell_dress(o.till1);
    const std::int64_t waiting = store::SyncLog(o.till1.store).waiting();
    REQUIRE(waiting > 0);
    Sql admin = o.as_admin();
    const std::string before = digest(admin);
    const auto own = store::SyncLog(o.till1.store).membership();
    // The installer copied the wrong till's address and password file into till 1's shop file.
    const auto use_login_of = [&](store::Store& from) {
        const auto m = store::SyncLog(from).membership();
        SQLite::Statement q(o.till1.store.database().sql(),
                            "UPDATE sync_membership SET central_url = ?, password_file = ?");
        q.bind(1, m->central_url);
        q.bind(2, m->password_file);
        q.exec();
    };
    for (store::Store* wrong : {&o.other.store, &o.till2.store}) {
        use_login_of(*wrong);
        std::string sentence;
        CHECK(problem_of([&] { central::sync(o.till1.store, kNow); }, &sentence) ==
              central::CentralProblem::wrong_till_login);
        CHECK(sentence.find("belongs to another till") != std::string::npos);
        CHECK(sentence.find(first_line(store::SyncLog(*wrong).membership()->password_file)) ==
              std::string::npos);
        CHECK(store::SyncLog(o.till1.store).waiting() == waiting);
        CHECK(digest(admin) == before);
    }
    // Its own login back: the next sync sends everything.
    SQLite::Statement q(o.till1.store.database().sql(),
                        "UPDATE sync_membership SET central_url = ?, password_file = ?");
    q.bind(1, own->central_url);
    q.bind(2, own->password_file);
    q.exec();
    CHECK(central::sync(o.till1.store, kNow).pushed == waiting);
    CHECK(admin.number("SELECT count(*) FROM receipts") == 1);  // the dress sold while the login was wrong
}

TEST_CASE("A revoked till's login opens nothing and its open session sees nothing while its rows stay",
          "[sync][security]") {
    Office o;
    sell_dress(o.till1);
    REQUIRE(central::sync(o.till1.store, kNow).pushed > 0);
    REQUIRE(central::sync(o.till2.store, kNow).pulled > 0);
    Sql admin = o.as_admin();
    const std::int64_t customers = admin.number("SELECT count(*) FROM customers");
    Sql thief = Sql::of(o.till1.store);  // the stolen till still holds a connection
    REQUIRE(thief.number("SELECT count(*) FROM customers") == customers);
    REQUIRE(thief.number("SELECT count(*) FROM receipts") == 1);
    const std::string till1_id = o.till_id(o.till1.store);

    central::Central office(o.admin);
    const central::ShopRef tallinn = office.find_shop("Tallinn");
    CHECK(office.revoke_till(tallinn, "till 1") == central::Central::till_login_name(till1_id));

    CHECK(problem_of([&] { central::sync(o.till1.store, kNow); }) == central::CentralProblem::login_refused);
    // The dropped login left the group kassa_tills: its open session may read and write nothing.
    CHECK(thief.refused("SELECT count(*) FROM customers") == "42501");
    CHECK(thief.refused("SELECT count(*) FROM receipts") == "42501");
    CHECK(thief.refused(
              "INSERT INTO customers(company_id, id, seq, till_id, first_name, last_name, created_at, "
              "personal_consent, sms_consent, email_consent) VALUES ('" +
              o.liis + "', 'x', 1, '" + till1_id + "', 'A', 'B', 'now', 1, 0, 0)") == "42501");
    // Its rows stay; till 2 goes on.
    CHECK(admin.number("SELECT count(*) FROM customers") == customers);
    CHECK(admin.number("SELECT count(*) FROM receipts") == 1);
    CHECK(admin.number("SELECT count(*) FROM tills WHERE id = '" + till1_id + "'") == 1);
    sell_dress(o.till1);
    CHECK_NOTHROW(central::sync(o.till2.store, kNow));

    CHECK(office.revoke_till(tallinn, "till 1").empty());  // nothing left to drop
    CHECK(problem_of([&] { office.revoke_till(tallinn, "till 9"); }) ==
          central::CentralProblem::no_such_till);
    CHECK(problem_of([&] { office.revoke_till(office.find_shop("Tartu"), "till 2"); }) ==
          central::CentralProblem::no_such_till);

    // Found again: joining it once more gives it a new login, and what it sold meanwhile goes.
    central::join(o.till1.store, o.admin, "Tallinn", "till 1", kNow);
    CHECK(central::sync(o.till1.store, kNow).pushed > 0);
    CHECK(admin.number("SELECT count(*) FROM receipts") == 2);
}

TEST_CASE("Every table with company data is under row-level security for the tills", "[sync][security]") {
    Office o;
    Sql admin = o.as_admin();
    // A table a later migration adds fails here until it calls kassa_protect (core/central/src/schema.cpp).
    CHECK(
        admin.text("SELECT coalesce(string_agg(c.relname, ',' ORDER BY c.relname), '') FROM pg_class c WHERE "
                   "c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND "
                   "NOT (c.relrowsecurity AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND "
                   "p.polname = 'till_reads')) AND c.relname <> 'kassa_schema'") == "");
    // Tables without a company: only the schema's version (readable) and the companies (their own row).
    CHECK(admin.text("SELECT string_agg(c.relname, ',' ORDER BY c.relname) FROM pg_class c WHERE "
                     "c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT "
                     "EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = "
                     "'company_id')") == "companies,kassa_schema");
    // The tills' group may update one column of one table and delete nothing anywhere.
    CHECK(admin.text(
              "SELECT coalesce(string_agg(c.relname, ','), '') FROM pg_class c WHERE c.relnamespace = "
              "current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND (has_table_privilege("
              "'kassa_tills', c.oid, 'UPDATE') OR has_table_privilege('kassa_tills', c.oid, 'DELETE') OR "
              "has_table_privilege('kassa_tills', c.oid, 'TRUNCATE') OR has_table_privilege('kassa_tills', "
              "c.oid, 'REFERENCES') OR has_table_privilege('kassa_tills', c.oid, 'TRIGGER'))") == "");
    CHECK(admin.text(
              "SELECT string_agg(c.relname || '.' || a.attname, ',') FROM pg_class c JOIN pg_attribute a "
              "ON a.attrelid = c.oid AND a.attnum > 0 WHERE c.relnamespace = current_schema()::regnamespace "
              "AND c.relkind = 'r' AND has_column_privilege('kassa_tills', c.oid, a.attnum, 'UPDATE')") ==
          "companies.last_seq");
    // The admin's own path still works after the tills' policies: companies, shops, a till.
    central::Central office(o.admin);
    office.add_company("Third OÜ");
    office.add_shop("Third OÜ", "Pärnu");
    EmptyTill third;
    central::join(third.store, o.admin, "Pärnu", "till 1", kNow);
    // Its only row is its own rules version, saved before it joined (docs/sync.md, "Rules, catalog and
    // cashiers").
    CHECK(central::sync(third.store, kNow).pushed == 1);
}

TEST_CASE("Tills sync over TLS with the server's certificate checked and a wrong CA is refused",
          "[sync][security]") {
    PostgresServer server(PostgresOptions{true, false});
    const central::Address admin{server.tls_url(server.ca_file()), server.password_file()};
    {
        central::Central office(admin);
        office.init();
        office.add_company("Liis OÜ");
        office.add_shop("Liis OÜ", "Tallinn");
    }
    BoutiqueShop till1;
    EmptyTill till2;
    central::join(till1.store, admin, "Tallinn", "till 1", kNow);
    central::join(till2.store, admin, "Tallinn", "till 2", kNow);
    const auto m = store::SyncLog(till1.store).membership();
    CHECK(m->central_url.find("sslmode=verify-full") != std::string::npos);
    CHECK(m->central_url.find("sslrootcert=" + server.ca_file()) != std::string::npos);
    CHECK(m->central_url.find("@/postgres?") != std::string::npos);
    // The server takes TCP logins over TLS only (hostssl), so these syncs went over TLS.
    CHECK(Sql::of(till1.store).tls());
    CHECK(central::sync(till1.store, kNow).pushed > 0);
    CHECK(central::sync(till2.store, kNow).pulled > 0);
    CHECK(till2.store.customers().find_by_card(testing::kOlgaCard).customer);

    // A CA that did not sign the server's certificate: refused with its own sentence, nothing joined or sent.
    const central::Address wrong{server.tls_url(server.wrong_ca_file()), server.password_file()};
    std::string sentence;
    CHECK(problem_of([&] { central::Central office(wrong); }, &sentence) ==
          central::CentralProblem::tls_refused);
    CHECK(sentence.find("certificate") != std::string::npos);
    CHECK(sentence.find(PostgresServer::password()) == std::string::npos);
    EmptyTill till3;
    CHECK(problem_of([&] { central::join(till3.store, wrong, "Tallinn", "till 3", kNow); }) ==
          central::CentralProblem::tls_refused);
    CHECK_FALSE(store::SyncLog(till3.store).membership());
    CHECK_FALSE(std::filesystem::exists(till3.path + ".central.pw"));
    sell_dress(till1);
    const std::int64_t waiting = store::SyncLog(till1.store).waiting();
    {
        SQLite::Statement q(till1.store.database().sql(), "UPDATE sync_membership SET central_url = ?");
        q.bind(1, central::till_url(wrong.url, central::Central::till_login_name(m->till_id)));
        q.exec();
    }
    CHECK(problem_of([&] { central::sync(till1.store, kNow); }) == central::CentralProblem::tls_refused);
    CHECK(store::SyncLog(till1.store).waiting() == waiting);
    // A server that is down is not a refused certificate.
    {
        SQLite::Statement q(till1.store.database().sql(), "UPDATE sync_membership SET central_url = ?");
        q.bind(1, m->central_url);
        q.exec();
    }
    server.stop();
    CHECK(problem_of([&] { central::sync(till1.store, kNow); }) == central::CentralProblem::unreachable);
    server.start();
    CHECK(central::sync(till1.store, kNow).pushed == waiting);
}

namespace {

struct Run {
    int status = 0;
    std::string output;  // stdout and stderr
};

Run kassactl(const std::string& arguments) {
    Run run;
    FILE* pipe = ::popen((std::string(KASSACTL) + " " + arguments + " 2>&1").c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) {
        run.output.append(buffer, n);
    }
    const int status = ::pclose(pipe);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::string shell_quoted(const std::string& text) {
    return "'" + text + "'";
}

}  // namespace

TEST_CASE("No password is in kassactl's arguments or output nor in the server's log of every statement",
          "[sync][security]") {
    PostgresServer server(PostgresOptions{false, true});
    BoutiqueShop till1;
    EmptyTill till2;
    const std::string office =
        "--url " + shell_quoted(server.url()) + " --password-file " + shell_quoted(server.password_file());
    std::vector<std::string> arguments;
    std::vector<Run> runs;
    const auto run = [&](const std::string& args) {
        arguments.push_back(args);
        runs.push_back(kassactl(args));
        return runs.back();
    };
    CHECK(run("central init " + office).status == 0);
    CHECK(run("central company add " + office + " 'Liis OÜ'").status == 0);
    CHECK(run("central shop add " + office + " --company 'Liis OÜ' Tallinn").status == 0);
    const std::string till1_file = till1.dir.file("central.pw");
    const Run join = run("central join " + office + " --db " + shell_quoted(till1.path) +
                         " --shop Tallinn --till 'till 1' --till-password-file " + shell_quoted(till1_file));
    INFO(join.output);
    CHECK(join.status == 0);
    CHECK(join.output.find("with the password in " + till1_file) != std::string::npos);
    CHECK(run("central join " + office + " --db " + shell_quoted(till2.path) +
              " --shop Tallinn --till 'till 2'")
              .status == 0);
    CHECK(store::SyncLog(till1.store).membership()->password_file == till1_file);
    CHECK(run("sync --db " + shell_quoted(till1.path)).status == 0);
    const Run sync2 = run("sync --db " + shell_quoted(till2.path));
    CHECK(sync2.status == 0);
    CHECK(sync2.output.find("received 0 rows") == std::string::npos);
    // Refusals: a wrong admin password, and till 1 with till 2's password.
    const std::string wrong = till1.dir.file("wrong.pw");
    std::ofstream(wrong) << "not-the-password\n";
    ::chmod(wrong.c_str(), 0600);
    const Run refused =
        run("central join --url " + shell_quoted(server.url()) + " --password-file " + shell_quoted(wrong) +
            " --db " + shell_quoted(till2.path) + " --shop Tallinn --till 'till 2'");
    CHECK(refused.status == 2);
    CHECK(refused.output.find("refused the login") != std::string::npos);
    const std::string till1_password = first_line(till1_file);
    const std::string till2_password = first_line(till2.path + ".central.pw");
    std::filesystem::copy_file(till2.path + ".central.pw", till1_file,
                               std::filesystem::copy_options::overwrite_existing);
    const Run stolen = run("sync --db " + shell_quoted(till1.path));
    CHECK(stolen.status == 2);
    CHECK(stolen.output.find("refused the login") != std::string::npos);
    // The owner drops till 2's login (say it was stolen): its own password file opens nothing any more.
    const Run revoke = run("central till revoke " + office + " --shop Tallinn --till 'till 2'");
    INFO(revoke.output);
    CHECK(revoke.status == 0);
    CHECK(revoke.output.find("is dropped") != std::string::npos);
    const Run after = run("sync --db " + shell_quoted(till2.path));
    CHECK(after.status == 2);
    CHECK(after.output.find("refused the login") != std::string::npos);
    const Run unknown = run("central till revoke " + office + " --shop Tallinn --till 'till 7'");
    CHECK(unknown.status == 2);
    CHECK(unknown.output.find("has no till \"till 7\"") != std::string::npos);

    const std::string log = server.server_log();
    // The log holds every statement (so a password in one would be there), and the tills' roles were made
    // from SCRAM verifiers.
    CHECK(log.find("CREATE ROLE") != std::string::npos);
    CHECK(log.find("SCRAM-SHA-256$") != std::string::npos);
    for (const std::string& secret : {PostgresServer::password(), till1_password, till2_password}) {
        REQUIRE(secret.size() >= 13);
        CHECK(log.find(secret) == std::string::npos);
        for (std::size_t i = 0; i < runs.size(); ++i) {
            INFO(arguments[i]);
            CHECK(arguments[i].find(secret) == std::string::npos);
            CHECK(runs[i].output.find(secret) == std::string::npos);
        }
    }
}
