#include "kassa/till/session.hpp"

#include "kassa/till/customer_card.hpp"
#include "kassa/till/returns.hpp"
#include "kassa/till/shop.hpp"

#include <algorithm>
#include <cctype>
#include <limits>
#include <utility>

#include "basket_document.hpp"
#include "kassa/core/cards.hpp"
#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/staff.hpp"
#include "till_checks.hpp"

namespace kassa::till {

using detail::acceptable_quantity;
using detail::open_shift_id;
using detail::trimmed;

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

bool is_refusal(Outcome outcome) {
    switch (outcome) {
        case Outcome::ok:
        case Outcome::product_added:
        case Outcome::quantity_changed:
        case Outcome::line_removed:
        case Outcome::customer_identified:
        case Outcome::customer_removed:
        case Outcome::coupon_added:
        case Outcome::coupon_removed:
        case Outcome::redeem_set:
        case Outcome::payment_added:
        case Outcome::sale_committed:
        case Outcome::basket_held:
        case Outcome::basket_resumed:
        case Outcome::basket_cancelled:
        case Outcome::receipt_opened:
        case Outcome::return_committed:
        case Outcome::customer_enrolled:
        case Outcome::logged_in:
        case Outcome::basket_recovered:
        case Outcome::no_receipt_return_opened:
        case Outcome::shift_opened:
        case Outcome::cash_moved:
        case Outcome::shift_closed:
        case Outcome::drawer_opened:
        case Outcome::rules_taken_up:
            return false;
        default:
            return true;
    }
}

}  // namespace

bool Notice::ok() const {
    return !is_refusal(outcome);
}

Notice refused_by_store(Outcome outcome, const store::StoreRefusal& refusal) {
    Notice notice(outcome);
    if (refusal.problem != store::StoreProblem::other) {
        notice.refusal = refusal;
    }
    return notice;
}

Notice store_failure(const store::StoreError& e) {
    Notice notice = refused_by_store(Outcome::store_failed, e.refusal());
    notice.failure = e.kind();
    return notice;
}

std::string_view outcome_name(Outcome outcome) {
    switch (outcome) {
        case Outcome::ok:
            return "ok";
        case Outcome::product_added:
            return "product_added";
        case Outcome::quantity_changed:
            return "quantity_changed";
        case Outcome::line_removed:
            return "line_removed";
        case Outcome::unknown_barcode:
            return "unknown_barcode";
        case Outcome::product_inactive:
            return "product_inactive";
        case Outcome::invalid_quantity:
            return "invalid_quantity";
        case Outcome::weight_needed:
            return "weight_needed";
        case Outcome::customer_identified:
            return "customer_identified";
        case Outcome::customer_not_found:
            return "customer_not_found";
        case Outcome::card_blocked:
            return "card_blocked";
        case Outcome::bank_card:
            return "bank_card";
        case Outcome::customer_removed:
            return "customer_removed";
        case Outcome::coupon_added:
            return "coupon_added";
        case Outcome::coupon_rejected:
            return "coupon_rejected";
        case Outcome::coupon_removed:
            return "coupon_removed";
        case Outcome::redeem_set:
            return "redeem_set";
        case Outcome::redeem_refused:
            return "redeem_refused";
        case Outcome::needs_owner:
            return "needs_owner";
        case Outcome::owner_pin_wrong:
            return "owner_pin_wrong";
        case Outcome::payment_added:
            return "payment_added";
        case Outcome::payment_short:
            return "payment_short";
        case Outcome::card_over_total:
            return "card_over_total";
        case Outcome::sale_committed:
            return "sale_committed";
        case Outcome::store_failed:
            return "store_failed";
        case Outcome::basket_empty:
            return "basket_empty";
        case Outcome::basket_held:
            return "basket_held";
        case Outcome::basket_resumed:
            return "basket_resumed";
        case Outcome::basket_cancelled:
            return "basket_cancelled";
        case Outcome::receipt_not_found:
            return "receipt_not_found";
        case Outcome::receipt_opened:
            return "receipt_opened";
        case Outcome::return_refused:
            return "return_refused";
        case Outcome::return_committed:
            return "return_committed";
        case Outcome::customer_enrolled:
            return "customer_enrolled";
        case Outcome::enrolment_refused:
            return "enrolment_refused";
        case Outcome::not_logged_in:
            return "not_logged_in";
        case Outcome::logged_in:
            return "logged_in";
        case Outcome::login_refused:
            return "login_refused";
        case Outcome::payment_in_progress:
            return "payment_in_progress";
        case Outcome::basket_not_empty:
            return "basket_not_empty";
        case Outcome::held_basket_gone:
            return "held_basket_gone";
        case Outcome::reason_needed:
            return "reason_needed";
        case Outcome::no_such_line:
            return "no_such_line";
        case Outcome::customer_needed:
            return "customer_needed";
        case Outcome::receipt_fully_returned:
            return "receipt_fully_returned";
        case Outcome::basket_recovered:
            return "basket_recovered";
        case Outcome::no_receipt_return_opened:
            return "no_receipt_return_opened";
        case Outcome::invalid_price:
            return "invalid_price";
        case Outcome::return_reason_needed:
            return "return_reason_needed";
        case Outcome::shift_needed:
            return "shift_needed";
        case Outcome::shift_opened:
            return "shift_opened";
        case Outcome::shift_refused:
            return "shift_refused";
        case Outcome::cash_moved:
            return "cash_moved";
        case Outcome::shift_closed:
            return "shift_closed";
        case Outcome::drawer_opened:
            return "drawer_opened";
        case Outcome::rules_taken_up:
            return "rules_taken_up";
        case Outcome::rules_not_taken_up:
            return "rules_not_taken_up";
    }
    return "unknown";
}

