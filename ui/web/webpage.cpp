// SPDX-License-Identifier: MIT
#include "webpage.h"

#include "render/appurl.h"
#include "web/webprofile.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QTimer>
#include <QWebEngineSettings>

namespace crossroads::ui {

Q_DECLARE_LOGGING_CATEGORY(lcWeb)

namespace {
// Crashes further apart than this are unrelated, so the count starts again.
constexpr qint64 crashWindowMs = 60 * 1000;
} // namespace

WebPage::WebPage(WebProfile &profile, Kind kind, QObject *parent)
    : QWebEnginePage(profile.profile(), parent), m_profile(profile), m_kind(kind),
      m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    lockDown(settings(), kind);

    connect(this, &QWebEnginePage::renderProcessTerminated, this, &WebPage::recoverFromCrash);
    // Permission prompts (camera, location, notifications) are never granted.
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, Feature feature) {
                setFeaturePermission(origin, feature, PermissionDeniedByUser);
            });
}

void WebPage::lockDown(QWebEngineSettings *settings, Kind kind)
{
    const bool preview = kind == Kind::LivePreview;
    // A previewed app is the learner's own code and may need script; app content never does.
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, preview);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    settings->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    settings->setAttribute(QWebEngineSettings::LocalStorageEnabled, preview);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    settings->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    settings->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::TouchIconsEnabled, false);
    settings->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    settings->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    settings->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    settings->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    settings->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    settings->setAttribute(QWebEngineSettings::LinksIncludedInFocusChain, true);
}

bool WebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    const bool clicked = type == NavigationTypeLinkClicked;
    if (AppUrl::isAppScheme(url)) {
        if (url.host() != AppUrl::linkHost())
            return true;
        // Only a click counts: a redirect or a reload must not act on the learner's behalf.
        if (clicked && isMainFrame)
            emit appLinkActivated(url);
        return false;
    }
    if (m_kind == Kind::LivePreview && m_profile.isLoopbackAllowed(url))
        return true;
    if (url == QUrl(QStringLiteral("about:blank")))
        return true;
    const QString scheme = url.scheme();
    if (clicked && isMainFrame && (scheme == u"https" || scheme == u"http")) {
        qCDebug(lcWeb) << "opening in the system browser" << url.toDisplayString();
        m_opener(url);
        return false;
    }
    qCInfo(lcWeb) << "blocked navigation" << url.toDisplayString() << "type" << type << "main frame"
                  << isMainFrame;
    return false;
}

QWebEnginePage *WebPage::createWindow(WebWindowType type)
{
    // target=_blank and window.open: the app has no browser windows to give.
    qCInfo(lcWeb) << "dropped a new window request of type" << type;
    return nullptr;
}

void WebPage::recoverFromCrash(RenderProcessTerminationStatus status, int exitCode)
{
    const QUrl current = url();
    qCWarning(lcWeb) << "renderer terminated" << status << exitCode << "on" << current.toDisplayString();
    if (WebProfile::isInternalPage(current)) {
        // The error page itself crashed: stop rather than loop.
        return;
    }
    if (current != m_crashedUrl || !m_sinceFirstCrash.isValid() ||
        m_sinceFirstCrash.elapsed() > crashWindowMs) {
        m_crashedUrl = current;
        m_crashes = 0;
        m_sinceFirstCrash.start();
    }
    ++m_crashes;
    // Queued: reloading from inside the termination signal would reenter Chromium.
    if (m_crashes <= maxCrashReloads) {
        QTimer::singleShot(0, this, [this] { triggerAction(Reload); });
    } else {
        const QUrl failed = m_crashedUrl;
        QTimer::singleShot(0, this, [this, failed] { load(WebProfile::rendererCrashedPage(failed)); });
    }
}

} // namespace crossroads::ui
