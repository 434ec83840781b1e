#include "kassa/ui/rules_editor.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTextDocument>
#include <QTime>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <map>
#include <set>

#include "kassa/core_json/programme_fields.hpp"
#include "kassa/ui/owner_window.hpp"
#include "util.hpp"

namespace kassa::ui {

using detail::qs;
using detail::show_sentence;
using detail::ss;
using nlohmann::json;

namespace {

// ---- dotted paths in a programme object ("conditions.weekdays") ----

std::vector<std::string> parts_of(const std::string& key) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t dot = key.find('.'); dot != std::string::npos; dot = key.find('.', start)) {
        parts.push_back(key.substr(start, dot - start));
        start = dot + 1;
    }
    parts.push_back(key.substr(start));
    return parts;
}

json find_value(const json& object, const std::string& key) {
    const json* at = &object;
    for (const std::string& part : parts_of(key)) {
        if (!at->is_object() || !at->contains(part)) {
            return nullptr;
        }
        at = &(*at)[part];
    }
    return *at;
}

void put_value(json& object, const std::string& key, const json& value) {
    const auto parts = parts_of(key);
    json* at = &object;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        if (!at->is_object()) {
            return;
        }
        if (!at->contains(parts[i]) || !(*at)[parts[i]].is_object()) {
            if (value.is_null()) {
                return;
            }
            (*at)[parts[i]] = json::object();
        }
        at = &(*at)[parts[i]];
    }
    if (!at->is_object()) {
        return;
    }
    if (value.is_null()) {
        at->erase(parts.back());
    } else {
        (*at)[parts.back()] = value;
    }
}

// ---- numbers as the owner types them ----

// `value` / 10^digits in the locale, without trailing zeros: 500 bp as percent is "5", 250 is "2.5".
QString decimal_text(std::int64_t value, int digits, const QLocale& locale) {
    const bool negative = value < 0;
    std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::uint64_t scale = 1;
    for (int i = 0; i < digits; ++i) {
        scale *= 10;
    }
    QString text = QString::number(magnitude / scale);
    std::uint64_t fraction = magnitude % scale;
    if (fraction != 0) {
        QString decimals = QString::number(fraction).rightJustified(digits, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0'))) {
            decimals.chop(1);
        }
        text += locale.decimalPoint() + decimals;
    }
    return negative ? locale.negativeSign() + text : text;
}

// What the owner typed ("5", "2,5", "-10", "1 000") scaled by 10^digits; nullopt when it is not such a
// number (the text then goes to the engine as it is, and the engine says what it must be).
std::optional<std::int64_t> parse_decimal(QString typed, int digits) {
    typed.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    bool negative = false;
    if (typed.startsWith(QLatin1Char('-')) || typed.startsWith(QChar(0x2212))) {
        negative = true;
        typed.remove(0, 1);
    }
    static const QRegularExpression shape(QStringLiteral("^([0-9]{1,13})(?:[.,]([0-9]*))?$"));
    const auto match = shape.match(typed);
    if (!match.hasMatch() || match.captured(2).size() > digits) {
        return std::nullopt;
    }
    std::int64_t value = match.captured(1).toLongLong();
    QString fraction = match.captured(2);
    for (int i = 0; i < digits; ++i) {
        value = value * 10 + (i < fraction.size() ? fraction[i].digitValue() : 0);
    }
    return negative ? -value : value;
}

// ---- the fields ----

class TextField : public ProgrammeField {
  public:
    TextField(std::string key, QWidget* parent)
        : ProgrammeField(std::move(key)), edit_(new QLineEdit(parent)) {
        QObject::connect(edit_, &QLineEdit::textChanged, edit_, [this] { changed(); });
    }
    [[nodiscard]] QWidget* widget() const override { return edit_; }

  protected:
    [[nodiscard]] json value() const override {
        const QString text = edit_->text();
        return text.isEmpty() ? json() : json(ss(text));
    }
    void show(const json& value) override {
        edit_->setText(value.is_string() ? qs(value.get<std::string>()) : QString());
    }

  private:
    QLineEdit* edit_;
};

// A whole number, money, a percent, a multiplier or a quantity: typed as a decimal, kept as an integer
// scaled by 10^digits (money in minor units, percent in basis points).
class DecimalField : public ProgrammeField {
  public:
    DecimalField(std::string key, int digits, const QLocale& locale, QWidget* parent)
        : ProgrammeField(std::move(key)), digits_(digits), locale_(locale), edit_(new QLineEdit(parent)) {
        QObject::connect(edit_, &QLineEdit::textChanged, edit_, [this] { changed(); });
    }
    [[nodiscard]] QWidget* widget() const override { return edit_; }

  protected:
    [[nodiscard]] json value() const override {
        const QString text = edit_->text().trimmed();
        if (text.isEmpty()) {
            return nullptr;
        }
        if (const auto number = parse_decimal(text, digits_)) {
            return *number;
        }
        return ss(text);
    }
    void show(const json& value) override {
        if (value.is_number_integer()) {
            edit_->setText(decimal_text(value.get<std::int64_t>(), digits_, locale_));
        } else if (value.is_string()) {
            edit_->setText(qs(value.get<std::string>()));
        } else {
            edit_->clear();
        }
    }

  private:
    int digits_;
    QLocale locale_;
    QLineEdit* edit_;
};

class BoolField : public ProgrammeField {
  public:
    BoolField(std::string key, const QString& text, bool fallback, QWidget* parent)
        : ProgrammeField(std::move(key)), fallback_(fallback), box_(new QCheckBox(text, parent)) {
        QObject::connect(box_, &QCheckBox::toggled, box_, [this] { changed(); });
    }
    [[nodiscard]] QWidget* widget() const override { return box_; }

  protected:
    [[nodiscard]] json value() const override { return box_->isChecked(); }
    void show(const json& value) override {
        box_->setChecked(value.is_boolean() ? value.get<bool>() : fallback_);
    }

  private:
    bool fallback_;
    QCheckBox* box_;
};

using Choices = std::vector<std::pair<std::string, QString>>;  // value in the document, what the owner reads

class ChoiceField : public ProgrammeField {
  public:
    ChoiceField(std::string key, const Choices& choices, std::string fallback, QWidget* parent)
        : ProgrammeField(std::move(key)), fallback_(std::move(fallback)), combo_(new QComboBox(parent)) {
        for (const auto& [value, label] : choices) {
            combo_->addItem(label, qs(value));
        }
        QObject::connect(combo_, &QComboBox::currentIndexChanged, combo_, [this] { changed(); });
    }
    [[nodiscard]] QWidget* widget() const override { return combo_; }

  protected:
    [[nodiscard]] json value() const override {
        const QString chosen = combo_->currentData().toString();
        return chosen.isEmpty() ? json() : json(ss(chosen));
    }
    void show(const json& value) override {
        const std::string wanted = value.is_string() ? value.get<std::string>() : fallback_;
        int index = combo_->findData(qs(wanted));
        if (index < 0) {
            // A value the document has that the list does not (a product no longer sold): kept, not lost.
            combo_->addItem(qs(wanted), qs(wanted));
            index = combo_->count() - 1;
        }
        combo_->setCurrentIndex(index);
    }

  private:
    std::string fallback_;
    QComboBox* combo_;
};

class DateField : public ProgrammeField {
  public:
    DateField(std::string key, const QString& format, QWidget* parent)
        : ProgrammeField(std::move(key)),
          box_(new QWidget(parent)),
          on_(new QCheckBox(box_)),
          date_(new QDateEdit(box_)) {
        auto* row = new QHBoxLayout(box_);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(on_);
        row->addWidget(date_, 1);
        date_->setDisplayFormat(format);
        date_->setCalendarPopup(true);
        date_->setObjectName(QStringLiteral("date"));
        on_->setObjectName(QStringLiteral("set"));
        QObject::connect(on_, &QCheckBox::toggled, box_, [this](bool on) {
            date_->setEnabled(on);
            changed();
        });
        QObject::connect(date_, &QDateEdit::dateChanged, box_, [this] { changed(); });
    }
    [[nodiscard]] QWidget* widget() const override { return box_; }

  protected:
    [[nodiscard]] json value() const override {
        return on_->isChecked() ? json(ss(date_->date().toString(QStringLiteral("yyyy-MM-dd")))) : json();
    }
    void show(const json& value) override {
        const QDate date = value.is_string()
                               ? QDate::fromString(qs(value.get<std::string>()), QStringLiteral("yyyy-MM-dd"))
                               : QDate();
        on_->setChecked(date.isValid());
        date_->setEnabled(date.isValid());
        date_->setDate(date.isValid() ? date : QDate::currentDate());
    }

