// SPDX-License-Identifier: MIT
#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "learner/progresstracker.h"
#include "learner/statusrules.h"
#include "learnerfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace crossroads;

Q_DECLARE_METATYPE(crossroads::ItemStatus)
Q_DECLARE_METATYPE(crossroads::StatusAction)

// Status rules, time, notes, hidden steps, profiles and the step view of the learner's data.
class TestLearnerProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusRules_data();
    void statusRules();
    void applyPersistsAndSignals();
    void lessonStartsItsStep();
    void testOutByQuiz_data();
    void testOutByQuiz();
    void failedQuizNeverUndoesDone();
    void hiddenSteps();
    void timeSpentAndPercent();
    void continueWhereLeftOff();
    void notesAutosaveIsCheap();
    void bookmarksList();
    void profiles();
    void deleteProfileWithData();
    void progressSurvivesContentUpdate();
    void migratesFromFirstSchema();

private:
    QTemporaryDir m_dir;
    QString m_contentDb;
    ContentStore m_content;
};

void TestLearnerProgress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_contentDb = m_dir.filePath(QStringLiteral("content.db"));
    const QString problems = learnertest::buildPack(m_contentDb);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QVERIFY2(m_content.open(m_contentDb), qPrintable(m_content.errorString()));
}

void TestLearnerProgress::statusRules_data()
{
    QTest::addColumn<ItemStatus>("from");
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<ItemStatus>("to");
    QTest::addColumn<bool>("allowed");
    using S = ItemStatus;
    using A = StatusAction;
    const struct
    {
        const char *name;
        S from;
        A action;
        S to;
        bool allowed;
    } rows[] = {
        {"new: start", S::NotStarted, A::Start, S::InProgress, true},
        {"new: complete", S::NotStarted, A::Complete, S::Done, true},
        {"new: skip", S::NotStarted, A::Skip, S::Skipped, true},
        {"new: reset", S::NotStarted, A::Reset, S::NotStarted, true},
        {"new: pass quiz tests out", S::NotStarted, A::PassQuiz, S::Done, true},
        {"new: failed quiz starts", S::NotStarted, A::FailQuiz, S::InProgress, true},
        {"started: start again", S::InProgress, A::Start, S::InProgress, true},
        {"started: complete", S::InProgress, A::Complete, S::Done, true},
        {"started: skip", S::InProgress, A::Skip, S::Skipped, true},
        {"started: reset", S::InProgress, A::Reset, S::NotStarted, true},
        {"started: pass quiz", S::InProgress, A::PassQuiz, S::Done, true},
        {"started: fail quiz", S::InProgress, A::FailQuiz, S::InProgress, true},
        {"done: start is refused", S::Done, A::Start, S::Done, false},
        {"done: complete again", S::Done, A::Complete, S::Done, true},
        {"done: skip is refused", S::Done, A::Skip, S::Done, false},
        {"done: reset", S::Done, A::Reset, S::NotStarted, true},
        {"done: pass quiz again", S::Done, A::PassQuiz, S::Done, true},
        {"done: failed retake keeps done", S::Done, A::FailQuiz, S::Done, true},
        {"skipped: start", S::Skipped, A::Start, S::InProgress, true},
        {"skipped: complete", S::Skipped, A::Complete, S::Done, true},
        {"skipped: skip again", S::Skipped, A::Skip, S::Skipped, true},
        {"skipped: reset", S::Skipped, A::Reset, S::NotStarted, true},
        {"skipped: test out", S::Skipped, A::PassQuiz, S::Done, true},
        {"skipped: failed quiz stays skipped", S::Skipped, A::FailQuiz, S::Skipped, true},
    };
    for (const auto &r : rows)
        QTest::newRow(r.name) << r.from << r.action << r.to << r.allowed;
}

