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
#include <set>

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

// The error sentence of a field typed in a scaled unit: the engine's "must be between 0 and 10000" for a
// percent in basis points reads "must be between 0 and 100" to the owner who typed percent.
QString owner_reason(const std::string& reason, int digits, const QLocale& locale) {
    static const QRegularExpression range(QStringLiteral("^must be between (-?[0-9]+) and (-?[0-9]+)$"));
    const auto match = range.match(qs(reason));
    if (digits == 0 || !match.hasMatch()) {
        return qs(reason);
    }
    return ProgrammeForm::tr("must be between %1 and %2")
        .arg(decimal_text(match.captured(1).toLongLong(), digits, locale),
             decimal_text(match.captured(2).toLongLong(), digits, locale));
}

// The digits a field's value is scaled by, for its error sentence (see owner_reason).
int scale_of(const std::string& key, int money_digits) {
    const std::string last = key.substr(key.rfind('.') == std::string::npos ? 0 : key.rfind('.') + 1);
    if (last.size() > 3 && last.compare(last.size() - 3, 3, "_bp") == 0) {
        return last == "multiplier_bp" ? 4 : 2;
    }
    static const std::set<std::string> money{"min_spend", "min_amount",  "min_basket",
                                             "amount",    "unit_price",  "price",
                                             "threshold", "point_value", "rounding_unit"};
    if (money.count(last) != 0) {
        return money_digits;
    }
    return last == "min_qty" ? 3 : 0;
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
    const auto text = [this](const char* key) { return std::make_unique<TextField>(key, this); };
    const auto number = [this, &locale](const char* key, int digits = 0) {
        return std::make_unique<DecimalField>(key, digits, locale, this);
    };
    const auto boolean = [this](const char* key, const QString& label, bool fallback) {
        return std::make_unique<BoolField>(key, label, fallback, this);
    };
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
    const auto names = [this](const char* key, const Choices& choices, bool filter = false) {
        return std::make_unique<NamesField>(key, choices, filter, this);
    };
    const auto percent = [&number](const char* key) { return number(key, 2); };

    // The fields of each effect type (docs/rules.md, "Effect objects").
    const EffectField::Factory effect_fields = [&locale, money, products](const std::string& type,
                                                                          QWidget* page) {
        std::vector<std::pair<QString, std::unique_ptr<ProgrammeField>>> out;
        const auto add_number = [&](const QString& label, const char* key, int digits) {
            out.emplace_back(label, std::make_unique<DecimalField>(key, digits, locale, page));
        };
        if (type == "percent_off") {
            add_number(tr("Percent off"), "percent_bp", 2);
        } else if (type == "amount_off") {
            add_number(tr("Amount off"), "amount", money);
        } else if (type == "fixed_price") {
            add_number(tr("Price of one"), "unit_price", money);
        } else if (type == "buy_n_get_m") {
            add_number(tr("Buy (pieces)"), "buy", 0);
            add_number(tr("Get free (pieces)"), "get", 0);
        } else if (type == "bundle_price") {
            add_number(tr("Price of the set"), "price", money);
            out.emplace_back(
                tr("Items of the set"),
                std::make_unique<RowsField>(
                    "items",
                    std::vector<RowsField::Column>{
                        {"skus", tr("Products (SKUs, with commas)"), RowsField::Column::Kind::names, 0},
                        {"categories", tr("Categories (with commas)"), RowsField::Column::Kind::names, 0},
                        {"pieces", tr("Pieces"), RowsField::Column::Kind::decimal, 0}},
                    false, locale, page));
        } else if (type == "gift_item") {
            Choices gifts{{"", tr("(choose the gift)")}};
            gifts.insert(gifts.end(), products.begin(), products.end());
            out.emplace_back(tr("Gift product"), std::make_unique<ChoiceField>("sku", gifts, "", page));
            out.emplace_back(tr("Gift's name for the cashier"), std::make_unique<TextField>("name", page));
        } else if (type == "points_multiplier") {
            add_number(tr("Points times (2 = double)"), "multiplier_bp", 4);
        } else if (type == "extra_points") {
            add_number(tr("Points"), "points", 0);
            add_number(tr("Points expire after (days)"), "expiry_days", 0);
        }
        return out;
    };
    const auto effect = [this, &effect_fields](const char* key, std::vector<EffectKind> kinds) {
        return std::make_unique<EffectField>(key, kinds, effect_fields, this);
    };
    const EffectKind percent_off{"percent_off", tr("Percent off")};
    const EffectKind amount_off{"amount_off", tr("Amount off")};
    const EffectKind free_item{"free_item", tr("The cheapest item free")};
    const EffectKind points_multiplier{"points_multiplier", tr("More points")};
    const EffectKind extra_points{"extra_points", tr("Gift points")};

    // Common to every programme.
    add(tr("Short name (id)"), text("id"));
    add(tr("Name the cashier reads"), text("name"));
    add(QString(), boolean("active", tr("Running"), true));
    add(tr("From (first day)"), std::make_unique<DateField>("valid_from", format.date_format(), this));
    add(tr("Until (last day)"), std::make_unique<DateField>("valid_to", format.date_format(), this));
    add(tr("Priority (lower goes first)"), number("priority"));
    add(tr("With other discounts"),
        std::make_unique<ChoiceField>("stacking",
                                      Choices{{"exclusive", tr("Exclusive: only the best one on a line")},
                                              {"combinable", tr("Combinable: applies on top of the others")}},
                                      "exclusive", this));

    const auto type = program_type_from_string(programme.value("type", std::string()));
    switch (type.value_or(ProgramType::bonus)) {
        case ProgramType::bonus:
            add(tr("Points back (% of what is paid)"), percent("accrual_bp"));
            add(tr("Other rates by category (%)"),
                std::make_unique<RowsField>(
                    "category_rates",
                    std::vector<RowsField::Column>{
                        {"category", tr("Category"), RowsField::Column::Kind::text, 0},
                        {"rate", tr("Points back (%)"), RowsField::Column::Kind::decimal, 2}},
                    true, locale, this));
            add(tr("Outside the programme"), names("excluded_categories", categories));
            add(tr("At most paid with points (%)"), percent("redeem_cap_bp"));
            add(tr("Fewest points to pay with"), number("min_redeem_points"));
            add(tr("One point is worth (money)"), number("point_value", money));
            add(tr("Points usable after (days)"), number("hold_days"));
            add(tr("Points expire after (days)"), number("expiry_days"));
            add(tr("Welcome points at enrolment"), number("welcome_points"));
            add(QString(),
                boolean("accrue_on_redeemed", tr("Points also on the part paid with points"), false));
            add(QString(), boolean("accrue_on_discounted", tr("Points also on discounted lines"), true));
            add(tr("Rounding"),
                std::make_unique<ChoiceField>("rounding",
                                              Choices{{"floor_per_receipt", tr("Down, once per receipt")},
                                                      {"per_full_units", tr("One point per full amount")}},
                                              "floor_per_receipt", this));
            add(tr("Full amount for one point"), number("rounding_unit", money));
            break;
        case ProgramType::tiers:
            add(tr("Spend counted"),
                std::make_unique<ChoiceField>(
                    "basis",
                    Choices{{"lifetime", tr("Since enrolment")}, {"rolling", tr("In a rolling window")}},
                    "lifetime", this));
            add(tr("Window (days)"), number("window_days"));
            add(tr("Levels"),
                std::make_unique<RowsField>(
                    "levels",
                    std::vector<RowsField::Column>{
                        {"name", tr("Level"), RowsField::Column::Kind::text, 0},
                        {"min_spend", tr("From spend"), RowsField::Column::Kind::decimal, money},
                        {"discount_bp", tr("Discount (%)"), RowsField::Column::Kind::decimal, 2},
                        {"extra_accrual_bp", tr("Extra points (%)"), RowsField::Column::Kind::decimal, 2}},
                    false, locale, this));
            break;
        case ProgramType::fixed_discount:
            add(tr("Discount (%)"), percent("discount_bp"));
            add(tr("Card holders (segments)"), names("segments", segments));
            add(tr("Only these categories"), names("categories", categories));
            break;
        case ProgramType::stamps:
            add(tr("Stamps for the reward"), number("goal"));
            add(tr("Smallest purchase for a stamp"), number("min_amount", money));
            add(tr("Only these categories"), names("categories", categories));
            add(tr("Reward"), effect("reward", {free_item, percent_off, amount_off}));
            add(tr("Reward's name in hints"), text("reward_name"));
            break;
        case ProgramType::coupon: {
            add(tr("Code for everybody"), text("public_code"));
            add(tr("Single-use codes (one per line)"), std::make_unique<CodesField>("codes", this));
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
            add(tr("What it gives"), effect("effect", {percent_off, amount_off, free_item}));
            add(tr("Smallest basket"), number("min_basket", money));
            add(tr("Only these categories"), names("categories", categories));
            add(QString(), boolean("stackable", tr("Can be used with other coupons"), true));
            break;
        }
        case ProgramType::promotion:
            add(tr("Weekdays"), std::make_unique<WeekdaysField>("conditions.weekdays", locale, this));
            add(tr("Hours"), std::make_unique<HoursField>("conditions.hours", this));
            add(tr("Only customers of segments"), names("conditions.segments", segments));
            add(QString(), boolean("conditions.cardholders_only", tr("Only customers with a card"), false));
            add(tr("Smallest basket"), number("conditions.min_basket", money));
            add(tr("Products"), names("conditions.products", products, true));
            add(tr("Categories"), names("conditions.categories", categories));
            add(tr("Fewest pieces"), number("conditions.min_qty", 3));
            add(tr("What it gives"), effect("effect", {percent_off,
                                                       {"fixed_price", tr("Fixed price")},
                                                       {"buy_n_get_m", tr("Buy N, get M free")},
                                                       {"bundle_price", tr("Set price")},
                                                       {"gift_item", tr("A gift")},
                                                       points_multiplier,
                                                       extra_points}));
            add(tr("Why it runs (for the reports)"), text("reason"));
            add(tr("Slogan"), text("slogan"));
            add(tr("Invite days before"), number("announce_days_before"));
            break;
        case ProgramType::birthday:
            add(tr("Days before the birthday"), number("days_before"));
            add(tr("Days after the birthday"), number("days_after"));
            add(tr("How often"),
                std::make_unique<ChoiceField>("frequency",
                                              Choices{{"once_a_year", tr("One purchase a year")},
                                                      {"every_purchase", tr("Every purchase in the window")}},
                                              "once_a_year", this));
            add(tr("What it gives"), effect("effect", {percent_off, points_multiplier, extra_points}));
            break;
        case ProgramType::welcome:
            add(tr("What the first purchase gets"),
                effect("effect", {percent_off, points_multiplier, extra_points}));
            break;
        case ProgramType::referral:
            add(tr("Points for who recommended"), number("referrer_points"));
            add(tr("Points for the new customer"), number("new_customer_points"));
            add(tr("Points expire after (days)"), number("expiry_days"));
            break;
        case ProgramType::reactivation:
            add(tr("No purchase for (days)"), number("dormant_days"));
            add(tr("Points to win her back"), number("points"));
            add(tr("Points expire after (days)"), number("expiry_days"));
            break;
        case ProgramType::next_order_coupon:
            add(tr("Spend that earns the coupon"), number("threshold", money));
            add(tr("What the coupon gives"), effect("effect", {percent_off, amount_off, free_item}));
            add(tr("Valid for (days)"), number("valid_days"));
            add(tr("Smallest basket"), number("min_basket", money));
            add(tr("Only these categories"), names("categories", categories));
            add(QString(), boolean("stackable", tr("Can be used with other coupons"), true));
            break;
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
        const QString reason =
            owner && inner.empty()
                ? owner_reason(error.reason, scale_of(error.field, format_.currency_digits()),
                               format_.locale())
                : (inner.empty() ? QString() : qs(inner) + QStringLiteral(": ")) +
                      owner_reason(error.reason, scale_of(error.field, format_.currency_digits()),
                                   format_.locale());
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
    layout->addLayout(top, 3);

    problems_ = new QListWidget(this);
    problems_->setObjectName(QStringLiteral("rules_problems"));
    problems_->setMaximumHeight(110);
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
    layout->addWidget(preview_, 1);
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
        if (error.programme && *error.programme < programmes.size()) {
            const auto& p = programmes[*error.programme];
            where = qs(p.name.empty() ? p.id : p.name) +
                    (error.field.empty() ? QString() : QStringLiteral(", ") + qs(error.field));
        } else {
            where = qs(error.field);
        }
        auto* item = new QListWidgetItem(QStringLiteral("%1: %2").arg(where, qs(error.reason)), problems_);
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
        const std::int64_t version = draft_->save();
        show_sentence(
            note_, tr("Saved as rules version %1. The till uses it from its next start.").arg(version), true);
        emit saved();
    } catch (const store::StoreError& e) {
        show_sentence(note_, NoticeText::store_error(e), false);
    }
}

}  // namespace kassa::ui
