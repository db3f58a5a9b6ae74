// SPDX-License-Identifier: MIT
#include "learnerstore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "crossroads.store")

namespace crossroads {

namespace {

// Each entry moves the schema from version N to N+1; never edit a shipped entry, only append.
const QStringList Migrations[] = {
    // 1: the first schema.
    {
        QStringLiteral("CREATE TABLE profiles(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO profiles(id, name, created_at) VALUES(1, 'Default', "
                       "strftime('%Y-%m-%dT%H:%M:%SZ','now'))"),
        QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value)"),
        QStringLiteral(
            "CREATE TABLE progress(profile INTEGER NOT NULL REFERENCES profiles(id), kind TEXT NOT NULL,"
            " item TEXT NOT NULL, status TEXT NOT NULL CHECK(status IN"
            " ('not_started','in_progress','done','skipped')), updated_at TEXT NOT NULL,"
            " PRIMARY KEY(profile, kind, item))"),
        QStringLiteral(
            "CREATE TABLE notes(profile INTEGER NOT NULL REFERENCES profiles(id), kind TEXT NOT NULL,"
            " item TEXT NOT NULL, body TEXT NOT NULL, updated_at TEXT NOT NULL,"
            " PRIMARY KEY(profile, kind, item))"),
        QStringLiteral(
            "CREATE TABLE bookmarks(profile INTEGER NOT NULL REFERENCES profiles(id), kind TEXT NOT NULL,"
            " item TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY(profile, kind, item))"),
        QStringLiteral("CREATE TABLE wizard_results(id INTEGER PRIMARY KEY, profile INTEGER NOT NULL"
                       " REFERENCES profiles(id), created_at TEXT NOT NULL, answers TEXT NOT NULL,"
                       " result TEXT NOT NULL)"),
    },
    // 2: time spent per day, quiz attempts, and when an item's status last changed for the history.
    {
        QStringLiteral(
            "CREATE TABLE activity(profile INTEGER NOT NULL REFERENCES profiles(id), day TEXT NOT NULL,"
            " kind TEXT NOT NULL, item TEXT NOT NULL, seconds INTEGER NOT NULL DEFAULT 0,"
            " PRIMARY KEY(profile, day, kind, item))"),
        QStringLiteral(
            "CREATE TABLE quiz_attempts(id INTEGER PRIMARY KEY, profile INTEGER NOT NULL"
            " REFERENCES profiles(id), question TEXT NOT NULL, step TEXT NOT NULL, correct INTEGER NOT NULL,"
            " answered_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX quiz_attempts_by_step ON quiz_attempts(profile, step)"),
        QStringLiteral("ALTER TABLE progress ADD COLUMN started_at TEXT"),
        QStringLiteral("UPDATE progress SET started_at = updated_at WHERE status <> 'not_started'"),
    },
    // 3: the learner's own path (from the wizard), half-finished wizard answers, reading
    // positions, and exercise work.
    {
        QStringLiteral(
            "CREATE TABLE learner_path(profile INTEGER NOT NULL REFERENCES profiles(id), ord INTEGER NOT "
            "NULL,"
            " step TEXT NOT NULL, source TEXT NOT NULL DEFAULT 'default', updated_at TEXT NOT NULL,"
            " PRIMARY KEY(profile, ord))"),
        QStringLiteral(
            "CREATE TABLE wizard_answers(profile INTEGER NOT NULL REFERENCES profiles(id), key TEXT NOT NULL,"
            " value TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY(profile, key))"),
        QStringLiteral("CREATE TABLE reading_position(profile INTEGER NOT NULL REFERENCES profiles(id),"
                       " lesson TEXT NOT NULL, position REAL NOT NULL, updated_at TEXT NOT NULL,"
                       " PRIMARY KEY(profile, lesson))"),
        QStringLiteral(
            "CREATE TABLE exercise_files(profile INTEGER NOT NULL REFERENCES profiles(id),"
            " exercise TEXT NOT NULL, path TEXT NOT NULL, content TEXT NOT NULL, updated_at TEXT NOT NULL,"
            " PRIMARY KEY(profile, exercise, path))"),
        QStringLiteral(
            "CREATE TABLE exercise_attempts(id INTEGER PRIMARY KEY, profile INTEGER NOT NULL"
            " REFERENCES profiles(id), exercise TEXT NOT NULL, passed INTEGER NOT NULL,"
            " checks_passed INTEGER NOT NULL, checks_total INTEGER NOT NULL, attempted_at TEXT NOT NULL)"),
    },
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString statusName(ItemStatus status)
{
    switch (status) {
    case ItemStatus::InProgress:
        return QStringLiteral("in_progress");
    case ItemStatus::Done:
        return QStringLiteral("done");
    case ItemStatus::Skipped:
        return QStringLiteral("skipped");
    case ItemStatus::NotStarted:
        break;
    }
    return QStringLiteral("not_started");
}

ItemStatus statusFromName(const QString &name)
{
    if (name == QStringLiteral("in_progress"))
        return ItemStatus::InProgress;
    if (name == QStringLiteral("done"))
        return ItemStatus::Done;
    if (name == QStringLiteral("skipped"))
        return ItemStatus::Skipped;
    return ItemStatus::NotStarted;
}

LearnerStore::LearnerStore()
    : m_connection(QStringLiteral("crossroads-learner-") + QUuid::createUuid().toString(QUuid::Id128))
{}

LearnerStore::~LearnerStore()
{
    close();
}

int LearnerStore::latestVersion()
{
    return static_cast<int>(std::size(Migrations));
}

QString LearnerStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/learner.db");
}

QSqlDatabase LearnerStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool LearnerStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

void LearnerStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        database().close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool LearnerStore::fail(const QString &what, const QString &detail)
{
    m_error = QStringLiteral("%1: %2: %3").arg(m_path, what, detail);
    qCWarning(lcStore).noquote() << m_error;
    return false;
}

bool LearnerStore::open(const QString &path)
{
    close();
    m_path = path;
    m_readOnly = false;
    m_error.clear();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QStringLiteral("cannot create folder"), QFileInfo(path).absolutePath());

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(QStringLiteral("cannot open"), db.lastError().text());

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(QStringLiteral("not a Crossroads learner database"), q.lastError().text());
    m_version = q.value(0).toInt();

