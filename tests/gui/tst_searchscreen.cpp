// SPDX-License-Identifier: MIT
#include "compare/comparisonmodel.h"
#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "learner/settings.h"
#include "search/searchresultsmodel.h"
#include "search/searchscreen.h"
#include "shell/mainwindow.h"
#include "testconfig.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace crossroads;
using namespace crossroads::ui;

// Drives the search screen with the keyboard and the mouse, on the shipped content, alone and
// inside the real main window.
class TestSearchScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typingShowsGroupedHighlightedResults();
    void keyboardMovesThroughResults();
    void clickOpens();
    void noResultsSuggestsSpelling();
    void notesAreFound();
    void ctrlKThenEnterOpensSample();
    void enterOpensComparisonRow();

private:
    // Moves the current result down with the Down key until one of this kind is current.
    static const SearchHit *moveTo(SearchScreen *screen, const QString &kind);

    QTemporaryDir m_dir;
    ContentStore m_content;
};

void TestSearchScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_content.open(QStringLiteral(CROSSROADS_CONTENT_DB_PATH)), qPrintable(m_content.errorString()));
}

const SearchHit *TestSearchScreen::moveTo(SearchScreen *screen, const QString &kind)
{
    QTreeView *view = screen->results();
    if (!view->hasFocus())
        QTest::keyClick(screen->queryEdit(), Qt::Key_Down);
    for (int i = 0; i < 100; ++i) {
        const SearchHit *hit = screen->model()->hit(view->currentIndex());
        if (hit && hit->kind == kind)
            return hit;
        QTest::keyClick(view, Qt::Key_Down);
    }
    return nullptr;
}

void TestSearchScreen::typingShowsGroupedHighlightedResults()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("grouped.db"))));
    SearchScreen screen(m_content, learner);
    QAbstractItemModelTester tester(screen.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    screen.resize(900, 700);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.focusQuery();

    QTest::keyClicks(screen.queryEdit(), QStringLiteral("djang"));
    QTRY_COMPARE(screen.model()->results().text, QStringLiteral("djang"));
    SearchResultsModel *model = screen.model();
    QVERIFY(model->rowCount() >= 3); // several kinds
    QStringList kinds;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        QVERIFY(group.data(SearchResultsModel::IsGroupRole).toBool());
        QVERIFY(!(model->flags(group) & Qt::ItemIsSelectable));
        QVERIFY(model->rowCount(group) >= 1);
        QVERIFY(screen.results()->isExpanded(group));
        kinds.append(group.data(SearchResultsModel::KindRole).toString());
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex hit = model->index(r, 0, group);
            QCOMPARE(hit.data(SearchResultsModel::KindRole).toString(), kinds.last());
            const QString html = hit.data(SearchResultsModel::TitleHtmlRole).toString() +
                                 hit.data(SearchResultsModel::SnippetHtmlRole).toString();
            QVERIFY2(html.contains(QStringLiteral("<b>"), Qt::CaseInsensitive), qPrintable(html));
        }
    }
    QCOMPARE(QSet<QString>(kinds.begin(), kinds.end()).size(), kinds.size());
    QVERIFY(kinds.contains(QStringLiteral("lesson")));
    QVERIFY(kinds.contains(QStringLiteral("row")));
    QVERIFY(screen.status()->text().contains(QStringLiteral("result")));

    // Clearing the box clears the results.
    screen.queryEdit()->clear();
    QTRY_COMPARE(model->rowCount(), 0);
}

void TestSearchScreen::keyboardMovesThroughResults()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("keys.db"))));
    SearchScreen screen(m_content, learner);
    screen.resize(900, 700);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    screen.focusQuery();
    QSignalSpy open(&screen, &SearchScreen::openRequested);

    QTest::keyClicks(screen.queryEdit(), QStringLiteral("template"));
    QTRY_VERIFY(screen.model()->hitCount() >= 3);
    QTRY_COMPARE(screen.model()->results().text, QStringLiteral("template"));

    QTest::keyClick(screen.queryEdit(), Qt::Key_Down);
    QTRY_VERIFY(screen.results()->hasFocus());
    QCOMPARE(screen.results()->currentIndex(), screen.model()->firstHit());

    // Down walks every hit, stepping over the group headings.
    QSet<QString> seen;
    for (int i = 0; i < screen.model()->hitCount() - 1; ++i) {
        QTest::keyClick(screen.results(), Qt::Key_Down);
        const SearchHit *hit = screen.model()->hit(screen.results()->currentIndex());
        QVERIFY2(hit, "Down landed on a group heading");
        seen.insert(hit->kind + u'/' + hit->id);
    }
    QCOMPARE(seen.size(), screen.model()->hitCount() - 1);

    // Back up to the first hit, then Up returns to the box.
    for (int i = 0; i < screen.model()->hitCount() - 1; ++i)
        QTest::keyClick(screen.results(), Qt::Key_Up);
    QCOMPARE(screen.results()->currentIndex(), screen.model()->firstHit());
    QTest::keyClick(screen.results(), Qt::Key_Up);
    QTRY_VERIFY(screen.queryEdit()->hasFocus());

    // Enter in the box opens the first hit; Enter in the list opens the current one.
    QTest::keyClick(screen.queryEdit(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    const SearchHit *first = screen.model()->hit(screen.model()->firstHit());
    QCOMPARE(open.last().at(0).toString(), first->kind);
    QCOMPARE(open.last().at(1).toString(), first->id);
    QTest::keyClick(screen.queryEdit(), Qt::Key_Down);
    QTest::keyClick(screen.results(), Qt::Key_Down);
    const SearchHit *second = screen.model()->hit(screen.results()->currentIndex());
    QVERIFY(second);
    QTest::keyClick(screen.results(), Qt::Key_Return);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.last().at(1).toString(), second->id);
    QCOMPARE(open.last().at(2).toMap(), second->location);
    QVERIFY(!screen.findChild<QLabel *>(QStringLiteral("searchDetail"))->text().isEmpty());

    QTest::keyClick(screen.results(), Qt::Key_Escape);
    QTRY_VERIFY(screen.queryEdit()->hasFocus());
}

