// SPDX-License-Identifier: MIT
#include "packextractor.h"

#include "zipreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPacks, "crossroads.packs")

namespace crossroads {

namespace {

// Enough problems to show what is wrong with a hostile archive without flooding a terminal.
constexpr int MaxProblems = 50;

struct FolderFile
{
    QString relative;
    QString absolute;
    qint64 size = 0;
};

} // namespace

PackExtractor::PackExtractor(PackLimits limits) : m_limits(limits) {}

bool PackExtractor::isIgnored(const QString &path)
{
    const auto parts = path.split(u'/', Qt::SkipEmptyParts);
    return std::any_of(parts.begin(), parts.end(), [](const QString &p) {
        return (p.startsWith(u'.') && p != QStringLiteral("..") && p != QStringLiteral(".")) ||
               p == QStringLiteral("__pycache__") || p == QStringLiteral("__MACOSX");
    });
}

QString PackExtractor::pathProblem(const QString &path) const
{
    if (path.isEmpty())
        return tr("has an empty name");
    if (path.startsWith(u'/') || (path.size() >= 2 && path.at(1) == u':' && path.at(0).isLetter()))
        return tr("is an absolute path; a pack holds only relative paths");
    if (path.contains(u'\\'))
        return tr("contains a backslash; paths in a pack use '/'");
    for (const QChar c : path)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("contains a control character");
    const auto parts = path.split(u'/');
    for (const QString &part : parts) {
        if (part == QStringLiteral(".."))
            return tr("would be written outside the pack (\"..\")");
        if (part.isEmpty() || part == QStringLiteral("."))
            return tr("has an empty or \".\" path segment");
    }
    if (path.toUtf8().size() > m_limits.maxPathLength)
        return tr("is longer than %1 bytes").arg(m_limits.maxPathLength);
    if (parts.size() - 1 > m_limits.maxPathDepth)
        return tr("is nested deeper than %1 folders").arg(m_limits.maxPathDepth);
    return {};
}

bool PackExtractor::looksLikeZip(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = f.read(4);
    return magic == QByteArrayLiteral("PK\x03\x04") || magic == QByteArrayLiteral("PK\x05\x06");
}

int PackExtractor::jsonDepth(const QByteArray &json)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

bool PackExtractor::extract(const QString &source, const QString &target, Diagnostics *problems)
{
    const QFileInfo info(source);
    if (info.isDir())
        return extractFolder(source, target, problems);
    if (!info.exists()) {
        problems->append({source, 0, 0, tr("no such file or folder")});
        return false;
    }
    if (!info.isFile() || !looksLikeZip(source)) {
        problems->append({source, 0, 0, tr("not a folder or a .zip file")});
        return false;
    }
    if (info.size() > m_limits.maxArchiveSize) {
        problems->append(
            {source, 0, 0,
             tr("the archive is %1; a pack archive may be at most %2")
                 .arg(PackLimits::formatSize(info.size()), PackLimits::formatSize(m_limits.maxArchiveSize))});
        return false;
    }
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({source, 0, 0, tr("cannot read: %1").arg(file.errorString())});
        return false;
    }
    return extractZip(file, source, target, problems);
}

bool PackExtractor::checkContent(const QString &path, const QByteArray &data, const QString &where,
                                 Diagnostics *problems)
{
    // nlohmann parses iteratively, but much of what handles a document afterwards recurses; a
    // document nested thousands deep would exhaust the stack long before any size limit.
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) &&
        jsonDepth(data) > m_limits.maxJsonDepth) {
        problems->append(
            {where, 0, 0,
             tr("arrays and objects are nested deeper than %1 levels").arg(m_limits.maxJsonDepth)});
        return false;
    }
    return true;
}

bool PackExtractor::writeFile(const QString &target, const QString &path, const QByteArray &data,
                              const QString &where, Diagnostics *problems)
{
    const QString full = target + u'/' + path;
    if (!QDir().mkpath(QFileInfo(full).absolutePath())) {
        problems->append({where, 0, 0, tr("cannot create its folder in %1").arg(target)});
        return false;
    }
    QFile out(full);
    // NewOnly: a second entry can never replace a file an earlier one wrote.
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(data) != data.size()) {
        problems->append({where, 0, 0, tr("cannot write it to %1: %2").arg(target, out.errorString())});
        return false;
    }
    return true;
}

