// SPDX-License-Identifier: MIT
#include "testconfig.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Drives the real crossroads executable, as a learner or a script would.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void help();
    void version();
    void validateShippedContent();
    void validateReportsPosition();
    void buildAndStats();
    void badUsage();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &args);
};

TestCli::Result TestCli::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // With a subcommand no window is created, so no display is needed at all.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CROSSROADS_EXECUTABLE), args);
    if (!p.waitForFinished(120000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::help()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("content validate DIR")));
    QVERIFY(r.out.contains(QStringLiteral("samples verify")));
}

void TestCli::version()
{
    const Result r = run({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("crossroads 0.")));
    QVERIFY2(r.out.contains(QStringLiteral("content core ")), qPrintable(r.out));
}

void TestCli::validateShippedContent()
{
    const Result r = run(
        {QStringLiteral("content"), QStringLiteral("validate"), QStringLiteral(CROSSROADS_CONTENT_SOURCE)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("no problems")));
}

void TestCli::validateReportsPosition()
{
    QTemporaryDir dir;
    const QString src = QStringLiteral(CROSSROADS_TEST_DATA "/minipack");
    QDirIterator it(src, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        const QString dst = dir.filePath(QDir(src).relativeFilePath(f));
        QDir().mkpath(QFileInfo(dst).absolutePath());
        QVERIFY(QFile::copy(f, dst));
    }
    QFile f(dir.filePath(QStringLiteral("roadmap.json")));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray text = f.readAll();
    text.replace("\"hours\": 1.5,", "\"hours\": 1.5");
    f.resize(0);
    f.write(text);
    f.close();
    const Result r = run({QStringLiteral("content"), QStringLiteral("validate"), dir.path()});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.count(u'\n'), 2); // the problem, then the count
    QVERIFY2(r.err.startsWith(dir.path() + QStringLiteral("/roadmap.json:20:7: JSON syntax error:")),
             qPrintable(r.err));
}

void TestCli::buildAndStats()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("mini.db"));
    Result r = run({QStringLiteral("content"), QStringLiteral("build"),
                    QStringLiteral(CROSSROADS_TEST_DATA "/minipack"), QStringLiteral("-o"), db});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("content"), QStringLiteral("stats"), QStringLiteral("--json"),
             QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(stats.value(QStringLiteral("pack")).toString(), QStringLiteral("mini"));
    QCOMPARE(stats.value(QStringLiteral("rows")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("lessons")).toInt(), 1);
    r = run({QStringLiteral("content"), QStringLiteral("stats")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("pack: core")));
}

void TestCli::badUsage()
{
    QCOMPARE(run({QStringLiteral("content"), QStringLiteral("frobnicate")}).code, 2);
    QCOMPARE(run({QStringLiteral("content"), QStringLiteral("build"), QStringLiteral("x")}).code, 2);
    const Result r = run({QStringLiteral("content"), QStringLiteral("stats"), QStringLiteral("--db"),
                          QStringLiteral("/nonexistent/x.db")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("/nonexistent/x.db")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
