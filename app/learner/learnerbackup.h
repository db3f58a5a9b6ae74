// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace crossroads {

class LearnerStore;

struct BackupInfo
{
    QString path;
    QDateTime time; // local time, from the file name
    int sequence = 1;
    QString label; // "before-restore" for the copy made just before a restore
    qint64 size = 0;
};

// Rolling copies of the learner database in <database folder>/backups, named by date and time
// (learner-2026-03-01_09-30-00.db), newest N kept. Copies are made with VACUUM INTO, which
// reads one consistent snapshot while the app keeps writing, into a .part file that is synced
// and renamed, so a crash mid-backup never leaves a broken backup behind.
class LearnerBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LearnerBackup)

public:
    static constexpr int DefaultKeep = 10;
    static constexpr int DefaultIntervalMinutes = 30;

    explicit LearnerBackup(LearnerStore &store, QObject *parent = nullptr);

    int keep() const { return m_keep; }
    void setKeep(int count); // at least 1
    QString directory() const;

    // Makes a backup now and drops the oldest beyond keep(). Returns its path, or empty (see
    // errorString()). With skipIfUnchanged, no file is added when the database holds exactly
    // what the newest backup holds, so restarting the app does not push real history out.
    QString backupNow(const QString &label = QString(), bool skipIfUnchanged = false);
    QList<BackupInfo> backups() const; // newest first

    // Checks the chosen backup, backs up the current database, closes the store, swaps the
    // backup in and reopens. On any failure the current data is left (or put back) in place.
    bool restore(const QString &backupPath);

    // A backup now (unless nothing changed) and then every interval while the learner writes;
    // an interval with no writes makes no backup.
    void start(int intervalMs = DefaultIntervalMinutes * 60 * 1000);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    QString errorString() const { return m_error; }

signals:
    void backedUp(const QString &path);
    void restored(const QString &backupPath);
    void failed(const QString &message);

private:
    void onInterval();
    void rotate();
    bool fail(const QString &message);
    bool validate(const QString &path);
    bool swapIn(const QString &source, const QString &target);

    LearnerStore &m_store;
    QTimer m_timer;
    int m_keep = DefaultKeep;
    quint64 m_writesAtLastBackup = 0;
    QString m_error;
};

} // namespace crossroads
