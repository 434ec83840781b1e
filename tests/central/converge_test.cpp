// The convergence test of issue 22, in the spirit of Jepsen (docs/sync.md, "The convergence test"): three
// tills in two shops of one company and a till of a second company run a random workload (sales with and
// without a customer, redemptions, returns, enrolments, owner's corrections) while their syncs are cut off
// (partitions), killed with SIGKILL at a chosen step, and PostgreSQL is restarted once in the middle of a
// round. Then every till syncs until nothing moves, and the test checks what the issue promises: every
// balance equal on every till and at the central and equal to its ledger, every receipt once, no ledger entry
// lost or doubled, db check clean everywhere, every conflict the workload made listed at every till, and the
// second company sees nothing of the first.
//
// Seeded: KASSA_CONVERGE_SEED=N replays a run (a failure prints its seed; "random" draws one), and
// KASSA_CONVERGE_OPS=N sets the number of operations (300 in ./test.sh, more on demand).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>

#include "central_support.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"

using namespace kassa;
using kassa::testing::at;
using kassa::testing::CentralProbe;
using kassa::testing::PostgresServer;
using kassa::testing::SyncChild;
using kassa::testing::TillFile;

namespace {

constexpr int kCompanies = 2;  // 0: "Liis OÜ" (tills 0, 1, 2), 1: "Other Shoes AS" (till 3)

std::uint64_t env_number(const char* name, std::uint64_t fallback) {
    const char* value = std::getenv(name);
    if (!value || !*value) {
        return fallback;
    }
    if (std::string(value) == "random") {
        return std::random_device{}();
    }
    return std::stoull(value);
}

struct Till {
    std::string name;
    int company = 0;
    TillFile file;
    bool partitioned = false;   // its sync is stopped: it sells on alone
    std::int64_t seen_seq = 0;  // the ledger's seq up to which its own entries are in the model

