// SPDX-License-Identifier: MIT
#include "content/contentcompiler.h"
#include "content/contentpack.h"
#include "learner/learnerstore.h"
#include "search/searcher.h"
#include "search/searchquery.h"
#include "search/searchservice.h"
#include "search/searchtext.h"
#include "search/spelling.h"
#include "testconfig.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace crossroads;

// The search core: query building, index text, spelling, ranking, snippets, where each hit
// opens, the learner's notes, and the worker thread's latest-query-wins.
class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void expression_data();
    void expression();
    void plainText_data();
    void plainText();
    void distance_data();
    void distance();
    void spellingPrefersCommonWords();

    void hostileInputNeverFails_data();
    void hostileInputNeverFails();
    void groupsAndHighlights();
    void prefixWhileTyping();
    void linkTargetsAreNotIndexed();
    void lessonOpensAtSection();
    void sampleOpensAtLine();
    void rowOpensAtField();
    void capsPerKind();
    void suggestsSpellingFix();
    void suggestsGlossaryTerm();
    void relaxesToAnyWord();
    void searchesNotes();
    void missingDatabaseIsAnError();
    void serviceReportsOnlyLatest();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + u'/' + QDir(from).relativeFilePath(src);
        if (!QDir().mkpath(QFileInfo(dst).absolutePath()) || !QFile::copy(src, dst))
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

SearchResults run(const QString &db, const QString &text, int limit = 50, int perKind = 0)
{
    Searcher searcher(db);
    SearchRequest r;
    r.text = text;
    r.limit = limit;
    r.perKind = perKind;
    return searcher.search(r);
}

const SearchHit *find(const SearchResults &r, const QString &kind, const QString &id)
{
    for (const SearchHit &h : r.hits)
        if (h.kind == kind && h.id == id)
            return &h;
    return nullptr;
}

} // namespace

void TestSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The mini pack plus a lesson with sections, code and links, so locations can be checked.
    const QString pack = m_dir.filePath(QStringLiteral("pack"));
    QVERIFY(copyTree(QStringLiteral(CROSSROADS_TEST_DATA "/minipack"), pack));
    QVERIFY(writeFile(pack + QStringLiteral("/lessons/basics/lessons.json"), R"({
  "kind": "lessons",
  "step": "basics",
  "lessons": [
    { "id": "basics-functions", "title": "Functions", "body": "functions.md", "minutes": 10 },
    { "id": "basics-routing", "title": "Routing requests", "body": "routing.md", "minutes": 15 }
  ]
})"));
    QVERIFY(writeFile(pack + QStringLiteral("/lessons/basics/routing.md"), R"(# Routing requests

A router maps a path to a function. Both frameworks speak [WSGI](term:wsgi) underneath.

## Path converters

Write `<int:year>` to turn part of the path into a **number** before your view sees it.

```python
@app.route("/archive/<int:year>")
def archive(year):
    return str(year)
```

## Trailing slashes

A missing slash leads to a redirect in Django.
)"));
    const ContentPack loaded = ContentPack::load(pack, builtInSchema());
    QVERIFY2(
        loaded.isValid(),
        qPrintable(loaded.diagnostics().isEmpty() ? QString() : loaded.diagnostics().first().toString()));
    m_db = m_dir.filePath(QStringLiteral("content.db"));
    QString error;
    QVERIFY2(ContentCompiler::compile(loaded, m_db, &error), qPrintable(error));
}

