// SPDX-License-Identifier: MIT
#include "learner/learnerstore.h"
#include "learner/progresstransfer.h"
#include "learnerfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace crossroads;

namespace {

// Every row of every table, as text: "nothing changed" is checked against this.
QString dump(LearnerStore &store)
{
    QString out;
    QSqlQuery tables(store.database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (tables.next()) {
        const QString t = tables.value(0).toString();
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2, 3").arg(t));
        while (q.next()) {
            out += t + u':';
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + u'|';
            out += u'\n';
        }
    }
    return out;
}

QByteArray wrap(const QByteArray &sections)
{
    return "{\"format\": \"crossroads-learner-export\", \"version\": 1" +
           (sections.isEmpty() ? QByteArray() : ", " + sections) + "}";
}

} // namespace

class TestProgressTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roundTripKeepsEverything();
    void mergeRules_data();
    void mergeRules();
    void importTwiceChangesNothing();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void importIntoNewProfile();
    void exportIsAtomicAndVersioned();

private:
    QTemporaryDir m_dir;
};

void TestProgressTransfer::roundTripKeepsEverything()
{
    LearnerStore a;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("a.db"))));
    a.setStatus(QStringLiteral("step"), QStringLiteral("basics"), ItemStatus::Done);
    a.setStatus(QStringLiteral("lesson"), QStringLiteral("basics-values"), ItemStatus::InProgress);
    a.setStatus(QStringLiteral("step"), QStringLiteral("no-longer-in-content"), ItemStatus::Skipped);
    a.setNote(QStringLiteral("step"), QStringLiteral("basics"), QStringLiteral("ünïcode ✔ \"quoted\"\nline 2"));
    a.setBookmarked(QStringLiteral("sample"), QStringLiteral("hello"), true);
    a.setBookmarked(QStringLiteral("row"), QStringLiteral("orm"), true);
    a.setBookmarked(QStringLiteral("row"), QStringLiteral("orm"), false);
    a.setHidden(QStringLiteral("api"), true);
    a.addTimeSpent(QStringLiteral("lesson"), QStringLiteral("basics-values"), 754, QDate(2026, 3, 2));
    a.recordQuizAttempt(QStringLiteral("basics"), {{QStringLiteral("basics-q1"), true}, {QStringLiteral("basics-q2"), false}});
    a.addWizardResult(QStringLiteral("{\"goal\":\"job\"}"), QStringLiteral("{\"recommendation\":\"django\"}"));
    a.setLearnerPath({QStringLiteral("basics"), QStringLiteral("django-intro")}, QStringLiteral("wizard"));
    QSqlQuery q(a.database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO wizard_answers VALUES(1, 'goal', '\"job\"', '2026-03-01T10:00:00.000Z')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO reading_position VALUES(1, 'basics-values', 0.5, '2026-03-01T10:00:00.000Z')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO exercise_files VALUES(1, 'ex1', 'app.py', 'print(1)', '2026-03-01T10:00:00.000Z')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO exercise_attempts(profile, exercise, passed, checks_passed, checks_total,"
                                  " attempted_at) VALUES(1, 'ex1', 0, 2, 5, '2026-03-01T10:00:00.000Z')")));

    const QString file = m_dir.filePath(QStringLiteral("export.json"));
    ProgressTransfer out(a);
    QVERIFY2(out.exportToFile(file), qPrintable(out.errorString()));

    LearnerStore b;
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("b.db"))));
    QSignalSpy reloaded(&b, &LearnerStore::reloaded);
    const ImportSummary s = ProgressTransfer(b).importFile(file);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(s.profileName, QStringLiteral("Default"));
    QVERIFY(s.changes() >= 14);
    QVERIFY(s.toText().contains(QStringLiteral("progress: 3 added")));

    // Exporting the imported copy gives the same file, apart from when it was made.
    QJsonObject first = QJsonDocument::fromJson(out.exportJson()).object();
    QJsonObject second = QJsonDocument::fromJson(ProgressTransfer(b).exportJson()).object();
    first.remove(QStringLiteral("exported_at"));
    second.remove(QStringLiteral("exported_at"));
    first.remove(QStringLiteral("profile"));
    second.remove(QStringLiteral("profile"));
    QCOMPARE(second, first);
    QCOMPARE(b.note(QStringLiteral("step"), QStringLiteral("basics")), QStringLiteral("ünïcode ✔ \"quoted\"\nline 2"));
    QCOMPARE(b.status(QStringLiteral("step"), QStringLiteral("no-longer-in-content")), ItemStatus::Skipped);
    QCOMPARE(b.learnerPath(), a.learnerPath());
    QCOMPARE(b.quizAttempts().size(), 1);
    QCOMPARE(b.quizAttempts().first().correct, 1);
}