  private:
    QWidget* box_;
    QCheckBox* on_;
    QDateEdit* date_;
};

// A list of names picked from what the shop has (categories, products, segments); a name the document has
// that the shop no longer does stays in the list, ticked.
class NamesField : public ProgrammeField {
  public:
    NamesField(std::string key, const Choices& choices, bool with_filter, QWidget* parent)
        : ProgrammeField(std::move(key)), box_(new QWidget(parent)), list_(new QListWidget(box_)) {
        auto* column = new QVBoxLayout(box_);
        column->setContentsMargins(0, 0, 0, 0);
        if (with_filter) {
            auto* filter = new QLineEdit(box_);
            filter->setObjectName(QStringLiteral("filter"));
            filter->setPlaceholderText(ProgrammeForm::tr("Type to find"));
            QObject::connect(filter, &QLineEdit::textChanged, box_, [this](const QString& text) {
                for (int i = 0; i < list_->count(); ++i) {
                    QListWidgetItem* item = list_->item(i);
                    item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive) &&
                                    item->checkState() != Qt::Checked);
                }
            });
            column->addWidget(filter);
        }
        column->addWidget(list_);
        list_->setMaximumHeight(with_filter ? 160 : 110);
        for (const auto& [value, label] : choices) {
            add_item(value, label);
        }
        QObject::connect(list_, &QListWidget::itemChanged, box_, [this] { changed(); });
    }
    [[nodiscard]] QWidget* widget() const override { return box_; }

  protected:
    [[nodiscard]] json value() const override {
        json names = json::array();
        for (int i = 0; i < list_->count(); ++i) {
            if (list_->item(i)->checkState() == Qt::Checked) {
                names.push_back(ss(list_->item(i)->data(Qt::UserRole).toString()));
            }
        }
        return names.empty() ? json() : names;
    }
    void show(const json& value) override {
        for (int i = 0; i < list_->count(); ++i) {
            list_->item(i)->setCheckState(Qt::Unchecked);
        }
        if (!value.is_array()) {
            return;
        }
        for (const json& name : value) {
            const QString wanted = name.is_string() ? qs(name.get<std::string>()) : qs(name.dump());
            QListWidgetItem* item = nullptr;
            for (int i = 0; i < list_->count() && item == nullptr; ++i) {
                if (list_->item(i)->data(Qt::UserRole).toString() == wanted) {
                    item = list_->item(i);
                }
            }
            if (item == nullptr) {
                item = add_item(ss(wanted), wanted);
            }
            item->setCheckState(Qt::Checked);
        }
    }

  private:
    QListWidgetItem* add_item(const std::string& value, const QString& label) {
        auto* item = new QListWidgetItem(label, list_);
        item->setData(Qt::UserRole, qs(value));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        return item;
    }

    QWidget* box_;
    QListWidget* list_;
};

class WeekdaysField : public ProgrammeField {
  public:
    WeekdaysField(std::string key, const QLocale& locale, QWidget* parent)
        : ProgrammeField(std::move(key)), box_(new QWidget(parent)) {
        auto* row = new QHBoxLayout(box_);
        row->setContentsMargins(0, 0, 0, 0);
        for (int day = 1; day <= 7; ++day) {
            auto* check = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), box_);
            check->setObjectName(QStringLiteral("day%1").arg(day));
            QObject::connect(check, &QCheckBox::toggled, box_, [this] { changed(); });
            days_.push_back(check);
            row->addWidget(check);
        }
        row->addStretch(1);
    }
    [[nodiscard]] QWidget* widget() const override { return box_; }

  protected:
    [[nodiscard]] json value() const override {
        json days = json::array();
        for (std::size_t i = 0; i < days_.size(); ++i) {
            if (days_[i]->isChecked()) {
                days.push_back(i + 1);
            }
        }
        return days.empty() ? json() : days;
    }
    void show(const json& value) override {
        for (QCheckBox* day : days_) {
            day->setChecked(false);
        }
        if (value.is_array()) {
            for (const json& day : value) {
                if (day.is_number_integer() && day.get<int>() >= 1 && day.get<int>() <= 7) {
                    days_[static_cast<std::size_t>(day.get<int>() - 1)]->setChecked(true);
                }
            }
        }
    }

  private:
    QWidget* box_;
    std::vector<QCheckBox*> days_;
};

class HoursField : public ProgrammeField {
  public:
    HoursField(std::string key, QWidget* parent)
        : ProgrammeField(std::move(key)),
          box_(new QWidget(parent)),
          on_(new QCheckBox(box_)),
          from_(new QTimeEdit(box_)),
          to_(new QTimeEdit(box_)) {
        auto* row = new QHBoxLayout(box_);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(on_);
        row->addWidget(from_);
        row->addWidget(new QLabel(QStringLiteral("–"), box_));
        row->addWidget(to_);
        row->addStretch(1);
        on_->setObjectName(QStringLiteral("set"));
        from_->setObjectName(QStringLiteral("from"));
        to_->setObjectName(QStringLiteral("to"));
        for (QTimeEdit* edit : {from_, to_}) {
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
            QObject::connect(edit, &QTimeEdit::timeChanged, box_, [this] { changed(); });
        }
        QObject::connect(on_, &QCheckBox::toggled, box_, [this](bool on) {
            from_->setEnabled(on);
            to_->setEnabled(on);
            changed();
        });
    }
    [[nodiscard]] QWidget* widget() const override { return box_; }

  protected:
    [[nodiscard]] json value() const override {
        if (!on_->isChecked()) {
            return nullptr;
        }
        return json{{"from", ss(from_->time().toString(QStringLiteral("HH:mm")))},
                    {"to", ss(to_->time().toString(QStringLiteral("HH:mm")))}};
    }
    void show(const json& value) override {
        const auto time_of = [&value](const char* which, QTime fallback) {
            if (!value.is_object() || !value.contains(which) || !value[which].is_string()) {
                return fallback;
            }
            const QString text = qs(value[which].get<std::string>());
            QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
            if (!time.isValid()) {
                time = QTime::fromString(text, QStringLiteral("HH:mm:ss"));
            }
            return time.isValid() ? time : fallback;
        };
        on_->setChecked(value.is_object());
        from_->setEnabled(value.is_object());
        to_->setEnabled(value.is_object());
        from_->setTime(time_of("from", QTime(10, 0)));
        to_->setTime(time_of("to", QTime(14, 0)));
    }

  private:
    QWidget* box_;
    QCheckBox* on_;
    QTimeEdit* from_;
    QTimeEdit* to_;
};

// Rows of a table: club card levels, bundle items (a list of objects), category rates (an object whose keys
// are the first column).
class RowsField : public ProgrammeField {
  public:
    struct Column {
        std::string key;
        QString title;
        enum class Kind { text, decimal, names } kind = Kind::text;
        int digits = 0;
    };
    RowsField(std::string key, std::vector<Column> columns, bool keyed, const QLocale& locale,
              QWidget* parent)
        : ProgrammeField(std::move(key)),
          columns_(std::move(columns)),
          keyed_(keyed),
          locale_(locale),
          box_(new QWidget(parent)),
          table_(new QTableWidget(box_)) {
        auto* column = new QVBoxLayout(box_);
        column->setContentsMargins(0, 0, 0, 0);
        table_->setObjectName(QStringLiteral("rows"));
        table_->setColumnCount(static_cast<int>(columns_.size()));
        QStringList titles;
        for (const Column& c : columns_) {
            titles << c.title;
        }
        table_->setHorizontalHeaderLabels(titles);
        table_->horizontalHeader()->setStretchLastSection(true);
        table_->verticalHeader()->setVisible(false);
        table_->setMaximumHeight(150);
        column->addWidget(table_);
        auto* buttons = new QHBoxLayout();
        auto* add = new QPushButton(ProgrammeForm::tr("Add a row"), box_);
        add->setObjectName(QStringLiteral("add_row"));
        auto* remove = new QPushButton(ProgrammeForm::tr("Remove the row"), box_);
        remove->setObjectName(QStringLiteral("remove_row"));
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        column->addLayout(buttons);
        QObject::connect(add, &QPushButton::clicked, box_, [this] {
            table_->setRowCount(table_->rowCount() + 1);
            changed();
        });
        QObject::connect(remove, &QPushButton::clicked, box_, [this] {
            const int row = table_->currentRow() >= 0 ? table_->currentRow() : table_->rowCount() - 1;
            if (row >= 0) {
                table_->removeRow(row);
                changed();
            }
        });
        QObject::connect(table_, &QTableWidget::itemChanged, box_, [this] { changed(); });
    }
    [[nodiscard]] QWidget* widget() const override { return box_; }

