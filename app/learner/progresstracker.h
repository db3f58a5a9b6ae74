// SPDX-License-Identifier: MIT
#pragma once

#include "learnerstore.h"
#include "statusrules.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace crossroads {

class ContentStore;
struct RoadmapStep;

struct TrackInfo
{
    QString id;
    QString title;
    bool optional = false;
};

struct ProjectInfo
{
    QString id;
    QString title;
    QString level;
    QString summary;
};

// Where a learner stands on one step, from the learner database read against the content.
struct StepProgress
{
    QString step;
    ItemStatus status = ItemStatus::NotStarted;
    bool hidden = false;
    int seconds = 0; // on the step, its lessons and its quiz
    int lessons = 0;
    int lessonsDone = 0;
    int questions = 0;
    int attempts = 0;
    double bestScore = -1; // 0..1 over the step's questions; -1 before any attempt
    double quizPass = 0.8;
    bool quizPassed() const { return bestScore >= 0 && bestScore + 1e-9 >= quizPass; }
    // 100 when done; otherwise the share of lessons done and quiz passed.
    int percent = 0;
};

struct TrackSummary
{
    TrackInfo track;
    int steps = 0;
    int done = 0;
    int inProgress = 0;
    int skipped = 0;
    int hidden = 0;
    int seconds = 0;
    double plannedHours = 0;
};

struct QuizOutcome
{
    bool recorded = false;
    QString attempt;
    int correct = 0;
    int questions = 0;
    double score = 0;     // correct / questions in the step's quiz
    double threshold = 0; // the step's quiz_pass from content
    bool passed = false;
    StatusChange change; // what happened to the step: a pass "tests out" of it
};

// The learner's journey: the learner database read against the content database. The two stay
// separate files; this class is the only place that joins them, in memory, by content id.
class ProgressTracker final
{
public:
    ProgressTracker(const ContentStore &content, LearnerStore &learner);

    QList<TrackInfo> tracks() const;
    // The learner's own path (from the wizard), else the content's default path. Ids no longer
    // in the content are left out here but their progress stays in the learner database.
    QStringList path() const;
    QList<RoadmapStep> pathSteps(bool includeHidden) const;

    StepProgress stepProgress(const QString &step) const;
    QHash<QString, StepProgress> allStepProgress() const;
    // Every track of the content with every step's status and the time spent on it.
    QList<TrackSummary> trackSummaries() const;
    QList<ProjectInfo> projects(const QString &step) const;
    int questionCount(const QString &step) const;

    // "Continue where I left off": the in-progress step touched most recently, else the first
    // step on the path that is neither done, skipped nor hidden. Empty when all is done.
    QString continueStep() const;

    StatusChange applyToStep(const QString &step, StatusAction action);
    // Opening or finishing a lesson also starts its step when the step was not started yet.
    StatusChange applyToLesson(const QString &lesson, StatusAction action);
    // Records one run through a step's quiz; a score >= the step's threshold marks it done.
    QuizOutcome submitQuiz(const QString &step, const QList<QuizAnswer> &answers);

private:
    const ContentStore &m_content;
    LearnerStore &m_learner;
};

} // namespace crossroads
