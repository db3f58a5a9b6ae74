// SPDX-License-Identifier: MIT
#pragma once

#include "learner/progresstracker.h"
#include "stepnode.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace crossroads {
class ContentStore;
class LearnerStore;
} // namespace crossroads

namespace crossroads::ui {

class RoadmapView;
class StepPanel;

// The learner's path as a map: one node per step, grouped by track, arrows from prerequisites,
// and a panel with everything about the step that is open.
class RoadmapScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoadmapScreen)

public:
    RoadmapScreen(ContentStore &content, LearnerStore &learner, QWidget *parent = nullptr);

    RoadmapView *view() const { return m_view; }
    StepPanel *panel() const { return m_panel; }
    QString openStep() const;

public slots:
    void openStepPanel(const QString &step);
    void closeStepPanel();
    // Opens the step the learner was last working on (or the first one not done yet).
    void continueWhereLeftOff();

signals:
    // Wired to the lesson reader and quiz screens by the main window.
    void openLesson(const QString &lesson);
    void openQuiz(const QString &step);

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void refresh();
    QList<StepNodeData> nodeData(bool includeHidden) const;

    ContentStore &m_content;
    LearnerStore &m_learner;
    ProgressTracker m_tracker;
    QLabel *m_pathSource = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_continue = nullptr;
    QCheckBox *m_showHidden = nullptr;
    QSplitter *m_splitter = nullptr;
    RoadmapView *m_view = nullptr;
    QScrollArea *m_panelArea = nullptr;
    StepPanel *m_panel = nullptr;
    QTimer m_refresh;
    bool m_firstShow = true;
};

} // namespace crossroads::ui
