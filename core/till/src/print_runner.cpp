#include "kassa/till/print_runner.hpp"

#include "kassa/core/messages.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shifts.hpp"
#include "kassa/store/staff.hpp"
#include "paper_text.hpp"

namespace kassa::till {

std::vector<std::string> render_refund_slip(const store::RefundSlip& slip, const SlipLabels& labels,
                                            const std::string& shop_name, const TimeZone& zone,
                                            int currency_digits, Language language) {
    using paper::centred;
    using paper::spread;
    const auto money = [&](Money m) { return format_money(m, currency_digits, language); };
    std::vector<std::string> p;
    if (!shop_name.empty()) {
        p.push_back(centred(shop_name));
    }
    std::string when = format_timestamp(slip.at, zone).substr(0, 16);
    if (when.size() > 10) {
        when[10] = ' ';  // "2026-11-25 15:30"
    }
    p.push_back(spread(labels.return_slip, when));
    if (slip.receipt_number) {
        p.push_back(spread(labels.against_receipt, std::to_string(*slip.receipt_number)));
    }
    p.push_back(std::string(paper::kWidth, '-'));
    for (const auto& line : slip.lines) {
        const std::string qty = line.qty.is_whole_pieces() ? std::to_string(line.qty.whole_pieces()) + " x "
                                                           : std::to_string(line.qty.thousandths()) + " g ";
        p.push_back(spread(qty + line.name, money(-line.money_back)));
    }
    p.push_back(std::string(paper::kWidth, '-'));
    const std::string& tender = slip.tender == "card"    ? labels.card
                                : slip.tender == "other" ? labels.other
                                                         : labels.cash;
    p.push_back(spread(labels.money_back + " (" + tender + ")", money(slip.money_back)));
    if (!slip.vat.is_zero()) {
        p.push_back(spread(labels.vat, money(-slip.vat)));
    }
    return p;
}

PrintRunner::PrintRunner(TillSession& session, Send send, PaperOptions paper, ReceiptLabels receipt_labels,
                         ShiftReportLabels report_labels, SlipLabels slip_labels)
    : session_(session),
      send_(std::move(send)),
      paper_(std::move(paper)),
      receipt_labels_(std::move(receipt_labels)),
      report_labels_(std::move(report_labels)),
      slip_labels_(std::move(slip_labels)),
      queue_(session.store()) {}

void PrintRunner::set_labels(ReceiptLabels receipt_labels, ShiftReportLabels report_labels,
                             SlipLabels slip_labels) {
    receipt_labels_ = std::move(receipt_labels);
    report_labels_ = std::move(report_labels);
    slip_labels_ = std::move(slip_labels);
}

std::optional<PaperDocument> PrintRunner::layout(const store::PrintJob& job) {
    PaperOptions options = paper_;
    options.open_drawer = job.open_drawer;
    if (job.copy) {
        options.copy_word = slip_labels_.copy;
    }
    const SessionSettings& settings = session_.settings();
    const TimeZone& zone = session_.rules().zone();
    switch (job.kind) {
        case store::PrintJobKind::receipt: {
            const auto view = session_.store().sales().receipt(job.subject);
            if (!view) {
                return std::nullopt;
            }
            const PrintedReceipt printed = session_.render_receipt(*view, receipt_labels_);
            return paper_of(printed.lines, printed.barcode, options);
        }
        case store::PrintJobKind::refund: {
            const auto slip = queue_.refund_slip(job.subject);
            if (!slip) {
                return std::nullopt;
            }
            return paper_of(render_refund_slip(*slip, slip_labels_, settings.shop_name, zone,
                                               settings.currency_digits, settings.language),
                            std::nullopt, options);
        }
        case store::PrintJobKind::x_report:
        case store::PrintJobKind::z_report: {
            store::Shifts shifts(session_.store());
            const store::ShiftReport report =
                job.kind == store::PrintJobKind::x_report
                    ? shifts.x_report(session_.clock().now())
                    : shifts.z_report(job.subject.empty() ? std::nullopt
                                                          : std::optional(std::stoll(job.subject)));
            return paper_of(render_shift_report(report, report_labels_, settings.shop_name, zone,
                                                settings.currency_digits, settings.language),
                            std::nullopt, options);
        }
        case store::PrintJobKind::drawer: {
            PaperDocument pulse;
            pulse.pulse(options.drawer_pin);
            return pulse;
        }
    }
    return std::nullopt;
}

int PrintRunner::pump() {
    int sent = 0;
    for (const store::PrintJob& job : queue_.waiting()) {
        if (in_flight_.count(job.id) != 0) {
            continue;
        }
        std::optional<PaperDocument> paper;
        try {
            paper = layout(job);
        } catch (const store::StoreError&) {
            paper.reset();  // an X report with no shift open, a Z that is gone: nothing to print
        } catch (const std::exception&) {
            paper.reset();
        }
        if (!paper) {
            // What it named is not there (a hand-edited file): it would block the queue forever.
            queue_.done(job.id);
            session_.store().staff().audit(
                store::Actor{"till"}, "print_dropped", std::to_string(job.id),
                std::string(store::print_job_kind_name(job.kind)) + " " + job.subject,
                session_.clock().now());
            continue;
        }
        in_flight_.insert(job.id);
        send_(job.id, *paper);
        ++sent;
    }
    return sent;
}

void PrintRunner::finished(std::int64_t job_id, Result result, std::string_view reason) {
    in_flight_.erase(job_id);
    switch (result) {
        case Result::printed:
            queue_.done(job_id);
            break;
        case Result::not_printed:
            queue_.failed(job_id, reason);
            break;
        case Result::interrupted:
            queue_.done(job_id);
            session_.store().staff().audit(store::Actor{"till"}, "print_interrupted", std::to_string(job_id),
                                           std::string(reason), session_.clock().now());
            break;
    }
}

}  // namespace kassa::till
