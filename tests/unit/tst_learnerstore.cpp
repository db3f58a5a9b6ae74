// SPDX-License-Identifier: MIT
#include "learner/learnerstore.h"
#include "learner/settings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace crossroads;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Builds a learner database exactly as version 1 of Crossroads left it.
void makeVersion1(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const char *statements[] = {
            "CREATE TABLE profiles(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT "
            "NULL)",
            "INSERT INTO profiles VALUES(1, 'Default', '2026-01-01T00:00:00Z')",
            "CREATE TABLE settings(key TEXT PRIMARY KEY, value)",
            "CREATE TABLE progress(profile INTEGER NOT NULL REFERENCES profiles(id), kind TEXT NOT NULL, "
            "item TEXT NOT "
            "NULL, status TEXT NOT NULL CHECK(status IN ('not_started','in_progress','done','skipped')), "
            "updated_at "
            "TEXT NOT NULL, PRIMARY KEY(profile, kind, item))",
            "CREATE TABLE notes(profile INTEGER NOT NULL REFERENCES profiles(id), kind TEXT NOT NULL, item "
            "TEXT NOT "
            "NULL, body TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY(profile, kind, item))",
            "CREATE TABLE bookmarks(profile INTEGER NOT NULL REFERENCES profiles(id), kind TEXT NOT NULL, "
            "item TEXT NOT "
            "NULL, created_at TEXT NOT NULL, PRIMARY KEY(profile, kind, item))",
            "CREATE TABLE wizard_results(id INTEGER PRIMARY KEY, profile INTEGER NOT NULL REFERENCES "
            "profiles(id), "
            "created_at TEXT NOT NULL, answers TEXT NOT NULL, result TEXT NOT NULL)",
            "INSERT INTO progress VALUES(1, 'step', 'python-basics', 'done', '2026-02-01T10:00:00Z')",
            "INSERT INTO progress VALUES(1, 'step', 'python-oop', 'in_progress', '2026-02-03T10:00:00Z')",
            "INSERT INTO notes VALUES(1, 'lesson', 'python-basics-variables', 'Names point at objects.', "
            "'2026-02-01T10:00:00Z')",
            "INSERT INTO bookmarks VALUES(1, 'row', 'admin-interface', '2026-02-02T10:00:00Z')",
            "INSERT INTO wizard_results VALUES(1, 1, '2026-02-02T11:00:00Z', '{}', "
            "'{\"recommendation\":\"flask\"}')",
            "PRAGMA user_version=1",
        };
        for (const char *sql : statements)
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
}

} // namespace

class TestLearnerStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void freshDatabase();
    void statusNotesBookmarks();
    void migratesVersion1WithoutLoss();
    void newerVersionIsReadOnly();
    void notADatabase();
    void settingsHaveDefaults();
};

void TestLearnerStore::freshDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/learner.db"));
    LearnerStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), LearnerStore::latestVersion());
    QVERIFY(!store.isReadOnly());
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(QStandardPaths::isTestModeEnabled());
    QVERIFY(LearnerStore::defaultPath().endsWith(QStringLiteral("/learner.db")));
}

