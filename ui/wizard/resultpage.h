// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/wizardengine.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;

namespace crossroads::ui {

class ScoreChart;

// The wizard's answer: the recommendation and its confidence, the scores as bars, the reasons
// traced to answers, the flip points (each one a way back to its question), the path, and the
// actions that make use of it.
class ResultPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPage)

public:
    explicit ResultPage(QWidget *parent = nullptr);

    void setResult(const WizardEngine &engine, const WizardProfile &profile,
                   const WizardRecommendation &result, const QSet<QString> &doneSteps);
    // A line under the actions: what the last action did, or why it failed.
    void setStatus(const QString &text, bool problem = false);

    QLabel *recommendationLabel() const { return m_title; }
    QLabel *confidenceLabel() const { return m_confidence; }
    QLabel *adviceLabel() const { return m_advice; }
    QLabel *reasonsLabel() const { return m_reasons; }
    QLabel *pathLabel() const { return m_path; }
    QLabel *statusLabel() const { return m_status; }
    ScoreChart *chart() const { return m_chart; }
    // One link per flip point, in the engine's order.
    const QList<QLabel *> &flipLinks() const { return m_flipLinks; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *exportButton() const { return m_export; }

signals:
    // The learner picked a flip point: go back to that question (answer is the one that flips).
    void flipPointChosen(const QString &question, const QString &answer);
    void applyPathRequested();
    void exportRequested();
    void changeAnswersRequested();
    void startOverRequested();

private:
    QLabel *sectionTitle(const QString &text);

    QLabel *m_title = nullptr;
    QLabel *m_confidence = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_advice = nullptr;
    ScoreChart *m_chart = nullptr;
    QLabel *m_reasons = nullptr;
    QWidget *m_flipBox = nullptr;
    QList<QLabel *> m_flipLinks;
    QLabel *m_steady = nullptr;
    QLabel *m_path = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace crossroads::ui
