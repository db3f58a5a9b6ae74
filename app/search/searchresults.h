// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace crossroads {

// Matched words inside a title or snippet are wrapped in these two control characters; they
// never occur in content, so marking survives any text and is turned into HTML or brackets
// only at the edge (the screen, the CLI).
namespace SearchMarks {
inline constexpr char16_t Begin = 0x02;
inline constexpr char16_t End = 0x03;
QString plain(const QString &marked);
// HTML-escaped, each match inside <b>..</b> (or the tags given).
QString html(const QString &marked, const QString &open = QStringLiteral("<b>"),
             const QString &close = QStringLiteral("</b>"));
// [start, length) of each match in plain(marked).
QList<QPair<int, int>> ranges(const QString &marked);
// The text of the first match, or an empty string.
QString firstMatch(const QString &marked);
} // namespace SearchMarks

struct SearchRequest
{
    QString text;
    int limit = 50;  // hits in all
    int perKind = 0; // at most this many hits of one kind; 0: no cap
    int profile = 1; // whose notes
    quint64 generation = 0;
};

struct SearchHit
{
    // lesson, sample, row, term, question, step, project, extension, exercise or note
    QString kind;
    QString id;
    QString title;    // marked (see SearchMarks)
    QString snippet;  // marked
    QString context;  // where it lives: the step of a lesson, the category of a row, ...
    double score = 0; // bm25: lower is better; comparable within one kind's index
    // Where to open it; keys by kind, e.g. a lesson's line/heading/anchor, a sample's
    // framework/file/line, a row's field. Always holds "match", the first matched word.
    QVariantMap location;

    QJsonObject toJson() const;
};

struct SearchSuggestion
{
    enum class Type { Spelling, Term };
    Type type = Type::Spelling;
    QString text;   // Spelling: the corrected query. Term: the glossary term's name.
    QString termId; // Term only

    QJsonObject toJson() const;
};

struct SearchResults
{
    quint64 generation = 0;
    QString text;
    // Grouped by kind: kinds in the order of their best hit, the learner's notes last.
    QList<SearchHit> hits;
    // Only when nothing matched every word: a spelling fix or a close glossary term.
    QList<SearchSuggestion> suggestions;
    // Nothing held every word, so these hits hold any of them.
    bool relaxed = false;
    // More entries matched than are ranked; the ranked ones are the first in curriculum order.
    bool bounded = false;
    double elapsedMs = 0;
    QString error;

    QStringList kinds() const; // in display order, each once
    QJsonObject toJson() const;
};

} // namespace crossroads

Q_DECLARE_METATYPE(crossroads::SearchRequest)
Q_DECLARE_METATYPE(crossroads::SearchResults)