void TestProgressTransfer::mergeRules_data()
{
    // local: SQL run on the receiving profile (1) first; incoming: the file's sections;
    // section/expected: that section of an export afterwards; then the summary's counts.
    QTest::addColumn<QStringList>("local");
    QTest::addColumn<QByteArray>("incoming");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("unchanged");

    const QString t1 = QStringLiteral("2026-03-01T10:00:00.000Z");
    const QString t2 = QStringLiteral("2026-03-02T10:00:00.000Z");
    const auto progress = [](const char *status, const QString &t) {
        return QStringLiteral("INSERT INTO progress VALUES(1, 'step', 's', '%1', '%2', '%2')")
            .arg(QLatin1String(status), t);
    };
    QTest::newRow("progress: new item is added")
        << QStringList{} << QByteArray(R"("progress": [{"kind": "step", "item": "s", "status": "done", "updated_at": "2026-03-01T10:00:00Z", "started_at": null}])")
        << "progress" << QByteArray(R"([{"kind": "step", "item": "s", "status": "done", "updated_at": "2026-03-01T10:00:00.000Z", "started_at": null}])")
        << 1 << 0 << 0 << 0;
    QTest::newRow("progress: newer file wins")
        << QStringList{progress("in_progress", t1)}
        << QByteArray(R"("progress": [{"kind": "step", "item": "s", "status": "done", "updated_at": "2026-03-02T10:00:00.000Z", "started_at": "2026-03-02T09:00:00.000Z"}])")
        << "progress" << QByteArray(R"([{"kind": "step", "item": "s", "status": "done", "updated_at": "2026-03-02T10:00:00.000Z", "started_at": "2026-03-01T10:00:00.000Z"}])")
        << 0 << 1 << 0 << 0;
    QTest::newRow("progress: newer here is kept")
        << QStringList{progress("in_progress", t2)}
        << QByteArray(R"("progress": [{"kind": "step", "item": "s", "status": "done", "updated_at": "2026-03-01T10:00:00.000Z"}])")
        << "progress" << QByteArray(R"([{"kind": "step", "item": "s", "status": "in_progress", "updated_at": "2026-03-02T10:00:00.000Z", "started_at": "2026-03-02T10:00:00.000Z"}])")
        << 0 << 0 << 0 << 1;
    QTest::newRow("progress: a tie keeps what is here")
        << QStringList{progress("skipped", t1)}
        << QByteArray(R"("progress": [{"kind": "step", "item": "s", "status": "done", "updated_at": "2026-03-01T11:00:00+01:00"}])")
        << "progress" << QByteArray(R"([{"kind": "step", "item": "s", "status": "skipped", "updated_at": "2026-03-01T10:00:00.000Z", "started_at": "2026-03-01T10:00:00.000Z"}])")
        << 0 << 0 << 0 << 1;
    QTest::newRow("notes: newer file wins")
        << QStringList{QStringLiteral("INSERT INTO notes VALUES(1, 'step', 's', 'old', '%1')").arg(t1)}
        << QByteArray(R"("notes": [{"kind": "step", "item": "s", "body": "new", "updated_at": "2026-03-02T10:00:00.000Z"}])")
        << "notes" << QByteArray(R"([{"kind": "step", "item": "s", "body": "new", "updated_at": "2026-03-02T10:00:00.000Z"}])")
        << 0 << 1 << 0 << 0;
    QTest::newRow("notes: newer here is kept")
        << QStringList{QStringLiteral("INSERT INTO notes VALUES(1, 'step', 's', 'mine', '%1')").arg(t2)}
        << QByteArray(R"("notes": [{"kind": "step", "item": "s", "body": "theirs", "updated_at": "2026-03-01T10:00:00.000Z"}])")
        << "notes" << QByteArray(R"([{"kind": "step", "item": "s", "body": "mine", "updated_at": "2026-03-02T10:00:00.000Z"}])")
        << 0 << 0 << 0 << 1;
    QTest::newRow("bookmarks: new one is added")
        << QStringList{}
        << QByteArray(R"("bookmarks": [{"kind": "row", "item": "orm", "created_at": "2026-03-01T10:00:00.000Z"}])")
        << "bookmarks" << QByteArray(R"([{"kind": "row", "item": "orm", "created_at": "2026-03-01T10:00:00.000Z"}])")
        << 1 << 0 << 0 << 0;
    QTest::newRow("bookmarks: removed here later stays removed")
        << QStringList{QStringLiteral("INSERT INTO bookmark_removals VALUES(1, 'row', 'orm', '%1')").arg(t2)}
        << QByteArray(R"("bookmarks": [{"kind": "row", "item": "orm", "created_at": "2026-03-01T10:00:00.000Z"}])")
        << "bookmarks" << QByteArray("[]") << 0 << 0 << 0 << 1;
    QTest::newRow("bookmarks: made again in the file after removal here")
        << QStringList{QStringLiteral("INSERT INTO bookmark_removals VALUES(1, 'row', 'orm', '%1')").arg(t1)}
        << QByteArray(R"("bookmarks": [{"kind": "row", "item": "orm", "created_at": "2026-03-02T10:00:00.000Z"}])")
        << "bookmarks" << QByteArray(R"([{"kind": "row", "item": "orm", "created_at": "2026-03-02T10:00:00.000Z"}])")
        << 1 << 0 << 0 << 0;
    QTest::newRow("bookmarks: removed in the file later")
        << QStringList{QStringLiteral("INSERT INTO bookmarks VALUES(1, 'row', 'orm', '%1')").arg(t1)}
        << QByteArray(R"("removed_bookmarks": [{"kind": "row", "item": "orm", "removed_at": "2026-03-02T10:00:00.000Z"}])")
        << "bookmarks" << QByteArray("[]") << 0 << 0 << 1 << 0;
    QTest::newRow("bookmarks: made here after the file removed it")
        << QStringList{QStringLiteral("INSERT INTO bookmarks VALUES(1, 'row', 'orm', '%1')").arg(t2)}
        << QByteArray(R"("removed_bookmarks": [{"kind": "row", "item": "orm", "removed_at": "2026-03-01T10:00:00.000Z"}])")
        << "bookmarks" << QByteArray(R"([{"kind": "row", "item": "orm", "created_at": "2026-03-02T10:00:00.000Z"}])")
        << 0 << 0 << 0 << 1;
    QTest::newRow("hidden: newer unhide wins")
        << QStringList{QStringLiteral("INSERT INTO hidden_steps VALUES(1, 'api', 1, '%1')").arg(t1)}
        << QByteArray(R"("hidden_steps": [{"step": "api", "hidden": false, "updated_at": "2026-03-02T10:00:00.000Z"}])")
        << "hidden_steps" << QByteArray(R"([{"step": "api", "hidden": false, "updated_at": "2026-03-02T10:00:00.000Z"}])")
        << 0 << 1 << 0 << 0;
    QTest::newRow("quiz history: united without duplicates")
        << QStringList{QStringLiteral("INSERT INTO quiz_attempts(profile, question, step, correct, answered_at, attempt)"
                                      " VALUES(1, 'q1', 's', 1, '%1', 'a')").arg(t1)}
        << QByteArray(R"("quiz_attempts": [{"step": "s", "question": "q1", "correct": true, "answered_at": "2026-03-01T10:00:00.000Z", "attempt": "a"},
                                           {"step": "s", "question": "q1", "correct": false, "answered_at": "2026-03-02T10:00:00.000Z", "attempt": "b"}])")
        << "quiz_attempts" << QByteArray(R"([{"step": "s", "question": "q1", "correct": true, "answered_at": "2026-03-01T10:00:00.000Z", "attempt": "a"},
                                             {"step": "s", "question": "q1", "correct": false, "answered_at": "2026-03-02T10:00:00.000Z", "attempt": "b"}])")
        << 1 << 0 << 0 << 1;
    QTest::newRow("wizard results: united")
        << QStringList{QStringLiteral("INSERT INTO wizard_results(profile, created_at, answers, result) VALUES(1, '%1', '{}', 'x')").arg(t1)}
        << QByteArray(R"("wizard_results": [{"created_at": "2026-03-02T10:00:00.000Z", "answers": "{}", "result": "y"}])")
        << "wizard_results" << QByteArray(R"([{"created_at": "2026-03-01T10:00:00.000Z", "answers": "{}", "result": "x"},
                                              {"created_at": "2026-03-02T10:00:00.000Z", "answers": "{}", "result": "y"}])")
        << 1 << 0 << 0 << 0;
    QTest::newRow("activity: the larger count wins")
        << QStringList{QStringLiteral("INSERT INTO activity VALUES(1, '2026-03-01', 'lesson', 'l', 100)"),
                       QStringLiteral("INSERT INTO activity VALUES(1, '2026-03-02', 'lesson', 'l', 500)")}
        << QByteArray(R"("activity": [{"day": "2026-03-01", "kind": "lesson", "item": "l", "seconds": 300},
                                      {"day": "2026-03-02", "kind": "lesson", "item": "l", "seconds": 200},
                                      {"day": "2026-03-03", "kind": "lesson", "item": "l", "seconds": 60}])")
        << "activity" << QByteArray(R"([{"day": "2026-03-01", "kind": "lesson", "item": "l", "seconds": 300},
                                        {"day": "2026-03-02", "kind": "lesson", "item": "l", "seconds": 500},
                                        {"day": "2026-03-03", "kind": "lesson", "item": "l", "seconds": 60}])")
        << 1 << 1 << 0 << 1;
    QTest::newRow("path: newer path wins as a whole")
        << QStringList{QStringLiteral("INSERT INTO learner_path VALUES(1, 0, 'a', 'default', '%1')").arg(t1),
                       QStringLiteral("INSERT INTO learner_path VALUES(1, 1, 'b', 'default', '%1')").arg(t1)}
        << QByteArray(R"("learner_path": {"source": "wizard", "updated_at": "2026-03-02T10:00:00.000Z", "steps": ["a", "c"]})")
        << "learner_path" << QByteArray(R"({"source": "wizard", "updated_at": "2026-03-02T10:00:00.000Z", "steps": ["a", "c"]})")
        << 0 << 1 << 0 << 0;
    QTest::newRow("path: older path is ignored")
        << QStringList{QStringLiteral("INSERT INTO learner_path VALUES(1, 0, 'a', 'wizard', '%1')").arg(t2)}
        << QByteArray(R"("learner_path": {"source": "default", "updated_at": "2026-03-01T10:00:00.000Z", "steps": ["x"]})")
        << "learner_path" << QByteArray(R"({"source": "wizard", "updated_at": "2026-03-02T10:00:00.000Z", "steps": ["a"]})")
        << 0 << 0 << 0 << 1;
    QTest::newRow("reading position: newer wins")
        << QStringList{QStringLiteral("INSERT INTO reading_position VALUES(1, 'l', 0.25, '%1')").arg(t1)}
        << QByteArray(R"("reading_positions": [{"lesson": "l", "position": 0.75, "updated_at": "2026-03-02T10:00:00.000Z"}])")
        << "reading_positions" << QByteArray(R"([{"lesson": "l", "position": 0.75, "updated_at": "2026-03-02T10:00:00.000Z"}])")
        << 0 << 1 << 0 << 0;
    QTest::newRow("unknown content ids are imported, never dropped")
        << QStringList{}
        << QByteArray(R"("notes": [{"kind": "step", "item": "step-from-a-future-pack", "body": "keep", "updated_at": "2026-03-01T10:00:00.000Z"}])")
        << "notes" << QByteArray(R"([{"kind": "step", "item": "step-from-a-future-pack", "body": "keep", "updated_at": "2026-03-01T10:00:00.000Z"}])")
        << 1 << 0 << 0 << 0;
}