    Till(std::string till_name, int till_company, const std::string& path)
        : name(std::move(till_name)), company(till_company), file(path) {}
    store::Store& store() { return *file.store; }
};

// What the workload did, as the tills reported it at the moment: the truth the end state is checked against.
struct Model {
    std::map<std::string, int> receipts;   // id -> the till that made it
    std::map<std::string, int> refunds;    // id -> the till that made it
    std::map<std::string, int> ledger;     // entry id -> the till that wrote it
    std::map<std::string, int> customers;  // id -> the till that enrolled her
    // Successful enrolments per company and phone (as stored) or card: k of them make k - 1 conflicts at
    // every till of the company.
    std::map<std::pair<int, std::string>, int> phones;
    std::map<std::pair<int, std::string>, int> cards;
    // Coupon uses that took something off, per company and code: k of them make k - 1 coupon_reused
    // conflicts at every till of the company; and every use's id (its row crosses tills) -> its till.
    std::map<std::pair<int, std::string>, int> coupon_uses;
    std::map<std::string, int> coupon_use_ids;
    int next_twice = 0;                  // the next TWICEn code
    std::map<std::string, int> done;     // operation -> how many did something
    std::map<std::string, int> refused;  // operation -> how many the till refused (an expected refusal)
};

class World;
using Operation = void (*)(World&, int till);

constexpr int kCouponPool =
    12;  // printed single-use codes ONCE0..11 (as kept: no dashes), drawn by "coupon use"
constexpr int kTwicePool = 200;  // TWICE0..199, each used at two tills in one "coupon used twice"

// The boutique's rules with a coupon programme of printed single-use codes.
CompiledRules converge_rules() {
    auto document = nlohmann::json::parse(testing::boutique_document());
    nlohmann::json codes = nlohmann::json::array();
    for (int n = 0; n < kCouponPool; ++n) {
        codes.push_back("ONCE" + std::to_string(n));
    }
    for (int n = 0; n < kTwicePool; ++n) {
        codes.push_back("TWICE" + std::to_string(n));
    }
    document["programs"].push_back({{"id", "printed"},
                                    {"type", "coupon"},
                                    {"codes", codes},
                                    {"effect", {{"type", "amount_off"}, {"amount", 500}}}});
    return testing::compile(document.dump());
}

class World {
  public:
    World(std::uint64_t seed, int ops) : seed_(seed), ops_(ops), rng_(seed) {
        central::Central admin(testing::central_address(server));
        admin.init();
        admin.add_company("Liis OÜ");
        admin.add_shop("Liis OÜ", "Tallinn");
        admin.add_shop("Liis OÜ", "Tartu");
        admin.add_company("Other Shoes AS");
        admin.add_shop("Other Shoes AS", "Pärnu");
        const struct {
            const char* shop;
            const char* till;
            int company;
        } tills[] = {{"Tallinn", "till 1", 0},
                     {"Tallinn", "till 2", 0},
                     {"Tartu", "till 1", 0},
                     {"Pärnu", "till 1", 1}};
        for (const auto& t : tills) {
            auto till = std::make_unique<Till>(std::string(t.shop) + " " + t.till, t.company,
                                               dir.file("till" + std::to_string(tills_.size()) + ".kassa"));
            central::join(till->store(), testing::central_address(server), t.shop, t.till, now_);
            tills_.push_back(std::move(till));
        }
        company_ids_[0] = probe().text("SELECT id FROM companies WHERE name = 'Liis OÜ'");
        company_ids_[1] = probe().text("SELECT id FROM companies WHERE name = 'Other Shoes AS'");
    }

    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : rng_() % n; }
    bool chance(int percent) { return below(100) < static_cast<std::uint64_t>(percent); }
    Till& till(int i) { return *tills_[static_cast<std::size_t>(i)]; }
    int tills() const { return static_cast<int>(tills_.size()); }
    Instant now() const { return now_; }
    Model& model() { return model_; }
    const CompiledRules& rules() const { return rules_; }
    CentralProbe& probe() {
        if (!probe_) {
            probe_ = std::make_unique<CentralProbe>(server);
        }
        return *probe_;
    }
    bool server_up() const { return server_up_; }
    void stop_server() {
        probe_.reset();
        server.stop();
        server_up_ = false;
    }
    void start_server() {
        server.start();
        server_up_ = true;
    }

    // The test's whole story, for a failure's message.
    std::string where(int op, const std::string& name, int till_index) const {
        std::ostringstream out;
        out << "KASSA_CONVERGE_SEED=" << seed_ << " KASSA_CONVERGE_OPS=" << ops_ << ": operation " << op
            << " (" << name << " at " << tills_[static_cast<std::size_t>(till_index)]->name << ")";
        return out.str();
    }

    // The till's own ledger entries written since the last look: they are the model's.
    void record_ledger(int i) {
        Till& t = till(i);
        SQLite::Statement q(t.store().database().sql(),
                            "SELECT id, seq FROM ledger WHERE seq > ? AND pulled_from IS NULL ORDER BY seq");
        q.bind(1, t.seen_seq);
        while (q.executeStep()) {
            model_.ledger.emplace(q.getColumn(0).getString(), i);
        }
        t.seen_seq = t.file.number("SELECT coalesce(max(seq), 0) FROM ledger");
    }

    // The clock moves on by up to two days' worth of a forty-day run per operation, so earned points come
    // out of their 14 days' hold and get spent, and nothing reaches its expiry (365 days).
    void tick() {
        const std::int64_t span = 40LL * 24 * 3600;
        now_.unix_seconds += static_cast<std::int64_t>(below(static_cast<std::uint64_t>(2 * span / ops_)));
    }

    PostgresServer server;
    testing::TempDir dir;

  private:
    std::uint64_t seed_;
    int ops_;
    std::mt19937_64 rng_;
    CompiledRules rules_ = converge_rules();
    std::vector<std::unique_ptr<Till>> tills_;
    std::unique_ptr<CentralProbe> probe_;
    std::string company_ids_[kCompanies];
    bool server_up_ = true;
    Model model_;
    Instant now_ = at("2026-11-02T09:00:00+02:00");

