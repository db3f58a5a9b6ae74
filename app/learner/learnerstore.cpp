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

#include <algorithm>
#include <iterator>

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
    // 4: archived profiles, steps hidden from the path, remembered bookmark removals (so a merge
    // can tell "removed later" from "never made"), and an id grouping the answers of one quiz run.
    {
        QStringLiteral("ALTER TABLE profiles ADD COLUMN archived_at TEXT"),
        QStringLiteral(
            "CREATE TABLE hidden_steps(profile INTEGER NOT NULL REFERENCES profiles(id), step TEXT NOT NULL,"
            " hidden INTEGER NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY(profile, step))"),
        QStringLiteral("CREATE TABLE bookmark_removals(profile INTEGER NOT NULL REFERENCES profiles(id),"
                       " kind TEXT NOT NULL, item TEXT NOT NULL, removed_at TEXT NOT NULL,"
                       " PRIMARY KEY(profile, kind, item))"),
        QStringLiteral("ALTER TABLE quiz_attempts ADD COLUMN attempt TEXT"),
        QStringLiteral("CREATE INDEX activity_by_item ON activity(profile, kind, item)"),
    },
};

// The current profile is a machine-wide choice, so it lives with the other settings.
const QString CurrentProfileKey = QStringLiteral("learner/current_profile");
const QString DayFormat = QStringLiteral("yyyy-MM-dd");

} // namespace

LearnerStore::LearnerStore(QObject *parent)
    : QObject(parent),
      m_connection(QStringLiteral("crossroads-learner-") + QUuid::createUuid().toString(QUuid::Id128))
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

QString LearnerStore::timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
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
    if (isOpen())
        emit aboutToReload();
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

bool LearnerStore::setError(const QString &message)
{
    m_error = message;
    return false;
}

bool LearnerStore::open(const QString &path)
{
    close();
    m_path = path;
    m_readOnly = false;
    m_error.clear();
    m_writes = 0;
    m_profile = 1;
    const bool memory = path == QStringLiteral(":memory:");
    if (!memory && !QDir().mkpath(QFileInfo(path).absolutePath()))
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
        loadCurrentProfile();
        emit reloaded();
        return true;
    }

    // journal_mode must be set outside a transaction. Synchronous stays FULL: a learner's notes
    // must survive power loss, and a commit costs one fsync of the WAL.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !q.exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return fail(QStringLiteral("cannot configure"), q.lastError().text());
    if (!migrate())
        return false;
    loadCurrentProfile();
    emit reloaded();
    return true;
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
        // fn may have set a clearer message (validation) and left no SQL error behind.
        if (detail.trimmed().isEmpty() && !m_error.isEmpty())
            return false;
        return fail(QStringLiteral("cannot save"), detail);
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString detail = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return fail(QStringLiteral("cannot save"), detail);
    }
    ++m_writes;
    return true;
}

// --- profiles ---------------------------------------------------------------------------------

void LearnerStore::loadCurrentProfile()
{
    // A missing or archived profile falls back to the first active one, so the store always
    // has somewhere to write.
    const int wanted = setting(CurrentProfileKey).toInt();
    const QList<Profile> active = profiles();
    m_profile = active.isEmpty() ? 1 : active.first().id;
    for (const Profile &p : active)
        if (p.id == wanted)
            m_profile = wanted;
}

QList<Profile> LearnerStore::profiles(bool includeArchived) const
{
    QList<Profile> out;
    QSqlQuery q(database());
    const bool hasArchive = m_version >= 4;
    q.exec(hasArchive ? QStringLiteral("SELECT id, name, created_at, archived_at IS NOT NULL FROM profiles"
                                       " ORDER BY id")
                      : QStringLiteral("SELECT id, name, created_at, 0 FROM profiles ORDER BY id"));
    while (q.next()) {
        Profile p{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
        if (includeArchived || !p.archived)
            out.append(p);
    }
    return out;
}

QString LearnerStore::currentProfileName() const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT name FROM profiles WHERE id = ?"));
    q.addBindValue(m_profile);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

int LearnerStore::profileId(const QString &name) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id FROM profiles WHERE lower(name) = lower(?)"));
    q.addBindValue(name.trimmed());
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QString LearnerStore::validateProfileName(const QString &name, int exceptId) const
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return tr("A profile needs a name.");
    if (n.size() > 60)
        return tr("A profile name can be at most 60 characters long.");
    const int existing = profileId(n);
    if (existing != 0 && existing != exceptId)
        return tr("There is already a profile named \"%1\" (perhaps archived).").arg(n);
    return QString();
}

