// SPDX-License-Identifier: MIT
// `crossroads exercise ...` driven through the real executable, as a teacher's script would.
#include "testconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestExerciseCli : public QObject
{
    Q_OBJECT

private slots:
    void listsExercises();
    void listJson();
    void checksASolutionFolder();
    void checksAStarterFolder();
    void missingFilesFallBackToTheStarter();
    void badUsage_data();
    void badUsage();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &args);
    static QString exerciseDir(const QString &id, const QString &which)
    {
        return QStringLiteral(CROSSROADS_CONTENT_SOURCE "/exercises/%1/%2").arg(id, which);
    }
};

TestExerciseCli::Result TestExerciseCli::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CROSSROADS_EXECUTABLE), QStringList{QStringLiteral("exercise")} + args);
    if (!p.waitForFinished(180000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestExerciseCli::listsExercises()
{
    const Result r = run({QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("py-word-count")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("django-temperature-api")));
    QVERIFY(r.out.trimmed().endsWith(QStringLiteral("exercises")));
}

void TestExerciseCli::listJson()
{
    const Result r = run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(list.size() >= 24);
    for (const auto &v : list) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(QStringList({QStringLiteral("python"), QStringLiteral("flask"), QStringLiteral("django")})
                    .contains(o.value(QStringLiteral("framework")).toString()));
    }
}

void TestExerciseCli::checksASolutionFolder()
{
    const Result r = run({QStringLiteral("check"), QStringLiteral("flask-routes"), QStringLiteral("--dir"),
                          exerciseDir(QStringLiteral("flask-routes"), QStringLiteral("solution")),
                          QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
    QCOMPARE(o.value(QStringLiteral("passed")).toInt(), o.value(QStringLiteral("total")).toInt());
    QCOMPARE(o.value(QStringLiteral("checks")).toArray().size(), o.value(QStringLiteral("total")).toInt());
}

void TestExerciseCli::checksAStarterFolder()
{
    const Result r = run({QStringLiteral("check"), QStringLiteral("py-word-count"), QStringLiteral("--dir"),
                          exerciseDir(QStringLiteral("py-word-count"), QStringLiteral("starter"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("FAIL word_count() counts every word")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("word_count('the cat and the hat') returned {}")));
    QVERIFY(r.out.contains(QStringLiteral("1 of 5 checks passed")));
}

void TestExerciseCli::missingFilesFallBackToTheStarter()
{
    // flask-templates' solution changes two files; a folder with only app.py uses the starter
    // template, which still fails.
    QTemporaryDir dir;
    QVERIFY(QFile::copy(exerciseDir(QStringLiteral("flask-templates"), QStringLiteral("solution/app.py")),
                        dir.filePath(QStringLiteral("app.py"))));
    const Result r = run({QStringLiteral("check"), QStringLiteral("flask-templates"), QStringLiteral("--dir"),
                          dir.path(), QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("starter_files_used")).toArray().first().toString(),
             QStringLiteral("templates/books.html"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
}

void TestExerciseCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no subcommand") << QStringList() << "Usage:";
    QTest::newRow("check without --dir") << QStringList{"check", "py-word-count"} << "bad arguments";
    QTest::newRow("unknown exercise")
        << QStringList{"check", "no-such-exercise", "--dir", "/tmp"} << "no exercise \"no-such-exercise\"";
    QTest::newRow("not a folder") << QStringList{"check", "py-word-count", "--dir", "/nonexistent/folder"}
                                  << "/nonexistent/folder is not a folder";
    QTest::newRow("folder without the files") << QStringList{"check", "py-word-count", "--dir", "/"}
                                              << "holds none of the exercise's files (words.py)";
}

void TestExerciseCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestExerciseCli)
#include "tst_exercisecli.moc"