  public:
    const std::string& company_id(int company) const { return company_ids_[company]; }
};

// ---- the operations: one function each, so a new kind (a customer's edit, a coupon used) is one more ----

// A random customer this till knows (enrolled here or pulled), or "" when it knows none.
std::string some_customer(World& w, int i) {
    Till& t = w.till(i);
    const std::int64_t count = t.file.number("SELECT count(*) FROM customers");
    if (count == 0) {
        return {};
    }
    SQLite::Statement q(t.store().database().sql(),
                        "SELECT id FROM customers ORDER BY rowid LIMIT 1 OFFSET ?");
    q.bind(1, static_cast<std::int64_t>(w.below(static_cast<std::uint64_t>(count))));
    REQUIRE(q.executeStep());
    return q.getColumn(0).getString();
}

store::Sale basket(World& w, int i) {
    store::Sale sale;
    sale.receipt_id = store::new_id();
    sale.cashier_id = w.till(i).file.cashier;
    sale.at = w.now();
    const int lines = 1 + static_cast<int>(w.below(3));
    for (int n = 0; n < lines; ++n) {
        const auto qty = Quantity::pieces(1 + static_cast<std::int64_t>(w.below(2)));
        if (w.chance(50)) {
            sale.lines.push_back(
                store::SaleLine{"DRESS-0412", "Linen dress", "dresses", Money::minor(7990), qty, {}, false});
        } else {
            sale.lines.push_back(
                store::SaleLine{"SCARF-01", "Silk scarf", "accessories", Money::minor(1990), qty, {}, false});
        }
    }
    sale.payments = {store::PaymentLine{store::PaymentLine::Method::cash, Money::minor(100000)}};
    return sale;
}

void commit(World& w, int i, const store::Sale& sale, const char* name) {
    const auto result = w.till(i).store().sales().commit_sale(sale, w.rules());
    w.model().receipts.emplace(result.receipt_id, i);
    ++w.model().done[name];
}

void sale_anonymous(World& w, int i) {
    commit(w, i, basket(w, i), "sale");
}

void sale_with_customer(World& w, int i) {
    store::Sale sale = basket(w, i);
    sale.customer_id = some_customer(w, i);
    commit(w, i, sale, sale.customer_id.empty() ? "sale" : "sale with a customer");
}

// Pays with as many points as the rules allow: a till that has not seen another's redemption of the same
// lot spends it again (the overdraft conflict).
void redemption(World& w, int i) {
    store::Sale sale = basket(w, i);
    sale.customer_id = some_customer(w, i);
    if (sale.customer_id.empty()) {
        ++w.model().refused["redemption"];
        return;
    }
    sale.redeem.kind = RedeemRequest::Kind::max;
    const auto result = w.till(i).store().sales().commit_sale(sale, w.rules());
    w.model().receipts.emplace(result.receipt_id, i);
    ++(result.lots_redeemed.empty() ? w.model().refused : w.model().done)["redemption"];
}

// One piece of a line of one of this till's receipts comes back (receipts stay at the till that made them).
void return_goods(World& w, int i) {
    Till& t = w.till(i);
    // A receipt that used a coupon is not returned: a full return would give the coupon back, and the
    // model counts each use as made once.
    const std::int64_t count =
        t.file.number("SELECT count(*) FROM receipts WHERE id NOT IN (SELECT receipt_id FROM coupon_uses)");
    if (count == 0) {
        ++w.model().refused["return"];
        return;
    }
    SQLite::Statement q(
        t.store().database().sql(),
        "SELECT id FROM receipts WHERE id NOT IN (SELECT receipt_id FROM coupon_uses) ORDER BY "
        "number LIMIT 1 OFFSET ?");
    q.bind(1, static_cast<std::int64_t>(w.below(static_cast<std::uint64_t>(count))));
    REQUIRE(q.executeStep());
    const auto receipt = t.store().sales().receipt(q.getColumn(0).getString());
    REQUIRE(receipt);
    std::vector<int> open;
    for (const auto& line : receipt->lines) {
        if (line.qty.thousandths() - line.refunded_qty.thousandths() >= Quantity::pieces(1).thousandths()) {
            open.push_back(line.line_no);
        }
    }
    if (open.empty()) {
        ++w.model().refused["return"];
        return;
    }
    store::Sales::RefundRequest request;
    request.refund_id = store::new_id();
    request.receipt_id = receipt->id;
    request.lines = {{open[w.below(open.size())], Quantity::pieces(1)}};
    request.cashier_id = t.file.cashier;
    request.reason = "does not fit";
    request.at = w.now();
    t.store().sales().refund(request, w.rules());
    w.model().refunds.emplace(request.refund_id, i);
    ++w.model().done["return"];
}

