// SPDX-License-Identifier: MIT
#include "exerciseprogress.h"

#include "exercisechecker.h"
#include "learner/learnerstore.h"

#include <QSqlQuery>

namespace crossroads {

namespace {
const QString Kind = QStringLiteral("exercise");
}

ExerciseProgress::ExerciseProgress(LearnerStore &store) : m_store(store) {}

QString ExerciseProgress::errorString() const
{
    return m_store.errorString();
}

QMap<QString, QString> ExerciseProgress::savedFiles(const QString &exercise) const
{
    QMap<QString, QString> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT path, content FROM exercise_files WHERE profile = ? AND exercise = ?"));
    q.addBindValue(m_store.currentProfile());
    q.addBindValue(exercise);
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QMap<QString, QString> ExerciseProgress::workingFiles(const Exercise &exercise) const
{
    QMap<QString, QString> out = exercise.starterTexts();
    const QMap<QString, QString> saved = savedFiles(exercise.id());
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it)
        if (out.contains(it.key())) // a file the content no longer has is kept, but not shown
            out.insert(it.key(), it.value());
    return out;
}

bool ExerciseProgress::saveFile(const QString &exercise, const QString &path, const QString &text,
                                int profile)
{
    return m_store.write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral(
            "INSERT INTO exercise_files(profile, exercise, path, content, updated_at) VALUES(?, ?, ?, ?, ?)"
            " ON CONFLICT(profile, exercise, path) DO UPDATE SET content = excluded.content,"
            " updated_at = excluded.updated_at WHERE content <> excluded.content"));
        q.addBindValue(profile > 0 ? profile : m_store.currentProfile());
        q.addBindValue(exercise);
        q.addBindValue(path);
        q.addBindValue(text);
        q.addBindValue(LearnerStore::timestamp());
        return q.exec();
    });
}

bool ExerciseProgress::forgetFiles(const QString &exercise)
{
    return m_store.write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM exercise_files WHERE profile = ? AND exercise = ?"));
        q.addBindValue(m_store.currentProfile());
        q.addBindValue(exercise);
        return q.exec();
    });
}

bool ExerciseProgress::recordAttempt(const ExerciseRunResult &result, const QString &step)
{
    if (!result.isAttempt())
        return true;
    const bool stored = m_store.write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO exercise_attempts(profile, exercise, passed, checks_passed,"
                                 " checks_total, attempted_at) VALUES(?, ?, ?, ?, ?, ?)"));
        q.addBindValue(m_store.currentProfile());
        q.addBindValue(result.exercise);
        q.addBindValue(result.passed() ? 1 : 0);
        q.addBindValue(result.passedCount());
        q.addBindValue(result.total());
        q.addBindValue(LearnerStore::timestamp());
        return q.exec();
    });
    if (!stored)
        return false;
    // Through the status rules: Done is only left by an explicit reset, so a later failed try
    // never takes a passed exercise away.
    m_store.apply(Kind, result.exercise, result.passed() ? StatusAction::Complete : StatusAction::Start);
    // Working on a step's exercise starts the step, like opening one of its lessons; a step the
    // learner skipped stays skipped.
    if (!step.isEmpty() && m_store.status(QStringLiteral("step"), step) == ItemStatus::NotStarted)
        m_store.apply(QStringLiteral("step"), step, StatusAction::Start);
    // A refused rule (starting a done exercise) is fine; a pass that did not stick is not.
    return !result.passed() || status(result.exercise) == ItemStatus::Done;
}

int ExerciseProgress::attemptCount(const QString &exercise) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM exercise_attempts WHERE profile = ? AND exercise = ?"));
    q.addBindValue(m_store.currentProfile());
    q.addBindValue(exercise);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int ExerciseProgress::failedAttemptCount(const QString &exercise) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM exercise_attempts WHERE profile = ? AND exercise = ? AND passed = 0"));
    q.addBindValue(m_store.currentProfile());
    q.addBindValue(exercise);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

ItemStatus ExerciseProgress::status(const QString &exercise) const
{
    return m_store.status(Kind, exercise);
}

ExerciseProgress::StepCount ExerciseProgress::stepCount(const QString &step,
                                                        const QList<ExerciseInfo> &exercises) const
{
    StepCount count;
    for (const ExerciseInfo &e : exercises) {
        if (e.step != step)
            continue;
        ++count.total;
        if (status(e.id) == ItemStatus::Done)
            ++count.done;
    }
    return count;
}

} // namespace crossroads
