// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace crossroads {

// The app's own URL scheme, shared by the Markdown renderer (core) and the web layer (ui/web):
//
//   crossroads://app/<kind>/<id>   an in-app link: kind is lesson, sample, row, term, step or
//                                  project. Never loaded; a WebPage emits appLinkActivated.
//                                  Markdown writes it as [text](kind:id).
//   crossroads://static/<file>     the bundled web resources (resources/web: content.css).
//   crossroads://<host>/<path>     pages and images a screen serves (WebProfile::setSource).
//
// Nothing else is ever loaded in an app web view; see ui/web/webprofile.h.
class AppUrl final
{
public:
    struct Link
    {
        QString kind;
        QString id;
    };

    static QString scheme();     // "crossroads"
    static QString linkHost();   // "app"
    static QString staticHost(); // "static"
    static QStringList linkKinds();

    // crossroads://app/<kind>/<id>, or an invalid QUrl when kind is unknown or id malformed.
    static QUrl link(const QString &kind, const QString &id);
    // The kind and id of a crossroads://app/... URL with a known kind and a well-formed id.
    static std::optional<Link> parseLink(const QUrl &url);
    // The link a Markdown target such as "lesson:flask-routes" stands for.
    static std::optional<Link> parseMarkdownTarget(const QString &target);

    // crossroads://<host>/<path>
    static QUrl resource(const QString &host, const QString &path);
    // The stylesheet every page built by PageBuilder links.
    static QUrl stylesheet();
    static bool isAppScheme(const QUrl &url);
};

} // namespace crossroads
