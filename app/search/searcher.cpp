// SPDX-License-Identifier: MIT
#include "searcher.h"

#include "render/markdownrenderer.h"
#include "searchquery.h"
#include "searchtext.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcSearch, "crossroads.search")

namespace crossroads {

namespace {

const QString Ellipsis = QStringLiteral("…");
constexpr int SnippetTokens = 16;

QString marker(char16_t c)
{
    return QString(QChar(c));
}

// The snippet without its marks and ellipses: a verbatim piece of the indexed text.
QString fragmentOf(const QString &snippet, int *leading)
{
    QString plain = SearchMarks::plain(snippet);
    *leading = 0;
    if (plain.startsWith(Ellipsis)) {
        plain.remove(0, Ellipsis.size());
        *leading = static_cast<int>(Ellipsis.size());
    }
    if (plain.endsWith(Ellipsis))
        plain.chop(Ellipsis.size());
    return plain;
}

QRegularExpression wordPattern(const QString &word)
{
    return QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

int lineAt(const QString &text, qsizetype offset)
{
    return static_cast<int>(QStringView(text).left(offset).count(u'\n')) + 1;
}

QString normalized(const QString &text)
{
    return SearchQuery(text + u' ').tokens().join(u' ').toLower();
}

} // namespace

// Prepared once per connection: a search runs a handful of statements per hit.
struct Searcher::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : bound(db), candidates(db), exists(db), lesson(db), sampleFiles(db), sample(db), row(db),
          question(db), project(db), step(db), exercise(db)
    {
        bound.prepare(QStringLiteral("SELECT rowid FROM search WHERE search MATCH ? LIMIT 1 OFFSET ?"));
        candidates.prepare(QStringLiteral("SELECT rowid, kind, ref, rank FROM search WHERE search MATCH ?"
                                          " AND rank MATCH '%1' AND rowid < ? ORDER BY rank LIMIT ?")
                               .arg(QLatin1String(RankFunction)));
        exists.prepare(QStringLiteral("SELECT 1 FROM search WHERE search MATCH ? LIMIT 1"));
        lesson.prepare(QStringLiteral("SELECT l.body, l.step, s.title FROM lessons l"
                                      " LEFT JOIN steps s ON s.id = l.step WHERE l.id = ?"));
        sampleFiles.prepare(QStringLiteral(
            "SELECT framework, path, content FROM sample_files WHERE sample = ? AND shown = 1"
            " ORDER BY CASE framework WHEN 'flask' THEN 0 WHEN 'django' THEN 1 ELSE 2 END, ord"));
        sample.prepare(QStringLiteral("SELECT s.variants, s.step, st.title, s.collection FROM samples s"
                                      " LEFT JOIN steps st ON st.id = s.step WHERE s.id = ?"));
        row.prepare(
            QStringLiteral("SELECT r.category, c.title, r.django, r.flask, r.fastapi, r.meaning"
                           " FROM rows r LEFT JOIN categories c ON c.id = r.category WHERE r.id = ?"));
        question.prepare(QStringLiteral("SELECT q.step, q.lesson, s.title FROM questions q"
                                        " LEFT JOIN steps s ON s.id = q.step WHERE q.id = ?"));
        project.prepare(QStringLiteral("SELECT p.step, s.title, p.level FROM projects p"
                                       " LEFT JOIN steps s ON s.id = p.step WHERE p.id = ?"));
        step.prepare(QStringLiteral(
            "SELECT t.title FROM steps s LEFT JOIN tracks t ON t.id = s.track WHERE s.id = ?"));
        exercise.prepare(QStringLiteral("SELECT e.step, s.title, e.framework FROM exercises e"
                                        " LEFT JOIN steps s ON s.id = e.step WHERE e.id = ?"));
    }

