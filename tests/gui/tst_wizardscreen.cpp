// SPDX-License-Identifier: MIT
#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "learner/settings.h"
#include "shell/mainwindow.h"
#include "testconfig.h"
#include "wizard/questionpage.h"
#include "wizard/resultpage.h"
#include "wizard/scorechart.h"
#include "wizard/wizardengine.h"
#include "wizard/wizardhistory.h"
#include "wizard/wizardscreen.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace crossroads;
using namespace crossroads::ui;

// The wizard driven as a learner would: keys to answer, Enter to go on, clicks on the result.
class TestWizardScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void walkWithKeyboardAndApplyPath();
    void resumesWhereItStopped();
    void preAnsweredFromProgress();
    void flipPointJumpsBack();
    void backAndNextButtons();
    void exportsDecisionRecord();
    void appliedPathShowsOnRoadmap();

private:
    // Opens the screen shown and focused, as the learner would see it.
    std::unique_ptr<WizardScreen> open(LearnerStore &learner);
    // Answers the current question by its key (1-9, a..., 0 for no preference) and presses Enter.
    static void answer(WizardScreen &w, char key);

    QTemporaryDir m_dir;
    ContentStore m_content;
};

void TestWizardScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_content.open(QStringLiteral(CROSSROADS_CONTENT_DB_PATH)), qPrintable(m_content.errorString()));
}

std::unique_ptr<WizardScreen> TestWizardScreen::open(LearnerStore &learner)
{
    auto w = std::make_unique<WizardScreen>(m_content, learner);
    w->resize(900, 700);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("wizard window did not become active");
    return w;
}

void TestWizardScreen::answer(WizardScreen &w, char key)
{
    QWidget *focus = QApplication::focusWidget();
    QWidget *target = focus && w.isAncestorOf(focus) ? focus : &w;
    if (key != '\0') // '\0': leave the question as it is
        QTest::keyClick(target, key);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w, Qt::Key_Return);
}

