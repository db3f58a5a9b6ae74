// SPDX-License-Identifier: MIT
#include "cli.h"
#include "clihelpers.h"
#include "commands.h"
#include "content/contentstore.h"
#include "exercises/exercisecatalog.h"
#include "exercises/exercisechecker.h"
#include "exercises/exerciseverifier.h"
#include "samples/pythonlocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace crossroads::cli {

namespace {

int list(const QString &db, bool json, QTextStream &out, QTextStream &err)
{
    ContentStore store;
    if (!store.open(db)) {
        err << "crossroads: " << store.errorString() << '\n';
        return 2;
    }
    const auto exercises = ExerciseCatalog(store.database()).list();
    if (json) {
        QJsonArray array;
        for (const ExerciseInfo &e : exercises)
            array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("title"), e.title},
                                     {QStringLiteral("step"), e.step},
                                     {QStringLiteral("framework"), e.framework},
                                     {QStringLiteral("minutes"), e.minutes},
                                     {QStringLiteral("pair"), e.pair}});
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    qsizetype width = 0;
    for (const ExerciseInfo &e : exercises)
        width = std::max(width, e.id.size());
    for (const ExerciseInfo &e : exercises)
        out << e.id.leftJustified(int(width) + 2) << e.framework.leftJustified(8) << e.step.leftJustified(22)
            << e.title << '\n';
    out << exercises.size() << " exercises\n";
    return 0;
}

int check(const QString &id, const QString &dir, const QString &db, const QString &python, bool json,
          QTextStream &out, QTextStream &err)
{
    ContentStore store;
    if (!store.open(db)) {
        err << "crossroads: " << store.errorString() << '\n';
        return 2;
    }
    const Exercise exercise = ExerciseCatalog(store.database()).load(id);
    if (!exercise.isValid()) {
        err << "crossroads: no exercise \"" << id << "\" (see `crossroads exercise list`)\n";
        return 2;
    }
    if (!QFileInfo(dir).isDir()) {
        err << "crossroads: " << dir << " is not a folder\n";
        return 2;
    }
    // The learner's editable files come from DIR; a file missing there keeps its starter, so a
    // folder may hold only the files someone changed.
    QMap<QString, QString> files;
    QStringList missing;
    for (const QString &path : exercise.editablePaths()) {
        QFile f(QDir(dir).filePath(path));
        if (!f.exists()) {
            missing.append(path);
            continue;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            err << "crossroads: cannot read " << f.fileName() << ": " << f.errorString() << '\n';
            return 2;
        }
        files.insert(path, QString::fromUtf8(f.readAll()));
    }
    if (files.isEmpty()) {
        err << "crossroads: " << dir << " holds none of the exercise's files ("
            << exercise.editablePaths().join(QStringLiteral(", ")) << ")\n";
        return 2;
    }
    const PythonInfo info = python.isEmpty() ? PythonLocator::find() : PythonLocator::probe(python);
    if (!info.usable()) {
        err << "crossroads: "
            << (info.error.isEmpty() ? QStringLiteral("%1 lacks Flask or Django. %2")
                                           .arg(info.executable, PythonLocator::installHint())
                                     : info.error)
            << '\n';
        return 2;
    }
    ExerciseChecker checker;
    checker.setPython(info.executable);
    const ExerciseRunResult r = checker.run(exercise, files);
    if (json) {
        QJsonObject o = r.toJson();
        o.insert(QStringLiteral("starter_files_used"), QJsonArray::fromStringList(missing));
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        for (const QString &path : std::as_const(missing))
            out << "note: " << path << " is not in " << dir << "; using the starter version\n";
        for (const CheckOutcome &c : r.checks) {
            const char *mark = c.state == CheckOutcome::State::Passed   ? "PASS"
                               : c.state == CheckOutcome::State::Failed ? "FAIL"
                                                                        : "----";
            out << mark << ' ' << c.title << '\n';
            if (c.state == CheckOutcome::State::Failed)
                out << "     " << QString(c.message).replace(u'\n', QStringLiteral("\n     ")) << '\n';
        }
        if (r.status != ExerciseRunResult::Status::Passed && r.status != ExerciseRunResult::Status::Failed)
            out << runStatusName(r.status) << ": " << r.message << '\n';
        if (!r.passed() && !r.output.isEmpty())
            out << "output:\n    " << r.output.right(3000).replace(u'\n', QStringLiteral("\n    ")) << '\n';
        out << r.passedCount() << " of " << r.total() << " checks passed (" << r.elapsedMs << " ms)\n";
    }
    switch (r.status) {
    case ExerciseRunResult::Status::Passed:
        return 0;
    case ExerciseRunResult::Status::Error:
    case ExerciseRunResult::Status::Cancelled:
        return 2;
    default:
        return 1;
    }
}

} // namespace

int exerciseCommand(QStringList args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return Cli::UsageError;
    const QString sub = args.takeFirst();
    bool hasDb = false;
    const QString db = takeOption(args, QStringLiteral("--db"), &hasDb);
    if (hasDb && db.isEmpty())
        return Cli::UsageError;
    const QString database = hasDb ? db : defaultContentDb();
    if (sub == QStringLiteral("list")) {
        const bool json = takeFlag(args, QStringLiteral("--json"));
        if (args.isEmpty())
            return list(database, json, out, err);
    } else if (sub == QStringLiteral("check")) {
        const bool json = takeFlag(args, QStringLiteral("--json"));
        bool hasDir = false;
        const QString dir = takeOption(args, QStringLiteral("--dir"), &hasDir);
        const QString python = takeOption(args, QStringLiteral("--python"));
        if (args.size() == 1 && hasDir && !dir.isEmpty())
            return check(args.first(), dir, database, python, json, out, err);
    } else if (sub == QStringLiteral("verify")) {
        ExerciseVerifier::Options options;
        options.python = takeOption(args, QStringLiteral("--python"));
        options.contentDir = takeOption(args, QStringLiteral("--content"));
        options.contentDb = options.contentDir.isEmpty() ? database : QString();
        options.jobs = takeOption(args, QStringLiteral("--jobs")).toInt();
        options.only = args;
        return ExerciseVerifier(options).run(out, err);
    }
    err << "crossroads: bad arguments for \"exercise " << sub << "\"\n";
    return Cli::UsageError;
}

} // namespace crossroads::cli
