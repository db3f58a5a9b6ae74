// SPDX-License-Identifier: MIT
// Content packs are untrusted input: every refusal has a clear message and leaves the packs
// folder exactly as it was; imports, listing, removal and run permissions work.
#include "learner/learnerstore.h"
#include "packs/packextractor.h"
#include "packs/packregistry.h"
#include "testconfig.h"
#include "zipfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace crossroads;
using crossroads::test::ZipFixture;
using crossroads::test::ZipFixtureEntry;

namespace {

const QString MiniPack = QStringLiteral(CROSSROADS_TEST_DATA "/minipack");
const QString HostilePack = QStringLiteral(CROSSROADS_TEST_DATA "/hostile-pack");

// Every file under dir with its size and hash: "nothing changed" is checked against this.
QStringList snapshot(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        out.append(
            QDir(dir).relativeFilePath(path) + u' ' +
            QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
    }
    out.sort();
    return out;
}

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(path, target);
    }
}

// The files of a folder as zip entries under prefix ("" or "name/"), with folder entries too.
ZipFixture zipOf(const QString &dir, const QByteArray &prefix = {})
{
    ZipFixture zip;
    if (!prefix.isEmpty())
        zip.folder(prefix);
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    for (const QString &rel : std::as_const(files)) {
        QFile f(dir + u'/' + rel);
        f.open(QIODevice::ReadOnly);
        zip.file(prefix + rel.toUtf8(), f.readAll());
    }
    return zip;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

ZipFixtureEntry entry(const QByteArray &name, const QByteArray &data = "x")
{
    ZipFixtureEntry e;
    e.name = name;
    e.data = data;
    return e;
}

QString joined(const Diagnostics &problems)
{
    QStringList lines;
    for (const Diagnostic &d : problems)
        lines.append(d.toString());
    return lines.join(u'\n');
}

} // namespace