void TestLearnerProgress::statusRules()
{
    QFETCH(ItemStatus, from);
    QFETCH(StatusAction, action);
    QFETCH(ItemStatus, to);
    QFETCH(bool, allowed);
    const StatusChange c = applyStatusAction(from, action);
    QCOMPARE(c.from, from);
    QCOMPARE(c.to, to);
    QCOMPARE(c.allowed, allowed);
    QCOMPARE(c.changed(), allowed && from != to);
    QCOMPARE(statusFromName(statusName(to)), to);
    QVERIFY(isStatusName(statusName(to)));
}

void TestLearnerProgress::applyPersistsAndSignals()
{
    const QString path = m_dir.filePath(QStringLiteral("apply.db"));
    {
        LearnerStore store;
        QVERIFY(store.open(path));
        QSignalSpy changed(&store, &LearnerStore::itemChanged);
        StatusChange c = store.apply(QStringLiteral("step"), QStringLiteral("basics"), StatusAction::Start);
        QVERIFY(c.changed());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(1).toString(), QStringLiteral("basics"));
        c = store.apply(QStringLiteral("step"), QStringLiteral("basics"), StatusAction::Complete);
        QCOMPARE(c.to, ItemStatus::Done);
        c = store.apply(QStringLiteral("step"), QStringLiteral("basics"), StatusAction::Skip);
        QVERIFY(!c.allowed);
        QCOMPARE(changed.count(), 2); // a refused action writes nothing and signals nothing
        QCOMPARE(store.apply(QStringLiteral("step"), QStringLiteral("web"), StatusAction::Skip).to,
                 ItemStatus::Skipped);
    }
    LearnerStore again;
    QVERIFY(again.open(path));
    QCOMPARE(again.status(QStringLiteral("step"), QStringLiteral("basics")), ItemStatus::Done);
    QCOMPARE(again.status(QStringLiteral("step"), QStringLiteral("web")), ItemStatus::Skipped);
    const QList<ProgressRecord> rows = again.progress(QStringLiteral("step"));
    QCOMPARE(rows.size(), 2);
    QVERIFY(!rows.first().startedAt.isEmpty());
}

void TestLearnerProgress::lessonStartsItsStep()
{
    LearnerStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("lesson.db"))));
    ProgressTracker tracker(m_content, store);
    tracker.applyToLesson(QStringLiteral("basics-values"), StatusAction::Start);
    QCOMPARE(store.status(QStringLiteral("lesson"), QStringLiteral("basics-values")), ItemStatus::InProgress);
    QCOMPARE(store.status(QStringLiteral("step"), QStringLiteral("basics")), ItemStatus::InProgress);
    // A skipped step is the learner's decision; reading one lesson does not overturn it.
    QVERIFY(tracker.applyToStep(QStringLiteral("web"), StatusAction::Skip).changed());
    tracker.applyToLesson(QStringLiteral("web-requests"), StatusAction::Complete);
    QCOMPARE(store.status(QStringLiteral("step"), QStringLiteral("web")), ItemStatus::Skipped);
    QCOMPARE(tracker.stepProgress(QStringLiteral("web")).lessonsDone, 1);
}

void TestLearnerProgress::testOutByQuiz_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("correct");
    QTest::addColumn<int>("answered");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<ItemStatus>("status");
    // basics: 5 questions, threshold 0.8 (the default); web: 2 questions, threshold 0.5.
    QTest::newRow("basics 5/5") << "basics" << 5 << 5 << true << ItemStatus::Done;
    QTest::newRow("basics 4/5 is exactly 0.8") << "basics" << 4 << 5 << true << ItemStatus::Done;
    QTest::newRow("basics 3/5") << "basics" << 3 << 5 << false << ItemStatus::InProgress;
    QTest::newRow("basics 4 right of 4 answered is 4/5") << "basics" << 4 << 4 << true << ItemStatus::Done;
    QTest::newRow("basics 3 of 3 answered is 3/5") << "basics" << 3 << 3 << false << ItemStatus::InProgress;
    QTest::newRow("web 1/2 meets 0.5") << "web" << 1 << 2 << true << ItemStatus::Done;
    QTest::newRow("web 0/2") << "web" << 0 << 2 << false << ItemStatus::InProgress;
}