std::string receipt_barcode(std::int64_t number) {
    return "R" + std::to_string(number);
}

std::optional<std::int64_t> parse_receipt_barcode(const std::string& text) {
    const std::string t = trimmed(text);
    if (t.size() < 2 || t.size() > 19 || (t[0] != 'R' && t[0] != 'r')) {
        return std::nullopt;
    }
    std::int64_t number = 0;
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(t[i]))) {
            return std::nullopt;
        }
        number = number * 10 + (t[i] - '0');
    }
    if (number <= 0) {
        return std::nullopt;
    }
    return number;
}

TillSession::TillSession(store::Store& store, const CompiledRules& rules, const Clock& clock,
                         SessionSettings settings)
    : store_(store),
      rules_(&rules),
      clock_(clock),
      settings_(std::move(settings)),
      receipt_return_(std::make_unique<ReceiptReturn>(*this)),
      no_receipt_return_(std::make_unique<NoReceiptReturn>(*this)) {
    start_new_basket();
}

TillSession::~TillSession() = default;

void TillSession::set_rules(const CompiledRules& rules) {
    rules_ = &rules;
    own_rules_.reset();
    if (!customer_id_.empty()) {
        customer_state_ = store_.customers().quote_state(customer_id_, clock_.now(), rules_->rules());
    }
    requote();
}

std::optional<Notice> TillSession::take_rules_notice() {
    return std::exchange(rules_notice_, std::nullopt);
}

void TillSession::begin_basket() {
    // Only at a basket's start: a basket keeps the version it started with to its receipt. A session given
    // its rules without their version (tests, tools) keeps them.
    if (!lines_.empty() || !customer_id_.empty() || !coupon_codes_.empty() || payment_started() ||
        return_open() || !settings_.rules_version) {
        return;
    }
    std::optional<std::pair<std::int64_t, std::string>> newest;
    std::string shop_zone;
    try {
        const auto id = store_.rules().current_rules_version();
        if (!id || *id == *settings_.rules_version || id == rules_refused_) {
            return;
        }
        newest = store_.rules().current_rules();
        shop_zone = store_.shop().settings().time_zone;
    } catch (const store::StoreError&) {
        return;  // the file answers nothing now: this sale goes on with the rules the till has
    }
    if (!newest) {
        return;
    }
    auto compiled = compile_saved_rules(newest->first, newest->second, shop_zone);
    auto* saved = std::get_if<SavedRules>(&compiled);
    // Another currency would change what every price means mid-day: that needs the till restarted.
    if (saved == nullptr || saved->rules->rules().currency != rules_->rules().currency ||
        saved->rules->currency_digits() != rules_->currency_digits()) {
        rules_refused_ = newest->first;
        rules_notice_ = Notice{Outcome::rules_not_taken_up, std::to_string(newest->first)};
        return;
    }
    own_rules_ = std::move(saved->rules);
    rules_ = own_rules_.get();
    settings_.rules_version = newest->first;
    rules_notice_ = Notice{Outcome::rules_taken_up, std::to_string(newest->first)};
    requote();
}

// ---- who is at the till ------------------------------------------------------------------------------

