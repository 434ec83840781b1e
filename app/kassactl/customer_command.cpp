// `kassactl customer ...`: one customer's personal data (export, erase) and the personal service of issue 9
// (notes, owner-defined attributes, complaints, the card as the cashier sees it).
#include <iostream>

#include "commands.hpp"
#include "kassa/core/messages.hpp"
#include "kassa/core/rules.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/merges.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/system_clock.hpp"

namespace kassactl {

namespace {

struct CustomerOptions {
    std::string db;
    std::string id;
    std::string actor;
    std::string text;
    std::string key;
    std::string value;
    std::string receipt;  // the receipt number as printed, or its id
    std::string reason;
    std::string resolution = "other";
    std::int64_t points = 0;
    std::string month;  // YYYY-MM
    std::string keep;   // merge: the customer who stays
    std::string merge;  // merge: the customer merged into her
    std::string now;    // hidden: tests choose the moment
};

std::string date_of(kassa::Instant at, const kassa::TimeZone& zone) {
    return kassa::format_date(zone.to_local(at).date);
}

// A receipt as the owner names it: the number printed on it, or its id.
std::string receipt_id(kassa::store::Store& store, const std::string& text) {
    if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos && text.size() < 15) {
        if (const auto r = store.sales().receipt_by_number(std::stoll(text))) {
            return r->id;
        }
    }
    if (const auto r = store.sales().receipt(text)) {
        return r->id;
    }
    throw kassa::store::StoreError(kassa::store::FailureKind::invalid, "There is no receipt " + text + ".");
}

void print_complaint(const kassa::store::Complaint& c, const kassa::TimeZone& zone) {
    std::cout << "complaint " << date_of(c.at, zone) << ' ' << kassa::store::resolution_name(c.resolution);
    if (!c.points.is_zero()) {
        std::cout << ' ' << c.points.value() << " points";
    }
    std::cout << ": " << c.reason << " (by " << c.actor;
    if (!c.customer_id.empty()) {
        std::cout << ", customer " << c.customer_id;
    }
    if (!c.receipt_id.empty()) {
        std::cout << ", receipt " << c.receipt_id;
    }
    std::cout << ", id " << c.id << ")\n";
}

void print_card(kassa::store::Store& store, const std::string& id, const kassa::TimeZone& zone) {
    const auto customer = store.customers().customer(id);
    if (!customer) {
        throw kassa::store::StoreError(kassa::store::FailureKind::invalid, "No such customer.");
    }
    const auto settings = store.shop().settings();
    const int digits = kassa::currency_minor_digits(settings.currency).value_or(2);
    const auto yes = [](bool b) { return b ? "yes" : "no"; };
    std::cout << "customer " << customer->id << ": " << customer->first_name << ' ' << customer->last_name
              << (customer->phone.empty() ? "" : ", " + customer->phone) << ", " << customer->balance.value()
              << " points\n";
    std::cout << "consents: personal data " << yes(customer->consents.personal_data) << ", sms "
              << yes(customer->consents.sms) << ", email " << yes(customer->consents.email) << '\n';
    for (const auto& card : customer->cards) {
        const char* status = card.status == kassa::store::CardStatus::active    ? "active"
                             : card.status == kassa::store::CardStatus::blocked ? "blocked"
                                                                                : "lost";
        std::cout << "card " << card.number << " (" << status << ")\n";
    }
    const auto cycle = store.customers().purchase_cycle(id);
    if (cycle.cycle_days) {
        std::cout << "buys every " << *cycle.cycle_days << " days (" << cycle.purchase_days
                  << " purchase days, last " << kassa::format_date(*cycle.last_purchase) << ")\n";
    } else {
        std::cout << "purchase cycle: not enough history (" << cycle.purchase_days << " purchase days)\n";
    }
    const auto history = store.personal().customer_history(id, 20);
    for (const auto& a : history.attributes) {
        std::cout << "attribute " << a.key << ": " << a.value << '\n';
    }
    for (const auto& n : history.notes) {
        std::cout << "note " << date_of(n.at, zone) << ' ' << n.author << ": " << n.text << '\n';
    }
    for (const auto& c : history.complaints) {
        print_complaint(c, zone);
    }
    for (const auto& [program, count] : history.stamps) {
        std::cout << "stamps " << program << ": " << count << '\n';
    }
    for (const auto& code : history.open_coupons) {
        std::cout << "coupon " << code << '\n';
    }
    for (const auto& r : store.sales().recent_receipts(id, 10)) {
        std::cout << "receipt #" << r.number << ' ' << date_of(r.at, zone) << ' '
                  << kassa::format_money(r.totals.payable, digits, kassa::Language::en) << ' '
                  << settings.currency << '\n';
    }
    for (const auto& l : history.ledger) {
        std::cout << "points " << date_of(l.at, zone) << ' ' << l.kind << ' '
                  << (l.points.value() > 0 ? "+" : "") << l.points.value()
                  << (l.reason.empty() ? "" : ": " + l.reason) << '\n';
    }
}

}  // namespace

