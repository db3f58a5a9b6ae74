// SPDX-License-Identifier: MIT
#include "learner/learnerbackup.h"
#include "learner/learnerstore.h"
#include "learnerfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace crossroads;

class TestLearnerBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void backupIsADatedConsistentCopy();
    void rotationKeepsNewest();
    void unchangedDataAddsNoBackup();
    void intervalSkipsIdlePeriods();
    void restoreSwapsInAndKeepsCurrent();
    void restoreRefusesDamagedBackup();
    void restoreOfFirstSchemaMigrates();
    void memoryDatabaseHasNoBackups();
};

namespace {

int count(LearnerStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

void TestLearnerBackup::backupIsADatedConsistentCopy()
{
    QTemporaryDir dir;
    LearnerStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("learner.db"))));
    store.setNote(QStringLiteral("step"), QStringLiteral("basics"), QStringLiteral("in the backup"));
    LearnerBackup backup(store);
    QSignalSpy done(&backup, &LearnerBackup::backedUp);
    const QString path = backup.backupNow();
    QVERIFY2(!path.isEmpty(), qPrintable(backup.errorString()));
    QCOMPARE(done.count(), 1);
    QCOMPARE(QFileInfo(path).absolutePath(), dir.filePath(QStringLiteral("backups")));
    QVERIFY(QFileInfo(path).fileName().startsWith(
        QStringLiteral("learner-") + QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")) + u'_'));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));
    // The copy is a complete database of its own, WAL content included.
    LearnerStore copy;
    QVERIFY(copy.open(path));
    QCOMPARE(copy.note(QStringLiteral("step"), QStringLiteral("basics")), QStringLiteral("in the backup"));
    QCOMPARE(backup.backups().size(), 1);
    QCOMPARE(backup.backups().first().path, path);
}

void TestLearnerBackup::rotationKeepsNewest()
{
    QTemporaryDir dir;
    LearnerStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("learner.db"))));
    LearnerBackup backup(store);
    QCOMPARE(backup.keep(), 10);
    backup.setKeep(3);
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        store.setNote(QStringLiteral("step"), QStringLiteral("n"), QString::number(i));
        made.append(backup.backupNow());
        QVERIFY(!made.last().isEmpty());
    }
    // Several in one second get sequence numbers and still sort newest first.
    const QList<BackupInfo> kept = backup.backups();
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(0).path, made.at(4));
    QCOMPARE(kept.at(1).path, made.at(3));
    QCOMPARE(kept.at(2).path, made.at(2));
    QVERIFY(!QFileInfo::exists(made.at(0)));
    LearnerStore newest;
    QVERIFY(newest.open(kept.first().path));
    QCOMPARE(newest.note(QStringLiteral("step"), QStringLiteral("n")), QStringLiteral("4"));
    // Files that are not backups are never touched by the rotation.
    QFile other(dir.filePath(QStringLiteral("backups/my-own-copy.db")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    backup.setKeep(1);
    QCOMPARE(backup.backups().size(), 1);
    QVERIFY(QFileInfo::exists(other.fileName()));
}

void TestLearnerBackup::unchangedDataAddsNoBackup()
{
    QTemporaryDir dir;
    LearnerStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("learner.db"))));
    store.setNote(QStringLiteral("step"), QStringLiteral("n"), QStringLiteral("x"));
    LearnerBackup backup(store);
    const QString first = backup.backupNow(QString(), true);
    QVERIFY(!first.isEmpty());
    QThread::msleep(1100); // a new name would be free
    QCOMPARE(backup.backupNow(QString(), true), first);
    QCOMPARE(backup.backups().size(), 1);
    store.setNote(QStringLiteral("step"), QStringLiteral("n"), QStringLiteral("y"));
    const QString second = backup.backupNow(QString(), true);
    QVERIFY(second != first);
    QCOMPARE(backup.backups().size(), 2);
}

void TestLearnerBackup::intervalSkipsIdlePeriods()
{
    QTemporaryDir dir;
    LearnerStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("learner.db"))));
    LearnerBackup backup(store);
    QSignalSpy done(&backup, &LearnerBackup::backedUp);
    backup.start(100);
    QVERIFY(backup.isRunning());
    QCOMPARE(done.count(), 1); // on start
    QTest::qWait(350);
    QCOMPARE(done.count(), 1); // nothing written: nothing backed up
    store.setNote(QStringLiteral("step"), QStringLiteral("n"), QStringLiteral("typed"));
    QTRY_COMPARE(done.count(), 2);
    QTest::qWait(350);
    QCOMPARE(done.count(), 2);
    backup.stop();
    QVERIFY(!backup.isRunning());
}

