// SPDX-License-Identifier: MIT
#include "cli.h"
#include "clihelpers.h"
#include "commands.h"
#include "learner/learnerstore.h"
#include "search/searcher.h"

#include <QJsonDocument>
#include <QTextStream>

namespace crossroads::cli {

namespace {

QString describeLocation(const QVariantMap &location)
{
    QStringList parts;
    if (location.contains(QStringLiteral("file")))
        parts.append(location.value(QStringLiteral("framework")).toString() + u'/' +
                     location.value(QStringLiteral("file")).toString() + u':' +
                     location.value(QStringLiteral("line")).toString());
    else if (location.contains(QStringLiteral("line")))
        parts.append(QStringLiteral("line ") + location.value(QStringLiteral("line")).toString());
    if (location.contains(QStringLiteral("heading")))
        parts.append(u'"' + location.value(QStringLiteral("heading")).toString() + u'"');
    if (location.contains(QStringLiteral("field")))
        parts.append(location.value(QStringLiteral("field")).toString() + QStringLiteral(" column"));
    return parts.join(QStringLiteral(", "));
}

} // namespace

int searchCommand(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    bool hasLimit = false;
    const QString limitText = takeOption(args, QStringLiteral("--limit"), &hasLimit);
    bool hasDb = false;
    const QString db = takeOption(args, QStringLiteral("--db"), &hasDb);
    bool limitOk = true;
    const int limit = hasLimit ? limitText.toInt(&limitOk) : 20;
    if (!limitOk || limit < 1 || (hasDb && db.isEmpty()) || args.isEmpty()) {
        err << "crossroads: search needs a QUERY; --limit takes a number of at least 1\n";
        return Cli::UsageError;
    }

    Searcher searcher(hasDb ? db : defaultContentDb(), LearnerStore::defaultPath());
    if (!searcher.isOpen()) {
        err << "crossroads: " << searcher.errorString() << '\n';
        return 2;
    }
    SearchRequest request;
    // A query typed at a prompt is finished: the trailing space stops prefix matching of the
    // last word, so "view" does not also find "viewport".
    request.text = args.join(u' ') + u' ';
    request.limit = limit;
    const SearchResults results = searcher.search(request);
    if (!results.error.isEmpty()) {
        err << "crossroads: " << results.error << '\n';
        return 2;
    }
    if (json) {
        out << QJsonDocument(results.toJson()).toJson(QJsonDocument::Indented);
        return results.hits.isEmpty() ? 1 : 0;
    }

    const QString open = QStringLiteral("«");
    const QString close = QStringLiteral("»");
    if (results.hits.isEmpty()) {
        out << "No results for \"" << args.join(u' ') << "\".\n";
    } else if (results.relaxed) {
        out << "Nothing holds every word; these hold some of them.\n";
    }
    for (const SearchSuggestion &s : results.suggestions) {
        if (s.type == SearchSuggestion::Type::Spelling)
            out << "Did you mean: " << s.text << "\n";
        else
            out << "Glossary term: " << s.text << " (term " << s.termId << ")\n";
    }
    QString kind;
    for (const SearchHit &h : results.hits) {
        if (h.kind != kind) {
            kind = h.kind;
            out << '\n' << kind << ":\n";
        }
        out << "  " << SearchMarks::plain(h.title) << "  [" << h.id << "]";
        if (!h.context.isEmpty())
            out << "  " << h.context;
        const QString where = describeLocation(h.location);
        if (!where.isEmpty())
            out << "  (" << where << ')';
        out << '\n';
        QString snippet = h.snippet;
        snippet.replace(QChar(SearchMarks::Begin), open).replace(QChar(SearchMarks::End), close);
        if (!snippet.isEmpty())
            out << "      " << snippet << '\n';
    }
    if (results.bounded)
        out << "\n(More entries match than are ranked; add a word to narrow the search.)\n";
    return results.hits.isEmpty() ? 1 : 0;
}

} // namespace crossroads::cli