void TestWizardScreen::walkWithKeyboardAndApplyPath()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("walk.db"))));
    auto w = open(learner);
    QVERIFY(w->isReady());
    QCOMPARE(w->questionCount(), 6);
    QCOMPARE(w->currentQuestion(), 0);
    QCOMPARE(w->progressLabel()->text(), QStringLiteral("Question 1 of 6"));
    QVERIFY(!w->backButton()->isEnabled());
    // "Why we ask" is on every page.
    auto *why = w->questionPage(0)->findChild<QLabel *>(QStringLiteral("wizardWhy"));
    QVERIFY(why && why->isVisible());
    QVERIFY(why->text().startsWith(QStringLiteral("Why we ask:")));
    QTRY_VERIFY(w->questionPage(0)->isAncestorOf(QApplication::focusWidget()));

    // Python: "I am comfortable with classes" (3); goal: ship a product (3); project: REST API (2);
    // needs: async (5) and auth (2), toggled as check boxes; timeline: weeks (2); team: small (2).
    answer(*w, '3');
    QTRY_COMPARE(w->currentQuestion(), 1);
    QCOMPARE(w->progressLabel()->text(), QStringLiteral("Question 2 of 6"));
    answer(*w, '3');
    QTRY_COMPARE(w->currentQuestion(), 2);
    QCOMPARE(w->progressLabel()->text(), QStringLiteral("Question 3 of 6"));
    answer(*w, '2');
    QTRY_COMPARE(w->currentQuestion(), 3);
    QTest::keyClick(QApplication::focusWidget(), '5');
    QTest::keyClick(QApplication::focusWidget(), '2');
    QTest::keyClick(QApplication::focusWidget(), '1');
    QTest::keyClick(QApplication::focusWidget(), '1'); // toggled on and off again
    QCOMPARE(w->questionPage(3)->values(), (QStringList{QStringLiteral("auth"), QStringLiteral("async")}));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(w->currentQuestion(), 4);
    answer(*w, '2');
    QTRY_COMPARE(w->currentQuestion(), 5);
    QCOMPARE(w->nextButton()->text(), QStringLiteral("See my &result >"));
    answer(*w, '2');
    QTRY_VERIFY(w->isShowingResult());
    QCOMPARE(w->progressLabel()->text(), QStringLiteral("Your result"));

    WizardProfile expected;
    expected.set(QStringLiteral("python_level"), QStringLiteral("oop"));
    expected.set(QStringLiteral("goal"), QStringLiteral("ship_product"));
    expected.set(QStringLiteral("project"), QStringLiteral("rest_api"));
    expected.set(QStringLiteral("needs"), {QStringLiteral("auth"), QStringLiteral("async")});
    expected.set(QStringLiteral("timeline"), QStringLiteral("weeks"));
    expected.set(QStringLiteral("team_size"), QStringLiteral("small"));
    QCOMPARE(w->answers(), expected);
    const WizardRecommendation r = w->engine()->recommend(expected);
    QCOMPARE(r.recommendation, QStringLiteral("django"));

    // The result page: recommendation with confidence, the four scores, reasons traced to
    // answers, flip points and the path.
    ResultPage *page = w->resultPage();
    QVERIFY(page->isVisible());
    QCOMPARE(page->recommendationLabel()->text(), QStringLiteral("Start with Django"));
    QVERIFY2(page->confidenceLabel()->text().startsWith(
                 QStringLiteral("Likely: a lead of 3 over “Start with FastAPI” (13 to 10)")),
             qPrintable(page->confidenceLabel()->text()));
    QCOMPARE(page->chart()->bars().size(), 4);
    for (const ScoreChart::Bar &bar : page->chart()->bars()) {
        bool found = false;
        for (const auto &s : r.scores)
            if (w->engine()->optionTitle(s.first) == bar.label) {
                QCOMPARE(bar.value, s.second);
                QCOMPARE(bar.highlighted, s.first == r.recommendation);
                found = true;
            }
        QVERIFY2(found, qPrintable(bar.label));
    }
    QVERIFY(page->chart()->isVisible());
    QVERIFY(page->chart()->height() >= page->chart()->minimumSizeHint().height());
    QVERIFY(page->reasonsLabel()->text().contains(
        QStringLiteral("because you answered “Build and launch a product of my own”")));
    QVERIFY(page->reasonsLabel()->text().contains(QStringLiteral("For Start with Django:")));
    QVERIFY(page->reasonsLabel()->text().contains(QStringLiteral("Against Start with FastAPI:")));
    QCOMPARE(page->flipLinks().size(), r.flipPoints.size());
    QVERIFY(r.flipPoints.size() > 0);
    QCOMPARE(page->flipLinks().first()->property("question").toString(), r.flipPoints.first().question);
    QVERIFY(page->flipLinks().first()->text().contains(r.flipPoints.first().text.toHtmlEscaped()));
    for (const QString &step : r.path)
        QVERIFY2(page->pathLabel()->text().contains(w->engine()->knowledge().stepTitle(step).toHtmlEscaped()),
                 qPrintable(step));

    // Each finished result is saved with its date and answers.
    QCOMPARE(learner.wizardResultCount(), 1);
    const auto history = WizardHistory(learner).entries();
    QCOMPARE(history.first().recommendation(), QStringLiteral("django"));
    QCOMPARE(history.first().answers, expected.toJson(w->engine()->knowledge()));
    QVERIFY(history.first().createdAt.isValid());

    // "Make this my path", from the keyboard: focus starts on it, Enter presses it.
    QVERIFY(learner.learnerPath().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), page->applyButton());
    QTest::keyClick(page->applyButton(), Qt::Key_Return);
    QTRY_COMPARE(learner.learnerPath(), r.path);
    QVERIFY(page->statusLabel()->text().startsWith(QStringLiteral("This is now your path on the Roadmap")));
}