// A new customer with the welcome points. Phones and cards come from small pools, so two tills that have not
// seen each other enrol the same phone or card (a conflict at every till); a till that has seen it refuses.
void enrolment(World& w, int i) {
    const int pool = 40;
    store::Enrolment e;
    e.first_name = "Customer";
    e.last_name = std::to_string(w.below(1000));
    e.consents = store::Consents{true, w.chance(50), false};
    if (w.chance(75)) {
        e.phone = "5200 " + std::to_string(1000 + w.below(pool));
    }
    if (w.chance(70)) {
        e.card_number = "LIIS" + std::to_string(10000 + w.below(pool));
    }
    Till& t = w.till(i);
    std::string id;
    try {
        id = t.store().customers().enrol(e, w.now(), &w.rules());
    } catch (const store::StoreError& refusal) {
        INFO(refusal.what());
        REQUIRE((refusal.problem() == store::StoreProblem::phone_taken ||
                 refusal.problem() == store::StoreProblem::card_taken));
        ++w.model().refused["enrolment"];
        return;
    }
    w.model().customers.emplace(id, i);
    const auto customer = t.store().customers().customer(id);
    REQUIRE(customer);
    if (!customer->phone.empty()) {
        ++w.model().phones[{t.company, customer->phone}];
    }
    if (!e.card_number.empty()) {
        ++w.model().cards[{t.company, e.card_number}];
    }
    ++w.model().done["enrolment"];
}

// The owner gives or takes points by hand (taking needs the points available here).
void correction(World& w, int i) {
    const std::string customer = some_customer(w, i);
    if (customer.empty()) {
        ++w.model().refused["correction"];
        return;
    }
    const auto points = Points::of(w.chance(50) ? 50 + static_cast<std::int64_t>(w.below(200))
                                                : -(1 + static_cast<std::int64_t>(w.below(300))));
    try {
        w.till(i).store().customers().adjust_points(store::CustomerId{customer}, points, "goodwill",
                                                    store::Actor{"maria"}, w.now());
    } catch (const store::StoreError& refusal) {
        INFO(refusal.what());
        REQUIRE(refusal.problem() == store::StoreProblem::not_enough_points);
        ++w.model().refused["correction"];
        return;
    }
    ++w.model().done["correction"];
}

// One round in process, in batches of a random size. A cut-off till does not sync; with the server down the
// round says so (unreachable) and the till keeps everything.
void sync_round(World& w, int i) {
    if (w.till(i).partitioned) {
        ++w.model().refused["sync"];
        return;
    }
    central::SyncOptions options;
    const int sizes[] = {3, 7, 50, 500};
    options.batch_rows = sizes[w.below(4)];
    try {
        central::sync(w.till(i).store(), w.now(), options);
    } catch (const central::CentralError& e) {
        INFO(e.what());
        REQUIRE(!w.server_up());
        REQUIRE(e.problem() == central::CentralProblem::unreachable);
        ++w.model().refused["sync"];
        return;
    }
    ++w.model().done["sync"];
}

