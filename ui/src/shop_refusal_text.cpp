#include "kassa/ui/shop_refusal_text.hpp"

#include <QDir>
#include <QStringList>
#include <algorithm>

namespace kassa::ui {

namespace {

// A shop's rules can have hundreds of problems; the screen names the first few, rules check lists them all.
constexpr int kRuleErrorsShown = 3;

}  // namespace

QString ShopRefusalText::sentence(const till::ShopProblem& problem) {
    using Kind = till::ShopProblem::Kind;
    const QString path = QDir::toNativeSeparators(QString::fromStdString(problem.path));
    switch (problem.kind) {
        case Kind::file_missing:
            return tr("The shop's file %1 does not exist.\nA demo shop is made with: kassactl demo --db %1")
                .arg(path);
        case Kind::not_a_shop:
            return tr("%1 is not a Kassa shop's file. Check the path given with --db.").arg(path);
        case Kind::damaged:
            return tr("The shop's file %1 is damaged. Do not delete it: restore the latest backup or call "
                      "support.")
                .arg(path);
        case Kind::newer_schema:
            return tr("The shop's file %1 was written by a newer Kassa (version %2 of the file; this Kassa "
                      "reads up to %3). Install the newer Kassa on this till.")
                .arg(path)
                .arg(problem.schema_found)
                .arg(problem.schema_known);
        case Kind::busy:
            return tr("The shop's file %1 is locked by another program. Close it, or wait a moment, and "
                      "start Kassa again.")
                .arg(path);
        case Kind::no_access:
            return tr("The shop's file %1 cannot be read and written by this user. Check its permissions "
                      "and the disk.")
                .arg(path);
        case Kind::disk_full:
            return tr("The disk of the shop's file %1 is full: the file could not be brought up to this "
                      "Kassa. Free some space and start Kassa again.")
                .arg(path);
        case Kind::cannot_open:
            return tr("The shop's file %1 cannot be opened. Call support.").arg(path);
        case Kind::no_rules:
            return tr("The shop has no loyalty rules yet. Save them with: kassactl rules save --db %1 "
                      "RULES.json --by NAME")
                .arg(path);
        case Kind::rules_unreadable: {
            // At least one: a document that is not JSON has the parser's one message.
            const int count = std::max(1, static_cast<int>(problem.rule_errors.size()));
            QString text = tr("The shop's loyalty rules (version %1) have %n problem(s). See them all with: "
                              "kassactl rules show --db %2 | kassactl rules check",
                              nullptr, count)
                               .arg(problem.rules_version)
                               .arg(path);
            QStringList lines;
            for (const RuleError& e : problem.rule_errors) {
                if (lines.size() == kRuleErrorsShown) {
                    break;
                }
                const QString reason = QString::fromStdString(e.reason);
                lines << (e.path.empty() ? reason
                                         : QString::fromStdString(e.path) + QStringLiteral(": ") + reason);
            }
            if (!lines.isEmpty()) {
                text += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
            }
            return text;
        }
        case Kind::unknown_time_zone:
            return problem.zone_from_rules
                       ? tr("The time zone %1 of the shop's loyalty rules is not known to this computer. "
                            "Install the time zone data (tzdata) or correct the rules.")
                             .arg(QString::fromStdString(problem.zone))
                       : tr("The shop's time zone %1 is not known to this computer. Install the time zone "
                            "data (tzdata) or correct it with: kassactl settings set --db %2 time_zone=ZONE "
                            "--actor NAME")
                             .arg(QString::fromStdString(problem.zone), path);
        case Kind::last_:
            break;
    }
    return tr("The shop's file %1 cannot be opened. Call support.").arg(path);
}

}  // namespace kassa::ui
