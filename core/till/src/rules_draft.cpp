#include "kassa/till/rules_draft.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "compile_document.hpp"
#include "kassa/core_json/programme_fields.hpp"
#include "kassa/core_json/rules_diff.hpp"
#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/rules_store.hpp"

namespace kassa::till {

namespace {

using nlohmann::json;
using std::chrono::year_month_day;

// "null means left out" (docs/rules.md): the forms write null for an empty optional field, and the saved
// document should not carry those nulls around.
void drop_nulls(json& value) {
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end();) {
            if (it->is_null()) {
                it = value.erase(it);
            } else {
                drop_nulls(*it);
                ++it;
            }
        }
    } else if (value.is_array()) {
        for (json& item : value) {
            drop_nulls(item);
        }
    }
}

// "programs[3].effect.percent_bp" -> 3 and "effect.percent_bp"; a path outside the programmes stays whole.
DraftError locate(const RuleError& error) {
    DraftError out{std::nullopt, error.path, error};
    static constexpr std::string_view kPrefix = "programs[";
    if (error.path.rfind(kPrefix, 0) != 0) {
        return out;
    }
    const std::size_t close = error.path.find(']', kPrefix.size());
    if (close == std::string::npos) {
        return out;
    }
    try {
        out.programme = std::stoul(error.path.substr(kPrefix.size(), close - kPrefix.size()));
    } catch (const std::exception&) {
        return out;
    }
    out.field =
        close + 1 < error.path.size() && error.path[close + 1] == '.' ? error.path.substr(close + 2) : "";
    return out;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines) {
        out += (out.empty() ? "" : "; ") + line;
    }
    return out;
}

// ---- conflicts ----

// A line discount the quote chooses among "exclusive" candidates of one step (docs/rules.md, `stacking`).
struct LineDiscount {
    const Program* program = nullptr;
    int step = 1;                         // 1: item promotions; 2: customer discounts
    std::vector<std::string> categories;  // empty and no products: every line
    std::vector<std::string> products;
    std::vector<unsigned> weekdays;  // empty: every day
};

bool is_line_effect(const PromotionEffect& effect) {
    return std::holds_alternative<PercentOff>(effect) || std::holds_alternative<FixedPrice>(effect) ||
           std::holds_alternative<BuyNGetM>(effect) || std::holds_alternative<BundlePrice>(effect);
}

std::optional<LineDiscount> line_discount_of(const Program& program) {
    LineDiscount d;
    d.program = &program;
    if (const auto* promotion = std::get_if<PromotionSettings>(&program.settings)) {
        if (!is_line_effect(promotion->effect)) {
            return std::nullopt;
        }
        d.step = promotion->conditions.segments.empty() ? 1 : 2;
        d.categories = promotion->conditions.categories;
        d.products = promotion->conditions.products;
        d.weekdays = promotion->conditions.weekdays;
        return d;
    }
    d.step = 2;
    if (const auto* tiers = std::get_if<TierSettings>(&program.settings)) {
        const bool discounts = std::any_of(tiers->levels.begin(), tiers->levels.end(),
                                           [](const TierLevel& level) { return level.discount.value() > 0; });
        return discounts ? std::optional(d) : std::nullopt;
    }
    if (const auto* fixed = std::get_if<FixedDiscountSettings>(&program.settings)) {
        d.categories = fixed->categories;
        return d;
    }
    if (const auto* birthday = std::get_if<BirthdaySettings>(&program.settings)) {
        return std::holds_alternative<PercentOff>(birthday->effect) ? std::optional(d) : std::nullopt;
    }
    if (const auto* welcome = std::get_if<WelcomeSettings>(&program.settings)) {
        return std::holds_alternative<PercentOff>(welcome->effect) ? std::optional(d) : std::nullopt;
    }
    return std::nullopt;
}

std::vector<std::string> common(std::vector<std::string> a, std::vector<std::string> b) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    std::vector<std::string> out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