    QSqlQuery bound, candidates, exists, lesson, sampleFiles, sample, row, question, project, step, exercise;
};

const QStringList &Searcher::kinds()
{
    static const QStringList all = {
        QStringLiteral("lesson"),  QStringLiteral("sample"),    QStringLiteral("row"),
        QStringLiteral("term"),    QStringLiteral("question"),  QStringLiteral("step"),
        QStringLiteral("project"), QStringLiteral("extension"), QStringLiteral("exercise"),
        QStringLiteral("note"),
    };
    return all;
}

Searcher::Searcher(const QString &contentPath, const QString &learnerPath)
    : m_contentConnection(QStringLiteral("crossroads-search-") + QUuid::createUuid().toString(QUuid::Id128))
{
    if (!QFileInfo(contentPath).isFile()) {
        m_error = QStringLiteral("%1: the content database is missing (build it with `crossroads content "
                                 "build`)")
                      .arg(contentPath);
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_contentConnection);
        db.setDatabaseName(contentPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            m_error = QStringLiteral("%1: %2").arg(contentPath, db.lastError().text());
        } else {
            m_sql = std::make_unique<Statements>(db);
            if (m_sql->candidates.lastError().isValid()) {
                m_error = QStringLiteral("%1: not a content database with a search index (%2)")
                              .arg(contentPath, m_sql->candidates.lastError().text());
                m_sql.reset();
            }
        }
    }

    // Notes are read through a connection of our own: the learner's store lives in the GUI thread.
    // Never create the file: a missing learner database simply has no notes yet.
    if (!learnerPath.isEmpty() && learnerPath != QStringLiteral(":memory:") &&
        QFileInfo(learnerPath).isFile()) {
        m_learnerConnection = m_contentConnection + QStringLiteral("-notes");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_learnerConnection);
        db.setDatabaseName(learnerPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery q(db);
            m_hasNotes =
                q.exec(
                    QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'notes'")) &&
                q.next() &&
                q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.learner_note_index USING fts5("
                                      "kind UNINDEXED, item UNINDEXED, body, tokenize='porter unicode61')"));
            if (!m_hasNotes)
                qCInfo(lcSearch) << "notes are not searched:" << learnerPath << q.lastError().text();
        } else {
            qCWarning(lcSearch) << "cannot read notes from" << learnerPath << db.lastError().text();
        }
    }
}

