// SPDX-License-Identifier: MIT
#include "render/appurl.h"
#include "render/markdownrenderer.h"
#include "testconfig.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace crossroads;

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private slots:
    void renders_data();
    void renders();
    void headingIds();
    void imagesResolveAgainstBase_data();
    void imagesResolveAgainstBase();
    void appUrls_data();
    void appUrls();
    void shippedLessonsRenderSafely();
};

void TestMarkdownRenderer::renders_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("absent");
    const auto row = [](const char *name, const char *markdown, const QStringList &contains,
                        const QStringList &absent) {
        QTest::newRow(name) << QString::fromUtf8(markdown) << contains << absent;
    };

    // Raw HTML is shown as text, never passed through.
    row("html block", "<script>alert(1)</script>\n", {"&lt;script&gt;alert(1)&lt;/script&gt;"}, {"<script"});
    row("inline html", "Hi <img src=x onerror=alert(1)> there", {"&lt;img src=x onerror=alert(1)&gt;"},
        {"<img"});
    row("html comment", "<!-- x --><iframe src=\"https://example.org\"></iframe>", {"&lt;iframe"},
        {"<iframe", "<!--"});
    row("style block", "<style>body{display:none}</style>", {"&lt;style&gt;"}, {"<style"});

    // Links: external stays, app links are rewritten, the rest is neutralised.
    row("https link", "[Flask](https://flask.palletsprojects.com/en/2.2.x/)",
        {"<a href=\"https://flask.palletsprojects.com/en/2.2.x/\" class=\"external\" rel=\"noopener "
         "noreferrer\">"
         "Flask</a>"},
        {});
    row("http link with title", "[x](http://example.org/a?b=1&c=2 \"say \\\"hi\\\"\")",
        {"href=\"http://example.org/a?b=1&amp;c=2\"", "title=\"say &quot;hi&quot;\""}, {});
    row("autolink", "See https://docs.djangoproject.com/en/3.2/ now",
        {"<a href=\"https://docs.djangoproject.com/en/3.2/\" class=\"external\""}, {});
    row("lesson", "[routes](lesson:flask-fundamentals-routes)",
        {"<a href=\"crossroads://app/lesson/flask-fundamentals-routes\" class=\"app-link "
         "app-lesson\">routes</a>"},
        {});
    row("sample", "[s](sample:greet)",
        {"href=\"crossroads://app/sample/greet\" class=\"app-link app-sample\""}, {});
    row("row", "[r](row:orm)", {"href=\"crossroads://app/row/orm\""}, {});
    row("term", "[CSRF](term:csrf)",
        {"href=\"crossroads://app/term/csrf\" class=\"app-link app-term\">CSRF</a>"}, {});
    row("step", "[s](step:python-basics)", {"href=\"crossroads://app/step/python-basics\""}, {});
    row("project", "[p](project:reading-list)", {"href=\"crossroads://app/project/reading-list\""}, {});
    row("javascript", "[click](javascript:alert(1))", {"<span class=\"link-removed\">click</span>"},
        {"javascript", "<a"});
    row("javascript upper case", "[click](JaVaScRiPt:alert(1))", {"link-removed"}, {"<a", "alert"});
    row("javascript in angle brackets", "[click](<javascript:alert(1)>)", {"link-removed"}, {"<a"});
    row("javascript by entity", "[click](java&#115;cript:alert&#40;1&#41;)", {"link-removed"}, {"<a"});
    row("javascript reference", "[click][x]\n\n[x]: javascript:alert(1)", {"link-removed"}, {"<a"});
    row("file", "[passwd](file:///etc/passwd)", {"link-removed"}, {"<a", "file:"});
    row("data", "[d](data:text/html;base64,PHNjcmlwdD4=)", {"link-removed"}, {"<a", "data:"});
    row("relative", "[r](../secret.md)", {"link-removed"}, {"<a", "secret"});
    row("absolute path", "[r](/etc/passwd)", {"link-removed"}, {"<a"});
    row("fragment", "[r](#top)", {"link-removed"}, {"<a"});
    row("mailto", "[m](mailto:a@example.org)", {"link-removed"}, {"<a"});
    row("crossroads url written out", "[c](crossroads://static/content.css)", {"link-removed"}, {"<a"});
    row("app link with bad id", "[x](lesson:../../etc)", {"link-removed"}, {"<a"});
    row("app link with unknown kind", "[x](setting:theme)", {"link-removed"}, {"<a"});
    row("scheme-relative", "[x](//evil.example/x)", {"link-removed"}, {"<a"});

    // Images only from the app scheme.
    row("remote image", "![diagram](http://192.0.2.1/x.png)",
        {"<span class=\"image-removed\">diagram</span>"}, {"<img", "192.0.2.1"});
    row("file image", "![f](file:///usr/share/pixmaps/debian-logo.png)", {"image-removed"}, {"<img"});
    row("app image", "![A *diagram*](crossroads://samples/greet/flow.png \"Flow\")",
        {"<img src=\"crossroads://samples/greet/flow.png\" alt=\"A diagram\" title=\"Flow\">"}, {});
    row("relative image without base", "![x](flow.png)", {"image-removed"}, {"<img"});
    row("image pointing at app links", "![x](crossroads://app/lesson/x)", {"image-removed"}, {"<img"});

    // Code is highlighted in one place and escaped.
    row("python fence", "```python\ndef f():\n    return 1\n```\n",
        {"<pre class=\"code\" data-language=\"python\"><code><span class=\"tok-keyword\">def</span> "
         "<span class=\"tok-function\">f</span>():\n    <span class=\"tok-keyword\">return</span> "
         "<span class=\"tok-number\">1</span></code></pre>"},
        {});
    row("html fence", "```html\n<script>alert(1)</script>\n```",
        {"<span class=\"tok-tag\">&lt;script</span>", "data-language=\"html\""}, {"<script"});
    row("fence with info", "```python title=app.py\nx = 1\n```", {"data-language=\"python\""}, {"title="});
    row("tilde fence without language", "~~~\n<b>\n~~~", {"<pre class=\"code\"><code>&lt;b&gt;</code></pre>"},
        {"<b>"});
    row("indented code", "    x < y\n", {"<pre class=\"code\"><code>x &lt; y</code></pre>"}, {});
    row("inline code", "Use `<a href>` here", {"<code>&lt;a href&gt;</code>"}, {"<a href>"});

    // Ordinary Markdown.
    row("emphasis", "*a* **b** ~~c~~", {"<em>a</em>", "<strong>b</strong>", "<del>c</del>"}, {});
    row("lists", "3. three\n4. four\n\n- [x] done\n- [ ] todo",
        {"<ol start=\"3\">", "<li>three</li>",
         "<li class=\"task\"><input type=\"checkbox\" disabled checked> done</li>",
         "<li class=\"task\"><input type=\"checkbox\" disabled> todo</li>"},
        {});
    row("table", "| a | b |\n|:--|--:|\n| 1 | 2 |",
        {"<table>", "<th class=\"align-left\">a</th>", "<td class=\"align-right\">2</td>"}, {"style="});
    row("blockquote and rule", "> quoted\n\n---", {"<blockquote>\n<p>quoted</p>\n</blockquote>", "<hr>"}, {});
    row("entity", "&copy; &amp; &lt;b&gt;", {"&copy; &amp; &lt;b&gt;"}, {"<b>"});
    row("hard break", "a  \nb", {"a<br>\nb"}, {});
}

