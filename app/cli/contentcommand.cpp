// SPDX-License-Identifier: MIT
#include "cli.h"
#include "clihelpers.h"
#include "commands.h"
#include "content/contentcompiler.h"
#include "content/contentpack.h"
#include "content/contentstore.h"
#include "packcommand.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace crossroads::cli {

namespace {

int validate(const QString &dir, QTextStream &out, QTextStream &err)
{
    const ContentPack pack = ContentPack::load(dir, builtInSchema());
    for (const Diagnostic &d : pack.diagnostics())
        err << d.toString() << '\n';
    if (!pack.isValid()) {
        err << pack.diagnostics().size() << " problem(s) in " << dir << '\n';
        return 1;
    }
    out << dir << ": " << pack.documents().size() << " documents, no problems\n";
    return 0;
}

int build(const QString &dir, const QString &db, QTextStream &out, QTextStream &err)
{
    QElapsedTimer timer;
    timer.start();
    const ContentPack pack = ContentPack::load(dir, builtInSchema());
    for (const Diagnostic &d : pack.diagnostics())
        err << d.toString() << '\n';
    if (!pack.isValid()) {
        err << pack.diagnostics().size() << " problem(s) in " << dir << "; nothing was built\n";
        return 1;
    }
    QString error;
    if (!ContentCompiler::compile(pack, db, &error)) {
        err << "crossroads: " << error << '\n';
        return 1;
    }
    out << "built " << db << " from " << pack.documents().size() << " documents in " << timer.elapsed()
        << " ms\n";
    return 0;
}

int stats(const QString &db, bool json, QTextStream &out, QTextStream &err)
{
    ContentStore store;
    if (!store.open(db)) {
        err << "crossroads: " << store.errorString() << '\n';
        return 2;
    }
    const QVariantMap s = store.stats();
    if (json) {
        out << QJsonDocument(QJsonObject::fromVariantMap(s)).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (auto it = s.constBegin(); it != s.constEnd(); ++it) {
        if (it.value().typeId() == QMetaType::QVariantMap) {
            const QVariantMap sub = it.value().toMap();
            for (auto j = sub.constBegin(); j != sub.constEnd(); ++j)
                out << it.key() << '.' << j.key() << ": " << j.value().toString() << '\n';
        } else {
            out << it.key() << ": " << it.value().toString() << '\n';
        }
    }
    return 0;
}

} // namespace

int contentCommand(QStringList args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return Cli::UsageError;
    const QString sub = args.takeFirst();
    if (sub == QStringLiteral("validate") && args.size() == 1)
        return validate(args.first(), out, err);
    if (sub == QStringLiteral("build")) {
        const QString db = takeOption(args, QStringLiteral("-o"));
        if (args.size() == 1 && !db.isEmpty())
            return build(args.first(), db, out, err);
    }
    if (sub == QStringLiteral("import"))
        return importPackCommand(args, out, err);
    if (sub == QStringLiteral("list"))
        return listPacksCommand(args, out, err);
    if (sub == QStringLiteral("remove"))
        return removePackCommand(args, out, err);
    if (sub == QStringLiteral("stats")) {
        const bool json = takeFlag(args, QStringLiteral("--json"));
        bool hasDb = false;
        const QString db = takeOption(args, QStringLiteral("--db"), &hasDb);
        if (args.isEmpty() && (!hasDb || !db.isEmpty()))
            return stats(hasDb ? db : defaultContentDb(), json, out, err);
    }
    err << "crossroads: bad arguments for \"content " << sub << "\"\n";
    return Cli::UsageError;
}

} // namespace crossroads::cli