Searcher::~Searcher()
{
    m_sql.reset();
    for (const QString &name : {m_contentConnection, m_learnerConnection}) {
        if (!name.isEmpty() && QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

bool Searcher::isOpen() const
{
    return m_sql != nullptr;
}

SearchResults Searcher::search(const SearchRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    SearchResults results;
    results.generation = request.generation;
    results.text = request.text;
    const SearchQuery query(request.text);
    if (!isOpen()) {
        results.error = m_error;
    } else if (!query.isEmpty()) {
        const QString all = query.expression(SearchQuery::Mode::AllWords);
        if (searchContent(all, request, results)) {
            searchNotes(all, request, results);
            if (results.hits.isEmpty()) {
                suggest(query, results);
                if (query.words().size() > 1) {
                    const QString any = query.expression(SearchQuery::Mode::AnyWord);
                    searchContent(any, request, results);
                    searchNotes(any, request, results);
                    results.relaxed = !results.hits.isEmpty();
                }
            }
        }
    }
    results.elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return results;
}

bool Searcher::searchContent(const QString &expression, const SearchRequest &request, SearchResults &results)
{
    // The (K+1)-th match in rowid order bounds the ranked set; see RankedCandidates.
    QSqlQuery &bound = m_sql->bound;
    bound.bindValue(0, expression);
    bound.bindValue(1, RankedCandidates);
    if (!bound.exec()) {
        results.error = bound.lastError().text();
        qCWarning(lcSearch) << "search failed:" << expression << results.error;
        return false;
    }
    qint64 below = std::numeric_limits<qint64>::max();
    if (bound.next()) {
        below = bound.value(0).toLongLong();
        results.bounded = true;
    }
    bound.finish();

    const int limit = std::max(1, request.limit);
    // With a cap per kind, look further down the ranking so rarer kinds still get their hits.
    const int wanted = request.perKind > 0 ? std::max(limit * 4, 200) : limit;
    QSqlQuery &q = m_sql->candidates;
    q.bindValue(0, expression);
    q.bindValue(1, below);
    q.bindValue(2, wanted);
    if (!q.exec()) {
        results.error = q.lastError().text();
        qCWarning(lcSearch) << "search failed:" << expression << results.error;
        return false;
    }
    QList<Candidate> ranked;
    while (q.next())
        ranked.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble()});
    q.finish();

    // Keep the best hits (at most perKind of a kind), then group them by kind, kinds in the
    // order of their best hit.
    QHash<QString, int> perKind;
    QStringList kindOrder;
    QList<Candidate> kept;
    for (const Candidate &c : std::as_const(ranked)) {
        if (kept.size() >= limit)
            break;
        int &n = perKind[c.kind];
        if (request.perKind > 0 && n >= request.perKind)
            continue;
        ++n;
        if (!kindOrder.contains(c.kind))
            kindOrder.append(c.kind);
        kept.append(c);
    }
    std::stable_sort(kept.begin(), kept.end(), [&](const Candidate &a, const Candidate &b) {
        return kindOrder.indexOf(a.kind) < kindOrder.indexOf(b.kind);
    });
    if (kept.isEmpty())
        return true;

    // Titles, snippets and indexed text of the kept hits come from one pass over the matches:
    // a statement per hit would expand a prefix such as "req"* into its index terms once per hit.
    // "+rowid" keeps the IN list a filter on that pass instead of one lookup (and expansion) each.
    qint64 first = kept.first().rowid;
    qint64 last = first;
    QStringList rowids;
    for (const Candidate &c : std::as_const(kept)) {
        first = std::min(first, c.rowid);
        last = std::max(last, c.rowid);
        rowids.append(QString::number(c.rowid));
    }
    QSqlQuery d(QSqlDatabase::database(m_contentConnection, false));
    d.prepare(QStringLiteral("SELECT rowid, highlight(search, 2, ?, ?), snippet(search, 3, ?, ?, ?, ?), body"
                             " FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (%1)")
                  .arg(rowids.join(u',')));
    const QString begin = marker(SearchMarks::Begin);
    const QString end = marker(SearchMarks::End);
    for (const QVariant &v :
         {QVariant(begin), QVariant(end), QVariant(begin), QVariant(end), QVariant(Ellipsis),
          QVariant(SnippetTokens), QVariant(expression), QVariant(first), QVariant(last)})
        d.addBindValue(v);
    struct Text
    {
        QString title, snippet, body;
    };
    QHash<qint64, Text> texts;
    if (d.exec()) {
        while (d.next())
            texts.insert(d.value(0).toLongLong(),
                         {d.value(1).toString(), d.value(2).toString(), d.value(3).toString()});
    } else {
        qCWarning(lcSearch) << "no snippets:" << d.lastError().text();
    }
    for (const Candidate &c : std::as_const(kept)) {
        SearchHit hit;
        hit.kind = c.kind;
        hit.id = c.id;
        hit.score = c.score;
        const Text t = texts.value(c.rowid);
        hit.title = t.title.isEmpty() ? itemTitle(c.kind, c.id) : t.title;
        hit.snippet = t.snippet; // kept verbatim until located, then simplified
        describe(hit, t.body);
        results.hits.append(hit);
    }
    return true;
}

void Searcher::describe(SearchHit &hit, const QString &body)
{
    const Place p = place(hit.kind, hit.id);
    hit.context = p.context;
    hit.location = p.location;
    QString match = SearchMarks::firstMatch(hit.snippet);
    if (match.isEmpty())
        match = SearchMarks::firstMatch(hit.title);
    hit.location.insert(QStringLiteral("match"), match);
    if (hit.kind == QStringLiteral("lesson"))
        locateLesson(hit, body);
    else if (hit.kind == QStringLiteral("sample"))
        locateSample(hit);
    else if (hit.kind == QStringLiteral("row"))
        locateRow(hit);
    hit.snippet = hit.snippet.simplified();
}

Searcher::Place Searcher::place(const QString &kind, const QString &id)
{
    const QString key = kind + u'\n' + id;
    const auto cached = m_places.constFind(key);
    if (cached != m_places.constEnd())
        return *cached;

    Place p;
    const auto lookup = [&](QSqlQuery &q) {
        q.bindValue(0, id);
        const bool found = q.exec() && q.next();
        return found;
    };
    const QString k = kind;
    p.location.insert(k, id);
    if (k == QStringLiteral("lesson")) {
        if (lookup(m_sql->lesson)) {
            p.location.insert(QStringLiteral("step"), m_sql->lesson.value(1));
            p.context = m_sql->lesson.value(2).toString();
        }
        m_sql->lesson.finish();
    } else if (k == QStringLiteral("sample")) {
        if (lookup(m_sql->sample)) {
            p.location.insert(QStringLiteral("step"), m_sql->sample.value(1));
            p.context = m_sql->sample.value(3).toString() == QStringLiteral("twin")
                            ? QStringLiteral("Twin app")
                            : m_sql->sample.value(2).toString();
        }
        m_sql->sample.finish();
    } else if (k == QStringLiteral("row")) {
        if (lookup(m_sql->row)) {
            p.location.insert(QStringLiteral("category"), m_sql->row.value(0));
            p.context = m_sql->row.value(1).toString();
        }
        m_sql->row.finish();
    } else if (k == QStringLiteral("question")) {
        if (lookup(m_sql->question)) {
            p.location.insert(QStringLiteral("step"), m_sql->question.value(0));
            if (!m_sql->question.value(1).toString().isEmpty())
                p.location.insert(QStringLiteral("lesson"), m_sql->question.value(1));
            p.context = m_sql->question.value(2).toString();
        }
        m_sql->question.finish();
    } else if (k == QStringLiteral("project")) {
        if (lookup(m_sql->project)) {
            if (!m_sql->project.value(0).toString().isEmpty())
                p.location.insert(QStringLiteral("step"), m_sql->project.value(0));
            p.context = m_sql->project.value(1).toString();
        }
        m_sql->project.finish();
    } else if (k == QStringLiteral("exercise")) {
        if (lookup(m_sql->exercise)) {
            p.location.insert(QStringLiteral("step"), m_sql->exercise.value(0));
            p.location.insert(QStringLiteral("framework"), m_sql->exercise.value(2));
            p.context = m_sql->exercise.value(1).toString();
        }
        m_sql->exercise.finish();
    } else if (k == QStringLiteral("step")) {
        if (lookup(m_sql->step))
            p.context = m_sql->step.value(0).toString();
        m_sql->step.finish();
    }
    m_places.insert(key, p);
    return p;
}

// A lesson opens scrolled to the snippet: its line in the Markdown (the index keeps lines) and
// the heading of the section it sits in.
void Searcher::locateLesson(SearchHit &hit, const QString &plainBody)
{
    int leading = 0;
    const QString fragment = fragmentOf(hit.snippet, &leading);
    const auto marks = SearchMarks::ranges(hit.snippet);
    if (marks.isEmpty() || fragment.isEmpty())
        return; // only the title matched: open at the top
    const qsizetype at = plainBody.indexOf(fragment);
    if (at < 0)
        return;
    const int line = lineAt(plainBody, at + marks.first().first - leading);
    hit.location.insert(QStringLiteral("line"), line);

    QSqlQuery &q = m_sql->lesson;
    q.bindValue(0, hit.id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return;
    }
    const QString markdown = q.value(0).toString();
    q.finish();
    const QStringList lines = markdown.split(u'\n');
    // Heading ids as the lesson renderer makes them (MarkdownRenderer: slug, -2 for a repeat),
    // so the reader can scroll to the anchor.
    QString heading;
    QString anchor;
    QSet<QString> ids;
    bool code = false;
    for (int i = 0; i < line - 1 && i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.startsWith(QStringLiteral("```")) || trimmed.startsWith(QStringLiteral("~~~"))) {
            code = !code;
        } else if (!code && trimmed.startsWith(u'#')) {
            heading = SearchText::fromMarkdown(trimmed);
            const QString base = MarkdownRenderer::slug(heading);
            anchor = base;
            for (int n = 2; ids.contains(anchor); ++n)
                anchor = base + u'-' + QString::number(n);
            ids.insert(anchor);
        }
    }
    if (!heading.isEmpty()) {
        hit.location.insert(QStringLiteral("heading"), heading);
        hit.location.insert(QStringLiteral("anchor"), anchor);
    }
}

