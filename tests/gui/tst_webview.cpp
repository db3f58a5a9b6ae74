// SPDX-License-Identifier: MIT
#include "render/appurl.h"
#include "render/highlighter.h"
#include "render/markdownrenderer.h"
#include "render/pagebuilder.h"
#include "testconfig.h"
#include "web/webpage.h"
#include "web/webprofile.h"
#include "web/webview.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

#include <memory>
#include <signal.h>

using namespace crossroads;
using namespace crossroads::ui;

namespace {

// A minimal HTTP server on 127.0.0.1 that counts connections: the proof that a blocked URL
// never reached the network. Answers every request with `body`.
class LoopbackServer final : public QTcpServer
{
public:
    explicit LoopbackServer(QByteArray body = "<!doctype html><title>preview</title><p>served</p>")
        : m_body(std::move(body))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_requests[socket] += socket->readAll();
                    if (!m_requests[socket].contains("\r\n\r\n"))
                        return;
                    requests.append(m_requests.take(socket).split(' ').value(1));
                    socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                                  QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" +
                                  m_body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

    int connections = 0;
    QList<QByteArray> requests;

private:
    QByteArray m_body;
    QHash<QTcpSocket *, QByteArray> m_requests;
};

QByteArray png()
{
    QImage image(4, 3, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Reads the DOM from the app's own world, which works while page JavaScript is off.
QVariant js(QWebEnginePage *page, const QString &script)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                        [result](const QVariant &v) { *result = v; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 10000))
        return QStringLiteral("<timeout>");
    return **result;
}

QStringList webLog;
QtMessageHandler previousHandler = nullptr;

void captureWebLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "crossroads.web")
        webLog.append(message);
    previousHandler(type, context, message);
}

} // namespace

class TestWebView : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        WebProfile::registerScheme();
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createdOnlyWhenShown();
    void rendersMarkdownThroughTheScheme();
    void codeLinesLayOutEvenly();
    void shippedLessonRenders_data();
    void shippedLessonRenders();
    void settingsAreLockedDown_data();
    void settingsAreLockedDown();
    void contentCannotReachOut_data();
    void contentCannotReachOut();
    void interceptorBlocksAllButTheAllowedLoopbackPort();
    void externalLinkGoesToTheOpener();
    void appLinkEmitsSignal();
    void newWindowsAreDropped();
    void crashedRendererReloadsThenShowsErrorPage();

private:
    // Serves m_pages under crossroads://test/ and records every path asked for.
    void serve(WebProfile &profile);
    bool loadAndWait(WebView &view, const QUrl &url);
    QPoint centreOf(WebView &view, const QString &selector);
    void saveScreenshot(const QString &name);
    QUrl page(const QString &name, const QByteArray &html);
    QUrl markdownPage(const QString &name, const QString &markdown);

    QTemporaryDir m_dir;
    QHash<QString, WebResource> m_pages;
    QStringList m_requested;
    std::unique_ptr<WebProfile> m_profile;
    std::unique_ptr<WebView> m_view;
    QList<QUrl> m_opened;
};

void TestWebView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    previousHandler = qInstallMessageHandler(captureWebLog);
}

void TestWebView::init()
{
    m_pages.clear();
    m_requested.clear();
    m_opened.clear();
    webLog.clear();
    m_pages.insert(QStringLiteral("/dot.png"), {"image/png", png()});
    m_profile = std::make_unique<WebProfile>();
    serve(*m_profile);
    m_view = std::make_unique<WebView>(*m_profile);
    m_view->setExternalUrlOpener([this](const QUrl &url) { m_opened.append(url); });
    m_view->resize(900, 700);
}

void TestWebView::cleanup()
{
    m_view.reset(); // pages before their profile
    m_profile.reset();
}

void TestWebView::serve(WebProfile &profile)
{
    QVERIFY(profile.setSource(QStringLiteral("test"), [this](const QUrl &url) -> std::optional<WebResource> {
        m_requested.append(url.path());
        const auto it = m_pages.constFind(url.path());
        if (it == m_pages.constEnd())
            return std::nullopt;
        return *it;
    }));
}