void TestSearch::expression_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("all");
    QTest::addColumn<QString>("any");

    QTest::newRow("one word being typed") << "djan"
                                          << R"("djan"*)"
                                          << R"("djan"*)";
    QTest::newRow("finished word") << "django "
                                   << R"("django")"
                                   << R"("django")";
    QTest::newRow("two words") << "class view"
                               << R"("class" AND "view"*)"
                               << R"("class" OR "view"*)";
    QTest::newRow("identifier is a phrase") << "url_for"
                                            << R"("url for"*)"
                                            << R"("url for"*)";
    QTest::newRow("dotted name") << "request.args.get "
                                 << R"("request args get")"
                                 << R"("request args get")";
    QTest::newRow("quotes are text") << R"("unbalanced)"
                                     << R"("unbalanced"*)"
                                     << R"("unbalanced"*)";
    QTest::newRow("operators are words") << "NOT AND OR "
                                         << R"("NOT" AND "AND" AND "OR")"
                                         << R"("NOT" OR "AND" OR "OR")";
    QTest::newRow("two letters alone are whole") << "dj"
                                                 << R"("dj")"
                                                 << R"("dj")";
    QTest::newRow("short last word still typed") << "login re"
                                                 << R"("login")"
                                                 << R"("login")";
    QTest::newRow("three letters are a prefix") << "login req"
                                                << R"("login" AND "req"*)"
                                                << R"("login" OR "req"*)";
    QTest::newRow("column filter is text") << "title:views"
                                           << R"("title views"*)"
                                           << R"("title views"*)";
    QTest::newRow("one letter is whole") << "d"
                                         << R"("d")"
                                         << R"("d")";
    QTest::newRow("trailing letter still typed") << "django f"
                                                 << R"("django")"
                                                 << R"("django")";
    QTest::newRow("only punctuation") << R"(*"()^:-+)"
                                      << ""
                                      << "";
    QTest::newRow("empty") << ""
                           << ""
                           << "";
    QTest::newRow("accents kept") << "café"
                                  << R"("café"*)"
                                  << R"("café"*)";
    QTest::newRow("emoji separates") << "flask🚀django"
                                     << R"("flask django"*)"
                                     << R"("flask django"*)";
}

void TestSearch::expression()
{
    QFETCH(QString, typed);
    QFETCH(QString, all);
    QFETCH(QString, any);
    const SearchQuery q(typed);
    QCOMPARE(q.expression(SearchQuery::Mode::AllWords), all);
    QCOMPARE(q.expression(SearchQuery::Mode::AnyWord), any);
    QCOMPARE(q.isEmpty(), all.isEmpty());
}

void TestSearch::plainText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("plain");

    QTest::newRow("link keeps its text") << "Speak [WSGI](term:wsgi) now"
                                         << "Speak WSGI now";
    QTest::newRow("image keeps alt") << "![a diagram](img.png)"
                                     << "a diagram";
    QTest::newRow("url with parentheses") << "[x](https://e.org/a_(b)) y"
                                          << "x y";
    QTest::newRow("heading") << "## Path converters ##"
                             << "Path converters";
    QTest::newRow("heading keeps C#") << "# Learn C#"
                                      << "Learn C#";
    QTest::newRow("emphasis") << "a **bold** and *soft* word"
                              << "a bold and soft word";
    QTest::newRow("code span is verbatim") << "call `f(*args)` [not](x) here"
                                           << "call f(*args) not here";
    QTest::newRow("fence lines go, code stays, lines kept") << "text\n```python\nx = [1](2)\n```\nend"
                                                            << "text\n\nx = [1](2)\n\nend";
    QTest::newRow("table rule goes") << "| a | b |\n|---|:-:|\n| 1 | 2 |"
                                     << "a   b\n\n1   2";
    QTest::newRow("quote marker") << "> quoted [t](term:t)"
                                  << "quoted t";
    QTest::newRow("escaped bracket") << R"(\[not a link\](x))"
                                     << "[not a link](x)";
    QTest::newRow("unclosed bracket") << "a [b c"
                                      << "a [b c";
    QTest::newRow("crlf") << "a\r\nb"
                          << "a\nb";
}

void TestSearch::plainText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, plain);
    QCOMPARE(SearchText::fromMarkdown(markdown), plain);
    QCOMPARE(SearchText::fromMarkdown(markdown).count(u'\n'), markdown.count(u'\n'));
}

void TestSearch::distance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("same") << "django"
                          << "django" << 2 << 0;
    QTest::newRow("swap is one") << "djnago"
                                 << "django" << 2 << 1;
    QTest::newRow("case ignored") << "Django"
                                  << "django" << 2 << 0;
    QTest::newRow("missing letter") << "flsk"
                                    << "flask" << 2 << 1;
    QTest::newRow("extra letter") << "flaskk"
                                  << "flask" << 2 << 1;
    QTest::newRow("two slips") << "mdidlewar"
                               << "middleware" << 2 << 2;
    QTest::newRow("three slips") << "midlewear"
                                 << "middleware" << 3 << 3;
    QTest::newRow("over the limit stops") << "template"
                                          << "tuple" << 2 << 3;
    QTest::newRow("length gap") << "a"
                                << "abcdef" << 2 << 3;
    QTest::newRow("empty") << ""
                           << "ab" << 2 << 2;
}

void TestSearch::distance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, limit);
    QFETCH(int, expected);
    QCOMPARE(Spelling::distance(a, b, limit), expected);
    QCOMPARE(Spelling::distance(b, a, limit), expected);
}