// A sample opens on the file and line that hold the match, in the code or in an annotation.
void Searcher::locateSample(SearchHit &hit)
{
    const QString word = hit.location.value(QStringLiteral("match")).toString();
    if (word.isEmpty())
        return;
    int leading = 0;
    const QString fragment = fragmentOf(hit.snippet, &leading);
    const auto marks = SearchMarks::ranges(hit.snippet);
    const QRegularExpression pattern = wordPattern(word);

    QSqlQuery &q = m_sql->sampleFiles;
    q.bindValue(0, hit.id);
    if (q.exec()) {
        struct Found
        {
            QString framework, file;
            int line = 0;
        } byWord;
        while (q.next()) {
            const QString content = QString::fromUtf8(q.value(2).toByteArray());
            const qsizetype at = fragment.size() > word.size() ? content.indexOf(fragment) : -1;
            if (at >= 0 && !marks.isEmpty()) {
                hit.location.insert(QStringLiteral("framework"), q.value(0));
                hit.location.insert(QStringLiteral("file"), q.value(1));
                hit.location.insert(QStringLiteral("line"),
                                    lineAt(content, at + marks.first().first - leading));
                q.finish();
                return;
            }
            if (byWord.line == 0) {
                const auto m = pattern.match(content);
                if (m.hasMatch())
                    byWord = {q.value(0).toString(), q.value(1).toString(),
                              lineAt(content, m.capturedStart())};
            }
        }
        q.finish();
        if (byWord.line > 0) {
            hit.location.insert(QStringLiteral("framework"), byWord.framework);
            hit.location.insert(QStringLiteral("file"), byWord.file);
            hit.location.insert(QStringLiteral("line"), byWord.line);
            return;
        }
    }
    // Not in the code: an annotation, which points at a line itself.
    QSqlQuery &s = m_sql->sample;
    s.bindValue(0, hit.id);
    if (s.exec() && s.next()) {
        const QJsonArray variants = QJsonDocument::fromJson(s.value(0).toString().toUtf8()).array();
        for (const auto &v : variants) {
            const QJsonObject variant = v.toObject();
            for (const auto &a : variant.value(QStringLiteral("annotations")).toArray()) {
                const QJsonObject annotation = a.toObject();
                if (annotation.value(QStringLiteral("text")).toString().contains(pattern)) {
                    hit.location.insert(QStringLiteral("framework"),
                                        variant.value(QStringLiteral("framework")).toString());
                    hit.location.insert(QStringLiteral("file"),
                                        annotation.value(QStringLiteral("file")).toString());
                    hit.location.insert(QStringLiteral("line"),
                                        annotation.value(QStringLiteral("line")).toInt());
                    hit.location.insert(QStringLiteral("annotation"), true);
                    s.finish();
                    return;
                }
            }
        }
    }
    s.finish();
}

