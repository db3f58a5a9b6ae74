// SPDX-License-Identifier: MIT
// Shared by the learner tests: a small compiled content pack and an old-schema database.
#pragma once

#include "content/contentcompiler.h"
#include "content/contentpack.h"
#include "testconfig.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace learnertest {

// Compiles tests/data/learnerpack (or src) into outDb; returns the problems, empty on success.
inline QString buildPack(const QString &outDb, const QString &src = QStringLiteral(CROSSROADS_TEST_DATA "/learnerpack"))
{
    const crossroads::ContentPack pack = crossroads::ContentPack::load(src, crossroads::builtInSchema());
    QStringList problems;
    for (const auto &d : pack.diagnostics())
        problems.append(d.toString());
    if (!problems.isEmpty())
        return problems.join(u'\n');
    QString error;
    return crossroads::ContentCompiler::compile(pack, outDb, &error) ? QString() : error;
}

// Runs statements on a file through a private connection; returns the first failure.
inline QString execAll(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("fixture-") + QUuid::createUuid().toString(QUuid::Id128);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open ") + path;
        QSqlQuery q(db);
        for (const QString &sql : statements)
            if (failure.isEmpty() && !q.exec(sql))
                failure = sql + QStringLiteral(": ") + q.lastQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

// A learner database exactly as the first released schema (user_version 1) left it.
inline QString makeVersion1(const QString &path)
{
    return execAll(
        path,
        {QStringLiteral("CREATE TABLE profiles(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT "
                        "NULL)"),
         QStringLiteral("INSERT INTO profiles VALUES(1, 'Default', '2026-01-01T00:00:00Z')"),
         QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value)"),
         QStringLiteral("CREATE TABLE progress(profile INTEGER NOT NULL REFERENCES profiles(id), kind TEXT NOT NULL,"
                        " item TEXT NOT NULL, status TEXT NOT NULL CHECK(status IN"
                        " ('not_started','in_progress','done','skipped')), updated_at TEXT NOT NULL,"
                        " PRIMARY KEY(profile, kind, item))"),
         QStringLiteral("CREATE TABLE notes(profile INTEGER NOT NULL REFERENCES profiles(id), kind TEXT NOT NULL,"
                        " item TEXT NOT NULL, body TEXT NOT NULL, updated_at TEXT NOT NULL,"
                        " PRIMARY KEY(profile, kind, item))"),
         QStringLiteral("CREATE TABLE bookmarks(profile INTEGER NOT NULL REFERENCES profiles(id), kind TEXT NOT NULL,"
                        " item TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY(profile, kind, item))"),
         QStringLiteral("CREATE TABLE wizard_results(id INTEGER PRIMARY KEY, profile INTEGER NOT NULL"
                        " REFERENCES profiles(id), created_at TEXT NOT NULL, answers TEXT NOT NULL,"
                        " result TEXT NOT NULL)"),
         QStringLiteral("INSERT INTO progress VALUES(1, 'step', 'basics', 'done', '2026-02-01T10:00:00Z')"),
         QStringLiteral("INSERT INTO progress VALUES(1, 'step', 'web', 'in_progress', '2026-02-03T10:00:00Z')"),
         QStringLiteral("INSERT INTO progress VALUES(1, 'step', 'retired-step', 'done', '2026-01-20T10:00:00Z')"),
         QStringLiteral("INSERT INTO notes VALUES(1, 'step', 'basics', 'Names point at objects.', "
                        "'2026-02-01T10:00:00Z')"),
         QStringLiteral("INSERT INTO bookmarks VALUES(1, 'row', 'admin-interface', '2026-02-02T10:00:00Z')"),
         QStringLiteral("INSERT INTO wizard_results VALUES(1, 1, '2026-02-02T11:00:00Z', '{}', "
                        "'{\"recommendation\":\"flask\"}')"),
         QStringLiteral("PRAGMA user_version=1")});
}

} // namespace learnertest
