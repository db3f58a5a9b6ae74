// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace crossroads {
class ContentStore;
class LearnerStore;
class ProgressTracker;
} // namespace crossroads

namespace crossroads::ui {

class NoteEditor;

// Everything about one step: what it is for, its lessons, quiz and project, the learner's
// notes, and the buttons that change its status.
class StepPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepPanel)

public:
    StepPanel(const ContentStore &content, LearnerStore &learner, ProgressTracker &tracker,
              QWidget *parent = nullptr);

    void showStep(const QString &id);
    QString step() const { return m_step; }
    // Re-reads status, time and scores; the notes box is left alone so typing is never undone.
    void refresh();
    NoteEditor *notes() const { return m_notes; }
    QListWidget *lessons() const { return m_lessons; }

signals:
    void openLesson(const QString &lesson);
    void openQuiz(const QString &step);
    void closeRequested();

private:
    QPushButton *addAction(const QString &name, const QString &text, const QString &help);

    const ContentStore &m_content;
    LearnerStore &m_learner;
    ProgressTracker &m_tracker;
    QString m_step;

    QLabel *m_track = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_numbers = nullptr;
    QWidget *m_actions = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_hide = nullptr;
    QLabel *m_outcomes = nullptr;
    QListWidget *m_lessons = nullptr;
    QLabel *m_quiz = nullptr;
    QPushButton *m_takeQuiz = nullptr;
    QLabel *m_project = nullptr;
    NoteEditor *m_notes = nullptr;
};

} // namespace crossroads::ui