void TestProgressTransfer::mergeRules()
{
    QFETCH(QStringList, local);
    QFETCH(QByteArray, incoming);
    QFETCH(QString, section);
    QFETCH(QByteArray, expected);
    QFETCH(int, added);
    QFETCH(int, updated);
    QFETCH(int, removed);
    QFETCH(int, unchanged);

    QTemporaryDir dir;
    LearnerStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("merge.db"))));
    QSqlQuery q(store.database());
    for (const QString &sql : std::as_const(local))
        QVERIFY2(q.exec(sql), qPrintable(sql));
    const ImportSummary s = ProgressTransfer(store).importJson(wrap(incoming), QStringLiteral("in.json"));
    QVERIFY2(s.ok, qPrintable(s.error));
    int a = 0, u = 0, r = 0, k = 0;
    for (const SectionSummary &x : s.sections) {
        a += x.added;
        u += x.updated;
        r += x.removed;
        k += x.unchanged;
    }
    QCOMPARE(a, added);
    QCOMPARE(u, updated);
    QCOMPARE(r, removed);
    QCOMPARE(k, unchanged);
    const QJsonObject after = QJsonDocument::fromJson(ProgressTransfer(store).exportJson()).object();
    const QJsonDocument want = QJsonDocument::fromJson(expected);
    QVERIFY2(!want.isNull(), expected.constData());
    const QJsonValue got = after.value(section);
    const QJsonValue wanted = want.isArray() ? QJsonValue(want.array()) : QJsonValue(want.object());
    QVERIFY2(got == wanted, QJsonDocument(got.isArray() ? QJsonDocument(got.toArray()) : QJsonDocument(got.toObject()))
                                .toJson(QJsonDocument::Compact)
                                .constData());
}

