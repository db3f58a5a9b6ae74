// SPDX-License-Identifier: MIT
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Kills a process that is writing to the learner database with SIGKILL at random moments, many
// times, and checks after each kill that the file is intact and holds every write the process
// reported as committed. CROSSROADS_CRASH_KILLS sets the number of kills (the stress target
// uses 2000); CROSSROADS_CRASH_SEED replays a run.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void survivesSigkill();
    void noticesAWriterThatLies();

private:
    struct Expectation
    {
        QHash<QString, int> notes;        // item -> body length
        QHash<QString, QString> statuses; // lesson -> status
        QHash<QString, int> seconds;      // lesson -> at least this many
        QString liveRun;
        int liveIndex = -1;
    };
    static void parse(const QByteArray &output, Expectation &e, int *lines);
    static QString verify(const QString &path, const Expectation &e);
    struct Result
    {
        int kills = 0;
        int killedWithCommits = 0;
        int writes = 0;
        QString problem; // the first one found; the run stops there
    };
    Result killRepeatedly(int kills, quint32 seed, const QStringList &extraArgs);

    QString m_writer;
};

void TestCrashSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_writer = QCoreApplication::applicationDirPath() + QStringLiteral("/crossroads_crashwriter");
    QVERIFY2(QFileInfo(m_writer).isExecutable(), qPrintable(m_writer));
}

void TestCrashSafety::parse(const QByteArray &output, Expectation &e, int *lines)
{
    // A line without its newline was cut by the kill: nothing about it is promised.
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return;
    for (const QByteArray &raw : output.left(end).split('\n')) {
        const QStringList f = QString::fromUtf8(raw).split(u' ');
        if (f.size() != 3)
            continue;
        ++*lines;
        if (f.at(0) == QStringLiteral("N"))
            e.notes.insert(f.at(1), f.at(2).toInt());
        else if (f.at(0) == QStringLiteral("S"))
            e.statuses.insert(f.at(1), f.at(2));
        else if (f.at(0) == QStringLiteral("T"))
            e.seconds.insert(f.at(1), f.at(2).toInt());
        else if (f.at(0) == QStringLiteral("V")) {
            e.liveRun = f.at(1);
            e.liveIndex = f.at(2).toInt();
        }
    }
}

