// SPDX-License-Identifier: MIT
// The zip reader packs come through: what it reads back, and every broken or hostile archive
// it must refuse with a clear message instead of crashing or filling memory.
#include "packs/zipreader.h"
#include "zipfixture.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using crossroads::ZipEntry;
using crossroads::ZipReader;
using crossroads::test::ZipFixture;
using crossroads::test::ZipFixtureEntry;

namespace {

// The process's peak resident memory, in bytes (VmHWM), to prove a bomb never inflates.
qint64 peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    return -1;
}

// Opens the archive and reads every entry; returns the first error, or an empty string.
QString readAll(const QByteArray &zip, int maxEntries, qint64 maxSize, QList<QByteArray> *contents = nullptr)
{
    QBuffer buffer;
    buffer.setData(zip);
    buffer.open(QIODevice::ReadOnly);
    ZipReader reader(buffer);
    QString error;
    if (!reader.open(maxEntries, &error))
        return error.isEmpty() ? QStringLiteral("(open failed without a message)") : error;
    for (const ZipEntry &e : reader.entries()) {
        if (e.isDirectory())
            continue;
        QByteArray data;
        if (!reader.read(e, maxSize, &data, &error))
            return error.isEmpty() ? QStringLiteral("(read failed without a message)") : error;
        if (contents)
            contents->append(data);
    }
    return {};
}

} // namespace

class TestZipReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsStoredAndDeflatedEntries()
    {
        const QByteArray text = QByteArray("Hello, pack!\n").repeated(500);
        const QByteArray zip = ZipFixture()
                                   .folder("lessons")
                                   .file("lessons/a.md", text, true)
                                   .file("pack.json", R"({"kind":"pack"})", false)
                                   .file("empty.txt", QByteArray(), true)
                                   .build();
        QList<QByteArray> contents;
        QCOMPARE(readAll(zip, 10, 1 << 20, &contents), QString());
        QCOMPARE(contents.size(), 3);
        QCOMPARE(contents.at(0), text);
        QCOMPARE(contents.at(1), QByteArray(R"({"kind":"pack"})"));
        QCOMPARE(contents.at(2), QByteArray());

        QBuffer buffer;
        buffer.setData(zip);
        buffer.open(QIODevice::ReadOnly);
        ZipReader reader(buffer);
        QVERIFY(reader.open(10, nullptr));
        QCOMPARE(reader.entries().size(), 4);
        QVERIFY(reader.entries().at(0).isDirectory());
        QCOMPARE(reader.entries().at(1).name, QStringLiteral("lessons/a.md"));
        QCOMPARE(reader.entries().at(1).method, quint16(8));
        QVERIFY(reader.entries().at(1).compressedSize < text.size());
        QCOMPARE(reader.entries().at(2).method, quint16(0));
    }

    void entryTypes()
    {
        ZipFixtureEntry link;
        link.name = "link";
        link.data = "/etc/passwd";
        link.externalAttributes = ZipFixture::SymlinkAttributes;
        ZipFixtureEntry fifo;
        fifo.name = "fifo";
        fifo.externalAttributes = ZipFixture::FifoAttributes;
        const QByteArray zip = ZipFixture().add(link).add(fifo).file("plain", "x").folder("dir").build();
        QBuffer buffer;
        buffer.setData(zip);
        buffer.open(QIODevice::ReadOnly);
        ZipReader reader(buffer);
        QVERIFY(reader.open(10, nullptr));
        QVERIFY(reader.entries().at(0).isSymlink());
        QVERIFY(reader.entries().at(1).isSpecialFile());
        QVERIFY(!reader.entries().at(1).isSymlink());
        QVERIFY(!reader.entries().at(2).isSymlink() && !reader.entries().at(2).isSpecialFile());
        QVERIFY(!reader.entries().at(2).isDirectory());
        QVERIFY(reader.entries().at(3).isDirectory());
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::addColumn<int>("maxEntries");
        QTest::addColumn<qint64>("maxSize");
        QTest::addColumn<QString>("expected");

        const QByteArray text = QByteArray("some pack text ").repeated(100);
        const QByteArray good = ZipFixture().file("a.md", text).build();

        QTest::newRow("empty file") << QByteArray() << 10 << qint64(1 << 20) << "not a zip file";
        QTest::newRow("random bytes") << QByteArray(4096, 'x') << 10 << qint64(1 << 20) << "not a zip file";
        QTest::newRow("truncated") << good.left(good.size() - 7) << 10 << qint64(1 << 20) << "not a zip file";
        QTest::newRow("cut in the middle")
            << good.left(good.size() / 2) + good.right(22) << 10 << qint64(1 << 20) << "damaged";

        ZipFixture many;
        for (int i = 0; i < 12; ++i)
            many.file("f" + QByteArray::number(i), "x");
        QTest::newRow("too many entries")
            << many.build() << 10 << qint64(1 << 20)
            << "the archive lists 12 entries (files and folders); at most 10 are allowed";

        ZipFixtureEntry badCrc;
        badCrc.name = "a.md";
        badCrc.data = text;
        badCrc.crc = 0x12345678;
        QTest::newRow("wrong checksum")
            << ZipFixture().add(badCrc).build() << 10 << qint64(1 << 20) << "its checksum does not match";

        ZipFixtureEntry liar;
        liar.name = "a.md";
        liar.data = text;
        liar.declaredSize = 10;
        QTest::newRow("inflates past its declared size")
            << ZipFixture().add(liar).build() << 10 << qint64(1 << 20)
            << "inflates past its declared size of 10 bytes";

        ZipFixtureEntry boaster;
        boaster.name = "a.md";
        boaster.data = text;
        boaster.declaredSize = text.size() + 100;
        QTest::newRow("smaller than declared")
            << ZipFixture().add(boaster).build() << 10 << qint64(1 << 20) << "but declares";

        ZipFixtureEntry storedLiar;
        storedLiar.name = "a.md";
        storedLiar.data = text;
        storedLiar.deflate = false;
        storedLiar.declaredSize = 5;
        QTest::newRow("stored sizes disagree") << ZipFixture().add(storedLiar).build() << 10
                                               << qint64(1 << 20) << "a stored entry whose sizes disagree";

        QTest::newRow("over the file limit")
            << good << 10 << qint64(100) << "the limit for one file is 100 bytes";

        ZipFixtureEntry bzip;
        bzip.name = "a.md";
        bzip.data = text;
        bzip.method = 12;
        QTest::newRow("bzip2") << ZipFixture().add(bzip).build() << 10 << qint64(1 << 20)
                               << "compression method 12 is not supported";

        ZipFixtureEntry encrypted;
        encrypted.name = "a.md";
        encrypted.data = text;
        encrypted.flags = 0x0801;
        QTest::newRow("encrypted") << ZipFixture().add(encrypted).build() << 10 << qint64(1 << 20)
                                   << "encrypted entries are not supported";

        ZipFixtureEntry twoNames;
        twoNames.name = "a.md";
        twoNames.localName = "../../evil";
        twoNames.data = text;
        QTest::newRow("local name differs") << ZipFixture().add(twoNames).build() << 10 << qint64(1 << 20)
                                            << "the local header names a different file";

        ZipFixtureEntry shared;
        shared.name = "a.md";
        shared.data = text;
        shared.centralCopies = 3;
        QTest::newRow("overlapping entries")
            << ZipFixture().add(shared).build() << 10 << qint64(1 << 20) << "overlaps \"a.md\"";

        ZipFixtureEntry garbage;
        garbage.name = "a.md";
        garbage.compressed = QByteArray(64, '\xff');
        garbage.compressedUncompressedSize = 100;
        QTest::newRow("corrupt deflate stream")
            << ZipFixture().add(garbage).build() << 10 << qint64(1 << 20) << "its compressed data is corrupt";

        ZipFixtureEntry cut;
        cut.name = "a.md";
        cut.compressed = ZipFixture::rawDeflate(text).left(20);
        cut.compressedUncompressedSize = text.size();
        QTest::newRow("deflate stream cut short")
            << ZipFixture().add(cut).build() << 10 << qint64(1 << 20) << "its compressed data is cut short";

        ZipFixtureEntry latin1;
        latin1.name = "caf\xe9.md";
        latin1.data = text;
        QTest::newRow("name not UTF-8") << ZipFixture().add(latin1).build() << 10 << qint64(1 << 20)
                                        << "has a name that is not valid UTF-8";

        QByteArray zip64 = good;
        zip64.replace(zip64.size() - 6, 4, QByteArray(4, '\xff')); // central directory offset
        QTest::newRow("ZIP64 marker") << zip64 << 10 << qint64(1 << 20) << "ZIP64 archives are not supported";

        QByteArray pastEnd = good;
        pastEnd[pastEnd.size() - 5] = char(0x70); // the directory offset now points past the end
        QTest::newRow("directory past the end")
            << pastEnd << 10 << qint64(1 << 20) << "points past the end of the file";
    }

    void refuses()
    {
        QFETCH(QByteArray, zip);
        QFETCH(int, maxEntries);
        QFETCH(qint64, maxSize);
        QFETCH(QString, expected);
        const QString error = readAll(zip, maxEntries, maxSize);
        QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("got: \"%1\"").arg(error)));
    }

    // 512 MB of zeros deflate to about 500 KB. Declared honestly it is refused before inflating;
    // declared as 1 KB it is stopped one chunk past 1 KB. Either way memory stays flat.
    void zipBombIsStoppedBySizeNotMemory()
    {
        constexpr qint64 bombSize = 512LL * 1024 * 1024;
        quint32 crc = 0;
        const QByteArray core = ZipFixture::deflateZeros(bombSize, &crc);
        QVERIFY(core.size() < 1024 * 1024);
        const qint64 before = peakMemory();

        ZipFixtureEntry honest;
        honest.name = "bomb.json";
        honest.compressed = core;
        honest.compressedCrc = crc;
        honest.compressedUncompressedSize = bombSize;
        QVERIFY(readAll(ZipFixture().add(honest).build(), 10, 8 * 1024 * 1024)
                    .contains(QStringLiteral("512 MB when unpacked; the limit for one file is 8 MB")));

        ZipFixtureEntry liar = honest;
        liar.compressedUncompressedSize = 1024;
        QVERIFY(readAll(ZipFixture().add(liar).build(), 10, 8 * 1024 * 1024)
                    .contains(QStringLiteral("inflates past its declared size of 1 KB")));

        // A liar that claims just under the limit costs at most the limit, never the bomb.
        ZipFixtureEntry nearLimit = honest;
        nearLimit.compressedUncompressedSize = 8 * 1024 * 1024;
        QVERIFY(readAll(ZipFixture().add(nearLimit).build(), 10, 8 * 1024 * 1024)
                    .contains(QStringLiteral("inflates past its declared size of 8 MB")));

        const qint64 after = peakMemory();
        QVERIFY(before > 0);
        qInfo() << "peak memory grew by" << (after - before) / 1024 << "KB for a" << bombSize / (1024 * 1024)
                << "MB bomb";
        QVERIFY2(after - before < 64LL * 1024 * 1024, "the bomb was inflated into memory");
    }

    // Random damage anywhere in a valid archive must end in an error or a correct read, never
    // a crash (ASan builds turn any overrun into a failure).
    void survivesRandomDamage()
    {
        const QByteArray zip = ZipFixture()
                                   .folder("lessons")
                                   .file("lessons/a.md", QByteArray("text ").repeated(300))
                                   .file("pack.json", R"({"kind":"pack"})", false)
                                   .build();
        QRandomGenerator rng(20240611);
        int refused = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray damaged = zip;
            const int flips = 1 + int(rng.bounded(4));
            for (int f = 0; f < flips; ++f)
                damaged[int(rng.bounded(damaged.size()))] = char(rng.bounded(256));
            if (!readAll(damaged, 10, 1 << 20).isEmpty())
                ++refused;
        }
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestZipReader)
#include "tst_zipreader.moc"
