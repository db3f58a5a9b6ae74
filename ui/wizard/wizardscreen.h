// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/wizardengine.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace crossroads {
class ContentStore;
class LearnerStore;
class WizardAnswerStore;
} // namespace crossroads

namespace crossroads::ui {

class QuestionPage;
class ResultPage;

// The decision wizard: one question per page with why we ask, Back and Next, and progress;
// answers are saved as they are given, so a closed wizard resumes where it stopped. The last
// page shows the explained recommendation, saves it to the learner's history, and can make its
// path the learner's own or export it as a decision record.
class WizardScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardScreen)

public:
    // Asked for a file name to export to; returns an empty string to cancel. Tests set one so
    // no file dialog ever blocks them.
    using SavePathHook = std::function<QString(const QString &suggested)>;

    WizardScreen(ContentStore &content, LearnerStore &learner, QWidget *parent = nullptr);
    ~WizardScreen() override;

    bool isReady() const { return m_engine != nullptr; }
    int questionCount() const { return int(m_pages.size()); }
    // The question shown, or -1 on the result page.
    int currentQuestion() const;
    bool isShowingResult() const;
    const WizardProfile &answers() const { return m_answers; }
    const WizardRecommendation &result() const { return m_result; }
    const WizardEngine *engine() const { return m_engine.get(); }

    QuestionPage *questionPage(int index) const { return m_pages.value(index); }
    ResultPage *resultPage() const { return m_resultPage; }
    QLabel *progressLabel() const { return m_progress; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }

    void setSavePathHook(SavePathHook hook) { m_savePathHook = std::move(hook); }
    // Writes the decision record to path: Markdown, whatever the extension.
    bool exportDecisionRecord(const QString &path, QString *error = nullptr);

public slots:
    void next();
    void back();
    void showQuestion(int index);

signals:
    // "Make this my path" stored these steps as the learner's path.
    void pathApplied(const QStringList &steps);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reload();
    void saveAnswer(int index);
    void finish();
    void showResult();
    void updateNavigation();
    void applyPath();
    void exportRecord();
    void startOver();
    void showProblem(const QString &text);
    QSet<QString> doneSteps() const;
    void preAnswerFromProgress();

    ContentStore &m_content;
    LearnerStore &m_learner;
    std::unique_ptr<WizardEngine> m_engine;
    std::unique_ptr<WizardAnswerStore> m_store;
    WizardProfile m_answers;
    WizardRecommendation m_result;
    int m_profileId = 0;
    SavePathHook m_savePathHook;

    QList<QuestionPage *> m_pages;
    ResultPage *m_resultPage = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_progress = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace crossroads::ui
