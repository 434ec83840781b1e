#include "kassa/till/customer_card.hpp"

#include <utility>
#include <variant>

#include "kassa/core/personal.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/phone_keys.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"

namespace kassa::till {

CustomerCard::CustomerCard(TillSession& session, store::Store& store, const Rules& rules, const Clock& clock,
                           store::Customer customer)
    : session_(session), store_(store), rules_(rules), clock_(clock), customer_(std::move(customer)) {}

bool CustomerCard::personal_data_allowed() const {
    return customer_.consents.personal_data;
}

std::string CustomerCard::phone_shown() {
    return customer_.phone.empty()
               ? std::string()
               : store::phone_for_people(customer_.phone, store_.shop().settings().phone_country);
}

store::CustomerHistory CustomerCard::history(int ledger_limit) {
    return store_.personal().customer_history(customer_.id, ledger_limit);
}

std::vector<store::ReceiptView> CustomerCard::purchases(int limit) {
    return store_.sales().recent_receipts(customer_.id, limit);
}

store::PurchaseCycle CustomerCard::cycle() {
    return store_.customers().purchase_cycle(customer_.id);
}

std::vector<TierChange> CustomerCard::tier_history() {
    std::vector<TierChange> out;
    for (const Program& program : rules_.programs) {
        const auto* tiers = std::get_if<TierSettings>(&program.settings);
        if (tiers == nullptr || !program.active) {
            continue;
        }
        for (const TierStep& step :
             kassa::tier_history(*tiers, store_.customers().tier_spend_events(customer_.id), clock_.now())) {
            out.push_back(
                {step.at, step.level ? tiers->levels[*step.level].name : std::string(), step.spend});
        }
        break;  // a shop has one tiers programme (rules.md)
    }
    return out;
}

std::string CustomerCard::program_name(const std::string& id) const {
    for (const Program& program : rules_.programs) {
        if (program.id == id) {
            return program.name.empty() ? id : program.name;
        }
    }
    return id;
}

std::map<std::string, std::string> CustomerCard::cashier_names() {
    std::map<std::string, std::string> names;
    for (const store::Cashier& cashier : store_.staff().cashiers()) {
        names[cashier.id] = cashier.name;
    }
    return names;
}

void CustomerCard::add_note(const std::string& text) {
    store_.personal().add_note(store::CustomerId{customer_.id}, text, store::Actor{actor()}, clock_.now());
}

void CustomerCard::set_attribute(const std::string& key, const std::string& value) {
    store_.personal().set_attribute(store::CustomerId{customer_.id}, key, value, store::Actor{actor()},
                                    clock_.now());
}

void CustomerCard::bind_card(const std::string& scanned) {
    store_.customers().bind_card(store::CustomerId{customer_.id}, scanned, store::Actor{actor()},
                                 clock_.now());
    if (auto fresh = store_.customers().customer(customer_.id)) {
        customer_ = std::move(*fresh);
    }
}

std::string CustomerCard::actor() const {
    if (!session_.cashier()) {
        throw store::StoreError(store::StoreRefusal{store::StoreProblem::log_in_first, {}});
    }
    return session_.cashier()->id;
}

Notice CustomerCard::record_complaint(const std::string& reason, store::ComplaintResolution resolution,
                                      Points credit, std::int64_t receipt_number,
                                      const std::string& owner_pin) {
    if (!session_.cashier()) {
        return {Outcome::not_logged_in, {}, {}};
    }
    std::string who = session_.cashier()->id;
    if (resolution == store::ComplaintResolution::points_credited) {
        // Points are money to the shop: a goodwill credit is the owner's decision, like a line removed after
        // payment started.
        const Notice approval = session_.owner_approval(owner_pin, "complaint_credit", customer_.id);
        if (approval.outcome != Outcome::ok) {
            return approval;
        }
        who = approval.detail;
    }
    try {
        store::ComplaintRequest request;
        request.customer_id = customer_.id;
        if (receipt_number > 0) {
            const auto receipt = store_.sales().receipt_by_number(receipt_number);
            if (!receipt || receipt->customer_id != customer_.id) {
                return {Outcome::receipt_not_found, std::to_string(receipt_number), {}};
            }
            request.receipt_id = receipt->id;
        }
        request.reason = reason;
        request.resolution = resolution;
        // Only a goodwill credit carries points: a number left in the field for a replacement is not one.
        request.points = resolution == store::ComplaintResolution::points_credited ? credit : Points::zero();
        request.actor = who;
        request.at = clock_.now();
        const std::string id = store_.personal().record_complaint(request);
        return {Outcome::ok, id, {}};
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
}

}  // namespace kassa::till