void TestProgressTransfer::importTwiceChangesNothing()
{
    LearnerStore a;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("twice-a.db"))));
    a.setStatus(QStringLiteral("step"), QStringLiteral("basics"), ItemStatus::Done);
    a.addTimeSpent(QStringLiteral("step"), QStringLiteral("basics"), 300);
    a.recordQuizAttempt(QStringLiteral("basics"), {{QStringLiteral("q"), true}});
    a.setBookmarked(QStringLiteral("row"), QStringLiteral("r"), true);
    a.addWizardResult(QStringLiteral("{}"), QStringLiteral("{}"));
    const QByteArray json = ProgressTransfer(a).exportJson();
    LearnerStore b;
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("twice-b.db"))));
    QVERIFY(ProgressTransfer(b).importJson(json, QStringLiteral("x.json")).changes() > 0);
    const QString before = dump(b);
    const ImportSummary again = ProgressTransfer(b).importJson(json, QStringLiteral("x.json"));
    QVERIFY(again.ok);
    QCOMPARE(again.changes(), 0);
    QVERIFY(again.toText().contains(QStringLiteral("nothing changed")));
    QCOMPARE(dump(b), before);
    // Importing a profile's own export into itself changes nothing either.
    QCOMPARE(ProgressTransfer(a).importJson(json, QStringLiteral("x.json")).changes(), 0);
}

