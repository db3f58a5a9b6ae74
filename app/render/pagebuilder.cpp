// SPDX-License-Identifier: MIT
#include "pagebuilder.h"

#include "render/appurl.h"
#include "render/highlighter.h"

#include <QRegularExpression>

namespace crossroads {

QString PageBuilder::contentSecurityPolicy()
{
    return QStringLiteral(
        "default-src 'none'; style-src crossroads:; img-src crossroads:; font-src crossroads:; "
        "script-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; "
        "form-action 'none'");
}

QByteArray PageBuilder::build(const PageContent &page)
{
    static const QRegularExpression unsafeClass(QStringLiteral("[^A-Za-z0-9_-]"));
    static const QRegularExpression unsafeLanguage(QStringLiteral("[^A-Za-z0-9-]"));
    QString language = page.language;
    language.remove(unsafeLanguage);

    QStringList htmlClasses;
    QString colorScheme = QStringLiteral("light dark");
    if (page.theme == PageTheme::Light) {
        htmlClasses << QStringLiteral("theme-light");
        colorScheme = QStringLiteral("light");
    } else if (page.theme == PageTheme::Dark) {
        htmlClasses << QStringLiteral("theme-dark");
        colorScheme = QStringLiteral("dark");
    }
    QStringList bodyClasses;
    for (QString c : page.bodyClasses) {
        c.remove(unsafeClass);
        if (!c.isEmpty())
            bodyClasses << c;
    }

    QString html = QLatin1String("<!doctype html>\n<html lang=\"") +
                   (language.isEmpty() ? QStringLiteral("en") : language) + u'"';
    if (!htmlClasses.isEmpty())
        html += QLatin1String(" class=\"") + htmlClasses.join(u' ') + u'"';
    html += QLatin1String(">\n<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"") +
            contentSecurityPolicy() + QLatin1String("\">\n<meta charset=\"utf-8\">\n") +
            QLatin1String("<meta name=\"color-scheme\" content=\"") + colorScheme + QLatin1String("\">\n") +
            QLatin1String("<title>") + Highlighter::escape(page.title) + QLatin1String("</title>\n");
    QList<QUrl> sheets{AppUrl::stylesheet()};
    for (const QUrl &url : page.extraStylesheets)
        if (AppUrl::isAppScheme(url) && url.host() != AppUrl::linkHost())
            sheets.append(url);
    for (const QUrl &url : sheets)
        html += QLatin1String("<link rel=\"stylesheet\" href=\"") +
                Highlighter::escape(url.toString(QUrl::FullyEncoded)) + QLatin1String("\">\n");
    html += QLatin1String("</head>\n<body");
    if (!bodyClasses.isEmpty())
        html += QLatin1String(" class=\"") + bodyClasses.join(u' ') + u'"';
    html += QLatin1String(">\n<main>\n") + page.bodyHtml + QLatin1String("\n</main>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace crossroads