// The lines both discounts can reach, as the owner names them ("" for every line), or nullopt when they
// never meet (different categories, different products, days that do not overlap).
std::optional<std::string> shared_scope(const LineDiscount& a, const LineDiscount& b) {
    const auto before = [](const std::optional<year_month_day>& to,
                           const std::optional<year_month_day>& from) { return to && from && *to < *from; };
    if (before(a.program->valid_to, b.program->valid_from) ||
        before(b.program->valid_to, a.program->valid_from)) {
        return std::nullopt;
    }
    if (!a.weekdays.empty() && !b.weekdays.empty() &&
        std::none_of(a.weekdays.begin(), a.weekdays.end(), [&b](unsigned day) {
            return std::find(b.weekdays.begin(), b.weekdays.end(), day) != b.weekdays.end();
        })) {
        return std::nullopt;
    }
    const bool a_all = a.categories.empty() && a.products.empty();
    const bool b_all = b.categories.empty() && b.products.empty();
    if (a_all && b_all) {
        return std::string();
    }
    if (a_all || b_all) {
        const LineDiscount& narrow = a_all ? b : a;
        return joined(narrow.categories.empty() ? narrow.products : narrow.categories);
    }
    auto categories = common(a.categories, b.categories);
    if (!categories.empty()) {
        return joined(categories);
    }
    auto products = common(a.products, b.products);
    if (!products.empty()) {
        return joined(products);
    }
    return std::nullopt;
}

// True when one of `weekdays` falls between `from` and `to` (a range of a week or more always has one).
bool has_weekday(const std::vector<unsigned>& weekdays, year_month_day from, year_month_day to) {
    using std::chrono::sys_days;
    for (sys_days day = sys_days(from); day <= sys_days(to) && day < sys_days(from) + std::chrono::days(7);
         day += std::chrono::days(1)) {
        const unsigned iso = std::chrono::weekday(day).iso_encoding();
        if (std::find(weekdays.begin(), weekdays.end(), iso) != weekdays.end()) {
            return true;
        }
    }
    return false;
}

std::vector<DraftConflict> conflicts_of(const Rules& rules, year_month_day today) {
    std::vector<DraftConflict> out;
    std::vector<LineDiscount> exclusive;
    for (const Program& program : rules.programs) {
        if (!program.active) {
            out.push_back({DraftConflict::Kind::inactive, program.id, {}, {}, {}});
            continue;
        }
        if (program.valid_to && *program.valid_to < today) {
            out.push_back({DraftConflict::Kind::ended, program.id, {}, {}, program.valid_to});
            continue;
        }
        if (const auto* promotion = std::get_if<PromotionSettings>(&program.settings)) {
            const auto& weekdays = promotion->conditions.weekdays;
            if (!weekdays.empty() && program.valid_from && program.valid_to &&
                !has_weekday(weekdays, *program.valid_from, *program.valid_to)) {
                out.push_back({DraftConflict::Kind::no_weekday_in_dates, program.id, {}, {}, {}});
                continue;
            }
        }
        if (program.stacking == Stacking::exclusive) {
            if (auto discount = line_discount_of(program)) {
                exclusive.push_back(std::move(*discount));
            }
        }
    }
    for (std::size_t i = 0; i < exclusive.size(); ++i) {
        for (std::size_t j = i + 1; j < exclusive.size(); ++j) {
            if (exclusive[i].step != exclusive[j].step) {
                continue;  // steps never block each other: a tier discount applies on top of a sale price
            }
            if (auto scope = shared_scope(exclusive[i], exclusive[j])) {
                out.push_back({DraftConflict::Kind::exclusive_overlap,
                               exclusive[i].program->id,
                               exclusive[j].program->id,
                               std::move(*scope),
                               {}});
            }
        }
    }
    return out;
}

std::int64_t pow10(int digits) {
    std::int64_t out = 1;
    for (int i = 0; i < digits; ++i) {
        out *= 10;
    }
    return out;
}

std::string iso_date(year_month_day date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

}  // namespace