int LearnerStore::createProfile(const QString &name)
{
    const QString problem = validateProfileName(name, 0);
    if (!problem.isEmpty()) {
        setError(problem);
        return 0;
    }
    int id = 0;
    const bool ok = write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO profiles(name, created_at) VALUES(?, ?)"));
        q.addBindValue(name.trimmed());
        q.addBindValue(timestamp());
        if (!q.exec())
            return false;
        id = q.lastInsertId().toInt();
        return true;
    });
    if (!ok)
        return 0;
    emit profilesChanged();
    return id;
}

bool LearnerStore::renameProfile(int id, const QString &name)
{
    const QString problem = validateProfileName(name, id);
    if (!problem.isEmpty())
        return setError(problem);
    const bool ok = write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("UPDATE profiles SET name = ? WHERE id = ?"));
        q.addBindValue(name.trimmed());
        q.addBindValue(id);
        return q.exec() && q.numRowsAffected() == 1;
    });
    if (ok)
        emit profilesChanged();
    return ok;
}

bool LearnerStore::switchProfile(int id, bool remember)
{
    bool known = false;
    for (const Profile &p : profiles(!remember))
        known = known || p.id == id;
    if (!known)
        return setError(tr("There is no active profile with id %1.").arg(id));
    if (id == m_profile)
        return true;
    emit aboutToReload();
    if (remember && !setSetting(CurrentProfileKey, id))
        return false;
    m_profile = id;
    emit reloaded();
    return true;
}

bool LearnerStore::deleteProfile(int id, ProfileDeletion mode)
{
    const QList<Profile> active = profiles();
    bool isActive = false;
    for (const Profile &p : active)
        isActive = isActive || p.id == id;
    if (isActive && active.size() == 1)
        return setError(tr("The last profile cannot be deleted; create another one first."));
    if (!isActive && mode == ProfileDeletion::KeepData)
        return setError(tr("That profile is already archived."));

    if (id == m_profile)
        emit aboutToReload();
    // Every table with a profile column, found at run time so tables added by later migrations
    // are never forgotten by a "delete everything".
    QStringList tables;
    {
        QSqlQuery q(database());
        q.exec(QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c"
                              " WHERE m.type = 'table' AND c.name = 'profile' ORDER BY m.name"));
        while (q.next())
            tables.append(q.value(0).toString());
    }
    const bool ok = write([&](QSqlQuery &q) {
        if (mode == ProfileDeletion::KeepData) {
            q.prepare(QStringLiteral("UPDATE profiles SET archived_at = ? WHERE id = ?"));
            q.addBindValue(timestamp());
            q.addBindValue(id);
            return q.exec() && q.numRowsAffected() == 1;
        }
        for (const QString &table : std::as_const(tables)) {
            q.prepare(QStringLiteral("DELETE FROM \"%1\" WHERE profile = ?").arg(table));
            q.addBindValue(id);
            if (!q.exec())
                return false;
        }
        q.prepare(QStringLiteral("DELETE FROM profiles WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.numRowsAffected() == 1;
    });
    if (!ok)
        return false;
    emit profilesChanged();
    if (id == m_profile) {
        const QList<Profile> left = profiles();
        if (!left.isEmpty()) {
            setSetting(CurrentProfileKey, left.first().id);
            m_profile = left.first().id;
        }
        emit reloaded();
    }
    return true;
}

bool LearnerStore::restoreProfile(int id)
{
    const bool ok = write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("UPDATE profiles SET archived_at = NULL WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.numRowsAffected() == 1;
    });
    if (ok)
        emit profilesChanged();
    return ok;
}

// --- settings ---------------------------------------------------------------------------------

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

// --- status -----------------------------------------------------------------------------------

ItemStatus LearnerStore::status(const QString &kind, const QString &item) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT status FROM progress WHERE profile = ? AND kind = ? AND item = ?"));
    q.addBindValue(m_profile);
    q.addBindValue(kind);
    q.addBindValue(item);
    return q.exec() && q.next() ? statusFromName(q.value(0).toString()) : ItemStatus::NotStarted;
}

