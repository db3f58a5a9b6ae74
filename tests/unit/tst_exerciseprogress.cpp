// SPDX-License-Identifier: MIT
// The learner's side of exercises: code saved per profile, attempts, and status under the rules.
#include "exercises/exercisechecker.h"
#include "exercises/exerciseprogress.h"
#include "learner/learnerstore.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace crossroads;

namespace {

Exercise twoFiles()
{
    Exercise e;
    e.info.id = QStringLiteral("demo");
    e.info.step = QStringLiteral("flask-fundamentals");
    e.files.append(
        {QStringLiteral("app.py"), ExerciseFileMode::Edit, "starter app\n", "solution app\n", true});
    e.files.append(
        {QStringLiteral("templates/page.html"), ExerciseFileMode::Edit, "<p>starter</p>\n", {}, false});
    e.files.append({QStringLiteral("settings.py"), ExerciseFileMode::Hidden, "X = 1\n", {}, false});
    e.checks.append({QStringLiteral("check_a"), QStringLiteral("A")});
    e.checks.append({QStringLiteral("check_b"), QStringLiteral("B")});
    return e;
}

ExerciseRunResult run(ExerciseRunResult::Status status, int passed = 0)
{
    ExerciseRunResult r;
    r.exercise = QStringLiteral("demo");
    r.status = status;
    for (int i = 0; i < 2; ++i)
        r.checks.append({QStringLiteral("check_%1").arg(i),
                         QString(),
                         i < passed ? CheckOutcome::State::Passed : CheckOutcome::State::Failed,
                         {},
                         {}});
    return r;
}

} // namespace

class TestExerciseProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void workingFilesFallBackToStarter();
    void savesAndForgets();
    void savingTheSameTextIsANoOp();
    void attempts_data();
    void attempts();
    void passingStaysDoneAfterAFailure();
    void workingOnAnExerciseStartsItsStep();
    void profilesAreSeparate();
    void pinnedProfileWinsOverTheCurrentOne();
    void stepCount();
    void exerciseDefinitionHelpers();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LearnerStore> m_store;
    int m_n = 0;
};

void TestExerciseProgress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestExerciseProgress::init()
{
    m_store = std::make_unique<LearnerStore>();
    QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("learner-%1.db").arg(++m_n))),
             qPrintable(m_store->errorString()));
}

void TestExerciseProgress::cleanup()
{
    m_store.reset();
}

void TestExerciseProgress::workingFilesFallBackToStarter()
{
    ExerciseProgress p(*m_store);
    const auto files = p.workingFiles(twoFiles());
    QCOMPARE(files.keys(), QStringList({QStringLiteral("app.py"), QStringLiteral("templates/page.html")}));
    QCOMPARE(files.value(QStringLiteral("app.py")), QStringLiteral("starter app\n"));
}

void TestExerciseProgress::savesAndForgets()
{
    ExerciseProgress p(*m_store);
    QVERIFY(p.saveFile(QStringLiteral("demo"), QStringLiteral("app.py"), QStringLiteral("mine\n")));
    QVERIFY(p.saveFile(QStringLiteral("demo"), QStringLiteral("app.py"), QStringLiteral("mine, better\n")));
    // A file the content no longer lists is kept in the database but not shown.
    QVERIFY(p.saveFile(QStringLiteral("demo"), QStringLiteral("old.py"), QStringLiteral("x")));
    auto files = p.workingFiles(twoFiles());
    QCOMPARE(files.value(QStringLiteral("app.py")), QStringLiteral("mine, better\n"));
    QCOMPARE(files.value(QStringLiteral("templates/page.html")), QStringLiteral("<p>starter</p>\n"));
    QVERIFY(!files.contains(QStringLiteral("old.py")));
    QCOMPARE(p.savedFiles(QStringLiteral("demo")).size(), 2);

    // Reopening the file finds the same code: it is in the database, not in memory.
    const QString path = m_store->path();
    m_store.reset();
    m_store = std::make_unique<LearnerStore>();
    QVERIFY(m_store->open(path));
    ExerciseProgress again(*m_store);
    QCOMPARE(again.workingFiles(twoFiles()).value(QStringLiteral("app.py")),
             QStringLiteral("mine, better\n"));

    QVERIFY(again.forgetFiles(QStringLiteral("demo")));
    QCOMPARE(again.workingFiles(twoFiles()).value(QStringLiteral("app.py")), QStringLiteral("starter app\n"));
    QVERIFY(again.savedFiles(QStringLiteral("demo")).isEmpty());
}

