// SPDX-License-Identifier: MIT
#include "schemehandler.h"

#include "render/appurl.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QWebEngineUrlRequestJob>

namespace crossroads::ui {

Q_DECLARE_LOGGING_CATEGORY(lcWeb)

namespace {

// The bundled files are few and known, so their types are listed rather than guessed.
QByteArray mimeTypeFor(const QString &path)
{
    const QString suffix = path.section(u'.', -1).toLower();
    if (suffix == u"css")
        return "text/css";
    if (suffix == u"html")
        return "text/html";
    if (suffix == u"svg")
        return "image/svg+xml";
    if (suffix == u"png")
        return "image/png";
    if (suffix == u"woff2")
        return "font/woff2";
    return {};
}

} // namespace

SchemeHandler::SchemeHandler(QObject *parent) : QWebEngineUrlSchemeHandler(parent) {}

bool SchemeHandler::setSource(const QString &host, WebSource source)
{
    const QString h = host.toLower();
    if (h.isEmpty() || h == AppUrl::linkHost() || h == AppUrl::staticHost() || !source) {
        qCWarning(lcWeb) << "refused to serve host" << host;
        return false;
    }
    m_sources.insert(h, std::move(source));
    return true;
}

std::optional<WebResource> SchemeHandler::resolve(const QUrl &url) const
{
    if (!AppUrl::isAppScheme(url))
        return std::nullopt;
    const QString host = url.host();
    if (host == AppUrl::staticHost()) {
        const QString path = QDir::cleanPath(url.path());
        if (!path.startsWith(u'/') || path.contains(QLatin1String("..")))
            return std::nullopt;
        QFile file(QStringLiteral(":/crossroads/web") + path);
        const QByteArray mime = mimeTypeFor(path);
        if (mime.isEmpty() || !file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return WebResource{mime, file.readAll()};
    }
    const auto it = m_sources.constFind(host);
    if (it == m_sources.constEnd())
        return std::nullopt;
    return (*it)(url);
}

void SchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET") {
        qCInfo(lcWeb) << "refused" << job->requestMethod() << url.toDisplayString();
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const std::optional<WebResource> resource = resolve(url);
    if (!resource || resource->mimeType.isEmpty()) {
        qCInfo(lcWeb) << "not found" << url.toDisplayString();
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    // The job reads the buffer on another thread until it is destroyed, so the job owns it.
    auto *buffer = new QBuffer(job);
    buffer->setData(resource->data);
    buffer->open(QIODevice::ReadOnly);
    job->reply(resource->mimeType, buffer);
}

} // namespace crossroads::ui