    if (m_version > latestVersion()) {
        // Written by a newer Crossroads: reopen read-only so this version cannot damage it.
        db.close();
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return fail(QStringLiteral("cannot open"), db.lastError().text());
        m_readOnly = true;
        m_error =
            QStringLiteral("%1 was written by a newer version of Crossroads (data format %2; this version "
                           "understands up to %3). It is open read-only so nothing in it changes; update "
                           "Crossroads to keep working with it.")
                .arg(path)
                .arg(m_version)
                .arg(latestVersion());
        qCWarning(lcStore).noquote() << m_error;
        return true;
    }

    // journal_mode must be set outside a transaction. Synchronous stays FULL: a learner's notes
    // must survive power loss, and a commit costs one fsync of the WAL.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !q.exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return fail(QStringLiteral("cannot configure"), q.lastError().text());
    return migrate();
}

bool LearnerStore::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    while (m_version < latestVersion()) {
        const int next = m_version + 1;
        // Each step is atomic: a rollback undoes both the DDL and the version bump.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(QStringLiteral("cannot start migration %1").arg(next), q.lastError().text());
        for (const QString &sql : Migrations[m_version]) {
            if (!q.exec(sql)) {
                const QString detail = q.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
                return fail(QStringLiteral("migration %1 failed").arg(next), detail);
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(next)) ||
            !q.exec(QStringLiteral("COMMIT"))) {
            const QString detail = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(QStringLiteral("migration %1 failed").arg(next), detail);
        }
        qCInfo(lcStore) << "migrated" << m_path << "to version" << next;
        m_version = next;
    }
    return true;
}

bool LearnerStore::write(const std::function<bool(QSqlQuery &)> &fn)
{
    if (!isOpen())
        return fail(QStringLiteral("cannot save"), QStringLiteral("the database is not open"));
    if (m_readOnly)
        return fail(QStringLiteral("cannot save"), QStringLiteral("the database is open read-only"));
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(QStringLiteral("cannot save"), q.lastError().text());
    if (!fn(q)) {
        const QString detail = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return fail(QStringLiteral("cannot save"), detail);
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString detail = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return fail(QStringLiteral("cannot save"), detail);
    }
    return true;
}

QVariant LearnerStore::setting(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

bool LearnerStore::setSetting(const QString &key, const QVariant &value)
{
    return write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(value);
        return q.exec();
    });
}