void TestExerciseProgress::savingTheSameTextIsANoOp()
{
    ExerciseProgress p(*m_store);
    QVERIFY(p.saveFile(QStringLiteral("demo"), QStringLiteral("app.py"), QStringLiteral("same")));
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT updated_at FROM exercise_files")) && q.next());
    const QString first = q.value(0).toString();
    QTest::qWait(5);
    QVERIFY(p.saveFile(QStringLiteral("demo"), QStringLiteral("app.py"), QStringLiteral("same")));
    QVERIFY(q.exec(QStringLiteral("SELECT updated_at FROM exercise_files")) && q.next());
    QCOMPARE(q.value(0).toString(), first);
}

void TestExerciseProgress::attempts_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("passed");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("itemStatus");
    using S = ExerciseRunResult::Status;
    QTest::newRow("passed") << int(S::Passed) << 2 << 1 << 0 << int(ItemStatus::Done);
    QTest::newRow("failed") << int(S::Failed) << 1 << 1 << 1 << int(ItemStatus::InProgress);
    QTest::newRow("timed out counts") << int(S::TimedOut) << 0 << 1 << 1 << int(ItemStatus::InProgress);
    QTest::newRow("output limit counts") << int(S::OutputLimit) << 0 << 1 << 1 << int(ItemStatus::InProgress);
    QTest::newRow("cancelled is no attempt")
        << int(S::Cancelled) << 0 << 0 << 0 << int(ItemStatus::NotStarted);
    QTest::newRow("setup error is no attempt") << int(S::Error) << 0 << 0 << 0 << int(ItemStatus::NotStarted);
}

void TestExerciseProgress::attempts()
{
    QFETCH(int, status);
    QFETCH(int, passed);
    QFETCH(int, attempts);
    QFETCH(int, failed);
    QFETCH(int, itemStatus);
    ExerciseProgress p(*m_store);
    QVERIFY(p.recordAttempt(run(ExerciseRunResult::Status(status), passed), QString()));
    QCOMPARE(p.attemptCount(QStringLiteral("demo")), attempts);
    QCOMPARE(p.failedAttemptCount(QStringLiteral("demo")), failed);
    QCOMPARE(int(p.status(QStringLiteral("demo"))), itemStatus);
    if (attempts) {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT checks_passed, checks_total, profile FROM exercise_attempts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), passed);
        QCOMPARE(q.value(1).toInt(), 2);
        QCOMPARE(q.value(2).toInt(), m_store->currentProfile());
    }
}

void TestExerciseProgress::passingStaysDoneAfterAFailure()
{
    ExerciseProgress p(*m_store);
    QVERIFY(p.recordAttempt(run(ExerciseRunResult::Status::Failed), QString()));
    QVERIFY(p.recordAttempt(run(ExerciseRunResult::Status::Passed, 2), QString()));
    QVERIFY(p.recordAttempt(run(ExerciseRunResult::Status::Failed), QString()));
    QCOMPARE(p.status(QStringLiteral("demo")), ItemStatus::Done);
    QCOMPARE(p.attemptCount(QStringLiteral("demo")), 3);
    QCOMPARE(p.failedAttemptCount(QStringLiteral("demo")), 2);
}

void TestExerciseProgress::workingOnAnExerciseStartsItsStep()
{
    ExerciseProgress p(*m_store);
    QCOMPARE(m_store->status(QStringLiteral("step"), QStringLiteral("flask-fundamentals")),
             ItemStatus::NotStarted);
    QVERIFY(p.recordAttempt(run(ExerciseRunResult::Status::Failed), QStringLiteral("flask-fundamentals")));
    QCOMPARE(m_store->status(QStringLiteral("step"), QStringLiteral("flask-fundamentals")),
             ItemStatus::InProgress);

    // A step the learner skipped stays skipped.
    QVERIFY(
        m_store->setStatus(QStringLiteral("step"), QStringLiteral("django-orm-admin"), ItemStatus::Skipped));
    QVERIFY(p.recordAttempt(run(ExerciseRunResult::Status::Passed, 2), QStringLiteral("django-orm-admin")));
    QCOMPARE(m_store->status(QStringLiteral("step"), QStringLiteral("django-orm-admin")),
             ItemStatus::Skipped);
}

