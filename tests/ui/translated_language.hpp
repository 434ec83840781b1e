#pragma once
// A till language for one test: the built kassa_<lang>.qm installed and QLocale's default set the way
// app/kassa/main.cpp sets them, both taken back at the end (the widget tests share one QApplication, and the
// others read English). untranslated() words something as an English till would, to compare with.
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include "catch_qt.hpp"
#include "kassa/ui/formatter.hpp"

#ifndef KASSA_QM_DIR
#error "KASSA_QM_DIR (the folder of the built kassa_<lang>.qm) comes from tests/translations/CMakeLists.txt"
#endif

namespace kassa::ui_test {

class TillLanguage {
  public:
    TillLanguage(const char* code, Language language) : before_(QLocale()), language_(language) {
        const QString name = QStringLiteral("kassa_") + QString::fromLatin1(code);
        INFO("loading " << name.toStdString() << ".qm from " << KASSA_QM_DIR);
        REQUIRE(translator_.load(name, QStringLiteral(KASSA_QM_DIR)));
        install();
    }
    ~TillLanguage() {
        QCoreApplication::removeTranslator(&translator_);
        QLocale::setDefault(before_);
    }
    TillLanguage(const TillLanguage&) = delete;
    TillLanguage& operator=(const TillLanguage&) = delete;

    // What `words` says with no translator and English conventions: the English source text.
    template <typename Fn>
    QString untranslated(Fn&& words) {
        QCoreApplication::removeTranslator(&translator_);
        QLocale::setDefault(ui::Formatter::locale_for(Language::en));
        const QString english = words();
        install();
        return english;
    }

  private:
    void install() {
        QLocale::setDefault(ui::Formatter::locale_for(language_));
        REQUIRE(QCoreApplication::installTranslator(&translator_));
    }

    QTranslator translator_;
    QLocale before_;
    Language language_;
};

}  // namespace kassa::ui_test
