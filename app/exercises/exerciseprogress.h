// SPDX-License-Identifier: MIT
#pragma once

#include "exercise.h"
#include "learner/statusrules.h"

#include <QList>
#include <QMap>
#include <QString>

namespace crossroads {

class LearnerStore;
struct ExerciseRunResult;

// The learner's side of exercises, per profile: the code they typed (exercise_files), their
// attempts (exercise_attempts) and the exercise's status in the progress table. Content is
// never written here; starter files come from the content database.
class ExerciseProgress final
{
public:
    explicit ExerciseProgress(LearnerStore &store);

    // The learner's saved files of one exercise, path -> text (only files they have edited).
    QMap<QString, QString> savedFiles(const QString &exercise) const;
    // What the editor shows: each editable file's saved text, else its starter.
    QMap<QString, QString> workingFiles(const Exercise &exercise) const;
    // profile 0 means the current one; an editor passes the profile the text was typed in, so a
    // profile switch between a keystroke and its save cannot put code into the wrong profile.
    bool saveFile(const QString &exercise, const QString &path, const QString &text, int profile = 0);
    // Reset: forgets the learner's files so the starter shows again. Attempts and status stay.
    bool forgetFiles(const QString &exercise);

    // Stores one run and updates progress: a pass completes the exercise, any judged attempt
    // starts it, and either starts its step (step may be empty). Cancelled runs and setup
    // errors are not attempts and change nothing.
    bool recordAttempt(const ExerciseRunResult &result, const QString &step);
    int attemptCount(const QString &exercise) const;
    int failedAttemptCount(const QString &exercise) const;

    ItemStatus status(const QString &exercise) const;

    struct StepCount
    {
        int done = 0;
        int total = 0;
    };
    // How many of a step's exercises are done, for "counts toward the step".
    StepCount stepCount(const QString &step, const QList<ExerciseInfo> &exercises) const;

    QString errorString() const;

private:
    LearnerStore &m_store;
};

} // namespace crossroads