void TestLearnerProgress::testOutByQuiz()
{
    QFETCH(QString, step);
    QFETCH(int, correct);
    QFETCH(int, answered);
    QFETCH(bool, passed);
    QFETCH(ItemStatus, status);
    QTemporaryDir dir;
    LearnerStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("quiz.db"))));
    ProgressTracker tracker(m_content, store);
    QList<QuizAnswer> answers;
    for (int i = 0; i < answered; ++i)
        answers.append({step + QStringLiteral("-q%1").arg(i + 1), i < correct});
    const QuizOutcome o = tracker.submitQuiz(step, answers);
    QVERIFY(o.recorded);
    QCOMPARE(o.passed, passed);
    QCOMPARE(o.correct, correct);
    QCOMPARE(store.status(QStringLiteral("step"), step), status);
    const QList<QuizAttempt> attempts = store.quizAttempts(step);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().correct, correct);
    QCOMPARE(attempts.first().answered, answered);
    QCOMPARE(tracker.stepProgress(step).quizPassed(), passed);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM quiz_attempts")) && q.next());
    QCOMPARE(q.value(0).toInt(), answered);
}

void TestLearnerProgress::failedQuizNeverUndoesDone()
{
    LearnerStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("retake.db"))));
    ProgressTracker tracker(m_content, store);
    QVERIFY(tracker.applyToStep(QStringLiteral("basics"), StatusAction::Complete).changed());
    const QuizOutcome o = tracker.submitQuiz(QStringLiteral("basics"), {{QStringLiteral("basics-q1"), false}});
    QVERIFY(o.recorded);
    QVERIFY(!o.passed);
    QCOMPARE(store.status(QStringLiteral("step"), QStringLiteral("basics")), ItemStatus::Done);
    // Best score is the best attempt, answered questions out of all questions.
    tracker.submitQuiz(QStringLiteral("basics"), {{QStringLiteral("basics-q1"), true},
                                                  {QStringLiteral("basics-q2"), true},
                                                  {QStringLiteral("basics-q2"), false}});
    const StepProgress p = tracker.stepProgress(QStringLiteral("basics"));
    QCOMPARE(p.attempts, 2);
    QCOMPARE(p.bestScore, 0.2); // the last answer to q2 counts
}

void TestLearnerProgress::hiddenSteps()
{
    LearnerStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("hidden.db"))));
    ProgressTracker tracker(m_content, store);
    QCOMPARE(tracker.pathSteps(false).size(), 5);
    QVERIFY(store.setHidden(QStringLiteral("api"), true));
    QVERIFY(store.isHidden(QStringLiteral("api")));
    QCOMPARE(store.hiddenSteps(), QStringList{QStringLiteral("api")});
    QCOMPARE(tracker.pathSteps(false).size(), 4);
    QCOMPARE(tracker.pathSteps(true).size(), 5);
    QVERIFY(tracker.stepProgress(QStringLiteral("api")).hidden);
    QVERIFY(store.setHidden(QStringLiteral("api"), false));
    QVERIFY(!store.isHidden(QStringLiteral("api")));
    QCOMPARE(tracker.pathSteps(false).size(), 5);
    // The learner's own path (from the wizard) replaces the default one; unknown ids are dropped.
    QVERIFY(store.setLearnerPath({QStringLiteral("basics"), QStringLiteral("gone"), QStringLiteral("flask-intro")},
                                 QStringLiteral("wizard")));
    QCOMPARE(tracker.path(), (QStringList{QStringLiteral("basics"), QStringLiteral("flask-intro")}));
}

