// SPDX-License-Identifier: MIT
// Every payload of tests/data/hostile-pack goes through the Markdown renderer, one by one and
// as a whole lesson, straight from the source and after the pack is compiled (the glossary
// linker rewrites lesson bodies), and nothing active may come out. The auditor that decides
// "active" is itself tested first, so this cannot pass by auditing nothing.
#include "content/contentcompiler.h"
#include "content/contentpack.h"
#include "content/contentstore.h"
#include "content/schemavalidator.h"
#include "htmlaudit.h"
#include "render/markdownrenderer.h"
#include "testconfig.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace crossroads;
using crossroads::test::activeContent;

namespace {

const QString HostilePack = QStringLiteral(CROSSROADS_TEST_DATA "/hostile-pack");
const QString PayloadHeading = QStringLiteral("## Payload: ");

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

// hostile.md split at its "## Payload: NAME" headings: NAME -> that section's Markdown.
QList<QPair<QString, QString>> lessonPayloads()
{
    QList<QPair<QString, QString>> out;
    const QStringList lines = readText(HostilePack + QStringLiteral("/lessons/hostile.md")).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(PayloadHeading))
            out.append({line.mid(PayloadHeading.size()), QString()});
        if (!out.isEmpty())
            out.last().second += line + u'\n';
    }
    return out;
}

// Every string of the pack's JSON whose schema marks it as Markdown ("x-markdown").
QList<QPair<QString, QString>> jsonPayloads()
{
    QList<QPair<QString, QString>> out;
    const ContentPack pack = ContentPack::load(HostilePack, builtInSchema());
    for (const auto &doc : pack.documents()) {
        std::vector<SchemaError> errors;
        builtInSchema().validate(
            doc->kind, doc->json, errors,
            [&](const std::string &pointer, const nlohmann::json &node, const std::string &value) {
                if (node.value("x-markdown", false))
                    out.append(
                        {doc->relativePath + QString::fromStdString(pointer), QString::fromStdString(value)});
            });
    }
    return out;
}

QString describe(const QStringList &found, const QString &html)
{
    return QStringLiteral("active content survived: %1\nin: %2").arg(found.join(QStringLiteral("; ")), html);
}

} // namespace