  protected:
    [[nodiscard]] json value() const override {
        json out = keyed_ ? json::object() : json::array();
        for (int row = 0; row < table_->rowCount(); ++row) {
            json item = json::object();
            bool any = false;
            for (std::size_t c = 0; c < columns_.size(); ++c) {
                const QTableWidgetItem* cell = table_->item(row, static_cast<int>(c));
                const QString text = cell != nullptr ? cell->text().trimmed() : QString();
                if (text.isEmpty()) {
                    continue;
                }
                any = true;
                item[columns_[c].key] = cell_value(columns_[c], text);
            }
            if (!any) {
                continue;  // an empty row the owner added and left
            }
            if (keyed_) {
                const json name = item.value(columns_[0].key, json(""));
                out[name.is_string() ? name.get<std::string>() : name.dump()] =
                    item.value(columns_[1].key, json());
            } else {
                out.push_back(std::move(item));
            }
        }
        return out.empty() ? json() : out;
    }
    void show(const json& value) override {
        table_->setRowCount(0);
        std::vector<json> rows;
        if (keyed_ && value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it) {
                rows.push_back(json{{columns_[0].key, it.key()}, {columns_[1].key, it.value()}});
            }
        } else if (!keyed_ && value.is_array()) {
            rows.assign(value.begin(), value.end());
        }
        table_->setRowCount(static_cast<int>(rows.size()));
        for (std::size_t row = 0; row < rows.size(); ++row) {
            for (std::size_t c = 0; c < columns_.size(); ++c) {
                const json cell = rows[row].is_object() ? rows[row].value(columns_[c].key, json()) : json();
                table_->setItem(static_cast<int>(row), static_cast<int>(c),
                                new QTableWidgetItem(cell_text(columns_[c], cell)));
            }
        }
        table_->resizeColumnsToContents();
    }

  private:
    [[nodiscard]] json cell_value(const Column& column, const QString& text) const {
        switch (column.kind) {
            case Column::Kind::decimal:
                if (const auto number = parse_decimal(text, column.digits)) {
                    return *number;
                }
                return ss(text);
            case Column::Kind::names: {
                json names = json::array();
                for (const QString& name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if (!name.trimmed().isEmpty()) {
                        names.push_back(ss(name.trimmed()));
                    }
                }
                return names;
            }
            case Column::Kind::text:
                break;
        }
        return ss(text);
    }
    [[nodiscard]] QString cell_text(const Column& column, const json& cell) const {
        if (cell.is_null()) {
            return {};
        }
        if (column.kind == Column::Kind::decimal && cell.is_number_integer()) {
            return decimal_text(cell.get<std::int64_t>(), column.digits, locale_);
        }
        if (column.kind == Column::Kind::names && cell.is_array()) {
            QStringList names;
            for (const json& name : cell) {
                names << (name.is_string() ? qs(name.get<std::string>()) : qs(name.dump()));
            }
            return names.join(QStringLiteral(", "));
        }
        return cell.is_string() ? qs(cell.get<std::string>()) : qs(cell.dump());
    }

    std::vector<Column> columns_;
    bool keyed_;
    QLocale locale_;
    QWidget* box_;
    QTableWidget* table_;
};

class CodesField : public ProgrammeField {
  public:
    CodesField(std::string key, QWidget* parent)
        : ProgrammeField(std::move(key)), edit_(new QPlainTextEdit(parent)) {
        edit_->setMaximumHeight(120);
        QObject::connect(edit_, &QPlainTextEdit::textChanged, edit_, [this] { changed(); });
    }
    [[nodiscard]] QWidget* widget() const override { return edit_; }

  protected:
    [[nodiscard]] json value() const override {
        json codes = json::array();
        for (const QString& line : edit_->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                codes.push_back(ss(line.trimmed()));
            }
        }
        return codes.empty() ? json() : codes;
    }
    void show(const json& value) override {
        QStringList lines;
        if (value.is_array()) {
            for (const json& code : value) {
                lines << (code.is_string() ? qs(code.get<std::string>()) : qs(code.dump()));
            }
        }
        edit_->setPlainText(lines.join(QLatin1Char('\n')));
    }

  private:
    QPlainTextEdit* edit_;
};

struct EffectKind {
    std::string type;
    QString title;
};

// An effect object: its type chosen from those the programme allows, and that type's own fields below.
class EffectField : public ProgrammeField {
  public:
    using Factory = std::function<std::vector<std::pair<QString, std::unique_ptr<ProgrammeField>>>(
        const std::string& type, QWidget* parent)>;

    EffectField(std::string key, const std::vector<EffectKind>& kinds, const Factory& factory,
                QWidget* parent)
        : ProgrammeField(std::move(key)),
          box_(new QWidget(parent)),
          type_(new QComboBox(box_)),
          pages_(new QStackedWidget(box_)) {
        auto* column = new QVBoxLayout(box_);
        column->setContentsMargins(0, 0, 0, 0);
        type_->setObjectName(QStringLiteral("effect_type"));
        column->addWidget(type_);
        column->addWidget(pages_);
        for (const EffectKind& kind : kinds) {
            type_->addItem(kind.title, qs(kind.type));
            auto* page = new QWidget(pages_);
            auto* form = new QFormLayout(page);
            form->setContentsMargins(0, 0, 0, 0);
            std::vector<std::unique_ptr<ProgrammeField>> fields;
            for (auto& [label, field] : factory(kind.type, page)) {
                field->widget()->setObjectName(QStringLiteral("field_") + qs(field->key()));
                field->on_change = [this] { changed(); };
                form->addRow(label, field->widget());
                fields.push_back(std::move(field));
            }
            pages_->addWidget(page);
            fields_.push_back(std::move(fields));
        }
        QObject::connect(type_, &QComboBox::currentIndexChanged, box_, [this](int index) {
            pages_->setCurrentIndex(index);
            changed();
        });
    }
    [[nodiscard]] QWidget* widget() const override { return box_; }

  protected:
    [[nodiscard]] json value() const override {
        const int index = type_->currentIndex();
        if (index < 0) {
            return nullptr;
        }
        // Every field of every effect type has its widget, so the effect is what the widgets say.
        json effect{{"type", ss(type_->currentData().toString())}};
        for (const auto& field : fields_[static_cast<std::size_t>(index)]) {
            field->store_typed(effect);
        }
        return effect;
    }
    void show(const json& value) override {
        const std::string type = value.is_object() ? value.value("type", std::string()) : std::string();
        loaded_index_ = type_->findData(qs(type));
        for (std::size_t i = 0; i < fields_.size(); ++i) {
            for (const auto& field : fields_[i]) {
                field->load(static_cast<int>(i) == loaded_index_ ? value : json::object());
            }
        }
        const int index = loaded_index_ >= 0 ? loaded_index_ : 0;
        type_->setCurrentIndex(index);
        pages_->setCurrentIndex(index);
    }

  private:
    QWidget* box_;
    QComboBox* type_;
    QStackedWidget* pages_;
    std::vector<std::vector<std::unique_ptr<ProgrammeField>>> fields_;
    int loaded_index_ = -1;
};

// The decimals a value of `kind` is typed with: money in minor units, percent and multipliers in basis
// points, quantities in thousandths.
int digits_of(kassa::json::FieldKind kind, int money_digits) {
    switch (kind) {
        case kassa::json::FieldKind::money:
            return money_digits;
        case kassa::json::FieldKind::percent:
            return 2;
        case kassa::json::FieldKind::multiplier:
            return 4;
        case kassa::json::FieldKind::quantity:
            return 3;
        default:
            return 0;
    }
}

// The digits a field's value is scaled by (percent in basis points: 2), for its error sentence (see
// owner_reason); 0 for a path the field table does not name.
int scale_of(ProgramType type, const std::string& path, int money_digits) {
    const kassa::json::FieldSpec* spec = kassa::json::field_at(type, path);
    return spec != nullptr ? digits_of(spec->kind, money_digits) : 0;
}

