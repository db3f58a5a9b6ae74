// SPDX-License-Identifier: MIT
#include "exercisecatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace crossroads {

namespace {

ExerciseInfo infoFrom(const QSqlQuery &q)
{
    ExerciseInfo info;
    info.id = q.value(0).toString();
    info.title = q.value(1).toString();
    info.summary = q.value(2).toString();
    info.step = q.value(3).toString();
    info.framework = q.value(4).toString();
    info.pair = q.value(5).toString();
    info.minutes = q.value(6).toInt();
    return info;
}

const char *const InfoColumns = "e.id, e.title, e.summary, e.step, e.framework, e.pair, e.minutes";

} // namespace

ExerciseCatalog::ExerciseCatalog(QSqlDatabase db) : m_db(std::move(db)) {}

bool ExerciseCatalog::hasExercises() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM exercises LIMIT 1")) && q.next();
}

QList<ExerciseInfo> ExerciseCatalog::list(const QString &step) const
{
    QList<ExerciseInfo> out;
    QSqlQuery q(m_db);
    // LEFT JOIN: an exercise whose step is missing from the roadmap still appears, last.
    const QString sql = QStringLiteral("SELECT %1 FROM exercises e LEFT JOIN steps s ON s.id = e.step %2"
                                       " ORDER BY coalesce(s.ord, 1000000), e.ord, e.id")
                            .arg(QString::fromLatin1(InfoColumns),
                                 step.isEmpty() ? QString() : QStringLiteral("WHERE e.step = ?"));
    if (!q.prepare(sql))
        return out;
    if (!step.isEmpty())
        q.addBindValue(step);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(infoFrom(q));
    return out;
}

Exercise ExerciseCatalog::load(const QString &id) const
{
    Exercise e;
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT %1, e.instructions, e.hints, e.checks, e.checks_source, e.data"
                                  " FROM exercises e WHERE e.id = ?")
                       .arg(QString::fromLatin1(InfoColumns))))
        return e;
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return e;
    e.info = infoFrom(q);
    e.instructions = q.value(7).toString();
    const auto hints = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array();
    for (const auto &h : hints)
        e.hints.append(h.toString());
    const auto checks = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array();
    for (const auto &c : checks) {
        const QJsonObject o = c.toObject();
        e.checks.append(
            {o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("title")).toString()});
    }
    e.checksSource = q.value(10).toByteArray();
    const QJsonObject data = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    for (const auto &r : data.value(QStringLiteral("requires")).toArray())
        e.requiredModules.append(r.toString());
    e.checkTimeoutSeconds = data.value(QStringLiteral("timeout")).toInt(10);
    e.differsInCurrent = data.value(QStringLiteral("differs_in_current")).toString();

    QSqlQuery f(m_db);
    f.prepare(QStringLiteral(
        "SELECT path, mode, starter, solution FROM exercise_files WHERE exercise = ? ORDER BY ord"));
    f.addBindValue(id);
    if (f.exec()) {
        while (f.next()) {
            ExerciseFile file;
            file.path = f.value(0).toString();
            file.mode = fileModeFromName(f.value(1).toString());
            file.starter = f.value(2).toByteArray();
            file.hasSolution = !f.value(3).isNull();
            file.solution = f.value(3).toByteArray();
            e.files.append(file);
        }
    }
    return e;
}

} // namespace crossroads