void TestLearnerProgress::timeSpentAndPercent()
{
    LearnerStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("time.db"))));
    ProgressTracker tracker(m_content, store);
    const QDate today = QDate::currentDate();
    QVERIFY(store.addTimeSpent(QStringLiteral("lesson"), QStringLiteral("basics-values"), 600));
    QVERIFY(store.addTimeSpent(QStringLiteral("lesson"), QStringLiteral("basics-values"), 300));
    QVERIFY(store.addTimeSpent(QStringLiteral("step"), QStringLiteral("basics"), 120, today.addDays(-3)));
    QVERIFY(store.addTimeSpent(QStringLiteral("quiz"), QStringLiteral("basics"), 60));
    QVERIFY(store.addTimeSpent(QStringLiteral("lesson"), QStringLiteral("web-requests"), 30));
    QCOMPARE(store.timeSpent(QStringLiteral("lesson"), QStringLiteral("basics-values")), 900);
    const QMap<QDate, int> days = store.activityByDay(today.addDays(-27), today);
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.value(today), 990);
    QCOMPARE(days.value(today.addDays(-3)), 120);

    StepProgress p = tracker.stepProgress(QStringLiteral("basics"));
    QCOMPARE(p.seconds, 900 + 120 + 60);
    QCOMPARE(p.lessons, 2);
    QCOMPARE(p.questions, 5);
    QCOMPARE(p.percent, 0);
    tracker.applyToLesson(QStringLiteral("basics-values"), StatusAction::Complete);
    QCOMPARE(tracker.stepProgress(QStringLiteral("basics")).percent, 33); // 1 of 2 lessons + quiz
    tracker.submitQuiz(QStringLiteral("basics"), {{QStringLiteral("basics-q1"), true},
                                                  {QStringLiteral("basics-q2"), true},
                                                  {QStringLiteral("basics-q3"), true},
                                                  {QStringLiteral("basics-q4"), true}});
    QCOMPARE(tracker.stepProgress(QStringLiteral("basics")).percent, 100); // tested out: done

    const QList<TrackSummary> tracks = tracker.trackSummaries();
    QCOMPARE(tracks.size(), 4);
    QCOMPARE(tracks.first().track.title, QStringLiteral("Python foundations"));
    QCOMPARE(tracks.first().steps, 2);
    QCOMPARE(tracks.first().done, 1);
    QCOMPARE(tracks.first().seconds, 900 + 120 + 60 + 30);
    QCOMPARE(tracks.first().plannedHours, 6.0);
    QVERIFY(tracks.last().track.optional);
}

void TestLearnerProgress::continueWhereLeftOff()
{
    LearnerStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("continue.db"))));
    ProgressTracker tracker(m_content, store);
    QCOMPARE(tracker.continueStep(), QStringLiteral("basics")); // nothing yet: the first step
    tracker.applyToStep(QStringLiteral("basics"), StatusAction::Skip);
    QCOMPARE(tracker.continueStep(), QStringLiteral("web"));
    tracker.applyToStep(QStringLiteral("django-intro"), StatusAction::Start);
    QTest::qWait(5);
    tracker.applyToStep(QStringLiteral("flask-intro"), StatusAction::Start);
    QCOMPARE(tracker.continueStep(), QStringLiteral("flask-intro")); // the latest in progress
    QTest::qWait(5);
    tracker.applyToLesson(QStringLiteral("basics-values"), StatusAction::Start); // restarts basics
    QCOMPARE(tracker.continueStep(), QStringLiteral("flask-intro"));              // basics stays skipped
    QTest::qWait(5);
    store.setStatus(QStringLiteral("step"), QStringLiteral("django-intro"), ItemStatus::InProgress);
    QCOMPARE(tracker.continueStep(), QStringLiteral("django-intro"));
    store.setHidden(QStringLiteral("django-intro"), true);
    QCOMPARE(tracker.continueStep(), QStringLiteral("flask-intro"));
}