Notice TillSession::log_in(const std::string& cashier_id, const std::string& pin) {
    try {
        const store::PinCheck check =
            store_.staff().check_pin(store::CashierId{cashier_id}, pin, clock_.now());
        if (check.outcome != store::PinCheck::Outcome::ok || !check.cashier) {
            return refused_by_store(Outcome::login_refused, check.refusal);
        }
        cashier_ = check.cashier;
        return {Outcome::logged_in, cashier_->name, {}};
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
}

void TillSession::log_out() {
    cashier_.reset();
    // The owner approved a return without a receipt for the cashier at the till, not for whoever logs in
    // next.
    no_receipt_return_->close();
}

bool TillSession::is_owner() const {
    return cashier_ && cashier_->role == store::Role::owner;
}

Notice TillSession::require_owner(const std::string& owner_pin, const std::string& action,
                                  const std::string& subject) {
    try {
        if (is_owner()) {
            store_.staff().audit(store::Actor{cashier_->id}, action, subject, "by the owner at the till",
                                 clock_.now());
            return {Outcome::ok, {}, {}};
        }
        if (owner_pin.empty()) {
            return {Outcome::needs_owner, {}, {}};
        }
        const store::PinCheck check = store_.staff().check_owner_pin(owner_pin, clock_.now());
        if (check.outcome != store::PinCheck::Outcome::ok || !check.cashier) {
            return refused_by_store(Outcome::owner_pin_wrong, check.refusal);
        }
        store_.staff().audit(store::Actor{check.cashier->id}, action, subject,
                             "approved for cashier " + (cashier_ ? cashier_->id : std::string("(none)")),
                             clock_.now());
        return {Outcome::ok, {}, {}};
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
}

Notice TillSession::open_owner_desk(const std::string& owner_pin) {
    return owner_approval(owner_pin, "owner_desk_opened", "till " + settings_.till_id);
}

Notice TillSession::owner_approval(const std::string& owner_pin, const std::string& action,
                                   const std::string& subject) {
    if (!cashier_) {
        return {Outcome::not_logged_in, {}, {}};
    }
    try {
        std::string owner_id;
        if (is_owner()) {
            owner_id = cashier_->id;
        } else {
            if (owner_pin.empty()) {
                return {Outcome::needs_owner, {}, {}};
            }
            const store::PinCheck check = store_.staff().check_owner_pin(owner_pin, clock_.now());
            if (check.outcome != store::PinCheck::Outcome::ok || !check.cashier) {
                return refused_by_store(Outcome::owner_pin_wrong, check.refusal);
            }
            owner_id = check.cashier->id;
        }
        store_.staff().audit(store::Actor{owner_id}, action, subject, "at cashier " + cashier_->id,
                             clock_.now());
        return {Outcome::ok, owner_id, {}};
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
}

void TillSession::refresh_remember() {
    if (!panel_) {
        return;
    }
    constexpr std::size_t kNotesShown = 2;
    panel_->remember.clear();
    try {
        for (const auto& a : store_.personal().attributes(customer_id_)) {
            panel_->remember.push_back(a.key + ": " + a.value);
        }
        const auto notes = store_.personal().notes(customer_id_);
        for (std::size_t i = 0; i < notes.size() && i < kNotesShown; ++i) {
            panel_->remember.push_back(notes[i].text);
        }
    } catch (const store::StoreError&) {
        // A reminder is a help, never a reason to stop a sale: the panel just shows none.
        panel_->remember.clear();
    }
}

std::unique_ptr<CustomerCard> TillSession::customer_card() {
    // Personal data is for a logged-in cashier only, and every write on the card names who made it.
    if (!panel_ || !cashier_) {
        return nullptr;
    }
    return std::make_unique<CustomerCard>(*this, store_, rules_->rules(), clock_, panel_->customer);
}

// ---- the basket --------------------------------------------------------------------------------------

void TillSession::start_new_basket() {
    receipt_id_ = store::new_id();
    lines_.clear();
    customer_id_.clear();
    card_number_.clear();
    coupon_codes_.clear();
    coupon_refs_.clear();
    redeem_ = {};
    payments_.clear();
    customer_state_.reset();
    panel_.reset();
    suggested_.clear();
    requote();
}

QuoteResult TillSession::quote_of(const std::vector<BasketLine>& lines) const {
    QuoteInput input;
    input.now = clock_.now();
    input.now_offset_seconds = rules_->zone().offset_at(input.now);
    input.customer = customer_state_;
    input.lines.reserve(lines.size());
    for (const auto& l : lines) {
        input.lines.push_back(QuoteLine{l.sku, l.category, l.unit_price, l.qty, l.min_price, l.by_weight});
    }
    input.coupons = coupon_refs_;
    input.redeem = redeem_;
    input.language = settings_.language;
    return kassa::quote(*rules_, input);
}

void TillSession::set_language(Language language) {
    settings_.language = language;
    requote();
}

void TillSession::requote() {
    quote_ = quote_of(lines_);
    if (panel_) {
        panel_->tier = quote_.tier;
    }
}

void TillSession::persist() {
    // Written after every change: the basket on the screen is what a restart brings back. An empty basket
    // without a customer leaves nothing to recover.
    if (lines_.empty() && customer_id_.empty() && coupon_codes_.empty()) {
        store_.baskets().clear_open_basket(settings_.till_id);
    } else {
        store_.baskets().save_open_basket(settings_.till_id, basket_document(), clock_.now());
    }
}

Notice TillSession::scan(const std::string& raw, ScanSource source) {
    const std::string text = trimmed(raw);
    if (text.empty()) {
        return {Outcome::unknown_barcode, {}, {}};
    }
    try {
        if (source == ScanSource::card_reader) {
            if (carries_payment_card(text)) {
                return {
                    Outcome::bank_card, {}, {}};  // a swipe is never a product: refuse it before any lookup
            }
            return identify_by_card(text);
        }
        if (parse_receipt_barcode(text)) {
            return receipt_return_->open(text);
        }
        if (return_open()) {
            return {Outcome::basket_not_empty, {}, {}};  // finish or close the return first
        }
        std::optional<store::Product> product = store_.catalog().product_by_barcode(text);
        if (!product) {
            product = store_.catalog().product_by_sku(text);
        }
        if (product) {
            if (product->by_weight) {
                return {Outcome::weight_needed, product->name, {}};
            }
            return add_product(*product, Quantity::pieces(1));
        }
        const store::Lookup card = store_.customers().find_by_card(text);
        if (card.customer || (card.failure && *card.failure != store::LookupFailure::not_found &&
                              *card.failure != store::LookupFailure::invalid_input)) {
            return attach(card, text, text);
        }
        if (source == ScanSource::typed) {
            const store::Lookup phone = store_.customers().find_by_phone(text);
            if (phone.customer) {
                return attach(phone, text, {});
            }
        }
        if (carries_payment_card(text)) {
            return {Outcome::bank_card, {}, {}};
        }
        return {Outcome::unknown_barcode, text, {}};
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
}

Notice TillSession::add_product(const store::Product& product, Quantity qty) {
    if (basket_locked()) {
        return {Outcome::payment_in_progress, {}, {}};
    }
    begin_basket();
    if (!product.active) {
        return {Outcome::product_inactive, product.name, {}};
    }
    BasketLine line{product.sku, product.name,      product.category, product.price,
                    qty,         product.min_price, product.by_weight};
    if (!acceptable_quantity(line.by_weight, qty)) {
        return {Outcome::invalid_quantity, product.name, {}};
    }
    // The same piece product scanned again adds to its line, as a cashier expects from a till.
    auto same = std::find_if(lines_.begin(), lines_.end(), [&](const BasketLine& l) {
        return !l.by_weight && !line.by_weight && l.sku == line.sku && l.unit_price == line.unit_price;
    });
    const std::vector<BasketLine> before = lines_;
    if (same != lines_.end()) {
        same->qty = Quantity::thousandths(same->qty.thousandths() + qty.thousandths());
    } else {
        lines_.push_back(std::move(line));
    }
    try {
        requote();
    } catch (const InvalidQuoteInput&) {
        lines_ = before;
        requote();
        return {Outcome::invalid_quantity, product.name, {}};
    }
    try {
        persist();
    } catch (const store::StoreError& e) {
        return store_failure(e);  // the line stays on the screen; the next change tries to save again
    }
    if (std::find(suggested_.begin(), suggested_.end(), product.id) != suggested_.end()) {
        try {
            store_.catalog().record_line_added(receipt_id_, product.id);
        } catch (const store::StoreError&) {
            // Only the "followed" figure misses this one: a suggestion never stands in the way of a sale.
        }
    }
    return {Outcome::product_added, product.name, {}};
}

std::vector<TillSuggestion> TillSession::suggestions_for_last_line(int limit) {
    std::vector<TillSuggestion> out;
    if (lines_.empty() || basket_locked()) {
        return out;
    }
    try {
        std::vector<std::int64_t> basket;
        for (const auto& l : lines_) {
            if (const auto p = store_.catalog().product_by_sku(l.sku)) {
                basket.push_back(p->id);
            }
        }
        const auto last = store_.catalog().product_by_sku(lines_.back().sku);
        if (!last) {
            return out;
        }
        std::vector<store::Suggestion> shown;
        for (const auto& s : store_.catalog().suggestions(basket, last->id, limit)) {
            const auto product = store_.catalog().product_by_sku(s.sku);
            if (!product || product->by_weight) {
                continue;  // a weighed product needs a weight before it can be quoted or offered
            }
            std::vector<BasketLine> with = lines_;
            with.push_back(BasketLine{product->sku, product->name, product->category, product->price,
                                      Quantity::pieces(1), product->min_price, false});
            TillSuggestion t{s, {}, Money{}};
            try {
                const QuoteResult q = quote_of(with);
                if (!q.lines.empty()) {
                    t.discounts = q.lines.back().discounts;
                }
                t.extra_discount = q.totals.discount - quote_.totals.discount;
            } catch (const InvalidQuoteInput&) {
                // Offered without a promotion rather than not at all.
            }
            out.push_back(std::move(t));
            shown.push_back(s);
            if (std::find(suggested_.begin(), suggested_.end(), s.product_id) == suggested_.end()) {
                suggested_.push_back(s.product_id);
            }
        }
        store_.catalog().record_suggestions_shown(receipt_id_, shown, clock_.now());
    } catch (const store::StoreError&) {
        // Suggestions are a help to the cashier, never a reason to stop a sale: the screen just shows none.
        return {};
    }
    return out;
}

Notice TillSession::set_quantity(std::size_t index, Quantity qty) {
    if (index >= lines_.size()) {
        return {Outcome::no_such_line, {}, {}};
    }
    if (basket_locked()) {
        return {Outcome::payment_in_progress, {}, {}};
    }
    if (!acceptable_quantity(lines_[index].by_weight, qty)) {
        return {Outcome::invalid_quantity, lines_[index].name, {}};
    }
    const Quantity before = lines_[index].qty;
    lines_[index].qty = qty;
    try {
        requote();
    } catch (const InvalidQuoteInput&) {
        lines_[index].qty = before;
        requote();
        return {Outcome::invalid_quantity, lines_[index].name, {}};
    }
    try {
        persist();
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
    return {Outcome::quantity_changed, lines_[index].name, {}};
}

Notice TillSession::remove_line(std::size_t index, const std::string& owner_pin) {
    if (index >= lines_.size()) {
        return {Outcome::no_such_line, {}, {}};
    }
    if (payment_started()) {
        const Notice approval =
            require_owner(owner_pin, "remove_line_after_payment",
                          receipt_id_ + " line " + std::to_string(index + 1) + " " + lines_[index].sku);
        if (approval.outcome != Outcome::ok) {
            return approval;
        }
    }
    const std::string name = lines_[index].name;
    lines_.erase(lines_.begin() + static_cast<std::ptrdiff_t>(index));
    requote();
    try {
        persist();
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
    return {Outcome::line_removed, name, {}};
}

std::vector<store::Product> TillSession::search_products(const std::string& text) const {
    return store_.catalog().search_products(trimmed(text));
}

// ---- the customer ------------------------------------------------------------------------------------

Notice TillSession::attach(const store::Lookup& lookup, const std::string& what,
                           const std::string& card_number) {
    if (!lookup.customer) {
        switch (lookup.failure.value_or(store::LookupFailure::not_found)) {
            case store::LookupFailure::bank_card:
                return {Outcome::bank_card, {}, {}};  // never repeat what was read: it may be card digits
            case store::LookupFailure::card_blocked:
                return {Outcome::card_blocked, {}, {}};
            case store::LookupFailure::not_found:
            case store::LookupFailure::invalid_input:
                break;
        }
        if (carries_payment_card(what)) {
            return {Outcome::bank_card, {}, {}};
        }
        return {Outcome::customer_not_found, what, {}};
    }
    if (basket_locked()) {
        return {Outcome::payment_in_progress, {}, {}};
    }
    begin_basket();
    const Instant now = clock_.now();
    customer_id_ = lookup.customer->id;
    card_number_ = card_number.empty() ? std::string{} : store::normalise_card_number(card_number);
    customer_state_ = store_.customers().quote_state(customer_id_, now, rules_->rules());
    panel_ = CustomerPanel{};
    panel_->customer = *lookup.customer;
    panel_->card_number = card_number_;
    refresh_remember();
    refresh_panel();
    requote();
    persist();
    return {Outcome::customer_identified, lookup.customer->first_name, {}};
}

void TillSession::refresh_panel() {
    if (!panel_ || !customer_state_) {
        return;
    }
    const Instant now = clock_.now();
    const LocalDateTime local = rules_->zone().to_local(now);
    const int hour = local.seconds_of_day / 3600;
    panel_->day_part = hour < 12 ? DayPart::morning : hour < 18 ? DayPart::afternoon : DayPart::evening;
    const auto& lots = customer_state_->lots;
    panel_->balance = available_balance(lots, now);
    panel_->pending = pending_balance(lots, now);
    panel_->pending_available_at.reset();
    for (const auto& lot : lots) {
        if (lot.points.value() > 0 && now < lot.available_at &&
            (!panel_->pending_available_at || lot.available_at < *panel_->pending_available_at)) {
            panel_->pending_available_at = lot.available_at;
        }
    }
    const Instant soon{now.unix_seconds + settings_.expiring_soon_days * kSecondsPerDay};
    panel_->expiring_soon = expiring_between(lots, now, soon);
    panel_->expiring_soon_at.reset();
    for (const auto& lot : lots) {
        if (lot.points.value() > 0 && lot.spendable_at(now) && lot.expires_at && *lot.expires_at < soon &&
            (!panel_->expiring_soon_at || *lot.expires_at < *panel_->expiring_soon_at)) {
            panel_->expiring_soon_at = lot.expires_at;
        }
    }
    panel_->stamps.clear();
    panel_->birthday_window = false;
    const auto today = std::chrono::sys_days{local.date};
    for (const auto& program : rules_->rules().programs) {
        if (!program.active) {
            continue;
        }
        if (const auto* s = std::get_if<StampSettings>(&program.settings)) {
            StampCard card{program.id, program.name, s->reward_name, 0, s->goal};
            for (const auto& [id, held] : customer_state_->stamps) {
                if (id == program.id) {
                    card.held = held;
                }
            }
            panel_->stamps.push_back(std::move(card));
        } else if (const auto* b = std::get_if<BirthdaySettings>(&program.settings)) {
            const auto& birthday = panel_->customer.birthday;
            if (!birthday) {
                continue;
            }
            // The same window the engine uses (loyalty.md rule 13): last, this and next year's occurrence.
            const int year = static_cast<int>(local.date.year());
            for (int y = year - 1; y <= year + 1; ++y) {
                std::chrono::year_month_day occurrence{std::chrono::year{y}, birthday->month(),
                                                       birthday->day()};
                if (!occurrence.ok()) {
                    occurrence = {std::chrono::year{y}, std::chrono::February, std::chrono::day{28}};
                }
                const auto day = std::chrono::sys_days{occurrence};
                if (today >= day - std::chrono::days{b->days_before} &&
                    today <= day + std::chrono::days{b->days_after}) {
                    panel_->birthday_window = true;
                }
            }
        }
    }
    panel_->tier = quote_.tier;
}

Notice TillSession::identify_by_card(const std::string& scanned) {
    try {
        return attach(store_.customers().find_by_card(scanned), trimmed(scanned), scanned);
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
}

Notice TillSession::identify_by_phone(const std::string& typed) {
    try {
        return attach(store_.customers().find_by_phone(typed), trimmed(typed), {});
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
}

Notice TillSession::choose_customer(const std::string& customer_id) {
    try {
        store::Lookup lookup;
        lookup.customer = store_.customers().customer(customer_id);
        if (!lookup.customer) {
            lookup.failure = store::LookupFailure::not_found;
        }
        return attach(lookup, customer_id, {});
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
}

Notice TillSession::remove_customer() {
    if (basket_locked()) {
        return {Outcome::payment_in_progress, {}, {}};
    }
    customer_id_.clear();
    card_number_.clear();
    customer_state_.reset();
    panel_.reset();
    redeem_ = {};
    requote();
    try {
        persist();
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
    return {Outcome::customer_removed, {}, {}};
}

std::vector<store::Customer> TillSession::search_customers(const std::string& name) const {
    return store_.customers().search_by_name(trimmed(name));
}

Notice TillSession::enrol(const store::Enrolment& enrolment) {
    if (basket_locked()) {
        return {Outcome::payment_in_progress, {}, {}};
    }
    begin_basket();  // the welcome points are the new rules' when the enrolment starts a basket
    try {
        const std::string id = store_.customers().enrol(enrolment, clock_.now(), rules_);
        store::Lookup lookup;
        lookup.customer = store_.customers().customer(id);
        const Notice attached = attach(lookup, id, enrolment.card_number);
        if (attached.outcome != Outcome::customer_identified) {
            return attached;
        }
        return {Outcome::customer_enrolled, enrolment.first_name, {}};
    } catch (const store::StoreError& e) {
        if (e.kind() == store::FailureKind::invalid) {
            return refused_by_store(Outcome::enrolment_refused, e.refusal());
        }
        return store_failure(e);
    }
}

// ---- coupons and points ------------------------------------------------------------------------------

Notice TillSession::add_coupon(const std::string& raw) {
    if (basket_locked()) {
        return {Outcome::payment_in_progress, {}, {}};
    }
    begin_basket();
    const std::string code = normalise_coupon_code(trimmed(raw));
    if (code.empty()) {
        return {Outcome::coupon_rejected, {}, {}};
    }
    for (const auto& held : coupon_codes_) {
        if (normalise_coupon_code(held) == code) {
            return {Outcome::coupon_added, code, {}};  // entered twice: once is enough
        }
    }
    try {
        coupon_codes_.push_back(code);
        coupon_refs_.push_back(store_.sales().coupon_ref(code));
        requote();
        for (const auto& r : quote_.rejected) {
            if (normalise_coupon_code(r.coupon) != code) {
                continue;
            }
            // A coupon that can never apply to this sale goes; one waiting for a bigger basket stays, and the
            // cashier hears why it does nothing yet.
            const bool hopeless = r.reason == RejectReason::unknown_coupon ||
                                  r.reason == RejectReason::already_used || r.reason == RejectReason::expired;
            const std::string text = r.text;
            if (hopeless) {
                coupon_codes_.pop_back();
                coupon_refs_.pop_back();
                requote();
            }
            persist();
            return {Outcome::coupon_rejected, text, {}};
        }
        persist();
        return {Outcome::coupon_added, code, {}};
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
}

Notice TillSession::remove_coupon(const std::string& raw) {
    if (basket_locked()) {
        return {Outcome::payment_in_progress, {}, {}};
    }
    const std::string code = normalise_coupon_code(trimmed(raw));
    for (std::size_t i = 0; i < coupon_codes_.size(); ++i) {
        if (normalise_coupon_code(coupon_codes_[i]) == code) {
            coupon_codes_.erase(coupon_codes_.begin() + static_cast<std::ptrdiff_t>(i));
            coupon_refs_.erase(coupon_refs_.begin() + static_cast<std::ptrdiff_t>(i));
            requote();
            try {
                persist();
            } catch (const store::StoreError& e) {
                return store_failure(e);
            }
            return {Outcome::coupon_removed, code, {}};
        }
    }
    return {Outcome::coupon_removed, code, {}};
}

Notice TillSession::redeem(RedeemRequest request) {
    if (basket_locked()) {
        return {Outcome::payment_in_progress, {}, {}};
    }
    if (customer_id_.empty()) {
        return {Outcome::customer_needed, {}, {}};
    }
    const RedeemRequest before = redeem_;
    redeem_ = request;
    requote();
    const std::string bonus = rules_->bonus() ? rules_->bonus()->id : std::string{};
    for (const auto& r : quote_.rejected) {
        if (r.coupon.empty() && r.program == bonus && request.kind != RedeemRequest::Kind::none) {
            const std::string text = r.text;
            redeem_ = before;
            requote();
            return {Outcome::redeem_refused, text, {}};
        }
    }
    try {
        persist();
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
    return {Outcome::redeem_set, {}, {}};
}

// ---- payment -----------------------------------------------------------------------------------------

Money TillSession::paid() const {
    std::int64_t total = 0;
    for (const auto& p : payments_) {
        total += p.amount.minor_units();
    }
    return Money::minor(total);
}

Money TillSession::remaining() const {
    return Money::minor(std::max<std::int64_t>(0, payable().minor_units() - paid().minor_units()));
}

Money TillSession::change() const {
    return Money::minor(std::max<std::int64_t>(0, paid().minor_units() - payable().minor_units()));
}

Notice TillSession::add_payment(store::PaymentLine::Method method, Money amount) {
    if (lines_.empty()) {
        return {Outcome::basket_empty, {}, {}};
    }
    if (amount.minor_units() < 0) {
        return {Outcome::invalid_quantity, {}, {}};
    }
    const Money left = remaining();
    if (amount.minor_units() == 0) {
        amount = left;  // "the rest"
    }
    if (method != store::PaymentLine::Method::cash && amount > left) {
        return {
            Outcome::card_over_total, format_money(left, settings_.currency_digits, settings_.language), {}};
    }
    if (amount.minor_units() == 0) {
        return {Outcome::payment_added, {}, {}};  // nothing left to pay (a fully redeemed basket)
    }
    payments_.push_back(Payment{method, amount});
    try {
        persist();
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
    return {Outcome::payment_added, format_money(amount, settings_.currency_digits, settings_.language), {}};
}

void TillSession::clear_payments() {
    payments_.clear();
    try {
        persist();
    } catch (const store::StoreError&) {
        // Nothing to lose: the next change writes the basket again.
    }
}

store::Sale TillSession::make_sale() const {
    store::Sale sale;
    sale.receipt_id = receipt_id_;
    sale.customer_id = customer_id_;
    sale.card_number = card_number_;
    sale.cashier_id = cashier_ ? cashier_->id : std::string{};
    sale.rules_version = settings_.rules_version;
    sale.at = clock_.now();
    for (const auto& l : lines_) {
        sale.lines.push_back(
            store::SaleLine{l.sku, l.name, l.category, l.unit_price, l.qty, l.min_price, l.by_weight});
    }
    sale.coupon_codes = coupon_codes_;
    sale.redeem = redeem_;
    for (const auto& p : payments_) {
        sale.payments.push_back(store::PaymentLine{p.method, p.amount});
    }
    return sale;
}

Notice TillSession::finish() {
    if (!cashier_) {
        return {Outcome::not_logged_in, {}, {}};
    }
    if (lines_.empty()) {
        return {Outcome::basket_empty, {}, {}};
    }
    if (paid() < payable()) {
        return {Outcome::payment_short,
                format_money(remaining(), settings_.currency_digits, settings_.language),
                {}};
    }
    auto shift = open_shift_id(store_);
    if (auto* refusal = std::get_if<Notice>(&shift)) {
        return *refusal;
    }
    try {
        store::Sale sale = make_sale();
        sale.shift_id = std::get<std::string>(shift);
        sale.queue_receipt = settings_.queue_receipts;
        last_sale_ = store_.sales().commit_sale(sale, *rules_);
    } catch (const store::ShiftError& e) {
        return {Outcome::shift_refused, {}, {}, e.problem()};
    } catch (const store::StoreError& e) {
        return store_failure(e);  // the basket and its payments stay on the screen for a retry
    }
    try {
        store_.baskets().clear_open_basket(settings_.till_id);
    } catch (const store::StoreError&) {
        // The sale is committed; a stale open basket is recognised as committed by recover().
    }
    start_new_basket();
    return {Outcome::sale_committed, std::to_string(last_sale_->receipt_number), {}};
}

std::optional<PrintedReceipt> TillSession::last_receipt(const ReceiptLabels& labels) const {
    if (!last_sale_) {
        return std::nullopt;
    }
    const auto view = store_.sales().receipt(last_sale_->receipt_id);
    if (!view) {
        return std::nullopt;
    }
    return render(*view, labels, &last_sale_->quote);
}

PrintedReceipt TillSession::render_receipt(const store::ReceiptView& receipt,
                                           const ReceiptLabels& labels) const {
    return render(receipt, labels, nullptr);
}

// ---- hold, resume, cancel ----------------------------------------------------------------------------

Notice TillSession::hold(const std::string& label) {
    if (lines_.empty()) {
        return {Outcome::basket_empty, {}, {}};
    }
    if (payment_started()) {
        return {Outcome::payment_in_progress, {}, {}};
    }
    try {
        store_.baskets().hold_basket(label, store::CashierId{cashier_ ? cashier_->id : std::string{}},
                                     basket_document(), clock_.now());
        store_.baskets().clear_open_basket(settings_.till_id);
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
    start_new_basket();
    return {Outcome::basket_held, label, {}};
}

std::vector<store::HeldBasket> TillSession::held() const {
    return store_.baskets().held_baskets();
}

Notice TillSession::resume(const std::string& held_id) {
    if (!lines_.empty() || payment_started()) {
        return {Outcome::basket_not_empty, {}, {}};
    }
    begin_basket();  // a held basket comes back as the next basket: priced under the newest rules
    try {
        const auto basket = store_.baskets().take_held_basket(held_id);
        if (!basket) {
            return {Outcome::held_basket_gone, {}, {}};
        }
        load_basket_document(basket->document);
        persist();
        return {Outcome::basket_resumed, basket->label, {}};
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
}

Notice TillSession::cancel(const std::string& reason, const std::string& owner_pin) {
    if (lines_.empty() && customer_id_.empty()) {
        return {Outcome::basket_empty, {}, {}};
    }
    const std::string why = trimmed(reason);
    if (!lines_.empty() && why.empty()) {
        return {Outcome::reason_needed, {}, {}};
    }
    try {
        // The reason goes into the audit log's detail, which the store does not bound by itself.
        store::check_text_length(store::TextField::cancel_reason, why);
        if (payment_started()) {
            const Notice approval = require_owner(owner_pin, "cancel_basket_after_payment", receipt_id_);
            if (approval.outcome != Outcome::ok) {
                return approval;
            }
        }
        if (!lines_.empty()) {
            store_.staff().audit(store::Actor{cashier_ ? cashier_->id : std::string{}}, "cancel_basket",
                                 receipt_id_,
                                 why + " (" + std::to_string(lines_.size()) + " lines, " +
                                     format_money(payable(), settings_.currency_digits, Language::en) + ")",
                                 clock_.now());
        }
        store_.baskets().clear_open_basket(settings_.till_id);
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
    start_new_basket();
    return {Outcome::basket_cancelled, why, {}};
}

bool TillSession::recover() {
    const auto document = store_.baskets().open_basket(settings_.till_id);
    if (!document) {
        return false;
    }
    try {
        load_basket_document(*document);
    } catch (const std::invalid_argument&) {
        // Not a document this till can read (written by a newer version, or damaged): starting afresh is
        // all the till can do; the owner still finds it in the store until the next basket replaces it.
        start_new_basket();
        return false;
    }
    if (store_.sales().receipt(receipt_id_)) {
        // The till stopped after the sale was committed and before the screen was cleared.
        store_.baskets().clear_open_basket(settings_.till_id);
        start_new_basket();
        return false;
    }
    return true;
}

// ---- returns -----------------------------------------------------------------------------------------

bool TillSession::return_open() const {
    return receipt_return_->is_open() || no_receipt_return_->is_open();
}

std::optional<Notice> TillSession::return_refused(const ReturnFlow& opening) const {
    const bool other_open =
        (receipt_return_->is_open() && &opening != receipt_return_.get()) || no_receipt_return_->is_open();
    if (!lines_.empty() || payment_started() || other_open) {
        return Notice{Outcome::basket_not_empty, {}, {}};
    }
    return std::nullopt;
}

// ---- the basket document -----------------------------------------------------------------------------

std::string TillSession::basket_document() const {
    BasketDocument d;
    d.receipt_id = receipt_id_;
    d.cashier_id = cashier_ ? cashier_->id : std::string{};
    d.customer_id = customer_id_;
    d.card_number = card_number_;
    d.lines = lines_;
    d.coupon_codes = coupon_codes_;
    d.redeem = redeem_;
    d.payments = payments_;
    return write_basket_document(d);
}

void TillSession::load_basket_document(const std::string& text) {
    const BasketDocument d = read_basket_document(text);
    start_new_basket();
    receipt_id_ = d.receipt_id;
    lines_ = d.lines;
    coupon_codes_ = d.coupon_codes;
    for (const auto& code : coupon_codes_) {
        coupon_refs_.push_back(store_.sales().coupon_ref(code));
    }
    redeem_ = d.redeem;
    payments_ = d.payments;
    if (!d.customer_id.empty()) {
        if (auto customer = store_.customers().customer(d.customer_id)) {
            customer_id_ = d.customer_id;
            card_number_ = d.card_number;
            customer_state_ = store_.customers().quote_state(customer_id_, clock_.now(), rules_->rules());
            panel_ = CustomerPanel{};
            panel_->customer = std::move(*customer);
            panel_->card_number = card_number_;
            refresh_panel();
        }
    }
    if (customer_id_.empty()) {
        redeem_ = {};
    }
    requote();
}

}  // namespace kassa::till
