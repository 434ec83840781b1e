#pragma once
// The owner's desk's "Conflicts" tab (docs/sync.md, "Conflicts"): what two tills of a central database did
// to the same thing without seeing each other (points taken twice from one lot, a phone or a card enrolled
// twice), the customers each is about as the owner finds them (name, phone, card), "Merge customers" for a
// person enrolled twice (the owner chooses whom to keep) and "Mark as dealt with". The list and the actions
// are till::OwnerDesk's; the page lays them out in the till's language.
//
// Threading rule: GUI thread only, like every widget.

#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

#include "kassa/store/sync_log.hpp"
#include "kassa/till/owner_desk.hpp"
#include "kassa/ui/formatter.hpp"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kassa::ui {

class ConflictsPage : public QWidget {
    Q_OBJECT

  public:
    ConflictsPage(till::OwnerDesk& desk, const Formatter& format, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] QCheckBox* show_settled() const { return show_settled_; }
    // The customer who stays after "Merge customers": the two of the chosen duplicate, the first enrolled
    // here first.
    [[nodiscard]] QComboBox* keep() const { return keep_; }
    [[nodiscard]] QPushButton* merge_button() const { return merge_; }
    [[nodiscard]] QPushButton* dealt_with_button() const { return dealt_with_; }
    [[nodiscard]] QString note() const;
    // Picks the conflict shown in row `row`.
    void choose(int row);

    // What kind of conflict it is, in words ("Phone enrolled twice").
    static QString kind_text(store::SyncConflictKind kind);
    static QString field_text(const std::string& field);

  public slots:
    void load();
    void merge();
    void mark_dealt_with();

  private:
    [[nodiscard]] const store::SyncConflict* chosen() const;
    [[nodiscard]] QString person(const std::optional<store::ConflictCustomer>& customer) const;
    [[nodiscard]] QString details(const store::SyncConflict& conflict) const;
    [[nodiscard]] QString value_text(const std::string& field, const std::optional<std::string>& value) const;
    [[nodiscard]] QString state(const store::SyncConflict& conflict) const;

    till::OwnerDesk& desk_;
    const Formatter& format_;
    std::vector<store::SyncConflict> conflicts_;
    std::string phone_country_;
    QCheckBox* show_settled_;
    QTableWidget* table_;
    QComboBox* keep_;
    QPushButton* merge_;
    QPushButton* dealt_with_;
    QLabel* note_;
};

}  // namespace kassa::ui