// A row opens selected; "field" says which column holds the match.
void Searcher::locateRow(SearchHit &hit)
{
    const QString word = hit.location.value(QStringLiteral("match")).toString();
    if (word.isEmpty())
        return;
    QSqlQuery &q = m_sql->row;
    q.bindValue(0, hit.id);
    if (q.exec() && q.next()) {
        const QRegularExpression pattern = wordPattern(word);
        const char *fields[] = {"django", "flask", "fastapi", "meaning"};
        for (int i = 0; i < 4; ++i) {
            if (q.value(2 + i).toString().contains(pattern)) {
                hit.location.insert(QStringLiteral("field"), QLatin1String(fields[i]));
                break;
            }
        }
    }
    q.finish();
}

bool Searcher::refreshNotes(int profile)
{
    QSqlDatabase db = QSqlDatabase::database(m_learnerConnection, false);
    QSqlQuery q(db);
    // data_version changes whenever another connection (the app's store) commits, so the copy
    // of the notes in our temporary index is rebuilt only after the learner wrote something.
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return false;
    const qint64 version = q.value(0).toLongLong();
    if (m_notesIndexed && version == m_notesVersion && profile == m_notesProfile)
        return true;
    q.finish();
    const bool ok = q.exec(QStringLiteral("BEGIN")) &&
                    q.exec(QStringLiteral("DELETE FROM temp.learner_note_index")) &&
                    q.prepare(QStringLiteral("INSERT INTO temp.learner_note_index(kind, item, body)"
                                             " SELECT kind, item, body FROM main.notes WHERE profile = ?")) &&
                    (q.addBindValue(profile), q.exec()) && q.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        qCWarning(lcSearch) << "cannot index notes:" << q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    m_notesIndexed = true;
    m_notesVersion = version;
    m_notesProfile = profile;
    return true;
}