void TestProgressTransfer::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // must appear in the error, after the file name

    QTest::newRow("empty file") << QByteArray() << ":1:1: not valid JSON";
    QTest::newRow("malformed") << QByteArray("{\n  \"format\": \"crossroads-learner-export\",\n  \"version\": 1,\n  \"notes\": [}\n")
                               << ":4:13: not valid JSON";
    QTest::newRow("truncated") << wrap(R"("notes": [{"kind": "step")").left(60) << "not valid JSON";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << ":1:1: not a Crossroads progress export";
    QTest::newRow("foreign file") << QByteArray("{\"name\": \"my-package\", \"version\": \"1.0.0\"}")
                                  << "not a Crossroads progress export";
    QTest::newRow("wrong format") << QByteArray("{\"format\": \"anki\", \"version\": 1}") << ":1:12: /format: not a Crossroads";
    QTest::newRow("newer version") << QByteArray("{\"format\": \"crossroads-learner-export\", \"version\": 7}")
                                   << "/version: format version 7 was written by a newer Crossroads";
    QTest::newRow("version zero") << QByteArray("{\"format\": \"crossroads-learner-export\", \"version\": 0}")
                                  << "/version: format version 0 does not exist";
    QTest::newRow("version as text") << QByteArray("{\"format\": \"crossroads-learner-export\", \"version\": \"1\"}")
                                     << "/version: missing or invalid";
    QTest::newRow("section not an array") << wrap(R"("notes": {"kind": "step"})") << "/notes: expected an array";
    QTest::newRow("row not an object") << wrap(R"("notes": ["hello"])") << "/notes/0: expected an object";
    QTest::newRow("missing field") << wrap(R"("notes": [{"kind": "step", "item": "s", "updated_at": "2026-03-01T10:00:00Z"}])")
                                   << "/notes/0: missing \"body\"";
    QTest::newRow("bad status") << wrap(R"("progress": [{"kind": "step", "item": "s", "status": "finished", "updated_at": "2026-03-01T10:00:00Z"}])")
                                << "/progress/0/status: expected one of";
    QTest::newRow("bad time") << wrap(R"("notes": [{"kind": "step", "item": "s", "body": "", "updated_at": "yesterday"}])")
                              << "/notes/0/updated_at: expected a date and time";
    QTest::newRow("time without zone") << wrap(R"("notes": [{"kind": "step", "item": "s", "body": "", "updated_at": "2026-03-01T10:00:00"}])")
                                       << "/notes/0/updated_at: expected a date and time";
    QTest::newRow("number as string") << wrap(R"("activity": [{"day": "2026-03-01", "kind": "step", "item": "s", "seconds": "60"}])")
                                      << "/activity/0/seconds: expected a whole number";
    QTest::newRow("negative seconds") << wrap(R"("activity": [{"day": "2026-03-01", "kind": "step", "item": "s", "seconds": -5}])")
                                      << "/activity/0/seconds: expected a whole number";
    QTest::newRow("bad day") << wrap(R"("activity": [{"day": "2026-02-30", "kind": "step", "item": "s", "seconds": 5}])")
                             << "/activity/0/day: expected a day";
    QTest::newRow("bool as number") << wrap(R"("hidden_steps": [{"step": "s", "hidden": 1, "updated_at": "2026-03-01T10:00:00Z"}])")
                                    << "/hidden_steps/0/hidden: expected true or false";
    QTest::newRow("empty id") << wrap(R"("bookmarks": [{"kind": "", "item": "s", "created_at": "2026-03-01T10:00:00Z"}])")
                              << "/bookmarks/0/kind: expected a non-empty string";
    QTest::newRow("path steps not strings") << wrap(R"("learner_path": {"source": "wizard", "updated_at": "2026-03-01T10:00:00Z", "steps": [1]})")
                                            << "/learner_path/steps/0: expected a step id";
    // One bad row among good ones: the good ones are not imported either.
    QTest::newRow("good rows and one bad")
        << wrap(R"("notes": [{"kind": "step", "item": "ok", "body": "fine", "updated_at": "2026-03-01T10:00:00Z"}],
                   "progress": [{"kind": "step", "item": "ok", "status": "done", "updated_at": "2026-03-01T10:00:00Z"},
                                {"kind": "step", "item": "bad", "status": "done", "updated_at": 5}])")
        << "/progress/1/updated_at: expected a date and time";
}

