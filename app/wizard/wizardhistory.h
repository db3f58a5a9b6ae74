// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crossroads {

class LearnerStore;
class WizardEngine;

// One finished run of the wizard as saved in wizard_results: the answers (the profile
// contract) and the result (the `recommend --json` object).
struct WizardHistoryEntry
{
    qint64 id = 0;
    QDateTime createdAt; // UTC
    QJsonObject answers;
    QJsonObject result;

    QString recommendation() const;
    QString confidence() const;
    double score(const QString &option) const;
    QStringList path() const;
};

// One line of a side-by-side comparison of two results.
struct WizardComparisonRow
{
    enum class Section { Outcome, Score, Answer, Path };
    Section section = Section::Outcome;
    QString key; // "recommendation", "confidence", "path", an option id or a question key
    QString label;
    QString left;
    QString right;
    bool differs = false;
};

// Past wizard results of the current learner profile, for the Progress screen's list and its
// side-by-side comparison. Read-only: results are written by the wizard through
// LearnerStore::addWizardResult().
class WizardHistory final
{
    Q_DECLARE_TR_FUNCTIONS(crossroads::WizardHistory)

public:
    explicit WizardHistory(const LearnerStore &store);

    QList<WizardHistoryEntry> entries() const; // newest first
    std::optional<WizardHistoryEntry> entry(qint64 id) const;

    // Rows for showing two results next to each other: recommendation, confidence, every
    // option's score, every question's answer (as the learner saw it) and the path. Titles and
    // labels come from the engine's knowledge, so ids never reach the screen.
    static QList<WizardComparisonRow> compare(const WizardHistoryEntry &left, const WizardHistoryEntry &right,
                                              const WizardEngine &engine);

private:
    QList<WizardHistoryEntry> query(qint64 id) const;

    const LearnerStore &m_store;
};

} // namespace crossroads