ItemStatus LearnerStore::status(const QString &kind, const QString &item) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT status FROM progress WHERE profile = ? AND kind = ? AND item = ?"));
    q.addBindValue(m_profile);
    q.addBindValue(kind);
    q.addBindValue(item);
    return q.exec() && q.next() ? statusFromName(q.value(0).toString()) : ItemStatus::NotStarted;
}

bool LearnerStore::setStatus(const QString &kind, const QString &item, ItemStatus status)
{
    return write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO progress(profile, kind, item, status, updated_at, started_at)"
                                 " VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(profile, kind, item) DO UPDATE SET"
                                 " status = excluded.status, updated_at = excluded.updated_at,"
                                 " started_at = coalesce(progress.started_at, excluded.started_at)"));
        const QString t = now();
        q.addBindValue(m_profile);
        q.addBindValue(kind);
        q.addBindValue(item);
        q.addBindValue(statusName(status));
        q.addBindValue(t);
        q.addBindValue(status == ItemStatus::NotStarted ? QVariant() : QVariant(t));
        return q.exec();
    });
}

QString LearnerStore::note(const QString &kind, const QString &item) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT body FROM notes WHERE profile = ? AND kind = ? AND item = ?"));
    q.addBindValue(m_profile);
    q.addBindValue(kind);
    q.addBindValue(item);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool LearnerStore::setNote(const QString &kind, const QString &item, const QString &text)
{
    return write([&](QSqlQuery &q) {
        q.prepare(
            QStringLiteral("INSERT INTO notes(profile, kind, item, body, updated_at) VALUES(?, ?, ?, ?, ?)"
                           " ON CONFLICT(profile, kind, item) DO UPDATE SET body = excluded.body,"
                           " updated_at = excluded.updated_at"));
        q.addBindValue(m_profile);
        q.addBindValue(kind);
        q.addBindValue(item);
        q.addBindValue(text);
        q.addBindValue(now());
        return q.exec();
    });
}

bool LearnerStore::isBookmarked(const QString &kind, const QString &item) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM bookmarks WHERE profile = ? AND kind = ? AND item = ?"));
    q.addBindValue(m_profile);
    q.addBindValue(kind);
    q.addBindValue(item);
    return q.exec() && q.next();
}

bool LearnerStore::setBookmarked(const QString &kind, const QString &item, bool bookmarked)
{
    return write([&](QSqlQuery &q) {
        if (bookmarked)
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO bookmarks(profile, kind, item, created_at)"
                                     " VALUES(?, ?, ?, ?)"));
        else
            q.prepare(QStringLiteral("DELETE FROM bookmarks WHERE profile = ? AND kind = ? AND item = ?"));
        q.addBindValue(m_profile);
        q.addBindValue(kind);
        q.addBindValue(item);
        if (bookmarked)
            q.addBindValue(now());
        return q.exec();
    });
}

bool LearnerStore::addWizardResult(const QString &answersJson, const QString &resultJson)
{
    return write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO wizard_results(profile, created_at, answers, result)"
                                 " VALUES(?, ?, ?, ?)"));
        q.addBindValue(m_profile);
        q.addBindValue(now());
        q.addBindValue(answersJson);
        q.addBindValue(resultJson);
        return q.exec();
    });
}

QStringList LearnerStore::learnerPath() const
{
    QStringList out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT step FROM learner_path WHERE profile = ? ORDER BY ord"));
    q.addBindValue(m_profile);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

bool LearnerStore::setLearnerPath(const QStringList &steps, const QString &source)
{
    return write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM learner_path WHERE profile = ?"));
        q.addBindValue(m_profile);
        if (!q.exec())
            return false;
        q.prepare(QStringLiteral(
            "INSERT INTO learner_path(profile, ord, step, source, updated_at) VALUES(?, ?, ?, ?, ?)"));
        const QString t = now();
        for (int i = 0; i < steps.size(); ++i) {
            q.addBindValue(m_profile);
            q.addBindValue(i);
            q.addBindValue(steps.at(i));
            q.addBindValue(source);
            q.addBindValue(t);
            if (!q.exec())
                return false;
        }
        return true;
    });
}

int LearnerStore::wizardResultCount() const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM wizard_results WHERE profile = ?"));
    q.addBindValue(m_profile);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace crossroads