void TestLearnerBackup::restoreSwapsInAndKeepsCurrent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("learner.db"));
    LearnerStore store;
    QVERIFY(store.open(path));
    const int ana = store.createProfile(QStringLiteral("Ana"));
    store.setNote(QStringLiteral("step"), QStringLiteral("n"), QStringLiteral("old"));
    LearnerBackup backup(store);
    const QString old = backup.backupNow();
    QVERIFY(!old.isEmpty());
    store.setNote(QStringLiteral("step"), QStringLiteral("n"), QStringLiteral("new"));
    QVERIFY(store.switchProfile(ana));
    QSignalSpy reloaded(&store, &LearnerStore::reloaded);
    QSignalSpy restored(&backup, &LearnerBackup::restored);
    QVERIFY2(backup.restore(old), qPrintable(backup.errorString()));
    QCOMPARE(restored.count(), 1);
    QVERIFY(reloaded.count() >= 1);
    QVERIFY(store.isOpen());
    QCOMPARE(store.path(), path);
    QCOMPARE(store.currentProfile(), 1); // the backup's own choice of profile
    QCOMPARE(store.note(QStringLiteral("step"), QStringLiteral("n")), QStringLiteral("old"));
    // What was current is itself a backup now, so a restore can be undone.
    QList<BackupInfo> all = backup.backups();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().label, QStringLiteral("before-restore"));
    QVERIFY(backup.restore(all.first().path));
    QCOMPARE(store.currentProfile(), ana);
    QVERIFY(store.switchProfile(1));
    QCOMPARE(store.note(QStringLiteral("step"), QStringLiteral("n")), QStringLiteral("new"));
    QVERIFY(store.setNote(QStringLiteral("step"), QStringLiteral("n"), QStringLiteral("writable")));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM profiles")), 2);
}

void TestLearnerBackup::restoreRefusesDamagedBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("learner.db"));
    LearnerStore store;
    QVERIFY(store.open(path));
    store.setNote(QStringLiteral("step"), QStringLiteral("n"), QStringLiteral("precious"));
    LearnerBackup backup(store);
    const QString good = backup.backupNow();
    QFile f(good);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    f.write(QByteArray(4096, '\xff'));
    f.close();
    QFile junk(dir.filePath(QStringLiteral("backups/learner-2020-01-01_00-00-00.db")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a database at all");
    junk.close();
    QSignalSpy failed(&backup, &LearnerBackup::failed);
    for (const QString &bad : {good, junk.fileName(), dir.filePath(QStringLiteral("backups/nope.db"))}) {
        QVERIFY(!backup.restore(bad));
        QVERIFY2(backup.errorString().contains(bad), qPrintable(backup.errorString()));
        QVERIFY(store.isOpen());
        QCOMPARE(store.note(QStringLiteral("step"), QStringLiteral("n")), QStringLiteral("precious"));
    }
    QCOMPARE(failed.count(), 3);
    QCOMPARE(backup.backups().size(), 2); // no "before-restore" copies for refused restores
}

void TestLearnerBackup::restoreOfFirstSchemaMigrates()
{
    QTemporaryDir dir;
    LearnerStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("learner.db"))));
    LearnerBackup backup(store);
    QVERIFY(QDir().mkpath(backup.directory()));
    const QString old = backup.directory() + QStringLiteral("/learner-2026-01-15_08-00-00.db");
    const QString problem = learnertest::makeVersion1(old);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(backup.backups().size(), 1);
    QVERIFY2(backup.restore(old), qPrintable(backup.errorString()));
    QCOMPARE(store.schemaVersion(), LearnerStore::latestVersion());
    QCOMPARE(store.status(QStringLiteral("step"), QStringLiteral("basics")), ItemStatus::Done);
    QCOMPARE(store.note(QStringLiteral("step"), QStringLiteral("basics")), QStringLiteral("Names point at objects."));
}

void TestLearnerBackup::memoryDatabaseHasNoBackups()
{
    LearnerStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    LearnerBackup backup(store);
    QVERIFY(backup.backupNow().isEmpty());
    QVERIFY(!backup.errorString().isEmpty());
    QVERIFY(!backup.restore(QStringLiteral("/nonexistent.db")));
}

QTEST_GUILESS_MAIN(TestLearnerBackup)
#include "tst_learnerbackup.moc"