// The translated words of `key` in one of ProgrammeForm's tables of words (QT_TR_NOOP), "" for none.
template <typename Key>
QString words_of(const std::map<Key, const char*>& words, const Key& key) {
    const auto found = words.find(key);
    return found == words.end() ? QString() : ProgrammeForm::tr(found->second);
}

}  // namespace

// ---- ProgrammeField ------------------------------------------------------------------------------------

void ProgrammeField::load(const nlohmann::json& object) {
    loaded_ = find_value(object, key_);
    auto callback = std::move(on_change);
    on_change = nullptr;  // showing a value is not an edit
    show(loaded_);
    on_change = std::move(callback);
    loaded_value_ = value();
}

void ProgrammeField::store_typed(nlohmann::json& object) const {
    put_value(object, key_, value());
}

void ProgrammeField::store(nlohmann::json& object) const {
    const json now = value();
    put_value(object, key_, now == loaded_value_ ? loaded_ : now);
}

// ---- ProgrammeForm -------------------------------------------------------------------------------------

ProgrammeForm::ProgrammeForm(const nlohmann::json& programme, till::RulesDraft& draft,
                             const Formatter& format, QWidget* parent)
    : QWidget(parent),
      original_(programme),
      format_(format),
      layout_(new QFormLayout(this)),
      other_errors_(new QLabel(this)) {
    setObjectName(QStringLiteral("programme_form"));
    const QLocale& locale = format.locale();
    const int money = draft.money_digits();
    const auto vocabulary = draft.vocabulary();
    Choices categories;
    for (const std::string& name : vocabulary.categories) {
        categories.emplace_back(name, qs(name));
    }
    Choices products;
    for (const auto& product : vocabulary.products) {
        products.emplace_back(product.sku, qs(product.sku + " — " + product.name));
    }
    Choices segments;
    for (const std::string& name : vocabulary.segments) {
        segments.emplace_back(name, qs(name));
    }
    const auto choices_of = [&](kassa::json::NameSource source) -> const Choices& {
        static const Choices none;
        switch (source) {
            case kassa::json::NameSource::categories:
                return categories;
            case kassa::json::NameSource::products:
                return products;
            case kassa::json::NameSource::segments:
                return segments;
            case kassa::json::NameSource::none:
                break;
        }
        return none;
    };

    // One widget per field of the table (kassa/core_json/programme_fields.hpp), by its kind; `words` gives
    // the label of a field (a flag's box text) and `columns` a table field's column titles.
    using kassa::json::FieldKind;
    using kassa::json::FieldSpec;
    std::function<std::unique_ptr<ProgrammeField>(const FieldSpec&, QWidget*)> make;
    const EffectField::Factory effect_fields = [&make](const std::string& type, QWidget* page) {
        std::vector<std::pair<QString, std::unique_ptr<ProgrammeField>>> out;
        for (const FieldSpec& spec : kassa::json::effect_fields(type)) {
            out.emplace_back(effect_label(spec.key), make(spec, page));
        }
        return out;
    };
    make = [&](const FieldSpec& spec, QWidget* owner) -> std::unique_ptr<ProgrammeField> {
        switch (spec.kind) {
            case FieldKind::text:
                if (spec.source == kassa::json::NameSource::products) {
                    // One product: picked from the catalog, none chosen until the owner picks one.
                    Choices one{{"", tr("(choose the gift)")}};
                    one.insert(one.end(), products.begin(), products.end());
                    return std::make_unique<ChoiceField>(spec.key, one, "", owner);
                }
                return std::make_unique<TextField>(spec.key, owner);
            case FieldKind::whole:
            case FieldKind::money:
            case FieldKind::percent:
            case FieldKind::multiplier:
            case FieldKind::quantity:
                return std::make_unique<DecimalField>(spec.key, digits_of(spec.kind, money), locale, owner);
            case FieldKind::flag:
                return std::make_unique<BoolField>(spec.key, label(type_, spec.key),
                                                   spec.fallback.value_or(0) != 0, owner);
            case FieldKind::choice: {
                Choices words;
                for (const std::string& word : spec.words) {
                    words.emplace_back(word, choice_word(spec.key, word));
                }
                return std::make_unique<ChoiceField>(spec.key, words, spec.words.front(), owner);
            }
            case FieldKind::date:
                return std::make_unique<DateField>(spec.key, format_.date_format(), owner);
            case FieldKind::names:
                return std::make_unique<NamesField>(spec.key, choices_of(spec.source),
                                                    spec.source == kassa::json::NameSource::products, owner);
            case FieldKind::codes:
                return std::make_unique<CodesField>(spec.key, owner);
            case FieldKind::weekdays:
                return std::make_unique<WeekdaysField>(spec.key, locale, owner);
            case FieldKind::hours:
                return std::make_unique<HoursField>(spec.key, owner);
            case FieldKind::effect: {
                std::vector<EffectKind> kinds;
                for (const std::string& effect : spec.words) {
                    kinds.push_back({effect, effect_title(effect)});
                }
                return std::make_unique<EffectField>(spec.key, kinds, effect_fields, owner);
            }
            case FieldKind::rows:
            case FieldKind::rates: {
                std::vector<RowsField::Column> columns;
                for (const FieldSpec& column : spec.columns) {
                    const auto kind = column.kind == FieldKind::text    ? RowsField::Column::Kind::text
                                      : column.kind == FieldKind::names ? RowsField::Column::Kind::names
                                                                        : RowsField::Column::Kind::decimal;
                    columns.push_back({column.key, column_title(spec.key, column.key), kind,
                                       digits_of(column.kind, money)});
                }
                return std::make_unique<RowsField>(spec.key, std::move(columns),
                                                   spec.kind == FieldKind::rates, locale, owner);
            }
        }
        return nullptr;
    };

    const auto type = program_type_from_string(programme.value("type", std::string()));
    type_ = type.value_or(ProgramType::bonus);
    for (const auto* fields : {&kassa::json::common_fields(), &kassa::json::programme_fields(type_)}) {
        for (const FieldSpec& spec : *fields) {
            add(spec.kind == FieldKind::flag ? QString() : label(type_, spec.key), make(spec, this));
            if (spec.kind == FieldKind::codes) {
                add_code_buttons();
            }
        }
    }
    other_errors_->setObjectName(QStringLiteral("other_errors"));
    other_errors_->setWordWrap(true);
    show_sentence(other_errors_, QString(), false);
    layout_->addRow(other_errors_);
    for (const auto& field : fields_) {
        field->load(programme);
    }
}

ProgrammeForm::~ProgrammeForm() = default;

void ProgrammeForm::add_code_buttons() {
    auto* row = new QWidget(this);
    auto* buttons = new QHBoxLayout(row);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto* count = new QSpinBox(row);
    count->setObjectName(QStringLiteral("codes_count"));
    count->setRange(1, 10000);
    count->setValue(20);
    auto* make = new QPushButton(tr("Make new codes"), row);
    make->setObjectName(QStringLiteral("make_codes"));
    auto* print = new QPushButton(tr("Print the codes"), row);
    print->setObjectName(QStringLiteral("print_codes"));
    buttons->addWidget(count);
    buttons->addWidget(make);
    buttons->addWidget(print);
    buttons->addStretch(1);
    connect(make, &QPushButton::clicked, this, [this, count] { emit codes_wanted(count->value()); });
    connect(print, &QPushButton::clicked, this, &ProgrammeForm::print_wanted);
    layout_->addRow(QString(), row);
}

