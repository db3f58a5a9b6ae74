// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class QSqlQuery;

namespace crossroads {

enum class ItemStatus { NotStarted, InProgress, Done, Skipped };

QString statusName(ItemStatus status);
ItemStatus statusFromName(const QString &name);

// The learner's own database: progress, notes, bookmarks, wizard results and settings. It is
// kept apart from the content database so a content update can never touch a learner's work.
//
// Schema changes go through numbered migrations keyed on PRAGMA user_version. A file written by
// a newer Crossroads is opened read-only and never rewritten.
class LearnerStore final
{
public:
    LearnerStore();
    ~LearnerStore();
    LearnerStore(const LearnerStore &) = delete;
    LearnerStore &operator=(const LearnerStore &) = delete;

    static int latestVersion();
    // <AppDataLocation>/learner.db
    static QString defaultPath();

    bool open(const QString &path);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_version; }
    QString path() const { return m_path; }
    // Why the last call failed, or why the store is read-only; names the file.
    QString errorString() const { return m_error; }

    int currentProfile() const { return m_profile; }

    QVariant setting(const QString &key) const;
    bool setSetting(const QString &key, const QVariant &value);

    ItemStatus status(const QString &kind, const QString &item) const;
    bool setStatus(const QString &kind, const QString &item, ItemStatus status);
    QString note(const QString &kind, const QString &item) const;
    bool setNote(const QString &kind, const QString &item, const QString &text);
    bool isBookmarked(const QString &kind, const QString &item) const;
    bool setBookmarked(const QString &kind, const QString &item, bool bookmarked);
    bool addWizardResult(const QString &answersJson, const QString &resultJson);
    int wizardResultCount() const;
    // The learner's own ordered path of step ids; empty means "use the content's default path".
    QStringList learnerPath() const;
    bool setLearnerPath(const QStringList &steps, const QString &source);

    QSqlDatabase database() const;

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back when fn returns false.
    bool write(const std::function<bool(QSqlQuery &)> &fn);

private:
    bool migrate();
    bool fail(const QString &what, const QString &detail);

    QString m_connection;
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
    int m_version = 0;
    int m_profile = 1;
};

} // namespace crossroads
