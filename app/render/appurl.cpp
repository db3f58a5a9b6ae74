// SPDX-License-Identifier: MIT
#include "appurl.h"

#include <QRegularExpression>

namespace crossroads {

namespace {

bool validId(const QString &id)
{
    // Content ids are lowercase-with-dashes; a little more is accepted so future content does not
    // break links, but never '/', '%', '?' or '#' that could change what the URL points at.
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$)"));
    return pattern.match(id).hasMatch() && !id.contains(QLatin1String(".."));
}

} // namespace

QString AppUrl::scheme()
{
    return QStringLiteral("crossroads");
}
QString AppUrl::linkHost()
{
    return QStringLiteral("app");
}
QString AppUrl::staticHost()
{
    return QStringLiteral("static");
}

QStringList AppUrl::linkKinds()
{
    return {QStringLiteral("lesson"), QStringLiteral("sample"), QStringLiteral("row"),
            QStringLiteral("term"),   QStringLiteral("step"),   QStringLiteral("project")};
}

QUrl AppUrl::link(const QString &kind, const QString &id)
{
    if (!linkKinds().contains(kind) || !validId(id))
        return {};
    return resource(linkHost(), kind + u'/' + id);
}

std::optional<AppUrl::Link> AppUrl::parseLink(const QUrl &url)
{
    if (!isAppScheme(url) || url.host() != linkHost() || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty() || url.port() != -1)
        return std::nullopt;
    const QStringList parts = url.path().split(u'/');
    // "/kind/id" splits into "", kind, id.
    if (parts.size() != 3 || !parts.at(0).isEmpty() || !linkKinds().contains(parts.at(1)) ||
        !validId(parts.at(2)))
        return std::nullopt;
    return Link{parts.at(1), parts.at(2)};
}

std::optional<AppUrl::Link> AppUrl::parseMarkdownTarget(const QString &target)
{
    const int colon = int(target.indexOf(u':'));
    if (colon <= 0)
        return std::nullopt;
    const QString kind = target.left(colon);
    const QString id = target.mid(colon + 1);
    if (!linkKinds().contains(kind) || !validId(id))
        return std::nullopt;
    return Link{kind, id};
}

QUrl AppUrl::resource(const QString &host, const QString &path)
{
    QUrl url;
    url.setScheme(scheme());
    url.setHost(host);
    url.setPath(path.startsWith(u'/') ? path : u'/' + path);
    return url;
}

QUrl AppUrl::stylesheet()
{
    return resource(staticHost(), QStringLiteral("content.css"));
}

bool AppUrl::isAppScheme(const QUrl &url)
{
    return url.scheme() == scheme();
}

} // namespace crossroads
