// SPDX-License-Identifier: MIT
#pragma once

// Finds active content in an HTML fragment the way a browser would see it: every tag is
// tokenised (attribute names, quoted and unquoted values, entities decoded), and anything not
// on a short allow-list of inert tags and attributes is reported. Links may only lead to
// http(s), the app scheme or a fragment; images may only load from the app scheme. Used by
// tst_hostilepack and by the Markdown fuzzer as its oracle, so it errs on the side of
// reporting: a false alarm fails a test, a miss would hide an attack.

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace crossroads::test {

inline QString decodeHtmlEntities(const QString &s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) != u'&') {
            out += s.at(i);
            continue;
        }
        const qsizetype semi = s.indexOf(u';', i);
        const qsizetype end = semi < 0 ? s.size() : semi;
        const QString name = s.mid(i + 1, end - i - 1);
        QString decoded;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t c = code;
                decoded = QString::fromUcs4(&c, 1);
            }
        } else {
            static const QHash<QString, QString> named{{QStringLiteral("amp"), QStringLiteral("&")},
                                                       {QStringLiteral("lt"), QStringLiteral("<")},
                                                       {QStringLiteral("gt"), QStringLiteral(">")},
                                                       {QStringLiteral("quot"), QStringLiteral("\"")},
                                                       {QStringLiteral("apos"), QStringLiteral("'")},
                                                       {QStringLiteral("colon"), QStringLiteral(":")},
                                                       {QStringLiteral("Tab"), QStringLiteral("\t")},
                                                       {QStringLiteral("NewLine"), QStringLiteral("\n")},
                                                       {QStringLiteral("sol"), QStringLiteral("/")},
                                                       {QStringLiteral("nbsp"), QString(QChar(0xA0))},
                                                       {QStringLiteral("lpar"), QStringLiteral("(")},
                                                       {QStringLiteral("rpar"), QStringLiteral(")")}};
            decoded = named.value(name);
        }
        if (decoded.isEmpty()) {
            out += s.at(i);
            continue;
        }
        out += decoded;
        i = end;
    }
    return out;
}

// A URL as a browser's URL parser sees its scheme: tabs and newlines anywhere, and leading
// control characters and spaces, do not count.
inline QString normalisedUrl(const QString &value)
{
    QString out;
    for (const QChar c : decodeHtmlEntities(value))
        if (c != u'\t' && c != u'\n' && c != u'\r')
            out += c;
    qsizetype start = 0;
    while (start < out.size() && out.at(start).unicode() <= 0x20)
        ++start;
    return out.mid(start).toLower();
}

