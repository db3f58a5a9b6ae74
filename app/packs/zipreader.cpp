// SPDX-License-Identifier: MIT
#include "zipreader.h"

#include "packlimits.h"

#include <QIODevice>
#include <QLoggingCategory>
#include <QStringDecoder>

#include <algorithm>
#include <zlib.h>

Q_DECLARE_LOGGING_CATEGORY(lcPacks)

namespace crossroads {

namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr quint32 Zip64LocatorSignature = 0x07064b50;
constexpr qint64 LocalHeaderSize = 30;
constexpr qint64 CentralHeaderSize = 46;
constexpr qint64 EndSize = 22;
constexpr qint64 MaxCommentSize = 0xFFFF;
constexpr qint64 Chunk = 64 * 1024;

quint16 u16(const QByteArray &b, qint64 at)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData()) + at;
    return quint16(p[0] | (p[1] << 8));
}

quint32 u32(const QByteArray &b, qint64 at)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData()) + at;
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

// Unix file type bits, present in the high half of the external attributes when the entry
// was made on Unix (and by many tools elsewhere too, so they are honoured whatever the host).
constexpr quint32 TypeMask = 0170000;
constexpr quint32 TypeRegular = 0100000;
constexpr quint32 TypeDirectory = 0040000;
constexpr quint32 TypeSymlink = 0120000;

quint32 unixType(const ZipEntry &e)
{
    return (e.externalAttributes >> 16) & TypeMask;
}

// zlib's inflate state, released on every path out of read().
class Inflater final
{
public:
    Inflater() { m_ok = inflateInit2(&m_stream, -MAX_WBITS) == Z_OK; }
    ~Inflater()
    {
        if (m_ok)
            inflateEnd(&m_stream);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    bool ok() const { return m_ok; }
    z_stream &stream() { return m_stream; }

private:
    z_stream m_stream{};
    bool m_ok = false;
};

} // namespace

bool ZipEntry::isDirectory() const
{
    return name.endsWith(u'/') || unixType(*this) == TypeDirectory || (externalAttributes & 0x10);
}

bool ZipEntry::isSymlink() const
{
    return unixType(*this) == TypeSymlink;
}

bool ZipEntry::isSpecialFile() const
{
    const quint32 type = unixType(*this);
    return type != 0 && type != TypeRegular && type != TypeDirectory;
}

ZipReader::ZipReader(QIODevice &device) : m_device(device) {}

bool ZipReader::readAt(qint64 offset, qint64 size, QByteArray *out)
{
    if (offset < 0 || size < 0 || offset > m_size || size > m_size - offset || !m_device.seek(offset))
        return false;
    *out = m_device.read(size);
    return out->size() == size;
}

