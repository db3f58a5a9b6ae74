// SPDX-License-Identifier: MIT
// The exercise screen in the real main window: a learner types a fix, checks it against the real
// interpreter, restarts the app and finds their code and progress where they left them.
#include "content/contentstore.h"
#include "exercise/codeeditor.h"
#include "exercise/exercisescreen.h"
#include "exercise/solutiondialog.h"
#include "exercises/exercisechecker.h"
#include "exercises/exerciseprogress.h"
#include "learner/learnerstore.h"
#include "learner/settings.h"
#include "shell/mainwindow.h"
#include "testconfig.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace crossroads;
using namespace crossroads::ui;

namespace {

constexpr int CheckTimeoutMs = 180000;

// Clicks the navigation entry of the exercises screen, as a learner would.
ExerciseScreen *openScreen(MainWindow &w)
{
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    const auto row = MainWindow::screenIds().indexOf(QStringLiteral("exercises"));
    if (!nav || row < 0)
        return nullptr;
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(int(row))).center());
    if (!QTest::qWaitFor([&] { return w.currentScreen() == QStringLiteral("exercises"); }))
        return nullptr;
    return qobject_cast<ExerciseScreen *>(w.screenWidget(QStringLiteral("exercises")));
}

// Clicks an exercise in the list.
bool clickExercise(ExerciseScreen *screen, const QString &id)
{
    auto *list = screen->findChild<QTreeWidget *>(QStringLiteral("exerciseList"));
    QTreeWidgetItemIterator it(list);
    while (*it) {
        if ((*it)->data(0, Qt::UserRole).toString() == id) {
            list->scrollToItem(*it);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(*it).center());
            return QTest::qWaitFor([&] { return screen->currentExercise() == id; });
        }
        ++it;
    }
    return false;
}

QString listStatus(ExerciseScreen *screen, const QString &id)
{
    auto *list = screen->findChild<QTreeWidget *>(QStringLiteral("exerciseList"));
    QTreeWidgetItemIterator it(list);
    while (*it) {
        if ((*it)->data(0, Qt::UserRole).toString() == id)
            return (*it)->text(1);
        ++it;
    }
    return {};
}

// Selects from the first occurrence of `from` to the end of its line.
void selectToEndOfLine(CodeEditor *editor, const QString &from)
{
    QTextCursor c = editor->document()->find(from);
    c.setPosition(c.selectionStart());
    c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    editor->setTextCursor(c);
    editor->setFocus();
}

} // namespace

class TestExerciseScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typeAFixCheckAndRestart();
    void hintsOneAtATime();
    void resetAsksFirst();
    void solutionIsADiffAndOfferedAfterThreeTries();
    void cancelStopsAHang();
    void editorTypingAndFileTabs();

private:
    QTemporaryDir m_dir;
    ContentStore m_content;
};

void TestExerciseScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<QMap<QString, QString>>();
    QVERIFY2(m_content.open(QStringLiteral(CROSSROADS_CONTENT_DB_PATH)), qPrintable(m_content.errorString()));
}