QList<ProgressRecord> LearnerStore::progress(const QString &kind) const
{
    QList<ProgressRecord> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT kind, item, status, updated_at, started_at FROM progress"
                             " WHERE profile = ? AND (? = '' OR kind = ?) ORDER BY kind, item"));
    q.addBindValue(m_profile);
    q.addBindValue(kind.isNull() ? QStringLiteral("") : kind);
    q.addBindValue(kind.isNull() ? QStringLiteral("") : kind);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), statusFromName(q.value(2).toString()),
                        q.value(3).toString(), q.value(4).toString()});
    return out;
}

namespace {

bool upsertStatus(QSqlQuery &q, int profile, const QString &kind, const QString &item, ItemStatus status)
{
    q.prepare(QStringLiteral("INSERT INTO progress(profile, kind, item, status, updated_at, started_at)"
                             " VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(profile, kind, item) DO UPDATE SET"
                             " status = excluded.status, updated_at = excluded.updated_at,"
                             " started_at = coalesce(progress.started_at, excluded.started_at)"));
    const QString t = LearnerStore::timestamp();
    q.addBindValue(profile);
    q.addBindValue(kind);
    q.addBindValue(item);
    q.addBindValue(statusName(status));
    q.addBindValue(t);
    q.addBindValue(status == ItemStatus::NotStarted ? QVariant() : QVariant(t));
    return q.exec();
}

} // namespace

bool LearnerStore::setStatus(const QString &kind, const QString &item, ItemStatus status)
{
    const bool ok = write([&](QSqlQuery &q) { return upsertStatus(q, m_profile, kind, item, status); });
    if (ok)
        emit itemChanged(kind, item);
    return ok;
}

StatusChange LearnerStore::applyIn(QSqlQuery &q, const QString &kind, const QString &item,
                                   StatusAction action, bool *ok)
{
    q.prepare(QStringLiteral("SELECT status FROM progress WHERE profile = ? AND kind = ? AND item = ?"));
    q.addBindValue(m_profile);
    q.addBindValue(kind);
    q.addBindValue(item);
    if (!q.exec()) {
        *ok = false;
        return {};
    }
    const ItemStatus from = q.next() ? statusFromName(q.value(0).toString()) : ItemStatus::NotStarted;
    const StatusChange change = applyStatusAction(from, action);
    *ok = !change.changed() || upsertStatus(q, m_profile, kind, item, change.to);
    return change;
}

StatusChange LearnerStore::apply(const QString &kind, const QString &item, StatusAction action)
{
    StatusChange change;
    bool ok = true;
    const bool committed = write([&](QSqlQuery &q) {
        change = applyIn(q, kind, item, action, &ok);
        return ok;
    });
    if (!committed) {
        change.allowed = false;
        return change;
    }
    if (change.changed())
        emit itemChanged(kind, item);
    return change;
}

// --- notes ------------------------------------------------------------------------------------

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
    bool changed = false;
    const bool ok = write([&](QSqlQuery &q) {
        // The WHERE keeps the update time of an unchanged note, so autosave does not reorder
        // notes or make a merge think this copy is newer than it is.
        q.prepare(
            QStringLiteral("INSERT INTO notes(profile, kind, item, body, updated_at) VALUES(?, ?, ?, ?, ?)"
                           " ON CONFLICT(profile, kind, item) DO UPDATE SET body = excluded.body,"
                           " updated_at = excluded.updated_at WHERE notes.body IS NOT excluded.body"));
        q.addBindValue(m_profile);
        q.addBindValue(kind);
        q.addBindValue(item);
        q.addBindValue(text);
        q.addBindValue(timestamp());
        if (!q.exec())
            return false;
        changed = q.numRowsAffected() > 0;
        return true;
    });
    if (ok && changed)
        emit itemChanged(kind, item);
    return ok;
}

