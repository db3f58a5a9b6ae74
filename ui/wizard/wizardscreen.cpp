// SPDX-License-Identifier: MIT
#include "wizardscreen.h"

#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "questionpage.h"
#include "resultpage.h"
#include "wizard/decisionrecord.h"
#include "wizard/wizardanswerstore.h"
#include "wizard/wizardhistory.h"

#include <QAbstractButton>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace crossroads::ui {

namespace {

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

WizardScreen::WizardScreen(ContentStore &content, LearnerStore &learner, QWidget *parent)
    : QWidget(parent), m_content(content), m_learner(learner)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 20);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Which should you learn first?"), this);
    title->setObjectName(QStringLiteral("wizardTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("wizardProgress"));
    m_bar = new QProgressBar(this);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setAccessibleName(tr("Progress through the questions"));
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_bar, 1);
    layout->addLayout(progressRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("wizardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("wizardBack"));
    m_back->setAutoDefault(true);
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("wizardNext"));
    m_next->setProperty("role", QStringLiteral("primary"));
    m_next->setAutoDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &WizardScreen::back);
    connect(m_next, &QPushButton::clicked, this, &WizardScreen::next);

    QString error;
    auto knowledge = WizardKnowledge::fromContent(m_content, &error);
    if (!knowledge) {
        showProblem(tr("The wizard cannot start: %1").arg(error));
        m_back->setEnabled(false);
        m_next->setEnabled(false);
        return;
    }
    m_engine = std::make_unique<WizardEngine>(std::move(*knowledge));
    m_store = std::make_unique<WizardAnswerStore>(m_learner);

    const auto &questions = m_engine->knowledge().questions();
    for (int i = 0; i < questions.size(); ++i) {
        auto *page = new QuestionPage(questions.at(i), m_stack);
        connect(page, &QuestionPage::changed, this, [this, i] { saveAnswer(i); });
        m_pages.append(page);
        m_stack->addWidget(page);
    }
    m_resultPage = new ResultPage(m_stack);
    m_stack->addWidget(m_resultPage);
    connect(m_resultPage, &ResultPage::flipPointChosen, this,
            [this](const QString &question, const QString &answer) {
                const int index = m_engine->knowledge().questionIndex(question);
                if (index < 0)
                    return;
                showQuestion(index);
                m_pages.at(index)->focusAnswer(answer);
            });
    connect(m_resultPage, &ResultPage::applyPathRequested, this, &WizardScreen::applyPath);
    connect(m_resultPage, &ResultPage::exportRequested, this, &WizardScreen::exportRecord);
    connect(m_resultPage, &ResultPage::changeAnswersRequested, this, [this] { showQuestion(0); });
    connect(m_resultPage, &ResultPage::startOverRequested, this, &WizardScreen::startOver);

    // Another learner profile has its own answers; other reloads (such as a new path) do not
    // touch the wizard's.
    connect(&m_learner, &LearnerStore::reloaded, this, [this] {
        if (m_learner.currentProfile() != m_profileId)
            reload();
    });
    reload();
}

WizardScreen::~WizardScreen() = default;

QSet<QString> WizardScreen::doneSteps() const
{
    QSet<QString> done;
    for (const RoadmapStep &s : m_engine->knowledge().steps())
        if (m_learner.status(QStringLiteral("step"), s.id) == ItemStatus::Done)
            done.insert(s.id);
    return done;
}

// Progress can answer a question for the learner: with the basics done, they know the basics.
// Progress wins over a stored answer that claims less, never over one that claims more.
void WizardScreen::preAnswerFromProgress()
{
    const WizardKnowledge &k = m_engine->knowledge();
    const QSet<QString> done = doneSteps();
    for (int i = 0; i < m_pages.size(); ++i) {
        const WizardQuestion &q = k.questions().at(i);
        m_pages.at(i)->setNote(QString());
        const QString implied =
            k.answerImpliedBy(q.key, [&done](const QString &s) { return done.contains(s); });
        if (implied.isEmpty() || q.multi)
            continue;
        const WizardAnswer &answer = q.answers.at(q.answerIndex(implied));
        const int stored = q.answerIndex(m_answers.value(q.key));
        if (stored >= 0 && q.answers.at(stored).covers.size() >= answer.covers.size())
            continue;
        m_answers.set(q.key, implied);
        QStringList titles;
        for (const QString &s : answer.covers)
            titles.append(QStringLiteral("“%1”").arg(k.stepTitle(s)));
        m_pages.at(i)->setNote(tr("Your progress shows %1 done, so this is already answered: “%2”. Change it "
                                  "if that is not right.")
                                   .arg(titles.join(tr(" and ")), answer.label));
        m_pages.at(i)->setValues(m_answers.values(q.key));
    }
}

void WizardScreen::reload()
{
    m_profileId = m_learner.currentProfile();
    m_answers = m_store->load(m_engine->knowledge());
    for (QuestionPage *page : std::as_const(m_pages))
        page->setValues(m_answers.values(page->key()), m_answers.has(page->key()));
    preAnswerFromProgress();

    // Resume at the first question not yet answered. With every question answered, show the
    // result if it was saved, or the last question so one press of Next finishes it.
    for (int i = 0; i < m_pages.size(); ++i) {
        if (!m_answers.has(m_pages.at(i)->key()) || !m_pages.at(i)->note().isEmpty()) {
            showQuestion(i);
            return;
        }
    }
    const auto history = WizardHistory(m_learner).entries();
    if (!history.isEmpty() && history.first().answers == m_answers.toJson(m_engine->knowledge())) {
        m_result = m_engine->recommend(m_answers);
        showResult();
    } else {
        showQuestion(int(m_pages.size()) - 1);
    }
}

