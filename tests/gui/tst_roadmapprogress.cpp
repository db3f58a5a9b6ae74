// SPDX-License-Identifier: MIT
#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "learner/progresstracker.h"
#include "learner/settings.h"
#include "progress/activityheatmap.h"
#include "progress/learnerdataactions.h"
#include "progress/profilebar.h"
#include "progress/progressscreen.h"
#include "progress/tracksummarymodel.h"
#include "roadmap/noteeditor.h"
#include "roadmap/roadmapscreen.h"
#include "roadmap/roadmapview.h"
#include "roadmap/steppanel.h"
#include "shell/mainwindow.h"
#include "testconfig.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace crossroads;
using namespace crossroads::ui;

// The roadmap and progress screens in the real main window, on the shipped content and a
// throwaway learner database. CROSSROADS_SCREENSHOTS=DIR saves what the screens look like.
class TestRoadmapProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyboardStatusNoteSurviveRestart();
    void clickingANodeOpensIt();
    void progressShowsTheRightCounts();
    void profileSwitcherAndExportImport();
    void homeContinueOpensTheStep();
    void heatmapCountsRollingDays();

private:
    RoadmapScreen *openRoadmap(MainWindow &w);
    ProgressScreen *openProgress(MainWindow &w);
    static int cell(const QAbstractItemModel *m, const QString &track, int column);
    void saveShot(QWidget *w, const QString &name);

    QTemporaryDir m_dir;
    ContentStore m_content;
};

void TestRoadmapProgress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_content.open(QStringLiteral(CROSSROADS_CONTENT_DB_PATH)), qPrintable(m_content.errorString()));
}

void TestRoadmapProgress::saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CROSSROADS_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

RoadmapScreen *TestRoadmapProgress::openRoadmap(MainWindow &w)
{
    // Keyboard focus needs an active window.
    w.activateWindow();
    if (!QTest::qWaitForWindowActive(&w))
        qWarning("the main window did not become active");
    w.showScreen(QStringLiteral("roadmap"));
    auto *roadmap = qobject_cast<RoadmapScreen *>(w.screenWidget(QStringLiteral("roadmap")));
    // The first visit opens a step once the window has laid itself out.
    if (roadmap && !QTest::qWaitFor([roadmap] { return !roadmap->openStep().isEmpty(); }))
        qWarning("the roadmap opened no step");
    return roadmap;
}

ProgressScreen *TestRoadmapProgress::openProgress(MainWindow &w)
{
    w.showScreen(QStringLiteral("progress"));
    return qobject_cast<ProgressScreen *>(w.screenWidget(QStringLiteral("progress")));
}

int TestRoadmapProgress::cell(const QAbstractItemModel *m, const QString &track, int column)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, TrackSummaryModel::Track).data(TrackSummaryModel::ValueRole).toString() == track)
            return m->index(r, column).data(TrackSummaryModel::ValueRole).toInt();
    return -1;
}

