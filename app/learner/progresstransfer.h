// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace crossroads {

class LearnerStore;

// What an import did to one kind of data.
struct SectionSummary
{
    QString section; // "progress", "notes", ... as in the file
    int added = 0;
    int updated = 0;
    int removed = 0;   // bookmarks the file removed later than they were made here
    int unchanged = 0; // the same, or newer here, so kept as it was
    int changes() const { return added + updated + removed; }
};

struct ImportSummary
{
    bool ok = false;
    QString error; // names the file, and the line:column and field when the content is at fault
    QString file;
    QString profileName;
    bool profileCreated = false;
    QList<SectionSummary> sections;
    int changes() const;
    QString toText() const;
};

// Moves all of one profile's data in and out of a single JSON file with a format version:
// progress, notes, bookmarks, hidden steps, quiz history, wizard results and answers, time
// spent, the learner's path, reading positions and exercise work.
//
// Import merges: for each item the newer update wins (ties keep what is here), histories are
// united without duplicates, and time spent per day keeps the larger count so importing the
// same file twice changes nothing. The whole file is checked before anything is written, and
// the merge runs in one transaction, so a bad file changes nothing at all.
class ProgressTransfer final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressTransfer)

public:
    static constexpr int FormatVersion = 1;
    static const char *formatName(); // "crossroads-learner-export"

    explicit ProgressTransfer(LearnerStore &store);

    // profile 0 means the store's current profile.
    QByteArray exportJson(int profile = 0) const;
    bool exportToFile(const QString &path, int profile = 0);
    // profileName empty: the current profile; a name that does not exist yet is created, in the
    // same transaction as the merge.
    ImportSummary importFile(const QString &path, const QString &profileName = QString());
    ImportSummary importJson(const QByteArray &json, const QString &fileName,
                             const QString &profileName = QString());

    QString errorString() const { return m_error; }

private:
    LearnerStore &m_store;
    QString m_error;
};

} // namespace crossroads