int WizardScreen::currentQuestion() const
{
    const int i = m_stack->currentIndex();
    return i >= 0 && i < m_pages.size() ? i : -1;
}

bool WizardScreen::isShowingResult() const
{
    return m_resultPage && m_stack->currentWidget() == m_resultPage;
}

void WizardScreen::showQuestion(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_stack->setCurrentIndex(index);
    updateNavigation();
    m_pages.at(index)->focusAnswer();
}

void WizardScreen::showResult()
{
    m_resultPage->setResult(*m_engine, m_answers, m_result, doneSteps());
    m_stack->setCurrentWidget(m_resultPage);
    updateNavigation();
    m_resultPage->applyButton()->setFocus(Qt::OtherFocusReason);
}

void WizardScreen::updateNavigation()
{
    const int count = int(m_pages.size());
    const int current = currentQuestion();
    m_bar->setRange(0, count);
    if (current >= 0) {
        m_progress->setText(tr("Question %1 of %2").arg(current + 1).arg(count));
        m_bar->setValue(current + 1);
    } else {
        m_progress->setText(tr("Your result"));
        m_bar->setValue(count);
    }
    m_back->setEnabled(current != 0);
    m_next->setVisible(current >= 0);
    m_next->setText(current == count - 1 ? tr("See my &result >") : tr("&Next >"));
}

void WizardScreen::saveAnswer(int index)
{
    QuestionPage *page = m_pages.at(index);
    const QStringList values = page->values();
    // The learner's own choice replaces anything progress pre-filled.
    if (m_answers.has(page->key()) && m_answers.values(page->key()) != values)
        page->setNote(QString());
    m_answers.set(page->key(), values);
    if (values.isEmpty())
        page->setValues(values, true); // shows "no preference" when the learner comes back
    if (!m_store->save(page->key(), values))
        showProblem(tr("Your answer could not be saved: %1").arg(m_store->errorString()));
}

void WizardScreen::next()
{
    const int current = currentQuestion();
    if (!m_engine || current < 0)
        return;
    saveAnswer(current);
    if (current + 1 < m_pages.size())
        showQuestion(current + 1);
    else
        finish();
}

void WizardScreen::back()
{
    const int current = currentQuestion();
    if (!m_engine)
        return;
    if (current < 0)
        showQuestion(int(m_pages.size()) - 1);
    else if (current > 0)
        showQuestion(current - 1);
}

void WizardScreen::finish()
{
    m_result = m_engine->recommend(m_answers);
    showResult();
    // Saved with its answers so the Progress screen can list and compare past results.
    if (!m_learner.addWizardResult(compactJson(m_answers.toJson(m_engine->knowledge())),
                                   compactJson(m_result.toJson())))
        m_resultPage->setStatus(
            tr("This result could not be saved to your history: %1").arg(m_learner.errorString()), true);
}

void WizardScreen::applyPath()
{
    if (m_result.path.isEmpty())
        return;
    if (!m_learner.setLearnerPath(m_result.path, QStringLiteral("wizard"))) {
        m_resultPage->setStatus(tr("The path could not be saved: %1").arg(m_learner.errorString()), true);
        return;
    }
    m_resultPage->setStatus(tr("This is now your path on the Roadmap, starting with “%1”.")
                                .arg(m_engine->knowledge().stepTitle(m_result.path.first())));
    emit pathApplied(m_result.path);
}

void WizardScreen::exportRecord()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString suggested =
        dir + QStringLiteral("/crossroads-decision-%1.md").arg(QDate::currentDate().toString(Qt::ISODate));
    if (m_savePathHook) {
        const QString path = m_savePathHook(suggested);
        if (!path.isEmpty())
            exportDecisionRecord(path);
        return;
    }
    // open(), not exec(): the window stays responsive and nothing blocks a test.
    auto *dialog = new QFileDialog(this, tr("Export decision record"), suggested, tr("Markdown (*.md)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("md"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportDecisionRecord(path); });
    dialog->open();
}

bool WizardScreen::exportDecisionRecord(const QString &path, QString *error)
{
    const QString markdown =
        DecisionRecord::markdown(*m_engine, m_answers, m_result, QDateTime::currentDateTime());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown.toUtf8()) < 0 || !file.commit()) {
        const QString problem =
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        m_resultPage->setStatus(problem, true);
        if (error)
            *error = problem;
        return false;
    }
    m_resultPage->setStatus(tr("Saved the decision record to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void WizardScreen::startOver()
{
    if (!m_store->clear())
        showProblem(tr("Your old answers could not be cleared: %1").arg(m_store->errorString()));
    m_answers = WizardProfile();
    for (QuestionPage *page : std::as_const(m_pages))
        page->setValues({}, false);
    preAnswerFromProgress();
    showQuestion(0);
}

void WizardScreen::showProblem(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void WizardScreen::keyPressEvent(QKeyEvent *event)
{
    // Enter moves on from a question; the result page's own widgets handle it there.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentQuestion() >= 0) {
        next();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Left && event->modifiers() == Qt::AltModifier) {
        back();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace crossroads::ui