bool ZipReader::open(int maxEntries, QString *error)
{
    m_entries.clear();
    m_size = m_device.size();
    const auto fail = [&](const QString &message) {
        m_entries.clear();
        if (error)
            *error = message;
        return false;
    };
    if (!m_device.isReadable() || m_device.isSequential())
        return fail(tr("cannot read the archive"));
    if (m_size < EndSize)
        return fail(tr("not a zip file (too short to hold a zip directory)"));

    // The end record sits in the last 22 bytes plus up to 64 KB of comment; the comment must
    // reach exactly to the end of the file, which rules out a signature hidden inside it.
    const qint64 tailSize = std::min(m_size, EndSize + MaxCommentSize);
    QByteArray tail;
    if (!readAt(m_size - tailSize, tailSize, &tail))
        return fail(tr("cannot read the archive"));
    qint64 end = -1;
    for (qint64 i = tailSize - EndSize; i >= 0; --i) {
        if (u32(tail, i) == EndSignature && i + EndSize + u16(tail, i + 20) == tailSize) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return fail(tr("not a zip file (no zip directory at its end)"));
    const qint64 endOffset = m_size - tailSize + end;
    if (end >= 20 && u32(tail, end - 20) == Zip64LocatorSignature)
        return fail(tr("ZIP64 archives are not supported (a pack is far smaller than 4 GB)"));
    const quint16 disk = u16(tail, end + 4);
    const quint16 cdDisk = u16(tail, end + 6);
    const quint16 diskEntries = u16(tail, end + 8);
    const quint16 total = u16(tail, end + 10);
    const qint64 cdSize = u32(tail, end + 12);
    const qint64 cdOffset = u32(tail, end + 16);
    if (total == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF)
        return fail(tr("ZIP64 archives are not supported (a pack is far smaller than 4 GB)"));
    if (disk != 0 || cdDisk != 0 || diskEntries != total)
        return fail(tr("archives split over several disks are not supported"));
    if (total > maxEntries)
        return fail(tr("the archive lists %1 entries (files and folders); at most %2 are allowed")
                        .arg(total)
                        .arg(maxEntries));
    if (cdOffset + cdSize > endOffset)
        return fail(tr("the zip directory points past the end of the file; the archive is damaged"));

    QByteArray cd;
    if (!readAt(cdOffset, cdSize, &cd))
        return fail(tr("cannot read the zip directory"));
    qint64 at = 0;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    for (int i = 0; i < total; ++i) {
        if (at + CentralHeaderSize > cdSize || u32(cd, at) != CentralHeaderSignature)
            return fail(tr("entry %1 of the zip directory is damaged").arg(i + 1));
        ZipEntry e;
        e.madeBy = u16(cd, at + 4);
        e.flags = u16(cd, at + 8);
        e.method = u16(cd, at + 10);
        e.crc32 = u32(cd, at + 16);
        e.compressedSize = u32(cd, at + 20);
        e.uncompressedSize = u32(cd, at + 24);
        const qint64 nameSize = u16(cd, at + 28);
        const qint64 extraSize = u16(cd, at + 30);
        const qint64 commentSize = u16(cd, at + 32);
        const quint16 startDisk = u16(cd, at + 34);
        e.externalAttributes = u32(cd, at + 38);
        e.localHeaderOffset = u32(cd, at + 42);
        const qint64 next = at + CentralHeaderSize + nameSize + extraSize + commentSize;
        if (next > cdSize || nameSize == 0)
            return fail(tr("entry %1 of the zip directory is damaged").arg(i + 1));
        const QByteArray rawName = cd.mid(at + CentralHeaderSize, nameSize);
        e.name = utf8.decode(rawName);
        if (utf8.hasError())
            return fail(tr("entry %1 has a name that is not valid UTF-8").arg(i + 1));
        if (e.compressedSize == 0xFFFFFFFF || e.uncompressedSize == 0xFFFFFFFF ||
            e.localHeaderOffset == 0xFFFFFFFF)
            return fail(tr("\"%1\": ZIP64 entries are not supported").arg(e.name));
        if (startDisk != 0)
            return fail(tr("archives split over several disks are not supported"));

        // The local header must agree on the name: a zip whose two copies of a name differ
        // is a classic way to show one file to a checker and extract another.
        QByteArray local;
        if (!readAt(e.localHeaderOffset, LocalHeaderSize, &local) || u32(local, 0) != LocalHeaderSignature)
            return fail(tr("\"%1\": its local header is missing; the archive is damaged").arg(e.name));
        const qint64 localName = u16(local, 26);
        const qint64 localExtra = u16(local, 28);
        QByteArray localNameBytes;
        if (!readAt(e.localHeaderOffset + LocalHeaderSize, localName, &localNameBytes) ||
            localNameBytes != rawName)
            return fail(
                tr("\"%1\": the local header names a different file; the archive is damaged").arg(e.name));
        e.dataOffset = e.localHeaderOffset + LocalHeaderSize + localName + localExtra;
        if (e.dataOffset + e.compressedSize > cdOffset)
            return fail(
                tr("\"%1\": its data runs into the zip directory; the archive is damaged").arg(e.name));
        m_entries.append(e);
        at = next;
    }

    // Entries whose data overlap let a few kilobytes stand for gigabytes (the "overlapping
    // files" zip bomb); a real zip never needs them.
    QList<const ZipEntry *> byOffset;
    for (const ZipEntry &e : std::as_const(m_entries))
        byOffset.append(&e);
    std::sort(byOffset.begin(), byOffset.end(), [](const ZipEntry *a, const ZipEntry *b) {
        return a->localHeaderOffset < b->localHeaderOffset;
    });
    for (qsizetype i = 1; i < byOffset.size(); ++i) {
        const ZipEntry *prev = byOffset.at(i - 1);
        if (byOffset.at(i)->localHeaderOffset < prev->dataOffset + prev->compressedSize)
            return fail(tr("\"%1\" overlaps \"%2\" in the archive; the archive is damaged or hostile")
                            .arg(byOffset.at(i)->name, prev->name));
    }
    return true;
}

bool ZipReader::read(const ZipEntry &entry, qint64 maxSize, QByteArray *out, QString *error)
{
    out->clear();
    const auto fail = [&](const QString &message) {
        out->clear();
        out->squeeze();
        if (error)
            *error = message;
        return false;
    };
    if (entry.isEncrypted())
        return fail(tr("encrypted entries are not supported"));
    if (entry.method != 0 && entry.method != 8)
        return fail(
            tr("compression method %1 is not supported (only stored and deflate are)").arg(entry.method));
    if (entry.uncompressedSize > maxSize)
        return fail(
            tr("%1 when unpacked; the limit for one file is %2")
                .arg(PackLimits::formatSize(entry.uncompressedSize), PackLimits::formatSize(maxSize)));
    if (entry.dataOffset < 0 || entry.dataOffset + entry.compressedSize > m_size ||
        !m_device.seek(entry.dataOffset))
        return fail(tr("its data lies outside the archive; the archive is damaged"));

    // Never more than the smaller of what the entry declares and what the caller allows.
    const qint64 cap = std::min(entry.uncompressedSize, maxSize);
    out->reserve(cap);
    uLong crc = crc32(0L, Z_NULL, 0);
    qint64 remaining = entry.compressedSize;

    if (entry.method == 0) {
        if (entry.compressedSize != entry.uncompressedSize)
            return fail(tr("a stored entry whose sizes disagree; the archive is damaged"));
        while (remaining > 0) {
            const QByteArray piece = m_device.read(std::min(remaining, Chunk));
            if (piece.isEmpty())
                return fail(tr("its data is cut short; the archive is damaged"));
            remaining -= piece.size();
            out->append(piece);
        }
        crc = crc32(crc, reinterpret_cast<const Bytef *>(out->constData()), uInt(out->size()));
    } else {
        Inflater inflater;
        if (!inflater.ok())
            return fail(tr("cannot start decompressing"));
        z_stream &zs = inflater.stream();
        QByteArray input;
        char buffer[Chunk];
        bool finished = false;
        while (!finished) {
            if (zs.avail_in == 0) {
                if (remaining == 0)
                    return fail(tr("its compressed data is cut short; the archive is damaged"));
                input = m_device.read(std::min(remaining, Chunk));
                if (input.isEmpty())
                    return fail(tr("its data is cut short; the archive is damaged"));
                remaining -= input.size();
                zs.next_in = reinterpret_cast<Bytef *>(input.data());
                zs.avail_in = uInt(input.size());
            }
            zs.next_out = reinterpret_cast<Bytef *>(buffer);
            zs.avail_out = uInt(sizeof buffer);
            const int rc = inflate(&zs, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                return fail(tr("its compressed data is corrupt (%1)")
                                .arg(QString::fromLatin1(zs.msg ? zs.msg : "zlib error")));
            const qint64 produced = qint64(sizeof buffer) - zs.avail_out;
            // Checked per chunk while inflating, so a bomb is stopped after at most one chunk
            // past the limit instead of after it has filled memory.
            if (out->size() + produced > cap) {
                if (entry.uncompressedSize <= maxSize)
                    return fail(
                        tr("it inflates past its declared size of %1; the archive is damaged or hostile")
                            .arg(PackLimits::formatSize(entry.uncompressedSize)));
                return fail(tr("more than %1 when unpacked; the limit for one file is %1")
                                .arg(PackLimits::formatSize(maxSize)));
            }
            out->append(buffer, produced);
            crc = crc32(crc, reinterpret_cast<const Bytef *>(buffer), uInt(produced));
            if (rc == Z_STREAM_END)
                finished = true;
            else if (rc == Z_BUF_ERROR && produced == 0 && zs.avail_in != 0)
                return fail(tr("its compressed data is corrupt"));
        }
        if (zs.avail_in != 0 || remaining != 0)
            return fail(tr("its compressed data is longer than the stream it holds; the archive is damaged"));
    }
    if (out->size() != entry.uncompressedSize)
        return fail(tr("it unpacks to %1 bytes but declares %2; the archive is damaged")
                        .arg(out->size())
                        .arg(entry.uncompressedSize));
    if (quint32(crc) != entry.crc32)
        return fail(tr("its checksum does not match; the archive is damaged"));
    return true;
}

} // namespace crossroads
