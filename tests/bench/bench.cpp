// SPDX-License-Identifier: MIT
// crossroads-bench: the in-process measurements of tests/bench/run.sh. Each subcommand prints
// one JSON object on stdout (figures in milliseconds); run.sh turns them into the table.
//
//   crossroads-bench search DB.db QUERIES.txt ROUNDS     every typing prefix of every query
//   crossroads-bench progress DIR WRITES                 one durable status change per write
//   crossroads-bench seed-profile LEARNER.db ITEMS       a learner database with ITEMS items
//   crossroads-bench switch ROUNDS                       switch screens after the first visit
//   crossroads-bench typing DB.db QUERIES.txt            GUI-thread time per key in the search box
//   crossroads-bench lesson LESSON_ID                    first lesson page shown (QtWebEngine cold)
#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "learner/settings.h"
#include "render/markdownrenderer.h"
#include "render/pagebuilder.h"
#include "search/searcher.h"
#include "search/searchscreen.h"
#include "shell/mainwindow.h"
#include "web/webprofile.h"
#include "web/webview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPair>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

using namespace crossroads;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    // Nearest rank: the smallest value with at least p of the samples at or below it.
    const auto rank = static_cast<std::size_t>(std::max(1.0, std::ceil(p * static_cast<double>(v.size()))));
    return v[std::min(rank, v.size()) - 1];
}

QJsonObject stats(const std::vector<double> &ms)
{
    return {{QStringLiteral("n"), static_cast<qint64>(ms.size())},
            {QStringLiteral("median_ms"), percentile(ms, 0.5)},
            {QStringLiteral("p95_ms"), percentile(ms, 0.95)},
            {QStringLiteral("p99_ms"), percentile(ms, 0.99)},
            {QStringLiteral("max_ms"), ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end())}};
}

int print(const QJsonObject &o)
{
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "crossroads-bench: %s\n", qPrintable(message));
    return 1;
}

// Resident memory in kB of a process and of it with all its descendants (QtWebEngine's zygotes
// and renderers are children of the app), from /proc.
QPair<qint64, qint64> rssKb(qint64 root)
{
    QHash<qint64, qint64> parent;
    QHash<qint64, qint64> rss;
    const auto pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : pids) {
        bool isPid = false;
        const qint64 pid = name.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("PPid:"))
                parent.insert(pid, line.mid(5).trimmed().toLongLong());
            else if (line.startsWith("VmRSS:"))
                rss.insert(pid, line.mid(6).trimmed().split(' ').first().toLongLong());
        }
    }
    qint64 tree = 0;
    for (auto it = rss.constBegin(); it != rss.constEnd(); ++it) {
        for (qint64 p = it.key(); p > 1; p = parent.value(p, 0)) {
            if (p == root) {
                tree += it.value();
                break;
            }
        }
    }
    return {rss.value(root), tree};
}

double msSince(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// What a learner's keyboard sends while typing the query: every prefix, then the query.
QStringList typed(const QString &queriesFile, QString *error)
{
    QFile f(queriesFile);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = queriesFile + QStringLiteral(": ") + f.errorString();
        return {};
    }
    QStringList out;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QString q = line.trimmed();
        if (q.isEmpty() || q.startsWith(u'#'))
            continue;
        for (int i = 1; i <= q.size(); ++i)
            out.append(q.left(i));
    }
    return out;
}

