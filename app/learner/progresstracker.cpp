// SPDX-License-Identifier: MIT
#include "progresstracker.h"

#include "content/contentstore.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace crossroads {

namespace {

const QString StepKind = QStringLiteral("step");
const QString LessonKind = QStringLiteral("lesson");
const QString QuizKind = QStringLiteral("quiz");

} // namespace

ProgressTracker::ProgressTracker(const ContentStore &content, LearnerStore &learner)
    : m_content(content), m_learner(learner)
{}

QList<TrackInfo> ProgressTracker::tracks() const
{
    QList<TrackInfo> out;
    if (!m_content.isOpen())
        return out;
    QSqlQuery q(m_content.database());
    q.exec(QStringLiteral("SELECT id, title, optional FROM tracks ORDER BY ord"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return out;
}

QStringList ProgressTracker::path() const
{
    QStringList known;
    for (const RoadmapStep &s : m_content.steps())
        known.append(s.id);
    QStringList path = m_learner.learnerPath();
    if (path.isEmpty())
        path = m_content.defaultPath();
    QStringList out;
    for (const QString &id : std::as_const(path))
        if (known.contains(id) && !out.contains(id))
            out.append(id);
    return out;
}

QList<RoadmapStep> ProgressTracker::pathSteps(bool includeHidden) const
{
    QHash<QString, RoadmapStep> byId;
    for (const RoadmapStep &s : m_content.steps())
        byId.insert(s.id, s);
    const QStringList hidden = includeHidden ? QStringList() : m_learner.hiddenSteps();
    QList<RoadmapStep> out;
    for (const QString &id : path())
        if (!hidden.contains(id))
            out.append(byId.value(id));
    return out;
}

int ProgressTracker::questionCount(const QString &step) const
{
    QSqlQuery q(m_content.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM questions WHERE step = ?"));
    q.addBindValue(step);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<ProjectInfo> ProgressTracker::projects(const QString &step) const
{
    QList<ProjectInfo> out;
    QSqlQuery q(m_content.database());
    q.prepare(QStringLiteral("SELECT id, title, level, summary FROM projects WHERE step = ? ORDER BY ord"));
    q.addBindValue(step);
    if (q.exec())
        while (q.next())
            out.append(
                {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

QHash<QString, StepProgress> ProgressTracker::allStepProgress() const
{
    QHash<QString, StepProgress> out;
    if (!m_content.isOpen())
        return out;

    QHash<QString, int> questions;
    {
        QSqlQuery q(m_content.database());
        q.exec(QStringLiteral("SELECT step, count(*) FROM questions GROUP BY step"));
        while (q.next())
            questions.insert(q.value(0).toString(), q.value(1).toInt());
    }
    QHash<QString, ItemStatus> stepStatus;
    for (const ProgressRecord &r : m_learner.progress(StepKind))
        stepStatus.insert(r.item, r.status);
    QHash<QString, ItemStatus> lessonStatus;
    for (const ProgressRecord &r : m_learner.progress(LessonKind))
        lessonStatus.insert(r.item, r.status);
    const QHash<QString, int> stepTime = m_learner.timeSpentByItem(StepKind);
    const QHash<QString, int> lessonTime = m_learner.timeSpentByItem(LessonKind);
    const QHash<QString, int> quizTime = m_learner.timeSpentByItem(QuizKind);
    const QStringList hiddenList = m_learner.hiddenSteps();
    const QSet<QString> hidden(hiddenList.cbegin(), hiddenList.cend());

    for (const RoadmapStep &s : m_content.steps()) {
        StepProgress p;
        p.step = s.id;
        p.status = stepStatus.value(s.id, ItemStatus::NotStarted);
        p.hidden = hidden.contains(s.id);
        p.seconds = stepTime.value(s.id) + quizTime.value(s.id);
        p.questions = questions.value(s.id);
        p.quizPass = s.quizPass;
        out.insert(s.id, p);
    }
    for (const LessonInfo &l : m_content.lessons()) {
        auto it = out.find(l.step);
        if (it == out.end())
            continue;
        ++it->lessons;
        if (lessonStatus.value(l.id) == ItemStatus::Done)
            ++it->lessonsDone;
        it->seconds += lessonTime.value(l.id);
    }
    for (const QuizAttempt &a : m_learner.quizAttempts()) {
        auto it = out.find(a.step);
        if (it == out.end())
            continue;
        ++it->attempts;
        // Scored against the content's question count, so answering two of ten is 20%.
        const int total = std::max(it->questions, a.answered);
        if (total > 0)
            it->bestScore = std::max(it->bestScore, double(a.correct) / total);
    }
    for (StepProgress &p : out) {
        if (p.status == ItemStatus::Done) {
            p.percent = 100;
            continue;
        }
        const int units = p.lessons + (p.questions > 0 ? 1 : 0);
        const int doneUnits = p.lessonsDone + (p.questions > 0 && p.quizPassed() ? 1 : 0);
        p.percent = units > 0 ? (100 * doneUnits) / units : 0;
    }
    return out;
}

StepProgress ProgressTracker::stepProgress(const QString &step) const
{
    StepProgress p = allStepProgress().value(step);
    p.step = step;
    return p;
}

QList<TrackSummary> ProgressTracker::trackSummaries() const
{
    QList<TrackSummary> out;
    const QHash<QString, StepProgress> all = allStepProgress();
    for (const TrackInfo &t : tracks()) {
        TrackSummary s;
        s.track = t;
        for (const RoadmapStep &step : m_content.steps()) {
            if (step.track != t.id)
                continue;
            const StepProgress p = all.value(step.id);
            ++s.steps;
            s.plannedHours += step.hours;
            s.seconds += p.seconds;
            s.hidden += p.hidden ? 1 : 0;
            switch (p.status) {
            case ItemStatus::Done:
                ++s.done;
                break;
            case ItemStatus::InProgress:
                ++s.inProgress;
                break;
            case ItemStatus::Skipped:
                ++s.skipped;
                break;
            case ItemStatus::NotStarted:
                break;
            }
        }
        out.append(s);
    }
    return out;
}

QString ProgressTracker::continueStep() const
{
    const QList<RoadmapStep> steps = pathSteps(false);
    if (steps.isEmpty())
        return {};
    QHash<QString, QString> stepOfLesson;
    for (const LessonInfo &l : m_content.lessons())
        stepOfLesson.insert(l.id, l.step);

    // The latest touch of each step: its own status change or one of its lessons'.
    QHash<QString, QString> lastTouch;
    QHash<QString, ItemStatus> status;
    for (const ProgressRecord &r : m_learner.progress()) {
        const QString step = r.kind == StepKind ? r.item : stepOfLesson.value(r.item);
        if (r.kind == StepKind)
            status.insert(r.item, r.status);
        if (!step.isEmpty() && (r.kind == StepKind || r.kind == LessonKind))
            lastTouch[step] = std::max(lastTouch.value(step), r.updatedAt);
    }
    QString best;
    QString bestTime;
    for (const RoadmapStep &s : steps) {
        if (status.value(s.id) == ItemStatus::InProgress && lastTouch.value(s.id) > bestTime) {
            best = s.id;
            bestTime = lastTouch.value(s.id);
        }
    }
    if (!best.isEmpty())
        return best;
    for (const RoadmapStep &s : steps) {
        const ItemStatus st = status.value(s.id, ItemStatus::NotStarted);
        if (st != ItemStatus::Done && st != ItemStatus::Skipped)
            return s.id;
    }
    return {};
}

StatusChange ProgressTracker::applyToStep(const QString &step, StatusAction action)
{
    return m_learner.apply(StepKind, step, action);
}

StatusChange ProgressTracker::applyToLesson(const QString &lesson, StatusAction action)
{
    const StatusChange change = m_learner.apply(LessonKind, lesson, action);
    if (action != StatusAction::Start && action != StatusAction::Complete)
        return change;
    for (const LessonInfo &l : m_content.lessons())
        if (l.id == lesson && m_learner.status(StepKind, l.step) == ItemStatus::NotStarted)
            m_learner.apply(StepKind, l.step, StatusAction::Start);
    return change;
}

QuizOutcome ProgressTracker::submitQuiz(const QString &step, const QList<QuizAnswer> &answers)
{
    QuizOutcome outcome;
    outcome.threshold = 0.8;
    for (const RoadmapStep &s : m_content.steps())
        if (s.id == step)
            outcome.threshold = s.quizPass;
    const int inContent = questionCount(step);
    auto judge = [&](int correct, int answered) {
        outcome.correct = correct;
        outcome.questions = std::max(inContent, answered);
        outcome.score = outcome.questions > 0 ? double(correct) / outcome.questions : 0;
        outcome.passed = outcome.questions > 0 && outcome.score + 1e-9 >= outcome.threshold;
        return outcome.passed ? StatusAction::PassQuiz : StatusAction::FailQuiz;
    };
    outcome.attempt = m_learner.recordQuizAttempt(step, answers, judge, &outcome.change);
    outcome.recorded = !outcome.attempt.isEmpty();
    return outcome;
}

} // namespace crossroads