void TestWizardScreen::resumesWhereItStopped()
{
    const QString db = m_dir.filePath(QStringLiteral("resume.db"));
    {
        LearnerStore learner;
        QVERIFY(learner.open(db));
        auto w = open(learner);
        answer(*w, '2');
        QTRY_COMPARE(w->currentQuestion(), 1);
        answer(*w, '1');
        QTRY_COMPARE(w->currentQuestion(), 2);
        // Chosen, not yet confirmed with Next: kept all the same.
        QTest::keyClick(QApplication::focusWidget(), '3');
        QCOMPARE(w->questionPage(2)->values(), QStringList{QStringLiteral("microservice")});
    } // closed halfway
    {
        LearnerStore learner;
        QVERIFY(learner.open(db));
        auto w = open(learner);
        QCOMPARE(w->currentQuestion(), 3);
        QCOMPARE(w->progressLabel()->text(), QStringLiteral("Question 4 of 6"));
        QCOMPARE(w->questionPage(0)->values(), QStringList{QStringLiteral("basics")});
        QCOMPARE(w->questionPage(1)->values(), QStringList{QStringLiteral("learn_fundamentals")});
        QCOMPARE(w->questionPage(2)->values(), QStringList{QStringLiteral("microservice")});
        QVERIFY(w->questionPage(3)->values().isEmpty());
        for (int i = 3; i < 6; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QTRY_COMPARE(w->currentQuestion(), i + 1 < 6 ? i + 1 : -1);
        }
        QTRY_VERIFY(w->isShowingResult());
        QCOMPARE(w->resultPage()->recommendationLabel()->text(), QStringLiteral("Start with Flask"));
        // Skipped questions were stored as "no preference".
        QVERIFY(w->answers().has(QStringLiteral("timeline")));
        QVERIFY(w->questionPage(4)->noPreferenceButton()->isChecked());
    }
    {
        // Finished and saved: it opens on the result, and nothing is saved twice.
        LearnerStore learner;
        QVERIFY(learner.open(db));
        auto w = open(learner);
        QVERIFY(w->isShowingResult());
        QCOMPARE(w->resultPage()->recommendationLabel()->text(), QStringLiteral("Start with Flask"));
        QCOMPARE(learner.wizardResultCount(), 1);
        // Start over clears the answers, not the history.
        QTest::mouseClick(w->resultPage()->findChild<QPushButton *>(QStringLiteral("wizardStartOver")),
                          Qt::LeftButton);
        QTRY_COMPARE(w->currentQuestion(), 0);
        QVERIFY(w->questionPage(0)->values().isEmpty());
        QCOMPARE(learner.wizardResultCount(), 1);
    }
}

void TestWizardScreen::preAnsweredFromProgress()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("progress.db"))));
    QVERIFY(learner.setStatus(QStringLiteral("step"), QStringLiteral("python-basics"), ItemStatus::Done));
    {
        auto w = open(learner);
        QCOMPARE(w->currentQuestion(), 0);
        QCOMPARE(w->questionPage(0)->values(), QStringList{QStringLiteral("basics")});
        QVERIFY2(w->questionPage(0)->note().contains(QStringLiteral("“Python basics” done")),
                 qPrintable(w->questionPage(0)->note()));
        auto *note = w->questionPage(0)->findChild<QLabel *>(QStringLiteral("wizardNote"));
        QVERIFY(note && note->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(w->currentQuestion(), 1);
        QCOMPARE(w->answers().value(QStringLiteral("python_level")), QStringLiteral("basics"));
    }
    // With object-oriented Python done as well, it says so and picks the higher level.
    QVERIFY(learner.setStatus(QStringLiteral("step"), QStringLiteral("python-oop"), ItemStatus::Done));
    auto w = open(learner);
    QCOMPARE(w->currentQuestion(), 0);
    QCOMPARE(w->questionPage(0)->values(), QStringList{QStringLiteral("oop")});
    QVERIFY(w->questionPage(0)->note().contains(QStringLiteral("“Object-oriented Python”")));
    // The learner can still change it, and then the note no longer claims it.
    QTest::keyClick(QApplication::focusWidget(), '2');
    QCOMPARE(w->questionPage(0)->values(), QStringList{QStringLiteral("basics")});
    QVERIFY(w->questionPage(0)->note().isEmpty());
}