void TestRoadmapProgress::keyboardStatusNoteSurviveRestart()
{
    const QString path = m_dir.filePath(QStringLiteral("restart.db"));
    const QString first = QStringLiteral("Remember: 404 means not found");
    const QString more = QStringLiteral(", 500 is the server's fault");
    {
        LearnerStore learner;
        QVERIFY(learner.open(path));
        Settings settings(learner);
        MainWindow w(m_content, learner, settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        RoadmapScreen *roadmap = openRoadmap(w);
        QVERIFY(roadmap);
        RoadmapView *view = roadmap->view();
        // A fresh learner lands on the first step, with the map focused for the keyboard.
        QTRY_COMPARE(roadmap->openStep(), QStringLiteral("python-basics"));
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(view->currentStep(), QStringLiteral("python-basics"));
        QVERIFY(view->accessibleDescription().contains(QStringLiteral("Python basics")));

        // Right goes to the next column, Down to the step below it, Enter opens it.
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentStep(), QStringLiteral("python-oop"));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentStep(), QStringLiteral("http-web"));
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(view->currentStep(), QStringLiteral("python-oop"));
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(roadmap->openStep(), QStringLiteral("http-web"));
        StepPanel *panel = roadmap->panel();
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("stepTitle"))->text(),
                 QStringLiteral("HTTP and how the web works"));
        QVERIFY(panel->lessons()->count() > 0);
        saveShot(&w, QStringLiteral("roadmap"));

        // Status buttons follow the rules: done, then neither start nor skip is offered.
        auto *done = panel->findChild<QPushButton *>(QStringLiteral("doneButton"));
        auto *skip = panel->findChild<QPushButton *>(QStringLiteral("skipButton"));
        auto *start = panel->findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(done->isEnabled());
        QTest::mouseClick(done, Qt::LeftButton);
        QCOMPARE(learner.status(QStringLiteral("step"), QStringLiteral("http-web")), ItemStatus::Done);
        QTRY_COMPARE(view->node(QStringLiteral("http-web"))->step().status, ItemStatus::Done);
        QTRY_VERIFY(!done->isEnabled());
        QVERIFY(!skip->isEnabled());
        QVERIFY(!start->isEnabled());
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("stepStatus"))->text(), QStringLiteral("Done"));

        // A note saves itself within a second of typing, with no focus change needed.
        QPlainTextEdit *editor = panel->notes()->editor();
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QElapsedTimer typing;
        QTest::keyClicks(editor, first);
        typing.start();
        QTRY_COMPARE_WITH_TIMEOUT(learner.note(QStringLiteral("step"), QStringLiteral("http-web")), first, 3000);
        QVERIFY2(typing.elapsed() <= 1200, qPrintable(QString::number(typing.elapsed())));
        // And what is typed right before the window closes is not lost either.
        QTest::keyClicks(editor, more);

        // Skip another step and hide a third, by keyboard and buttons.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(view->currentStep(), QStringLiteral("python-oop"));
        QTest::keyClick(view, Qt::Key_Enter);
        QTRY_COMPARE(roadmap->openStep(), QStringLiteral("python-oop"));
        QTest::mouseClick(skip, Qt::LeftButton);
        QTRY_COMPARE(view->node(QStringLiteral("python-oop"))->step().status, ItemStatus::Skipped);
        QVERIFY(start->text().contains(QStringLiteral("start")));
        roadmap->openStepPanel(QStringLiteral("sql-basics"));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("hideButton")), Qt::LeftButton);
        QTRY_VERIFY(!view->node(QStringLiteral("sql-basics")));
        QVERIFY(learner.isHidden(QStringLiteral("sql-basics")));
        w.close();
    }
    LearnerStore learner;
    QVERIFY(learner.open(path));
    QCOMPARE(learner.note(QStringLiteral("step"), QStringLiteral("http-web")), first + more);
    Settings settings(learner);
    MainWindow w(m_content, learner, settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    RoadmapScreen *roadmap = openRoadmap(w);
    QVERIFY(roadmap);
    RoadmapView *view = roadmap->view();
    QTRY_VERIFY(!roadmap->openStep().isEmpty());
    QCOMPARE(view->node(QStringLiteral("http-web"))->step().status, ItemStatus::Done);
    QCOMPARE(view->node(QStringLiteral("python-oop"))->step().status, ItemStatus::Skipped);
    QVERIFY(!view->node(QStringLiteral("sql-basics"))); // still hidden
    // Open the step again with the keyboard and find the note.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(view->currentStep(), QStringLiteral("python-basics"));
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentStep(), QStringLiteral("http-web"));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(roadmap->openStep(), QStringLiteral("http-web"));
    QCOMPARE(roadmap->panel()->notes()->editor()->toPlainText(), first + more);
    // The hidden step comes back when asked for.
    auto *showHidden = roadmap->findChild<QCheckBox *>(QStringLiteral("showHiddenSteps"));
    QVERIFY(showHidden->isEnabled());
    showHidden->setChecked(true);
    QVERIFY(view->node(QStringLiteral("sql-basics")));
    QVERIFY(view->node(QStringLiteral("sql-basics"))->step().hidden);
}

