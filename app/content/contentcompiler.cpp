// SPDX-License-Identifier: MIT
#include "contentcompiler.h"

#include "contentpack.h"
#include "glossarylinker.h"
#include "search/searchtext.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcContent)

namespace crossroads {

namespace {

using Json = nlohmann::json;

const char *const Tables[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE categories(id TEXT PRIMARY KEY, title TEXT NOT NULL, summary TEXT, ord INTEGER NOT NULL)",
    "CREATE TABLE rows(id TEXT PRIMARY KEY, category TEXT NOT NULL, ord INTEGER NOT NULL, topic TEXT NOT "
    "NULL,"
    " django TEXT NOT NULL, flask TEXT NOT NULL, fastapi TEXT, meaning TEXT NOT NULL, differs INTEGER NOT "
    "NULL,"
    " favours TEXT NOT NULL, favours_for TEXT, claim TEXT NOT NULL, sources TEXT NOT NULL, related TEXT)",
    "CREATE TABLE extensions(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, builtin TEXT NOT NULL, django TEXT "
    "NOT NULL,"
    " flask TEXT NOT NULL, notes TEXT, sources TEXT NOT NULL, related TEXT)",
    "CREATE TABLE samples(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, title TEXT NOT NULL, summary TEXT NOT "
    "NULL,"
    " collection TEXT NOT NULL, step TEXT, variants TEXT NOT NULL, concepts TEXT, related TEXT)",
    "CREATE TABLE sample_files(sample TEXT NOT NULL, framework TEXT NOT NULL, path TEXT NOT NULL,"
    " shown INTEGER NOT NULL, ord INTEGER NOT NULL, content BLOB NOT NULL, PRIMARY KEY(sample, framework, "
    "path))",
    "CREATE TABLE tracks(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, title TEXT NOT NULL, optional INTEGER "
    "NOT NULL)",
    "CREATE TABLE steps(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, track TEXT NOT NULL, title TEXT NOT NULL,"
    " summary TEXT NOT NULL, hours REAL NOT NULL, optional INTEGER NOT NULL, quiz_pass REAL NOT NULL,"
    " outcomes TEXT NOT NULL)",
    "CREATE TABLE step_requires(step TEXT NOT NULL, requires TEXT NOT NULL, PRIMARY KEY(step, requires))",
    "CREATE TABLE default_path(ord INTEGER PRIMARY KEY, step TEXT NOT NULL)",
    "CREATE TABLE lessons(id TEXT PRIMARY KEY, step TEXT NOT NULL, ord INTEGER NOT NULL, title TEXT NOT NULL,"
    " minutes INTEGER NOT NULL, body TEXT NOT NULL, related TEXT)",
    "CREATE INDEX lessons_by_step ON lessons(step, ord)",
    "CREATE TABLE questions(id TEXT PRIMARY KEY, step TEXT NOT NULL, lesson TEXT, ord INTEGER NOT NULL,"
    " type TEXT NOT NULL, prompt TEXT NOT NULL, code TEXT, choices TEXT NOT NULL, answer INTEGER NOT NULL,"
    " explanation TEXT NOT NULL)",
    "CREATE INDEX questions_by_step ON questions(step, ord)",
    "CREATE TABLE terms(id TEXT PRIMARY KEY, term TEXT NOT NULL, aliases TEXT, definition TEXT NOT NULL,"
    " source TEXT, related TEXT)",
    "CREATE TABLE projects(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, level TEXT NOT NULL, title TEXT NOT "
    "NULL,"
    " summary TEXT NOT NULL, step TEXT, data TEXT NOT NULL)",
    "CREATE TABLE exercises(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, step TEXT NOT NULL,"
    " framework TEXT NOT NULL,"
    " title TEXT NOT NULL, summary TEXT NOT NULL, minutes INTEGER NOT NULL, pair TEXT, instructions TEXT NOT "
    "NULL,"
    " hints TEXT NOT NULL, checks TEXT NOT NULL, checks_source BLOB NOT NULL, data TEXT NOT NULL)",
    "CREATE INDEX exercises_by_step ON exercises(step, ord)",
    // solution is NULL when the reference solution leaves the starter file as it is.
    "CREATE TABLE exercise_files(exercise TEXT NOT NULL, path TEXT NOT NULL, mode TEXT NOT NULL, ord INTEGER "
    "NOT NULL,"
    " starter BLOB NOT NULL, solution BLOB, PRIMARY KEY(exercise, path))",
    "CREATE TABLE documents(kind TEXT NOT NULL, path TEXT NOT NULL, json TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, ref UNINDEXED, title, body,"
    " tokenize='porter unicode61')",
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString str(const Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? qs(it->get<std::string>()) : QString();
}

QString dump(const Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() ? qs(it->dump()) : QString();
}

bool readFile(const QString &path, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    *out = f.readAll();
    if (out->isNull())
        *out = QByteArray(""); // an empty __init__.py is still a file, not NULL
    return true;
}

// Small helper so each insert reads as one line of column values.
class Inserter
{
public:
    Inserter(QSqlDatabase &db, const QString &sql) : m_query(db)
    {
        m_ok = m_query.prepare(sql);
        if (!m_ok)
            m_error = m_query.lastError().text();
    }
    bool run(const QVariantList &values)
    {
        if (!m_ok)
            return false;
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec()) {
            m_ok = false;
            m_error = m_query.lastError().text();
        }
        return m_ok;
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

private:
    QSqlQuery m_query;
    bool m_ok = false;
    QString m_error;
};

// Search entries are indexed as plain text: link targets such as "term:csrf" would otherwise
// match every lesson that links a term, and snippets would show Markdown syntax.
class SearchInserter final : public Inserter
{
public:
    using Inserter::Inserter;
    bool run(const QVariantList &v)
    {
        return Inserter::run({v.at(0), v.at(1), SearchText::fromMarkdown(v.at(2).toString()),
                              SearchText::fromMarkdown(v.at(3).toString())});
    }
};

class Build
{
public:
    explicit Build(QSqlDatabase &db)
        : m_db(db), meta(db, QStringLiteral("INSERT INTO meta VALUES(?,?)")),
          categories(db, QStringLiteral("INSERT INTO categories VALUES(?,?,?,?)")),
          rows(db, QStringLiteral("INSERT INTO rows VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)")),
          extensions(db, QStringLiteral("INSERT INTO extensions VALUES(?,?,?,?,?,?,?,?)")),
          samples(db, QStringLiteral("INSERT INTO samples VALUES(?,?,?,?,?,?,?,?,?)")),
          sampleFiles(db, QStringLiteral("INSERT INTO sample_files VALUES(?,?,?,?,?,?)")),
          tracks(db, QStringLiteral("INSERT INTO tracks VALUES(?,?,?,?)")),
          steps(db, QStringLiteral("INSERT INTO steps VALUES(?,?,?,?,?,?,?,?,?)")),
          requires_(db, QStringLiteral("INSERT INTO step_requires VALUES(?,?)")),
          path(db, QStringLiteral("INSERT INTO default_path VALUES(?,?)")),
          lessons(db, QStringLiteral("INSERT INTO lessons VALUES(?,?,?,?,?,?,?)")),
          questions(db, QStringLiteral("INSERT INTO questions VALUES(?,?,?,?,?,?,?,?,?,?)")),
          terms(db, QStringLiteral("INSERT INTO terms VALUES(?,?,?,?,?,?)")),
          projects(db, QStringLiteral("INSERT INTO projects VALUES(?,?,?,?,?,?,?)")),
          exercises(db, QStringLiteral("INSERT INTO exercises VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)")),
          exerciseFiles(db, QStringLiteral("INSERT INTO exercise_files VALUES(?,?,?,?,?,?)")),
          documents(db, QStringLiteral("INSERT INTO documents VALUES(?,?,?)")),
          search(db, QStringLiteral("INSERT INTO search(kind, ref, title, body) VALUES(?,?,?,?)"))
    {}

    QSqlDatabase &m_db;
    std::unique_ptr<GlossaryLinker> linker;
    Inserter meta, categories, rows, extensions, samples, sampleFiles, tracks, steps, requires_, path,
        lessons, questions, terms, projects, exercises, exerciseFiles, documents;
    SearchInserter search;

    QString error;

    bool fail(const Inserter &i)
    {
        error = i.error();
        return false;
    }

    bool addDocument(const ContentDocument &doc)
    {
        const Json &j = doc.json;
        if (!documents.run({qs(doc.kind), doc.relativePath, qs(j.dump())}))
            return fail(documents);
        if (doc.kind == "pack") {
            for (const char *key : {"id", "title", "version", "locale", "description"})
                if (j.contains(key) && !meta.run({QString::fromLatin1(key), str(j, key)}))
                    return fail(meta);
        } else if (doc.kind == "comparison") {
            return addComparison(j);
        } else if (doc.kind == "extensions") {
            int ord = 0;
            for (const auto &e : j["items"]) {
                if (!extensions.run({str(e, "id"), ord++, str(e, "builtin"), str(e, "django"),
                                     dump(e, "flask"), str(e, "notes"), dump(e, "sources"),
                                     dump(e, "related")}))
                    return fail(extensions);
                QString names;
                for (const auto &f : e["flask"])
                    names += str(f, "name") + u' ' + str(f, "note") + u' ';
                if (!search.run({QStringLiteral("extension"), str(e, "id"), str(e, "builtin"),
                                 QString(str(e, "django") + u' ' + names + str(e, "notes"))}))
                    return fail(search);
            }
        } else if (doc.kind == "sample") {
            return addSample(doc);
        } else if (doc.kind == "roadmap") {
            return addRoadmap(j);
        } else if (doc.kind == "lessons") {
            return addLessons(doc);
        } else if (doc.kind == "exercise") {
            return addExercise(doc);
        } else if (doc.kind == "quiz") {
            int ord = 0;
            for (const auto &q : j["questions"]) {
                if (!questions.run({str(q, "id"), str(j, "step"), str(q, "lesson"), ord++, str(q, "type"),
                                    str(q, "prompt"), str(q, "code"), dump(q, "choices"),
                                    q.value("answer", 0), str(q, "explanation")}))
                    return fail(questions);
                if (!search.run({QStringLiteral("question"), str(q, "id"), str(q, "prompt"),
                                 QString(str(q, "code") + u' ' + str(q, "explanation"))}))
                    return fail(search);
            }
        } else if (doc.kind == "glossary") {
            for (const auto &t : j["terms"]) {
                if (!terms.run({str(t, "id"), str(t, "term"), dump(t, "aliases"), str(t, "definition"),
                                dump(t, "source"), dump(t, "related")}))
                    return fail(terms);
                QString aliases;
                if (t.contains("aliases"))
                    for (const auto &a : t["aliases"])
                        aliases += qs(a.get<std::string>()) + u' ';
                if (!search.run({QStringLiteral("term"), str(t, "id"), str(t, "term"),
                                 QString(aliases + str(t, "definition"))}))
                    return fail(search);
            }
        } else if (doc.kind == "projects") {
            int ord = 0;
            for (const auto &p : j["projects"]) {
                if (!projects.run({str(p, "id"), ord++, str(p, "level"), str(p, "title"), str(p, "summary"),
                                   str(p, "step"), qs(p.dump())}))
                    return fail(projects);
                QString body = str(p, "summary");
                for (const auto &m : p["milestones"])
                    body += u' ' + qs(m.get<std::string>());
                if (!search.run({QStringLiteral("project"), str(p, "id"), str(p, "title"), body}))
                    return fail(search);
            }
        }
        return true;
    }

    bool addComparison(const Json &j)
    {
        const Json &cat = j["category"];
        if (!categories.run({str(cat, "id"), str(cat, "title"), str(cat, "summary"), cat.value("order", 0)}))
            return fail(categories);
        int ord = 0;
        for (const auto &r : j["rows"]) {
            const Json &fav = r["favours"];
            if (!rows.run({str(r, "id"), str(cat, "id"), ord++, str(r, "topic"), str(r, "django"),
                           str(r, "flask"), str(r, "fastapi"), str(r, "meaning"),
                           r.value("differs", true) ? 1 : 0, str(fav, "side"), str(fav, "for"),
                           str(r, "claim"), dump(r, "sources"), dump(r, "related")}))
                return fail(rows);
            if (!search.run({QStringLiteral("row"), str(r, "id"), str(r, "topic"),
                             QString(str(r, "django") + u' ' + str(r, "flask") + u' ' + str(r, "fastapi") +
                                     u' ' + str(r, "meaning"))}))
                return fail(search);
        }
        return true;
    }

    bool addSample(const ContentDocument &doc)
    {
        const Json &j = doc.json;
        const QString id = str(j, "id");
        if (!samples.run({id, j.value("order", 0), str(j, "title"), str(j, "summary"),
                          j.contains("collection") ? str(j, "collection") : QStringLiteral("samples"),
                          str(j, "step"), dump(j, "variants"), dump(j, "concepts"), dump(j, "related")}))
            return fail(samples);
        QString body = str(j, "summary");
        for (const auto &v : j["variants"]) {
            const QString framework = str(v, "framework");
            const QString dir = doc.absoluteDir + u'/' + (v.contains("dir") ? str(v, "dir") : framework);
            QStringList shown;
            for (const auto &f : v["files"])
                shown.append(qs(f.get<std::string>()));
            // Every file of the variant is stored, not only the shown ones, so "Run it" can rebuild
            // the whole project (migrations, templates) without the content folder.
            QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
            QStringList all;
            while (it.hasNext()) {
                const QString rel = QDir(dir).relativeFilePath(it.next());
                if (rel.contains(QStringLiteral("__pycache__")) || rel.endsWith(QStringLiteral(".pyc")) ||
                    rel.endsWith(QStringLiteral(".sqlite3")) || rel.endsWith(QStringLiteral(".db")))
                    continue;
                all.append(rel);
            }
            all.sort();
            for (const QString &rel : std::as_const(all)) {
                QFile f(dir + u'/' + rel);
                if (!f.open(QIODevice::ReadOnly)) {
                    error = QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString());
                    return false;
                }
                QByteArray content = f.readAll();
                if (content.isNull())
                    content = QByteArray(""); // an empty __init__.py is still a file, not NULL
                const qsizetype shownAt = shown.indexOf(rel);
                if (!sampleFiles.run(
                        {id, framework, rel, shownAt >= 0 ? 1 : 0, shownAt >= 0 ? shownAt : 1000, content}))
                    return fail(sampleFiles);
                if (shownAt >= 0)
                    body += u' ' + QString::fromUtf8(content);
            }
            if (v.contains("annotations"))
                for (const auto &a : v["annotations"])
                    body += u' ' + str(a, "text");
        }
        if (!search.run({QStringLiteral("sample"), id, str(j, "title"), body}))
            return fail(search);
        return true;
    }

    bool addRoadmap(const Json &j)
    {
        int ord = 0;
        for (const auto &t : j["tracks"])
            if (!tracks.run({str(t, "id"), ord++, str(t, "title"), t.value("optional", false) ? 1 : 0}))
                return fail(tracks);
        ord = 0;
        for (const auto &s : j["steps"]) {
            if (!steps.run({str(s, "id"), ord++, str(s, "track"), str(s, "title"), str(s, "summary"),
                            s.value("hours", 1.0), s.value("optional", false) ? 1 : 0,
                            s.value("quiz_pass", 0.8), dump(s, "outcomes")}))
                return fail(steps);
            for (const auto &r : s["requires"])
                if (!requires_.run({str(s, "id"), qs(r.get<std::string>())}))
                    return fail(requires_);
            QString outcomes;
            for (const auto &o : s["outcomes"])
                outcomes += qs(o.get<std::string>()) + u' ';
            if (!search.run({QStringLiteral("step"), str(s, "id"), str(s, "title"),
                             QString(str(s, "summary") + u' ' + outcomes)}))
                return fail(search);
        }
        ord = 0;
        for (const auto &p : j["default_path"])
            if (!path.run({ord++, qs(p.get<std::string>())}))
                return fail(path);
        return true;
    }

    // An exercise is stored whole (starter, solution, checks), so the app can show and check it
    // without the content folder. The solution and checks are never put into the search index.
    bool addExercise(const ContentDocument &doc)
    {
        const Json &j = doc.json;
        const QString id = str(j, "id");
        QByteArray instructions;
        QByteArray checksSource;
        if (!readFile(doc.absoluteDir + u'/' + str(j, "instructions"), &instructions, &error) ||
            !readFile(doc.absoluteDir + u'/' + str(j, "checks_file"), &checksSource, &error))
            return false;
        const QString source = QString::fromUtf8(instructions);
        const QString body = linker ? linker->link(source) : source;
        Json data = Json::object();
        for (const char *key : {"requires", "timeout", "differs_in_current", "related"})
            if (j.contains(key))
                data[key] = j[key];
        if (!exercises.run({id, j.value("order", 0), str(j, "step"), str(j, "framework"), str(j, "title"),
                            str(j, "summary"), j.value("minutes", 15), str(j, "pair"), body, dump(j, "hints"),
                            dump(j, "checks"), checksSource, qs(data.dump())}))
            return fail(exercises);
        int ord = 0;
        for (const auto &f : j["files"]) {
            QByteArray starter;
            QByteArray solution;
            if (!readFile(doc.absoluteDir + u'/' + str(f, "starter"), &starter, &error))
                return false;
            const bool hasSolution = f.contains("solution");
            if (hasSolution && !readFile(doc.absoluteDir + u'/' + str(f, "solution"), &solution, &error))
                return false;
            if (!exerciseFiles.run({id, str(f, "path"),
                                    f.contains("mode") ? str(f, "mode") : QStringLiteral("edit"), ord++,
                                    starter, hasSolution ? QVariant(solution) : QVariant()}))
                return fail(exerciseFiles);
        }
        QString hints;
        for (const auto &h : j["hints"])
            hints += u' ' + qs(h.get<std::string>());
        if (!search.run({QStringLiteral("exercise"), id, str(j, "title"),
                         QString(str(j, "summary") + u' ' + body + hints)}))
            return fail(search);
        return true;
    }

    bool addLessons(const ContentDocument &doc)
    {
        const Json &j = doc.json;
        int ord = 0;
        for (const auto &l : j["lessons"]) {
            QFile f(doc.absoluteDir + u'/' + str(l, "body"));
            if (!f.open(QIODevice::ReadOnly)) {
                error = QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString());
                return false;
            }
            const QString source = QString::fromUtf8(f.readAll());
            const QString body = linker ? linker->link(source) : source;
            if (!lessons.run({str(l, "id"), str(j, "step"), ord++, str(l, "title"), l.value("minutes", 10),
                              body, dump(l, "related")}))
                return fail(lessons);
            if (!search.run({QStringLiteral("lesson"), str(l, "id"), str(l, "title"), body}))
                return fail(search);
        }
        return true;
    }
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1 (%2)").arg(q.lastError().text(), sql.left(60));
    return false;
}

} // namespace