void TestSearch::spellingPrefersCommonWords()
{
    const Spelling spelling(
        {{QStringLiteral("flash"), 2}, {QStringLiteral("flask"), 90}, {QStringLiteral("django"), 80}});
    const auto best = spelling.suggest({QStringLiteral("flasj")}, 2);
    QCOMPARE(best.size(), 2);
    QCOMPARE(best.at(0).text, QStringLiteral("flask"));
    QCOMPARE(best.at(1).text, QStringLiteral("flash"));
    QVERIFY(spelling.suggest({QStringLiteral("xyzzy")}).isEmpty());
    // Two-letter words are never "corrected": too many words are one slip away.
    QVERIFY(spelling.suggest({QStringLiteral("fl")}).isEmpty());
}

void TestSearch::hostileInputNeverFails_data()
{
    QTest::addColumn<QString>("typed");
    for (const char *s : {"\"",
                          "\"\"",
                          "*",
                          "a*b*",
                          "(",
                          ")",
                          "((a)",
                          "NEAR(a b",
                          "NEAR",
                          "-a",
                          "+a",
                          "^a",
                          "title:",
                          "{title body}: x",
                          "a AND",
                          "OR OR",
                          "NOT",
                          "'; DROP TABLE search; --",
                          "\\",
                          "\t\n",
                          "\xE2\x80\x8B",
                          "\xF0\x9F\x9A\x80",
                          "%_%",
                          "a\"b\"c",
                          "é*"})
        QTest::newRow(s) << QString::fromUtf8(s);
    QTest::newRow("very long") << QStringLiteral("flask ").repeated(5000);
    QTest::newRow("long token") << QString(10000, u'x');
}

void TestSearch::hostileInputNeverFails()
{
    QFETCH(QString, typed);
    const QStringList texts = {typed, QStringLiteral("greet ") + typed, typed + QStringLiteral(" greet")};
    for (const QString &text : texts) {
        const SearchResults r = run(m_db, text);
        QVERIFY2(r.error.isEmpty(), qPrintable(text.left(40) + QStringLiteral(": ") + r.error));
    }
}

void TestSearch::groupsAndHighlights()
{
    const SearchResults r = run(m_db, QStringLiteral("django "));
    QVERIFY(r.error.isEmpty());
    QVERIFY(r.hits.size() >= 3);
    // Each kind forms one block.
    const QStringList kinds = r.kinds();
    QCOMPARE(QSet<QString>(kinds.begin(), kinds.end()).size(), kinds.size());
    QVERIFY(kinds.contains(QStringLiteral("row")));
    QVERIFY(kinds.contains(QStringLiteral("lesson")));
    QVERIFY(kinds.contains(QStringLiteral("sample")));
    for (const SearchHit &h : r.hits) {
        const QString marked = h.title + h.snippet;
        QVERIFY2(SearchMarks::firstMatch(marked).compare(QStringLiteral("django"), Qt::CaseInsensitive) == 0,
                 qPrintable(SearchMarks::plain(marked)));
    }
    const SearchHit *admin = find(r, QStringLiteral("row"), QStringLiteral("admin"));
    QVERIFY(admin);
    QCOMPARE(admin->context, QStringLiteral("Core"));
    QVERIFY(SearchMarks::html(admin->snippet).contains(QStringLiteral("<b>Django</b>")));
    // Ranked within a kind.
    for (int i = 1; i < r.hits.size(); ++i)
        if (r.hits.at(i).kind == r.hits.at(i - 1).kind)
            QVERIFY(r.hits.at(i - 1).score <= r.hits.at(i).score);
}

void TestSearch::prefixWhileTyping()
{
    QVERIFY(find(run(m_db, QStringLiteral("gree")), QStringLiteral("sample"), QStringLiteral("greet")));
    QVERIFY(find(run(m_db, QStringLiteral("conver")), QStringLiteral("lesson"),
                 QStringLiteral("basics-routing")));
    // A finished word is matched whole (with its stem), not as a prefix.
    QVERIFY(!find(run(m_db, QStringLiteral("gree ")), QStringLiteral("sample"), QStringLiteral("greet")));
}

