// SPDX-License-Identifier: MIT
#pragma once

#include "statusrules.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class QSqlQuery;

namespace crossroads {

struct Profile
{
    int id = 0;
    QString name;
    QString createdAt;
    bool archived = false;
};

// What happens to a profile's progress, notes and history when the profile is deleted.
enum class ProfileDeletion {
    KeepData,  // the profile is archived: hidden from the switcher, data untouched, can be restored
    DeleteData // every row of the profile is removed; the caller has asked the learner to confirm
};

struct ProgressRecord
{
    QString kind;
    QString item;
    ItemStatus status = ItemStatus::NotStarted;
    QString updatedAt;
    QString startedAt;
};

struct Bookmark
{
    QString kind;
    QString item;
    QString createdAt;
};

struct QuizAnswer
{
    QString question;
    bool correct = false;
};

// One run through a step's quiz: the answers given together.
struct QuizAttempt
{
    QString attempt;
    QString step;
    QDateTime answeredAt;
    int correct = 0;
    int answered = 0;
};

struct WizardResult
{
    QDateTime createdAt;
    QString answers;
    QString result;
};

// The learner's own database: progress, notes, bookmarks, wizard results and settings. It is
// kept apart from the content database so a content update can never touch a learner's work:
// rows are keyed on content ids and nothing here is deleted when an id leaves the content.
//
// Schema changes go through numbered migrations keyed on PRAGMA user_version. A file written by
// a newer Crossroads is opened read-only and never rewritten.
//
// Everything is per profile: reads and writes use currentProfile(), which persists in settings.
class LearnerStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LearnerStore)

public:
    explicit LearnerStore(QObject *parent = nullptr);
    ~LearnerStore() override;

    static int latestVersion();
    // <AppDataLocation>/learner.db
    static QString defaultPath();
    // Timestamps are stored as ISO 8601 UTC with milliseconds; this is "now" in that form.
    static QString timestamp();

    bool open(const QString &path);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_version; }
    QString path() const { return m_path; }
    // Why the last call failed, or why the store is read-only; names the file.
    QString errorString() const { return m_error; }
    // Successful commits through this store since it was opened (the backup skips idle periods).
    quint64 writeCount() const { return m_writes; }

    // Profiles: several learners on one machine.
    int currentProfile() const { return m_profile; }
    QString currentProfileName() const;
    QList<Profile> profiles(bool includeArchived = false) const;
    int profileId(const QString &name) const; // 0 when there is none (archived ones count)
    int createProfile(const QString &name);   // new id, or 0 (see errorString())
    bool renameProfile(int id, const QString &name);
    // remember = false works on another profile for this session only (the CLI's --profile).
    bool switchProfile(int id, bool remember = true);
    bool deleteProfile(int id, ProfileDeletion mode);
    bool restoreProfile(int id); // brings an archived profile back

    QVariant setting(const QString &key) const;
    bool setSetting(const QString &key, const QVariant &value);

    ItemStatus status(const QString &kind, const QString &item) const;
    // Every status row of a kind for the current profile, ids not in the content included.
    QList<ProgressRecord> progress(const QString &kind = QString()) const;
    // Sets a status directly; the learner's actions go through apply() so the rules hold.
    bool setStatus(const QString &kind, const QString &item, ItemStatus status);
    // Applies an action under the rules in statusrules.h, read and write in one transaction.
    StatusChange apply(const QString &kind, const QString &item, StatusAction action);

    QString note(const QString &kind, const QString &item) const;
    // Autosave-friendly: saving the text already stored is a no-op that does not touch the
    // note's update time, so a debounce timer may call it as often as it likes.
    bool setNote(const QString &kind, const QString &item, const QString &text);

    bool isBookmarked(const QString &kind, const QString &item) const;
    bool setBookmarked(const QString &kind, const QString &item, bool bookmarked);
    QList<Bookmark> bookmarks(const QString &kind = QString()) const; // newest first

    // Steps the learner took off their path; their progress is kept.
    bool isHidden(const QString &step) const;
    QStringList hiddenSteps() const;
    bool setHidden(const QString &step, bool hidden);

    // Time spent, in seconds per local day per item.
    bool addTimeSpent(const QString &kind, const QString &item, int seconds,
                      const QDate &day = QDate::currentDate());
    int timeSpent(const QString &kind, const QString &item) const;
    QHash<QString, int> timeSpentByItem(const QString &kind) const;
    // Total seconds per day in [from, to] (days without activity are absent).
    QMap<QDate, int> activityByDay(const QDate &from, const QDate &to) const;

    // Stores one run through a quiz and returns its attempt id (empty on failure). When judge is
    // given, the step's status action it picks is applied in the same transaction, so a crash
    // can never keep the attempt but lose the "test out". Quiz screens call
    // ProgressTracker::submitQuiz(), which knows the content's question count and threshold.
    using QuizJudge = std::function<StatusAction(int correct, int answered)>;
    QString recordQuizAttempt(const QString &step, const QList<QuizAnswer> &answers,
                              const QuizJudge &judge = {}, StatusChange *change = nullptr);
    QList<QuizAttempt> quizAttempts(const QString &step = QString()) const; // oldest first

    bool addWizardResult(const QString &answersJson, const QString &resultJson);
    int wizardResultCount() const;
    QList<WizardResult> wizardResults() const; // oldest first

    // The learner's own ordered path of step ids; empty means "use the content's default path".
    QStringList learnerPath() const;
    bool setLearnerPath(const QStringList &steps, const QString &source);

    QSqlDatabase database() const;

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back when fn returns false.
    bool write(const std::function<bool(QSqlQuery &)> &fn);

signals:
    // Sent before the profile switches or the file closes: editors save what is pending now, so
    // it lands in the profile and file it was typed for.
    void aboutToReload();
    // A typed write changed one item of the current profile.
    void itemChanged(const QString &kind, const QString &item);
    // Everything may differ: the file was (re)opened, the profile switched or data imported.
    void reloaded();
    // A profile was created, renamed, archived, restored or deleted.
    void profilesChanged();

public:
    // For writers that change many rows at once (import): tells every view to reload.
    void notifyReloaded() { emit reloaded(); }

private:
    StatusChange applyIn(QSqlQuery &q, const QString &kind, const QString &item, StatusAction action,
                         bool *ok);
    bool migrate();
    bool fail(const QString &what, const QString &detail);
    bool setError(const QString &message);
    void loadCurrentProfile();
    QString validateProfileName(const QString &name, int exceptId) const;

    QString m_connection;
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
    int m_version = 0;
    int m_profile = 1;
    quint64 m_writes = 0;
};

} // namespace crossroads