void TestLearnerProgress::notesAutosaveIsCheap()
{
    LearnerStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("notes.db"))));
    QSignalSpy changed(&store, &LearnerStore::itemChanged);
    QVERIFY(store.setNote(QStringLiteral("step"), QStringLiteral("basics"), QStringLiteral("first")));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT updated_at FROM notes")) && q.next());
    const QString stamp = q.value(0).toString();
    QTest::qWait(5);
    // The debounce timer saving unchanged text neither moves the time nor signals.
    QVERIFY(store.setNote(QStringLiteral("step"), QStringLiteral("basics"), QStringLiteral("first")));
    QVERIFY(q.exec(QStringLiteral("SELECT updated_at FROM notes")) && q.next());
    QCOMPARE(q.value(0).toString(), stamp);
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.setNote(QStringLiteral("step"), QStringLiteral("basics"), QStringLiteral("first, then more")));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(store.note(QStringLiteral("step"), QStringLiteral("basics")), QStringLiteral("first, then more"));
}

void TestLearnerProgress::bookmarksList()
{
    LearnerStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("bookmarks.db"))));
    QVERIFY(store.setBookmarked(QStringLiteral("lesson"), QStringLiteral("basics-values"), true));
    QTest::qWait(5);
    QVERIFY(store.setBookmarked(QStringLiteral("sample"), QStringLiteral("hello-world"), true));
    QTest::qWait(5);
    QVERIFY(store.setBookmarked(QStringLiteral("row"), QStringLiteral("orm"), true));
    QVERIFY(store.setBookmarked(QStringLiteral("row"), QStringLiteral("orm"), false));
    const QList<Bookmark> all = store.bookmarks();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().item, QStringLiteral("hello-world")); // newest first
    QCOMPARE(store.bookmarks(QStringLiteral("lesson")).size(), 1);
    // The removal is remembered so a merge can tell it from "never bookmarked".
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT item FROM bookmark_removals")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("orm"));
    QVERIFY(store.setBookmarked(QStringLiteral("row"), QStringLiteral("orm"), true));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM bookmark_removals")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestLearnerProgress::profiles()
{
    const QString path = m_dir.filePath(QStringLiteral("profiles.db"));
    int ana = 0;
    {
        LearnerStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.currentProfileName(), QStringLiteral("Default"));
        store.setStatus(QStringLiteral("step"), QStringLiteral("basics"), ItemStatus::Done);
        QSignalSpy listChanged(&store, &LearnerStore::profilesChanged);
        QSignalSpy reloaded(&store, &LearnerStore::reloaded);
        ana = store.createProfile(QStringLiteral("  Ana  "));
        QVERIFY(ana > 1);
        QCOMPARE(listChanged.count(), 1);
        QCOMPARE(store.createProfile(QStringLiteral("ana")), 0); // names are unique, ignoring case
        QVERIFY(store.errorString().contains(QStringLiteral("already")));
        QCOMPARE(store.createProfile(QStringLiteral("   ")), 0);
        QVERIFY(store.switchProfile(ana));
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(store.currentProfileName(), QStringLiteral("Ana"));
        // Each profile has its own progress.
        QCOMPARE(store.status(QStringLiteral("step"), QStringLiteral("basics")), ItemStatus::NotStarted);
        store.setNote(QStringLiteral("step"), QStringLiteral("basics"), QStringLiteral("Ana's note"));
        QVERIFY(store.renameProfile(ana, QStringLiteral("Ana María")));
        QVERIFY(!store.renameProfile(ana, QStringLiteral("default")));
    }
    LearnerStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.currentProfile(), ana); // the choice persists
    QCOMPARE(store.currentProfileName(), QStringLiteral("Ana María"));
    QCOMPARE(store.note(QStringLiteral("step"), QStringLiteral("basics")), QStringLiteral("Ana's note"));

    // Deleting with data kept archives: hidden from the list, data intact, can come back.
    QVERIFY(store.deleteProfile(ana, ProfileDeletion::KeepData));
    QCOMPARE(store.currentProfileName(), QStringLiteral("Default"));
    QCOMPARE(store.status(QStringLiteral("step"), QStringLiteral("basics")), ItemStatus::Done);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles(true).size(), 2);
    QVERIFY(!store.deleteProfile(1, ProfileDeletion::KeepData)); // never the last active one
    QVERIFY(store.errorString().contains(QStringLiteral("last profile")));
    QVERIFY(store.restoreProfile(ana));
    QVERIFY(store.switchProfile(ana));
    QCOMPARE(store.note(QStringLiteral("step"), QStringLiteral("basics")), QStringLiteral("Ana's note"));
}