// --- bookmarks --------------------------------------------------------------------------------

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
    const bool ok = write([&](QSqlQuery &q) {
        const QString t = timestamp();
        if (bookmarked)
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO bookmarks(profile, kind, item, created_at)"
                                     " VALUES(?, ?, ?, ?)"));
        else
            q.prepare(QStringLiteral("INSERT INTO bookmark_removals(profile, kind, item, removed_at)"
                                     " SELECT profile, kind, item, ? FROM bookmarks"
                                     " WHERE profile = ? AND kind = ? AND item = ?"
                                     " ON CONFLICT(profile, kind, item) DO UPDATE SET"
                                     " removed_at = excluded.removed_at"));
        if (!bookmarked)
            q.addBindValue(t);
        q.addBindValue(m_profile);
        q.addBindValue(kind);
        q.addBindValue(item);
        if (bookmarked)
            q.addBindValue(t);
        if (!q.exec())
            return false;
        q.prepare(bookmarked
                      ? QStringLiteral("DELETE FROM bookmark_removals WHERE profile = ? AND kind = ? AND item = ?")
                      : QStringLiteral("DELETE FROM bookmarks WHERE profile = ? AND kind = ? AND item = ?"));
        q.addBindValue(m_profile);
        q.addBindValue(kind);
        q.addBindValue(item);
        return q.exec();
    });
    if (ok)
        emit itemChanged(kind, item);
    return ok;
}

QList<Bookmark> LearnerStore::bookmarks(const QString &kind) const
{
    QList<Bookmark> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT kind, item, created_at FROM bookmarks WHERE profile = ?"
                             " AND (? = '' OR kind = ?) ORDER BY created_at DESC, kind, item"));
    q.addBindValue(m_profile);
    q.addBindValue(kind.isNull() ? QStringLiteral("") : kind);
    q.addBindValue(kind.isNull() ? QStringLiteral("") : kind);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

// --- hidden steps -----------------------------------------------------------------------------

bool LearnerStore::isHidden(const QString &step) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT hidden FROM hidden_steps WHERE profile = ? AND step = ?"));
    q.addBindValue(m_profile);
    q.addBindValue(step);
    return q.exec() && q.next() && q.value(0).toBool();
}

QStringList LearnerStore::hiddenSteps() const
{
    QStringList out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT step FROM hidden_steps WHERE profile = ? AND hidden ORDER BY step"));
    q.addBindValue(m_profile);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

bool LearnerStore::setHidden(const QString &step, bool hidden)
{
    // Unhiding keeps the row (hidden = 0) with its time, so an import can tell which is newer.
    const bool ok = write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO hidden_steps(profile, step, hidden, updated_at) VALUES(?, ?, ?, ?)"
                                 " ON CONFLICT(profile, step) DO UPDATE SET hidden = excluded.hidden,"
                                 " updated_at = excluded.updated_at"));
        q.addBindValue(m_profile);
        q.addBindValue(step);
        q.addBindValue(hidden ? 1 : 0);
        q.addBindValue(timestamp());
        return q.exec();
    });
    if (ok)
        emit itemChanged(QStringLiteral("step"), step);
    return ok;
}

// --- time spent -------------------------------------------------------------------------------

bool LearnerStore::addTimeSpent(const QString &kind, const QString &item, int seconds, const QDate &day)
{
    if (seconds <= 0)
        return true;
    const bool ok = write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO activity(profile, day, kind, item, seconds) VALUES(?, ?, ?, ?, ?)"
                                 " ON CONFLICT(profile, day, kind, item) DO UPDATE SET"
                                 " seconds = activity.seconds + excluded.seconds"));
        q.addBindValue(m_profile);
        q.addBindValue(day.toString(DayFormat));
        q.addBindValue(kind);
        q.addBindValue(item);
        q.addBindValue(seconds);
        return q.exec();
    });
    if (ok)
        emit itemChanged(kind, item);
    return ok;
}

int LearnerStore::timeSpent(const QString &kind, const QString &item) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT coalesce(sum(seconds), 0) FROM activity WHERE profile = ? AND kind = ?"
                             " AND item = ?"));
    q.addBindValue(m_profile);
    q.addBindValue(kind);
    q.addBindValue(item);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QHash<QString, int> LearnerStore::timeSpentByItem(const QString &kind) const
{
    QHash<QString, int> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT item, sum(seconds) FROM activity WHERE profile = ? AND kind = ?"
                             " GROUP BY item"));
    q.addBindValue(m_profile);
    q.addBindValue(kind);
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

QMap<QDate, int> LearnerStore::activityByDay(const QDate &from, const QDate &to) const
{
    QMap<QDate, int> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT day, sum(seconds) FROM activity WHERE profile = ? AND day BETWEEN ? AND ?"
                             " GROUP BY day"));
    q.addBindValue(m_profile);
    q.addBindValue(from.toString(DayFormat));
    q.addBindValue(to.toString(DayFormat));
    if (q.exec())
        while (q.next()) {
            const QDate d = QDate::fromString(q.value(0).toString(), DayFormat);
            if (d.isValid() && q.value(1).toInt() > 0)
                out.insert(d, q.value(1).toInt());
        }
    return out;
}

