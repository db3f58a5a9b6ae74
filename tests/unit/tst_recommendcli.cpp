// SPDX-License-Identifier: MIT
#include "testconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `crossroads recommend` as a script or a learner runs it: the real executable, no display.
class TestRecommendCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonOutput();
    void readableOutput();
    void markdownOutput();
    void profileFromStandardInput();
    void badProfiles_data();
    void badProfiles();
    void badUsage_data();
    void badUsage();
    void missingContentDatabase();
    void listedInHelp();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &args, const QByteArray &input = {}) const;
    QString writeProfile(const QString &name, const QByteArray &json) const;

    QTemporaryDir m_dir;
};

TestRecommendCli::Result TestRecommendCli::run(const QStringList &args, const QByteArray &input) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A command never needs a display.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("CROSSROADS_CONTENT_DB"), QStringLiteral(CROSSROADS_CONTENT_DB_PATH));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CROSSROADS_EXECUTABLE), QStringList{QStringLiteral("recommend")} + args);
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString TestRecommendCli::writeProfile(const QString &name, const QByteArray &json) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
        return {};
    return path;
}

void TestRecommendCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestRecommendCli::jsonOutput()
{
    const QString profile = writeProfile(QStringLiteral("job.json"),
                                         R"({"python_level": "none", "goal": "get_hired", "project": "saas",
                                             "needs": ["admin", "auth"], "timeline": "months"})");
    const Result r = run({QStringLiteral("--profile"), profile, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("confidence"), QStringLiteral("flip_points"),
                                    QStringLiteral("path"), QStringLiteral("reasons"),
                                    QStringLiteral("recommendation"), QStringLiteral("scores")}));
    // New to Python: Python first, by the rule, and the path starts with the basics.
    QCOMPARE(o.value(QStringLiteral("recommendation")).toString(), QStringLiteral("python-basics"));
    QCOMPARE(o.value(QStringLiteral("confidence")).toString(), QStringLiteral("clear"));
    const QJsonObject scores = o.value(QStringLiteral("scores")).toObject();
    QCOMPARE(scores.size(), 4);
    QVERIFY(scores.value(QStringLiteral("django")).toDouble() >
            scores.value(QStringLiteral("flask")).toDouble());
    const QJsonArray reasons = o.value(QStringLiteral("reasons")).toArray();
    QCOMPARE(reasons.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("rule"));
    QCOMPARE(reasons.first().toObject().value(QStringLiteral("question")).toString(),
             QStringLiteral("python_level"));
    const QJsonArray path = o.value(QStringLiteral("path")).toArray();
    QCOMPARE(path.first().toString(), QStringLiteral("python-basics"));
    QVERIFY(path.contains(QStringLiteral("django-fundamentals")));
    for (const auto &f : o.value(QStringLiteral("flip_points")).toArray())
        QCOMPARE(f.toObject().value(QStringLiteral("question")).toString(), QStringLiteral("python_level"));
}

void TestRecommendCli::readableOutput()
{
    const QString profile =
        writeProfile(QStringLiteral("api.json"),
                     R"({"python_level": "oop", "project": "microservice", "needs": ["async"]})");
    const Result r = run({QStringLiteral("--profile"), profile});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("Recommendation: Start with FastAPI")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Confidence: Clear")));
    QVERIFY(r.out.contains(QStringLiteral("because you chose “Many slow, concurrent connections (async)”")));
    QVERIFY(r.out.contains(QStringLiteral("What would change it:")));
    QVERIFY(r.out.contains(QStringLiteral("Your path:")));
    QVERIFY(r.out.contains(QStringLiteral("[fastapi]")));
    QVERIFY(r.err.isEmpty());
}

void TestRecommendCli::markdownOutput()
{
    const QString profile =
        writeProfile(QStringLiteral("md.json"), R"({"python_level": "basics", "goal": "get_hired"})");
    const Result r = run({QStringLiteral("--profile"), profile, QStringLiteral("--markdown")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const char *heading :
         {"# Decision record", "## Question", "## Options", "## Answers", "## Outcome", "## Reasons"})
        QVERIFY2(r.out.contains(QLatin1String(heading)), heading);
    QVERIFY(r.out.contains(QStringLiteral("**Start with Django** (recommended)")));
}

void TestRecommendCli::profileFromStandardInput()
{
    const Result r = run({QStringLiteral("--profile"), QStringLiteral("-"), QStringLiteral("--json")},
                         R"({"python_level": "basics", "goal": "learn_fundamentals"})");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("recommendation")).toString(),
        QStringLiteral("flask"));
}

void TestRecommendCli::badProfiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << QByteArray(R"({"python_level": "oop", "budget": 10})")
                                 << QStringLiteral("\"budget\": unknown key");
    QTest::newRow("unknown value") << QByteArray(R"({"team_size": "huge"})")
                                   << QStringLiteral("\"team_size\": unknown value \"huge\"");
    QTest::newRow("unknown need") << QByteArray(R"({"needs": ["admin", "cache"]})")
                                  << QStringLiteral("\"needs\": unknown value \"cache\"");
    QTest::newRow("wrong type") << QByteArray(R"({"goal": ["hobby"]})")
                                << QStringLiteral("\"goal\": expected one string");
    QTest::newRow("syntax") << QByteArray("{\n  \"goal\": \"hobby\",\n}") << QStringLiteral("bad.json:3:");
    QTest::newRow("not an object") << QByteArray(R"(["goal", "hobby"])")
                                   << QStringLiteral("bad.json: the profile must be a JSON object");
}

void TestRecommendCli::badProfiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const QString profile = writeProfile(QStringLiteral("bad.json"), json);
    const Result r = run({QStringLiteral("--profile"), profile, QStringLiteral("--json")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY2(r.err.startsWith(QStringLiteral("crossroads: ")), qPrintable(r.err));
}

void TestRecommendCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no profile") << QStringList{QStringLiteral("--json")} << QStringLiteral("--profile");
    QTest::newRow("profile without a file")
        << QStringList{QStringLiteral("--profile")} << QStringLiteral("--profile");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("--profile"), QStringLiteral("a.json"),
                                                   QStringLiteral("extra")}
                                    << QStringLiteral("--profile");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--profile"),
                                                 QStringLiteral("/nonexistent/p.json")}
                                  << QStringLiteral("/nonexistent/p.json: cannot read the profile");
}

void TestRecommendCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Result r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
}

void TestRecommendCli::missingContentDatabase()
{
    const QString profile = writeProfile(QStringLiteral("ok.json"), "{}");
    const QString db = m_dir.filePath(QStringLiteral("absent.db"));
    const Result r = run({QStringLiteral("--profile"), profile, QStringLiteral("--db"), db});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(db), qPrintable(r.err));
}

void TestRecommendCli::listedInHelp()
{
    QProcess p;
    p.start(QStringLiteral(CROSSROADS_EXECUTABLE), {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput())
                .contains(QStringLiteral("recommend --profile FILE.json")));
}

QTEST_GUILESS_MAIN(TestRecommendCli)
#include "tst_recommendcli.moc"