bool ContentCompiler::compile(const ContentPack &pack, const QString &outFile, QString *error)
{
    if (!pack.isValid()) {
        if (error)
            *error = QStringLiteral("the pack has %1 problem(s); run `crossroads content validate %2`")
                         .arg(pack.diagnostics().size())
                         .arg(pack.rootDir());
        return false;
    }
    const QFileInfo target(outFile);
    if (!QDir().mkpath(target.absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create folder %1").arg(target.absolutePath());
        return false;
    }
    const QString temp = target.absoluteFilePath() + QStringLiteral(".building");
    QFile::remove(temp);

    const QString connection =
        QStringLiteral("crossroads-compile-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(temp);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            // The file is private until the rename below, so durability during the build buys nothing.
            ok = exec(db, QStringLiteral("PRAGMA journal_mode=OFF"), error) &&
                 exec(db, QStringLiteral("PRAGMA synchronous=OFF"), error) &&
                 exec(db, QStringLiteral("PRAGMA page_size=4096"), error) &&
                 exec(db, QStringLiteral("BEGIN"), error);
            for (const char *sql : Tables)
                ok = ok && exec(db, QString::fromLatin1(sql), error);
            if (ok) {
                Build build(db);
                // Lessons link the first mention of every glossary term, so terms are gathered first.
                QList<GlossaryLinker::Term> terms;
                for (const ContentDocument *doc : pack.documentsOfKind("glossary"))
                    for (const auto &t : doc->json["terms"]) {
                        GlossaryLinker::Term term{str(t, "id"), str(t, "term"), {}};
                        if (t.contains("aliases"))
                            for (const auto &a : t["aliases"])
                                term.aliases.append(qs(a.get<std::string>()));
                        terms.append(term);
                    }
                build.linker = std::make_unique<GlossaryLinker>(terms);
                for (const auto &doc : pack.documents()) {
                    if (!build.addDocument(*doc)) {
                        ok = false;
                        if (error)
                            *error = doc->path + QStringLiteral(": ") + build.error;
                        break;
                    }
                }
                ok = ok && build.meta.run({QStringLiteral("built_at"),
                                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
                ok = ok && build.meta.run({QStringLiteral("schema_version"), QString::number(SchemaVersion)});
            }
            ok = ok && exec(db, QStringLiteral("COMMIT"), error) &&
                 exec(db, QStringLiteral("INSERT INTO search(search) VALUES('optimize')"), error) &&
                 exec(db, QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion), error) &&
                 exec(db, QStringLiteral("ANALYZE"), error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok) {
        QFile::remove(temp);
        return false;
    }
    QFile::remove(target.absoluteFilePath());
    if (!QFile::rename(temp, target.absoluteFilePath())) {
        if (error)
            *error = QStringLiteral("cannot move the built database to %1").arg(target.absoluteFilePath());
        QFile::remove(temp);
        return false;
    }
    qCInfo(lcContent) << "compiled" << pack.documents().size() << "documents into" << outFile;
    return true;
}

} // namespace crossroads