void TestSearch::linkTargetsAreNotIndexed()
{
    // "term" occurs only inside link targets such as (term:wsgi).
    QVERIFY(run(m_db, QStringLiteral("term ")).hits.isEmpty());
    const SearchResults r = run(m_db, QStringLiteral("wsgi "));
    const SearchHit *lesson = find(r, QStringLiteral("lesson"), QStringLiteral("basics-functions"));
    QVERIFY(lesson);
    QVERIFY2(!SearchMarks::plain(lesson->snippet).contains(QStringLiteral("](")),
             qPrintable(SearchMarks::plain(lesson->snippet)));
}

void TestSearch::lessonOpensAtSection()
{
    const SearchResults r = run(m_db, QStringLiteral("redirect"));
    const SearchHit *hit = find(r, QStringLiteral("lesson"), QStringLiteral("basics-routing"));
    QVERIFY(hit);
    QCOMPARE(hit->context, QStringLiteral("Basics"));
    QCOMPARE(hit->location.value(QStringLiteral("lesson")).toString(), QStringLiteral("basics-routing"));
    QCOMPARE(hit->location.value(QStringLiteral("step")).toString(), QStringLiteral("basics"));
    QCOMPARE(hit->location.value(QStringLiteral("line")).toInt(), 17);
    QCOMPARE(hit->location.value(QStringLiteral("heading")).toString(), QStringLiteral("Trailing slashes"));
    QCOMPARE(hit->location.value(QStringLiteral("anchor")).toString(), QStringLiteral("trailing-slashes"));
    QCOMPARE(hit->location.value(QStringLiteral("match")).toString(), QStringLiteral("redirect"));

    // Inside the code block: the line of the code, the section above it.
    const SearchResults code = run(m_db, QStringLiteral("archive "));
    const SearchHit *inCode = find(code, QStringLiteral("lesson"), QStringLiteral("basics-routing"));
    QVERIFY(inCode);
    QCOMPARE(inCode->location.value(QStringLiteral("line")).toInt(), 10);
    QCOMPARE(inCode->location.value(QStringLiteral("heading")).toString(), QStringLiteral("Path converters"));
}

void TestSearch::sampleOpensAtLine()
{
    const SearchResults r = run(m_db, QStringLiteral("escape "));
    const SearchHit *hit = find(r, QStringLiteral("sample"), QStringLiteral("greet"));
    QVERIFY(hit);
    QCOMPARE(hit->location.value(QStringLiteral("framework")).toString(), QStringLiteral("flask"));
    QCOMPARE(hit->location.value(QStringLiteral("file")).toString(), QStringLiteral("app.py"));
    QCOMPARE(hit->location.value(QStringLiteral("line")).toInt(), 2);

    // Only in an annotation: the annotated line.
    const SearchResults a = run(m_db, QStringLiteral("parameter "));
    const SearchHit *annotated = find(a, QStringLiteral("sample"), QStringLiteral("greet"));
    QVERIFY(annotated);
    QCOMPARE(annotated->location.value(QStringLiteral("line")).toInt(), 7);
    QVERIFY(annotated->location.value(QStringLiteral("annotation")).toBool());
}

void TestSearch::rowOpensAtField()
{
    const SearchResults r = run(m_db, QStringLiteral("extension "));
    const SearchHit *hit = find(r, QStringLiteral("row"), QStringLiteral("admin"));
    QVERIFY(hit);
    QCOMPARE(hit->location.value(QStringLiteral("row")).toString(), QStringLiteral("admin"));
    QCOMPARE(hit->location.value(QStringLiteral("category")).toString(), QStringLiteral("core"));
    QCOMPARE(hit->location.value(QStringLiteral("field")).toString(), QStringLiteral("flask"));
}

void TestSearch::capsPerKind()
{
    const SearchResults all = run(m_db, QStringLiteral("function "), 50, 0);
    const SearchResults one = run(m_db, QStringLiteral("function "), 50, 1);
    QVERIFY(all.hits.size() > one.hits.size());
    QCOMPARE(one.hits.size(), one.kinds().size());
    QCOMPARE(run(m_db, QStringLiteral("function "), 1).hits.size(), 1);
}

void TestSearch::suggestsSpellingFix()
{
    // The example from the issue, on the shipped content.
    const SearchResults r = run(QStringLiteral(CROSSROADS_CONTENT_DB_PATH), QStringLiteral("djnago"));
    QVERIFY(r.hits.isEmpty());
    QVERIFY(!r.suggestions.isEmpty());
    QCOMPARE(r.suggestions.first().type, SearchSuggestion::Type::Spelling);
    QCOMPARE(r.suggestions.first().text, QStringLiteral("django"));

    // Only the slip is replaced; index stems come back as written words.
    const SearchResults two =
        run(QStringLiteral(CROSSROADS_CONTENT_DB_PATH), QStringLiteral("flask middlewear "));
    QVERIFY(!two.suggestions.isEmpty());
    QCOMPARE(two.suggestions.first().text, QStringLiteral("flask middleware"));

    QVERIFY(run(m_db, QStringLiteral("qqqqqqqq")).suggestions.isEmpty());
}