Runner add_customer_commands(CLI::App& app) {
    auto o = std::make_shared<CustomerOptions>();
    auto* customer = app.add_subcommand("customer",
                                        "One customer: the card, notes, attributes, complaints; "
                                        "export or erase the personal data");
    customer->require_subcommand(1);
    const auto with_db = [&](CLI::App* cmd) {
        cmd->add_option("--db", o->db, "the shop's database file")->required();
        return cmd;
    };
    auto* export_cmd =
        with_db(customer->add_subcommand("export", "Print everything kept about the customer as JSON"));
    export_cmd->add_option("ID", o->id, "the customer's id")->required();
    auto* erase_cmd = with_db(
        customer->add_subcommand("erase", "Erase the customer's personal data; sales stay, anonymised"));
    erase_cmd->add_option("ID", o->id, "the customer's id")->required();
    erase_cmd->add_option("--by", o->actor, "who asked for the erasure (for the audit log)")->required();

    auto* card_cmd = with_db(customer->add_subcommand(
        "card",
        "Print the customer card as the cashier sees it: consents, cards, purchase cycle, attributes, "
        "notes, complaints, stamps, coupons, receipts and the points history"));
    card_cmd->add_option("ID", o->id, "the customer's id")->required();
    auto* note_cmd = with_db(customer->add_subcommand("note",
                                                      "Add a note for the cashier at the next visit "
                                                      "(needs the consent to keep personal data)"));
    note_cmd->add_option("ID", o->id, "the customer's id")->required();
    note_cmd->add_option("--text", o->text, "the note")->required();
    note_cmd->add_option("--by", o->actor, "who wrote it")->required();
    auto* notes_cmd = with_db(customer->add_subcommand("notes", "List the customer's notes, newest first"));
    notes_cmd->add_option("ID", o->id, "the customer's id")->required();
    auto* attr_cmd = with_db(customer->add_subcommand(
        "attr",
        "Set an attribute (size, colours, ...); an empty value removes it; no arguments after ID lists "
        "them (setting needs the consent to keep personal data)"));
    attr_cmd->add_option("ID", o->id, "the customer's id")->required();
    attr_cmd->add_option("KEY", o->key, "the attribute");
    attr_cmd->add_option("VALUE", o->value, "its value");
    attr_cmd->add_option("--by", o->actor, "who set it");
    auto* complaint_cmd = with_db(customer->add_subcommand(
        "complaint", "Record a complaint against a customer or a receipt and what was done"));
    complaint_cmd->add_option("ID", o->id, "the customer's id (optional with --receipt)");
    complaint_cmd->add_option("--receipt", o->receipt, "the receipt's number or id");
    complaint_cmd->add_option("--reason", o->reason, "what was wrong")->required();
    complaint_cmd
        ->add_option("--resolution", o->resolution, "replaced, refunded, points_credited or other (default)")
        ->check(CLI::IsMember({"replaced", "refunded", "points_credited", "other"}));
    complaint_cmd->add_option("--points", o->points, "points_credited: the goodwill points")
        ->check(CLI::Range(std::int64_t{1}, std::int64_t{1'000'000}));
    complaint_cmd->add_option("--by", o->actor, "who recorded it (the owner who approved a credit)")
        ->required();
    auto* complaints_cmd = with_db(customer->add_subcommand(
        "complaints",
        "List one customer's complaints (ID), or every complaint of a month (--month YYYY-MM)"));
    complaints_cmd->add_option("ID", o->id, "the customer's id");
    complaints_cmd->add_option("--month", o->month, "a month of the shop's calendar, YYYY-MM");
    auto* merge_cmd = with_db(customer->add_subcommand(
        "merge",
        "Merge two customers (one person enrolled twice): everything of --merge moves to --keep, who keeps "
        "both ledgers; the merged customer stays, marked merged, her phone freed. Audited; at a till of a "
        "central database the other tills apply it at their next sync"));
    merge_cmd->add_option("--keep", o->keep, "the id of the customer who stays")->required();
    merge_cmd->add_option("--merge", o->merge, "the id of the customer merged into her")->required();
    merge_cmd->add_option("--by", o->actor, "who merged them (for the audit log)")->required();
    for (auto* cmd : {note_cmd, attr_cmd, complaint_cmd, complaints_cmd, card_cmd, merge_cmd}) {
        cmd->add_option("--now", o->now, "the moment it happens at (ISO 8601 with offset)")->group("");
    }

    return [o, export_cmd, card_cmd, note_cmd, notes_cmd, attr_cmd, complaint_cmd, complaints_cmd,
            merge_cmd]() -> int {
        const auto shop = open_shop_or_say(o->db, kassa::till::ShopNeeds::zone, "kassactl");
        if (!shop) {
            return 2;
        }
        kassa::store::Store& store = *shop->store;
        const auto& zone = shop->zone;
        try {
            const kassa::Instant now =
                o->now.empty() ? kassa::sys::SystemClock().now() : kassa::parse_timestamp(o->now).instant;
            if (export_cmd->parsed()) {
                std::cout << store.customers().export_customer(o->id) << '\n';
            } else if (merge_cmd->parsed()) {
                const auto merged = kassa::store::CustomerMerges(store).merge(
                    kassa::store::CustomerId{o->keep}, kassa::store::CustomerId{o->merge},
                    kassa::store::Actor{o->actor}, now);
                std::cout << "ok: " << o->merge << " merged into " << o->keep << " (" << merged.cards
                          << " cards, " << merged.ledger_entries << " ledger entries, " << merged.receipts
                          << " receipts moved); balance " << merged.balance.value() << " points; merge "
                          << merged.merge_id << '\n';
            } else if (card_cmd->parsed()) {
                print_card(store, o->id, *zone);
            } else if (note_cmd->parsed()) {
                store.personal().add_note(kassa::store::CustomerId{o->id}, o->text,
                                          kassa::store::Actor{o->actor}, now);
                std::cout << "ok: note added for " << o->id << '\n';
            } else if (notes_cmd->parsed()) {
                for (const auto& n : store.personal().notes(o->id)) {
                    std::cout << date_of(n.at, *zone) << ' ' << n.author << ": " << n.text << '\n';
                }
            } else if (attr_cmd->parsed()) {
                if (o->key.empty()) {
                    for (const auto& a : store.personal().attributes(o->id)) {
                        std::cout << a.key << ": " << a.value << '\n';
                    }
                    return 0;
                }
                if (o->actor.empty()) {
                    std::cerr << "kassactl customer attr: say who sets it with --by.\n";
                    return 2;
                }
                store.personal().set_attribute(kassa::store::CustomerId{o->id}, o->key, o->value,
                                               kassa::store::Actor{o->actor}, now);
                std::cout << "ok: " << o->key << (o->value.empty() ? " removed" : " set") << " for " << o->id
                          << '\n';
            } else if (complaint_cmd->parsed()) {
                kassa::store::ComplaintRequest request;
                request.customer_id = o->id;
                if (!o->receipt.empty()) {
                    request.receipt_id = receipt_id(store, o->receipt);
                }
                request.reason = o->reason;
                request.resolution = *kassa::store::parse_resolution(o->resolution);
                request.points = kassa::Points::of(o->points);
                request.actor = o->actor;
                request.at = now;
                const auto id = store.personal().record_complaint(request);
                std::cout << "ok: complaint " << id << " recorded";
                if (o->points > 0) {
                    std::cout << ", " << o->points << " points credited";
                }
                std::cout << '\n';
            } else if (complaints_cmd->parsed()) {
                if (o->id.empty() == o->month.empty()) {
                    std::cerr << "kassactl customer complaints: give a customer's id or --month YYYY-MM.\n";
                    return 2;
                }
                std::vector<kassa::store::Complaint> list;
                if (!o->id.empty()) {
                    list = store.personal().complaints_of(o->id);
                } else {
                    const auto first = kassa::parse_date(o->month + "-01");
                    list = store.personal().complaints_in_month(first.year() / first.month());
                }
                for (const auto& c : list) {
                    print_complaint(c, *zone);
                }
            } else {
                store.customers().erase_customer(kassa::store::CustomerId{o->id},
                                                 kassa::store::Actor{o->actor}, now);
                std::cout << "ok: the personal data of " << o->id << " was erased\n";
            }
            return 0;
        } catch (const kassa::store::StoreError& e) {
            std::cerr << "kassactl: " << e.what() << '\n';
            return 2;
        } catch (const std::exception& e) {
            // A date that does not read: the sentence, never a trace.
            std::cerr << "kassactl: " << e.what() << '\n';
            return 2;
        }
    };
}

}  // namespace kassactl
