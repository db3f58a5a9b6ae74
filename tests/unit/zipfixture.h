// SPDX-License-Identifier: MIT
#pragma once

// Builds zip archives byte by byte for tests, including the broken and hostile ones no zip
// tool would write: lying sizes, wrong checksums, link entries, names with "..", two central
// entries sharing one local header. Link the test with ZLIB::ZLIB.

#include <QByteArray>
#include <QList>

#include <zlib.h>

namespace crossroads::test {

struct ZipFixtureEntry
{
    QByteArray name;
    QByteArray data;                             // the uncompressed content
    bool deflate = true;                         // else stored
    int method = -1;                             // the method field, when it should lie
    qint64 declaredSize = -1;                    // the uncompressed size field, when it should lie
    qint64 crc = -1;                             // the CRC field, when it should lie
    quint32 externalAttributes = 0100644u << 16; // a regular Unix file
    quint16 flags = 0x0800;                      // names are UTF-8
    QByteArray localName;                        // the local header's name, when it should differ
    QByteArray compressed;                       // ready-made compressed data (then data is ignored)
    quint32 compressedCrc = 0;                   // the CRC of what `compressed` inflates to
    qint64 compressedUncompressedSize = 0;       // and its size
    int centralCopies = 1;                       // central entries pointing at this one local header
};

class ZipFixture final
{
public:
    static constexpr quint32 SymlinkAttributes = 0120777u << 16;
    static constexpr quint32 FifoAttributes = 0010644u << 16;
    static constexpr quint32 DirectoryAttributes = (0040755u << 16) | 0x10;

    ZipFixture &add(const ZipFixtureEntry &e)
    {
        m_entries.append(e);
        return *this;
    }
    ZipFixture &file(const QByteArray &name, const QByteArray &data, bool deflate = true)
    {
        ZipFixtureEntry e;
        e.name = name;
        e.data = data;
        e.deflate = deflate;
        return add(e);
    }
    ZipFixture &folder(const QByteArray &name)
    {
        ZipFixtureEntry e;
        e.name = name.endsWith('/') ? name : name + '/';
        e.deflate = false;
        e.externalAttributes = DirectoryAttributes;
        return add(e);
    }

    static QByteArray rawDeflate(const QByteArray &data)
    {
        z_stream s{};
        deflateInit2(&s, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
        QByteArray out(int(deflateBound(&s, uLong(data.size()))), Qt::Uninitialized);
        s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        s.avail_in = uInt(data.size());
        s.next_out = reinterpret_cast<Bytef *>(out.data());
        s.avail_out = uInt(out.size());
        deflate(&s, Z_FINISH);
        out.resize(qsizetype(s.total_out));
        deflateEnd(&s);
        return out;
    }

    // A raw deflate stream of `size` zero bytes, made without ever holding them: a zip bomb's core.
    static QByteArray deflateZeros(qint64 size, quint32 *crc)
    {
        z_stream s{};
        deflateInit2(&s, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
        const QByteArray zeros(1024 * 1024, '\0');
        QByteArray out;
        char buffer[65536];
        uLong c = crc32(0L, Z_NULL, 0);
        qint64 left = size;
        do {
            const qint64 n = std::min<qint64>(left, zeros.size());
            c = crc32(c, reinterpret_cast<const Bytef *>(zeros.constData()), uInt(n));
            s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
            s.avail_in = uInt(n);
            left -= n;
            const int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
            do {
                s.next_out = reinterpret_cast<Bytef *>(buffer);
                s.avail_out = sizeof buffer;
                deflate(&s, flush);
                out.append(buffer, qsizetype(sizeof buffer - s.avail_out));
            } while (s.avail_out == 0);
        } while (left > 0);
        deflateEnd(&s);
        *crc = quint32(c);
        return out;
    }

    QByteArray build() const
    {
        QByteArray out;
        QByteArray central;
        int count = 0;
        for (const ZipFixtureEntry &e : m_entries) {
            const bool ready = !e.compressed.isEmpty();
            const QByteArray body = ready ? e.compressed : e.deflate ? rawDeflate(e.data) : e.data;
            const quint32 realCrc =
                ready
                    ? e.compressedCrc
                    : quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(e.data.constData()),
                                    uInt(e.data.size())));
            const quint32 crc = e.crc >= 0 ? quint32(e.crc) : realCrc;
            const quint16 method = quint16(e.method >= 0 ? e.method : (ready || e.deflate) ? 8 : 0);
            const quint32 usize = quint32(e.declaredSize >= 0 ? e.declaredSize
                                          : ready             ? e.compressedUncompressedSize
                                                              : e.data.size());
            const quint32 offset = quint32(out.size());
            const QByteArray localName = e.localName.isEmpty() ? e.name : e.localName;
            u32(out, 0x04034b50);
            u16(out, 20);
            u16(out, e.flags);
            u16(out, method);
            u16(out, 0);
            u16(out, 0x21);
            u32(out, crc);
            u32(out, quint32(body.size()));
            u32(out, usize);
            u16(out, quint16(localName.size()));
            u16(out, 0);
            out += localName;
            out += body;
            for (int copy = 0; copy < e.centralCopies; ++copy) {
                u32(central, 0x02014b50);
                u16(central, 0x031E); // made on Unix
                u16(central, 20);
                u16(central, e.flags);
                u16(central, method);
                u16(central, 0);
                u16(central, 0x21);
                u32(central, crc);
                u32(central, quint32(body.size()));
                u32(central, usize);
                u16(central, quint16(e.name.size()));
                u16(central, 0);
                u16(central, 0);
                u16(central, 0);
                u16(central, 0);
                u32(central, e.externalAttributes);
                u32(central, offset);
                central += e.name;
                ++count;
            }
        }
        const quint32 cdOffset = quint32(out.size());
        out += central;
        u32(out, 0x06054b50);
        u16(out, 0);
        u16(out, 0);
        u16(out, quint16(count));
        u16(out, quint16(count));
        u32(out, quint32(central.size()));
        u32(out, cdOffset);
        u16(out, 0);
        return out;
    }

private:
    static void u16(QByteArray &b, quint16 v)
    {
        b.append(char(v & 0xff));
        b.append(char(v >> 8));
    }
    static void u32(QByteArray &b, quint32 v)
    {
        u16(b, quint16(v & 0xffff));
        u16(b, quint16(v >> 16));
    }

    QList<ZipFixtureEntry> m_entries;
};

} // namespace crossroads::test
