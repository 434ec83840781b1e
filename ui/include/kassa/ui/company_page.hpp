#pragma once
// The owner's desk over the whole company (docs/reports.md, "company"; docs/sync.md): for a till that
// joined an office database, the company's figures by shop and in total (receipts, gross, discounts, net,
// VAT, returns, points earned and redeemed, new customers) over a range of business days, read from the
// office database. The reading runs on a thread of its own, so neither the sale screen nor this window ever
// waits for the network; when the office cannot be reached or refuses, a sentence in the till's language
// says so and the table is left empty (nothing here writes anything, so nothing is lost).
//
// Threading rule: the widget lives on the GUI thread. show_report() hands the fetch a copy of the period and
// runs it on a new QThread; the fetch must not touch the widget nor anything of the GUI thread (the app's
// fetch opens its own connection to the office). Its outcome comes back to the GUI thread as a queued call
// that is dropped when the widget has gone or a newer request was made.

#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QWidget>
#include <functional>
#include <optional>

#include "kassa/central/company_report.hpp"
#include "kassa/ui/formatter.hpp"

namespace kassa::ui {

// What reading the company's figures gave: the report, or the office's typed problem.
struct CompanyOutcome {
    std::optional<central::CompanyReport> report;
    std::optional<central::CentralProblem> problem;  // set when the office failed or refused
    bool failed = false;                             // anything else went wrong (the shop file...)
};

// The sentences of the company view, shared with its tests.
class CompanyText {
    Q_DECLARE_TR_FUNCTIONS(kassa::ui::CompanyText)

  public:
    static QString problem(central::CentralProblem problem);
    static QString column(int figure);  // the figure's column title, in CompanyPage's order
};

class CompanyPage : public QWidget {
    Q_OBJECT

  public:
    // Reads the company's report of the period from the office. Called on a worker thread; throws
    // central::CentralError for the office's problems.
    using Fetch = std::function<central::CompanyReport(const central::CompanyPeriod&)>;

    CompanyPage(Fetch fetch, const Formatter& format, std::chrono::year_month_day today,
                QWidget* parent = nullptr);

    [[nodiscard]] QDateEdit* from() const { return from_; }
    [[nodiscard]] QDateEdit* to() const { return to_; }
    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] QPushButton* show_button() const { return show_; }
    [[nodiscard]] QString note() const;
    // A request is out and its answer has not come back yet.
    [[nodiscard]] bool reading() const { return reading_; }
    [[nodiscard]] const std::optional<central::CompanyReport>& shown() const { return shown_; }

  public slots:
    // Starts reading the period's figures; returns at once.
    void show_report();

  private:
    void take(int request, const CompanyOutcome& outcome, std::chrono::year_month_day from,
              std::chrono::year_month_day to);
    void fill(const central::CompanyReport& report);

    Fetch fetch_;
    const Formatter& format_;
    QDateEdit* from_;
    QDateEdit* to_;
    QPushButton* show_;
    QLabel* note_;
    QTableWidget* table_;
    std::optional<central::CompanyReport> shown_;
    int request_ = 0;  // the newest request's number: an older answer is dropped
    bool reading_ = false;
};

}  // namespace kassa::ui
