#pragma once
// Lets Catch2 print a QString in a failed check instead of "{?}".
#include <QString>
#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
}  // namespace Catch
