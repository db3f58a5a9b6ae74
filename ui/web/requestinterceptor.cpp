// SPDX-License-Identifier: MIT
#include "requestinterceptor.h"

#include "render/appurl.h"

#include <QLoggingCategory>
#include <QMutexLocker>

namespace crossroads::ui {

Q_DECLARE_LOGGING_CATEGORY(lcWeb)

namespace {
constexpr int maxRemembered = 100;
}

RequestInterceptor::RequestInterceptor(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) {}

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (isAllowed(url))
        return;
    info.block(true);
    qCInfo(lcWeb) << "blocked request" << url.toDisplayString() << "from"
                  << info.firstPartyUrl().toDisplayString();
    {
        QMutexLocker lock(&m_mutex);
        m_blocked.append(url);
        if (m_blocked.size() > maxRemembered)
            m_blocked.removeFirst();
    }
    emit requestBlocked(url);
}

bool RequestInterceptor::isAllowed(const QUrl &url) const
{
    return AppUrl::isAppScheme(url) || isLoopbackAllowed(url);
}

bool RequestInterceptor::isLoopbackAllowed(const QUrl &url) const
{
    const quint16 port = m_loopbackPort;
    // Only the literal address: "localhost" could be resolved elsewhere by a hostile resolver.
    return port != 0 && url.scheme() == u"http" && url.host() == u"127.0.0.1" && url.port() == port &&
           url.userInfo().isEmpty();
}

QList<QUrl> RequestInterceptor::blocked() const
{
    QMutexLocker lock(&m_mutex);
    return m_blocked;
}

} // namespace crossroads::ui