RulesDraft::RulesDraft(store::Store& store, const Rules& running, const Clock& clock,
                       std::shared_ptr<const TimeZone> zone, std::string owner_id)
    : store_(store),
      running_(running),
      clock_(clock),
      zone_(std::move(zone)),
      owner_id_(std::move(owner_id)) {
    if (const auto current = store_.rules().current_rules()) {
        saved_ = current->second;
        document_ = json::parse(saved_, nullptr, false);
    }
    if (!document_.is_object()) {
        // A shop whose till runs always has saved rules; this only starts an empty draft in the running
        // currency and zone, should the saved text be unreadable.
        document_ = json{{"version", 1},
                         {"currency", running_.currency},
                         {"language", std::string(to_string(running_.language))},
                         {"programs", json::array()}};
        if (!running_.time_zone.empty()) {
            document_["time_zone"] = running_.time_zone;
        }
    }
    if (!document_.contains("programs") || !document_["programs"].is_array()) {
        document_["programs"] = json::array();
    }
    check();
}

std::vector<DraftProgramme> RulesDraft::programmes() const {
    std::vector<DraftProgramme> out;
    for (const json& p : document_["programs"]) {
        DraftProgramme item;
        item.id = p.value("id", std::string());
        item.name = p.contains("name") && p["name"].is_string() ? p["name"].get<std::string>() : item.id;
        if (const auto type = program_type_from_string(p.value("type", std::string()))) {
            item.type = *type;
        }
        item.active = !(p.contains("active") && p["active"].is_boolean() && !p["active"].get<bool>());
        out.push_back(std::move(item));
    }
    return out;
}

const nlohmann::json& RulesDraft::programme(std::size_t index) const {
    return document_["programs"].at(index);
}

int RulesDraft::money_digits() const {
    const auto digits = currency_minor_digits(document_.value("currency", running_.currency));
    return digits.value_or(2);
}

void RulesDraft::replace(std::size_t index, nlohmann::json programme) {
    drop_nulls(programme);
    document_["programs"].at(index) = std::move(programme);
    check();
}

std::string RulesDraft::free_id(std::string_view base) const {
    std::set<std::string> taken;
    for (const json& p : document_["programs"]) {
        taken.insert(p.value("id", std::string()));
    }
    std::string id(base);
    for (int n = 2; taken.count(id) != 0; ++n) {
        id = std::string(base) + "-" + std::to_string(n);
    }
    return id;
}

std::size_t RulesDraft::add(ProgramType type) {
    const std::int64_t major = pow10(money_digits());
    const std::string type_name(to_string(type));
    json p{{"id", free_id(type_name)}, {"type", type_name}};
    // Each value by its key in the field table the reader reads (a key it lacks throws std::logic_error).
    const auto set = [&p, type](std::string_view key, json value) {
        const auto& common = kassa::json::common_fields();
        const bool shared = std::any_of(common.begin(), common.end(),
                                        [key](const kassa::json::FieldSpec& f) { return f.key == key; });
        p[kassa::json::field(shared ? common : kassa::json::programme_fields(type), key).key] =
            std::move(value);
    };
    const auto percent_off = [](int bp) { return json{{"type", "percent_off"}, {"percent_bp", bp}}; };
    switch (type) {
        case ProgramType::bonus:
            set("accrual_bp", 500);
            break;
        case ProgramType::tiers:
            set("levels",
                json::array({json{{"name", "Silver"}, {"min_spend", 500 * major}, {"discount_bp", 300}}}));
            break;
        case ProgramType::fixed_discount:
            set("discount_bp", 1000);
            set("segments", json::array({"staff"}));
            break;
        case ProgramType::stamps:
            set("goal", 10);
            set("reward", json{{"type", "free_item"}});
            break;
        case ProgramType::coupon:
            set("effect", percent_off(1000));
            break;
        case ProgramType::promotion: {
            // A new promotion runs this week: an open-ended sale is rarely what a shop means.
            const year_month_day today = zone_->to_local(clock_.now()).date;
            set("valid_from", iso_date(today));
            set("valid_to", iso_date(std::chrono::sys_days(today) + std::chrono::days(6)));
            set("effect", percent_off(1000));
            break;
        }
        case ProgramType::birthday:
            set("days_before", 3);
            set("days_after", 3);
            set("effect", percent_off(1000));
            break;
        case ProgramType::welcome:
            set("effect", percent_off(500));
            break;
        case ProgramType::referral:
            set("referrer_points", 500);
            set("new_customer_points", 500);
            break;
        case ProgramType::reactivation:
            set("dormant_days", 90);
            set("points", 500);
            break;
        case ProgramType::next_order_coupon:
            set("threshold", 50 * major);
            set("effect", json{{"type", "amount_off"}, {"amount", 5 * major}});
            break;
    }
    document_["programs"].push_back(std::move(p));
    check();
    return document_["programs"].size() - 1;
}

