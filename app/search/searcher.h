// SPDX-License-Identifier: MIT
#pragma once

#include "searchresults.h"
#include "spelling.h"

#include <QHash>
#include <QString>

#include <memory>

namespace crossroads {

class SearchQuery;

// Search over the content database's full-text index and the learner's own notes, ranked by
// bm25, with highlighted snippets and, for each hit, where to open it.
//
// A Searcher opens its own read-only connections, in the thread that constructs it, and must
// be used and destroyed in that thread (a QSqlDatabase connection cannot change threads); the
// screen therefore runs one inside SearchService's worker thread, the CLI runs one directly.
class Searcher final
{
public:
    // Ranking is bounded: when more entries match than this (a two-letter prefix on a pack of
    // 100,000 lessons), only the first this many in curriculum order are ranked, so a query
    // costs milliseconds however large the pack is. Below it, ranking is exact.
    static constexpr int RankedCandidates = 1000;
    // bm25 weights of kind, ref, title, body: a word in the title counts five times.
    static constexpr const char *RankFunction = "bm25(0.0, 0.0, 5.0, 1.0)";

    // learnerPath may be empty, ":memory:" or missing: then notes are simply not searched.
    explicit Searcher(const QString &contentPath, const QString &learnerPath = QString());
    ~Searcher();
    Searcher(const Searcher &) = delete;
    Searcher &operator=(const Searcher &) = delete;

    bool isOpen() const;
    QString errorString() const { return m_error; }

    SearchResults search(const SearchRequest &request);

    // Every kind of hit, in the order used when kinds rank equally.
    static const QStringList &kinds();

private:
    struct Statements;
    struct Candidate
    {
        qint64 rowid = 0;
        QString kind;
        QString id;
        double score = 0;
    };
    struct Place
    {
        QString context;
        QVariantMap location;
    };
    struct TermName
    {
        QString id;
        QString name;
        QString normalized;
    };

    bool searchContent(const QString &expression, const SearchRequest &request, SearchResults &results);
    void searchNotes(const QString &expression, const SearchRequest &request, SearchResults &results);
    bool refreshNotes(int profile);
    void describe(SearchHit &hit, const QString &body);
    Place place(const QString &kind, const QString &id);
    void locateLesson(SearchHit &hit, const QString &plainBody);
    void locateSample(SearchHit &hit);
    void locateRow(SearchHit &hit);
    QString itemTitle(const QString &kind, const QString &id);
    bool matches(const QString &expression);
    void suggest(const SearchQuery &query, SearchResults &results);
    QString stem(const QString &word);
    QString surfaceForm(const QString &indexTerm);

    QString m_contentConnection;
    QString m_learnerConnection;
    QString m_error;
    std::unique_ptr<Statements> m_sql;
    bool m_hasNotes = false;
    bool m_notesIndexed = false;
    qint64 m_notesVersion = -1;
    int m_notesProfile = -1;
    bool m_vocabularyLoaded = false;
    Spelling m_spelling;
    QList<TermName> m_terms;
    bool m_termsLoaded = false;
    QHash<QString, Place> m_places;
    QHash<QString, QString> m_titles;
};

} // namespace crossroads
