// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QUrl>
#include <QWebEnginePage>

#include <functional>

namespace crossroads::ui {

class WebProfile;

// A page on the app's profile with the settings of WEB-NOTES: no JavaScript (for content), no
// plugins, no file:// or remote access from crossroads: pages, no local storage, no new windows.
// Navigation: crossroads://app/... links emit appLinkActivated; other crossroads: pages load;
// clicked http(s) links go to the external opener (the system browser); everything else is
// refused. A crashed renderer is reloaded at most maxCrashReloads times, then an error page shows.
class WebPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebPage)

public:
    enum class Kind {
        Content,     // app pages: no JavaScript, nothing but crossroads: URLs
        LivePreview, // a "Run it" app: JavaScript on, may browse http://127.0.0.1 on the allowed port
    };
    using UrlOpener = std::function<void(const QUrl &)>;

    static constexpr int maxCrashReloads = 3;

    explicit WebPage(WebProfile &profile, Kind kind = Kind::Content, QObject *parent = nullptr);

    // The settings of a page of this kind (also the profile's defaults, as Kind::Content).
    static void lockDown(QWebEngineSettings *settings, Kind kind);

    Kind kind() const { return m_kind; }
    // Replaces QDesktopServices::openUrl for external links (tests, or to ask first).
    void setExternalUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

signals:
    void appLinkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    void recoverFromCrash(RenderProcessTerminationStatus status, int exitCode);

    WebProfile &m_profile;
    const Kind m_kind;
    UrlOpener m_opener;
    QUrl m_crashedUrl;
    int m_crashes = 0;
    QElapsedTimer m_sinceFirstCrash;
};

} // namespace crossroads::ui
