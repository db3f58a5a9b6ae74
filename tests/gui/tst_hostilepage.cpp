// SPDX-License-Identifier: MIT
// The hostile lesson, compiled and rendered as the app does, is loaded through the real web
// layer (WebProfile, scheme handler, request interceptor, WebView). Its remote URLs point at a
// local server that counts connections. The DOM is then read from ApplicationWorld: no payload
// script ran, no image loaded, nothing but crossroads: was fetched, and the interceptor refused
// every request that tried to leave. A second page serves the payloads as raw HTML, as if the
// renderer had failed, to prove the page's own defences (CSP, JavaScript off, the interceptor)
// hold on their own.
#include "content/contentcompiler.h"
#include "content/contentpack.h"
#include "content/contentstore.h"
#include "render/markdownrenderer.h"
#include "render/pagebuilder.h"
#include "testconfig.h"
#include "web/webprofile.h"
#include "web/webview.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QtTest>

using namespace crossroads;
using namespace crossroads::ui;

namespace {

const QString HostilePack = QStringLiteral(CROSSROADS_TEST_DATA "/hostile-pack");

// Everything a payload could have changed or caused, as seen from the app's own world.
const QString Probe = QStringLiteral(R"JS(
(() => {
  const onAttrs = [];
  for (const el of document.querySelectorAll('*'))
    for (const a of el.attributes)
      if (a.name.toLowerCase().startsWith('on')) onAttrs.push(el.tagName + '@' + a.name);
  return JSON.stringify({
    pwned: document.documentElement.dataset.pwned || null,
    title: document.title,
    scripts: document.scripts.length,
    frames: document.querySelectorAll('iframe, frame, object, embed, applet').length,
    forms: document.forms.length,
    onAttrs: onAttrs,
    images: Array.from(document.images).map(i => ({ src: i.currentSrc || i.src, loaded: i.complete && i.naturalWidth > 0 })),
    links: Array.from(document.querySelectorAll('a[href]')).map(a => a.href),
    resources: performance.getEntriesByType('resource').map(e => e.name),
    location: location.href,
    violations: window.__crossroadsViolations || null,
    paragraphs: document.querySelectorAll('p').length
  });
})()
)JS");

} // namespace

class TestHostilePage final : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        WebProfile::registerScheme();
    }

