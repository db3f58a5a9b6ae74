// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace crossroads {

enum class PageTheme {
    System, // follow prefers-color-scheme
    Light,
    Dark,
};

struct PageContent
{
    QString title;    // plain text; escaped
    QString bodyHtml; // trusted markup: MarkdownRenderer/Highlighter output or the app's own
    QString language = QStringLiteral("en");
    PageTheme theme = PageTheme::System;
    QStringList bodyClasses;      // e.g. "lesson", "samples": lets content.css style a screen's pages
    QList<QUrl> extraStylesheets; // crossroads: URLs only, linked after content.css
};

// Wraps a body in the app's page template. The Content-Security-Policy <meta> is the first thing
// in <head> because Qt 6.4 scheme handlers cannot send response headers: it forbids scripts,
// plugins, frames, forms and every load that is not from the crossroads: scheme.
class PageBuilder final
{
public:
    static QByteArray build(const PageContent &page);
    static QString contentSecurityPolicy();
};

} // namespace crossroads
