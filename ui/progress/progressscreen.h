// SPDX-License-Identifier: MIT
#pragma once

#include "learner/progresstracker.h"

#include <QTimer>
#include <QWidget>

class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace crossroads {
class ContentStore;
class LearnerStore;
} // namespace crossroads

namespace crossroads::ui {

class ActivityHeatmap;
class LearnerDataActions;
class ProfileBar;
class TrackSummaryModel;

// How the learner is doing: per track counts and hours, time per week, quiz scores over time,
// a calendar of active days, the wizard's past recommendations, and the profile, export,
// import and backup controls.
class ProgressScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressScreen)

public:
    // actions may be null (then the export/import/restore buttons are left out).
    ProgressScreen(ContentStore &content, LearnerStore &learner, LearnerDataActions *actions = nullptr,
                   QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    TrackSummaryModel *model() const { return m_model; }
    ActivityHeatmap *heatmap() const { return m_heatmap; }
    QTreeWidget *wizardHistory() const { return m_wizard; }
    ProfileBar *profileBar() const { return m_profiles; }

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *card(const QString &title, QWidget *body, const QString &objectName);
    void refreshCharts();
    void refreshWizard();

    ContentStore &m_content;
    LearnerStore &m_learner;
    ProgressTracker m_tracker;
    QTimer m_refresh;
    bool m_dirty = true;

    QLabel *m_subtitle = nullptr;
    ProfileBar *m_profiles = nullptr;
    QLabel *m_stepsValue = nullptr;
    QLabel *m_stepsNote = nullptr;
    QLabel *m_timeValue = nullptr;
    QLabel *m_timeNote = nullptr;
    QLabel *m_daysValue = nullptr;
    QLabel *m_daysNote = nullptr;
    QLabel *m_quizValue = nullptr;
    QLabel *m_quizNote = nullptr;
    TrackSummaryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_weekStack = nullptr;
    QChartView *m_weekChart = nullptr;
    QStackedWidget *m_quizStack = nullptr;
    QChartView *m_quizChart = nullptr;
    ActivityHeatmap *m_heatmap = nullptr;
    QTreeWidget *m_wizard = nullptr;
};

} // namespace crossroads::ui