void TestProgressTransfer::refusesBadFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QTemporaryDir dir;
    LearnerStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("refuse.db"))));
    store.setNote(QStringLiteral("step"), QStringLiteral("ok"), QStringLiteral("mine"));
    const QString before = dump(store);
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    QSignalSpy reloaded(&store, &LearnerStore::reloaded);
    const ImportSummary s = ProgressTransfer(store).importFile(file, QStringLiteral("New person"));
    QVERIFY(!s.ok);
    QVERIFY2(s.error.startsWith(file), qPrintable(s.error));
    QVERIFY2(s.error.contains(message), qPrintable(s.error));
    QVERIFY(s.error.contains(QStringLiteral("nothing changed")));
    QCOMPARE(dump(store), before); // not even the new profile was created
    QCOMPARE(reloaded.count(), 0);
}

void TestProgressTransfer::importIntoNewProfile()
{
    LearnerStore a;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("newprofile-a.db"))));
    a.setStatus(QStringLiteral("step"), QStringLiteral("basics"), ItemStatus::Done);
    const QByteArray json = ProgressTransfer(a).exportJson();
    LearnerStore b;
    QVERIFY(b.open(m_dir.filePath(QStringLiteral("newprofile-b.db"))));
    b.setStatus(QStringLiteral("step"), QStringLiteral("web"), ItemStatus::Skipped);
    QSignalSpy profiles(&b, &LearnerStore::profilesChanged);
    const ImportSummary s = ProgressTransfer(b).importJson(json, QStringLiteral("laptop.json"), QStringLiteral("Laptop"));
    QVERIFY2(s.ok, qPrintable(s.error));
    QVERIFY(s.profileCreated);
    QCOMPARE(profiles.count(), 1);
    QVERIFY(s.toText().contains(QStringLiteral("\"Laptop\" (new profile)")));
    // The current profile is untouched; the new one holds the file's data.
    QCOMPARE(b.status(QStringLiteral("step"), QStringLiteral("basics")), ItemStatus::NotStarted);
    QVERIFY(b.switchProfile(b.profileId(QStringLiteral("laptop"))));
    QCOMPARE(b.status(QStringLiteral("step"), QStringLiteral("basics")), ItemStatus::Done);
    QCOMPARE(b.status(QStringLiteral("step"), QStringLiteral("web")), ItemStatus::NotStarted);
}

