// SPDX-License-Identifier: MIT
// `crossroads content import|list|remove`, driven through the real executable.
#include "testconfig.h"
#include "zipfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using crossroads::test::ZipFixture;

class TestPackCli final : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_tmp;
    QString packs() const { return m_tmp.filePath(QStringLiteral("packs")); }

    Result run(QStringList args, bool withPacks = true) const
    {
        if (withPacks)
            args << QStringLiteral("--packs") << packs();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        // Even without --packs nothing may touch the real user's data.
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CROSSROADS_EXECUTABLE), QStringList{QStringLiteral("content")} + args);
        if (!p.waitForFinished(120000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void helpListsTheCommands()
    {
        QProcess p;
        p.start(QStringLiteral(CROSSROADS_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(out.contains(QStringLiteral("content import PACK [--replace] [--packs DIR]")));
        QVERIFY(out.contains(QStringLiteral("content list [--json] [--packs DIR]")));
        QVERIFY(out.contains(QStringLiteral("content remove ID [--packs DIR]")));
    }

    void importListRemove()
    {
        Result r = run({QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("no content packs installed")), qPrintable(r.out));

        r = run({QStringLiteral("import"), QStringLiteral(CROSSROADS_TEST_DATA "/minipack")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("imported pack \"mini\" (Mini test pack 1.2.3): ")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("named mini/ID")));

        r = run({QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("mini  1.2.3  Mini test pack  (code: asks before running)\n"));

        r = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray packsJson = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(packsJson.size(), 1);
        QCOMPARE(packsJson.first()[QStringLiteral("id")].toString(), QStringLiteral("mini"));
        QVERIFY(packsJson.first()[QStringLiteral("mayRunCode")].isNull());

        // Importing again is refused and changes nothing; --replace replaces.
        r = run({QStringLiteral("import"), QStringLiteral(CROSSROADS_TEST_DATA "/minipack")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is already installed (Mini test pack 1.2.3)")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nothing was changed")));
        r = run({QStringLiteral("import"), QStringLiteral("--replace"),
                 QStringLiteral(CROSSROADS_TEST_DATA "/minipack")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("replaced pack \"mini\"")));

        r = run({QStringLiteral("remove"), QStringLiteral("mini")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("removed pack \"mini\"; your progress on it is kept\n"));
        r = run({QStringLiteral("remove"), QStringLiteral("mini")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QStringLiteral("crossroads: no content pack \"mini\" is installed\n"));
    }

    void hostileZipIsRefusedWithItsReason()
    {
        ZipFixture zip;
        QDirIterator it(QStringLiteral(CROSSROADS_TEST_DATA "/minipack"), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            zip.file(QDir(QStringLiteral(CROSSROADS_TEST_DATA "/minipack")).relativeFilePath(path).toUtf8(),
                     f.readAll());
        }
        zip.file("../../escape.txt", "gotcha");
        const QString path = m_tmp.filePath(QStringLiteral("evil.zip"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(zip.build());
        out.close();

        const Result r = run({QStringLiteral("import"), path});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err,
                 path +
                     QStringLiteral(": zip entry \"../../escape.txt\" would be written outside the pack "
                                    "(\"..\")\n1 problem(s) in ") +
                     path + QStringLiteral("; nothing was changed\n"));
        QVERIFY(!QFileInfo::exists(packs() + QStringLiteral("/mini.db")));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("import without a pack") << QStringList{QStringLiteral("import")};
        QTest::newRow("import two packs")
            << QStringList{QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("remove without an id") << QStringList{QStringLiteral("remove")};
        QTest::newRow("list with an argument") << QStringList{QStringLiteral("list"), QStringLiteral("x")};
        QTest::newRow("--packs without a folder")
            << QStringList{QStringLiteral("list"), QStringLiteral("--packs")};
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        const Result r = run(args, false);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage: crossroads")));
    }
};

QTEST_GUILESS_MAIN(TestPackCli)
#include "tst_packcli.moc"