void TestMarkdownRenderer::renders()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, absent);
    const QString html = MarkdownRenderer().toHtml(markdown);
    for (const QString &s : contains)
        QVERIFY2(html.contains(s), qPrintable(QStringLiteral("missing %1 in:\n%2").arg(s, html)));
    for (const QString &s : absent)
        QVERIFY2(!html.contains(s, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("found %1 in:\n%2").arg(s, html)));
}

void TestMarkdownRenderer::headingIds()
{
    const RenderedMarkdown r =
        MarkdownRenderer().render(QStringLiteral("# Hello World\n\n## Hello World\n\n## The `app` object & "
                                                 "[links](term:app)\n\n### !!!\n\n#### Café 2\n"));
    QVERIFY(r.html.contains(QLatin1String("<h1 id=\"hello-world\">Hello World</h1>")));
    QVERIFY(r.html.contains(QLatin1String("<h2 id=\"hello-world-2\">Hello World</h2>")));
    QVERIFY(r.html.contains(
        QLatin1String("<h2 id=\"the-app-object-links\">The <code>app</code> object &amp; "
                      "<a href=\"crossroads://app/term/app\" class=\"app-link app-term\">links</a></h2>")));
    QVERIFY(r.html.contains(QLatin1String("<h3 id=\"section\">!!!</h3>")));
    QVERIFY(r.html.contains(QStringLiteral("<h4 id=\"café-2\">")));
    QCOMPARE(r.headings.size(), 5);
    QCOMPARE(r.headings.at(2).text, QStringLiteral("The app object & links"));
    QCOMPARE(r.headings.at(2).level, 2);
    QCOMPARE(r.headings.at(1).id, QStringLiteral("hello-world-2"));
}

