// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QWebEngineProfile;

namespace crossroads::ui {

class SchemeHandler;
class RequestInterceptor;

// One response of a WebSource. mimeType e.g. "text/html", "text/css", "image/png".
struct WebResource
{
    QByteArray mimeType;
    QByteArray data;
};

// Serves crossroads://<host>/... for one host; std::nullopt answers "not found". Called on the GUI
// thread for every GET, so it may read the stores; it should render fresh each time because a
// crashed page is recovered by reloading.
using WebSource = std::function<std::optional<WebResource>(const QUrl &url)>;

// The app's one web profile: off the record (nothing written to disk), with the crossroads:
// scheme handler and a request interceptor that blocks every request that is not crossroads:
// (logged under crossroads.web), except http://127.0.0.1:PORT while a "Run it" preview has
// allowed that port. See app/render/appurl.h for the URL layout.
//
// Create one (MainWindow owns it) and pass it to every WebView; it must outlive them. The
// QWebEngineProfile is created on first use, so Chromium does not start with the window.
class WebProfile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebProfile)

public:
    // Registers the crossroads: scheme. Must run before QApplication is created (runGui does;
    // a test calls it from initMain()). Safe to call twice.
    static void registerScheme();

    explicit WebProfile(QObject *parent = nullptr);
    ~WebProfile() override;

    QWebEngineProfile *profile(); // created on the first call
    bool isCreated() const { return m_profile != nullptr; }

    // Serves crossroads://<host>/... from `source`, replacing an earlier source for that host.
    // The hosts "app" (in-app links, never loaded) and "static" (bundled CSS) are reserved.
    bool setSource(const QString &host, WebSource source);
    void removeSource(const QString &host);

    // Lets requests to http://127.0.0.1:<port> through (one port at a time; 0 allows none).
    void allowLoopbackPort(quint16 port);
    void disallowLoopback() { allowLoopbackPort(0); }
    quint16 allowedLoopbackPort() const;
    bool isLoopbackAllowed(const QUrl &url) const;

    // The most recent requests the interceptor refused, oldest first (at most 100).
    QList<QUrl> blockedRequests() const;

    // The page shown instead of `failed` when its renderer keeps crashing.
    static QUrl rendererCrashedPage(const QUrl &failed);
    static bool isInternalPage(const QUrl &url);

signals:
    void requestBlocked(const QUrl &url);

private:
    SchemeHandler *m_handler = nullptr;
    RequestInterceptor *m_interceptor = nullptr;
    QWebEngineProfile *m_profile = nullptr;
};

} // namespace crossroads::ui