int searchBench(const QStringList &args)
{
    if (args.size() != 3)
        return fail(QStringLiteral("usage: search DB.db QUERIES.txt ROUNDS"));
    QString error;
    const QStringList queries = typed(args.at(1), &error);
    if (queries.isEmpty())
        return fail(error.isEmpty() ? QStringLiteral("no queries") : error);
    Searcher searcher(args.at(0));
    if (!searcher.isOpen())
        return fail(searcher.errorString());
    // The screen's request: the whole pipeline a result list waits for (ranking, snippets,
    // locations, suggestions when nothing matches).
    SearchRequest request;
    request.limit = 60;
    request.perKind = 8;
    searcher.search(request); // first query: statement preparation is not a per-query cost
    std::vector<double> ms;
    int hits = 0;
    int bounded = 0;
    QString slowest;
    double slowestMs = 0;
    const int rounds = std::max(1, args.at(2).toInt());
    for (int r = 0; r < rounds; ++r) {
        for (const QString &q : queries) {
            request.text = q;
            QElapsedTimer t;
            t.start();
            const SearchResults results = searcher.search(request);
            const double elapsed = msSince(t);
            if (!results.error.isEmpty())
                return fail(q + QStringLiteral(": ") + results.error);
            ms.push_back(elapsed);
            hits += static_cast<int>(results.hits.size());
            bounded += results.bounded ? 1 : 0;
            if (elapsed > slowestMs) {
                slowestMs = elapsed;
                slowest = q;
            }
        }
    }
    QJsonObject o = stats(ms);
    o.insert(QStringLiteral("queries"), static_cast<qint64>(queries.size()));
    o.insert(QStringLiteral("hits_per_query"), static_cast<double>(hits) / static_cast<double>(ms.size()));
    o.insert(QStringLiteral("bounded_queries"), bounded / rounds);
    o.insert(QStringLiteral("slowest_query"), slowest);
    return print(o);
}

int progressBench(const QStringList &args)
{
    if (args.size() != 2)
        return fail(QStringLiteral("usage: progress DIR WRITES"));
    LearnerStore store;
    const QString path = QDir(args.at(0)).filePath(QStringLiteral("bench-progress.db"));
    QFile::remove(path);
    if (!store.open(path))
        return fail(store.errorString());
    std::vector<double> ms;
    const int writes = std::max(1, args.at(1).toInt());
    const ItemStatus cycle[] = {ItemStatus::InProgress, ItemStatus::Done, ItemStatus::Skipped};
    for (int i = 0; i < writes; ++i) {
        QElapsedTimer t;
        t.start();
        if (!store.setStatus(QStringLiteral("lesson"), QStringLiteral("lesson-%1").arg(i % 200),
                             cycle[i % 3]))
            return fail(store.errorString());
        ms.push_back(msSince(t));
    }
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("PRAGMA journal_mode"));
    q.next();
    const QString journal = q.value(0).toString();
    q.exec(QStringLiteral("PRAGMA synchronous"));
    q.next();
    QJsonObject o = stats(ms);
    o.insert(QStringLiteral("journal_mode"), journal);
    o.insert(QStringLiteral("synchronous"), q.value(0).toInt()); // 2 = FULL
    store.close();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return print(o);
}

int seedProfile(const QStringList &args)
{
    if (args.size() != 2)
        return fail(QStringLiteral("usage: seed-profile LEARNER.db ITEMS"));
    LearnerStore store;
    if (!store.open(args.at(0)))
        return fail(store.errorString());
    const int items = std::max(1, args.at(1).toInt());
    // Mostly progress, with notes and bookmarks: a learner far into a very large pack.
    const int profile = store.currentProfile();
    const bool ok = store.write([&](QSqlQuery &q) {
        const QString now = QStringLiteral("2026-01-01T10:00:00.000Z");
        for (int i = 0; i < items; ++i) {
            const QString item =
                QStringLiteral("step-%1-l%2").arg(i / 100, 5, 10, QLatin1Char('0')).arg(i % 100);
            if (i % 10 == 0) {
                q.prepare(QStringLiteral(
                    "INSERT INTO notes(profile, kind, item, body, updated_at) VALUES(?,?,?,?,?)"));
                q.addBindValue(profile);
                q.addBindValue(QStringLiteral("lesson"));
                q.addBindValue(item);
                q.addBindValue(
                    QStringLiteral("Note %1: remember the request, the view and the template.").arg(i));
                q.addBindValue(now);
            } else if (i % 10 == 1) {
                q.prepare(
                    QStringLiteral("INSERT INTO bookmarks(profile, kind, item, created_at) VALUES(?,?,?,?)"));
                q.addBindValue(profile);
                q.addBindValue(QStringLiteral("lesson"));
                q.addBindValue(item);
                q.addBindValue(now);
            } else {
                q.prepare(
                    QStringLiteral("INSERT INTO progress(profile, kind, item, status, updated_at, started_at)"
                                   " VALUES(?,?,?,?,?,?)"));
                q.addBindValue(profile);
                q.addBindValue(QStringLiteral("lesson"));
                q.addBindValue(item);
                q.addBindValue(i % 3 == 0 ? QStringLiteral("done") : QStringLiteral("in_progress"));
                q.addBindValue(now);
                q.addBindValue(now);
            }
            if (!q.exec())
                return false;
        }
        return true;
    });
    if (!ok)
        return fail(store.errorString());
    return print({{QStringLiteral("items"), items}});
}