void TestMarkdownRenderer::imagesResolveAgainstBase_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected"); // empty: neutralised
    QTest::newRow("sibling") << QStringLiteral("flow.png")
                             << QStringLiteral("crossroads://lesson/flask/flow.png");
    QTest::newRow("subfolder") << QStringLiteral("img/a.png")
                               << QStringLiteral("crossroads://lesson/flask/img/a.png");
    QTest::newRow("parent stays on host")
        << QStringLiteral("../../../a.png") << QStringLiteral("crossroads://lesson/a.png");
    QTest::newRow("remote") << QStringLiteral("https://example.org/a.png") << QString();
    QTest::newRow("scheme-relative") << QStringLiteral("//example.org/a.png") << QString();
    QTest::newRow("absolute path") << QStringLiteral("/etc/a.png") << QString();
    QTest::newRow("data") << QStringLiteral("data:image/png;base64,AAAA") << QString();
}

void TestMarkdownRenderer::imagesResolveAgainstBase()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    MarkdownRenderer renderer;
    renderer.setImageBase(QUrl(QStringLiteral("crossroads://lesson/flask/")));
    QCOMPARE(renderer.imageSource(source).toString(), expected);
}

void TestMarkdownRenderer::appUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("kind"); // empty: not an app link
    QTest::addColumn<QString>("id");
    QTest::newRow("lesson") << QStringLiteral("crossroads://app/lesson/flask-routes")
                            << QStringLiteral("lesson") << QStringLiteral("flask-routes");
    QTest::newRow("term") << QStringLiteral("crossroads://app/term/csrf") << QStringLiteral("term")
                          << QStringLiteral("csrf");
    QTest::newRow("other host") << QStringLiteral("crossroads://static/lesson/x") << QString() << QString();
    QTest::newRow("other scheme") << QStringLiteral("https://app/lesson/x") << QString() << QString();
    QTest::newRow("unknown kind") << QStringLiteral("crossroads://app/settings/x") << QString() << QString();
    QTest::newRow("extra segment") << QStringLiteral("crossroads://app/lesson/x/y") << QString() << QString();
    QTest::newRow("query") << QStringLiteral("crossroads://app/lesson/x?y=1") << QString() << QString();
    QTest::newRow("empty id") << QStringLiteral("crossroads://app/lesson/") << QString() << QString();
    QTest::newRow("dot dot") << QStringLiteral("crossroads://app/lesson/a..b") << QString() << QString();
}

void TestMarkdownRenderer::appUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, kind);
    QFETCH(QString, id);
    const auto link = AppUrl::parseLink(QUrl(url));
    QCOMPARE(link.has_value(), !kind.isEmpty());
    if (link) {
        QCOMPARE(link->kind, kind);
        QCOMPARE(link->id, id);
        QCOMPARE(AppUrl::link(kind, id).toString(), url);
    }
}

// The real lessons: every app link is rewritten, nothing raw gets through.
void TestMarkdownRenderer::shippedLessonsRenderSafely()
{
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    static const QRegularExpression tag(QStringLiteral("<([a-z0-9]+)[ >]"));
    const QSet<QString> allowedTags{
        QStringLiteral("p"),      QStringLiteral("a"),          QStringLiteral("code"),
        QStringLiteral("pre"),    QStringLiteral("span"),       QStringLiteral("h1"),
        QStringLiteral("h2"),     QStringLiteral("h3"),         QStringLiteral("h4"),
        QStringLiteral("h5"),     QStringLiteral("h6"),         QStringLiteral("ul"),
        QStringLiteral("ol"),     QStringLiteral("li"),         QStringLiteral("em"),
        QStringLiteral("strong"), QStringLiteral("blockquote"), QStringLiteral("hr"),
        QStringLiteral("br"),     QStringLiteral("table"),      QStringLiteral("thead"),
        QStringLiteral("tbody"),  QStringLiteral("tr"),         QStringLiteral("th"),
        QStringLiteral("td"),     QStringLiteral("del"),        QStringLiteral("input")};
    int lessons = 0;
    int appLinks = 0;
    QDirIterator it(QStringLiteral(CROSSROADS_CONTENT_SOURCE "/lessons"), {QStringLiteral("*.md")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        const QString html = MarkdownRenderer().toHtml(markdown);
        auto links = href.globalMatch(html);
        while (links.hasNext()) {
            const QString target = links.next().captured(1);
            QVERIFY2(target.startsWith(QLatin1String("https://")) ||
                         target.startsWith(QLatin1String("http://")) ||
                         AppUrl::parseLink(QUrl(target)).has_value(),
                     qPrintable(file.fileName() + QStringLiteral(": ") + target));
            appLinks += target.startsWith(QLatin1String("crossroads://app/"));
        }
        QVERIFY2(!html.contains(QLatin1String("link-removed")), qPrintable(file.fileName()));
        auto tags = tag.globalMatch(html);
        while (tags.hasNext()) {
            const QString name = tags.next().captured(1);
            QVERIFY2(allowedTags.contains(name), qPrintable(file.fileName() + QStringLiteral(": <") + name));
        }
        ++lessons;
    }
    QVERIFY(lessons >= 20);
    QVERIFY(appLinks >= 100);
}

QTEST_APPLESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
