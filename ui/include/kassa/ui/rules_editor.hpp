#pragma once
// The owner's rules editor (owner's desk, "Edit rules"): the programmes of a draft in a list, one form per
// programme type (docs/rules.md), the engine's problems under the fields as she types, the conflicts it
// accepts but she may not mean, a what-if on the last 30 days' receipts, and saving a new rules version.
// The forms only turn what she typed into the document's values (percent into basis points, money into minor
// units); checking, previewing and saving are till::RulesDraft's.
//
// Threading rule: GUI thread only, like every widget.

#include <QWidget>
#include <functional>
#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

#include "kassa/till/owner_desk.hpp"
#include "kassa/till/rules_draft.hpp"
#include "kassa/ui/formatter.hpp"

class QCheckBox;
class QLabel;
class QFormLayout;
class QListWidget;
class QPrinter;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace kassa::ui {

// One value of a programme shown in a widget: it reads the value from the programme's JSON and writes it
// back. A value the owner did not touch is written back exactly as it was read, so opening and closing a
// form changes nothing in the document.
class ProgrammeField {
  public:
    explicit ProgrammeField(std::string key) : key_(std::move(key)) {}
    virtual ~ProgrammeField() = default;
    ProgrammeField(const ProgrammeField&) = delete;
    ProgrammeField& operator=(const ProgrammeField&) = delete;

    // The value's path inside its object, dotted for nested objects ("conditions.weekdays").
    [[nodiscard]] const std::string& key() const { return key_; }
    [[nodiscard]] virtual QWidget* widget() const = 0;
    void load(const nlohmann::json& object);
    void store(nlohmann::json& object) const;
    // Writes what the widget holds, even where the owner changed nothing (a default shows as itself).
    void store_typed(nlohmann::json& object) const;
    // Called after every edit the owner makes.
    std::function<void()> on_change;

  protected:
    // The value as the widget holds it now; null when the field is left out.
    [[nodiscard]] virtual nlohmann::json value() const = 0;
    virtual void show(const nlohmann::json& value) = 0;
    void changed() const {
        if (on_change) {
            on_change();
        }
    }

  private:
    std::string key_;
    nlohmann::json loaded_;        // as it was in the document (null: absent)
    nlohmann::json loaded_value_;  // what value() gave right after showing it
};

// The form of one programme: the common fields, then those of its type.
class ProgrammeForm : public QWidget {
    Q_OBJECT

  public:
    ProgrammeForm(const nlohmann::json& programme, till::RulesDraft& draft, const Formatter& format,
                  QWidget* parent = nullptr);
    ~ProgrammeForm() override;

    // The programme as the form holds it now.
    [[nodiscard]] nlohmann::json programme() const;
    // The programme made from the widgets alone, every field written as shown (defaults included): what the
    // form means, whatever the document said before; a form that shows a document faithfully gives it back.
    [[nodiscard]] nlohmann::json typed() const;
    // Shows each problem under the field it belongs to; those no field owns go to the form's foot.
    void show_errors(const std::vector<till::DraftError>& errors);
    // The widget that edits `key` ("accrual_bp", "effect", "conditions.weekdays"), or nullptr.
    [[nodiscard]] QWidget* field(const std::string& key) const;
    // The sentence shown under `key` ("" when none).
    [[nodiscard]] QString error_under(const std::string& key) const;

    // The words the owner reads for the fields of the table the form is built from
    // (kassa/core_json/programme_fields.hpp): a field's label in a programme of `type` (a flag's box text),
    // an effect type, an effect's own field, a column of a table field, a value of a choice. "" for a key
    // without words: the editor's test fails on any field of the table that has none.
    static QString label(ProgramType type, const std::string& key);
    static QString effect_title(const std::string& type);
    static QString effect_label(const std::string& key);
    static QString column_title(const std::string& field, const std::string& column);
    static QString choice_word(const std::string& field, const std::string& word);
    // A problem of the rules document (the reader's typed problem and its values) as the owner reads it.
    // `digits` scales the bounds of a field typed in a unit: a percent kept in basis points has 2, so its
    // 0..10000 reads "between 0 and 100".
    static QString problem_text(const RuleError& error, int digits, const QLocale& locale);
    // Where a problem is, in the owner's words: a field of a programme of `type` with its row or the
    // effect's own field ("Levels, row 2: From spend"), from a path inside the programme.
    static QString path_title(ProgramType type, const std::string& path);
    // A field of the rules document itself (currency, the list of programmes...).
    static QString document_field_title(const std::string& path);
    // One change between two rules documents (a version's history, going back to it) in the owner's words,
    // its values written as the editor shows them (percent, money, the words of a choice).
    static QString change_text(const kassa::json::RuleChange& change, const Formatter& format);

  signals:
    void edited();
    // The owner asked for `count` new single-use codes (coupon programmes).
    void codes_wanted(int count);
    void print_wanted();

  private:
    void add(const QString& label, std::unique_ptr<ProgrammeField> field);
    // The coupon's "make new codes" and "print the codes" row, under its codes.
    void add_code_buttons();

    nlohmann::json original_;
    ProgramType type_ = ProgramType::bonus;
    const Formatter& format_;
    QFormLayout* layout_;
    std::vector<std::unique_ptr<ProgrammeField>> fields_;
    std::vector<QLabel*> error_labels_;  // one under each field
    QLabel* other_errors_;
};

class RulesEditorPage : public QWidget {
    Q_OBJECT

  public:
    RulesEditorPage(till::OwnerDesk& desk, const Formatter& format, QWidget* parent = nullptr);
    ~RulesEditorPage() override;

    [[nodiscard]] till::RulesDraft& draft() { return *draft_; }
    [[nodiscard]] QListWidget* programmes() const { return list_; }
    [[nodiscard]] ProgrammeForm* form() const { return form_; }
    [[nodiscard]] QListWidget* problems() const { return problems_; }
    [[nodiscard]] QTableWidget* preview_table() const { return preview_; }
    [[nodiscard]] QPushButton* save_button() const { return save_; }
    [[nodiscard]] QString note() const;
    // Adds a programme of `type` and opens its form.
    void add(ProgramType type);
    // Prints the codes of the open coupon programme, one per line with the programme's name and effect.
    void print_codes(QPrinter& printer);
    // The owner-facing sentence of a conflict.
    static QString conflict_text(const till::DraftConflict& conflict);
    // A programme type as the owner reads it ("Promotion").
    static QString type_title(ProgramType type);

  signals:
    // A new rules version was saved (the history page reloads).
    void saved();

  public slots:
    // Starts over from the saved current rules.
    void reload();
    void show_preview();
    void save();
    void remove_current();

  private:
    void open(int row);
    void form_edited();
    void refresh_checks();
    void refresh_list();
    void generate_codes(int count);

    till::OwnerDesk& desk_;
    const Formatter& format_;
    std::unique_ptr<till::RulesDraft> draft_;
    QListWidget* list_;
    QScrollArea* scroll_;
    ProgrammeForm* form_ = nullptr;
    int open_row_ = -1;
    QListWidget* problems_;
    QTableWidget* preview_;
    QPushButton* save_;
    QCheckBox* shop_only_ = nullptr;  // save for this till's shop only (a shop's own promotions)
    QLabel* note_;
};

}  // namespace kassa::ui