int switchBench(const QStringList &args)
{
    ContentStore content;
    if (!content.open(
            ContentStore::defaultPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../bin"))))
        return fail(content.errorString());
    QTemporaryDir dir;
    LearnerStore learner;
    if (!learner.open(dir.filePath(QStringLiteral("learner.db"))))
        return fail(learner.errorString());
    Settings settings(learner);
    ui::MainWindow window(content, learner, settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("the window never appeared"));
    const QStringList ids = ui::MainWindow::screenIds();
    // First visits build the screens; they are not what is measured.
    QJsonObject firstVisit;
    for (const QString &id : ids) {
        QElapsedTimer t;
        t.start();
        window.showScreen(id);
        QCoreApplication::processEvents();
        window.repaint();
        firstVisit.insert(id, msSince(t));
    }
    QTest::qWait(500); // let lazily created parts (web views) settle
    std::vector<double> ms;
    QJsonObject worst;
    const int rounds = std::max(1, args.value(0).toInt());
    for (int r = 0; r < rounds; ++r) {
        for (const QString &id : ids) {
            QElapsedTimer t;
            t.start();
            window.showScreen(id);
            // Until the new screen is on screen: events (layout) handled and the window painted.
            QCoreApplication::processEvents();
            window.repaint();
            const double elapsed = msSince(t);
            ms.push_back(elapsed);
            if (elapsed > worst.value(id).toDouble())
                worst.insert(id, elapsed);
        }
    }
    QJsonObject o = stats(ms);
    o.insert(QStringLiteral("first_visit_ms"), firstVisit);
    o.insert(QStringLiteral("worst_by_screen_ms"), worst);
    return print(o);
}

int typingBench(const QStringList &args)
{
    if (args.size() != 2)
        return fail(QStringLiteral("usage: typing DB.db QUERIES.txt"));
    ContentStore content;
    if (!content.open(args.at(0)))
        return fail(content.errorString());
    QTemporaryDir dir;
    LearnerStore learner;
    if (!learner.open(dir.filePath(QStringLiteral("learner.db"))))
        return fail(learner.errorString());
    QFile f(args.at(1));
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.fileName() + QStringLiteral(": ") + f.errorString());
    ui::SearchScreen screen(content, learner);
    screen.resize(1000, 700);
    screen.show();
    if (!QTest::qWaitForWindowExposed(&screen))
        return fail(QStringLiteral("the window never appeared"));
    std::vector<double> perKey;
    std::vector<double> toResults;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QString q = line.trimmed();
        if (q.isEmpty() || q.startsWith(u'#'))
            continue;
        screen.queryEdit()->clear();
        QCoreApplication::processEvents();
        QElapsedTimer sinceFirstKey;
        sinceFirstKey.start();
        bool shown = false;
        const auto connection =
            QObject::connect(&screen, &ui::SearchScreen::resultsShown, [&] { shown = true; });
        for (const QChar c : q) {
            // The GUI thread's share of a key press: the edit, and handing the query to the worker.
            QElapsedTimer t;
            t.start();
            QTest::keyClick(screen.queryEdit(), c.toLatin1());
            perKey.push_back(msSince(t));
            shown = false;
        }
        QElapsedTimer wait;
        wait.start();
        while (!shown && wait.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        toResults.push_back(msSince(wait));
        QObject::disconnect(connection);
    }
    QJsonObject o = stats(perKey);
    o.insert(QStringLiteral("results_after_last_key"), stats(toResults));
    return print(o);
}

// Until the lesson reader lands, "first lesson shown" is measured on the web layer it will use:
// a shipped lesson rendered as the reader will render it, loaded into the app's WebView on the
// app's profile, from the click to loadFinished.
int lessonBench(const QStringList &args)
{
    ContentStore content;
    if (!content.open(
            ContentStore::defaultPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../bin"))))
        return fail(content.errorString());
    QString lesson = args.value(0);
    QSqlQuery q(content.database());
    // No lesson named: the first one. (A null QString would bind as NULL, so no "? = ''" trick.)
    if (lesson.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, title, body FROM lessons ORDER BY id LIMIT 1"));
    } else {
        q.prepare(QStringLiteral("SELECT id, title, body FROM lessons WHERE id = ?"));
        q.addBindValue(lesson);
    }
    if (!q.exec() || !q.next())
        return fail(QStringLiteral("no such lesson: ") + lesson);
    lesson = q.value(0).toString();
    const QString title = q.value(1).toString();
    const QString markdown = q.value(2).toString();

    // The profile outlives the window and its view (QtWebEngine requires pages to go first).
    ui::WebProfile profile;
    QWidget window;
    window.setWindowTitle(QStringLiteral("Crossroads lesson bench"));
    window.resize(1100, 750);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("the window never appeared"));

    QElapsedTimer click;
    click.start();
    profile.setSource(QStringLiteral("lesson"), [&](const QUrl &) -> std::optional<ui::WebResource> {
        PageContent page;
        page.title = title;
        page.bodyHtml = MarkdownRenderer().toHtml(markdown);
        page.bodyClasses = {QStringLiteral("lesson")};
        return ui::WebResource{"text/html", PageBuilder::build(page)};
    });
    auto *view = new ui::WebView(profile, ui::WebPage::Kind::Content, &window);
    view->setGeometry(0, 0, 1100, 750);
    bool finished = false;
    bool ok = false;
    QObject::connect(view, &ui::WebView::loadFinished, [&](bool success) {
        finished = true;
        ok = success;
    });
    view->load(QUrl(QStringLiteral("crossroads://lesson/") + lesson));
    view->show();
    while (!finished && click.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const double shownMs = msSince(click);
    if (!ok)
        return fail(QStringLiteral("the lesson page did not load"));
    QTest::qWait(1500); // renderer settled: what the memory figure should see
    const auto rss = rssKb(QCoreApplication::applicationPid());
    return print({{QStringLiteral("lesson"), lesson},
                  {QStringLiteral("first_shown_ms"), shownMs},
                  {QStringLiteral("rss_kb"), rss.first},
                  {QStringLiteral("tree_rss_kb"), rss.second}});
}

} // namespace

int main(int argc, char **argv)
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const bool gui = command == QStringLiteral("switch") || command == QStringLiteral("typing") ||
                     command == QStringLiteral("lesson");
    if (command == QStringLiteral("lesson"))
        ui::WebProfile::registerScheme();
    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crossroads-bench"));
    QStandardPaths::setTestModeEnabled(true);
    if (command == QStringLiteral("search"))
        return searchBench(args);
    if (command == QStringLiteral("progress"))
        return progressBench(args);
    if (command == QStringLiteral("seed-profile"))
        return seedProfile(args);
    if (command == QStringLiteral("switch"))
        return switchBench(args);
    if (command == QStringLiteral("typing"))
        return typingBench(args);
    if (command == QStringLiteral("lesson"))
        return lessonBench(args);
    return fail(QStringLiteral("unknown command; see the top of tests/bench/bench.cpp"));
}