void TestLearnerStore::statusNotesBookmarks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("learner.db"));
    {
        LearnerStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.status(QStringLiteral("step"), QStringLiteral("x")), ItemStatus::NotStarted);
        QVERIFY(store.setStatus(QStringLiteral("step"), QStringLiteral("x"), ItemStatus::InProgress));
        QVERIFY(store.setStatus(QStringLiteral("step"), QStringLiteral("x"), ItemStatus::Done));
        QVERIFY(
            store.setNote(QStringLiteral("lesson"), QStringLiteral("l1"), QStringLiteral("ünïcode ✔ note")));
        QVERIFY(store.setBookmarked(QStringLiteral("row"), QStringLiteral("r1"), true));
        QVERIFY(store.setBookmarked(QStringLiteral("row"), QStringLiteral("r2"), true));
        QVERIFY(store.setBookmarked(QStringLiteral("row"), QStringLiteral("r2"), false));
        QVERIFY(
            store.addWizardResult(QStringLiteral("{}"), QStringLiteral("{\"recommendation\":\"django\"}")));
    }
    LearnerStore again;
    QVERIFY(again.open(path));
    QCOMPARE(again.status(QStringLiteral("step"), QStringLiteral("x")), ItemStatus::Done);
    QCOMPARE(again.note(QStringLiteral("lesson"), QStringLiteral("l1")), QStringLiteral("ünïcode ✔ note"));
    QVERIFY(again.isBookmarked(QStringLiteral("row"), QStringLiteral("r1")));
    QVERIFY(!again.isBookmarked(QStringLiteral("row"), QStringLiteral("r2")));
    QCOMPARE(again.wizardResultCount(), 1);
    QVERIFY(again.learnerPath().isEmpty());
    QVERIFY(again.setLearnerPath({QStringLiteral("python-basics"), QStringLiteral("flask-fundamentals")},
                                 QStringLiteral("wizard")));
    QCOMPARE(again.learnerPath(),
             (QStringList{QStringLiteral("python-basics"), QStringLiteral("flask-fundamentals")}));
    // started_at remembers the first time the item was begun, even after it is done.
    QSqlQuery q(again.database());
    QVERIFY(q.exec(QStringLiteral("SELECT started_at, updated_at FROM progress WHERE item = 'x'")) &&
            q.next());
    QVERIFY(!q.value(0).isNull());
}

void TestLearnerStore::migratesVersion1WithoutLoss()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("learner.db"));
    makeVersion1(path);
    LearnerStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), LearnerStore::latestVersion());
    QCOMPARE(store.status(QStringLiteral("step"), QStringLiteral("python-basics")), ItemStatus::Done);
    QCOMPARE(store.status(QStringLiteral("step"), QStringLiteral("python-oop")), ItemStatus::InProgress);
    QCOMPARE(store.note(QStringLiteral("lesson"), QStringLiteral("python-basics-variables")),
             QStringLiteral("Names point at objects."));
    QVERIFY(store.isBookmarked(QStringLiteral("row"), QStringLiteral("admin-interface")));
    QCOMPARE(store.wizardResultCount(), 1);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT started_at FROM progress WHERE item = 'python-basics'")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-02-01T10:00:00Z"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM activity")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestLearnerStore::newerVersionIsReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("learner.db"));
    {
        LearnerStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.setNote(QStringLiteral("lesson"), QStringLiteral("l1"), QStringLiteral("keep me")));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
    }
    const QByteArray before = fileHash(path);
    LearnerStore store;
    QVERIFY(store.open(path));
    QVERIFY(store.isReadOnly());
    QVERIFY(store.errorString().contains(QStringLiteral("newer version")));
    QVERIFY(store.errorString().startsWith(path));
    QCOMPARE(store.note(QStringLiteral("lesson"), QStringLiteral("l1")), QStringLiteral("keep me"));
    QVERIFY(!store.setNote(QStringLiteral("lesson"), QStringLiteral("l1"), QStringLiteral("overwritten")));
    Settings settings(store);
    settings.migrate();
    settings.setLastScreen(QStringLiteral("compare"));
    store.close();
    QCOMPARE(fileHash(path), before);
}

void TestLearnerStore::notADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("learner.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("this is not SQLite, just some text the learner should not lose\n").repeated(100));
    f.close();
    const QByteArray before = fileHash(path);
    LearnerStore store;
    QVERIFY(!store.open(path));
    QVERIFY2(store.errorString().startsWith(path), qPrintable(store.errorString()));
    QCOMPARE(fileHash(path), before);
}

void TestLearnerStore::settingsHaveDefaults()
{
    QTemporaryDir dir;
    LearnerStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("learner.db"))));
    Settings settings(store);
    settings.migrate();
    QCOMPARE(settings.lastScreen(), QStringLiteral("home"));
    QCOMPARE(settings.theme(), QStringLiteral("system"));
    QVERIFY(settings.windowGeometry().isEmpty());
    settings.setLastScreen(QStringLiteral("roadmap"));
    settings.setWindowGeometry(QByteArray("\x01\x02\x00\x03", 4));
    QCOMPARE(settings.lastScreen(), QStringLiteral("roadmap"));
    QCOMPARE(settings.windowGeometry(), QByteArray("\x01\x02\x00\x03", 4));
    QCOMPARE(store.setting(QStringLiteral("settings_version")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestLearnerStore)
#include "tst_learnerstore.moc"