QString TestCrashSafety::verify(const QString &path, const Expectation &e)
{
    const QString name = QStringLiteral("crash-check");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open after the kill");
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
            q.value(0).toString() != QStringLiteral("ok"))
            problem = QStringLiteral("integrity_check: ") + q.value(0).toString();
        const bool hasTables = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'notes'")) &&
                               q.next() && q.value(0).toInt() == 1;
        if (problem.isEmpty() && !hasTables && !(e.notes.isEmpty() && e.statuses.isEmpty() && e.seconds.isEmpty()))
            problem = QStringLiteral("writes were reported but the schema is missing");
        for (auto it = e.notes.cbegin(); problem.isEmpty() && hasTables && it != e.notes.cend(); ++it) {
            q.prepare(QStringLiteral("SELECT length(body), substr(body, 1, 40) FROM notes WHERE item = ?"));
            q.addBindValue(it.key());
            if (!q.exec() || !q.next())
                problem = QStringLiteral("committed note %1 is missing").arg(it.key());
            else if (q.value(0).toInt() != it.value() || !q.value(1).toString().startsWith(it.key().mid(2)))
                problem = QStringLiteral("committed note %1 is wrong").arg(it.key());
        }
        for (auto it = e.statuses.cbegin(); problem.isEmpty() && hasTables && it != e.statuses.cend(); ++it) {
            q.prepare(QStringLiteral("SELECT status FROM progress WHERE kind = 'lesson' AND item = ?"));
            q.addBindValue(it.key());
            if (!q.exec() || !q.next() || q.value(0).toString() != it.value())
                problem = QStringLiteral("committed status of %1 is missing or wrong").arg(it.key());
        }
        for (auto it = e.seconds.cbegin(); problem.isEmpty() && hasTables && it != e.seconds.cend(); ++it) {
            q.prepare(QStringLiteral("SELECT coalesce(sum(seconds), 0) FROM activity WHERE item = ?"));
            q.addBindValue(it.key());
            // The write after the last report may have committed too, so one more is fine.
            if (!q.exec() || !q.next() || q.value(0).toInt() < it.value() || q.value(0).toInt() > it.value() + 1)
                problem = QStringLiteral("time for %1 is %2, reported %3")
                              .arg(it.key(), q.value(0).toString())
                              .arg(it.value());
        }
        if (problem.isEmpty() && e.liveIndex >= 0) {
            q.exec(QStringLiteral("SELECT body FROM notes WHERE item = 'live'"));
            const QString live = q.next() ? q.value(0).toString() : QString();
            // A later run may have committed its own version just before being killed.
            const QStringList parts = live.mid(1).split(u'-');
            const int liveRun = parts.value(0).toInt();
            const int index = parts.value(1).toInt();
            const int wantedRun = e.liveRun.toInt();
            if (!live.startsWith(u'v') || parts.size() != 2 || liveRun < wantedRun ||
                (liveRun == wantedRun && index < e.liveIndex))
                problem = QStringLiteral("the live note reads \"%1\", but v%2-%3 was committed")
                              .arg(live, e.liveRun)
                              .arg(e.liveIndex);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

TestCrashSafety::Result TestCrashSafety::killRepeatedly(int kills, quint32 seed, const QStringList &extraArgs)
{
    Result r;
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    Expectation expected;
    QString db;
    for (int run = 0; run < kills; ++run) {
        // A fresh file now and then, so kills also land in the middle of the migrations.
        if (run % 25 == 0) {
            db = dir.filePath(QStringLiteral("learner-%1.db").arg(run));
            expected = Expectation();
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(m_writer, QStringList{db, QString::number(run)} + extraArgs);
        if (!child.waitForStarted(10000)) {
            r.problem = child.errorString();
            return r;
        }
        // One kill in five lands anywhere from exec through loading and migrating to the first
        // writes; the others land at a random moment once the writer is committing.
        const bool early = random.bounded(5) == 0;
        QByteArray output;
        QElapsedTimer t;
        t.start();
        if (!early) {
            while (!output.contains('\n') && t.elapsed() < 20000 && child.state() == QProcess::Running) {
                child.waitForReadyRead(20);
                output += child.readAllStandardOutput();
            }
            t.restart();
        }
        const int delay = int(random.bounded(quint32(early ? 300 : 80)));
        while (t.elapsed() < delay && child.state() == QProcess::Running) {
            child.waitForReadyRead(qMax(1, int(delay - t.elapsed())));
            output += child.readAllStandardOutput();
        }
        if (child.state() != QProcess::Running) {
            r.problem = QStringLiteral("the writer stopped by itself: ") + QString::fromUtf8(child.readAllStandardError());
            return r;
        }
        child.kill(); // SIGKILL: no handler, no flush, no destructor runs
        child.waitForFinished(10000);
        if (child.exitStatus() != QProcess::CrashExit) {
            r.problem = QStringLiteral("the writer was not killed");
            return r;
        }
        output += child.readAllStandardOutput();
        ++r.kills;
        const int before = r.writes;
        parse(output, expected, &r.writes);
        r.killedWithCommits += r.writes > before ? 1 : 0;
        const QString problem = verify(db, expected);
        if (!problem.isEmpty()) {
            r.problem = QStringLiteral("after kill %1 (seed %2, %3 ms): %4").arg(run).arg(seed).arg(delay).arg(problem);
            return r;
        }
    }
    return r;
}

void TestCrashSafety::survivesSigkill()
{
    const int kills = qEnvironmentVariableIsSet("CROSSROADS_CRASH_KILLS")
                          ? qMax(1, qEnvironmentVariableIntValue("CROSSROADS_CRASH_KILLS"))
                          : 200;
    const quint32 seed = qEnvironmentVariableIsSet("CROSSROADS_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("CROSSROADS_CRASH_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("crash test: %d kills, seed %u (CROSSROADS_CRASH_SEED=%u replays it)", kills, seed, seed);
    QElapsedTimer total;
    total.start();
    const Result r = killRepeatedly(kills, seed, {});
    QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
    QCOMPARE(r.kills, kills);
    qInfo("crash test: %d kills in %lld ms, %d of them after committed writes, %d writes checked", r.kills,
          total.elapsed(), r.killedWithCommits, r.writes);
    // The test means something only if most kills hit a process in the middle of writing.
    QVERIFY2(r.killedWithCommits >= kills * 2 / 3, qPrintable(QString::number(r.killedWithCommits)));
}

void TestCrashSafety::noticesAWriterThatLies()
{
    // A writer that reports notes before saving them loses a reported write at nearly every
    // kill; if the check did not notice, survivesSigkill would prove nothing.
    const Result r = killRepeatedly(30, 42, {QStringLiteral("--report-before-commit")});
    QVERIFY2(r.problem.contains(QStringLiteral("committed note")), qPrintable(r.problem));
    qInfo("the lie was caught after %d kill(s): %s", r.kills, qPrintable(r.problem));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