void RulesDraft::remove(std::size_t index) {
    auto& programs = document_["programs"];
    if (index < programs.size()) {
        programs.erase(programs.begin() + static_cast<std::ptrdiff_t>(index));
        check();
    }
}

void RulesDraft::check() {
    errors_.clear();
    conflicts_.clear();
    auto read = kassa::json::read_rules(document_);
    for (const RuleError& error : read.errors) {
        errors_.push_back(locate(error));
    }
    if (read.rules && errors_.empty()) {
        conflicts_ = conflicts_of(*read.rules, zone_->to_local(clock_.now()).date);
    }
}

std::vector<DraftError> RulesDraft::errors_of(std::size_t index) const {
    std::vector<DraftError> out;
    std::copy_if(errors_.begin(), errors_.end(), std::back_inserter(out),
                 [index](const DraftError& e) { return e.programme == index; });
    return out;
}

std::vector<std::string> RulesDraft::changes() const {
    const json before = saved_.empty() ? json() : json::parse(saved_, nullptr, false);
    if (before.is_discarded()) {
        return {"the whole document changed"};
    }
    return kassa::json::rules_changes(before, document_);
}

store::WhatIf RulesDraft::what_if(int days) {
    const CompiledRules draft = detail::compile_document(document_, "The draft", zone_);
    const CompiledRules current = saved_.empty()
                                      ? CompiledRules(running_, zone_)
                                      : detail::compile_document(saved_, "The current rules", zone_);
    if (draft.rules().currency != current.rules().currency) {
        throw store::StoreError(
            store::StoreRefusal{store::StoreProblem::rules_other_currency, {draft.rules().currency}});
    }
    const Instant to = clock_.now();
    return store_.rules().what_if(current, draft, add_calendar_days(to, -days, *zone_), to);
}

std::int64_t RulesDraft::save(store::RulesScope scope) {
    if (!errors_.empty()) {
        throw store::StoreError(store::StoreRefusal{store::StoreProblem::rules_have_problems, {}},
                                kassa::json::describe([this] {
                                    std::vector<RuleError> raw;
                                    raw.reserve(errors_.size());
                                    for (const DraftError& e : errors_) {
                                        raw.push_back(e.rule);
                                    }
                                    return raw;
                                }()));
    }
    const std::string currency = document_.value("currency", std::string());
    if (currency != running_.currency) {
        throw store::StoreError(store::StoreRefusal{store::StoreProblem::rules_other_currency, {currency}});
    }
    const auto changed = changes();
    if (changed.empty()) {
        throw store::StoreError(store::StoreRefusal{store::StoreProblem::rules_unchanged, {}});
    }
    std::string text = document_.dump(2);
    const std::int64_t id =
        store_.rules().save_rules(text, store::Actor{owner_id_}, joined(changed), clock_.now(), scope);
    saved_ = std::move(text);
    return id;
}

std::vector<std::string> RulesDraft::generate_codes(std::size_t index, int count) {
    json& target = document_["programs"].at(index);
    std::set<std::string> taken;
    for (const json& p : document_["programs"]) {
        if (p.contains("codes") && p["codes"].is_array()) {
            for (const json& code : p["codes"]) {
                if (code.is_string()) {
                    taken.insert(code.get<std::string>());
                }
            }
        }
        if (p.contains("public_code") && p["public_code"].is_string()) {
            taken.insert(p["public_code"].get<std::string>());
        }
    }
    std::vector<std::string> fresh = store_.rules().new_coupon_codes(count, taken);
    if (!target.contains("codes") || !target["codes"].is_array()) {
        target["codes"] = json::array();
    }
    for (const std::string& code : fresh) {
        target["codes"].push_back(code);
    }
    check();
    return fresh;
}

const store::RulesVocabulary& RulesDraft::vocabulary() {
    if (!vocabulary_) {
        vocabulary_ = store_.rules().rules_vocabulary();
    }
    return *vocabulary_;
}

}  // namespace kassa::till