void TestRoadmapProgress::clickingANodeOpensIt()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("click.db"))));
    Settings settings(learner);
    MainWindow w(m_content, learner, settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    RoadmapScreen *roadmap = openRoadmap(w);
    QTRY_VERIFY(!roadmap->openStep().isEmpty());
    RoadmapView *view = roadmap->view();
    view->setCurrentStep(QStringLiteral("django-fundamentals"));
    const QRect r = view->nodeRect(QStringLiteral("django-fundamentals"));
    QVERIFY(view->viewport()->rect().contains(r.center()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
    QTRY_COMPARE(roadmap->openStep(), QStringLiteral("django-fundamentals"));
    QCOMPARE(view->currentStep(), QStringLiteral("django-fundamentals"));
    // Escape closes the panel and gives the keyboard back to the map; notes were saved first.
    QTest::keyClick(roadmap, Qt::Key_Escape);
    QTRY_VERIFY(roadmap->openStep().isEmpty());
    QVERIFY(view->hasFocus());
}

void TestRoadmapProgress::progressShowsTheRightCounts()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("counts.db"))));
    ProgressTracker tracker(m_content, learner);
    tracker.applyToStep(QStringLiteral("python-basics"), StatusAction::Complete);
    tracker.applyToStep(QStringLiteral("python-oop"), StatusAction::Complete);
    tracker.applyToStep(QStringLiteral("http-web"), StatusAction::Start);
    tracker.applyToStep(QStringLiteral("flask-fundamentals"), StatusAction::Skip);
    tracker.applyToStep(QStringLiteral("django-fundamentals"), StatusAction::Start);
    learner.addTimeSpent(QStringLiteral("lesson"), m_content.lessons(QStringLiteral("python-basics")).first().id, 7200);
    learner.addTimeSpent(QStringLiteral("step"), QStringLiteral("django-fundamentals"), 1800, QDate::currentDate().addDays(-3));
    tracker.submitQuiz(QStringLiteral("python-basics"), {{QStringLiteral("python-basics-q1"), true}});
    learner.addWizardResult(QStringLiteral("{}"), QStringLiteral("{\"recommendation\":\"django\",\"confidence\":\"clear\"}"));

    Settings settings(learner);
    MainWindow w(m_content, learner, settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ProgressScreen *progress = openProgress(w);
    QVERIFY(progress);
    QAbstractItemModelTester tester(progress->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModel *m = progress->table()->model();
    QCOMPARE(cell(m, QStringLiteral("basics"), TrackSummaryModel::Done), 2);
    QCOMPARE(cell(m, QStringLiteral("basics"), TrackSummaryModel::InProgress), 1);
    QCOMPARE(cell(m, QStringLiteral("basics"), TrackSummaryModel::Skipped), 0);
    QCOMPARE(cell(m, QStringLiteral("basics"), TrackSummaryModel::Hours), 7200);
    QCOMPARE(cell(m, QStringLiteral("flask"), TrackSummaryModel::Skipped), 1);
    QCOMPARE(cell(m, QStringLiteral("django"), TrackSummaryModel::InProgress), 1);
    QCOMPARE(cell(m, QStringLiteral("django"), TrackSummaryModel::Hours), 1800);
    const int steps = int(m_content.steps().size());
    QCOMPARE(m->index(m->rowCount() - 1, TrackSummaryModel::Done).data().toString(), QStringLiteral("2 of %1").arg(steps));
    QCOMPARE(progress->findChild<QLabel *>(QStringLiteral("stepsValue"))->text(), QStringLiteral("2 / %1").arg(steps));
    QCOMPARE(progress->findChild<QLabel *>(QStringLiteral("daysValue"))->text(), QStringLiteral("2 / 28"));
    QCOMPARE(progress->heatmap()->activeDays(7), 2);
    QCOMPARE(progress->wizardHistory()->topLevelItemCount(), 1);
    QCOMPARE(progress->wizardHistory()->topLevelItem(0)->text(1), QStringLiteral("Start with Django"));
    saveShot(&w, QStringLiteral("progress"));
    if (auto *page = progress->findChild<QWidget *>(QStringLiteral("progressPage")))
        saveShot(page, QStringLiteral("progress-page"));

    // A change made on the roadmap shows on the Progress screen when it is visited again.
    RoadmapScreen *roadmap = openRoadmap(w);
    roadmap->openStepPanel(QStringLiteral("django-fundamentals"));
    QTest::mouseClick(roadmap->panel()->findChild<QPushButton *>(QStringLiteral("doneButton")), Qt::LeftButton);
    openProgress(w);
    QTRY_COMPARE(cell(m, QStringLiteral("django"), TrackSummaryModel::Done), 1);
    QCOMPARE(cell(m, QStringLiteral("django"), TrackSummaryModel::InProgress), 0);
}

void TestRoadmapProgress::profileSwitcherAndExportImport()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("profiles.db"))));
    ProgressTracker(m_content, learner).applyToStep(QStringLiteral("python-basics"), StatusAction::Complete);
    Settings settings(learner);
    MainWindow w(m_content, learner, settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ProgressScreen *progress = openProgress(w);
    const QAbstractItemModel *m = progress->table()->model();
    QCOMPARE(cell(m, QStringLiteral("basics"), TrackSummaryModel::Done), 1);

    // Export through the File menu's action (the file dialog is answered by the test).
    auto *data = w.findChild<LearnerDataActions *>();
    QVERIFY(data);
    QSignalSpy finished(data, &LearnerDataActions::finished);
    const QString file = m_dir.filePath(QStringLiteral("moved.json"));
    data->setNextFileAnswer(file);
    w.findChild<QAction *>(QStringLiteral("exportProgressAction"))->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.last().at(0).toBool());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("format")).toString(),
             QStringLiteral("crossroads-learner-export"));
    for (auto *box : w.findChildren<QMessageBox *>(QStringLiteral("learnerDataResult")))
        box->close();

    // A new profile from the switcher's menu starts empty and becomes current.
    auto *menuButton = progress->findChild<QToolButton *>(QStringLiteral("profileMenuButton"));
    QVERIFY(menuButton && menuButton->menu());
    menuButton->menu()->findChild<QAction *>(QStringLiteral("newProfileAction"))->trigger();
    QInputDialog *ask = nullptr;
    QTRY_VERIFY((ask = w.findChild<QInputDialog *>(QStringLiteral("profileNameDialog"))));
    ask->setTextValue(QStringLiteral("Sam"));
    ask->accept();
    QTRY_COMPARE(learner.currentProfileName(), QStringLiteral("Sam"));
    QComboBox *combo = progress->profileBar()->combo();
    QTRY_COMPARE(combo->currentText(), QStringLiteral("Sam"));
    QCOMPARE(combo->count(), 2);
    QTRY_COMPARE(cell(m, QStringLiteral("basics"), TrackSummaryModel::Done), 0);

    // Importing the export into Sam merges the progress in; the summary says what changed.
    data->setNextFileAnswer(file);
    QTest::mouseClick(progress->findChild<QToolButton *>(QStringLiteral("importProgressActionButton")), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(finished.last().at(0).toBool());
    QVERIFY2(finished.last().at(1).toString().contains(QStringLiteral("progress: 1 added")),
             qPrintable(finished.last().at(1).toString()));
    QTRY_COMPARE(cell(m, QStringLiteral("basics"), TrackSummaryModel::Done), 1);

    // A foreign file is refused with the file named, and Sam's data is unchanged.
    const QString bad = m_dir.filePath(QStringLiteral("foreign.json"));
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("{\"name\": \"not ours\"}");
    b.close();
    data->setNextFileAnswer(bad);
    data->importAction()->trigger();
    QTRY_COMPARE(finished.count(), 3);
    QVERIFY(!finished.last().at(0).toBool());
    QVERIFY(finished.last().at(1).toString().startsWith(bad));
    QCOMPARE(cell(m, QStringLiteral("basics"), TrackSummaryModel::Done), 1);

    // Back to the first profile through the switcher.
    combo->setCurrentIndex(combo->findText(QStringLiteral("Default")));
    QTRY_COMPARE(learner.currentProfileName(), QStringLiteral("Default"));
    QTRY_COMPARE(cell(m, QStringLiteral("basics"), TrackSummaryModel::Done), 1);
    for (auto *box : w.findChildren<QMessageBox *>())
        box->close();
}