void TestProgressTransfer::exportIsAtomicAndVersioned()
{
    LearnerStore a;
    QVERIFY(a.open(m_dir.filePath(QStringLiteral("atomic.db"))));
    const QJsonObject doc = QJsonDocument::fromJson(ProgressTransfer(a).exportJson()).object();
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("crossroads-learner-export"));
    QCOMPARE(doc.value(QStringLiteral("version")).toInt(), ProgressTransfer::FormatVersion);
    QCOMPARE(doc.value(QStringLiteral("profile")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Default"));
    for (const char *name : {"progress", "notes", "bookmarks", "removed_bookmarks", "hidden_steps", "quiz_attempts",
                             "wizard_results", "wizard_answers", "activity", "reading_positions", "exercise_files",
                             "exercise_attempts"})
        QVERIFY2(doc.value(QLatin1String(name)).isArray(), name);
    QVERIFY(doc.value(QStringLiteral("learner_path")).isNull());
    // A folder that cannot be written to fails with the path in the message and leaves no file.
    ProgressTransfer t(a);
    QVERIFY(!t.exportToFile(m_dir.filePath(QStringLiteral("missing/folder/x.json"))));
    QVERIFY(t.errorString().contains(QStringLiteral("missing/folder/x.json")));
}

QTEST_GUILESS_MAIN(TestProgressTransfer)
#include "tst_progresstransfer.moc"