void Searcher::searchNotes(const QString &expression, const SearchRequest &request, SearchResults &results)
{
    if (!m_hasNotes || !refreshNotes(request.profile))
        return;
    const int limit = request.perKind > 0 ? request.perKind : std::max(1, request.limit);
    QSqlQuery q(QSqlDatabase::database(m_learnerConnection, false));
    q.prepare(
        QStringLiteral("SELECT kind, item, snippet(learner_note_index, 2, ?, ?, ?, ?), rank"
                       " FROM learner_note_index WHERE learner_note_index MATCH ? ORDER BY rank LIMIT ?"));
    q.addBindValue(marker(SearchMarks::Begin));
    q.addBindValue(marker(SearchMarks::End));
    q.addBindValue(Ellipsis);
    q.addBindValue(SnippetTokens);
    q.addBindValue(expression);
    q.addBindValue(limit);
    if (!q.exec()) {
        qCWarning(lcSearch) << "note search failed:" << q.lastError().text();
        return;
    }
    while (q.next()) {
        SearchHit hit;
        hit.kind = QStringLiteral("note");
        const QString kind = q.value(0).toString();
        hit.id = q.value(1).toString();
        hit.snippet = q.value(2).toString().simplified();
        hit.score = q.value(3).toDouble();
        hit.title = itemTitle(kind, hit.id);
        hit.context = kind;
        hit.location = {{QStringLiteral("kind"), kind},
                        {QStringLiteral("item"), hit.id},
                        {QStringLiteral("match"), SearchMarks::firstMatch(hit.snippet)}};
        results.hits.append(hit);
    }
}

QString Searcher::itemTitle(const QString &kind, const QString &id)
{
    const QString key = kind + u'\n' + id;
    const auto cached = m_titles.constFind(key);
    if (cached != m_titles.constEnd())
        return *cached;
    static const QHash<QString, QString> sql = {
        {QStringLiteral("lesson"), QStringLiteral("SELECT title FROM lessons WHERE id = ?")},
        {QStringLiteral("step"), QStringLiteral("SELECT title FROM steps WHERE id = ?")},
        {QStringLiteral("sample"), QStringLiteral("SELECT title FROM samples WHERE id = ?")},
        {QStringLiteral("row"), QStringLiteral("SELECT topic FROM rows WHERE id = ?")},
        {QStringLiteral("term"), QStringLiteral("SELECT term FROM terms WHERE id = ?")},
        {QStringLiteral("project"), QStringLiteral("SELECT title FROM projects WHERE id = ?")},
        {QStringLiteral("question"), QStringLiteral("SELECT prompt FROM questions WHERE id = ?")},
        {QStringLiteral("exercise"), QStringLiteral("SELECT title FROM exercises WHERE id = ?")},
    };
    QString title = id;
    if (sql.contains(kind)) {
        QSqlQuery q(QSqlDatabase::database(m_contentConnection, false));
        q.prepare(sql.value(kind));
        q.addBindValue(id);
        if (q.exec() && q.next())
            title = q.value(0).toString();
    }
    m_titles.insert(key, title);
    return title;
}

bool Searcher::matches(const QString &expression)
{
    QSqlQuery &q = m_sql->exists;
    q.bindValue(0, expression);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

// The stem the index holds for a word ("templates" -> "templat"), from the porter tokenizer
// itself, so a slip is compared with index terms in the same form.
QString Searcher::stem(const QString &word)
{
    QSqlQuery q(QSqlDatabase::database(m_contentConnection, false));
    q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_stemmer USING fts5(t, "
                          "tokenize='porter unicode61')"));
    q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_stemmer_terms USING "
                          "fts5vocab(temp, search_stemmer, row)"));
    q.exec(QStringLiteral("DELETE FROM temp.search_stemmer"));
    q.prepare(QStringLiteral("INSERT INTO temp.search_stemmer(t) VALUES(?)"));
    q.addBindValue(word);
    QString out = word;
    if (q.exec() && q.exec(QStringLiteral("SELECT term FROM temp.search_stemmer_terms LIMIT 1")) && q.next())
        out = q.value(0).toString();
    return out;
}