void TestLearnerProgress::deleteProfileWithData()
{
    LearnerStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("delete.db"))));
    const int bo = store.createProfile(QStringLiteral("Bo"));
    QVERIFY(store.switchProfile(bo));
    store.setStatus(QStringLiteral("step"), QStringLiteral("basics"), ItemStatus::Done);
    store.setNote(QStringLiteral("step"), QStringLiteral("basics"), QStringLiteral("x"));
    store.setBookmarked(QStringLiteral("row"), QStringLiteral("r"), true);
    store.setBookmarked(QStringLiteral("row"), QStringLiteral("r"), false);
    store.addTimeSpent(QStringLiteral("step"), QStringLiteral("basics"), 10);
    store.setHidden(QStringLiteral("api"), true);
    store.recordQuizAttempt(QStringLiteral("basics"), {{QStringLiteral("basics-q1"), true}});
    store.addWizardResult(QStringLiteral("{}"), QStringLiteral("{}"));
    store.setLearnerPath({QStringLiteral("basics")}, QStringLiteral("wizard"));
    QVERIFY(store.deleteProfile(bo, ProfileDeletion::DeleteData));
    QCOMPARE(store.currentProfile(), 1);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c"
                                  " WHERE m.type = 'table' AND c.name = 'profile'")));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    QVERIFY(tables.size() >= 12);
    for (const QString &t : std::as_const(tables)) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE profile = %2").arg(t).arg(bo)) && q.next());
        QVERIFY2(q.value(0).toInt() == 0, qPrintable(t));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM profiles")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestLearnerProgress::progressSurvivesContentUpdate()
{
    // Version 2 of the content drops the FastAPI step and renames nothing else.
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("pack"));
    const QString from = QStringLiteral(CROSSROADS_TEST_DATA "/learnerpack");
    QDirIterator::IteratorFlags flags = QDirIterator::Subdirectories;
    for (QDirIterator it(from, QDir::Files, flags); it.hasNext();) {
        const QString file = it.next();
        const QString target = src + file.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QVERIFY(QFile::copy(file, target));
    }
    QFile roadmap(src + QStringLiteral("/roadmap/roadmap.json"));
    QVERIFY(roadmap.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(roadmap.readAll()).object();
    roadmap.close();
    const auto without = [](const QJsonArray &in, const QString &id) {
        QJsonArray out;
        for (const QJsonValue &v : in)
            if (v.toObject().value(QStringLiteral("id")).toString() != id && v.toString() != id)
                out.append(v);
        return out;
    };
    doc[QStringLiteral("steps")] = without(doc.value(QStringLiteral("steps")).toArray(), QStringLiteral("api"));
    doc[QStringLiteral("tracks")] = without(doc.value(QStringLiteral("tracks")).toArray(), QStringLiteral("fastapi"));
    doc[QStringLiteral("default_path")] =
        without(doc.value(QStringLiteral("default_path")).toArray(), QStringLiteral("api"));
    QCOMPARE(doc.value(QStringLiteral("steps")).toArray().size(), 4);
    QVERIFY(roadmap.open(QIODevice::WriteOnly | QIODevice::Truncate));
    roadmap.write(QJsonDocument(doc).toJson());
    roadmap.close();
    const QString v2 = dir.filePath(QStringLiteral("content-v2.db"));
    const QString problems = learnertest::buildPack(v2, src);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    const QString learnerDb = dir.filePath(QStringLiteral("learner.db"));
    {
        LearnerStore store;
        QVERIFY(store.open(learnerDb));
        ProgressTracker tracker(m_content, store);
        tracker.applyToStep(QStringLiteral("api"), StatusAction::Complete);
        tracker.applyToStep(QStringLiteral("basics"), StatusAction::Start);
        store.setNote(QStringLiteral("step"), QStringLiteral("api"), QStringLiteral("FastAPI notes"));
        store.addTimeSpent(QStringLiteral("step"), QStringLiteral("api"), 3600);
    }
    ContentStore updated;
    QVERIFY(updated.open(v2));
    LearnerStore store;
    QVERIFY(store.open(learnerDb));
    ProgressTracker tracker(updated, store);
    QCOMPARE(tracker.path().size(), 4);
    QVERIFY(!tracker.path().contains(QStringLiteral("api")));
    QCOMPARE(tracker.continueStep(), QStringLiteral("basics"));
    // Nothing about the removed step is deleted: it comes back if the step does.
    QCOMPARE(store.status(QStringLiteral("step"), QStringLiteral("api")), ItemStatus::Done);
    QCOMPARE(store.note(QStringLiteral("step"), QStringLiteral("api")), QStringLiteral("FastAPI notes"));
    QCOMPARE(store.timeSpent(QStringLiteral("step"), QStringLiteral("api")), 3600);
    tracker.applyToStep(QStringLiteral("basics"), StatusAction::Complete);
    QCOMPARE(store.progress(QStringLiteral("step")).size(), 2);
}