void TestWizardScreen::flipPointJumpsBack()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("flip.db"))));
    auto w = open(learner);
    // Knows the basics, a website, within weeks: Flask, and an admin area would flip it to Django.
    for (const char key : {'2', '0', '1'})
        answer(*w, key);
    QTRY_COMPARE(w->currentQuestion(), 3);
    answer(*w, '\0');
    QTRY_COMPARE(w->currentQuestion(), 4);
    answer(*w, '2');
    answer(*w, '0');
    QTRY_VERIFY(w->isShowingResult());
    QCOMPARE(w->result().recommendation, QStringLiteral("flask"));

    const QList<QLabel *> &flips = w->resultPage()->flipLinks();
    QCOMPARE(flips.size(), w->result().flipPoints.size());
    int row = -1;
    for (int i = 0; i < w->result().flipPoints.size(); ++i)
        if (w->result().flipPoints.at(i).question == QStringLiteral("needs") &&
            w->result().flipPoints.at(i).answer == QStringLiteral("admin"))
            row = i;
    QVERIFY2(row >= 0, "adding an admin area should flip Flask to Django");
    QLabel *link = flips.at(row);
    QVERIFY(link->text().contains(QStringLiteral("Start with Django")));
    QVERIFY(link->isVisible());
    // A click on the link text (it starts after the "↩ " marker).
    const int x = link->fontMetrics().horizontalAdvance(QStringLiteral("↩ ")) + 12;
    QTest::mouseClick(link, Qt::LeftButton, {}, QPoint(x, link->fontMetrics().height() / 2 + 1));
    QTRY_COMPARE(w->currentQuestion(), 3);
    // Focus waits on the answer that flips it.
    QTRY_COMPARE(QApplication::focusWidget(), w->questionPage(3)->answerButton(QStringLiteral("admin")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    for (int i = 3; i < 6; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(w->isShowingResult());
    QCOMPARE(w->resultPage()->recommendationLabel()->text(), QStringLiteral("Start with Django"));
    QCOMPARE(learner.wizardResultCount(), 2);
}

void TestWizardScreen::backAndNextButtons()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("buttons.db"))));
    auto w = open(learner);
    // Click on the label itself: a radio button only reacts to its indicator and text.
    QAbstractButton *oop = w->questionPage(0)->answerButton(QStringLiteral("oop"));
    QTest::mouseClick(oop, Qt::LeftButton, {}, QPoint(12, oop->height() / 2));
    QVERIFY(oop->isChecked());
    QTest::mouseClick(w->nextButton(), Qt::LeftButton);
    QTRY_COMPARE(w->currentQuestion(), 1);
    QVERIFY(w->backButton()->isEnabled());
    QTest::mouseClick(w->backButton(), Qt::LeftButton);
    QTRY_COMPARE(w->currentQuestion(), 0);
    QCOMPARE(w->questionPage(0)->values(), QStringList{QStringLiteral("oop")});
    QTest::keyClick(w.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(w->currentQuestion(), 1);
    QTest::keyClick(w.get(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(w->currentQuestion(), 0);
}

void TestWizardScreen::exportsDecisionRecord()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("export.db"))));
    auto w = open(learner);
    for (const char key : {'3', '2', '9', '\0', '3', '3'})
        answer(*w, key);
    QTRY_VERIFY(w->isShowingResult());
    const QString target = m_dir.filePath(QStringLiteral("decision.md"));
    QString suggested;
    w->setSavePathHook([&](const QString &s) {
        suggested = s;
        return target;
    });
    QTest::mouseClick(w->resultPage()->exportButton(), Qt::LeftButton);
    QVERIFY(suggested.endsWith(QStringLiteral(".md")));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(f.readAll());
    QVERIFY(md.startsWith(QStringLiteral("# Decision record")));
    for (const char *heading : {"## Question", "## Options", "## Answers", "## Outcome", "## Reasons"})
        QVERIFY2(md.contains(QLatin1String(heading)), heading);
    QVERIFY(md.contains(
        QStringLiteral("**%1** (recommended)").arg(w->resultPage()->recommendationLabel()->text())));
    QVERIFY(md.contains(QStringLiteral("| A dashboard that shows data and charts |")));
    QVERIFY(w->resultPage()->statusLabel()->text().startsWith(QStringLiteral("Saved the decision record")));

    // A place that cannot be written says so on the page instead of failing silently.
    w->setSavePathHook([&](const QString &) { return m_dir.filePath(QStringLiteral("no/such/dir/x.md")); });
    QTest::mouseClick(w->resultPage()->exportButton(), Qt::LeftButton);
    QVERIFY(w->resultPage()->statusLabel()->text().startsWith(QStringLiteral("Could not write")));
}

// Through the real main window: the wizard gets the learner store, and the path it applies is
// the one the Roadmap uses.
void TestWizardScreen::appliedPathShowsOnRoadmap()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("shell.db"))));
    Settings settings(learner);
    MainWindow window(m_content, learner, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showScreen(QStringLiteral("roadmap"));
    auto *source = window.screenWidget(QStringLiteral("roadmap"))
                       ->findChild<QLabel *>(QStringLiteral("roadmapPathSource"));
    QVERIFY(source);
    const QString before = source->text();

    window.showScreen(QStringLiteral("wizard"));
    auto *w = qobject_cast<WizardScreen *>(window.screenWidget(QStringLiteral("wizard")));
    QVERIFY(w);
    QVERIFY(w->isReady());
    for (int i = 0; i < w->questionCount(); ++i)
        w->next();
    QTRY_VERIFY(w->isShowingResult());
    QTest::mouseClick(w->resultPage()->applyButton(), Qt::LeftButton);
    QCOMPARE(learner.learnerPath(), w->result().path);
    window.showScreen(QStringLiteral("roadmap"));
    QTRY_VERIFY(source->text() != before);
}

QTEST_MAIN(TestWizardScreen)
#include "tst_wizardscreen.moc"
