#pragma once
// The customer card (F1 when a customer is on the panel): contact and consent, cards, purchase cycle, the
// notes and the owner's attributes the cashier should see at the next visit, the points history with
// reasons, stamps and open coupons, the last purchases with their lines, and the complaints, where a new one
// is recorded (a goodwill credit asks for the owner's PIN). Everything comes from till::CustomerCard.
//
// Threading rule: GUI thread only.

#include <QDialog>
#include <memory>

#include "kassa/till/customer_card.hpp"
#include "kassa/ui/dialog_runner.hpp"
#include "kassa/ui/formatter.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace kassa::ui {

class CustomerCardDialog : public QDialog {
    Q_OBJECT

  public:
    // `run` shows the owner's PIN dialog for a goodwill credit (the screen's runner: tests script it).
    CustomerCardDialog(std::unique_ptr<till::CustomerCard> card, const Formatter& format, DialogRunner run,
                       QWidget* parent = nullptr);
    ~CustomerCardDialog() override;

    [[nodiscard]] QTabWidget* tabs() const { return tabs_; }
    [[nodiscard]] QString overview() const;
    [[nodiscard]] QTreeWidget* notes() const { return notes_; }
    [[nodiscard]] QLineEdit* note_edit() const { return note_; }
    [[nodiscard]] QLineEdit* attribute_key() const { return key_; }
    [[nodiscard]] QLineEdit* attribute_value() const { return value_; }
    [[nodiscard]] QLineEdit* new_card() const { return new_card_; }
    [[nodiscard]] QTreeWidget* ledger() const { return ledger_; }
    [[nodiscard]] QTreeWidget* purchases() const { return purchases_; }
    [[nodiscard]] QTreeWidget* complaints() const { return complaints_; }
    [[nodiscard]] QLineEdit* complaint_reason() const { return reason_; }
    [[nodiscard]] QComboBox* complaint_resolution() const { return resolution_; }
    [[nodiscard]] QSpinBox* complaint_points() const { return credit_; }
    [[nodiscard]] QLineEdit* complaint_receipt() const { return receipt_; }
    // The sentence under the card after the last action (empty when none).
    [[nodiscard]] QString result() const;

    // The points history's "What" of an entry ("Earned", "Spent", ...), from the ledger's kind key.
    static QString ledger_kind(const std::string& kind);
    // Its "Why": Kassa's own reasons in words, a person's or the rules' as they wrote them; an entry with no
    // reason at all names its programme (`program_name`, the card's name for it).
    static QString ledger_why(const store::LedgerLine& line, const QString& program_name);

  public slots:
    void reload();
    void add_note();
    void set_attribute();
    void bind_card();
    void record_complaint();

  private:
    std::unique_ptr<till::CustomerCard> card_;
    const Formatter& format_;
    DialogRunner run_;
    QTabWidget* tabs_;
    QLabel* overview_;
    QTreeWidget* notes_;
    QLineEdit* note_;
    QLineEdit* key_;
    QLineEdit* value_;
    QLineEdit* new_card_;
    QTreeWidget* ledger_;
    QTreeWidget* purchases_;
    QTreeWidget* complaints_;
    QLineEdit* reason_;
    QComboBox* resolution_;
    QSpinBox* credit_;
    QLineEdit* receipt_;
    QLabel* result_;
};

}  // namespace kassa::ui
