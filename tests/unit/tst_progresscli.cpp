// SPDX-License-Identifier: MIT
#include "learner/learnerstore.h"
#include "testconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace crossroads;

// `crossroads progress show|export|import`, driven as a learner or a script would.
class TestProgressCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showText();
    void showJson();
    void exportThenImportElsewhere();
    void importRefusesBadFile();
    void unknownProfileAndBadUsage();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &args) const;

    QTemporaryDir m_dir;
    QString m_db;
};

TestProgressCli::Result TestProgressCli::run(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("CROSSROADS_CONTENT_DB"), QStringLiteral(CROSSROADS_CONTENT_DB_PATH));
    // Never the learner's real data: the default location points into the test's folder.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CROSSROADS_EXECUTABLE), args);
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestProgressCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = m_dir.filePath(QStringLiteral("learner.db"));
    LearnerStore store;
    QVERIFY(store.open(m_db));
    store.setStatus(QStringLiteral("step"), QStringLiteral("python-basics"), ItemStatus::Done);
    store.setStatus(QStringLiteral("step"), QStringLiteral("python-oop"), ItemStatus::InProgress);
    store.setStatus(QStringLiteral("step"), QStringLiteral("flask-fundamentals"), ItemStatus::Skipped);
    store.addTimeSpent(QStringLiteral("step"), QStringLiteral("python-basics"), 5400);
    store.setNote(QStringLiteral("step"), QStringLiteral("python-basics"), QStringLiteral("lists are mutable"));
    const int ana = store.createProfile(QStringLiteral("Ana"));
    QVERIFY(store.switchProfile(ana));
    store.setStatus(QStringLiteral("step"), QStringLiteral("django-fundamentals"), ItemStatus::Done);
    QVERIFY(store.switchProfile(1));
}

void TestProgressCli::showText()
{
    const Result r = run({QStringLiteral("progress"), QStringLiteral("show"), QStringLiteral("--db"), m_db});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(QStringLiteral("Profile: Default\n")));
    const QStringList lines = r.out.split(u'\n');
    const auto line = [&](const QString &start) {
        for (const QString &l : lines)
            if (l.startsWith(start))
                return l.simplified();
        return QString();
    };
    // Track, steps, done, in progress, skipped, hours.
    QCOMPARE(line(QStringLiteral("Python foundations")), QStringLiteral("Python foundations 5 1 1 0 1.5"));
    QCOMPARE(line(QStringLiteral("Flask")), QStringLiteral("Flask 2 0 0 1 0.0"));
    QVERIFY(line(QStringLiteral("Total")).startsWith(QStringLiteral("Total")));
    QVERIFY(r.out.contains(QStringLiteral("Continue with: python-oop")));
}

void TestProgressCli::showJson()
{
    const Result r = run({QStringLiteral("progress"), QStringLiteral("show"), QStringLiteral("--json"),
                          QStringLiteral("--profile"), QStringLiteral("ana"), QStringLiteral("--db"), m_db});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(doc.value(QStringLiteral("profile")).toString(), QStringLiteral("Ana"));
    bool found = false;
    for (const QJsonValue &t : doc.value(QStringLiteral("tracks")).toArray()) {
        const QJsonObject o = t.toObject();
        if (o.value(QStringLiteral("id")).toString() == QStringLiteral("django")) {
            found = true;
            QCOMPARE(o.value(QStringLiteral("done")).toInt(), 1);
            QCOMPARE(o.value(QStringLiteral("in_progress")).toInt(), 0);
            QVERIFY(o.value(QStringLiteral("planned_hours")).toDouble() > 0);
        }
    }
    QVERIFY(found);
    // --profile is for this run only: the GUI's current profile is still Default.
    LearnerStore store;
    QVERIFY(store.open(m_db));
    QCOMPARE(store.currentProfileName(), QStringLiteral("Default"));
}

void TestProgressCli::exportThenImportElsewhere()
{
    const QString file = m_dir.filePath(QStringLiteral("export.json"));
    Result r = run({QStringLiteral("progress"), QStringLiteral("export"), file, QStringLiteral("--db"), m_db});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("exported profile \"Default\"")));
    QVERIFY(QFile::exists(file));

    // A new machine: the database does not exist yet and is created by the import.
    const QString other = m_dir.filePath(QStringLiteral("other/learner.db"));
    r = run({QStringLiteral("progress"), QStringLiteral("import"), file, QStringLiteral("--db"), other,
             QStringLiteral("--profile"), QStringLiteral("Laptop")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("into profile \"Laptop\" (new profile)")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("progress: 3 added")));
    QVERIFY(r.out.contains(QStringLiteral("notes: 1 added")));
    r = run({QStringLiteral("progress"), QStringLiteral("import"), file, QStringLiteral("--db"), other,
             QStringLiteral("--profile"), QStringLiteral("Laptop")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("nothing changed")), qPrintable(r.out));
    LearnerStore store;
    QVERIFY(store.open(other));
    QVERIFY(store.switchProfile(store.profileId(QStringLiteral("Laptop"))));
    QCOMPARE(store.note(QStringLiteral("step"), QStringLiteral("python-basics")), QStringLiteral("lists are mutable"));
    QCOMPARE(store.timeSpent(QStringLiteral("step"), QStringLiteral("python-basics")), 5400);
}

void TestProgressCli::importRefusesBadFile()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"format\": \"crossroads-learner-export\",\n  \"version\": 1,\n  \"progress\": [\n"
            "    {\"kind\": \"step\", \"item\": \"x\", \"status\": \"finished\", \"updated_at\": \"2026-03-01T10:00:00Z\"}\n"
            "  ]\n}\n");
    f.close();
    const Result r = run({QStringLiteral("progress"), QStringLiteral("import"), bad, QStringLiteral("--db"), m_db});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(bad + QStringLiteral(":5:45: /progress/0/status: expected one of")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("nothing changed")));
    QVERIFY(r.out.isEmpty());
    LearnerStore store;
    QVERIFY(store.open(m_db));
    QCOMPARE(store.status(QStringLiteral("step"), QStringLiteral("x")), ItemStatus::NotStarted);
}

void TestProgressCli::unknownProfileAndBadUsage()
{
    Result r = run({QStringLiteral("progress"), QStringLiteral("show"), QStringLiteral("--profile"),
                    QStringLiteral("Nobody"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no profile named \"Nobody\" (profiles: Default, Ana)")), qPrintable(r.err));
    r = run({QStringLiteral("progress"), QStringLiteral("show"), QStringLiteral("--db"),
             m_dir.filePath(QStringLiteral("missing.db"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("no learner database here yet")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));
    r = run({QStringLiteral("progress"), QStringLiteral("export")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("progress export FILE.json")));
    r = run({QStringLiteral("--help")});
    QVERIFY(r.out.contains(QStringLiteral("progress import FILE.json")));
}

QTEST_GUILESS_MAIN(TestProgressCli)
#include "tst_progresscli.moc"
