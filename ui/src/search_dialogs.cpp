#include "kassa/ui/search_dialogs.hpp"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "kassa/store/phone_keys.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/ui/notice_text.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::show_sentence;
using detail::ss;

namespace {

// A phone number as typed at the till: digits with spaces, dashes, brackets and a leading +.
bool looks_like_phone(const QString& text) {
    int digits = 0;
    for (const QChar c : text) {
        if (c.isDigit()) {
            ++digits;
        } else if (c != QLatin1Char('+') && c != QLatin1Char(' ') && c != QLatin1Char('-') &&
                   c != QLatin1Char('(') && c != QLatin1Char(')')) {
            return false;
        }
    }
    return digits >= 5;
}

}  // namespace

// ---- products --------------------------------------------------------------------------------------------

ProductSearchDialog::ProductSearchDialog(const till::TillSession& session, const Formatter& format,
                                         QWidget* parent)
    : QDialog(parent), session_(session), format_(format) {
    setWindowTitle(tr("Find a product"));
    resize(640, 480);
    auto* layout = new QVBoxLayout(this);
    query_ = new QLineEdit(this);
    query_->setObjectName(QStringLiteral("query"));
    query_->setPlaceholderText(tr("Name or SKU; arrows choose, Enter adds"));
    connect(query_, &QLineEdit::textEdited, this, &ProductSearchDialog::search);
    connect(query_, &QLineEdit::returnPressed, this, &ProductSearchDialog::accept);
    layout->addWidget(query_);
    results_ = new QListWidget(this);
    results_->setObjectName(QStringLiteral("results"));
    results_->setFocusPolicy(Qt::NoFocus);
    connect(results_, &QListWidget::itemActivated, this, &ProductSearchDialog::accept);
    layout->addWidget(results_);
    new detail::ArrowKeysToList(query_, results_);
    hint_ = new QLabel(this);
    hint_->setObjectName(QStringLiteral("result"));
    layout->addWidget(hint_);
    query_->setFocus();
}

void ProductSearchDialog::search() {
    results_->clear();
    found_.clear();
    const QString text = query_->text().trimmed();
    if (text.isEmpty()) {
        hint_->clear();
        return;
    }
    found_ = session_.search_products(ss(text));
    for (const store::Product& p : found_) {
        const QString price =
            p.by_weight ? tr("%1 per kg").arg(format_.money(p.price)) : format_.money(p.price);
        results_->addItem(tr("%1  ·  %2  ·  %3").arg(qs(p.name), qs(p.sku), price));
    }
    if (!found_.empty()) {
        results_->setCurrentRow(0);
    }
    hint_->setText(found_.empty() ? tr("Nothing found.") : QString());
}

void ProductSearchDialog::accept() {
    const int row = results_->currentRow();
    if (row < 0 || static_cast<std::size_t>(row) >= found_.size()) {
        search();  // Enter before the list caught up with the typing
        if (found_.empty()) {
            return;
        }
        chosen_ = found_.front();
    } else {
        chosen_ = found_[static_cast<std::size_t>(row)];
    }
    QDialog::accept();
}

// ---- customers -------------------------------------------------------------------------------------------

CustomerSearchDialog::CustomerSearchDialog(till::TillSession& session, const Formatter& format,
                                           QWidget* parent)
    : QDialog(parent), session_(session), format_(format) {
    setWindowTitle(tr("Find a customer"));
    resize(640, 480);
    auto* layout = new QVBoxLayout(this);
    query_ = new QLineEdit(this);
    query_->setObjectName(QStringLiteral("query"));
    query_->setPlaceholderText(tr("Phone number or name, then Enter"));
    connect(query_, &QLineEdit::textEdited, this, &CustomerSearchDialog::search);
    connect(query_, &QLineEdit::returnPressed, this, &CustomerSearchDialog::accept);
    layout->addWidget(query_);
    results_ = new QListWidget(this);
    results_->setObjectName(QStringLiteral("results"));
    results_->setFocusPolicy(Qt::NoFocus);
    connect(results_, &QListWidget::itemActivated, this, &CustomerSearchDialog::accept);
    layout->addWidget(results_);
    new detail::ArrowKeysToList(query_, results_);
    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("result"));
    result_->setWordWrap(true);
    result_->hide();
    layout->addWidget(result_);
    auto* row = new QHBoxLayout();
    if (session.customer()) {
        auto* remove = new QPushButton(tr("F9: take the customer off the sale"), this);
        detail::bind_key(remove, QKeySequence(Qt::Key_F9));
        remove->setAutoDefault(false);
        remove->setFocusPolicy(Qt::NoFocus);
        connect(remove, &QPushButton::clicked, this, &CustomerSearchDialog::remove_customer);
        row->addWidget(remove);
    }
    auto* close = new QPushButton(tr("Close (Esc)"), this);
    close->setAutoDefault(false);
    close->setFocusPolicy(Qt::NoFocus);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    row->addWidget(close);
    layout->addLayout(row);
    query_->setFocus();
}

void CustomerSearchDialog::search() {
    results_->clear();
    found_.clear();
    const QString text = query_->text().trimmed();
    // A phone is looked up on Enter only (a partial number matches nobody); names list as they are typed.
    if (text.size() < 2 || looks_like_phone(text)) {
        return;
    }
    found_ = session_.search_customers(ss(text));
    const std::string region =
        found_.empty() ? std::string() : session_.store().shop().settings().phone_country;
    for (const store::Customer& c : found_) {
        QString line = qs(c.first_name + " " + c.last_name).trimmed();
        if (!c.phone.empty()) {
            line += QStringLiteral("  ·  ") + qs(store::phone_for_people(c.phone, region));
        }
        if (c.birthday) {
            line += QStringLiteral("  ·  ") + format_.date(*c.birthday);
        }
        results_->addItem(line);
    }
    if (!found_.empty()) {
        results_->setCurrentRow(0);
    }
}

void CustomerSearchDialog::accept() {
    const QString text = query_->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    const int row = results_->currentRow();
    if (looks_like_phone(text)) {
        notice_ = session_.identify_by_phone(ss(text));
    } else if (row >= 0 && static_cast<std::size_t>(row) < found_.size()) {
        notice_ = session_.choose_customer(found_[static_cast<std::size_t>(row)].id);
    } else {
        notice_ = till::Notice{till::Outcome::customer_not_found, ss(text), {}};
    }
    if (notice_->ok()) {
        QDialog::accept();
        return;
    }
    show_sentence(result_, NoticeText::sentence(*notice_), false);
    query_->selectAll();
}

void CustomerSearchDialog::remove_customer() {
    notice_ = session_.remove_customer();
    if (notice_->ok()) {
        QDialog::accept();
        return;
    }
    show_sentence(result_, NoticeText::sentence(*notice_), false);
}

}  // namespace kassa::ui
