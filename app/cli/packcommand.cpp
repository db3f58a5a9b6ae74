// SPDX-License-Identifier: MIT
#include "packcommand.h"

#include "cli.h"
#include "clihelpers.h"
#include "packs/packregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace crossroads::cli {

namespace {

// --packs DIR points at another packs folder (tests, or a portable setup).
bool takePacksDir(QStringList &args, QString *dir)
{
    bool found = false;
    const QString value = takeOption(args, QStringLiteral("--packs"), &found);
    if (found && value.isEmpty())
        return false;
    *dir = found ? value : PackRegistry::defaultDir();
    return true;
}

} // namespace

int importPackCommand(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool replace = takeFlag(args, QStringLiteral("--replace"));
    QString dir;
    if (!takePacksDir(args, &dir) || args.size() != 1)
        return Cli::UsageError;
    const QString source = args.first();
    PackRegistry registry(dir);
    const PackImportResult result = registry.import(source, replace);
    for (const Diagnostic &d : result.problems)
        err << d.toString() << '\n';
    if (!result.ok) {
        err << result.problems.size() << " problem(s) in " << source << "; nothing was changed\n";
        return 1;
    }
    out << (result.replaced ? "replaced" : "imported") << " pack \"" << result.pack.id << "\" ("
        << result.pack.title << ' ' << result.pack.version << "): " << result.documents << " documents from "
        << result.files << " files, " << PackLimits::formatSize(result.bytes) << '\n'
        << "  its items are named " << PackRegistry::qualifiedId(result.pack.id, QStringLiteral("ID"))
        << "; its code runs only after you allow it\n";
    return 0;
}

int listPacksCommand(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    QString dir;
    if (!takePacksDir(args, &dir) || !args.isEmpty())
        return Cli::UsageError;
    PackRegistry registry(dir);
    QStringList problems;
    const QList<InstalledPack> packs = registry.list(&problems);
    for (const QString &p : std::as_const(problems))
        err << "crossroads: " << p << '\n';
    if (json) {
        QJsonArray array;
        for (const InstalledPack &p : packs) {
            const std::optional<bool> answer = registry.runCodeAnswer(p.id);
            array.append(QJsonObject{
                {QStringLiteral("id"), p.id},
                {QStringLiteral("title"), p.title},
                {QStringLiteral("version"), p.version},
                {QStringLiteral("locale"), p.locale},
                {QStringLiteral("imported"), p.builtAt.toString(Qt::ISODate)},
                {QStringLiteral("bytes"), p.size},
                {QStringLiteral("mayRunCode"), answer ? QJsonValue(*answer) : QJsonValue(QJsonValue::Null)},
            });
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return problems.isEmpty() ? 0 : 1;
    }
    if (packs.isEmpty())
        out << "no content packs installed (" << dir << ")\n";
    for (const InstalledPack &p : packs) {
        const std::optional<bool> answer = registry.runCodeAnswer(p.id);
        out << p.id << "  " << p.version << "  " << p.title << "  (code: "
            << (!answer   ? "asks before running"
                : *answer ? "may run"
                          : "never runs")
            << ")\n";
    }
    return problems.isEmpty() ? 0 : 1;
}

int removePackCommand(QStringList args, QTextStream &out, QTextStream &err)
{
    QString dir;
    if (!takePacksDir(args, &dir) || args.size() != 1)
        return Cli::UsageError;
    PackRegistry registry(dir);
    QString error;
    if (!registry.remove(args.first(), &error)) {
        err << "crossroads: " << error << '\n';
        return 1;
    }
    out << "removed pack \"" << args.first() << "\"; your progress on it is kept\n";
    return 0;
}

} // namespace crossroads::cli
