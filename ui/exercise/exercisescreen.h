// SPDX-License-Identifier: MIT
#pragma once

#include "exercises/exercise.h"
#include "exercises/exercisechecker.h"

#include <QHash>
#include <QMap>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace crossroads {
class ContentStore;
class ExerciseCatalog;
class ExerciseProgress;
class LearnerStore;
class Settings;
} // namespace crossroads

namespace crossroads::ui {

class CodeEditor;

// Hands-on exercises: the list by step, the instructions and hints, an editor with a tab per
// file, and Check, which runs the hidden checks against the real frameworks. What the learner
// types is saved to the learner database as they type, per profile.
class ExerciseScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseScreen)

public:
    ExerciseScreen(ContentStore &content, LearnerStore &learner, Settings &settings,
                   QWidget *parent = nullptr);
    ~ExerciseScreen() override;

    // Answers yes/no questions (reset, early solution) instead of a dialog; for tests.
    using ConfirmHook = std::function<bool(const QString &question)>;
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }
    // Shows the "Open in Run it" button; whoever connects runRequested() turns it on.
    void setRunItAvailable(bool available);

    // Failed attempts after which the solution is offered without asking "are you sure?".
    static constexpr int AttemptsBeforeSolution = 3;

    bool openExercise(const QString &id);
    QString currentExercise() const { return m_exercise.id(); }
    CodeEditor *editor(const QString &path) const { return m_editors.value(path); }
    ExerciseChecker *checker() const { return m_checker; }
    // Saves pending edits now (normally a short timer after the last keystroke).
    bool saveNow();

signals:
    // Run the learner's own version live (the "Run it" preview owns the server).
    void runRequested(const QString &exercise, const QString &framework, const QMap<QString, QString> &files);
    // A sample:, step:, lesson: or row: link in the instructions.
    void appLinkActivated(const QUrl &url);
    // The learner passed every check of an exercise for the first time in this session.
    void exerciseCompleted(const QString &exercise);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void buildList();
    void refreshListStatus();
    void showInstructions();
    void showHints();
    void revealHint();
    void buildEditors();
    void fileEdited(const QString &path);
    void startCheck();
    void cancelCheck();
    void checkReported(const CheckOutcome &outcome);
    void checkFinished(const ExerciseRunResult &result);
    void resetFiles();
    void showSolution();
    void openLink(const QUrl &url);
    void updateButtons();
    void updateSolutionHint();
    void confirm(const QString &question, const std::function<void()> &onYes);
    QMap<QString, QString> currentFiles() const;
    void showResultList(const QList<CheckOutcome> &outcomes);
    void reloadFromStore();

    ContentStore &m_content;
    LearnerStore &m_learner;
    Settings &m_settings;
    std::unique_ptr<ExerciseCatalog> m_catalog;
    std::unique_ptr<ExerciseProgress> m_progress;
    QList<ExerciseInfo> m_all;
    Exercise m_exercise;
    int m_hintsShown = 0;
    QHash<QString, CodeEditor *> m_editors;
    QMap<QString, QString> m_dirty; // path -> text waiting for the save timer
    int m_dirtyProfile = 0;         // the profile the pending edits belong to
    bool m_loading = false;
    ConfirmHook m_confirm;

    QTreeWidget *m_list = nullptr;
    QLabel *m_listSummary = nullptr;
    QTextBrowser *m_instructions = nullptr;
    QLabel *m_hints = nullptr;
    QPushButton *m_hintButton = nullptr;
    QPushButton *m_pairButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_solution = nullptr;
    QPushButton *m_runIt = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_saveProblem = nullptr;
    QListWidget *m_results = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QTimer *m_saveTimer = nullptr;
    ExerciseChecker *m_checker = nullptr;
};

} // namespace crossroads::ui
