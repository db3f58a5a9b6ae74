// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace crossroads {

// One file or folder listed in a zip's central directory.
struct ZipEntry
{
    QString name; // as stored (UTF-8), '/'-separated; not yet checked for safety
    quint16 flags = 0;
    quint16 method = 0; // 0 stored, 8 deflate
    quint32 crc32 = 0;
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    qint64 localHeaderOffset = 0;
    qint64 dataOffset = 0; // where the (compressed) data starts, past the local header
    quint16 madeBy = 0;    // high byte: the host system (3 = Unix)
    quint32 externalAttributes = 0;

    bool isDirectory() const;
    // A Unix symbolic link, device, FIFO or socket: nothing a pack may contain.
    bool isSymlink() const;
    bool isSpecialFile() const;
    bool isEncrypted() const { return flags & 0x0001; }
};

// A small, strict reader for the zip files content packs come in (Qt has no public zip API).
// It reads the central directory only (the local headers of a zip can disagree with it, and
// the central directory is what every unzip tool trusts), supports stored and deflate entries
// and refuses everything else: ZIP64, multi-disk archives, encryption, entries whose data
// overlaps another's or lies outside the file. read() inflates with zlib in small chunks and
// stops as soon as the output passes the entry's declared size or the caller's limit, so a
// zip bomb costs at most one limit's worth of memory. The CRC-32 of every entry is checked.
//
// The device must be open, readable and random-access (a QFile or a QBuffer). Nothing here
// judges entry names; see PackExtractor for that.
class ZipReader final
{
    Q_DECLARE_TR_FUNCTIONS(crossroads::ZipReader)

public:
    explicit ZipReader(QIODevice &device);

    // Reads the central directory. Fails, without reading further, when the archive declares
    // more than maxEntries entries.
    bool open(int maxEntries, QString *error);
    const QList<ZipEntry> &entries() const { return m_entries; }

    // Inflates one entry into out. Fails when the data is larger than maxSize or than the entry
    // declares, is corrupt, or uses an unsupported method; out is then left empty.
    bool read(const ZipEntry &entry, qint64 maxSize, QByteArray *out, QString *error);

private:
    bool readAt(qint64 offset, qint64 size, QByteArray *out);

    QIODevice &m_device;
    qint64 m_size = 0;
    QList<ZipEntry> m_entries;
};

} // namespace crossroads