void TestExerciseProgress::profilesAreSeparate()
{
    ExerciseProgress p(*m_store);
    const int first = m_store->currentProfile();
    QVERIFY(p.saveFile(QStringLiteral("demo"), QStringLiteral("app.py"), QStringLiteral("first profile")));
    QVERIFY(p.recordAttempt(run(ExerciseRunResult::Status::Passed, 2), QString()));
    const int second = m_store->createProfile(QStringLiteral("Second learner"));
    QVERIFY2(second > 0, qPrintable(m_store->errorString()));
    QVERIFY(m_store->switchProfile(second));
    QCOMPARE(p.workingFiles(twoFiles()).value(QStringLiteral("app.py")), QStringLiteral("starter app\n"));
    QCOMPARE(p.status(QStringLiteral("demo")), ItemStatus::NotStarted);
    QCOMPARE(p.attemptCount(QStringLiteral("demo")), 0);
    QVERIFY(m_store->switchProfile(first));
    QCOMPARE(p.workingFiles(twoFiles()).value(QStringLiteral("app.py")), QStringLiteral("first profile"));
    QCOMPARE(p.status(QStringLiteral("demo")), ItemStatus::Done);
}

void TestExerciseProgress::pinnedProfileWinsOverTheCurrentOne()
{
    ExerciseProgress p(*m_store);
    const int first = m_store->currentProfile();
    const int second = m_store->createProfile(QStringLiteral("Other"));
    QVERIFY(m_store->switchProfile(second));
    // Typed in the first profile, saved after the switch: it still belongs to the first.
    QVERIFY(
        p.saveFile(QStringLiteral("demo"), QStringLiteral("app.py"), QStringLiteral("typed before"), first));
    QVERIFY(p.savedFiles(QStringLiteral("demo")).isEmpty());
    QVERIFY(m_store->switchProfile(first));
    QCOMPARE(p.savedFiles(QStringLiteral("demo")).value(QStringLiteral("app.py")),
             QStringLiteral("typed before"));
}

void TestExerciseProgress::stepCount()
{
    ExerciseProgress p(*m_store);
    const QList<ExerciseInfo> all = {{QStringLiteral("demo"), {}, {}, QStringLiteral("s1"), {}, {}, 1},
                                     {QStringLiteral("other"), {}, {}, QStringLiteral("s1"), {}, {}, 1},
                                     {QStringLiteral("third"), {}, {}, QStringLiteral("s2"), {}, {}, 1}};
    QVERIFY(p.recordAttempt(run(ExerciseRunResult::Status::Passed, 2), QString()));
    const auto s1 = p.stepCount(QStringLiteral("s1"), all);
    QCOMPARE(s1.done, 1);
    QCOMPARE(s1.total, 2);
    const auto s2 = p.stepCount(QStringLiteral("s2"), all);
    QCOMPARE(s2.done, 0);
    QCOMPARE(s2.total, 1);
}

void TestExerciseProgress::exerciseDefinitionHelpers()
{
    const Exercise e = twoFiles();
    QCOMPARE(e.editablePaths(),
             QStringList({QStringLiteral("app.py"), QStringLiteral("templates/page.html")}));
    // A file without its own solution keeps the starter in the solution.
    QCOMPARE(e.solutionTexts().value(QStringLiteral("templates/page.html")),
             QStringLiteral("<p>starter</p>\n"));
    QCOMPARE(e.solutionTexts().value(QStringLiteral("app.py")), QStringLiteral("solution app\n"));
    QVERIFY(!e.solutionTexts().contains(QStringLiteral("settings.py")));
    for (const char *bad :
         {"/etc/passwd", "../x.py", "a/../../b", "_crossroads/checks.py", "a//b", "C:x", ""})
        QVERIFY2(!isSafeExercisePath(QString::fromLatin1(bad)), bad);
    for (const char *good : {"app.py", "shop/templates/shop/list.html", ".env"})
        QVERIFY2(isSafeExercisePath(QString::fromLatin1(good)), good);
}

QTEST_GUILESS_MAIN(TestExerciseProgress)
#include "tst_exerciseprogress.moc"