bool PackExtractor::extractFolder(const QString &source, const QString &target, Diagnostics *problems)
{
    m_files = 0;
    m_bytes = 0;
    const QString root = QDir(source).absolutePath();
    const auto problem = [&](const QString &rel, const QString &message) {
        if (problems->size() < MaxProblems)
            problems->append({QDir::cleanPath(source + u'/' + rel), 0, 0, message});
    };

    // Walked by hand rather than with QDirIterator, so hidden folders such as .git are never
    // entered and a link is seen as a link, not as what it points to.
    QList<FolderFile> files;
    qint64 declared = 0;
    int visited = 0;
    bool tooMany = false;
    QList<QPair<QString, int>> pending{{QString(), 0}};
    while (!pending.isEmpty() && !tooMany) {
        const auto [dirRel, depth] = pending.takeLast();
        const QDir dir(dirRel.isEmpty() ? root : root + u'/' + dirRel);
        const auto entries = dir.entryInfoList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &fi : entries) {
            const QString rel = dirRel.isEmpty() ? fi.fileName() : dirRel + u'/' + fi.fileName();
            if (isIgnored(rel))
                continue;
            // Someone pointing the importer at their home folder gets a message, not a long walk.
            if (++visited > m_limits.maxFiles * 4) {
                problem(QString(), tr("the folder holds more than %1 files; a pack may hold at most %1")
                                       .arg(m_limits.maxFiles));
                tooMany = true;
                break;
            }
            if (fi.isSymLink()) {
                problem(rel, tr("is a symbolic link; links are not allowed in a pack"));
                continue;
            }
            if (const QString why = pathProblem(rel); !why.isEmpty()) {
                problem(rel, why);
                continue;
            }
            if (fi.isDir()) {
                if (depth + 1 > m_limits.maxPathDepth)
                    problem(rel, tr("is nested deeper than %1 folders").arg(m_limits.maxPathDepth));
                else
                    pending.append({rel, depth + 1});
                continue;
            }
            if (!fi.isFile()) {
                problem(rel, tr("is not a regular file"));
                continue;
            }
            if (fi.size() > m_limits.maxFileSize)
                problem(rel, tr("is %1; the limit for one file is %2")
                                 .arg(PackLimits::formatSize(fi.size()),
                                      PackLimits::formatSize(m_limits.maxFileSize)));
            declared += fi.size();
            files.append({rel, fi.absoluteFilePath(), fi.size()});
        }
    }
    if (files.size() > m_limits.maxFiles && !tooMany)
        problem(QString(), tr("the pack holds %1 files; a pack may hold at most %2")
                               .arg(files.size())
                               .arg(m_limits.maxFiles));
    if (declared > m_limits.maxTotalSize)
        problem(QString(),
                tr("the pack holds %1; a pack may hold at most %2")
                    .arg(PackLimits::formatSize(declared), PackLimits::formatSize(m_limits.maxTotalSize)));
    if (!problems->isEmpty())
        return false;

    std::sort(files.begin(), files.end(),
              [](const FolderFile &a, const FolderFile &b) { return a.relative < b.relative; });
    for (const FolderFile &f : std::as_const(files)) {
        QFile in(f.absolute);
        if (!in.open(QIODevice::ReadOnly)) {
            problem(f.relative, tr("cannot read: %1").arg(in.errorString()));
            return false;
        }
        // Read one byte past the limit: a file that grew since it was measured is caught here.
        const QByteArray data = in.read(m_limits.maxFileSize + 1);
        if (data.size() > m_limits.maxFileSize || m_bytes + data.size() > m_limits.maxTotalSize) {
            problem(f.relative, tr("grew past the size limits while it was being imported"));
            return false;
        }
        const QString where = QDir::cleanPath(source + u'/' + f.relative);
        if (!checkContent(f.relative, data, where, problems) ||
            !writeFile(target, f.relative, data, where, problems))
            return false;
        ++m_files;
        m_bytes += data.size();
    }
    qCDebug(lcPacks) << "copied" << m_files << "files," << m_bytes << "bytes from" << source;
    return true;
}