// Everything in html that could run script, load something or leave the app unasked.
inline QStringList activeContent(const QString &html)
{
    static const QSet<QString> tags{
        QStringLiteral("a"),      QStringLiteral("p"),          QStringLiteral("h1"),
        QStringLiteral("h2"),     QStringLiteral("h3"),         QStringLiteral("h4"),
        QStringLiteral("h5"),     QStringLiteral("h6"),         QStringLiteral("em"),
        QStringLiteral("strong"), QStringLiteral("code"),       QStringLiteral("pre"),
        QStringLiteral("span"),   QStringLiteral("ul"),         QStringLiteral("ol"),
        QStringLiteral("li"),     QStringLiteral("table"),      QStringLiteral("thead"),
        QStringLiteral("tbody"),  QStringLiteral("tr"),         QStringLiteral("th"),
        QStringLiteral("td"),     QStringLiteral("blockquote"), QStringLiteral("hr"),
        QStringLiteral("br"),     QStringLiteral("del"),        QStringLiteral("u"),
        QStringLiteral("input"),  QStringLiteral("img"),        QStringLiteral("div"),
        QStringLiteral("sup"),    QStringLiteral("sub"),        QStringLiteral("b"),
        QStringLiteral("i"),      QStringLiteral("kbd"),        QStringLiteral("mark")};
    static const QSet<QString> attributes{
        QStringLiteral("href"),     QStringLiteral("src"),   QStringLiteral("alt"),
        QStringLiteral("title"),    QStringLiteral("class"), QStringLiteral("id"),
        QStringLiteral("start"),    QStringLiteral("type"),  QStringLiteral("checked"),
        QStringLiteral("disabled"), QStringLiteral("rel"),   QStringLiteral("lang")};

    QStringList found;
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (html.at(i) != u'<' || i + 1 >= n)
            continue;
        const QChar next = html.at(i + 1);
        if (next == u'!' || next == u'?') {
            found.append(QStringLiteral("markup declaration \"%1\"").arg(html.mid(i, 12)));
            continue;
        }
        const bool closing = next == u'/';
        qsizetype p = i + (closing ? 2 : 1);
        if (p >= n || !html.at(p).isLetter())
            continue; // "<" followed by anything else is text to a browser
        qsizetype nameEnd = p;
        while (nameEnd < n && !html.at(nameEnd).isSpace() && html.at(nameEnd) != u'>' &&
               html.at(nameEnd) != u'/')
            ++nameEnd;
        const QString tag = html.mid(p, nameEnd - p).toLower();
        if (!tags.contains(tag))
            found.append(QStringLiteral("tag <%1%2>").arg(closing ? QStringLiteral("/") : QString(), tag));
        p = nameEnd;
        QString inputType;
        bool inputDisabled = false;
        // Attributes, tokenised as the HTML spec does.
        while (p < n && html.at(p) != u'>') {
            if (html.at(p).isSpace() || html.at(p) == u'/') {
                ++p;
                continue;
            }
            qsizetype a = p;
            while (a < n && !html.at(a).isSpace() && html.at(a) != u'>' && html.at(a) != u'/' &&
                   html.at(a) != u'=')
                ++a;
            const QString name = html.mid(p, std::max<qsizetype>(1, a - p)).toLower();
            p = std::max(a, p + 1);
            while (p < n && html.at(p).isSpace())
                ++p;
            QString value;
            if (p < n && html.at(p) == u'=') {
                ++p;
                while (p < n && html.at(p).isSpace())
                    ++p;
                if (p < n && (html.at(p) == u'"' || html.at(p) == u'\'')) {
                    const QChar quote = html.at(p);
                    const qsizetype close = html.indexOf(quote, p + 1);
                    const qsizetype stop = close < 0 ? n : close;
                    value = html.mid(p + 1, stop - p - 1);
                    p = stop + 1;
                } else {
                    const qsizetype start = p;
                    while (p < n && !html.at(p).isSpace() && html.at(p) != u'>')
                        ++p;
                    value = html.mid(start, p - start);
                }
            }
            if (closing)
                continue;
            const bool dataOrAria =
                name.startsWith(QStringLiteral("data-")) || name.startsWith(QStringLiteral("aria-"));
            if (!attributes.contains(name) && !dataOrAria) {
                found.append(QStringLiteral("attribute %1=\"%2\" on <%3>").arg(name, value.left(40), tag));
                continue;
            }
            const QString url = normalisedUrl(value);
            if (name == u"href" &&
                !(url.startsWith(QStringLiteral("https://")) || url.startsWith(QStringLiteral("http://")) ||
                  url.startsWith(QStringLiteral("crossroads://")) || url.startsWith(u'#')))
                found.append(QStringLiteral("link to \"%1\"").arg(value.left(60)));
            if (name == u"src" && !url.startsWith(QStringLiteral("crossroads://")))
                found.append(QStringLiteral("load from \"%1\"").arg(value.left(60)));
            if (name == u"type")
                inputType = url;
            if (name == u"disabled")
                inputDisabled = true;
        }
        if (tag == u"input" && !closing && (inputType != u"checkbox" || !inputDisabled))
            found.append(QStringLiteral("an enabled <input type=\"%1\">").arg(inputType));
        i = p;
    }
    return found;
}

} // namespace crossroads::test