QString ProgrammeForm::label(ProgramType type, const std::string& key) {
    using T = ProgramType;
    // Common to every programme.
    if (key == "id") {
        return tr("Short name (id)");
    }
    if (key == "name") {
        return tr("Name the cashier reads");
    }
    if (key == "active") {
        return tr("Running");
    }
    if (key == "valid_from") {
        return tr("From (first day)");
    }
    if (key == "valid_to") {
        return tr("Until (last day)");
    }
    if (key == "priority") {
        return tr("Priority (lower goes first)");
    }
    if (key == "stacking") {
        return tr("With other discounts");
    }
    // Words several programme types share, some of them in their own way.
    if (key == "effect") {
        return type == T::welcome             ? tr("What the first purchase gets")
               : type == T::next_order_coupon ? tr("What the coupon gives")
                                              : tr("What it gives");
    }
    if (key == "points") {
        return type == T::reactivation ? tr("Points to win her back") : QString();
    }
    if (key == "expiry_days") {
        return tr("Points expire after (days)");
    }
    if (key == "categories") {
        return tr("Only these categories");
    }
    if (key == "min_basket" || key == "conditions.min_basket") {
        return tr("Smallest basket");
    }
    if (key == "stackable") {
        return tr("Can be used with other coupons");
    }
    if (key == "discount_bp") {
        return tr("Discount (%)");
    }
    static const std::map<std::string, const char*> words{
        // bonus
        {"accrual_bp", QT_TR_NOOP("Points back (% of what is paid)")},
        {"category_rates", QT_TR_NOOP("Other rates by category (%)")},
        {"excluded_categories", QT_TR_NOOP("Outside the programme")},
        {"redeem_cap_bp", QT_TR_NOOP("At most paid with points (%)")},
        {"min_redeem_points", QT_TR_NOOP("Fewest points to pay with")},
        {"point_value", QT_TR_NOOP("One point is worth (money)")},
        {"hold_days", QT_TR_NOOP("Points usable after (days)")},
        {"welcome_points", QT_TR_NOOP("Welcome points at enrolment")},
        {"accrue_on_redeemed", QT_TR_NOOP("Points also on the part paid with points")},
        {"accrue_on_discounted", QT_TR_NOOP("Points also on discounted lines")},
        {"rounding", QT_TR_NOOP("Rounding")},
        {"rounding_unit", QT_TR_NOOP("Full amount for one point")},
        // tiers
        {"basis", QT_TR_NOOP("Spend counted")},
        {"window_days", QT_TR_NOOP("Window (days)")},
        {"levels", QT_TR_NOOP("Levels")},
        // staff or partner discount
        {"segments", QT_TR_NOOP("Card holders (segments)")},
        // stamps
        {"goal", QT_TR_NOOP("Stamps for the reward")},
        {"min_amount", QT_TR_NOOP("Smallest purchase for a stamp")},
        {"reward", QT_TR_NOOP("Reward")},
        {"reward_name", QT_TR_NOOP("Reward's name in hints")},
        // coupon
        {"public_code", QT_TR_NOOP("Code for everybody")},
        {"codes", QT_TR_NOOP("Single-use codes (one per line)")},
        // promotion
        {"conditions.weekdays", QT_TR_NOOP("Weekdays")},
        {"conditions.hours", QT_TR_NOOP("Hours")},
        {"conditions.segments", QT_TR_NOOP("Only customers of segments")},
        {"conditions.cardholders_only", QT_TR_NOOP("Only customers with a card")},
        {"conditions.products", QT_TR_NOOP("Products")},
        {"conditions.categories", QT_TR_NOOP("Categories")},
        {"conditions.min_qty", QT_TR_NOOP("Fewest pieces")},
        {"reason", QT_TR_NOOP("Why it runs (for the reports)")},
        {"slogan", QT_TR_NOOP("Slogan")},
        {"announce_days_before", QT_TR_NOOP("Invite days before")},
        // birthday
        {"days_before", QT_TR_NOOP("Days before the birthday")},
        {"days_after", QT_TR_NOOP("Days after the birthday")},
        {"frequency", QT_TR_NOOP("How often")},
        // referral
        {"referrer_points", QT_TR_NOOP("Points for who recommended")},
        {"new_customer_points", QT_TR_NOOP("Points for the new customer")},
        // reactivation
        {"dormant_days", QT_TR_NOOP("No purchase for (days)")},
        // next-order coupon
        {"threshold", QT_TR_NOOP("Spend that earns the coupon")},
        {"valid_days", QT_TR_NOOP("Valid for (days)")},
    };
    return words_of(words, key);
}

QString ProgrammeForm::effect_title(const std::string& type) {
    static const std::map<std::string, const char*> titles{
        {"percent_off", QT_TR_NOOP("Percent off")},
        {"amount_off", QT_TR_NOOP("Amount off")},
        {"free_item", QT_TR_NOOP("The cheapest item free")},
        {"fixed_price", QT_TR_NOOP("Fixed price")},
        {"buy_n_get_m", QT_TR_NOOP("Buy N, get M free")},
        {"bundle_price", QT_TR_NOOP("Set price")},
        {"gift_item", QT_TR_NOOP("A gift")},
        {"points_multiplier", QT_TR_NOOP("More points")},
        {"extra_points", QT_TR_NOOP("Gift points")},
    };
    return words_of(titles, type);
}

QString ProgrammeForm::effect_label(const std::string& key) {
    static const std::map<std::string, const char*> labels{
        {"percent_bp", QT_TR_NOOP("Percent off")},
        {"amount", QT_TR_NOOP("Amount off")},
        {"unit_price", QT_TR_NOOP("Price of one")},
        {"buy", QT_TR_NOOP("Buy (pieces)")},
        {"get", QT_TR_NOOP("Get free (pieces)")},
        {"price", QT_TR_NOOP("Price of the set")},
        {"items", QT_TR_NOOP("Items of the set")},
        {"sku", QT_TR_NOOP("Gift product")},
        {"name", QT_TR_NOOP("Gift's name for the cashier")},
        {"multiplier_bp", QT_TR_NOOP("Points times (2 = double)")},
        {"points", QT_TR_NOOP("Points")},
        {"expiry_days", QT_TR_NOOP("Points expire after (days)")},
    };
    return words_of(labels, key);
}

QString ProgrammeForm::column_title(const std::string& field, const std::string& column) {
    static const std::map<std::pair<std::string, std::string>, const char*> titles{
        {{"category_rates", "category"}, QT_TR_NOOP("Category")},
        {{"category_rates", "rate"}, QT_TR_NOOP("Points back (%)")},
        {{"levels", "name"}, QT_TR_NOOP("Level")},
        {{"levels", "min_spend"}, QT_TR_NOOP("From spend")},
        {{"levels", "discount_bp"}, QT_TR_NOOP("Discount (%)")},
        {{"levels", "extra_accrual_bp"}, QT_TR_NOOP("Extra points (%)")},
        {{"items", "skus"}, QT_TR_NOOP("Products (SKUs, with commas)")},
        {{"items", "categories"}, QT_TR_NOOP("Categories (with commas)")},
        {{"items", "pieces"}, QT_TR_NOOP("Pieces")},
    };
    return words_of(titles, std::pair<std::string, std::string>{field, column});
}

QString ProgrammeForm::choice_word(const std::string& field, const std::string& word) {
    static const std::map<std::pair<std::string, std::string>, const char*> words{
        {{"stacking", "exclusive"}, QT_TR_NOOP("Exclusive: only the best one on a line")},
        {{"stacking", "combinable"}, QT_TR_NOOP("Combinable: applies on top of the others")},
        {{"rounding", "floor_per_receipt"}, QT_TR_NOOP("Down, once per receipt")},
        {{"rounding", "per_full_units"}, QT_TR_NOOP("One point per full amount")},
        {{"basis", "lifetime"}, QT_TR_NOOP("Since enrolment")},
        {{"basis", "rolling"}, QT_TR_NOOP("In a rolling window")},
        {{"frequency", "once_a_year"}, QT_TR_NOOP("One purchase a year")},
        {{"frequency", "every_purchase"}, QT_TR_NOOP("Every purchase in the window")},
    };
    return words_of(words, std::pair<std::string, std::string>{field, word});
}

