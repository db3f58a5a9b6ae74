// SPDX-License-Identifier: MIT
#pragma once

#include "wizardknowledge.h"
#include "wizardprofile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <vector>

namespace crossroads {

enum class WizardConfidence { Clear, Likely, CloseCall };

// "clear", "likely" or "close call": the words of the --json output.
QString confidenceName(WizardConfidence confidence);

struct WizardReason
{
    enum class Kind {
        Rule,       // a gate decided it, traced to the answer that triggers the gate
        For,        // evidence for the recommendation, traced to an answer
        Against,    // evidence against the runner-up, traced to an answer
        TieBreak,   // how a tie between the top scores was broken
        HowToDecide // a close call: how the learner can settle it
    };
    Kind kind = Kind::For;
    QString option;   // the option the reason speaks about
    QString question; // the answer it is traced to (empty for TieBreak and HowToDecide)
    QString answer;
    double weight = 0;
    QString text;

    static QString kindName(Kind kind);
    QJsonObject toJson() const;
    bool operator==(const WizardReason &o) const
    {
        return kind == o.kind && option == o.option && question == o.question && answer == o.answer &&
               weight == o.weight && text == o.text;
    }
};

// Changing one answer would change the recommendation.
struct WizardFlipPoint
{
    enum class Change { Set, Add, Remove };
    QString question;
    QString answer;
    Change change = Change::Set;
    QString recommendation; // the option that would win instead
    QString text;

    static QString changeName(Change change);
    // The profile with this change applied.
    WizardProfile applyTo(const WizardProfile &profile) const;
    QJsonObject toJson() const;
    bool operator==(const WizardFlipPoint &o) const
    {
        return question == o.question && answer == o.answer && change == o.change &&
               recommendation == o.recommendation && text == o.text;
    }
};

// The cheap part of a recommendation: scores, ranking and winner, without the explanation.
struct WizardDecision
{
    // Fixed inline capacity: deciding runs once per answer for the flip points, so it must not
    // touch the heap.
    QVarLengthArray<double, 8> scores; // by option index
    QVarLengthArray<int, 8> ranking;   // option indexes, the winner first
    int gate = -1;                     // index of the gate that decided, or -1
    bool tie = false;                  // the top scores are equal and a tie-break chose the winner

    int winner() const { return ranking.isEmpty() ? -1 : ranking.at(0); }
    int runnerUp() const { return ranking.size() < 2 ? -1 : ranking.at(1); }
    double margin() const;
};

struct WizardRecommendation
{
    QString recommendation;
    QString runnerUp;
    QList<QPair<QString, double>> scores; // in the content's option order
    QStringList ranking;                  // option ids, best first
    double margin = 0;
    WizardConfidence confidence = WizardConfidence::Clear;
    bool tie = false;
    bool gated = false;
    QList<WizardReason> reasons;
    QList<WizardFlipPoint> flipPoints;
    QStringList steadyQuestions; // questions where no other answer changes the recommendation
    QStringList path;            // roadmap step ids in order

    double score(const QString &option) const;
    // Exactly the shape of `crossroads recommend --json`.
    QJsonObject toJson() const;
    bool operator==(const WizardRecommendation &o) const;
    bool operator!=(const WizardRecommendation &o) const { return !(*this == o); }
};

// Turns a learner profile into a recommendation among the knowledge's options, explained:
// weighted evidence per answer, gates that override it, the top reasons on both sides, flip
// points, a confidence from the margin, and a prerequisite-consistent learning path.
// Everything is a pure function of the knowledge and the profile, so the same answers always
// give the same result.
class WizardEngine final
{
    Q_DECLARE_TR_FUNCTIONS(crossroads::WizardEngine)

public:
    explicit WizardEngine(WizardKnowledge knowledge);

    const WizardKnowledge &knowledge() const { return m_knowledge; }

    WizardDecision decide(const WizardProfile &profile) const;
    WizardRecommendation recommend(const WizardProfile &profile) const;

    // Steps the profile's answers say the learner already knows ("covers").
    QSet<QString> coveredSteps(const WizardProfile &profile) const;
    // The ordered path for a decision: the content's path for the winner (a "winner+suffix"
    // variant when one matches an answer or the next-best option), without covered steps, with
    // every missing prerequisite inserted before the step that needs it.
    QStringList path(const WizardDecision &decision, const WizardProfile &profile) const;

    // Title of an option, or the id when unknown.
    QString optionTitle(const QString &id) const;
    // Labels of the chosen answers, or "No preference".
    QString answerText(const WizardProfile &profile, const QString &questionKey) const;

private:
    // One bit per chosen answer, per question; a plain array so the flip-point search can copy
    // and change it without allocating.
    struct Selection
    {
        quint32 masks[WizardKnowledge::MaxQuestions] = {};
        quint32 operator[](int question) const { return masks[question]; }
    };

    Selection select(const WizardProfile &profile) const;
    WizardDecision decide(const Selection &selection) const;
    // The hot path of decide(): scores and the winner only, on raw arrays.
    void scores(const Selection &selection, double *out) const;
    int firedGate(const Selection &selection) const;
    int winner(const Selection &selection) const;
    QSet<QString> coveredSteps(const Selection &selection) const;
    QStringList path(const WizardDecision &decision, const Selection &selection) const;
    QList<WizardReason> reasons(const Selection &selection, const WizardDecision &decision) const;
    void flipPoints(const Selection &selection, const WizardDecision &decision,
                    WizardRecommendation &out) const;
    QString reasonText(int question, int answer, int option) const;

    WizardKnowledge m_knowledge;
    // Dense copy of the weights: option o's delta for answer a of question q is at
    // m_deltas[(m_firstAnswer[q] + a) * optionCount + o].
    std::vector<double> m_deltas;
    std::vector<int> m_firstAnswer;
};

} // namespace crossroads
