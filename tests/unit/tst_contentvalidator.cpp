// SPDX-License-Identifier: MIT
#include "content/contentpack.h"
#include "content/jsonlocator.h"
#include "content/schemavalidator.h"
#include "testconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace crossroads;

class TestContentValidator : public QObject
{
    Q_OBJECT

private slots:
    void locator();
    void readablePaths();
    void badInput_data();
    void badInput();
    void shippedContentIsValid();

private:
    static bool copyTree(const QString &from, const QString &to);
};

bool TestContentValidator::copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + u'/' + QDir(from).relativeFilePath(src);
        QDir().mkpath(QFileInfo(dst).absolutePath());
        if (!QFile::copy(src, dst))
            return false;
    }
    return true;
}

void TestContentValidator::locator()
{
    const std::string text = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"é\": true\n}";
    JsonLocator loc(text);
    QCOMPARE(loc.find("/a").line, 2);
    QCOMPARE(loc.find("/a").column, 8);
    QCOMPARE(loc.find("/a/1/b").column, 18);
    QCOMPARE(loc.findKey("/a").column, 3);
    QCOMPARE(loc.find("/\xc3\xa9").line, 3);
    QCOMPARE(loc.find("/\xc3\xa9").column, 8); // counts characters, not bytes
    QCOMPARE(loc.find("/a/7/zzz").column, 8);  // unknown paths fall back to the nearest ancestor
}

void TestContentValidator::readablePaths()
{
    QCOMPARE(readablePath("/rows/3/id"), std::string("rows[3].id"));
    QCOMPARE(readablePath(""), std::string("(document)"));
    QCOMPARE(readablePath("/a~1b/0"), std::string("a/b[0]"));
}

