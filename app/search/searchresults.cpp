// SPDX-License-Identifier: MIT
#include "searchresults.h"

#include <QJsonArray>

namespace crossroads {

namespace SearchMarks {

QString plain(const QString &marked)
{
    QString out = marked;
    out.remove(QChar(Begin));
    out.remove(QChar(End));
    return out;
}

QString html(const QString &marked, const QString &open, const QString &close)
{
    QString out;
    out.reserve(marked.size() + 32);
    qsizetype from = 0;
    bool inside = false;
    for (qsizetype i = 0; i <= marked.size(); ++i) {
        const bool atEnd = i == marked.size();
        const QChar c = atEnd ? QChar() : marked.at(i);
        if (atEnd || c == QChar(Begin) || c == QChar(End)) {
            out += marked.mid(from, i - from).toHtmlEscaped();
            if (!atEnd && c == QChar(Begin) && !inside) {
                out += open;
                inside = true;
            } else if ((atEnd || c == QChar(End)) && inside) {
                out += close;
                inside = false;
            }
            from = i + 1;
        }
    }
    return out;
}

QList<QPair<int, int>> ranges(const QString &marked)
{
    QList<QPair<int, int>> out;
    int plainPos = 0;
    int start = -1;
    for (const QChar c : marked) {
        if (c == QChar(Begin)) {
            start = plainPos;
        } else if (c == QChar(End)) {
            if (start >= 0)
                out.append({start, plainPos - start});
            start = -1;
        } else {
            ++plainPos;
        }
    }
    return out;
}

QString firstMatch(const QString &marked)
{
    const qsizetype begin = marked.indexOf(QChar(Begin));
    if (begin < 0)
        return {};
    const qsizetype end = marked.indexOf(QChar(End), begin);
    return marked.mid(begin + 1, end < 0 ? -1 : end - begin - 1);
}

} // namespace SearchMarks

namespace {

QJsonArray rangesJson(const QString &marked)
{
    QJsonArray out;
    const auto list = SearchMarks::ranges(marked);
    for (const auto &r : list)
        out.append(QJsonArray{r.first, r.second});
    return out;
}

} // namespace

QJsonObject SearchHit::toJson() const
{
    return {
        {QStringLiteral("kind"), kind},
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), SearchMarks::plain(title)},
        {QStringLiteral("title_highlights"), rangesJson(title)},
        {QStringLiteral("snippet"), SearchMarks::plain(snippet)},
        {QStringLiteral("snippet_highlights"), rangesJson(snippet)},
        {QStringLiteral("context"), context},
        {QStringLiteral("score"), score},
        {QStringLiteral("location"), QJsonObject::fromVariantMap(location)},
    };
}

QJsonObject SearchSuggestion::toJson() const
{
    QJsonObject o{{QStringLiteral("type"),
                   type == Type::Spelling ? QStringLiteral("spelling") : QStringLiteral("term")},
                  {QStringLiteral("text"), text}};
    if (type == Type::Term)
        o.insert(QStringLiteral("term"), termId);
    return o;
}

QStringList SearchResults::kinds() const
{
    QStringList out;
    for (const SearchHit &h : hits)
        if (out.isEmpty() || out.last() != h.kind)
            out.append(h.kind);
    return out;
}

QJsonObject SearchResults::toJson() const
{
    QJsonArray hitArray;
    for (const SearchHit &h : hits)
        hitArray.append(h.toJson());
    QJsonArray suggestionArray;
    for (const SearchSuggestion &s : suggestions)
        suggestionArray.append(s.toJson());
    QJsonObject o{
        {QStringLiteral("query"), text},
        {QStringLiteral("hits"), hitArray},
        {QStringLiteral("suggestions"), suggestionArray},
        {QStringLiteral("relaxed"), relaxed},
        {QStringLiteral("bounded"), bounded},
        {QStringLiteral("elapsed_ms"), elapsedMs},
    };
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

} // namespace crossroads
