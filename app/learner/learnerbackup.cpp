// SPDX-License-Identifier: MIT
#include "learnerbackup.h"

#include "learnerstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcBackup, "crossroads.backup")

namespace crossroads {

namespace {

const QString TimeFormat = QStringLiteral("yyyy-MM-dd_HH-mm-ss");

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^learner-(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})(?:-(\\d+))?(?:-([a-z][a-z-]*))?\\.db$"));
    return re;
}

// Data must be on disk before the rename that publishes it, or a power cut could leave a
// complete-looking name over incomplete contents.
bool syncFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(f.handle()) == 0;
#else
    return f.flush();
#endif
}

bool replaceFile(const QString &from, const QString &to)
{
    // std::rename replaces the target atomically on POSIX; QFile::rename refuses to overwrite.
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

} // namespace

LearnerBackup::LearnerBackup(LearnerStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(&m_timer, &QTimer::timeout, this, &LearnerBackup::onInterval);
}

void LearnerBackup::setKeep(int count)
{
    m_keep = std::max(1, count);
    rotate();
}

QString LearnerBackup::directory() const
{
    return QFileInfo(m_store.path()).absolutePath() + QStringLiteral("/backups");
}

bool LearnerBackup::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcBackup).noquote() << message;
    emit failed(message);
    return false;
}

QString LearnerBackup::backupNow(const QString &label, bool skipIfUnchanged)
{
    if (!m_store.isOpen() || m_store.path().isEmpty() || m_store.path() == QStringLiteral(":memory:")) {
        fail(tr("There is no learner database file to back up."));
        return {};
    }
    const QString dir = directory();
    if (!QDir().mkpath(dir)) {
        fail(tr("%1: cannot create the backup folder").arg(dir));
        return {};
    }
    const QString stamp = QDateTime::currentDateTime().toString(TimeFormat);
    const QString suffix = label.isEmpty() ? QString() : u'-' + label;
    // Within one second, names count up past every existing one: reusing a number the rotation
    // freed would sort the newest backup as the oldest.
    const QDateTime stampTime = QDateTime::fromString(stamp, TimeFormat);
    int seq = 1;
    for (const BackupInfo &b : backups())
        if (b.time == stampTime)
            seq = std::max(seq, b.sequence + 1);
    QString name;
    for (; name.isEmpty() || QFileInfo::exists(dir + u'/' + name); ++seq)
        name = QStringLiteral("learner-%1%2%3.db")
                   .arg(stamp, seq == 1 ? QString() : QStringLiteral("-%1").arg(seq), suffix);
    const QString target = dir + u'/' + name;
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);

    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(part);
    if (!q.exec()) {
        QFile::remove(part);
        fail(tr("%1: backup failed: %2").arg(target, q.lastError().text()));
        return {};
    }
    if (skipIfUnchanged) {
        const QList<BackupInfo> existing = backups();
        if (!existing.isEmpty() && fileHash(existing.first().path) == fileHash(part)) {
            QFile::remove(part);
            m_writesAtLastBackup = m_store.writeCount();
            qCDebug(lcBackup) << "unchanged since" << existing.first().path;
            return existing.first().path;
        }
    }
    if (!syncFile(part) || !replaceFile(part, target)) {
        QFile::remove(part);
        fail(tr("%1: backup could not be saved").arg(target));
        return {};
    }
    m_writesAtLastBackup = m_store.writeCount();
    qCInfo(lcBackup) << "backed up to" << target;
    if (label.isEmpty())
        rotate();
    emit backedUp(target);
    return target;
}

QList<BackupInfo> LearnerBackup::backups() const
{
    QList<BackupInfo> out;
    const QDir dir(directory());
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("learner-*.db")}, QDir::Files)) {
        const auto m = namePattern().match(fi.fileName());
        if (!m.hasMatch())
            continue;
        BackupInfo b;
        b.path = fi.absoluteFilePath();
        b.time = QDateTime::fromString(m.captured(1), TimeFormat);
        b.sequence = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
        b.label = m.captured(3);
        b.size = fi.size();
        if (b.time.isValid())
            out.append(b);
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.time != b.time ? a.time > b.time : a.sequence > b.sequence;
    });
    return out;
}