QString ProgrammeForm::problem_text(const RuleError& error, int digits, const QLocale& locale) {
    const auto number = [&](std::int64_t value) { return decimal_text(value, digits, locale); };
    const QString value = qs(error.value);
    switch (error.problem) {
        case RuleProblem::not_an_object:
            return tr("must be a group of fields");
        case RuleProblem::unknown_field:
            return tr("is not a field Kassa knows");
        case RuleProblem::required:
            return tr("must be filled in");
        case RuleProblem::not_a_whole_number:
            return tr("must be a whole number");
        case RuleProblem::not_a_number:
            return tr("must be a number");
        case RuleProblem::out_of_range:
            return tr("must be between %1 and %2").arg(number(error.low), number(error.high));
        case RuleProblem::not_text:
            return tr("must be text");
        case RuleProblem::too_long:
            return tr("is longer than %n character(s)", nullptr, static_cast<int>(error.high));
        case RuleProblem::not_true_or_false:
            return tr("must be yes or no");
        case RuleProblem::not_a_text_list:
            return tr("must be a list of words");
        case RuleProblem::too_many_items:
            return tr("has more than %n item(s)", nullptr, static_cast<int>(error.high));
        case RuleProblem::empty_text:
            return tr("must not be empty");
        case RuleProblem::not_a_list:
            return tr("must be a list");
        case RuleProblem::not_a_date:
            return tr("must be a date");
        case RuleProblem::not_a_choice:
            return tr("must be one of: %1").arg(value);
        case RuleProblem::not_a_weekday:
            return tr("must be a weekday from Monday to Sunday");
        case RuleProblem::not_a_time_of_day:
            return tr("\"%1\" is not a time of day: write HH:MM between 00:00 and 24:00").arg(value);
        case RuleProblem::hours_equal:
            return tr("the hours must start and end at different times");
        case RuleProblem::bundle_item_empty:
            return tr("name its products or its categories");
        case RuleProblem::not_a_currency:
            return tr("\"%1\" is not a currency code (ISO 4217, such as EUR)").arg(value);
        case RuleProblem::unknown_time_zone:
            return tr("\"%1\" is not a time zone Kassa knows (such as Europe/Tallinn)").arg(value);
        case RuleProblem::wrong_version:
            return tr("this Kassa reads version 1 of the rules only");
        case RuleProblem::empty_id:
            return tr("must not be empty");
        case RuleProblem::id_taken:
            return tr("\"%1\" is the short name of another programme").arg(value);
        case RuleProblem::ends_before_start:
            return tr("the last day comes before the first day");
        case RuleProblem::per_full_units_without_rate:
            return tr("must be above 0 when a point is given per full amount");
        case RuleProblem::rate_of_excluded_category:
            return tr("\"%1\" is outside the programme, so it earns no points at any rate").arg(value);
        case RuleProblem::no_levels:
            return tr("needs at least one level");
        case RuleProblem::level_spend_not_rising:
            return tr("must be above the spend of the level before");
        case RuleProblem::level_name_taken:
            return tr("\"%1\" names another level too").arg(value);
        case RuleProblem::coupon_without_codes:
            return tr("a coupon needs single-use codes or a code for everybody");
        case RuleProblem::code_taken:
            return tr("the code \"%1\" belongs to another coupon").arg(value);
        case RuleProblem::bundle_without_items:
            return tr("a set needs at least one item");
        case RuleProblem::no_segments:
            return tr("name the customer segments that hold this card");
        case RuleProblem::category_excluded:
            return tr("\"%1\" is outside the loyalty programme: it never takes a discount").arg(value);
        case RuleProblem::second_bonus:
            return tr("only one points programme can run at a time");
        case RuleProblem::second_tiers:
            return tr("only one levels programme can run at a time");
        case RuleProblem::points_without_bonus:
            return tr("programmes that give points need a points programme (it sets what a point is worth)");
        case RuleProblem::quote_input:
            break;  // a quote input's check: never in the editor's document
    }
    return tr("cannot be read");
}

namespace {

// "levels[1].min_spend" -> {"levels", 1, "min_spend"}; "effect.percent_bp" -> {"effect", none, "percent_bp"}.
struct PathParts {
    std::string field;
    std::optional<std::size_t> row;
    std::string rest;
};

PathParts split_after(const std::string& path, std::size_t key_length) {
    PathParts parts{path.substr(0, key_length), std::nullopt, {}};
    std::string tail = path.substr(key_length);
    if (!tail.empty() && tail.front() == '[') {
        const auto close = tail.find(']');
        if (close != std::string::npos) {
            try {
                parts.row = std::stoul(tail.substr(1, close - 1));
            } catch (const std::exception&) {
                parts.row.reset();
            }
            tail = tail.substr(close + 1);
        }
    }
    if (!tail.empty() && tail.front() == '.') {
        tail.erase(0, 1);
    }
    parts.rest = tail;
    return parts;
}

}  // namespace

QString ProgrammeForm::path_title(ProgramType type, const std::string& path) {
    // The longest key of the programme's table that the path starts with ("conditions.hours" before
    // "conditions"), as show_errors places a problem.
    std::vector<const kassa::json::FieldSpec*> specs;
    for (const auto& spec : kassa::json::common_fields()) {
        specs.push_back(&spec);
    }
    for (const auto& spec : kassa::json::programme_fields(type)) {
        specs.push_back(&spec);
    }
    const kassa::json::FieldSpec* owner = nullptr;
    for (const auto* spec : specs) {
        const std::string& key = spec->key;
        const bool prefix = path.compare(0, key.size(), key) == 0 &&
                            (path.size() == key.size() || path[key.size()] == '.' || path[key.size()] == '[');
        if (prefix && (owner == nullptr || key.size() > owner->key.size())) {
            owner = spec;
        }
    }
    if (owner == nullptr) {
        return path.empty() ? QString() : qs(path);  // a key the owner wrote that Kassa does not know
    }
    const PathParts parts = split_after(path, owner->key.size());
    QString title = label(type, owner->key);
    if (title.isEmpty()) {
        title = qs(owner->key);
    }
    if (parts.row) {
        title = tr("%1, row %2").arg(title).arg(*parts.row + 1);
    }
    if (parts.rest.empty()) {
        return title;
    }
    // The inner field: an effect's own field, a column of a table, a category of a rates table (the
    // owner's own word), or a value of hours.
    const std::string inner = parts.rest.substr(0, parts.rest.find_first_of(".["));
    QString inner_title;
    if (owner->kind == kassa::json::FieldKind::effect) {
        inner_title = effect_label(inner);
    } else if (owner->kind == kassa::json::FieldKind::rows) {
        inner_title = column_title(owner->key, inner);
    } else if (owner->kind == kassa::json::FieldKind::rates) {
        inner_title = qs(inner);
    } else if (owner->kind == kassa::json::FieldKind::hours) {
        inner_title = inner == "from" ? tr("from") : inner == "to" ? tr("until") : QString();
    }
    if (owner->kind == kassa::json::FieldKind::effect && parts.rest.find('[') != std::string::npos) {
        // A set's items: "items[0].skus" inside the effect.
        const PathParts item = split_after(parts.rest, inner.size());
        if (item.row) {
            inner_title = tr("%1, row %2").arg(inner_title).arg(*item.row + 1);
        }
        if (!item.rest.empty()) {
            inner_title += QStringLiteral(": ") + column_title(inner, item.rest);
        }
    }
    return inner_title.isEmpty() ? title : title + QStringLiteral(": ") + inner_title;
}

QString ProgrammeForm::document_field_title(const std::string& path) {
    if (path == "programs") {
        return tr("Programmes");
    }
    if (path == "currency") {
        return tr("Currency");
    }
    if (path == "version") {
        return tr("Version of the rules");
    }
    if (path == "time_zone") {
        return tr("Time zone");
    }
    if (path == "language") {
        return tr("Language");
    }
    return path.empty() || path == "(document)" ? tr("The rules") : qs(path);
}

QString ProgrammeForm::change_text(const kassa::json::RuleChange& change, const Formatter& format) {
    using Kind = kassa::json::RuleChange::Kind;
    const std::optional<ProgramType> type = program_type_from_string(change.type);
    const auto value_text = [&](const nlohmann::json& value) -> QString {
        if (value.is_null()) {
            return tr("(none)");
        }
        if (value.is_boolean()) {
            return value.get<bool>() ? tr("yes") : tr("no");
        }
        const std::string key = change.path.substr(0, change.path.find('['));
        if (value.is_number_integer() && type) {
            return decimal_text(value.get<std::int64_t>(), scale_of(*type, key, format.currency_digits()),
                                format.locale());
        }
        if (value.is_string()) {
            const QString word = choice_word(key.substr(key.rfind('.') + 1), value.get<std::string>());
            if (!word.isEmpty()) {
                return word;
            }
        }
        return qs(kassa::json::shown_value(value));
    };
    const QString programme_type = type ? RulesEditorPage::type_title(*type) : qs(change.type);
    switch (change.kind) {
        case Kind::whole_document:
            return tr("the whole document changed");
        case Kind::document_field:
            return tr("%1: %2 → %3")
                .arg(document_field_title(change.path), value_text(change.before), value_text(change.after));
        case Kind::added:
            return tr("new programme %1 (%2)").arg(qs(change.programme), programme_type);
        case Kind::removed:
            return tr("programme %1 (%2) removed").arg(qs(change.programme), programme_type);
        case Kind::changed:
            break;
    }
    const QString where = type ? path_title(*type, change.path) : qs(change.path);
    return tr("%1, %2: %3 → %4")
        .arg(qs(change.programme), where, value_text(change.before), value_text(change.after));
}

