// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMutex>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace crossroads::ui {

// The last line of defence: whatever a page manages to request (an image, a stylesheet, a
// fetch, a WebSocket), only crossroads: URLs and the one allowed loopback port go out.
class RequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestInterceptor)

public:
    explicit RequestInterceptor(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    bool isAllowed(const QUrl &url) const;
    bool isLoopbackAllowed(const QUrl &url) const;
    void setLoopbackPort(quint16 port) { m_loopbackPort = port; }
    quint16 loopbackPort() const { return m_loopbackPort; }
    QList<QUrl> blocked() const;

signals:
    void requestBlocked(const QUrl &url);

private:
    std::atomic<quint16> m_loopbackPort{0};
    mutable QMutex m_mutex; // interceptRequest may run off the GUI thread
    QList<QUrl> m_blocked;
};

} // namespace crossroads::ui