// `kassactl sync` in batches of four, killed with SIGKILL at a step chosen by the seed (it may end first).
void sync_killed(World& w, int i) {
    if (w.till(i).partitioned) {
        ++w.model().refused["sync killed"];
        return;
    }
    const int kill_at = 1 + static_cast<int>(w.below(12));
    SyncChild child(w.till(i).file.path, 4);
    int steps = 0;
    while (child.step()) {
        if (++steps == kill_at) {
            child.kill();
            ++w.model().done["sync killed"];
            return;
        }
        child.go_on();
    }
    const int status = child.finish();
    INFO(child.output());
    REQUIRE(status == (w.server_up() ? 0 : 1));
    ++w.model().refused["sync killed"];  // ended before its step
}

// A sale with one printed single-use code from a small pool: a till that knows it used (here or pulled)
// does not take it off; two tills that did not see each other's use both do (coupon_reused at every till).
bool sale_with_code(World& w, int i, const std::string& code) {
    store::Sale sale = basket(w, i);
    sale.coupon_codes = {code};
    const auto result = w.till(i).store().sales().commit_sale(sale, w.rules());
    w.model().receipts.emplace(result.receipt_id, i);
    if (result.quote.coupons_applied.empty()) {
        return false;
    }
    ++w.model().coupon_uses[{w.till(i).company, code}];
    SQLite::Statement q(w.till(i).store().database().sql(),
                        "SELECT id FROM coupon_uses WHERE receipt_id = ?");
    q.bind(1, result.receipt_id);
    REQUIRE(q.executeStep());
    w.model().coupon_use_ids.emplace(q.getColumn(0).getString(), i);
    return true;
}

void coupon_use(World& w, int i) {
    const std::string code = "ONCE" + std::to_string(w.below(kCouponPool));
    ++(sale_with_code(w, i, code) ? w.model().done : w.model().refused)["coupon use"];
}

// A fresh code used at this till and at another till of its company before either syncs: the two tills did
// not see each other's use, whether they are cut off or not.
void coupon_used_twice(World& w, int i) {
    if (w.model().next_twice >= kTwicePool) {
        ++w.model().refused["coupon used twice"];
        return;
    }
    const std::string code = "TWICE" + std::to_string(w.model().next_twice++);
    REQUIRE(sale_with_code(w, i, code));
    std::vector<int> others;
    for (int n = 0; n < w.tills(); ++n) {
        if (n != i && w.till(n).company == w.till(i).company) {
            others.push_back(n);
        }
    }
    if (!others.empty()) {
        const int other = others[w.below(others.size())];
        REQUIRE(sale_with_code(w, other, code));
        w.record_ledger(other);
    }
    ++w.model().done["coupon used twice"];
}

// Cuts the till off, or heals it when it is cut off already. At most two tills are cut off at once, so the
// others keep syncing with each other while they are apart.
void partition(World& w, int i) {
    int cut = 0;
    for (int n = 0; n < w.tills(); ++n) {
        cut += w.till(n).partitioned ? 1 : 0;
    }
    Till& t = w.till(i);
    t.partitioned = !t.partitioned && cut < 2;
    ++w.model().done[t.partitioned ? "partition" : "heal"];
}

struct OperationKind {
    const char* name;
    int weight;
    Operation run;
};

const OperationKind kKinds[] = {
    {"sale", 14, sale_anonymous},
    {"sale with a customer", 24, sale_with_customer},
    {"redemption", 12, redemption},
    {"return", 8, return_goods},
    {"enrolment", 10, enrolment},
    {"correction", 4, correction},
    {"sync", 16, sync_round},
    {"sync killed", 5, sync_killed},
    {"partition", 4, partition},
    {"coupon use", 6, coupon_use},
    {"coupon used twice", 2, coupon_used_twice},
    // To add: {"customer edit", ..., edit_customer} (a field changed at two tills: the hybrid logical
    // clock's last writer everywhere, the other value in the audit) and {"merge", ...} (the owner merges two
    // customers at some till).
};