bool TestWebView::loadAndWait(WebView &view, const QUrl &url)
{
    QSignalSpy spy(&view, &WebView::loadFinished);
    view.load(url);
    if (!view.isVisible()) {
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
    }
    if (!spy.wait(30000)) {
        qWarning() << "no loadFinished for" << url;
        return false;
    }
    return spy.last().at(0).toBool();
}

QPoint TestWebView::centreOf(WebView &view, const QString &selector)
{
    const QVariantList xy =
        js(view.page(),
           QStringLiteral("(() => { const r = document.querySelector('%1').getBoundingClientRect();"
                          " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
               .arg(selector))
            .toList();
    return xy.size() == 2 ? QPoint(qRound(xy.at(0).toDouble()), qRound(xy.at(1).toDouble())) : QPoint(-1, -1);
}

// With CROSSROADS_SCREENSHOT_DIR set, saves the view as NAME.png there, to look at.
void TestWebView::saveScreenshot(const QString &name)
{
    const QByteArray dir = qgetenv("CROSSROADS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // let the compositor catch up with the last paint
    QVERIFY(m_view->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name + QStringLiteral(".png"))));
}

QUrl TestWebView::page(const QString &name, const QByteArray &html)
{
    m_pages.insert(u'/' + name, {"text/html", html});
    return AppUrl::resource(QStringLiteral("test"), name);
}

QUrl TestWebView::markdownPage(const QString &name, const QString &markdown)
{
    PageContent content;
    content.title = QStringLiteral("Safe");
    content.theme = PageTheme::Light;
    content.bodyHtml = MarkdownRenderer().toHtml(markdown);
    return page(name, PageBuilder::build(content));
}

void TestWebView::createdOnlyWhenShown()
{
    const QUrl url = markdownPage(QStringLiteral("lazy"), QStringLiteral("# Lazy"));
    m_view->load(url);
    QVERIFY(!m_view->isCreated());
    QVERIFY(!m_profile->isCreated()); // Chromium has not been asked for anything yet
    QVERIFY(!m_view->findChild<QWebEngineView *>());
    QCOMPARE(m_view->url(), url);

    QSignalSpy finished(m_view.get(), &WebView::loadFinished);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_VERIFY(m_view->isCreated());
    QVERIFY(m_profile->isCreated());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QCOMPARE(js(m_view->page(), QStringLiteral("document.querySelector('h1').textContent")).toString(),
             QStringLiteral("Lazy"));
}

