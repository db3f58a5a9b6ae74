// SPDX-License-Identifier: MIT
#pragma once

#include "content/diagnostic.h"
#include "packlimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace crossroads {

// A content pack the learner imported.
struct InstalledPack
{
    QString id;
    QString title;
    QString version;
    QString locale;
    QString description;
    QString databasePath;
    QDateTime builtAt; // when it was imported (compiled), UTC
    qint64 size = 0;   // bytes of its database
};

// What an import did, or why it did nothing.
struct PackImportResult
{
    bool ok = false;
    Diagnostics problems; // every reason the pack was refused; empty when ok
    InstalledPack pack;
    bool replaced = false;         // an earlier version with the same id was replaced
    bool alreadyInstalled = false; // refused only because the id is taken (import again with replace)
    int documents = 0;
    int files = 0;
    qint64 bytes = 0; // unpacked size of the pack's files
};

// The content packs a learner has added, kept apart from the content Crossroads ships.
//
// Namespacing: each pack is compiled (ContentCompiler) into its own read-only database,
// <dir>/<pack id>.db, so nothing in a pack can replace or shadow a shipped lesson, sample
// or term, whatever ids it uses. Outside its database an item is named "<pack id>/<item id>"
// (qualifiedId()); shipped ids never contain '/', so the two can never collide. The id "core"
// is the shipped content's and is refused, as are a few names the app uses itself.
//
// Import is all or nothing: the pack is copied into a temporary folder under the limits of
// PackExtractor, validated as a whole with the app's own schema (ContentPack), compiled beside
// its final place and only then renamed into it. On any problem nothing in <dir> changes.
// remove() deletes the pack's database only; the learner database, and so any progress on
// the pack, is never touched.
//
// "Run it" on a pack's Python code needs the learner's yes, asked once per pack and naming
// it; the answer is kept in <dir>/permissions.json and forgotten when the pack is replaced or
// removed, because new code deserves a new question.
class PackRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(crossroads::PackRegistry)

public:
    explicit PackRegistry(QString dir, PackLimits limits = {});

    // <AppDataLocation>/packs
    static QString defaultDir();
    QString dir() const { return m_dir; }
    const PackLimits &limits() const { return m_limits; }

    // Ids a pack may not take: "core" (the shipped content) and names the app reserves.
    static bool isReservedId(const QString &id);
    // "<pack id>/<item id>": how the rest of the app names an item of a pack.
    static QString qualifiedId(const QString &packId, const QString &itemId);
    // Splits a qualified id; std::nullopt for a shipped (unqualified) id.
    static std::optional<std::pair<QString, QString>> splitQualifiedId(const QString &qualified);

    // source: a pack folder or a .zip. replace: allow an installed pack with the same id to be
    // replaced (otherwise that is a problem).
    PackImportResult import(const QString &source, bool replace);

    // Installed packs sorted by id. A database that cannot be read is reported in problems.
    QList<InstalledPack> list(QStringList *problems = nullptr) const;
    std::optional<InstalledPack> find(const QString &id) const;
    QString databasePath(const QString &id) const;

    // Deletes the pack's database and forgets its run permission. False (with a message) when
    // no such pack is installed or the file cannot be removed.
    bool remove(const QString &id, QString *error);

    // Whether "Run it" may run this pack's code: only after the learner said yes.
    bool mayRunCode(const QString &packId) const;
    // The learner's recorded answer, or std::nullopt when they have not been asked yet.
    std::optional<bool> runCodeAnswer(const QString &packId) const;
    bool setMayRunCode(const QString &packId, bool allowed, QString *error = nullptr);

private:
    QString permissionsPath() const;
    QString lockPath() const;
    bool readPermissions(QHash<QString, bool> *answers) const;
    bool writePermissions(const QHash<QString, bool> &answers, QString *error) const;
    std::optional<InstalledPack> readPack(const QString &databasePath, QString *error) const;

    QString m_dir;
    PackLimits m_limits;
};

} // namespace crossroads
