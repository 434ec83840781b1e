#pragma once
// The small dialogs of the sale screen: the owner's PIN, a quantity or weight, coupons, points, the reason
// for cancelling, held baskets. Each one asks for one thing, is filled in with the keyboard alone (Enter
// confirms, Esc closes), and leaves every decision to the till session: a dialog that calls the session
// keeps the last Notice for the sale screen to show.
//
// Threading rule: GUI thread only.

#include <QDialog>
#include <functional>
#include <optional>
#include <string>

#include "kassa/till/session.hpp"
#include "kassa/ui/dialog_runner.hpp"
#include "kassa/ui/formatter.hpp"

class QLabel;
class QLineEdit;
class QListWidget;
class QComboBox;
class QPushButton;

namespace kassa::ui {

// Asks for the owner's PIN for an owner-only action; shows why, and the store's sentence for a wrong PIN.
class OwnerPinDialog : public QDialog {
    Q_OBJECT

  public:
    OwnerPinDialog(const QString& why, const QString& previous_refusal, QWidget* parent = nullptr);
    [[nodiscard]] std::string pin() const;
    [[nodiscard]] QLineEdit* pin_edit() const { return pin_; }

  private:
    QLineEdit* pin_;
};

// Runs an owner-only action: `act("")` first (a logged-in owner needs no PIN), then while it answers
// needs_owner or owner_pin_wrong the owner's PIN dialog (`why`, and the refusal of a wrong PIN), through
// `run`. Returns the last notice (still needs_owner or owner_pin_wrong when the dialog was cancelled).
till::Notice with_owner_pin(const DialogRunner& run, QWidget* parent, const QString& why,
                            const std::function<till::Notice(const std::string&)>& act);

// A quantity in pieces or a weight in kilograms for one product.
class QuantityDialog : public QDialog {
    Q_OBJECT

  public:
    QuantityDialog(const Formatter& format, const QString& product, bool by_weight,
                   std::optional<Quantity> current, QWidget* parent = nullptr);
    // Set once accepted.
    [[nodiscard]] const std::optional<Quantity>& quantity() const { return quantity_; }
    [[nodiscard]] QLineEdit* edit() const { return edit_; }

  public slots:
    void accept() override;  // only with a quantity that reads

  private:
    const Formatter& format_;
    bool by_weight_;
    QLineEdit* edit_;
    QLabel* error_;
    std::optional<Quantity> quantity_;
};

// Coupon codes for the basket: type or scan a code and Enter; Del removes the selected one. The engine's
// rejection sentence shows at once.
class CouponDialog : public QDialog {
    Q_OBJECT

  public:
    CouponDialog(till::TillSession& session, QWidget* parent = nullptr);
    [[nodiscard]] const std::optional<till::Notice>& last_notice() const { return notice_; }
    [[nodiscard]] QLineEdit* code_edit() const { return code_; }

  public slots:
    void add_code();
    void remove_selected();

  private:
    void refresh();
    till::TillSession& session_;
    QLineEdit* code_;
    QListWidget* list_;
    QLabel* result_;
    std::optional<till::Notice> notice_;
};

// Paying with points: the balance, the most this purchase allows, the cap and the minimum, from the quote.
class RedeemDialog : public QDialog {
    Q_OBJECT

  public:
    RedeemDialog(till::TillSession& session, const Formatter& format, QWidget* parent = nullptr);
    [[nodiscard]] const std::optional<till::Notice>& last_notice() const { return notice_; }
    [[nodiscard]] QLineEdit* points_edit() const { return points_; }
    [[nodiscard]] QLabel* explanation() const { return explanation_; }

  public slots:
    void use_typed();  // Enter: the typed points (empty: the most allowed)
    void use_max();
    void use_none();

  private:
    void apply(RedeemRequest request);
    till::TillSession& session_;
    const Formatter& format_;
    QLineEdit* points_;
    QLabel* explanation_;
    QLabel* result_;
    std::optional<till::Notice> notice_;
};

// The reason for cancelling a basket (the session audits it).
class CancelDialog : public QDialog {
    Q_OBJECT

  public:
    explicit CancelDialog(QWidget* parent = nullptr);
    [[nodiscard]] std::string reason() const;
    [[nodiscard]] QComboBox* reason_box() const { return reason_; }

  public slots:
    void accept() override;  // only with a reason

  private:
    QComboBox* reason_;
    QLabel* error_;
};

// F9: with a basket on the screen, puts it aside under a label; with an empty one, lists the held baskets
// to resume.
class HeldDialog : public QDialog {
    Q_OBJECT

  public:
    HeldDialog(till::TillSession& session, const Formatter& format, QWidget* parent = nullptr);
    [[nodiscard]] const std::optional<till::Notice>& last_notice() const { return notice_; }
    [[nodiscard]] bool holding() const { return holding_; }
    [[nodiscard]] QLineEdit* label_edit() const { return label_; }
    [[nodiscard]] QListWidget* list() const { return list_; }

  public slots:
    void accept() override;  // holds, or resumes the selected basket

  private:
    till::TillSession& session_;
    bool holding_;
    QLineEdit* label_ = nullptr;
    QListWidget* list_ = nullptr;
    QLabel* result_;
    std::optional<till::Notice> notice_;
};

}  // namespace kassa::ui