bool PackExtractor::extractZip(QIODevice &archive, const QString &displayName, const QString &target,
                               Diagnostics *problems)
{
    m_files = 0;
    m_bytes = 0;
    const auto problem = [&](const QString &entry, const QString &message) {
        if (problems->size() >= MaxProblems)
            return;
        problems->append(
            {displayName, 0, 0, entry.isEmpty() ? message : tr("zip entry \"%1\" %2").arg(entry, message)});
    };

    ZipReader zip(archive);
    QString error;
    // Folders have entries of their own, so the archive may list more entries than files.
    if (!zip.open(m_limits.maxFiles * 2, &error)) {
        problem(QString(), error);
        return false;
    }

    // First pass: judge every name, type and declared size before inflating anything.
    QList<const ZipEntry *> files;
    QSet<QString> seen;
    QSet<QString> folders;
    qint64 declared = 0;
    for (const ZipEntry &e : zip.entries()) {
        const bool folder = e.isDirectory();
        const QString name = folder && e.name.endsWith(u'/') ? e.name.chopped(1) : e.name;
        if (const QString why = pathProblem(name); !why.isEmpty()) {
            problem(e.name, why);
            continue;
        }
        if (e.isSymlink()) {
            problem(e.name, tr("is a symbolic link; links are not allowed in a pack"));
            continue;
        }
        if (e.isSpecialFile()) {
            problem(e.name, tr("is not a regular file"));
            continue;
        }
        if (isIgnored(name))
            continue;
        if (seen.contains(name)) {
            problem(e.name, tr("appears twice in the archive"));
            continue;
        }
        seen.insert(name);
        if (folder)
            continue;
        if (e.isEncrypted()) {
            problem(e.name, tr("is encrypted; packs cannot be encrypted"));
            continue;
        }
        if (e.method != 0 && e.method != 8) {
            problem(e.name,
                    tr("uses compression method %1; only stored and deflate are supported").arg(e.method));
            continue;
        }
        if (e.uncompressedSize > m_limits.maxFileSize) {
            problem(e.name, tr("is %1 when unpacked; the limit for one file is %2")
                                .arg(PackLimits::formatSize(e.uncompressedSize),
                                     PackLimits::formatSize(m_limits.maxFileSize)));
            continue;
        }
        declared += e.uncompressedSize;
        files.append(&e);
        for (qsizetype slash = name.indexOf(u'/'); slash >= 0; slash = name.indexOf(u'/', slash + 1))
            folders.insert(name.left(slash));
    }
    for (const ZipEntry *e : std::as_const(files))
        if (folders.contains(e->name))
            problem(e->name, tr("is both a file and a folder"));
    if (files.size() > m_limits.maxFiles)
        problem(QString(), tr("the archive holds %1 files; a pack may hold at most %2")
                               .arg(files.size())
                               .arg(m_limits.maxFiles));
    if (declared > m_limits.maxTotalSize)
        problem(QString(),
                tr("the archive unpacks to %1; a pack may hold at most %2")
                    .arg(PackLimits::formatSize(declared), PackLimits::formatSize(m_limits.maxTotalSize)));
    if (!problems->isEmpty())
        return false;

    // Second pass: inflate. read() stops at the declared size, and every declared size was
    // summed above, so the total cannot pass its limit either; it is checked again regardless.
    for (const ZipEntry *e : std::as_const(files)) {
        QByteArray data;
        if (!zip.read(*e, m_limits.maxFileSize, &data, &error)) {
            problem(e->name, tr("cannot be unpacked: %1").arg(error));
            return false;
        }
        if (m_bytes + data.size() > m_limits.maxTotalSize) {
            problem(QString(), tr("the archive unpacks to more than %1; a pack may hold at most %1")
                                   .arg(PackLimits::formatSize(m_limits.maxTotalSize)));
            return false;
        }
        const QString where = displayName + u'/' + e->name;
        if (!checkContent(e->name, data, where, problems) ||
            !writeFile(target, e->name, data, where, problems))
            return false;
        ++m_files;
        m_bytes += data.size();
    }
    qCDebug(lcPacks) << "unpacked" << m_files << "files," << m_bytes << "bytes from" << displayName;
    return true;
}

} // namespace crossroads