void TestLearnerProgress::migratesFromFirstSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    const QString problem = learnertest::makeVersion1(path);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    LearnerStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), LearnerStore::latestVersion());
    QCOMPARE(store.currentProfileName(), QStringLiteral("Default"));
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.status(QStringLiteral("step"), QStringLiteral("basics")), ItemStatus::Done);
    QCOMPARE(store.status(QStringLiteral("step"), QStringLiteral("retired-step")), ItemStatus::Done);
    QCOMPARE(store.note(QStringLiteral("step"), QStringLiteral("basics")), QStringLiteral("Names point at objects."));
    QCOMPARE(store.bookmarks().size(), 1);
    QCOMPARE(store.wizardResults().size(), 1);
    QCOMPARE(store.wizardResults().first().createdAt, QDateTime(QDate(2026, 2, 2), QTime(11, 0), Qt::UTC));
    // The new tables work on the migrated file.
    QVERIFY(store.setHidden(QStringLiteral("web"), true));
    QVERIFY(store.addTimeSpent(QStringLiteral("step"), QStringLiteral("web"), 5));
    QVERIFY(!store.recordQuizAttempt(QStringLiteral("web"), {{QStringLiteral("web-q1"), true}}).isEmpty());
    // Quiz rows from before attempt ids existed are grouped by their shared time.
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO quiz_attempts(profile, question, step, correct, answered_at)"
                                  " VALUES(1, 'web-q1', 'web', 1, '2026-01-05T10:00:00.000Z'),"
                                  " (1, 'web-q2', 'web', 0, '2026-01-05T10:00:00.000Z')")));
    const QList<QuizAttempt> attempts = store.quizAttempts(QStringLiteral("web"));
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.first().answered, 2);
    QCOMPARE(attempts.first().correct, 1);
    ProgressTracker tracker(m_content, store);
    QCOMPARE(tracker.continueStep(), QStringLiteral("flask-intro")); // web is hidden now
}

QTEST_GUILESS_MAIN(TestLearnerProgress)
#include "tst_learnerprogress.moc"