// --- quizzes ----------------------------------------------------------------------------------

QString LearnerStore::recordQuizAttempt(const QString &step, const QList<QuizAnswer> &answers,
                                        const QuizJudge &judge, StatusChange *change)
{
    const QString attempt = QUuid::createUuid().toString(QUuid::WithoutBraces);
    StatusChange result;
    bool statusOk = true;
    const bool ok = write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO quiz_attempts(profile, question, step, correct, answered_at,"
                                 " attempt) VALUES(?, ?, ?, ?, ?, ?)"));
        const QString t = timestamp();
        // The last answer to a question within one run is the one that counts.
        QHash<QString, bool> byQuestion;
        for (const QuizAnswer &a : answers) {
            q.addBindValue(m_profile);
            q.addBindValue(a.question);
            q.addBindValue(step);
            q.addBindValue(a.correct ? 1 : 0);
            q.addBindValue(t);
            q.addBindValue(attempt);
            if (!q.exec())
                return false;
            byQuestion.insert(a.question, a.correct);
        }
        if (!judge)
            return true;
        const int correct = static_cast<int>(std::count(byQuestion.cbegin(), byQuestion.cend(), true));
        result = applyIn(q, QStringLiteral("step"), step, judge(correct, int(byQuestion.size())), &statusOk);
        return statusOk;
    });
    if (!ok)
        return QString();
    if (change)
        *change = result;
    emit itemChanged(QStringLiteral("step"), step);
    return attempt;
}

QList<QuizAttempt> LearnerStore::quizAttempts(const QString &step) const
{
    QList<QuizAttempt> out;
    QSqlQuery q(database());
    // Rows written before attempt ids existed are grouped by their shared timestamp.
    q.prepare(QStringLiteral(
        "SELECT coalesce(attempt, answered_at), step, min(answered_at), sum(correct), count(*) FROM"
        " (SELECT a.* FROM quiz_attempts a WHERE a.profile = ? AND (? = '' OR a.step = ?)"
        "  AND a.id = (SELECT max(b.id) FROM quiz_attempts b WHERE b.profile = a.profile"
        "   AND b.step = a.step AND b.question = a.question"
        "   AND coalesce(b.attempt, b.answered_at) = coalesce(a.attempt, a.answered_at)))"
        " GROUP BY coalesce(attempt, answered_at), step ORDER BY min(answered_at), min(id)"));
    q.addBindValue(m_profile);
    q.addBindValue(step.isNull() ? QStringLiteral("") : step);
    q.addBindValue(step.isNull() ? QStringLiteral("") : step);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(),
                        QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toInt(),
                        q.value(4).toInt()});
    return out;
}

// --- wizard -----------------------------------------------------------------------------------

bool LearnerStore::addWizardResult(const QString &answersJson, const QString &resultJson)
{
    const bool ok = write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO wizard_results(profile, created_at, answers, result)"
                                 " VALUES(?, ?, ?, ?)"));
        q.addBindValue(m_profile);
        q.addBindValue(timestamp());
        q.addBindValue(answersJson);
        q.addBindValue(resultJson);
        return q.exec();
    });
    if (ok)
        emit itemChanged(QStringLiteral("wizard"), QString());
    return ok;
}

int LearnerStore::wizardResultCount() const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM wizard_results WHERE profile = ?"));
    q.addBindValue(m_profile);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<WizardResult> LearnerStore::wizardResults() const
{
    QList<WizardResult> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT created_at, answers, result FROM wizard_results WHERE profile = ?"
                             " ORDER BY created_at, id"));
    q.addBindValue(m_profile);
    if (q.exec())
        while (q.next())
            out.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(),
                        q.value(2).toString()});
    return out;
}

// --- the learner's path -----------------------------------------------------------------------

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
    const bool ok = write([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM learner_path WHERE profile = ?"));
        q.addBindValue(m_profile);
        if (!q.exec())
            return false;
        q.prepare(QStringLiteral(
            "INSERT INTO learner_path(profile, ord, step, source, updated_at) VALUES(?, ?, ?, ?, ?)"));
        const QString t = timestamp();
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
    if (ok)
        emit reloaded();
    return ok;
}

} // namespace crossroads