void ProgrammeForm::add(const QString& label, std::unique_ptr<ProgrammeField> field) {
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    field->widget()->setParent(box);
    field->widget()->setObjectName(QStringLiteral("field_") + qs(field->key()));
    column->addWidget(field->widget());
    auto* error = new QLabel(box);
    error->setObjectName(QStringLiteral("error_") + qs(field->key()));
    error->setWordWrap(true);
    show_sentence(error, QString(), false);
    column->addWidget(error);
    layout_->addRow(label, box);
    field->on_change = [this] { emit edited(); };
    error_labels_.push_back(error);
    fields_.push_back(std::move(field));
}

nlohmann::json ProgrammeForm::programme() const {
    json out = original_;
    for (const auto& field : fields_) {
        field->store(out);
    }
    // A nested object the programme did not have and the form left empty ("conditions": {}) is no change.
    for (auto it = out.begin(); it != out.end();) {
        if (it->is_object() && it->empty() && !original_.contains(it.key())) {
            it = out.erase(it);
        } else {
            ++it;
        }
    }
    return out;
}

nlohmann::json ProgrammeForm::typed() const {
    json out = json::object();
    out["type"] = original_.value("type", std::string());
    for (const auto& field : fields_) {
        field->store_typed(out);
    }
    return out;
}

QWidget* ProgrammeForm::field(const std::string& key) const {
    for (const auto& f : fields_) {
        if (f->key() == key) {
            return f->widget();
        }
    }
    return nullptr;
}

QString ProgrammeForm::error_under(const std::string& key) const {
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        if (fields_[i]->key() == key) {
            return error_labels_[i]->text();
        }
    }
    return {};
}

void ProgrammeForm::show_errors(const std::vector<till::DraftError>& errors) {
    std::vector<QStringList> under(fields_.size());
    QStringList other;
    for (const till::DraftError& error : errors) {
        // The field whose key is the longest prefix of the error's path ("effect.percent_bp" -> "effect",
        // "levels[1].min_spend" -> "levels", "conditions.hours.from" -> "conditions.hours").
        std::optional<std::size_t> owner;
        for (std::size_t i = 0; i < fields_.size(); ++i) {
            const std::string& key = fields_[i]->key();
            const bool prefix = error.field.compare(0, key.size(), key) == 0 &&
                                (error.field.size() == key.size() || error.field[key.size()] == '.' ||
                                 error.field[key.size()] == '[');
            if (prefix && (!owner || key.size() > fields_[*owner]->key().size())) {
                owner = i;
            }
        }
        const std::string inner = owner ? error.field.substr(fields_[*owner]->key().size()) : error.field;
        const QString sentence = problem_text(
            error.rule, scale_of(type_, error.field, format_.currency_digits()), format_.locale());
        // Under its own field the sentence needs no name; a row, an effect's field or a problem at the foot
        // says where ("row 2: From spend: must be ...").
        QString where;
        if (!inner.empty()) {
            const QString full = path_title(type_, error.field);
            const QString own = owner ? label(type_, fields_[*owner]->key()) : QString();
            where = !own.isEmpty() && full.startsWith(own + QStringLiteral(", "))   ? full.mid(own.size() + 2)
                    : !own.isEmpty() && full.startsWith(own + QStringLiteral(": ")) ? full.mid(own.size() + 2)
                                                                                    : full;
        }
        const QString reason = where.isEmpty() ? sentence : where + QStringLiteral(": ") + sentence;
        if (owner) {
            under[*owner] << reason;
        } else {
            other << reason;
        }
    }
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        show_sentence(error_labels_[i], under[i].join(QLatin1Char('\n')), false);
    }
    show_sentence(other_errors_, other.join(QLatin1Char('\n')), false);
}

// ---- RulesEditorPage ------------------------------------------------------------------------------------

RulesEditorPage::RulesEditorPage(till::OwnerDesk& desk, const Formatter& format, QWidget* parent)
    : QWidget(parent), desk_(desk), format_(format) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout();
    auto* left = new QVBoxLayout();
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("programmes"));
    list_->setMinimumWidth(220);
    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) { open(row); });
    left->addWidget(list_, 1);
    auto* add_button = new QToolButton(this);
    add_button->setObjectName(QStringLiteral("add_programme"));
    add_button->setText(tr("Add a programme"));
    add_button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(add_button);
    for (const ProgramType type : {ProgramType::promotion, ProgramType::coupon, ProgramType::stamps,
                                   ProgramType::birthday, ProgramType::welcome, ProgramType::referral,
                                   ProgramType::reactivation, ProgramType::next_order_coupon,
                                   ProgramType::fixed_discount, ProgramType::tiers, ProgramType::bonus}) {
        menu->addAction(type_title(type), this, [this, type] { add(type); });
    }
    add_button->setMenu(menu);
    left->addWidget(add_button);
    auto* remove = new QPushButton(tr("Remove the programme"), this);
    remove->setObjectName(QStringLiteral("remove_programme"));
    connect(remove, &QPushButton::clicked, this, &RulesEditorPage::remove_current);
    left->addWidget(remove);
    top->addLayout(left);
    scroll_ = new QScrollArea(this);
    scroll_->setWidgetResizable(true);
    top->addWidget(scroll_, 1);
    // The programmes and the open form take every pixel the rest leaves: on a 1024x768 till screen the list
    // and a programme's common fields show whole, in Russian too (rules_editor_test.cpp's screenshot).
    layout->addLayout(top, 1);

    problems_ = new QListWidget(this);
    problems_->setObjectName(QStringLiteral("rules_problems"));
    problems_->setMaximumHeight(80);  // three sentences; more scroll
    problems_->setWordWrap(true);
    layout->addWidget(problems_);
    auto* buttons = new QHBoxLayout();
    auto* preview = new QPushButton(tr("What would the draft have done? (last 30 days)"), this);
    preview->setObjectName(QStringLiteral("preview_draft"));
    connect(preview, &QPushButton::clicked, this, &RulesEditorPage::show_preview);
    buttons->addWidget(preview);
    save_ = new QPushButton(tr("Save as a new version"), this);
    save_->setObjectName(QStringLiteral("save_rules"));
    connect(save_, &QPushButton::clicked, this, &RulesEditorPage::save);
    buttons->addWidget(save_);
    shop_only_ = new QCheckBox(tr("For this shop only"), this);
    shop_only_->setObjectName(QStringLiteral("rules_shop_only"));
    shop_only_->setToolTip(tr("A shop's own promotions: the other shops keep the company's rules."));
    buttons->addWidget(shop_only_);
    auto* start_over = new QPushButton(tr("Start over from the saved rules"), this);
    start_over->setObjectName(QStringLiteral("reload_rules"));
    connect(start_over, &QPushButton::clicked, this, &RulesEditorPage::reload);
    buttons->addWidget(start_over);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    preview_ = new QTableWidget(this);
    preview_->setObjectName(QStringLiteral("draft_preview"));
    preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview_->verticalHeader()->setVisible(false);
    preview_->setColumnCount(4);
    preview_->setHorizontalHeaderLabels({QString(), tr("Current rules"), tr("Draft"), tr("Change")});
    preview_->setMaximumHeight(130);
    preview_->hide();  // shown with a preview, so the form has the room until the owner asks for one
    layout->addWidget(preview_);
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("editor_note"));
    note_->setWordWrap(true);
    layout->addWidget(note_);
    reload();
}

RulesEditorPage::~RulesEditorPage() = default;

QString RulesEditorPage::note() const {
    return note_->text();
}

QString RulesEditorPage::type_title(ProgramType type) {
    switch (type) {
        case ProgramType::bonus:
            return tr("Bonus points");
        case ProgramType::tiers:
            return tr("Club card levels");
        case ProgramType::fixed_discount:
            return tr("Staff or partner discount");
        case ProgramType::stamps:
            return tr("Stamp card");
        case ProgramType::coupon:
            return tr("Coupon codes");
        case ProgramType::promotion:
            return tr("Promotion or client day");
        case ProgramType::birthday:
            return tr("Birthday");
        case ProgramType::welcome:
            return tr("Welcome: first purchase");
        case ProgramType::referral:
            return tr("Recommend a friend");
        case ProgramType::reactivation:
            return tr("Win back a dormant customer");
        case ProgramType::next_order_coupon:
            return tr("Coupon for the next visit");
    }
    return {};
}