void TestExerciseScreen::typeAFixCheckAndRestart()
{
    const QString path = m_dir.filePath(QStringLiteral("restart.db"));
    QString typed;
    {
        LearnerStore learner;
        QVERIFY(learner.open(path));
        Settings settings(learner);
        MainWindow w(m_content, learner, settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ExerciseScreen *screen = openScreen(w);
        QVERIFY(screen);
        QVERIFY(clickExercise(screen, QStringLiteral("py-word-count")));
        CodeEditor *editor = screen->editor(QStringLiteral("words.py"));
        QVERIFY(editor);

        // The fix, typed line by line; the editor indents the loop body by itself.
        selectToEndOfLine(editor, QStringLiteral("# TODO: split the text"));
        QTest::keyClicks(editor, QStringLiteral("for raw in text.split():"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("word = raw.strip(PUNCTUATION).lower()"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("if word:"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("counts[word] = counts.get(word, 0) + 1"));
        selectToEndOfLine(editor, QStringLiteral("# TODO: use word_count()"));
        QTest::keyClicks(
            editor, QStringLiteral("ranked = sorted(word_count(text).items(), key=lambda i: (-i[1], i[0]))"));
        selectToEndOfLine(editor, QStringLiteral("return []"));
        QTest::keyClicks(editor, QStringLiteral("return ranked[:n]"));
        typed = editor->toPlainText();
        QVERIFY2(typed.contains(QStringLiteral("    for raw in text.split():\n"
                                               "        word = raw.strip(PUNCTUATION).lower()\n"
                                               "        if word:\n"
                                               "            counts[word] = counts.get(word, 0) + 1\n"
                                               "    return counts")),
                 qPrintable(typed));

        // Saved while typing, before anything else happens.
        ExerciseProgress progress(learner);
        QTRY_COMPARE(progress.savedFiles(QStringLiteral("py-word-count")).value(QStringLiteral("words.py")),
                     typed);
        QCOMPARE(learner.status(QStringLiteral("exercise"), QStringLiteral("py-word-count")),
                 ItemStatus::InProgress);

        auto *check = screen->findChild<QPushButton *>(QStringLiteral("checkButton"));
        auto *status = screen->findChild<QLabel *>(QStringLiteral("checkStatus"));
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("All 5 checks passed")),
                                 CheckTimeoutMs);
        auto *results = screen->findChild<QListWidget *>(QStringLiteral("checkResults"));
        QCOMPARE(results->count(), 5);
        for (int i = 0; i < results->count(); ++i)
            QVERIFY2(results->item(i)->text().startsWith(QStringLiteral("✔")),
                     qPrintable(results->item(i)->text()));
        QCOMPARE(learner.status(QStringLiteral("exercise"), QStringLiteral("py-word-count")),
                 ItemStatus::Done);
        QCOMPARE(listStatus(screen, QStringLiteral("py-word-count")), QStringLiteral("✔ Done"));
        // Passing an exercise counts toward its step.
        QCOMPARE(learner.status(QStringLiteral("step"), QStringLiteral("python-basics")),
                 ItemStatus::InProgress);
        w.close();
    }

    // A restart: a new window on the same learner database.
    LearnerStore learner;
    QVERIFY(learner.open(path));
    Settings settings(learner);
    MainWindow w(m_content, learner, settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ExerciseScreen *screen = openScreen(w);
    QVERIFY(screen);
    QVERIFY(clickExercise(screen, QStringLiteral("py-word-count")));
    QCOMPARE(screen->editor(QStringLiteral("words.py"))->toPlainText(), typed);
    QCOMPARE(listStatus(screen, QStringLiteral("py-word-count")), QStringLiteral("✔ Done"));
    QVERIFY(screen->findChild<QLabel *>(QStringLiteral("checkStatus"))
                ->text()
                .contains(QStringLiteral("You have passed this exercise")));
}

void TestExerciseScreen::hintsOneAtATime()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("hints.db"))));
    Settings settings(learner);
    ExerciseScreen screen(m_content, learner, settings);
    screen.show();
    QVERIFY(screen.openExercise(QStringLiteral("py-word-count")));
    auto *button = screen.findChild<QPushButton *>(QStringLiteral("hintButton"));
    auto *hints = screen.findChild<QLabel *>(QStringLiteral("exerciseHints"));
    QCOMPARE(button->text(), QStringLiteral("Show a hint (1 of 4)"));
    QVERIFY(hints->text().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(hints->text().contains(QStringLiteral("**Hint 1.**")));
    QVERIFY(!hints->text().contains(QStringLiteral("Hint 2.")));
    QCOMPARE(button->text(), QStringLiteral("Show a hint (2 of 4)"));
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(hints->text().contains(QStringLiteral("**Hint 4.**")));
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("All 4 hints shown"));
    // Another exercise starts with its hints hidden again.
    QVERIFY(screen.openExercise(QStringLiteral("py-slugify")));
    QVERIFY(button->isEnabled());
    QVERIFY(hints->text().isEmpty());
}

void TestExerciseScreen::resetAsksFirst()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("reset.db"))));
    Settings settings(learner);
    ExerciseScreen screen(m_content, learner, settings);
    screen.show();
    QVERIFY(screen.openExercise(QStringLiteral("py-bank-account")));
    CodeEditor *editor = screen.editor(QStringLiteral("bank.py"));
    const QString starter = editor->toPlainText();
    editor->moveCursor(QTextCursor::End);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("# my own work"));
    QVERIFY(screen.saveNow());

    QStringList asked;
    bool answer = false;
    screen.setConfirmHook([&](const QString &question) {
        asked.append(question);
        return answer;
    });
    auto *reset = screen.findChild<QPushButton *>(QStringLiteral("resetButton"));
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(QStringLiteral("starter files")));
    QVERIFY(
        screen.editor(QStringLiteral("bank.py"))->toPlainText().endsWith(QStringLiteral("# my own work")));

    answer = true;
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
    QTRY_COMPARE(screen.editor(QStringLiteral("bank.py"))->toPlainText(), starter);
    QVERIFY(ExerciseProgress(learner).savedFiles(QStringLiteral("py-bank-account")).isEmpty());
}