// PostgreSQL restarted in the middle of one till's round: stopped at a step chosen by the seed, left down for
// a few operations (the tills sell on, their syncs fail as unreachable), then started again.
void restart_in_round(World& w, int i) {
    central::SyncOptions options;
    options.batch_rows = 3;
    const int stop_at = 1 + static_cast<int>(w.below(6));
    int steps = 0;
    options.on_step = [&](central::SyncStep, int) {
        if (++steps == stop_at) {
            w.stop_server();
        }
    };
    try {
        central::sync(w.till(i).store(), w.now(), options);
    } catch (const central::CentralError& e) {
        REQUIRE(e.problem() == central::CentralProblem::unreachable);
    }
    if (w.server_up()) {
        w.stop_server();  // the round had fewer steps: the server goes down between rounds instead
    }
    ++w.model().done["PostgreSQL stopped"];
}

// ---- the end state ----

std::set<std::string> column_set(TillFile& till, const std::string& sql) {
    std::set<std::string> out;
    SQLite::Statement q(till.store->database().sql(), sql);
    while (q.executeStep()) {
        out.insert(q.getColumn(0).getString());
    }
    return out;
}

template <typename Map>
std::set<std::string> keys_where(const Map& map, const std::function<bool(int)>& wanted) {
    std::set<std::string> out;
    for (const auto& [key, till] : map) {
        if (wanted(till)) {
            out.insert(key);
        }
    }
    return out;
}

std::multiset<std::string> conflicts(TillFile& till, store::SyncConflictKind kind) {
    std::multiset<std::string> out;
    for (const auto& c : store::SyncLog(*till.store).conflicts()) {
        if (c.kind == kind) {
            out.insert(c.subject);
        }
    }
    return out;
}