class TestPackImport final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString packsDir() const { return m_tmp->path() + QStringLiteral("/packs"); }
    QString tmp(const QString &name) const { return m_tmp->path() + u'/' + name; }
    QString writeZip(const QString &name, const QByteArray &bytes) const
    {
        const QString path = tmp(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
    }

    void importsAFolder()
    {
        PackRegistry registry(packsDir());
        QVERIFY(registry.list().isEmpty());
        const PackImportResult r = registry.import(MiniPack, false);
        QVERIFY2(r.ok, qPrintable(joined(r.problems)));
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.pack.id, QStringLiteral("mini"));
        QCOMPARE(r.pack.title, QStringLiteral("Mini test pack"));
        QCOMPARE(r.pack.version, QStringLiteral("1.2.3"));
        QVERIFY(!r.replaced);
        QVERIFY(r.documents >= 5);
        QCOMPARE(r.files, 9);
        QVERIFY(r.bytes > 0);
        QCOMPARE(r.pack.databasePath, packsDir() + QStringLiteral("/mini.db"));
        QVERIFY(QFileInfo(r.pack.databasePath).isFile());
        QVERIFY(r.pack.builtAt.isValid());

        const QList<InstalledPack> packs = registry.list();
        QCOMPARE(packs.size(), 1);
        QCOMPARE(packs.first().id, QStringLiteral("mini"));
        QVERIFY(registry.find(QStringLiteral("mini")));
        QVERIFY(!registry.find(QStringLiteral("other")));
        // Nothing but the database (and the lock) is left behind: no staging, no temp files.
        QCOMPARE(QDir(packsDir()).entryList(QDir::Files), QStringList{QStringLiteral("mini.db")});
    }

    void namespacesIds()
    {
        QCOMPARE(PackRegistry::qualifiedId(QStringLiteral("mini"), QStringLiteral("basics-functions")),
                 QStringLiteral("mini/basics-functions"));
        const auto split = PackRegistry::splitQualifiedId(QStringLiteral("mini/basics-functions"));
        QVERIFY(split);
        QCOMPARE(split->first, QStringLiteral("mini"));
        QCOMPARE(split->second, QStringLiteral("basics-functions"));
        QVERIFY(!PackRegistry::splitQualifiedId(QStringLiteral("basics-functions")));
        QVERIFY(PackRegistry::isReservedId(QStringLiteral("core")));
        QVERIFY(!PackRegistry::isReservedId(QStringLiteral("mini")));
    }

    void importsAZipWithATopFolder()
    {
        const QString zip = writeZip(QStringLiteral("mini.zip"), zipOf(MiniPack, "minipack/").build());
        PackRegistry registry(packsDir());
        const PackImportResult r = registry.import(zip, false);
        QVERIFY2(r.ok, qPrintable(joined(r.problems)));
        QCOMPARE(r.pack.id, QStringLiteral("mini"));
        QCOMPARE(r.files, 9);
    }

    void importsTheHostilePackAsContent()
    {
        // Hostile Markdown is still valid content: it is defused when rendered, not refused
        // here (see tst_hostilepack).
        PackRegistry registry(packsDir());
        const PackImportResult r =
            registry.import(writeZip(QStringLiteral("hostile.zip"), zipOf(HostilePack).build()), false);
        QVERIFY2(r.ok, qPrintable(joined(r.problems)));
        QCOMPARE(r.pack.id, QStringLiteral("hostile"));
        QVERIFY(!registry.mayRunCode(QStringLiteral("hostile")));
    }

    void refusesAnInstalledIdUnlessReplacing()
    {
        PackRegistry registry(packsDir());
        QVERIFY(registry.import(MiniPack, false).ok);
        QVERIFY(registry.setMayRunCode(QStringLiteral("mini"), true));
        const QStringList before = snapshot(packsDir());

        const PackImportResult again = registry.import(MiniPack, false);
        QVERIFY(!again.ok);
        QCOMPARE(again.problems.size(), 1);
        QVERIFY2(again.problems.first().toString().contains(QStringLiteral(
                     "a pack with the id \"mini\" is already installed (Mini test pack 1.2.3)")),
                 qPrintable(again.problems.first().toString()));
        QCOMPARE(snapshot(packsDir()), before);
        QVERIFY(registry.mayRunCode(QStringLiteral("mini")));

        // Replacing brings new code, so the learner is asked again.
        const PackImportResult replaced = registry.import(MiniPack, true);
        QVERIFY2(replaced.ok, qPrintable(joined(replaced.problems)));
        QVERIFY(replaced.replaced);
        QVERIFY(!registry.runCodeAnswer(QStringLiteral("mini")).has_value());
        QCOMPARE(registry.list().size(), 1);
    }

    void refusesReservedIds()
    {
        const QString dir = tmp(QStringLiteral("corepack"));
        copyTree(MiniPack, dir);
        QFile pack(dir + QStringLiteral("/pack.json"));
        QVERIFY(pack.open(QIODevice::ReadOnly));
        QByteArray json = pack.readAll();
        pack.close();
        json.replace("\"mini\"", "\"core\"");
        writeFile(dir + QStringLiteral("/pack.json"), json);

        PackRegistry registry(packsDir());
        const PackImportResult r = registry.import(dir, false);
        QVERIFY(!r.ok);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().toString(),
                 dir + QStringLiteral(
                           "/pack.json:3:9: id: \"core\" is reserved for Crossroads' own content; give the "
                           "pack an id of its own"));
        QVERIFY(!QFileInfo::exists(packsDir()));
    }

    void reportsContentProblemsAgainstTheSource()
    {
        const QString dir = tmp(QStringLiteral("broken"));
        copyTree(MiniPack, dir);
        writeFile(dir + QStringLiteral("/lessons/basics/lessons.json"),
                  "{\n  \"kind\": \"lessons\",\n  oops\n}\n");
        PackRegistry registry(packsDir());
        const PackImportResult r = registry.import(dir, false);
        QVERIFY(!r.ok);
        QVERIFY(!r.problems.isEmpty());
        // Positions point into the learner's folder, not into the temporary copy.
        QVERIFY2(r.problems.first().toString().startsWith(
                     dir + QStringLiteral("/lessons/basics/lessons.json:3:3: ")),
                 qPrintable(r.problems.first().toString()));
        QVERIFY(!QFileInfo::exists(packsDir()));

        const QString zip = writeZip(QStringLiteral("broken.zip"), zipOf(dir).build());
        const PackImportResult z = registry.import(zip, false);
        QVERIFY(!z.ok);
        QVERIFY2(z.problems.first().toString().startsWith(
                     zip + QStringLiteral("/lessons/basics/lessons.json:3:3: ")),
                 qPrintable(z.problems.first().toString()));
        QVERIFY(!QFileInfo::exists(packsDir()));
    }

    void folderRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("symlinked file") << "symlink-file"
                                        << "lessons/basics/link.md: is a symbolic link; links are not "
                                           "allowed in a pack";
        QTest::newRow("symlinked folder") << "symlink-dir"
                                          << "etc: is a symbolic link; links are not allowed in a pack";
        QTest::newRow("fifo") << "fifo"
                              << "pipe: is not a regular file";
        QTest::newRow("too many files") << "many"
                                        << "the pack holds 15 files; a pack may hold at most 14";
        QTest::newRow("file too large") << "large"
                                        << "big.md: is 40 KB; the limit for one file is 32 KB";
        QTest::newRow("too much in total") << "total"
                                           << "the pack holds 129 KB; a pack may hold at most 128 KB";
        QTest::newRow("deep JSON") << "deep-json"
                                   << "deep.json: arrays and objects are nested deeper than 64 levels";
        QTest::newRow("deep folders") << "deep-dirs"
                                      << "is nested deeper than 16 folders";
        QTest::newRow("backslash name") << "backslash"
                                        << "a\\b.md: contains a backslash; paths in a pack use '/'";
    }

    void folderRefusals()
    {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        const QString dir = tmp(QStringLiteral("pack"));
        copyTree(MiniPack, dir);
        PackLimits limits;
        limits.maxFiles = 14;
        limits.maxFileSize = 32 * 1024;
        limits.maxTotalSize = 128 * 1024;
        if (change == u"symlink-file") {
            QVERIFY(
                QFile::link(QStringLiteral("/etc/passwd"), dir + QStringLiteral("/lessons/basics/link.md")));
        } else if (change == u"symlink-dir") {
            QVERIFY(QFile::link(QStringLiteral("/etc"), dir + QStringLiteral("/etc")));
        } else if (change == u"fifo") {
            QCOMPARE(::mkfifo(QFile::encodeName(dir + QStringLiteral("/pipe")).constData(), 0600), 0);
        } else if (change == u"many") {
            for (int i = 0; i < 6; ++i)
                writeFile(dir + QStringLiteral("/extra/%1.md").arg(i), "x");
        } else if (change == u"large") {
            writeFile(dir + QStringLiteral("/big.md"), QByteArray(40 * 1024, 'a'));
        } else if (change == u"total") {
            for (int i = 0; i < 3; ++i)
                writeFile(dir + QStringLiteral("/part%1.md").arg(i), QByteArray(31 * 1024, 'a'));
            writeFile(dir + QStringLiteral("/part3.md"), QByteArray(32 * 1024, 'a'));
        } else if (change == u"deep-json") {
            writeFile(dir + QStringLiteral("/deep.json"), QByteArray(100, '[') + QByteArray(100, ']'));
        } else if (change == u"deep-dirs") {
            QString deep = dir;
            for (int i = 0; i < 18; ++i)
                deep += QStringLiteral("/d");
            writeFile(deep + QStringLiteral("/x.md"), "x");
        } else if (change == u"backslash") {
            writeFile(dir + QStringLiteral("/a\\b.md"), "x");
        }

        PackRegistry registry(packsDir(), limits);
        const PackImportResult r = registry.import(dir, false);
        QVERIFY(!r.ok);
        const QString all = joined(r.problems);
        QVERIFY2(all.contains(expected), qPrintable(all));
        QVERIFY(!QFileInfo::exists(packsDir()));
    }

    void ignoresHiddenFoldersAndCaches()
    {
        const QString dir = tmp(QStringLiteral("pack"));
        copyTree(MiniPack, dir);
        // A checkout's .git would blow every limit; it is never even entered.
        for (int i = 0; i < 50; ++i)
            writeFile(dir + QStringLiteral("/.git/objects/%1").arg(i), QByteArray(4096, 'g'));
        writeFile(dir + QStringLiteral("/samples/greet/flask/__pycache__/app.cpython-311.pyc"), "bytecode");
        writeFile(dir + QStringLiteral("/.DS_Store"), "finder");
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), dir + QStringLiteral("/.hidden-link")));
        PackLimits limits;
        limits.maxFiles = 12;
        PackRegistry registry(packsDir(), limits);
        const PackImportResult r = registry.import(dir, false);
        QVERIFY2(r.ok, qPrintable(joined(r.problems)));
        QCOMPARE(r.files, 9);
    }

    void zipRefusals_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::addColumn<QString>("expected");

        const auto with = [](const ZipFixtureEntry &e) {
            return zipOf(MiniPack).add(e).build();
        };
        QTest::newRow("parent folder")
            << with(entry("../evil.txt"))
            << "zip entry \"../evil.txt\" would be written outside the pack (\"..\")";
        QTest::newRow("parent inside a path")
            << with(entry("lessons/../../evil.txt"))
            << "zip entry \"lessons/../../evil.txt\" would be written outside the pack";
        QTest::newRow("absolute path") << with(entry("/tmp/crossroads-evil.txt"))
                                       << "zip entry \"/tmp/crossroads-evil.txt\" is an absolute path";
        QTest::newRow("drive letter")
            << with(entry("C:/evil.txt")) << "zip entry \"C:/evil.txt\" is an absolute path";
        QTest::newRow("backslash") << with(entry("..\\evil.txt"))
                                   << "zip entry \"..\\evil.txt\" contains a backslash";
        QTest::newRow("control character") << with(entry("a\x01.md")) << "contains a control character";
        QTest::newRow("empty segment")
            << with(entry("lessons//a.md")) << "has an empty or \".\" path segment";

        ZipFixtureEntry link = entry("lessons/passwd.md", "/etc/passwd");
        link.externalAttributes = ZipFixture::SymlinkAttributes;
        QTest::newRow("symlink")
            << with(link)
            << "zip entry \"lessons/passwd.md\" is a symbolic link; links are not allowed in a pack";
        ZipFixtureEntry fifo = entry("pipe", "");
        fifo.externalAttributes = ZipFixture::FifoAttributes;
        QTest::newRow("fifo") << with(fifo) << "zip entry \"pipe\" is not a regular file";
        QTest::newRow("duplicate") << with(entry("pack.json", "{}"))
                                   << "zip entry \"pack.json\" appears twice";
        QTest::newRow("file and folder") << zipOf(MiniPack).file("notes", "x").file("notes/a.md", "y").build()
                                         << "zip entry \"notes\" is both a file and a folder";
        ZipFixtureEntry bzip = entry("extra.md", "text");
        bzip.method = 12;
        QTest::newRow("unsupported method") << with(bzip) << "uses compression method 12";
        ZipFixtureEntry locked = entry("extra.md", "text");
        locked.flags = 0x0801;
        QTest::newRow("encrypted") << with(locked) << "zip entry \"extra.md\" is encrypted";

        quint32 crc = 0;
        const QByteArray core = ZipFixture::deflateZeros(256LL * 1024 * 1024, &crc);
        ZipFixtureEntry bomb;
        bomb.name = "lessons/bomb.md";
        bomb.compressed = core;
        bomb.compressedCrc = crc;
        bomb.compressedUncompressedSize = 256LL * 1024 * 1024;
        QTest::newRow("zip bomb, honest")
            << with(bomb)
            << "zip entry \"lessons/bomb.md\" is 256 MB when unpacked; the limit for one file is 8 MB";
        ZipFixtureEntry liar = bomb;
        liar.compressedUncompressedSize = 2048;
        QTest::newRow("zip bomb, lying")
            << with(liar)
            << "zip entry \"lessons/bomb.md\" cannot be unpacked: it inflates past its declared size of 2 KB";
        ZipFixture many = zipOf(MiniPack);
        for (int i = 0; i < 12; ++i) {
            ZipFixtureEntry part = bomb;
            part.name = "parts/" + QByteArray::number(i) + ".md";
            part.compressedUncompressedSize = 6LL * 1024 * 1024;
            many.add(part);
        }
        QTest::newRow("too much in total")
            << many.build() << "the archive unpacks to 72.0 MB; a pack may hold at most 64 MB";
        ZipFixtureEntry deep = entry("deep.json", QByteArray(200, '{'));
        QTest::newRow("deep JSON") << with(deep)
                                   << "/deep.json: arrays and objects are nested deeper than 64 levels";
        QTest::newRow("not a zip") << QByteArray("PK\x03\x04 but nothing else") << "not a zip file";
    }

    void zipRefusals()
    {
        QFETCH(QByteArray, zip);
        QFETCH(QString, expected);
        const QString escaped = QDir::tempPath() + QStringLiteral("/evil.txt");
        const bool existedBefore = QFileInfo::exists(escaped);
        QDir().mkpath(packsDir());
        PackRegistry registry(packsDir());
        QVERIFY(registry.import(MiniPack, false).ok);
        const QStringList before = snapshot(packsDir());

        const QString path = writeZip(QStringLiteral("hostile.zip"), zip);
        const PackImportResult r = registry.import(path, true);
        QVERIFY(!r.ok);
        const QString all = joined(r.problems);
        QVERIFY2(all.contains(expected), qPrintable(all));
        QVERIFY2(r.problems.first().file.startsWith(path), qPrintable(r.problems.first().file));
        QCOMPARE(snapshot(packsDir()), before);
        QCOMPARE(QFileInfo::exists(escaped), existedBefore);
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/crossroads-evil.txt")));
    }

    void refusesWhatIsNotAPack_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/pack")
                                 << "/nonexistent/pack: no such file or folder";
        QTest::newRow("text file") << QStringLiteral(CROSSROADS_TEST_DATA "/minipack/pack.json")
                                   << "pack.json: not a folder or a .zip file";
        QTest::newRow("empty folder") << QStringLiteral("EMPTY") << "missing: every pack needs a pack.json";
    }

    void refusesWhatIsNotAPack()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        if (source == u"EMPTY") {
            source = tmp(QStringLiteral("empty"));
            QDir().mkpath(source);
        }
        PackRegistry registry(packsDir());
        const PackImportResult r = registry.import(source, false);
        QVERIFY(!r.ok);
        QVERIFY2(joined(r.problems).contains(expected), qPrintable(joined(r.problems)));
        QVERIFY(!QFileInfo::exists(packsDir()));
    }

    void refusesAnOversizedArchive()
    {
        PackLimits limits;
        limits.maxArchiveSize = 1024;
        const QString zip = writeZip(QStringLiteral("mini.zip"), zipOf(MiniPack).build());
        PackRegistry registry(packsDir(), limits);
        const PackImportResult r = registry.import(zip, false);
        QVERIFY(!r.ok);
        QVERIFY2(joined(r.problems).contains(QStringLiteral("; a pack archive may be at most 1 KB")),
                 qPrintable(joined(r.problems)));
    }

    void removeKeepsProgress()
    {
        PackRegistry registry(packsDir());
        QVERIFY(registry.import(MiniPack, false).ok);
        QVERIFY(registry.setMayRunCode(QStringLiteral("mini"), true));

        const QString learnerPath = tmp(QStringLiteral("learner.db"));
        const QString item =
            PackRegistry::qualifiedId(QStringLiteral("mini"), QStringLiteral("basics-functions"));
        {
            LearnerStore learner;
            QVERIFY(learner.open(learnerPath));
            QVERIFY(learner.setStatus(QStringLiteral("lesson"), item, ItemStatus::Done));
            QVERIFY(learner.setNote(QStringLiteral("lesson"), item, QStringLiteral("my note")));
        }
        const auto hashOf = [](const QString &path) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        };
        const QByteArray learnerBefore = hashOf(learnerPath);

        QString error;
        QVERIFY2(registry.remove(QStringLiteral("mini"), &error), qPrintable(error));
        QVERIFY(registry.list().isEmpty());
        QVERIFY(!QFileInfo::exists(packsDir() + QStringLiteral("/mini.db")));
        QVERIFY(!registry.runCodeAnswer(QStringLiteral("mini")).has_value());

        // remove() never opens the learner database: the file is byte for byte what it was.
        QCOMPARE(hashOf(learnerPath), learnerBefore);
        LearnerStore learner;
        QVERIFY(learner.open(learnerPath));
        QCOMPARE(learner.status(QStringLiteral("lesson"), item), ItemStatus::Done);
        QCOMPARE(learner.note(QStringLiteral("lesson"), item), QStringLiteral("my note"));

        // Imported again, the pack finds its progress where it was left.
        QVERIFY(registry.import(MiniPack, false).ok);
        QCOMPARE(learner.status(QStringLiteral("lesson"), item), ItemStatus::Done);
    }

    void removeRefusals_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << "nope"
                                 << "no content pack \"nope\" is installed";
        QTest::newRow("path escape") << "../learner"
                                     << "no content pack \"../learner\" is installed";
        QTest::newRow("absolute") << "/etc/passwd"
                                  << "no content pack \"/etc/passwd\" is installed";
        QTest::newRow("core") << "core"
                              << "\"core\" is the content that ships with Crossroads; it cannot be removed";
        QTest::newRow("empty") << ""
                               << "no content pack \"\" is installed";
    }

    void removeRefusals()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        PackRegistry registry(packsDir());
        QVERIFY(registry.import(MiniPack, false).ok);
        writeFile(m_tmp->path() + QStringLiteral("/learner.db"), "learner data");
        const QStringList before = snapshot(m_tmp->path());
        QString error;
        QVERIFY(!registry.remove(id, &error));
        QCOMPARE(error, expected);
        QCOMPARE(snapshot(m_tmp->path()), before);
    }

    void listReportsDamagedDatabases()
    {
        PackRegistry registry(packsDir());
        QVERIFY(registry.import(MiniPack, false).ok);
        writeFile(packsDir() + QStringLiteral("/broken.db"), "not a database at all");
        QStringList problems;
        const QList<InstalledPack> packs = registry.list(&problems);
        QCOMPARE(packs.size(), 1);
        QCOMPARE(packs.first().id, QStringLiteral("mini"));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("broken.db")), qPrintable(problems.first()));
    }

    void runPermissionIsAskedPerPack()
    {
        PackRegistry registry(packsDir());
        QVERIFY(registry.import(MiniPack, false).ok);
        QVERIFY(registry.import(HostilePack, false).ok);
        const QString mini = QStringLiteral("mini");
        const QString hostile = QStringLiteral("hostile");
        // Never asked: no answer, and no running.
        QVERIFY(!registry.runCodeAnswer(hostile).has_value());
        QVERIFY(!registry.mayRunCode(hostile));

        QVERIFY(registry.setMayRunCode(mini, true));
        QVERIFY(registry.setMayRunCode(hostile, false));
        PackRegistry reopened(packsDir());
        QCOMPARE(reopened.runCodeAnswer(mini), std::optional<bool>(true));
        QVERIFY(reopened.mayRunCode(mini));
        QCOMPARE(reopened.runCodeAnswer(hostile), std::optional<bool>(false));
        QVERIFY(!reopened.mayRunCode(hostile));

        QString error;
        QVERIFY(!registry.setMayRunCode(QStringLiteral("absent"), true, &error));
        QCOMPARE(error, QStringLiteral("no content pack \"absent\" is installed"));

        // A damaged answers file means "ask again", never "allowed".
        writeFile(packsDir() + QStringLiteral("/permissions.json"), "{ \"runCode\": { \"mini\": tr");
        QVERIFY(!registry.mayRunCode(mini));
        QVERIFY(!registry.runCodeAnswer(mini).has_value());
        writeFile(packsDir() + QStringLiteral("/permissions.json"),
                  R"({"runCode": {"mini": "yes", "hostile": 1}})");
        QVERIFY(!registry.mayRunCode(mini));
        QVERIFY(!registry.mayRunCode(hostile));
        QVERIFY(registry.setMayRunCode(mini, true));
        QVERIFY(registry.mayRunCode(mini));
    }

    void pathRules_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "lessons/a.md" << true;
        QTest::newRow("dots in a name") << "lessons/a..b.md" << true;
        QTest::newRow("unicode") << QStringLiteral("lessons/caf\u00e9.md") << true;
        QTest::newRow("dotdot") << ".." << false;
        QTest::newRow("dotdot last") << "a/.." << false;
        QTest::newRow("dot") << "./a" << false;
        QTest::newRow("absolute") << "/a" << false;
        QTest::newRow("drive") << "c:/a" << false;
        QTest::newRow("backslash") << "a\\b" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("double slash") << "a//b" << false;
        QTest::newRow("newline") << "a\nb" << false;
        QTest::newRow("too long") << QString(300, u'a') << false;
    }

    void pathRules()
    {
        QFETCH(QString, path);
        QFETCH(bool, ok);
        QCOMPARE(PackExtractor().pathProblem(path).isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestPackImport)
#include "tst_packimport.moc"
