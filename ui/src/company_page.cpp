#include "kassa/ui/company_page.hpp"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPointer>
#include <QThread>
#include <QVBoxLayout>

#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::show_sentence;

namespace {

constexpr int kFigures = 10;

QDate to_qdate(std::chrono::year_month_day date) {
    return QDate(static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
                 static_cast<int>(static_cast<unsigned>(date.day())));
}

std::chrono::year_month_day from_qdate(const QDate& date) {
    return std::chrono::year_month_day{std::chrono::year{date.year()},
                                       std::chrono::month{static_cast<unsigned>(date.month())},
                                       std::chrono::day{static_cast<unsigned>(date.day())}};
}

// The figures as the owner reads them, in the columns' order.
QStringList cells(const central::OfficeFigures& f, const Formatter& format) {
    const auto number = [&format](std::int64_t n) {
        return format.locale().toString(static_cast<qlonglong>(n));
    };
    return {number(f.receipts),
            format.money(f.gross),
            format.money(f.discount),
            format.money(f.net),
            format.money(f.vat),
            number(f.refunds),
            format.money(f.refunded),
            format.points(f.points_earned),
            format.points(f.points_redeemed),
            number(f.new_customers)};
}

}  // namespace

QString CompanyText::problem(central::CentralProblem problem) {
    using central::CentralProblem;
    switch (problem) {
        case CentralProblem::unreachable:
            return tr(
                "The office cannot be reached, so the whole company's figures cannot be shown now. The "
                "till keeps selling; try again later.");
        case CentralProblem::login_refused:
        case CentralProblem::wrong_till_login:
        case CentralProblem::password_file_unreadable:
        case CentralProblem::password_file_open_to_others:
            return tr("The office refused this till's login; the owner must check this till's password.");
        case CentralProblem::newer_schema:
            return tr("The office database is newer than this till; install the newer Kassa.");
        case CentralProblem::not_initialised:
        case CentralProblem::not_a_member:
        case CentralProblem::unknown_till:
        case CentralProblem::no_such_company:
            return tr("The office database does not know this till; join it again.");
        default:
            // tls_refused, server_refused, disk_full...: the office answered and did not give the figures.
            return tr("The office did not give the figures; try again later or call support.");
    }
}

QString CompanyText::column(int figure) {
    switch (figure) {
        case 0:
            return tr("Receipts");
        case 1:
            return tr("Gross");
        case 2:
            return tr("Discounts");
        case 3:
            return tr("Net");
        case 4:
            return tr("VAT");
        case 5:
            return tr("Returns");
        case 6:
            return tr("Money back");
        case 7:
            return tr("Points earned");
        case 8:
            return tr("Points redeemed");
        default:
            return tr("New customers");
    }
}

CompanyPage::CompanyPage(Fetch fetch, const Formatter& format, std::chrono::year_month_day today,
                         QWidget* parent)
    : QWidget(parent), fetch_(std::move(fetch)), format_(format) {
    auto* layout = new QVBoxLayout(this);
    auto* controls = new QHBoxLayout();
    // The last 30 days up to today, like the shop's own reports.
    from_ = new QDateEdit(to_qdate(today).addDays(-29), this);
    from_->setObjectName(QStringLiteral("company_from"));
    from_->setCalendarPopup(true);
    from_->setDisplayFormat(format.date_format());
    to_ = new QDateEdit(to_qdate(today), this);
    to_->setObjectName(QStringLiteral("company_to"));
    to_->setCalendarPopup(true);
    to_->setDisplayFormat(format.date_format());
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(from_);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(to_);
    show_ = new QPushButton(tr("Show"), this);
    show_->setObjectName(QStringLiteral("show_company"));
    connect(show_, &QPushButton::clicked, this, &CompanyPage::show_report);
    controls->addWidget(show_);
    controls->addStretch(1);
    layout->addLayout(controls);
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("company_note"));
    note_->setWordWrap(true);
    note_->hide();
    layout->addWidget(note_);
    table_ = new QTableWidget(this);
    table_->setObjectName(QStringLiteral("company_table"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->setVisible(false);
    QStringList titles{tr("Shop")};
    for (int i = 0; i < kFigures; ++i) {
        titles << CompanyText::column(i);
    }
    table_->setColumnCount(static_cast<int>(titles.size()));
    table_->setHorizontalHeaderLabels(titles);
    layout->addWidget(table_, 1);
}

QString CompanyPage::note() const {
    return note_->text();
}

void CompanyPage::show_report() {
    const int request = ++request_;
    reading_ = true;
    show_sentence(note_, tr("Reading the whole company's figures from the office…"), true);
    const central::CompanyPeriod period{from_qdate(from_->date()), from_qdate(to_->date())};
    // The worker gets copies only; its answer is delivered through the application object on the GUI
    // thread, where the guard tells whether this page still exists.
    QPointer<CompanyPage> guard(this);
    QThread* worker = QThread::create([fetch = fetch_, period, request, guard] {
        CompanyOutcome outcome;
        try {
            outcome.report = fetch(period);
        } catch (const central::CentralError& e) {
            outcome.problem = e.problem();
        } catch (const std::exception&) {
            outcome.failed = true;
        }
        QMetaObject::invokeMethod(
            qApp,
            [guard, request, outcome, period] {
                if (guard) {
                    guard->take(request, outcome, period.from, period.to);
                }
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void CompanyPage::take(int request, const CompanyOutcome& outcome, std::chrono::year_month_day from,
                       std::chrono::year_month_day to) {
    if (request != request_) {
        return;  // the owner asked again meanwhile: the newer answer is the one to show
    }
    reading_ = false;
    if (outcome.report) {
        fill(*outcome.report);
        shown_ = outcome.report;
        show_sentence(
            note_,
            tr("%1, %2 to %3, by shop: what the tills have sent to the office (sales a till has not "
               "sent yet are not counted).")
                .arg(qs(outcome.report->company_name), format_.date(from), format_.date(to)),
            true);
        return;
    }
    table_->setRowCount(0);
    shown_.reset();
    show_sentence(note_,
                  outcome.problem ? CompanyText::problem(*outcome.problem)
                                  : tr("The whole company's figures could not be read; call support."),
                  false);
}

void CompanyPage::fill(const central::CompanyReport& report) {
    table_->setRowCount(static_cast<int>(report.shops.size()) + 1);
    const auto row = [this](int r, const QString& name, const central::OfficeFigures& f, bool bold) {
        auto* first = new QTableWidgetItem(name);
        QFont font = first->font();
        font.setBold(bold);
        first->setFont(font);
        table_->setItem(r, 0, first);
        const QStringList values = cells(f, format_);
        for (int c = 0; c < static_cast<int>(values.size()); ++c) {
            auto* item = new QTableWidgetItem(values[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setFont(font);
            table_->setItem(r, c + 1, item);
        }
    };
    int r = 0;
    for (const auto& shop : report.shops) {
        row(r++, qs(shop.shop_name), shop.figures, false);
    }
    row(r, tr("Whole company"), report.total, true);
    table_->resizeColumnsToContents();
}

}  // namespace kassa::ui