void TestSearch::suggestsGlossaryTerm()
{
    const SearchResults r = run(m_db, QStringLiteral("wgsi"));
    QVERIFY(r.hits.isEmpty());
    bool term = false;
    for (const SearchSuggestion &s : r.suggestions)
        term = term || (s.type == SearchSuggestion::Type::Term && s.termId == QStringLiteral("wsgi") &&
                        s.text == QStringLiteral("WSGI"));
    QVERIFY(term);
}

void TestSearch::relaxesToAnyWord()
{
    const SearchResults r = run(m_db, QStringLiteral("greeting zebra "));
    QVERIFY(r.relaxed);
    QVERIFY(find(r, QStringLiteral("sample"), QStringLiteral("greet")));
    QVERIFY(!run(m_db, QStringLiteral("greeting ")).relaxed);
}

void TestSearch::searchesNotes()
{
    const QString path = m_dir.filePath(QStringLiteral("learner.db"));
    LearnerStore learner;
    QVERIFY(learner.open(path));
    QVERIFY(learner.setNote(QStringLiteral("lesson"), QStringLiteral("basics-routing"),
                            QStringLiteral("Remember: converters validate before the view runs.")));

    Searcher searcher(m_db, path);
    SearchRequest request;
    request.text = QStringLiteral("validate");
    request.profile = learner.currentProfile();
    SearchResults r = searcher.search(request);
    const SearchHit *note = find(r, QStringLiteral("note"), QStringLiteral("basics-routing"));
    QVERIFY(note);
    QCOMPARE(r.kinds().last(), QStringLiteral("note"));
    QCOMPARE(SearchMarks::plain(note->title), QStringLiteral("Routing requests"));
    QCOMPARE(note->location.value(QStringLiteral("kind")).toString(), QStringLiteral("lesson"));
    QVERIFY(SearchMarks::html(note->snippet).contains(QStringLiteral("<b>validate</b>")));

    // A later edit in the learner's store is seen by the same searcher.
    QVERIFY(learner.setNote(QStringLiteral("lesson"), QStringLiteral("basics-routing"),
                            QStringLiteral("Slashes matter.")));
    r = searcher.search(request);
    QVERIFY(!find(r, QStringLiteral("note"), QStringLiteral("basics-routing")));
    request.text = QStringLiteral("slashes");
    QVERIFY(find(searcher.search(request), QStringLiteral("note"), QStringLiteral("basics-routing")));

    // A missing learner database is not created, and content is still searched.
    const QString missing = m_dir.filePath(QStringLiteral("nobody.db"));
    Searcher noNotes(m_db, missing);
    QVERIFY(!noNotes.search(request).hits.isEmpty());
    QVERIFY(!QFile::exists(missing));
}

void TestSearch::missingDatabaseIsAnError()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    Searcher searcher(missing);
    QVERIFY(!searcher.isOpen());
    SearchRequest r;
    r.text = QStringLiteral("flask");
    const SearchResults results = searcher.search(r);
    QVERIFY(results.hits.isEmpty());
    QVERIFY(results.error.contains(missing));
}

void TestSearch::serviceReportsOnlyLatest()
{
    SearchService service(m_db, QString());
    QSignalSpy spy(&service, &SearchService::finished);
    quint64 last = 0;
    for (const QString &typed : {QStringLiteral("g"), QStringLiteral("gr"), QStringLiteral("gre"),
                                 QStringLiteral("gree"), QStringLiteral("greet")}) {
        SearchRequest r;
        r.text = typed;
        last = service.search(r);
    }
    QVERIFY(spy.wait(5000));
    QTest::qWait(100); // a stale result would arrive right behind
    QCOMPARE(spy.count(), 1);
    const auto results = spy.first().first().value<SearchResults>();
    QCOMPARE(results.generation, last);
    QCOMPARE(results.text, QStringLiteral("greet"));
    QVERIFY(find(results, QStringLiteral("sample"), QStringLiteral("greet")));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
