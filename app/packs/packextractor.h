// SPDX-License-Identifier: MIT
#pragma once

#include "content/diagnostic.h"
#include "packlimits.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace crossroads {

// Copies an untrusted content pack, a folder or a .zip, into a fresh folder the app owns,
// checking every limit on the way: the number of files, the size of each and of all of them,
// path length and depth, and the nesting of JSON documents. Links (symbolic links, zip
// entries marked as links), devices, absolute paths, "..", backslashes and control characters
// are refused, never followed. Hidden files and folders (".git", ".DS_Store"), __pycache__ and
// __MACOSX are left out. What lands in the target is exactly what was checked, so a folder
// that changes while it is imported cannot slip anything past the validator.
class PackExtractor final
{
    Q_DECLARE_TR_FUNCTIONS(crossroads::PackExtractor)

public:
    explicit PackExtractor(PackLimits limits = {});

    // source is a folder or a zip file; target an existing, empty folder. Returns false with
    // at least one problem when anything is refused; target may then hold part of the pack.
    bool extract(const QString &source, const QString &target, Diagnostics *problems);
    bool extractFolder(const QString &source, const QString &target, Diagnostics *problems);
    // displayName names the archive in problems.
    bool extractZip(QIODevice &archive, const QString &displayName, const QString &target,
                    Diagnostics *problems);

    // Why a '/'-separated path inside a pack is refused, or an empty string when it is fine.
    QString pathProblem(const QString &path) const;
    // Names the extractor leaves out: hidden files and folders, __pycache__, __MACOSX.
    static bool isIgnored(const QString &path);
    // True when the file starts like a zip archive (whatever its name).
    static bool looksLikeZip(const QString &path);
    // Deepest nesting of arrays and objects in a JSON text (strings are skipped).
    static int jsonDepth(const QByteArray &json);

    int fileCount() const { return m_files; }
    qint64 totalSize() const { return m_bytes; }
    const PackLimits &limits() const { return m_limits; }

private:
    bool checkContent(const QString &path, const QByteArray &data, const QString &where,
                      Diagnostics *problems);
    bool writeFile(const QString &target, const QString &path, const QByteArray &data, const QString &where,
                   Diagnostics *problems);

    PackLimits m_limits;
    int m_files = 0;
    qint64 m_bytes = 0;
};

} // namespace crossroads