void TestRoadmapProgress::homeContinueOpensTheStep()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("home.db"))));
    ProgressTracker tracker(m_content, learner);
    tracker.applyToStep(QStringLiteral("python-basics"), StatusAction::Complete);
    tracker.applyToStep(QStringLiteral("decorators-context"), StatusAction::Start);
    Settings settings(learner);
    MainWindow w(m_content, learner, settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showScreen(QStringLiteral("home"));
    auto *resume = w.screenWidget(QStringLiteral("home"))->findChild<QPushButton *>(QStringLiteral("continueButton"));
    QVERIFY(resume);
    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_COMPARE(w.currentScreen(), QStringLiteral("roadmap"));
    auto *roadmap = qobject_cast<RoadmapScreen *>(w.screenWidget(QStringLiteral("roadmap")));
    QTRY_COMPARE(roadmap->openStep(), QStringLiteral("decorators-context"));
    // The roadmap's own button does the same from anywhere on the map.
    roadmap->closeStepPanel();
    QTest::keyClick(roadmap->view(), Qt::Key_End);
    QTest::mouseClick(roadmap->findChild<QPushButton *>(QStringLiteral("roadmapContinueButton")), Qt::LeftButton);
    QTRY_COMPARE(roadmap->openStep(), QStringLiteral("decorators-context"));
    QCOMPARE(roadmap->view()->currentStep(), QStringLiteral("decorators-context"));
}

void TestRoadmapProgress::heatmapCountsRollingDays()
{
    ActivityHeatmap map;
    const QDate today(2026, 3, 15);
    QMap<QDate, int> days;
    for (int i = 0; i < 40; i += 2)
        days.insert(today.addDays(-i), 600); // every other day
    days.insert(today.addDays(-1), 0);      // a day with a zero row is not active
    map.setActivity(days, today);
    QCOMPARE(map.activeDays(28), 14);
    QCOMPARE(map.activeDays(7), 4);
    // One missed day moves the measure by one, never back to zero.
    days.remove(today);
    map.setActivity(days, today);
    QCOMPARE(map.activeDays(28), 13);
    QVERIFY(map.accessibleDescription().contains(QStringLiteral("13 of the last 28")));
    QCOMPARE(map.firstDay().dayOfWeek(), 1);
    QVERIFY(map.firstDay() <= today.addDays(-7 * (ActivityHeatmap::Weeks - 1)));
}

QTEST_MAIN(TestRoadmapProgress)
#include "tst_roadmapprogress.moc"