void check_converged(World& w) {
    CentralProbe& probe = w.probe();
    const auto in_company = [&](int company) {
        return [&w, company](int till) { return w.till(till).company == company; };
    };
    for (int i = 0; i < w.tills(); ++i) {
        Till& t = w.till(i);
        INFO(t.name);
        const auto problems = t.store().maintenance().check();
        for (const auto& p : problems) {
            UNSCOPED_INFO(p);
        }
        CHECK(problems.empty());
        CHECK(store::SyncLog(t.store()).waiting() == 0);
        const std::string company = w.company_id(t.company);
        const std::string at_central = "company_id = '" + company + "'";

        // The company's customers and ledger entries, every one of them, and no other company's.
        const auto customers = keys_where(w.model().customers, in_company(t.company));
        CHECK(column_set(t.file, "SELECT id FROM customers") == customers);
        const auto central_customers = probe.column("SELECT id::text FROM customers WHERE " + at_central);
        CHECK(std::set<std::string>(central_customers.begin(), central_customers.end()) == customers);
        const auto ledger = keys_where(w.model().ledger, in_company(t.company));
        CHECK(column_set(t.file, "SELECT id FROM ledger") == ledger);
        const auto central_ledger = probe.column("SELECT id::text FROM ledger WHERE " + at_central);
        CHECK(central_ledger.size() == ledger.size());
        CHECK(std::set<std::string>(central_ledger.begin(), central_ledger.end()) == ledger);

        // Every balance: the till's cached one, its ledger's sum and the central's sum, customer by customer.
        const auto balances = column_set(t.file, "SELECT c.id || ':' || c.balance_cached FROM customers c");
        const auto sums = column_set(
            t.file,
            "SELECT c.id || ':' || (SELECT coalesce(sum(points), 0) FROM ledger WHERE customer_id = "
            "c.id) FROM customers c");
        CHECK(balances == sums);
        const auto central_sums = probe.column(
            "SELECT c.id::text || ':' || (SELECT coalesce(sum(l.points), 0) FROM ledger l WHERE l.company_id "
            "= "
            "c.company_id AND l.customer_id = c.id) FROM customers c WHERE c." +
            at_central);
        CHECK(std::set<std::string>(central_sums.begin(), central_sums.end()) == balances);
        // Every lot holds what its points less all its movements at every till leave (never below zero).
        const auto lots = column_set(t.file, "SELECT id || ':' || remaining FROM lots");
        const auto central_lots = probe.column(
            "SELECT o.id::text || ':' || greatest(0, o.points + coalesce((SELECT sum(m.points) FROM "
            "lot_movements m "
            "WHERE m.company_id = o.company_id AND m.lot_id = o.id), 0)) FROM lots o WHERE o." +
            at_central);
        CHECK(std::set<std::string>(central_lots.begin(), central_lots.end()) == lots);

        // Receipts and refunds stay at the till that made them and are at the central once each.
        CHECK(column_set(t.file, "SELECT id FROM receipts") ==
              keys_where(w.model().receipts, [i](int till) { return till == i; }));
        CHECK(column_set(t.file, "SELECT id FROM refunds") ==
              keys_where(w.model().refunds, [i](int till) { return till == i; }));

        // Every conflict the workload made, at every till of the company: a phone or a card enrolled k times
        // is listed k - 1 times, and a lot is listed as overdrawn exactly when its movements took more than
        // it had.
        std::multiset<std::string> phones;
        std::multiset<std::string> cards;
        for (const auto& [key, count] : w.model().phones) {
            for (int n = 1; key.first == t.company && n < count; ++n) {
                phones.insert(key.second);
            }
        }
        for (const auto& [key, count] : w.model().cards) {
            for (int n = 1; key.first == t.company && n < count; ++n) {
                cards.insert(key.second);
            }
        }
        CHECK(conflicts(t.file, store::SyncConflictKind::phone_taken) == phones);
        CHECK(conflicts(t.file, store::SyncConflictKind::card_taken) == cards);
        const auto overdrawn_central = probe.column(
            "SELECT o.id::text FROM lots o WHERE o." + at_central +
            " AND o.points + coalesce((SELECT sum(m.points) FROM lot_movements m WHERE m.company_id = "
            "o.company_id AND m.lot_id = o.id), 0) < 0");
        const auto overdrawn = conflicts(t.file, store::SyncConflictKind::overdrawn_lot);
        CHECK(std::set<std::string>(overdrawn.begin(), overdrawn.end()) ==
              std::set<std::string>(overdrawn_central.begin(), overdrawn_central.end()));

        // Every coupon use of the company at every till and once at the central, each code used here, and a
        // code used k times listed k - 1 times (both sales stand).
        const auto uses = keys_where(w.model().coupon_use_ids, in_company(t.company));
        CHECK(column_set(t.file, "SELECT id FROM coupon_uses") == uses);
        const auto central_uses = probe.column("SELECT id FROM coupon_uses WHERE " + at_central);
        CHECK(central_uses.size() == uses.size());
        CHECK(std::set<std::string>(central_uses.begin(), central_uses.end()) == uses);
        std::multiset<std::string> reused;
        for (const auto& [key, count] : w.model().coupon_uses) {
            if (key.first == t.company) {
                CHECK(t.store().sales().coupon_ref(key.second).used);
            }
            for (int n = 1; key.first == t.company && n < count; ++n) {
                reused.insert(key.second);
            }
        }
        CHECK(conflicts(t.file, store::SyncConflictKind::coupon_reused) == reused);
    }
    // Each receipt, its lines and payments, and each refund, once at the central, from the till that made it.
    for (int company = 0; company < kCompanies; ++company) {
        const std::string at_central = "company_id = '" + w.company_id(company) + "'";
        const auto receipts = probe.column("SELECT id::text FROM receipts WHERE " + at_central);
        CHECK(receipts.size() == keys_where(w.model().receipts, in_company(company)).size());
        CHECK(std::set<std::string>(receipts.begin(), receipts.end()) ==
              keys_where(w.model().receipts, in_company(company)));
        const auto refunds = probe.column("SELECT id::text FROM refunds WHERE " + at_central);
        CHECK(std::set<std::string>(refunds.begin(), refunds.end()) ==
              keys_where(w.model().refunds, in_company(company)));
        std::int64_t lines = 0;
        std::int64_t payments = 0;
        for (int i = 0; i < w.tills(); ++i) {
            if (w.till(i).company == company) {
                lines += w.till(i).file.number("SELECT count(*) FROM receipt_lines");
                payments += w.till(i).file.number("SELECT count(*) FROM payments");
            }
        }
        CHECK(probe.number("SELECT count(*) FROM receipt_lines WHERE " + at_central) == lines);
        CHECK(probe.number("SELECT count(*) FROM payments WHERE " + at_central) == payments);
    }
    CHECK(probe.number("SELECT count(*) FROM receipts r JOIN tills t ON t.id = r.till_id AND t.company_id <> "
                       "r.company_id") == 0);
}

}  // namespace