private:
    QTcpServer m_server;
    int m_connections = 0;
    QString m_origin; // 127.0.0.1:PORT, standing in for hostile.invalid
    QTemporaryDir m_tmp;
    QString m_lessonMarkdown;
    QString m_lessonBody; // compiled
    int m_blockedTotal = 0;
    int m_cspRefusals = 0;

    static QByteArray dumpOf(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    // Loads html at crossroads://hostile/page and returns the probe's findings.
    static void serve(WebProfile &profile, const QByteArray &html)
    {
        profile.setSource(QStringLiteral("hostile"), [html](const QUrl &url) -> std::optional<WebResource> {
            if (url.path() == u"/page")
                return WebResource{"text/html", html};
            return std::nullopt;
        });
    }

    QJsonObject loadAndProbe(WebProfile &profile, const QByteArray &html, QStringList *blocked)
    {
        serve(profile, html);
        WebView view(profile);
        view.resize(900, 700);
        view.show();
        // Counts what the page's Content-Security-Policy refused, from the app's own world
        // (the page's scripts are off and could not see it anyway).
        QWebEngineScript recorder;
        recorder.setName(QStringLiteral("csp-recorder"));
        recorder.setWorldId(QWebEngineScript::ApplicationWorld);
        recorder.setInjectionPoint(QWebEngineScript::DocumentCreation);
        recorder.setSourceCode(QStringLiteral("window.__crossroadsViolations = [];"
                                              "document.addEventListener('securitypolicyviolation', e =>"
                                              "  window.__crossroadsViolations.push(e.effectiveDirective + ' "
                                              "' + (e.blockedURI || 'inline')));"));
        view.page()->scripts().insert(recorder);
        QSignalSpy loaded(&view, &WebView::loadFinished);
        const int blockedBefore = int(profile.blockedRequests().size());
        view.load(QUrl(QStringLiteral("crossroads://hostile/page")));
        if (!loaded.wait(60000))
            return {};
        // Let every subresource the parser found be requested (or refused) before looking.
        QTest::qWait(1500);
        QVariant result;
        bool done = false;
        view.page()->runJavaScript(Probe, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
            result = v;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return {};
        const QList<QUrl> all = profile.blockedRequests();
        for (qsizetype i = blockedBefore; i < all.size(); ++i)
            blocked->append(all.at(i).toString());
        return QJsonDocument::fromJson(result.toString().toUtf8()).object();
    }

    void verifyInert(const QJsonObject &probe, const QStringList &blocked)
    {
        QVERIFY2(!probe.isEmpty(), "the page did not load or the probe did not answer");
        const QByteArray dump = QJsonDocument(probe).toJson(QJsonDocument::Compact);
        QVERIFY2(probe.value(QStringLiteral("pwned")).isNull(), dump.constData());
        QVERIFY2(probe.value(QStringLiteral("title")).toString() != u"PWNED", dump.constData());
        QVERIFY2(probe.value(QStringLiteral("location")).toString() == u"crossroads://hostile/page",
                 dump.constData());
        for (const QJsonValue &img : probe.value(QStringLiteral("images")).toArray())
            QVERIFY2(!img.toObject().value(QStringLiteral("loaded")).toBool(),
                     qPrintable(QStringLiteral("an image loaded: ") +
                                img.toObject().value(QStringLiteral("src")).toString()));
        for (const QJsonValue &r : probe.value(QStringLiteral("resources")).toArray())
            QVERIFY2(r.toString().startsWith(QStringLiteral("crossroads:")),
                     qPrintable(QStringLiteral("fetched from outside the app: ") + r.toString()));
        for (const QString &url : blocked)
            QVERIFY2(!url.startsWith(QStringLiteral("crossroads:")), qPrintable(url));
        QCOMPARE(m_connections, 0);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++m_connections;
                s->close();
                s->deleteLater();
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        m_origin = QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort());

        // The pack, with hostile.invalid swapped for the counting server, compiled as an import would.
        const QString dir = m_tmp.filePath(QStringLiteral("pack"));
        QDirIterator it(HostilePack, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString target = dir + u'/' + QDir(HostilePack).relativeFilePath(path);
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile in(path);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray data = in.readAll();
            data.replace("hostile.invalid", m_origin.toUtf8());
            QFile out(target);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(data);
            if (path.endsWith(QStringLiteral("hostile.md")))
                m_lessonMarkdown = QString::fromUtf8(data);
        }
        const ContentPack pack = ContentPack::load(dir, builtInSchema());
        QVERIFY(pack.isValid());
        QString error;
        const QString db = m_tmp.filePath(QStringLiteral("hostile.db"));
        QVERIFY2(ContentCompiler::compile(pack, db, &error), qPrintable(error));
        ContentStore store;
        QVERIFY(store.open(db));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT body FROM lessons WHERE id = 'hostile-payloads'")) && q.next());
        m_lessonBody = q.value(0).toString();
        QVERIFY(m_lessonBody.contains(m_origin));
    }

    void renderedLessonIsInert()
    {
        WebProfile profile;
        PageContent page;
        page.title = QStringLiteral("Hostile payloads");
        page.bodyClasses = {QStringLiteral("lesson")};
        MarkdownRenderer renderer;
        renderer.setImageBase(QUrl(QStringLiteral("crossroads://hostile/images/")));
        page.bodyHtml = renderer.toHtml(m_lessonBody);
        QStringList blocked;
        const QJsonObject probe = loadAndProbe(profile, PageBuilder::build(page), &blocked);
        verifyInert(probe, blocked);
        // The renderer already removed every tag: nothing for the browser to even try.
        QCOMPARE(probe.value(QStringLiteral("scripts")).toInt(), 0);
        QCOMPARE(probe.value(QStringLiteral("frames")).toInt(), 0);
        QCOMPARE(probe.value(QStringLiteral("forms")).toInt(), 0);
        QVERIFY2(probe.value(QStringLiteral("onAttrs")).toArray().isEmpty(),
                 QJsonDocument(probe.value(QStringLiteral("onAttrs")).toArray()).toJson().constData());
        for (const QJsonValue &link : probe.value(QStringLiteral("links")).toArray()) {
            const QString href = link.toString();
            QVERIFY2(href.startsWith(QStringLiteral("https://")) ||
                         href.startsWith(QStringLiteral("http://")) ||
                         href.startsWith(QStringLiteral("crossroads:")),
                     qPrintable(href));
        }
        QVERIFY(probe.value(QStringLiteral("paragraphs")).toInt() > 10); // the page really rendered
        m_blockedTotal += int(blocked.size());
        qInfo() << "rendered lesson:" << blocked.size() << "requests blocked," << m_connections
                << "connections";
    }

    // As if the renderer had let everything through: the raw payloads go into the page.
    void rawPayloadsAreStillContained()
    {
        WebProfile profile;
        PageContent page;
        page.title = QStringLiteral("Raw hostile payloads");
        page.bodyHtml = m_lessonMarkdown;
        QStringList blocked;
        const QJsonObject probe = loadAndProbe(profile, PageBuilder::build(page), &blocked);
        verifyInert(probe, blocked);
        // Here the tags are real, so this proves the page's defences, not the renderer's.
        QVERIFY(probe.value(QStringLiteral("scripts")).toInt() >= 3);
        QVERIFY(!probe.value(QStringLiteral("onAttrs")).toArray().isEmpty());
        // The recorder really ran, and the page's CSP refused the payloads' loads and scripts.
        QVERIFY2(probe.value(QStringLiteral("violations")).isArray(), dumpOf(probe).constData());
        const QJsonArray violations = probe.value(QStringLiteral("violations")).toArray();
        QVERIFY2(violations.size() >= 10, dumpOf(probe).constData());
        m_cspRefusals += int(violations.size());
        m_blockedTotal += int(blocked.size());
        qInfo() << "raw payloads: CSP refused" << violations.size() << ":" << violations.toVariantList();
        qInfo() << "raw payloads:" << probe.value(QStringLiteral("scripts")).toInt() << "script elements,"
                << probe.value(QStringLiteral("onAttrs")).toArray().size() << "event handlers,"
                << probe.value(QStringLiteral("images")).toArray().size() << "images, none ran or loaded;"
                << blocked.size() << "requests blocked by the interceptor," << m_connections << "connections";
    }

    // The interceptor on its own: a "Run it" preview page (JavaScript on, no CSP, served by the
    // sample on its allowed loopback port) tries to reach another port, a remote host and a
    // file. Only the allowed port answers; the interceptor refuses the rest before any socket.
    void previewPageCannotLeaveItsPort()
    {
        QTcpServer sample;
        int sampleRequests = 0;
        QVERIFY(sample.listen(QHostAddress::LocalHost));
        const QString other = m_origin;
        const QByteArray page =
            QStringLiteral("<!doctype html><html><head><title>sample</title>"
                           "<link rel=stylesheet href='http://%1/escape.css'></head><body>"
                           "<img src='http://%1/escape.png'><img src='http://hostile.invalid/pixel.png'>"
                           "<img src='file:///etc/hostname'>"
                           "<script>fetch('http://%1/escape.json').catch(() => 0);"
                           "document.title = 'sample script ran';</script></body></html>")
                .arg(other)
                .toUtf8();
        connect(&sample, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = sample.nextPendingConnection()) {
                ++sampleRequests;
                connect(s, &QTcpSocket::readyRead, s, [s, page] {
                    s->readAll();
                    s->write("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n" +
                             page);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });

        WebProfile profile;
        profile.allowLoopbackPort(sample.serverPort());
        QSignalSpy blockedSpy(&profile, &WebProfile::requestBlocked);
        WebView view(profile, WebPage::Kind::LivePreview);
        view.resize(800, 600);
        view.show();
        QSignalSpy loaded(&view, &WebView::loadFinished);
        view.load(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(sample.serverPort())));
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.first().first().toBool());
        // The page is live (its script ran), so every request below was really attempted.
        QTRY_COMPARE_WITH_TIMEOUT(view.page()->title(), QStringLiteral("sample script ran"), 15000);
        const QUrl png(QStringLiteral("http://%1/escape.png").arg(other));
        const QUrl css(QStringLiteral("http://%1/escape.css").arg(other));
        const QUrl json(QStringLiteral("http://%1/escape.json").arg(other));
        const QUrl remote(QStringLiteral("http://hostile.invalid/pixel.png"));
        QTRY_VERIFY_WITH_TIMEOUT(
            profile.blockedRequests().contains(png) && profile.blockedRequests().contains(css) &&
                profile.blockedRequests().contains(json) && profile.blockedRequests().contains(remote),
            15000);
        QTest::qWait(1000);
        QCOMPARE(m_connections, 0);
        QVERIFY(sampleRequests >= 1);
        for (const QUrl &u : profile.blockedRequests())
            QVERIFY2(!profile.isLoopbackAllowed(u), qPrintable(u.toString()));
        m_blockedTotal += int(blockedSpy.size());
        qInfo() << "preview page: the interceptor blocked" << blockedSpy.size()
                << "requests:" << profile.blockedRequests() << "; the sample's own port served"
                << sampleRequests;
    }

    void cleanupTestCase()
    {
        qInfo() << "hostile pages: CSP refusals:" << m_cspRefusals
                << "; requests blocked by the interceptor:" << m_blockedTotal
                << "; connections that reached the network:" << m_connections;
    }
};

QTEST_MAIN(TestHostilePage)
#include "tst_hostilepage.moc"
