#pragma once
// Finding a product by name or SKU (F3) and a customer by phone or name (F4), results as the cashier types.
//
// Threading rule: GUI thread only; searches run on it (the store answers a prefix search in milliseconds).

#include <QDialog>
#include <optional>
#include <vector>

#include "kassa/till/session.hpp"
#include "kassa/ui/formatter.hpp"

class QLabel;
class QLineEdit;
class QListWidget;

namespace kassa::ui {

class ProductSearchDialog : public QDialog {
    Q_OBJECT

  public:
    ProductSearchDialog(const till::TillSession& session, const Formatter& format, QWidget* parent = nullptr);
    // Set once accepted.
    [[nodiscard]] const std::optional<store::Product>& chosen() const { return chosen_; }
    [[nodiscard]] QLineEdit* query() const { return query_; }
    [[nodiscard]] QListWidget* results() const { return results_; }

  public slots:
    void search();
    void accept() override;  // with the highlighted product

  private:
    const till::TillSession& session_;
    const Formatter& format_;
    QLineEdit* query_;
    QListWidget* results_;
    QLabel* hint_;
    std::vector<store::Product> found_;
    std::optional<store::Product> chosen_;
};

// Enter with a phone number identifies by phone; a name lists matches, Enter takes the highlighted one.
// F9 takes the customer off the basket.
class CustomerSearchDialog : public QDialog {
    Q_OBJECT

  public:
    CustomerSearchDialog(till::TillSession& session, const Formatter& format, QWidget* parent = nullptr);
    [[nodiscard]] const std::optional<till::Notice>& last_notice() const { return notice_; }
    [[nodiscard]] QLineEdit* query() const { return query_; }
    [[nodiscard]] QListWidget* results() const { return results_; }

  public slots:
    void search();
    void accept() override;
    void remove_customer();

  private:
    till::TillSession& session_;
    const Formatter& format_;
    QLineEdit* query_;
    QListWidget* results_;
    QLabel* result_;
    std::vector<store::Customer> found_;
    std::optional<till::Notice> notice_;
};

}  // namespace kassa::ui
