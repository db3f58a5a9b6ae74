// SPDX-License-Identifier: MIT
#pragma once

#include "render/pagebuilder.h"
#include "web/webpage.h"

#include <QUrl>
#include <QWidget>

class QPalette;
class QWebEngineView;

namespace crossroads::ui {

class WebProfile;

// The web view screens embed. The QWebEngineView (and with it Chromium) is created only when
// the widget is first shown, after the window has painted, or when view()/page() is called; a
// load() before that is remembered. Uses a WebPage of the given kind on the app's WebProfile.
class WebView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebView)

public:
    explicit WebView(WebProfile &profile, WebPage::Kind kind = WebPage::Kind::Content,
                     QWidget *parent = nullptr);
    ~WebView() override;

    void load(const QUrl &url);
    QUrl url() const;
    void reload();

    bool isCreated() const { return m_view != nullptr; }
    QWebEngineView *view(); // creates the view when needed
    WebPage *page();        // creates the view when needed

    void setExternalUrlOpener(WebPage::UrlOpener opener);

    // The page theme that matches a widget palette, for PageContent::theme.
    static PageTheme themeFor(const QPalette &palette);

signals:
    void appLinkActivated(const QUrl &url);
    void loadFinished(bool ok);
    void created();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void create();

    WebProfile &m_profile;
    const WebPage::Kind m_kind;
    WebPage::UrlOpener m_opener;
    QUrl m_pendingUrl;
    QWebEngineView *m_view = nullptr;
    WebPage *m_page = nullptr;
};

} // namespace crossroads::ui