QString RulesEditorPage::conflict_text(const till::DraftConflict& c) {
    switch (c.kind) {
        case till::DraftConflict::Kind::exclusive_overlap:
            return c.scope.empty() ? tr("%1 and %2 are both exclusive on every line: a line gets only the "
                                        "one worth more. "
                                        "Make one combinable to give both.")
                                         .arg(qs(c.first), qs(c.second))
                                   : tr("%1 and %2 are both exclusive on %3: a line gets only the one worth "
                                        "more. Make one "
                                        "combinable to give both.")
                                         .arg(qs(c.first), qs(c.second), qs(c.scope));
        case till::DraftConflict::Kind::ended:
            return tr("%1 ended on %2: it will not run again.")
                .arg(qs(c.first), c.date ? QDate(static_cast<int>(c.date->year()),
                                                 static_cast<int>(unsigned(c.date->month())),
                                                 static_cast<int>(unsigned(c.date->day())))
                                               .toString(Qt::ISODate)
                                         : QString());
        case till::DraftConflict::Kind::no_weekday_in_dates:
            return tr("%1 never runs: none of its weekdays falls between its first and last day.")
                .arg(qs(c.first));
        case till::DraftConflict::Kind::inactive:
            return tr("%1 is switched off.").arg(qs(c.first));
    }
    return {};
}

void RulesEditorPage::reload() {
    draft_ = desk_.new_draft();
    open_row_ = -1;
    refresh_list();
    list_->setCurrentRow(list_->count() > 0 ? 0 : -1);
    if (list_->count() == 0) {
        open(-1);
    }
    refresh_checks();
    preview_->setRowCount(0);
    preview_->hide();
    show_sentence(note_, QString(), true);
}

void RulesEditorPage::refresh_list() {
    const auto programmes = draft_->programmes();
    const QSignalBlocker quiet(list_);
    while (list_->count() > static_cast<int>(programmes.size())) {
        delete list_->takeItem(list_->count() - 1);
    }
    for (std::size_t i = 0; i < programmes.size(); ++i) {
        const auto& p = programmes[i];
        const QString text =
            QStringLiteral("%1\n%2").arg(qs(p.name.empty() ? p.id : p.name), type_title(p.type));
        QListWidgetItem* item = static_cast<int>(i) < list_->count() ? list_->item(static_cast<int>(i))
                                                                     : new QListWidgetItem(list_);
        item->setText(text);
        item->setForeground(p.active ? palette().text() : palette().placeholderText());
        const bool broken = !draft_->errors_of(i).empty();
        item->setIcon(broken ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
}

void RulesEditorPage::open(int row) {
    // The old form may be the one whose signal got us here (its "make codes" button): deleted later, once
    // its signal has returned.
    if (QWidget* old = scroll_->takeWidget()) {
        old->deleteLater();
    }
    form_ = nullptr;
    open_row_ = row;
    if (row < 0 || row >= static_cast<int>(draft_->programmes().size())) {
        scroll_->setWidget(new QLabel(tr("Add a programme, or choose one on the left."), scroll_));
        return;
    }
    const auto index = static_cast<std::size_t>(row);
    form_ = new ProgrammeForm(draft_->programme(index), *draft_, format_, scroll_);
    connect(form_, &ProgrammeForm::edited, this, &RulesEditorPage::form_edited);
    connect(form_, &ProgrammeForm::codes_wanted, this, &RulesEditorPage::generate_codes);
    connect(form_, &ProgrammeForm::print_wanted, this, [this] {
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted) {
            print_codes(printer);
        }
    });
    form_->show_errors(draft_->errors_of(index));
    scroll_->setWidget(form_);
}

void RulesEditorPage::form_edited() {
    if (form_ == nullptr || open_row_ < 0) {
        return;
    }
    const auto index = static_cast<std::size_t>(open_row_);
    draft_->replace(index, form_->programme());
    form_->show_errors(draft_->errors_of(index));
    refresh_list();
    refresh_checks();
}

void RulesEditorPage::refresh_checks() {
    problems_->clear();
    const auto programmes = draft_->programmes();
    for (const till::DraftError& error : draft_->errors()) {
        QString where;
        int digits = 0;
        if (error.programme && *error.programme < programmes.size()) {
            const auto& p = programmes[*error.programme];
            where =
                qs(p.name.empty() ? p.id : p.name) +
                (error.field.empty() ? QString()
                                     : QStringLiteral(", ") + ProgrammeForm::path_title(p.type, error.field));
            digits = scale_of(p.type, error.field, format_.currency_digits());
        } else {
            where = ProgrammeForm::document_field_title(error.field);
        }
        auto* item =
            new QListWidgetItem(QStringLiteral("%1: %2").arg(
                                    where, ProgrammeForm::problem_text(error.rule, digits, format_.locale())),
                                problems_);
        item->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    for (const till::DraftConflict& conflict : draft_->conflicts()) {
        new QListWidgetItem(conflict_text(conflict), problems_);
    }
    save_->setEnabled(draft_->errors().empty());
}

void RulesEditorPage::add(ProgramType type) {
    const std::size_t index = draft_->add(type);
    refresh_list();
    refresh_checks();
    list_->setCurrentRow(static_cast<int>(index));
}

void RulesEditorPage::remove_current() {
    if (open_row_ < 0) {
        return;
    }
    const int row = open_row_;
    draft_->remove(static_cast<std::size_t>(row));
    open_row_ = -1;
    refresh_list();
    refresh_checks();
    const int next = std::min(row, list_->count() - 1);
    list_->setCurrentRow(next);
    open(next);
}

void RulesEditorPage::generate_codes(int count) {
    if (open_row_ < 0) {
        return;
    }
    const auto index = static_cast<std::size_t>(open_row_);
    try {
        const auto fresh = draft_->generate_codes(index, count);
        open(open_row_);
        refresh_list();
        refresh_checks();
        show_sentence(note_,
                      tr("%n new code(s) added; print them before saving or after.", "",
                         static_cast<int>(fresh.size())),
                      true);
    } catch (const store::StoreError& e) {
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

void RulesEditorPage::print_codes(QPrinter& printer) {
    if (open_row_ < 0) {
        return;
    }
    const json& programme = draft_->programme(static_cast<std::size_t>(open_row_));
    const QString name = qs(programme.value("name", programme.value("id", std::string())));
    QString html = QStringLiteral("<h2>%1</h2><table cellpadding='12'>").arg(name.toHtmlEscaped());
    int column = 0;
    if (programme.contains("codes") && programme["codes"].is_array()) {
        for (const json& code : programme["codes"]) {
            if (column == 0) {
                html += QStringLiteral("<tr>");
            }
            html += QStringLiteral(
                        "<td style='font-family: monospace; font-size: 16pt; border: 1px dashed #888'>"
                        "%1<br/><span style='font-size: 9pt'>%2</span></td>")
                        .arg(qs(code.is_string() ? code.get<std::string>() : code.dump()).toHtmlEscaped(),
                             name.toHtmlEscaped());
            if (++column == 3) {
                html += QStringLiteral("</tr>");
                column = 0;
            }
        }
    }
    html += QStringLiteral("</table>");
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
}

void RulesEditorPage::show_preview() {
    try {
        const store::WhatIf w = draft_->what_if(30);
        fill_what_if(preview_, w, format_);
        preview_->show();
        show_sentence(
            note_,
            tr("Last 30 days: %1 receipts, %2 customers. With the draft %3 receipts and %4 customers "
               "would get another discount or other points.")
                .arg(w.receipts)
                .arg(w.customers)
                .arg(w.receipts_changed)
                .arg(w.customers_affected),
            true);
    } catch (const store::StoreError& e) {
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

void RulesEditorPage::save() {
    try {
        const bool shop_only = shop_only_->isChecked();
        const std::int64_t version =
            draft_->save(shop_only ? store::RulesScope::shop : store::RulesScope::company);
        show_sentence(note_,
                      (shop_only ? tr("Saved as rules version %1 for this shop. Its tills use it from their "
                                      "next sale.")
                                 : tr("Saved as rules version %1. The tills use it from their next sale."))
                          .arg(version),
                      true);
        emit saved();
    } catch (const store::StoreError& e) {
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

}  // namespace kassa::ui