void LearnerBackup::rotate()
{
    const QList<BackupInfo> all = backups();
    for (qsizetype i = m_keep; i < all.size(); ++i) {
        if (QFile::remove(all.at(i).path))
            qCInfo(lcBackup) << "dropped old backup" << all.at(i).path;
    }
    // Leftovers of a backup interrupted by a crash.
    const QDir dir(directory());
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("learner-*.db.part")}, QDir::Files))
        QFile::remove(fi.absoluteFilePath());
}

bool LearnerBackup::validate(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return fail(tr("%1: the backup does not exist").arg(path));
    const QString connection = QStringLiteral("crossroads-backup-check-") + QUuid::createUuid().toString(QUuid::Id128);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
                q.value(0).toString() != QStringLiteral("ok"))
                problem = tr("it is damaged (%1)").arg(q.lastError().isValid() ? q.lastError().text()
                                                                                 : q.value(0).toString());
            else if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next() || q.value(0).toInt() < 1)
                problem = tr("it is not a Crossroads learner database");
            else if (q.value(0).toInt() > LearnerStore::latestVersion())
                problem = tr("it was written by a newer version of Crossroads");
            else if (!q.exec(QStringLiteral("SELECT count(*) FROM profiles")))
                problem = tr("it is not a Crossroads learner database");
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!problem.isEmpty())
        return fail(tr("%1 cannot be restored: %2").arg(path, problem));
    return true;
}

bool LearnerBackup::swapIn(const QString &source, const QString &target)
{
    const QString temp = target + QStringLiteral(".restoring");
    QFile::remove(temp);
    if (!QFile::copy(source, temp) || !syncFile(temp)) {
        QFile::remove(temp);
        return false;
    }
    // The WAL and index of the file being replaced belong to it, never to the backup.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (!replaceFile(temp, target)) {
        QFile::remove(temp);
        return false;
    }
    return true;
}

bool LearnerBackup::restore(const QString &backupPath)
{
    const QString path = m_store.path();
    if (path.isEmpty() || path == QStringLiteral(":memory:"))
        return fail(tr("There is no learner database file to restore into."));
    if (!validate(backupPath))
        return false;
    const QString safety = backupNow(QStringLiteral("before-restore"));
    if (safety.isEmpty())
        return fail(tr("The current data could not be backed up, so nothing was restored: %1").arg(m_error));

    m_store.close();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        // Another process still has the file open; swapping it now would corrupt its view.
        m_store.open(path);
        return fail(tr("%1 is in use by another Crossroads; close it and try again.").arg(path));
    }
    if (!swapIn(backupPath, path)) {
        m_store.open(path);
        return fail(tr("%1: the backup could not be copied into place; your data is unchanged.").arg(path));
    }
    if (!m_store.open(path)) {
        const QString why = m_store.errorString();
        swapIn(safety, path);
        m_store.open(path);
        return fail(tr("The backup could not be opened (%1); your data was put back.").arg(why));
    }
    m_writesAtLastBackup = m_store.writeCount();
    qCInfo(lcBackup) << "restored" << backupPath << "into" << path << "; previous data in" << safety;
    rotate();
    emit restored(backupPath);
    return true;
}

void LearnerBackup::start(int intervalMs)
{
    backupNow(QString(), true);
    m_timer.start(intervalMs);
}

void LearnerBackup::stop()
{
    m_timer.stop();
}

void LearnerBackup::onInterval()
{
    // "Every 30 minutes of use": an idle half hour adds nothing worth a slot in the rotation.
    if (m_store.writeCount() == m_writesAtLastBackup)
        return;
    backupNow();
}

} // namespace crossroads
