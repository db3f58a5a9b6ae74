// SPDX-License-Identifier: MIT
#include "compare/comparescreen.h"
#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "learner/settings.h"
#include "shell/mainwindow.h"
#include "testconfig.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace crossroads;
using namespace crossroads::ui;

// Starts the real main window on the shipped content and a throwaway learner database.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void titleAndFirstScreen();
    void visitsEveryScreenByClicking();
    void shortcutsSwitchScreens();
    void compareFilters();
    void remembersGeometryAndScreen();

private:
    QTemporaryDir m_dir;
    ContentStore m_content;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_content.open(QStringLiteral(CROSSROADS_CONTENT_DB_PATH)), qPrintable(m_content.errorString()));
}

void TestMainWindow::titleAndFirstScreen()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("title.db"))));
    Settings settings(learner);
    MainWindow w(m_content, learner, settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.windowTitle(), QStringLiteral("Crossroads"));
    QCOMPARE(w.currentScreen(), QStringLiteral("home"));
    QVERIFY(w.screenWidget(QStringLiteral("home"))->isVisible());
    // Screens are built on first visit only.
    QVERIFY(!w.screenWidget(QStringLiteral("compare")));
}

void TestMainWindow::visitsEveryScreenByClicking()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("visit.db"))));
    Settings settings(learner);
    MainWindow w(m_content, learner, settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(nav->count(), MainWindow::screenIds().size());
    for (int i = 0; i < nav->count(); ++i) {
        const QRect rect = nav->visualItemRect(nav->item(i));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        const QString id = MainWindow::screenIds().at(i);
        QTRY_COMPARE(w.currentScreen(), id);
        QWidget *screen = w.screenWidget(id);
        QVERIFY2(screen, qPrintable(id));
        QTRY_VERIFY(screen->isVisible());
        QCOMPARE(screen->objectName(), id + QStringLiteral("Screen"));
    }
}

void TestMainWindow::shortcutsSwitchScreens()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("keys.db"))));
    Settings settings(learner);
    MainWindow w(m_content, learner, settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QTRY_VERIFY(w.isActiveWindow());
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(w.currentScreen(), QStringLiteral("compare"));
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(w.currentScreen(), QStringLiteral("search"));
    auto *query =
        w.screenWidget(QStringLiteral("search"))->findChild<QLineEdit *>(QStringLiteral("searchQuery"));
    QVERIFY(query);
    QTRY_VERIFY(query->hasFocus());
    QTest::keyClicks(query, QStringLiteral("django"));
    auto *results =
        w.screenWidget(QStringLiteral("search"))->findChild<QAbstractItemView *>(QStringLiteral("searchResults"));
    QVERIFY(results);
    QTRY_VERIFY(results->model()->rowCount() > 0);
}

void TestMainWindow::compareFilters()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("compare.db"))));
    Settings settings(learner);
    MainWindow w(m_content, learner, settings);
    w.show();
    w.showScreen(QStringLiteral("compare"));
    auto *compare = qobject_cast<CompareScreen *>(w.screenWidget(QStringLiteral("compare")));
    QVERIFY(compare);
    QAbstractItemModelTester tester(compare->table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = compare->visibleRows();
    QVERIFY(all >= 1);
    auto *filter = compare->findChild<QLineEdit *>();
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("zzzz-no-such-row"));
    QTRY_COMPARE(compare->visibleRows(), 0);
    filter->clear();
    QTRY_COMPARE(compare->visibleRows(), all);
}

void TestMainWindow::remembersGeometryAndScreen()
{
    const QString path = m_dir.filePath(QStringLiteral("geometry.db"));
    QRect saved;
    {
        LearnerStore learner;
        QVERIFY(learner.open(path));
        Settings settings(learner);
        MainWindow w(m_content, learner, settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(900, 640);
        QTRY_COMPARE(w.size(), QSize(900, 640));
        w.showScreen(QStringLiteral("roadmap"));
        saved = w.geometry();
        w.close();
    }
    LearnerStore learner;
    QVERIFY(learner.open(path));
    Settings settings(learner);
    MainWindow w(m_content, learner, settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.currentScreen(), QStringLiteral("roadmap"));
    QTRY_COMPARE(w.size(), saved.size());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
