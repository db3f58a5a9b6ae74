// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace crossroads {

class WizardEngine;
class WizardProfile;
struct WizardRecommendation;

// A wizard result written down: the question, the options, the answers, the outcome and the
// reasons, so the learner can keep or share why they chose.
class DecisionRecord final
{
    Q_DECLARE_TR_FUNCTIONS(crossroads::DecisionRecord)

public:
    // A one-page Markdown decision record.
    static QString markdown(const WizardEngine &engine, const WizardProfile &profile,
                            const WizardRecommendation &result, const QDateTime &when);
    // The readable explanation `crossroads recommend` prints without --json.
    static QString text(const WizardEngine &engine, const WizardProfile &profile,
                        const WizardRecommendation &result);

    // "clear", "likely" or "close call" in the learner's language, with the margin.
    static QString confidenceSentence(const WizardEngine &engine, const WizardRecommendation &result);
    // Where a reason comes from, e.g. "you answered “Within days” to “How soon …?”".
    static QString trace(const WizardEngine &engine, const QString &question, const QString &answer);
};

} // namespace crossroads