void TestWebView::rendersMarkdownThroughTheScheme()
{
    const QUrl url = markdownPage(QStringLiteral("lesson"), QStringLiteral(R"(# Routes & views

A [view](term:view) returns a response. ![a red dot](crossroads://test/dot.png)

```python
@app.route("/hello/<name>")
def hello(name):
    return f"Hello {name}!"  # escaped: <b>
```
)"));
    QVERIFY(loadAndWait(*m_view, url));
    WebPage *p = m_view->page();
    QCOMPARE(p->title(), QStringLiteral("Safe"));
    QCOMPARE(js(p, QStringLiteral("document.querySelector('h1').textContent")).toString(),
             QStringLiteral("Routes & views"));
    QCOMPARE(js(p, QStringLiteral("document.querySelector('h1').id")).toString(),
             QStringLiteral("routes-views"));
    QCOMPARE(js(p, QStringLiteral("document.querySelectorAll('pre.code span.tok-keyword').length")).toInt(),
             2);
    QCOMPARE(
        js(p, QStringLiteral("document.querySelector('pre.code .tok-decorator').textContent")).toString(),
        QStringLiteral("@app.route"));
    QCOMPARE(js(p, QStringLiteral("document.querySelector('pre.code .tok-comment').textContent")).toString(),
             QStringLiteral("# escaped: <b>"));
    QCOMPARE(js(p, QStringLiteral("document.querySelectorAll('pre b').length")).toInt(), 0);
    // The stylesheet came through the scheme despite the CSP: the keyword has its colour.
    QCOMPARE(
        js(p, QStringLiteral("getComputedStyle(document.querySelector('.tok-keyword')).color")).toString(),
        QStringLiteral("rgb(179, 24, 107)"));
    // So did the image: the policy lets crossroads: images in, which makes the blocking tests meaningful.
    QCOMPARE(js(p, QStringLiteral("document.querySelector('img').naturalWidth")).toInt(), 4);
    QCOMPARE(js(p, QStringLiteral("document.querySelector('a.app-term').href")).toString(),
             QStringLiteral("crossroads://app/term/view"));
    QVERIFY(m_requested.contains(QStringLiteral("/lesson")));
    QVERIFY(m_requested.contains(QStringLiteral("/dot.png")));
    QVERIFY2(m_profile->blockedRequests().isEmpty(),
             qPrintable(m_profile->blockedRequests().value(0).toString()));
}

void TestWebView::codeLinesLayOutEvenly()
{
    const QString code = QStringLiteral("def f():\n\n    return 1\n");
    HighlightOptions numbered;
    numbered.lineNumbers = true;
    numbered.lineAnchors = true;
    numbered.highlightedLines = {2};
    HighlightOptions marked; // no numbers, and the marked line is the empty one
    marked.highlightedLines = {2};
    PageContent content;
    content.title = QStringLiteral("Code");
    content.bodyHtml = Highlighter::toHtml(code, QStringLiteral("python"), numbered) +
                       Highlighter::toHtml(code, QStringLiteral("python"), marked);
    QVERIFY(loadAndWait(*m_view, page(QStringLiteral("code"), PageBuilder::build(content))));
    WebPage *p = m_view->page();
    for (int block = 0; block < 2; ++block) {
        const QString pre = QStringLiteral("document.querySelectorAll('pre code')[%1]").arg(block);
        // Every line, the empty one too, is exactly one line box high and as wide as the block.
        const QVariantList heights =
            js(p, QStringLiteral("Array.from(") + pre +
                      QStringLiteral(".querySelectorAll('.line'), e => e.getBoundingClientRect().height)"))
                .toList();
        QCOMPARE(heights.size(), 3);
        QVERIFY(heights.at(0).toDouble() > 10);
        QCOMPARE(heights.at(1).toDouble(), heights.at(0).toDouble());
        QCOMPARE(heights.at(2).toDouble(), heights.at(0).toDouble());
        QCOMPARE(js(p, pre + QStringLiteral(".querySelector('.line.hl').getBoundingClientRect().width == ") +
                           pre + QStringLiteral(".closest('pre').clientWidth"))
                     .toBool(),
                 true);
        // What a reader copies is the code, without numbers and without doubled line breaks.
        QCOMPARE(js(p, pre + QStringLiteral(".innerText")).toString(),
                 QStringLiteral("def f():\n\n    return 1"));
    }
    saveScreenshot(QStringLiteral("code-lines"));
    // The numbers are drawn from data-n.
    QCOMPARE(js(p, QStringLiteral("getComputedStyle(document.querySelector('#L3 .ln'), '::before').content"))
                 .toString(),
             QStringLiteral("\"3\""));
}

void TestWebView::shippedLessonRenders_data()
{
    QTest::addColumn<PageTheme>("theme");
    QTest::addColumn<QString>("background");
    QTest::newRow("light") << PageTheme::Light << QStringLiteral("rgb(255, 255, 255)");
    QTest::newRow("dark") << PageTheme::Dark << QStringLiteral("rgb(30, 31, 34)");
}

// A real lesson, end to end: every code block highlighted, every link live, nothing blocked.
void TestWebView::shippedLessonRenders()
{
    QFETCH(PageTheme, theme);
    QFETCH(QString, background);
    QFile file(QStringLiteral(CROSSROADS_CONTENT_SOURCE "/lessons/flask-fundamentals/templates.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const RenderedMarkdown lesson = MarkdownRenderer().render(QString::fromUtf8(file.readAll()));
    PageContent content;
    content.title = lesson.headings.value(0).text;
    content.theme = theme;
    content.bodyClasses = {QStringLiteral("lesson")};
    content.bodyHtml = lesson.html;
    QVERIFY(loadAndWait(*m_view, page(QStringLiteral("templates"), PageBuilder::build(content))));
    WebPage *p = m_view->page();
    QCOMPARE(js(p, QStringLiteral("getComputedStyle(document.documentElement).backgroundColor")).toString(),
             background);
    const int blocks = js(p, QStringLiteral("document.querySelectorAll('pre.code').length")).toInt();
    QVERIFY(blocks >= 5);
    // Every Python and HTML block has tokens (a query that threw would read as 0, hence the explicit count).
    QCOMPARE(js(p, QStringLiteral("Array.from(document.querySelectorAll('pre.code:is([data-language=python], "
                                  "[data-language=html])'))"
                                  ".map(e => e.querySelectorAll('[class^=tok-]').length > 0)"))
                 .toList()
                 .count(QVariant(true)),
             js(p, QStringLiteral("document.querySelectorAll('pre.code:is([data-language=python], "
                                  "[data-language=html])').length"))
                 .toInt());
    QVERIFY(js(p, QStringLiteral("document.querySelectorAll('pre.code:is([data-language=python], "
                                 "[data-language=html])').length"))
                .toInt() >= 3);
    QVERIFY(js(p, QStringLiteral("document.querySelectorAll('a.app-link').length")).toInt() > 3);
    QCOMPARE(
        js(p, QStringLiteral("document.querySelectorAll('.link-removed, .image-removed, script').length"))
            .toInt(),
        0);
    QVERIFY(m_profile->blockedRequests().isEmpty());
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    saveScreenshot(QStringLiteral("lesson-") + tag);
    js(p, QStringLiteral("window.scrollTo(0, document.querySelectorAll('pre.code')[3].offsetTop - 40)"));
    saveScreenshot(QStringLiteral("lesson-code-") + tag);
}

void TestWebView::settingsAreLockedDown_data()
{
    QTest::addColumn<QWebEngineSettings::WebAttribute>("attribute");
    QTest::addColumn<bool>("content");
    QTest::addColumn<bool>("preview");
    QTest::newRow("JavascriptEnabled") << QWebEngineSettings::JavascriptEnabled << false << true;
    QTest::newRow("JavascriptCanOpenWindows")
        << QWebEngineSettings::JavascriptCanOpenWindows << false << false;
    QTest::newRow("LocalContentCanAccessRemoteUrls")
        << QWebEngineSettings::LocalContentCanAccessRemoteUrls << false << false;
    QTest::newRow("LocalContentCanAccessFileUrls")
        << QWebEngineSettings::LocalContentCanAccessFileUrls << false << false;
    QTest::newRow("LocalStorageEnabled") << QWebEngineSettings::LocalStorageEnabled << false << true;
    QTest::newRow("PluginsEnabled") << QWebEngineSettings::PluginsEnabled << false << false;
    QTest::newRow("PdfViewerEnabled") << QWebEngineSettings::PdfViewerEnabled << false << false;
    QTest::newRow("NavigateOnDropEnabled") << QWebEngineSettings::NavigateOnDropEnabled << false << false;
    QTest::newRow("ErrorPageEnabled") << QWebEngineSettings::ErrorPageEnabled << false << false;
    QTest::newRow("AutoLoadIconsForPage") << QWebEngineSettings::AutoLoadIconsForPage << false << false;
    QTest::newRow("DnsPrefetchEnabled") << QWebEngineSettings::DnsPrefetchEnabled << false << false;
    QTest::newRow("AllowRunningInsecureContent")
        << QWebEngineSettings::AllowRunningInsecureContent << false << false;
    QTest::newRow("JavascriptCanAccessClipboard")
        << QWebEngineSettings::JavascriptCanAccessClipboard << false << false;
}

void TestWebView::settingsAreLockedDown()
{
    QFETCH(QWebEngineSettings::WebAttribute, attribute);
    QFETCH(bool, content);
    QFETCH(bool, preview);
    QCOMPARE(m_view->page()->settings()->testAttribute(attribute), content);
    WebPage livePreview(*m_profile, WebPage::Kind::LivePreview);
    QCOMPARE(livePreview.settings()->testAttribute(attribute), preview);
    // The profile's defaults are the content ones, so a plain QWebEnginePage on it is locked too.
    QCOMPARE(m_profile->profile()->settings()->testAttribute(attribute), content);
}

void TestWebView::contentCannotReachOut_data()
{
    QTest::addColumn<bool>("withPolicy");
    // With the page template's CSP, and without it, as if a page were built by hand: the scheme
    // flags, the settings and the interceptor must hold on their own.
    QTest::newRow("page template") << true;
    QTest::newRow("no policy") << false;
}

void TestWebView::contentCannotReachOut()
{
    QFETCH(bool, withPolicy);
    LoopbackServer server; // a port nobody allowed
    QVERIFY(server.isListening());
    const QString filePath = m_dir.filePath(QStringLiteral("local.png"));
    {
        QFile file(filePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(png());
    }
    const QString loopback = server.url(QStringLiteral("/")).toString();
    // Markup that got past the Markdown renderer (it never should) and tries everything.
    const QString body = QStringLiteral(R"(<h1>Hostile</h1>
<script>document.title = 'script ran';</script>
<img id="remote" src="http://192.0.2.1/x.png">
<img id="loopback" src="%1x.png" onerror="document.title = 'handler ran'">
<img id="file" src="%2">
<img id="ok" src="crossroads://test/dot.png">
<link rel="stylesheet" href="%1x.css">
<iframe src="%1frame"></iframe>
<object data="%1object"></object>
<meta http-equiv="refresh" content="0; url=https://192.0.2.1/refresh">)")
                             .arg(loopback, QUrl::fromLocalFile(filePath).toString());
    QByteArray html;
    if (withPolicy) {
        PageContent content;
        content.title = QStringLiteral("Safe");
        content.bodyHtml = body;
        html = PageBuilder::build(content);
    } else {
        html = QStringLiteral("<!doctype html><html><head><title>Safe</title></head><body>%1</body></html>")
                   .arg(body)
                   .toUtf8();
    }
    QVERIFY(loadAndWait(*m_view, page(QStringLiteral("hostile"), html)));
    WebPage *p = m_view->page();
    QCOMPARE(js(p, QStringLiteral("document.querySelector('h1').textContent")).toString(),
             QStringLiteral("Hostile"));
    QCOMPARE(js(p, QStringLiteral("document.querySelector('#ok').naturalWidth")).toInt(), 4);
    QCOMPARE(js(p, QStringLiteral("document.querySelector('#remote').naturalWidth")).toInt(), 0);
    QCOMPARE(js(p, QStringLiteral("document.querySelector('#loopback').naturalWidth")).toInt(), 0);
    QCOMPARE(js(p, QStringLiteral("document.querySelector('#file').naturalWidth")).toInt(), 0);
    // Give the refresh and any straggling request time to happen, then check nothing did.
    QTest::qWait(1500);
    QCOMPARE(p->title(), QStringLiteral("Safe"));
    QCOMPARE(js(p, QStringLiteral("document.title")).toString(), QStringLiteral("Safe"));
    QCOMPARE(server.connections, 0);
    QCOMPARE(p->url(), AppUrl::resource(QStringLiteral("test"), QStringLiteral("hostile")));
    QVERIFY(m_opened.isEmpty()); // the refresh was not a click, so no browser either
}

void TestWebView::interceptorBlocksAllButTheAllowedLoopbackPort()
{
    LoopbackServer forbidden;
    QVERIFY(forbidden.isListening());
    const QByteArray previewHtml = QStringLiteral(R"(<!doctype html><title>preview</title><p id="p">served</p>
<img id="remote" src="http://192.0.2.1/x.png">
<img id="forbidden" src="%1x.png">
<p><a id="next" href="/next">next page</a> <a id="docs" href="https://flask.palletsprojects.com/">docs</a></p>
<script>
fetch('http://192.0.2.1/api').catch(() => { document.getElementById('p').dataset.fetch = 'failed'; });
try { new WebSocket('ws://127.0.0.1:%2/socket'); } catch (e) {}
</script>)")
                                       .arg(forbidden.url(QStringLiteral("/")).toString())
                                       .arg(forbidden.serverPort())
                                       .toUtf8();
    LoopbackServer sample(previewHtml);
    QVERIFY(sample.isListening());

    WebView preview(*m_profile, WebPage::Kind::LivePreview);
    preview.setExternalUrlOpener([this](const QUrl &url) { m_opened.append(url); });
    preview.resize(600, 400);

    m_profile->allowLoopbackPort(sample.serverPort());
    QCOMPARE(m_profile->allowedLoopbackPort(), sample.serverPort());
    QVERIFY(loadAndWait(preview, sample.url(QStringLiteral("/"))));
    WebPage *p = preview.page();
    QCOMPARE(js(p, QStringLiteral("document.getElementById('p').textContent")).toString(),
             QStringLiteral("served"));
    QTRY_COMPARE_WITH_TIMEOUT(
        js(p, QStringLiteral("document.getElementById('p').dataset.fetch || ''")).toString(),
        QStringLiteral("failed"), 10000);
    QCOMPARE(js(p, QStringLiteral("document.getElementById('remote').naturalWidth")).toInt(), 0);
    QCOMPARE(js(p, QStringLiteral("document.getElementById('forbidden').naturalWidth")).toInt(), 0);
    const QList<QUrl> blocked = m_profile->blockedRequests();
    QVERIFY2(blocked.contains(QUrl(QStringLiteral("http://192.0.2.1/x.png"))),
             qPrintable(QDebug::toString(blocked)));
    QVERIFY(blocked.contains(QUrl(QStringLiteral("http://192.0.2.1/api"))));
    QVERIFY(blocked.contains(forbidden.url(QStringLiteral("/x.png"))));
    QCOMPARE(forbidden.connections, 0);
    QVERIFY(std::any_of(webLog.cbegin(), webLog.cend(), [](const QString &line) {
        return line.contains(QLatin1String("blocked request")) &&
               line.contains(QLatin1String("192.0.2.1/x.png"));
    }));

    // A link inside the previewed app stays inside it, a link out of it goes to the browser...
    QSignalSpy next(&preview, &WebView::loadFinished);
    QTest::mouseClick(preview.view()->focusProxy(), Qt::LeftButton, {},
                      centreOf(preview, QStringLiteral("#next")));
    QVERIFY(next.wait(30000));
    QCOMPARE(preview.url(), sample.url(QStringLiteral("/next")));
    QVERIFY(sample.requests.contains("/next"));
    QTest::mouseClick(preview.view()->focusProxy(), Qt::LeftButton, {},
                      centreOf(preview, QStringLiteral("#docs")));
    QTRY_COMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://flask.palletsprojects.com/"))});
    QCOMPARE(preview.url(), sample.url(QStringLiteral("/next")));
    // ...and once the sample stops, its port is closed to the view again.
    m_profile->disallowLoopback();
    const int before = sample.connections;
    QSignalSpy finished(&preview, &WebView::loadFinished);
    preview.load(sample.url(QStringLiteral("/again")));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QCOMPARE(sample.connections, before);
    QVERIFY(!sample.requests.contains("/again"));

    // A content page never browses loopback, even on the allowed port.
    m_profile->allowLoopbackPort(sample.serverPort());
    const QUrl content = markdownPage(QStringLiteral("content"), QStringLiteral("# Content"));
    QVERIFY(loadAndWait(*m_view, content));
    m_view->load(sample.url(QStringLiteral("/content")));
    QTest::qWait(500);
    QCOMPARE(m_view->url(), content);
    QVERIFY(!sample.requests.contains("/content"));
    m_profile->disallowLoopback();
}

void TestWebView::externalLinkGoesToTheOpener()
{
    const QUrl url = markdownPage(
        QStringLiteral("links"),
        QStringLiteral("# Links\n\nRead [the Flask documentation](https://flask.palletsprojects.com/) "
                       "or [nothing](javascript:alert(1))."));
    QVERIFY(loadAndWait(*m_view, url));
    const QPoint link = centreOf(*m_view, QStringLiteral("a.external"));
    QVERIFY(link.x() > 0);
    QTest::mouseClick(m_view->view()->focusProxy(), Qt::LeftButton, {}, link);
    QTRY_COMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://flask.palletsprojects.com/"))});
    QCOMPARE(m_view->url(), url);

    // The neutralised link is plain text: clicking it does nothing at all.
    QTest::mouseClick(m_view->view()->focusProxy(), Qt::LeftButton, {},
                      centreOf(*m_view, QStringLiteral(".link-removed")));
    QTest::qWait(300);
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_view->url(), url);
}

void TestWebView::appLinkEmitsSignal()
{
    const QUrl url =
        markdownPage(QStringLiteral("applink"), QStringLiteral("# Terms\n\nProtect forms against "
                                                               "[CSRF](term:csrf) attacks."));
    QVERIFY(loadAndWait(*m_view, url));
    QSignalSpy activated(m_view.get(), &WebView::appLinkActivated);
    QTest::mouseClick(m_view->view()->focusProxy(), Qt::LeftButton, {},
                      centreOf(*m_view, QStringLiteral("a.app-term")));
    QTRY_COMPARE(activated.size(), 1);
    const QUrl link = activated.first().first().toUrl();
    QCOMPARE(link, QUrl(QStringLiteral("crossroads://app/term/csrf")));
    const auto parsed = AppUrl::parseLink(link);
    QVERIFY(parsed);
    QCOMPARE(parsed->kind, QStringLiteral("term"));
    QCOMPARE(parsed->id, QStringLiteral("csrf"));
    QCOMPARE(m_view->url(), url);
    QVERIFY(m_opened.isEmpty());
    QVERIFY(!m_requested.contains(QStringLiteral("/term/csrf")));
}

void TestWebView::newWindowsAreDropped()
{
    PageContent content;
    content.title = QStringLiteral("Windows");
    content.bodyHtml = QStringLiteral("<p><a id=\"blank\" target=\"_blank\" href=\"crossroads://test/other\">"
                                      "a link that wants a new window</a></p>");
    const QUrl url = page(QStringLiteral("windows"), PageBuilder::build(content));
    m_pages.insert(QStringLiteral("/other"), {"text/html", "<!doctype html><title>other</title>"});
    QVERIFY(loadAndWait(*m_view, url));
    QTest::mouseClick(m_view->view()->focusProxy(), Qt::LeftButton, {},
                      centreOf(*m_view, QStringLiteral("#blank")));
    QTest::qWait(1000);
    QCOMPARE(m_view->url(), url);
    QVERIFY(!m_requested.contains(QStringLiteral("/other")));
    QVERIFY(std::any_of(webLog.cbegin(), webLog.cend(), [](const QString &line) {
        return line.contains(QLatin1String("dropped a new window"));
    }));
}

void TestWebView::crashedRendererReloadsThenShowsErrorPage()
{
    const QUrl url = markdownPage(QStringLiteral("crashy"), QStringLiteral("# Still here"));
    QVERIFY(loadAndWait(*m_view, url));
    WebPage *p = m_view->page();
    QSignalSpy finished(p, &QWebEnginePage::loadFinished);
    for (int crash = 1; crash <= WebPage::maxCrashReloads; ++crash) {
        const qint64 pid = p->renderProcessPid();
        QVERIFY(pid > 0);
        finished.clear();
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        // Recovered by a reload of the same page.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().at(0).toBool(), 30000);
        QCOMPARE(p->url(), url);
        QCOMPARE(js(p, QStringLiteral("document.querySelector('h1').textContent")).toString(),
                 QStringLiteral("Still here"));
    }
    const int requestsBefore = int(m_requested.count(QStringLiteral("/crashy")));
    QCOMPARE(requestsBefore, 1 + WebPage::maxCrashReloads);
    finished.clear();
    QCOMPARE(::kill(pid_t(p->renderProcessPid()), SIGKILL), 0);
    // One crash too many: the error page, with a way back, instead of another reload.
    QTRY_VERIFY_WITH_TIMEOUT(WebProfile::isInternalPage(p->url()), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().at(0).toBool(), 30000);
    QCOMPARE(js(p, QStringLiteral("document.querySelector('h1').textContent")).toString(),
             QStringLiteral("This page stopped working"));
    QCOMPARE(js(p, QStringLiteral("document.querySelector('main a').href")).toString(), url.toString());
    QCOMPARE(int(m_requested.count(QStringLiteral("/crashy"))), requestsBefore);
}

QTEST_MAIN(TestWebView)
#include "tst_webview.moc"