class TestHostilePack final : public QObject
{
    Q_OBJECT

private slots:
    void auditorSeesActiveContent_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("active");
        QTest::newRow("script") << "<p><script>x()</script></p>" << true;
        QTest::newRow("uppercase script") << "<SCRIPT>x()</SCRIPT>" << true;
        QTest::newRow("onerror") << "<img src=\"crossroads://static/a.png\" onerror=\"x()\">" << true;
        QTest::newRow("unquoted onerror") << "<img src=crossroads://static/a.png onerror=x()>" << true;
        QTest::newRow("javascript href") << "<a href=\"javascript:x()\">a</a>" << true;
        QTest::newRow("tab in scheme") << "<a href=\"java&#9;script:x()\">a</a>" << true;
        QTest::newRow("entity scheme") << "<a href=\"&#106;avascript:x()\">a</a>" << true;
        QTest::newRow("leading space") << "<a href=\" javascript:x()\">a</a>" << true;
        QTest::newRow("file href") << "<a href=\"file:///etc/passwd\">a</a>" << true;
        QTest::newRow("relative href") << "<a href=\"evil.html\">a</a>" << true;
        QTest::newRow("remote img") << "<img src=\"http://hostile.invalid/x.png\" alt=\"\">" << true;
        QTest::newRow("protocol-relative img") << "<img src=\"//hostile.invalid/x.png\">" << true;
        QTest::newRow("style attribute") << "<p style=\"background:url(http://x/y)\">x</p>" << true;
        QTest::newRow("iframe") << "<iframe src=\"crossroads://static/x\"></iframe>" << true;
        QTest::newRow("comment") << "<!-- x -->" << true;
        QTest::newRow("text input") << "<input type=\"text\">" << true;
        QTest::newRow("enabled checkbox") << "<input type=\"checkbox\">" << true;
        QTest::newRow("srcset") << "<img src=\"crossroads://static/a.png\" srcset=\"http://x/y 1x\">" << true;
        QTest::newRow("escaped script") << "<p>&lt;script&gt;x()&lt;/script&gt;</p>" << false;
        QTest::newRow("external link")
            << "<a href=\"https://example.org/\" class=\"external\" rel=\"noopener noreferrer\">a</a>"
            << false;
        QTest::newRow("app link")
            << "<a href=\"crossroads://app/lesson/x\" class=\"app-link app-lesson\">a</a>" << false;
        QTest::newRow("app image") << "<img src=\"crossroads://static/a.png\" alt=\"a &quot;b\" title=\"t\">"
                                   << false;
        QTest::newRow("task") << "<li class=\"task\"><input type=\"checkbox\" disabled checked> done</li>"
                              << false;
        QTest::newRow("text with <") << "<p>1 < 2 and a <= b</p>" << false;
        QTest::newRow("code")
            << "<pre class=\"code\" data-language=\"python\"><code><span class=\"tok-kw\">def"
               "</span></code></pre>"
            << false;
    }

    void auditorSeesActiveContent()
    {
        QFETCH(QString, html);
        QFETCH(bool, active);
        const QStringList found = activeContent(html);
        QVERIFY2(found.isEmpty() != active, qPrintable(found.join(QStringLiteral("; "))));
    }

    void packIsValidContent()
    {
        // The payloads are not a validation problem: the pack imports, and must be safe anyway.
        const ContentPack pack = ContentPack::load(HostilePack, builtInSchema());
        QStringList problems;
        for (const Diagnostic &d : pack.diagnostics())
            problems.append(d.toString());
        QVERIFY2(pack.isValid(), qPrintable(problems.join(u'\n')));
    }

    void payloadsAreDefused_data()
    {
        QTest::addColumn<QString>("markdown");
        const auto lesson = lessonPayloads();
        QVERIFY(lesson.size() >= 40);
        for (const auto &[name, markdown] : lesson)
            QTest::newRow(qPrintable(QStringLiteral("lesson: ") + name)) << markdown;
        const auto json = jsonPayloads();
        QVERIFY(!json.isEmpty());
        for (const auto &[where, markdown] : json)
            QTest::newRow(qPrintable(QStringLiteral("json: ") + where)) << markdown;
    }

    void payloadsAreDefused()
    {
        QFETCH(QString, markdown);
        MarkdownRenderer renderer;
        renderer.setImageBase(QUrl(QStringLiteral("crossroads://lesson/hostile/")));
        const QString html = renderer.toHtml(markdown);
        const QStringList found = activeContent(html);
        QVERIFY2(found.isEmpty(), qPrintable(describe(found, html)));
        // Defused, not deleted: the words of a neutralised link or image are still there.
        QVERIFY(!html.trimmed().isEmpty());
        ++m_defused;
    }

    void neutralisedLinksKeepTheirText()
    {
        const QString html = MarkdownRenderer().toHtml(QStringLiteral(
            "[click me](javascript:alert(1)) and ![tracking pixel](http://hostile.invalid/p.png)"));
        QVERIFY2(html.contains(QStringLiteral("click me")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("tracking pixel")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("javascript:")));
        QVERIFY(!html.contains(QStringLiteral("hostile.invalid")));
    }

    // The whole lesson, and every compiled lesson body and glossary definition, as the app
    // would render them from the pack's database.
    void compiledPackIsDefused()
    {
        const ContentPack pack = ContentPack::load(HostilePack, builtInSchema());
        QVERIFY(pack.isValid());
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("hostile.db"));
        QString error;
        QVERIFY2(ContentCompiler::compile(pack, db, &error), qPrintable(error));
        ContentStore store;
        QVERIFY2(store.open(db), qPrintable(store.errorString()));

        MarkdownRenderer renderer;
        int rendered = 0;
        QSqlQuery q(store.database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT id, body FROM lessons UNION ALL SELECT id, definition FROM terms")));
        while (q.next()) {
            const QString html = renderer.toHtml(q.value(1).toString());
            const QStringList found = activeContent(html);
            QVERIFY2(found.isEmpty(), qPrintable(q.value(0).toString() + u' ' + describe(found, html)));
            ++rendered;
        }
        QCOMPARE(rendered, 2);
    }

    void cleanupTestCase()
    {
        const int payloads = int(lessonPayloads().size() + jsonPayloads().size());
        qInfo("hostile payloads: %d rendered, %d defused (no script, handler, remote or file load, or raw "
              "HTML)",
              payloads, m_defused);
    }

private:
    int m_defused = 0;
};

QTEST_GUILESS_MAIN(TestHostilePack)
#include "tst_hostilepack.moc"