void TestSearchScreen::clickOpens()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("click.db"))));
    SearchScreen screen(m_content, learner);
    screen.resize(900, 700);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QSignalSpy open(&screen, &SearchScreen::openRequested);
    QTest::keyClicks(screen.queryEdit(), QStringLiteral("csrf"));
    QTRY_COMPARE(screen.model()->results().text, QStringLiteral("csrf"));
    QVERIFY(screen.model()->hitCount() > 0);

    // A heading does nothing; a hit opens.
    const QModelIndex group = screen.model()->index(0, 0);
    QTest::mouseClick(screen.results()->viewport(), Qt::LeftButton, {},
                      screen.results()->visualRect(group).center());
    QCOMPARE(open.count(), 0);
    const QModelIndex hit = screen.model()->firstHit();
    QTest::mouseClick(screen.results()->viewport(), Qt::LeftButton, {},
                      screen.results()->visualRect(hit).center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(1).toString(), hit.data(SearchResultsModel::IdRole).toString());
}

void TestSearchScreen::noResultsSuggestsSpelling()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("spell.db"))));
    SearchScreen screen(m_content, learner);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QTest::keyClicks(screen.queryEdit(), QStringLiteral("djnago"));
    QTRY_COMPARE(screen.model()->results().text, QStringLiteral("djnago"));
    QCOMPARE(screen.model()->hitCount(), 0);
    QVERIFY2(screen.status()->text().contains(QStringLiteral("django")), qPrintable(screen.status()->text()));
    // Following the suggestion searches for it.
    emit screen.status()->linkActivated(QStringLiteral("search%3Adjango"));
    QCOMPARE(screen.queryEdit()->text(), QStringLiteral("django"));
    QTRY_VERIFY(screen.model()->hitCount() > 0);
}

void TestSearchScreen::notesAreFound()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("notes.db"))));
    const QString lesson = m_content.lessons().first().id;
    QVERIFY(learner.setNote(QStringLiteral("lesson"), lesson, QStringLiteral("My zygomorphic reminder")));
    SearchScreen screen(m_content, learner);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QTest::keyClicks(screen.queryEdit(), QStringLiteral("zygomorph"));
    QTRY_COMPARE(screen.model()->results().text, QStringLiteral("zygomorph"));
    QCOMPARE(screen.model()->hitCount(), 1);
    const SearchHit *hit = screen.model()->hit(screen.model()->firstHit());
    QCOMPARE(hit->kind, QStringLiteral("note"));
    QCOMPARE(hit->id, lesson);
}

void TestSearchScreen::ctrlKThenEnterOpensSample()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("window.db"))));
    Settings settings(learner);
    MainWindow w(m_content, learner, settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QTRY_VERIFY(w.isActiveWindow());

    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(w.currentScreen(), QStringLiteral("search"));
    auto *screen = qobject_cast<SearchScreen *>(w.screenWidget(QStringLiteral("search")));
    QVERIFY(screen);
    QTRY_VERIFY(screen->queryEdit()->hasFocus());
    QTest::keyClicks(screen->queryEdit(), QStringLiteral("jsonify"));
    QTRY_COMPARE(screen->model()->results().text, QStringLiteral("jsonify"));
    const SearchHit *hit = moveTo(screen, QStringLiteral("sample"));
    QVERIFY(hit);
    const QString id = hit->id;
    QTest::keyClick(screen->results(), Qt::Key_Return);

    QTRY_COMPARE(w.currentScreen(), QStringLiteral("samples"));
    auto *list = w.screenWidget(QStringLiteral("samples"))->findChild<QListWidget *>();
    QVERIFY(list);
    QVERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), id);

    // Ctrl+K from another screen comes back to the box with the query selected.
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(w.currentScreen(), QStringLiteral("search"));
    QTRY_VERIFY(screen->queryEdit()->hasFocus());
    QCOMPARE(screen->queryEdit()->selectedText(), QStringLiteral("jsonify"));
}

void TestSearchScreen::enterOpensComparisonRow()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("row.db"))));
    Settings settings(learner);
    MainWindow w(m_content, learner, settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showScreen(QStringLiteral("search"));
    auto *screen = qobject_cast<SearchScreen *>(w.screenWidget(QStringLiteral("search")));
    QVERIFY(screen);
    screen->focusQuery();
    QTest::keyClicks(screen->queryEdit(), QStringLiteral("admin"));
    QTRY_COMPARE(screen->model()->results().text, QStringLiteral("admin"));
    const SearchHit *hit = moveTo(screen, QStringLiteral("row"));
    QVERIFY(hit);
    const QString id = hit->id;
    QTest::keyClick(screen->results(), Qt::Key_Enter);

    QTRY_COMPARE(w.currentScreen(), QStringLiteral("compare"));
    auto *table = w.screenWidget(QStringLiteral("compare"))->findChild<QTableView *>();
    QVERIFY(table);
    QTRY_VERIFY(table->currentIndex().isValid());
    QCOMPARE(table->currentIndex().data(ComparisonModel::RowIdRole).toString(), id);
    QVERIFY(
        table->selectionModel()->isRowSelected(table->currentIndex().row(), table->currentIndex().parent()));
}

QTEST_MAIN(TestSearchScreen)
#include "tst_searchscreen.moc"