TEST_CASE(
    "Three tills of one company and a till of another converge after a random workload with partitions "
    "kills and a PostgreSQL restart",
    "[converge]") {
    const std::uint64_t seed = env_number("KASSA_CONVERGE_SEED", 22);
    const int ops = static_cast<int>(env_number("KASSA_CONVERGE_OPS", 300));
    REQUIRE(ops >= 20);
    World w(seed, ops);
    INFO("replay with KASSA_CONVERGE_SEED=" << seed << " KASSA_CONVERGE_OPS=" << ops);
    int total_weight = 0;
    for (const auto& k : kKinds) {
        total_weight += k.weight;
    }
    // The restart falls in the middle third, and the server stays down for a few operations.
    const int restart_at = ops / 3 + static_cast<int>(w.below(static_cast<std::uint64_t>(ops / 3)));
    const int down_for = 3 + static_cast<int>(w.below(10));
    for (int op = 0; op < ops; ++op) {
        w.tick();
        const int i = static_cast<int>(w.below(static_cast<std::uint64_t>(w.tills())));
        if (op == restart_at) {
            INFO(w.where(op, "PostgreSQL restart", i));
            restart_in_round(w, i);
            continue;
        }
        if (op == restart_at + down_for) {
            w.start_server();
            ++w.model().done["PostgreSQL started"];
        }
        int pick = static_cast<int>(w.below(static_cast<std::uint64_t>(total_weight)));
        const OperationKind* kind = &kKinds[0];
        for (const auto& k : kKinds) {
            if (pick < k.weight) {
                kind = &k;
                break;
            }
            pick -= k.weight;
        }
        INFO(w.where(op, kind->name, i));
        try {
            kind->run(w, i);
        } catch (const std::exception& e) {
            FAIL(e.what());
        }
        w.record_ledger(i);
    }
    if (!w.server_up()) {
        w.start_server();
    }
    // Quiescence: every till connected again, rounds until a whole pass moves nothing.
    int passes = 0;
    for (bool moved = true; moved; ++passes) {
        REQUIRE(passes < 6);
        moved = false;
        for (int i = 0; i < w.tills(); ++i) {
            w.till(i).partitioned = false;
            const auto report = central::sync(w.till(i).store(), w.now());
            moved = moved || report.pushed > 0 || report.pulled > 0;
            w.record_ledger(i);
        }
    }
    std::ostringstream story;
    story << "seed " << seed << ", " << ops << " operations, quiet after " << passes << " passes:";
    for (const auto& [name, count] : w.model().done) {
        story << ' ' << name << ' ' << count << ',';
    }
    story << " refused:";
    for (const auto& [name, count] : w.model().refused) {
        story << ' ' << name << ' ' << count << ',';
    }
    story << " conflicts at " << w.till(0).name << ":";
    for (const auto kind : {store::SyncConflictKind::overdrawn_lot, store::SyncConflictKind::phone_taken,
                            store::SyncConflictKind::card_taken, store::SyncConflictKind::coupon_reused}) {
        story << ' ' << conflicts(w.till(0).file, kind).size();
    }
    story << " (overdrawn lot, phone, card, coupon)";
    INFO(story.str());
    WARN(story.str());
    check_converged(w);
    // The workload did what it is for: sales, redemptions, returns and enrolments happened, syncs were
    // killed.
    if (ops >= 200) {
        for (const char* name : {"sale", "sale with a customer", "redemption", "return", "enrolment", "sync",
                                 "sync killed", "partition", "coupon use", "coupon used twice"}) {
            INFO(name);
            CHECK(w.model().done[name] > 0);
        }
    }
}
