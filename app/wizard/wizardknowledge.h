// SPDX-License-Identifier: MIT
#pragma once

#include "content/contentstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcWizard)

namespace crossroads {

struct WizardOption
{
    QString id;
    QString title;
    QString summary;
    double prior = 0;
};

// One piece of weighted evidence: choosing an answer adds weight to an option's score.
struct WizardWeight
{
    int option = -1; // index into WizardKnowledge::options()
    double weight = 0;
    QString reason;
};

struct WizardAnswer
{
    QString value;
    QString label;
    QStringList covers; // roadmap steps this answer says the learner already knows
    QList<WizardWeight> weights;
    QList<double> delta; // weight per option index, 0 where the answer says nothing
    QList<bool> speaks;  // whether the answer carries a weight (and a reason) for an option index
};

struct WizardQuestion
{
    QString key;
    QString prompt;
    QString why;
    bool multi = false;
    QList<WizardAnswer> answers;

    int answerIndex(const QString &value) const;
};

// A rule that overrides the scores, e.g. "new to Python: learn Python first".
struct WizardGate
{
    QList<QPair<int, int>> when; // (question index, answer index); all must be chosen
    int option = -1;
    QString reason;
};

// The decision knowledge from content/wizard/wizard.json, checked and indexed for the engine,
// plus the roadmap's steps so paths can be made prerequisite-consistent.
class WizardKnowledge final
{
    Q_DECLARE_TR_FUNCTIONS(crossroads::WizardKnowledge)

public:
    // The engine keeps one bit per answer, and scores on fixed-size arrays.
    static constexpr int MaxAnswers = 32;
    static constexpr int MaxQuestions = 32;
    static constexpr int MaxOptions = 16;

    // Reads the wizard document and the roadmap steps from a compiled content database.
    static std::optional<WizardKnowledge> fromContent(const ContentStore &content, QString *error);
    // Reads a wizard document; error names the member at fault. Steps are optional: without
    // them paths are used as written.
    static std::optional<WizardKnowledge> fromJson(const QJsonObject &wizard, QString *error,
                                                   const QList<RoadmapStep> &steps = {});

    const QList<WizardOption> &options() const { return m_options; }
    const QList<WizardQuestion> &questions() const { return m_questions; }
    const QList<WizardGate> &gates() const { return m_gates; }
    const QMap<QString, QStringList> &paths() const { return m_paths; }
    double clearMargin() const { return m_clear; }
    double closeMargin() const { return m_close; }
    const QList<RoadmapStep> &steps() const { return m_steps; }

    int optionIndex(const QString &id) const;
    int questionIndex(const QString &key) const;
    int stepIndex(const QString &id) const { return m_stepIndex.value(id, -1); }
    const RoadmapStep *step(const QString &id) const;
    // Indexes of a step's prerequisites, in roadmap order.
    const QList<int> &requiresOf(int stepIndex) const { return m_requires.at(stepIndex); }
    QString stepTitle(const QString &id) const;
    QStringList questionKeys() const;

    // The answer to a question that progress already implies: among answers whose "covers"
    // steps are all done, the one covering the most. Empty when progress implies nothing.
    QString answerImpliedBy(const QString &questionKey,
                            const std::function<bool(const QString &step)> &isDone) const;

private:
    QList<WizardOption> m_options;
    QList<WizardQuestion> m_questions;
    QList<WizardGate> m_gates;
    QMap<QString, QStringList> m_paths;
    double m_clear = 4;
    double m_close = 2;
    QList<RoadmapStep> m_steps;
    QHash<QString, int> m_stepIndex;
    QList<QList<int>> m_requires;
};

} // namespace crossroads