void TestExerciseScreen::solutionIsADiffAndOfferedAfterThreeTries()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("solution.db"))));
    Settings settings(learner);
    auto screen = std::make_unique<ExerciseScreen>(m_content, learner, settings);
    screen->show();
    QVERIFY(screen->openExercise(QStringLiteral("py-word-count")));
    int asked = 0;
    screen->setConfirmHook([&](const QString &) {
        ++asked;
        return true;
    });
    auto *button = screen->findChild<QPushButton *>(QStringLiteral("solutionButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(asked, 1); // on request, before any try: "are you sure?"
    SolutionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = screen->findChild<SolutionDialog *>()) != nullptr);
    QCOMPARE(dialog->tabs()->tabText(0), QStringLiteral("words.py"));
    const QString diff = dialog->diffText(QStringLiteral("words.py"));
    QVERIFY2(diff.contains(
                 QStringLiteral("\n-    # TODO: split the text into words, clean each word and count it.\n")),
             qPrintable(diff));
    QVERIFY(diff.contains(QStringLiteral("\n+    for raw in text.split():\n")));
    QVERIFY(diff.startsWith(QStringLiteral(" \"\"\"Counting words")));
    dialog->close();

    // Three failed tries later the solution is offered without the question.
    ExerciseProgress progress(learner);
    ExerciseRunResult failed;
    failed.exercise = QStringLiteral("py-word-count");
    failed.status = ExerciseRunResult::Status::Failed;
    for (int i = 0; i < ExerciseScreen::AttemptsBeforeSolution; ++i)
        QVERIFY(progress.recordAttempt(failed, QStringLiteral("python-basics")));
    QVERIFY(screen->openExercise(QStringLiteral("py-slugify")));
    QVERIFY(screen->openExercise(QStringLiteral("py-word-count")));
    QCOMPARE(button->text(), QStringLiteral("Show solution (after 3 tries)"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(asked, 1);
    QTRY_VERIFY(screen->findChild<SolutionDialog *>() != nullptr);
}

void TestExerciseScreen::cancelStopsAHang()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("cancel.db"))));
    Settings settings(learner);
    ExerciseScreen screen(m_content, learner, settings);
    screen.show();
    QVERIFY(screen.openExercise(QStringLiteral("py-word-count")));
    CodeEditor *editor = screen.editor(QStringLiteral("words.py"));
    selectToEndOfLine(editor, QStringLiteral("counts = {}"));
    QTest::keyClicks(editor, QStringLiteral("while True:"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("pass"));

    auto *check = screen.findChild<QPushButton *>(QStringLiteral("checkButton"));
    auto *cancel = screen.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    auto *status = screen.findChild<QLabel *>(QStringLiteral("checkStatus"));
    QVERIFY(!cancel->isEnabled());
    QSignalSpy reported(screen.checker(), &ExerciseChecker::checkReported);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(cancel->isEnabled());
    QVERIFY(!check->isEnabled());
    // Wait until the learner's loop is really running (the first check has started).
    QTest::qWait(1500);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Checking was cancelled."), 15000);
    QVERIFY(check->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(ExerciseProgress(learner).attemptCount(QStringLiteral("py-word-count")), 0);
}

void TestExerciseScreen::editorTypingAndFileTabs()
{
    LearnerStore learner;
    QVERIFY(learner.open(m_dir.filePath(QStringLiteral("tabs.db"))));
    Settings settings(learner);
    ExerciseScreen screen(m_content, learner, settings);
    screen.show();
    QVERIFY(screen.openExercise(QStringLiteral("flask-templates")));
    auto *tabs = screen.findChild<QTabWidget *>(QStringLiteral("exerciseFiles"));
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0), QStringLiteral("app.py"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("templates/books.html"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("templates/base.html (read-only)"));
    CodeEditor *base = screen.editor(QStringLiteral("templates/base.html"));
    QVERIFY(base->isReadOnly());
    const QString layout = base->toPlainText();
    base->setFocus();
    QTest::keyClicks(base, QStringLiteral("xyz"));
    QCOMPARE(base->toPlainText(), layout);

    // Auto-indent, Tab, Shift+Tab and Backspace in an editable file.
    CodeEditor *app = screen.editor(QStringLiteral("app.py"));
    tabs->setCurrentIndex(0);
    app->moveCursor(QTextCursor::End);
    app->setFocus();
    QTest::keyClicks(app, QStringLiteral("def extra():"));
    QTest::keyClick(app, Qt::Key_Return);
    QCOMPARE(app->textCursor().block().text(), QStringLiteral("    "));
    QTest::keyClick(app, Qt::Key_Backspace);
    QCOMPARE(app->textCursor().block().text(), QString());
    QTest::keyClick(app, Qt::Key_Tab);
    QCOMPARE(app->textCursor().block().text(), QStringLiteral("    "));
    QTest::keyClicks(app, QStringLiteral("return 1"));
    QTest::keyClick(app, Qt::Key_Backtab);
    QCOMPARE(app->textCursor().block().text(), QStringLiteral("return 1"));
    QVERIFY(app->lineNumberAreaWidth() > 0);

    // "Open in Run it" is offered only when someone runs it, and hands over the learner's files.
    auto *runIt = screen.findChild<QPushButton *>(QStringLiteral("runItButton"));
    QVERIFY(runIt->isHidden());
    screen.setRunItAvailable(true);
    QVERIFY(!runIt->isHidden());
    QSignalSpy run(&screen, &ExerciseScreen::runRequested);
    QTest::mouseClick(runIt, Qt::LeftButton);
    QCOMPARE(run.count(), 1);
    QCOMPARE(run.first().at(0).toString(), QStringLiteral("flask-templates"));
    QCOMPARE(run.first().at(1).toString(), QStringLiteral("flask"));
    const auto files = run.first().at(2).value<QMap<QString, QString>>();
    QVERIFY(files.value(QStringLiteral("app.py")).endsWith(QStringLiteral("def extra():\nreturn 1")));
}

QTEST_MAIN(TestExerciseScreen)
#include "tst_exercisescreen.moc"
