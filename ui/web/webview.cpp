// SPDX-License-Identifier: MIT
#include "webview.h"

#include "web/webprofile.h"

#include <QPalette>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineView>

#include <utility>

namespace crossroads::ui {

WebView::WebView(WebProfile &profile, WebPage::Kind kind, QWidget *parent)
    : QWidget(parent), m_profile(profile), m_kind(kind)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

WebView::~WebView()
{
    // The view goes before its page, and the page before the profile (which outlives us).
    delete m_view;
    delete m_page;
}

void WebView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_view)
        // Queued, so the window paints before Chromium starts.
        QTimer::singleShot(0, this, [this] {
            if (isVisible())
                create();
        });
}

void WebView::create()
{
    if (m_view)
        return;
    m_page = new WebPage(m_profile, m_kind);
    if (m_opener)
        m_page->setExternalUrlOpener(m_opener);
    connect(m_page, &WebPage::appLinkActivated, this, &WebView::appLinkActivated);
    connect(m_page, &QWebEnginePage::loadFinished, this, &WebView::loadFinished);
    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);
    // Pages are read, not browsed: no Back, View Source or Save Page, just copying.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_page->action(QWebEnginePage::Copy));
    m_view->addAction(m_page->action(QWebEnginePage::SelectAll));
    layout()->addWidget(m_view);
    if (m_pendingUrl.isValid())
        m_page->load(std::exchange(m_pendingUrl, QUrl()));
    emit created();
}

void WebView::load(const QUrl &url)
{
    if (m_page)
        m_page->load(url);
    else
        m_pendingUrl = url;
}

QUrl WebView::url() const
{
    return m_page ? m_page->url() : m_pendingUrl;
}

void WebView::reload()
{
    if (m_page)
        m_page->triggerAction(QWebEnginePage::Reload);
}

QWebEngineView *WebView::view()
{
    create();
    return m_view;
}

WebPage *WebView::page()
{
    create();
    return m_page;
}

void WebView::setExternalUrlOpener(WebPage::UrlOpener opener)
{
    m_opener = opener;
    if (m_page)
        m_page->setExternalUrlOpener(std::move(opener));
}

PageTheme WebView::themeFor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? PageTheme::Dark : PageTheme::Light;
}

} // namespace crossroads::ui