// Index terms are stems ("middlewar"); people should be offered a word as it is written. The
// most common written form among a few entries wins, the shorter one on a tie.
QString Searcher::surfaceForm(const QString &indexTerm)
{
    QSqlQuery q(QSqlDatabase::database(m_contentConnection, false));
    q.prepare(QStringLiteral("SELECT highlight(search, 2, ?, ?), highlight(search, 3, ?, ?) FROM search"
                             " WHERE search MATCH ? LIMIT 5"));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(marker(SearchMarks::Begin));
        q.addBindValue(marker(SearchMarks::End));
    }
    q.addBindValue(QString(u'"' + indexTerm + u'"'));
    QHash<QString, int> forms;
    if (q.exec()) {
        while (q.next()) {
            for (int column = 0; column < 2; ++column) {
                const QString word = SearchMarks::firstMatch(q.value(column).toString()).toLower();
                if (!word.isEmpty()) {
                    ++forms[word];
                    break;
                }
            }
        }
    }
    QString best = indexTerm;
    int bestCount = 0;
    for (auto it = forms.constBegin(); it != forms.constEnd(); ++it) {
        if (it.value() > bestCount ||
            (it.value() == bestCount &&
             (it.key().size() < best.size() || (it.key().size() == best.size() && it.key() < best)))) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

void Searcher::suggest(const SearchQuery &query, SearchResults &results)
{
    // A spelling fix: each word that matches nothing by itself is replaced by the closest index
    // term, and the fixed query is offered only if it finds something.
    if (!m_vocabularyLoaded) {
        m_vocabularyLoaded = true;
        QList<Spelling::Word> words;
        QSqlQuery q(QSqlDatabase::database(m_contentConnection, false));
        if (q.exec(
                QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, "
                               "search, row)")) &&
            q.exec(QStringLiteral("SELECT term, doc FROM temp.search_terms WHERE length(term) > 2"))) {
            while (q.next()) {
                const QString term = q.value(0).toString();
                if (!term.at(0).isDigit())
                    words.append({term, q.value(1).toInt()});
            }
        } else {
            qCWarning(lcSearch) << "no vocabulary for spelling suggestions:" << q.lastError().text();
        }
        m_spelling.setVocabulary(std::move(words));
    }
    const QStringList words = query.words();
    QStringList fixed = words;
    bool changed = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w.contains(u' ') ||
            matches(u'"' + w + u'"' +
                    (i == words.size() - 1 && query.lastWordIsPrefix() ? QStringLiteral("*") : QString())))
            continue;
        const auto best = m_spelling.suggest({w.toLower(), stem(w.toLower())}, 1);
        if (!best.isEmpty()) {
            fixed[i] = surfaceForm(best.first().text);
            changed = true;
        }
    }
    if (changed) {
        const QString text = fixed.join(u' ');
        if (matches(SearchQuery(text + u' ').expression()))
            results.suggestions.append({SearchSuggestion::Type::Spelling, text, {}});
    }

    // A close glossary term, by name or alias.
    if (!m_termsLoaded) {
        m_termsLoaded = true;
        QSqlQuery q(QSqlDatabase::database(m_contentConnection, false));
        if (q.exec(QStringLiteral("SELECT id, term, aliases FROM terms"))) {
            while (q.next()) {
                const QString id = q.value(0).toString();
                const QString name = q.value(1).toString();
                m_terms.append({id, name, normalized(name)});
                const QJsonArray aliases = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
                for (const auto &a : aliases)
                    m_terms.append({id, name, normalized(a.toString())});
            }
        }
    }
    const QString typed = query.words().join(u' ').toLower();
    struct Close
    {
        int distance;
        const TermName *term;
    };
    std::vector<Close> close;
    const int limit = Spelling::maxDistance(typed);
    for (const TermName &t : std::as_const(m_terms)) {
        const int d = Spelling::distance(typed, t.normalized, limit);
        if (d <= limit && limit > 0)
            close.push_back({d, &t});
    }
    std::stable_sort(close.begin(), close.end(),
                     [](const Close &a, const Close &b) { return a.distance < b.distance; });
    QStringList seen;
    for (const Close &c : close) {
        if (seen.contains(c.term->id) || seen.size() >= 3)
            continue;
        seen.append(c.term->id);
        results.suggestions.append({SearchSuggestion::Type::Term, c.term->name, c.term->id});
    }
}

} // namespace crossroads
