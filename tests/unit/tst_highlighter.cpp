// SPDX-License-Identifier: MIT
#include "render/highlighter.h"
#include "testconfig.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace crossroads;

namespace {

// What a reader sees: the markup removed and the entities decoded.
QString visibleText(QString html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    html.remove(tags);
    html.replace(QLatin1String("&lt;"), QLatin1String("<"));
    html.replace(QLatin1String("&gt;"), QLatin1String(">"));
    html.replace(QLatin1String("&quot;"), QLatin1String("\""));
    html.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return html;
}

} // namespace

class TestHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
    void wrapsTokens();
    void lineOptions();
    void unsafeOptionsStaySafe();
    void keepsEveryCharacterOfShippedCode();
};

void TestHighlighter::escapes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("script in a python string")
        << QStringLiteral("python") << QStringLiteral("x = \"<script>alert(1)</script>\"")
        << QStringLiteral(
               "x = <span class=\"tok-string\">&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;</span>");
    QTest::newRow("plain text") << QStringLiteral("text") << QStringLiteral("a < b && c > \"d\"")
                                << QStringLiteral("a &lt; b &amp;&amp; c &gt; &quot;d&quot;");
    QTest::newRow("html tag") << QStringLiteral("html") << QStringLiteral("<script>")
                              << QStringLiteral("<span class=\"tok-tag\">&lt;script</span>"
                                                "<span class=\"tok-tag\">&gt;</span>");
    QTest::newRow("closing code tag in a comment")
        << QStringLiteral("bash") << QStringLiteral("# </code></pre><img src=x>")
        << QStringLiteral("<span class=\"tok-comment\"># &lt;/code&gt;&lt;/pre&gt;&lt;img src=x&gt;</span>");
}

void TestHighlighter::escapes()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    const QString html = Highlighter::toHtml(code, language);
    const QString prefix =
        language == u"text" ? QStringLiteral("<pre class=\"code\" data-language=\"text\"><code>")
                            : QStringLiteral("<pre class=\"code\" data-language=\"%1\"><code>").arg(language);
    QCOMPARE(html, prefix + expected + QStringLiteral("</code></pre>"));
}

void TestHighlighter::wrapsTokens()
{
    const QString html =
        Highlighter::toHtml(QStringLiteral("def f():\n    return 1\n"), QStringLiteral("python"));
    QCOMPARE(html, QStringLiteral(
                       "<pre class=\"code\" data-language=\"python\"><code>"
                       "<span class=\"tok-keyword\">def</span> <span class=\"tok-function\">f</span>():\n"
                       "    <span class=\"tok-keyword\">return</span> <span class=\"tok-number\">1</span>"
                       "</code></pre>"));
    // No language: no attribute, no spans.
    QCOMPARE(Highlighter::toHtml(QStringLiteral("def f"), QString()),
             QStringLiteral("<pre class=\"code\"><code>def f</code></pre>"));
    // Windows line ends do not leave stray carriage returns.
    QVERIFY(!Highlighter::toHtml(QStringLiteral("a\r\nb\r\n"), QStringLiteral("text")).contains(u'\r'));
}

void TestHighlighter::lineOptions()
{
    HighlightOptions options;
    options.lineNumbers = true;
    options.lineAnchors = true;
    options.firstLine = 10;
    options.anchorPrefix = QStringLiteral("flask-L");
    options.highlightedLines = {11};
    const QString html =
        Highlighter::toHtml(QStringLiteral("a = 1\nb = 2\n\n"), QStringLiteral("python"), options);
    QCOMPARE(html, QStringLiteral("<pre class=\"code\" data-language=\"python\"><code>"
                                  "<span class=\"line\" id=\"flask-L10\"><span class=\"ln\" data-n=\"10\" "
                                  "aria-hidden=\"true\"></span>"
                                  "a = <span class=\"tok-number\">1</span></span>\n"
                                  "<span class=\"line hl\" id=\"flask-L11\"><span class=\"ln\" data-n=\"11\" "
                                  "aria-hidden=\"true\"></span>"
                                  "b = <span class=\"tok-number\">2</span></span>\n"
                                  "<span class=\"line\" id=\"flask-L12\"><span class=\"ln\" data-n=\"12\" "
                                  "aria-hidden=\"true\"></span>"
                                  "</span></code></pre>"));
    // Line numbers are drawn by CSS from data-n, so they are not part of the copied text.
    QCOMPARE(visibleText(html), QStringLiteral("a = 1\nb = 2\n"));

    HighlightOptions onlyHighlight;
    onlyHighlight.highlightedLines = {1};
    const QString marked = Highlighter::toHtml(QStringLiteral("x\ny"), QStringLiteral("text"), onlyHighlight);
    QVERIFY(
        marked.contains(QLatin1String("<span class=\"line hl\">x</span>\n<span class=\"line\">y</span>")));
    QVERIFY(!marked.contains(QLatin1String("id=")));
}

void TestHighlighter::unsafeOptionsStaySafe()
{
    HighlightOptions options;
    options.lineAnchors = true;
    options.anchorPrefix = QStringLiteral("x\" onmouseover=\"alert(1)");
    const QString html = Highlighter::toHtml(QStringLiteral("a"), QStringLiteral("py\"><script>"), options);
    QVERIFY2(!html.contains(QLatin1String("onmouseover=\"")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<script")), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("id=\"xonmouseoveralert11\"")));
}

// Every code block of the shipped lessons and every sample file must come out with exactly its
// text: a lexer that dropped or doubled a character would silently corrupt what learners copy.
void TestHighlighter::keepsEveryCharacterOfShippedCode()
{
    static const QRegularExpression fence(QStringLiteral(R"((?ms)^```([a-z0-9]*)[^\n]*\n(.*?)^```)"));
    int blocks = 0;
    QDirIterator it(
        QStringLiteral(CROSSROADS_CONTENT_SOURCE),
        {QStringLiteral("*.md"), QStringLiteral("*.py"), QStringLiteral("*.html"), QStringLiteral("*.json")},
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QList<QPair<QString, QString>> pieces;
        if (path.endsWith(QLatin1String(".md"))) {
            auto m = fence.globalMatch(text);
            while (m.hasNext()) {
                const auto match = m.next();
                pieces.append({match.captured(1), match.captured(2)});
            }
        } else {
            pieces.append({QFileInfo(path).suffix(), text});
        }
        for (const auto &[language, code] : pieces) {
            HighlightOptions options;
            options.lineNumbers = blocks % 2 == 1; // both layouts
            const QString html = Highlighter::toHtml(code, language, options);
            QString expected = code;
            if (expected.endsWith(u'\n'))
                expected.chop(1);
            QCOMPARE(visibleText(html), expected);
            QCOMPARE(html.count(QLatin1String("<span")), html.count(QLatin1String("</span>")));
            ++blocks;
        }
    }
    QVERIFY2(blocks > 300, qPrintable(QString::number(blocks)));
}

QTEST_APPLESS_MAIN(TestHighlighter)
#include "tst_highlighter.moc"
