// SPDX-License-Identifier: MIT
#include "webprofile.h"

#include "render/appurl.h"
#include "render/highlighter.h"
#include "render/pagebuilder.h"
#include "web/requestinterceptor.h"
#include "web/schemehandler.h"
#include "web/webpage.h"

#include <QLoggingCategory>
#include <QUrlQuery>
#include <QWebEngineProfile>
#include <QWebEngineUrlScheme>

namespace crossroads::ui {

Q_LOGGING_CATEGORY(lcWeb, "crossroads.web")

namespace {

const QString &internalHost()
{
    static const QString host = QStringLiteral("internal");
    return host;
}

} // namespace

void WebProfile::registerScheme()
{
    const QByteArray name = AppUrl::scheme().toLatin1();
    if (QWebEngineUrlScheme::schemeByName(name).name() == name)
        return;
    QWebEngineUrlScheme scheme(name);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // LocalScheme is what makes LocalContentCanAccessRemoteUrls=false take effect (WEB-NOTES);
    // LocalAccessAllowed lets a page load its own scheme's CSS and images (file: stays shut by
    // LocalContentCanAccessFileUrls=false); SecureScheme spares pages "not secure" treatment.
    // Never ContentSecurityPolicyIgnored.
    scheme.setFlags(QWebEngineUrlScheme::LocalScheme | QWebEngineUrlScheme::LocalAccessAllowed |
                    QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

WebProfile::WebProfile(QObject *parent)
    : QObject(parent), m_handler(new SchemeHandler(this)), m_interceptor(new RequestInterceptor(this))
{
    connect(m_interceptor, &RequestInterceptor::requestBlocked, this, &WebProfile::requestBlocked);
    // The page a WebPage shows when its renderer keeps crashing (see WebPage).
    m_handler->setSource(internalHost(), [](const QUrl &url) -> std::optional<WebResource> {
        if (url.path() != u"/renderer-crashed")
            return std::nullopt;
        const QUrl failed(QUrlQuery(url).queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded));
        PageContent page;
        page.title = tr("This page stopped working");
        page.bodyClasses = {QStringLiteral("error-page")};
        page.bodyHtml =
            QLatin1String("<h1>") + Highlighter::escape(page.title) + QLatin1String("</h1>\n<p>") +
            Highlighter::escape(tr("The part of Crossroads that draws this page crashed several times "
                                   "in a row, so it was not reloaded again. Your progress and notes are "
                                   "not affected.")) +
            QLatin1String("</p>\n");
        if (AppUrl::isAppScheme(failed) && failed.host() != AppUrl::linkHost() &&
            failed.host() != internalHost())
            page.bodyHtml += QLatin1String("<p><a href=\"") +
                             Highlighter::escape(failed.toString(QUrl::FullyEncoded)) + QLatin1String("\">") +
                             Highlighter::escape(tr("Try again")) + QLatin1String("</a></p>\n");
        return WebResource{"text/html", PageBuilder::build(page)};
    });
}

WebProfile::~WebProfile()
{
    // Pages must already be gone (WebView deletes its page); the profile goes before its handlers.
    delete m_profile;
}

QWebEngineProfile *WebProfile::profile()
{
    if (m_profile)
        return m_profile;
    // No storage name: off the record, so nothing (cookies, cache, local storage) reaches disk.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_profile->installUrlSchemeHandler(AppUrl::scheme().toLatin1(), m_handler);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    // Locked-down defaults for every page of the profile; WebPage applies them again per page.
    WebPage::lockDown(m_profile->settings(), WebPage::Kind::Content);
    qCDebug(lcWeb) << "created the web profile";
    return m_profile;
}

bool WebProfile::setSource(const QString &host, WebSource source)
{
    if (host.compare(internalHost(), Qt::CaseInsensitive) == 0) {
        qCWarning(lcWeb) << "refused to serve host" << host;
        return false;
    }
    return m_handler->setSource(host, std::move(source));
}

void WebProfile::removeSource(const QString &host)
{
    if (host.compare(internalHost(), Qt::CaseInsensitive) != 0)
        m_handler->removeSource(host.toLower());
}

void WebProfile::allowLoopbackPort(quint16 port)
{
    qCInfo(lcWeb) << (port ? "allowing loopback port" : "disallowing loopback") << port;
    m_interceptor->setLoopbackPort(port);
}

quint16 WebProfile::allowedLoopbackPort() const
{
    return m_interceptor->loopbackPort();
}

bool WebProfile::isLoopbackAllowed(const QUrl &url) const
{
    return m_interceptor->isLoopbackAllowed(url);
}

QList<QUrl> WebProfile::blockedRequests() const
{
    return m_interceptor->blocked();
}

bool WebProfile::isInternalPage(const QUrl &url)
{
    return AppUrl::isAppScheme(url) && url.host() == internalHost();
}

QUrl WebProfile::rendererCrashedPage(const QUrl &failed)
{
    QUrl url = AppUrl::resource(internalHost(), QStringLiteral("/renderer-crashed"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("url"),
                       QString::fromLatin1(QUrl::toPercentEncoding(failed.toString())));
    url.setQuery(query);
    return url;
}

} // namespace crossroads::ui