void TestContentValidator::badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("clean") << QString() << QString() << QString() << QStringList();
    QTest::newRow("json syntax") << "comparison/core.json"
                                 << "\"order\": 1 },"
                                 << "\"order\": 1 }"
                                 << QStringList{
                                        "comparison/core.json:4:3: JSON syntax error: syntax error while "
                                        "parsing object - unexpected string literal; expected '}'"};
    QTest::newRow("missing field")
        << "comparison/core.json"
        << "      \"meaning\": \"Django gives you a back office for free.\",\n"
        << "" << QStringList{"comparison/core.json:5:5: rows[0]: missing required field \"meaning\""};
    QTest::newRow("wrong type") << "roadmap.json"
                                << "\"hours\": 2,"
                                << "\"hours\": \"2\","
                                << QStringList{
                                       "roadmap.json:10:16: steps[0].hours: expected number, found string"};
    QTest::newRow("not in enum")
        << "comparison/core.json"
        << "\"side\": \"django\""
        << "\"side\": \"pyramid\""
        << QStringList{
               "comparison/core.json:12:28: rows[0].favours.side: \"pyramid\" is not one of: \"django\", "
               "\"flask\", \"fastapi\", \"neither\""};
    QTest::newRow("bad id pattern")
        << "roadmap.json"
        << "\"id\": \"web\""
        << "\"id\": \"Web Step\""
        << QStringList{"roadmap.json:15:13: steps[1].id: \"Web Step\" does not match the pattern "
                       "^[a-z0-9]+(-[a-z0-9]+)*$",
                       "roadmap.json:24:30: default_path[1]: unknown step \"web\""};
    QTest::newRow("unknown field") << "comparison/core.json"
                                   << "\"topic\": \"Language\","
                                   << "\"topic\": \"Language\", \"colour\": \"red\","
                                   << QStringList{"comparison/core.json:26:28: rows[1].colour: unknown field "
                                                  "\"colour\""};
    QTest::newRow("duplicate id")
        << "comparison/core.json"
        << "\"id\": \"language\""
        << "\"id\": \"admin\""
        << QStringList{"comparison/core.json:25:13: rows[1].id: duplicate row id \"admin\" (first defined at "
                       "comparison/core.json:6:13)"};
    QTest::newRow("dangling reference")
        << "comparison/core.json"
        << "\"samples\": [\"greet\"]"
        << "\"samples\": [\"nope\"]"
        << QStringList{"comparison/core.json:22:32: rows[0].related.samples[0]: unknown sample \"nope\""};
    QTest::newRow("missing file")
        << "lessons/basics/lessons.json"
        << "\"body\": \"functions.md\""
        << "\"body\": \"nope.md\""
        << QStringList{
               "lessons/basics/lessons.json:5:63: lessons[0].body: referenced file \"nope.md\" does not "
               "exist"};
    QTest::newRow("path escapes the pack")
        << "lessons/basics/lessons.json"
        << "\"body\": \"functions.md\""
        << "\"body\": \"../../roadmap.json\""
        << QStringList{
               "lessons/basics/lessons.json:5:63: lessons[0].body: \"../../roadmap.json\" must be a relative "
               "path inside the pack"};
    QTest::newRow("markdown link") << "lessons/basics/functions.md"
                                   << "(term:wsgi)"
                                   << "(term:asgi)"
                                   << QStringList{
                                          "lessons/basics/functions.md:3:66: link to unknown term \"asgi\""};
    QTest::newRow("unknown kind") << "glossary.json"
                                  << "\"kind\": \"glossary\""
                                  << "\"kind\": \"glosary\""
                                  << QStringList{
                                         "glossary.json:2:11: unknown kind \"glosary\"; expected one of: "
                                         "comparison, exercise, extensions, glossary, lessons, pack, projects, "
                                         "quiz, roadmap, sample, wizard",
                                         "comparison/core.json:22:52: rows[0].related.terms[0]: unknown "
                                         "term \"wsgi\"",
                                         "lessons/basics/functions.md:3:66: link to unknown term \"wsgi\""};
    QTest::newRow("fact without source")
        << "comparison/core.json"
        << "\"claim\": \"opinion\""
        << "\"claim\": \"fact\""
        << QStringList{
               "comparison/core.json:33:18: rows[1].sources: a fact needs at least one source (or mark the "
               "claim as opinion or anecdote)"};
    QTest::newRow("annotation past the end")
        << "samples/greet/sample.json"
        << "\"line\": 7,"
        << "\"line\": 70,"
        << QStringList{
               "samples/greet/sample.json:11:51: variants[0].annotations[0].line: line 70 is past the end of "
               "app.py (10 lines)"};
    QTest::newRow("sample without django")
        << "samples/greet/sample.json"
        << "\"framework\": \"django\""
        << "\"framework\": \"fastapi\""
        << QStringList{
               "samples/greet/sample.json:17:16: variants[1].entry: referenced file \"app.py\" does not "
               "exist",
               "samples/greet/sample.json:16:17: variants[1].files[0]: referenced file \"app.py\" does not "
               "exist",
               "samples/greet/sample.json:6:15: variants: a sample needs both a flask and a django variant"};
    QTest::newRow("quiz answer out of range")
        << "quiz.json" << QString()
        << "{\"kind\": \"quiz\", \"step\": \"basics\", \"questions\": [{\"id\": \"q1\", \"type\": "
           "\"choice\",\n"
           " \"prompt\": \"Pick one\", \"choices\": [\"a\", \"b\"], \"answer\": 2, \"explanation\": "
           "\"Because b is "
           "right.\"}]}\n"
        << QStringList{"quiz.json:2:57: questions[0].answer: answer 2 is out of range: there are 2 choices"};
    QTest::newRow("no pack.json") << "pack.json" << QString() << QStringLiteral("<delete>")
                                  << QStringList{"pack.json: missing: every pack needs a pack.json (kind "
                                                 "\"pack\") at its top level"};
}

void TestContentValidator::badInput()
{
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyTree(QStringLiteral(CROSSROADS_TEST_DATA "/minipack"), dir.path()));
    if (!file.isEmpty()) {
        QFile f(dir.filePath(file));
        if (to == QStringLiteral("<delete>")) {
            QVERIFY(f.remove());
        } else if (from.isEmpty()) {
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(to.toUtf8());
        } else {
            QVERIFY(f.open(QIODevice::ReadWrite));
            QString text = QString::fromUtf8(f.readAll());
            QVERIFY2(text.contains(from), qPrintable(from));
            text.replace(from, to);
            f.resize(0);
            f.write(text.toUtf8());
        }
    }

    const ContentPack pack = ContentPack::load(dir.path(), builtInSchema());
    QStringList got;
    for (const Diagnostic &d : pack.diagnostics())
        got.append(d.toString().replace(dir.path() + u'/', QString()));
    QCOMPARE(got, expected);
    QCOMPARE(pack.isValid(), expected.isEmpty());
}

void TestContentValidator::shippedContentIsValid()
{
    const ContentPack pack = ContentPack::load(QStringLiteral(CROSSROADS_CONTENT_SOURCE), builtInSchema());
    QStringList problems;
    for (const Diagnostic &d : pack.diagnostics())
        problems.append(d.toString());
    QVERIFY2(pack.isValid(), qPrintable(problems.join(u'\n')));
    QVERIFY(!pack.documentsOfKind("pack").empty());
}

QTEST_GUILESS_MAIN(TestContentValidator)
#include "tst_contentvalidator.moc"
