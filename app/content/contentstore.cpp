// SPDX-License-Identifier: MIT
#include "contentstore.h"

#include "contentcompiler.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace crossroads {

namespace {

QStringList jsonStrings(const QString &json)
{
    QStringList out;
    const auto array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : array)
        out.append(v.toString());
    return out;
}

} // namespace

ContentStore::ContentStore()
    : m_connection(QStringLiteral("crossroads-content-") + QUuid::createUuid().toString(QUuid::Id128))
{}

ContentStore::~ContentStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString ContentStore::defaultPath(const QString &applicationDir)
{
    const QString env = qEnvironmentVariable("CROSSROADS_CONTENT_DB");
    if (!env.isEmpty())
        return env;
    return QDir::cleanPath(applicationDir + QStringLiteral("/../share/crossroads/content.db"));
}

bool ContentStore::open(const QString &path)
{
    m_path = path;
    if (!QFileInfo(path).isFile()) {
        m_error =
            QStringLiteral("%1: the content database is missing (build it with `crossroads content build`)")
                .arg(path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        m_error = QStringLiteral("%1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = QStringLiteral("%1: not a content database (%2)").arg(path, q.lastError().text());
        db.close();
        return false;
    }
    const int version = q.value(0).toInt();
    if (version != ContentCompiler::SchemaVersion) {
        m_error =
            QStringLiteral("%1: content database format %2, but this version of Crossroads reads format %3")
                .arg(path)
                .arg(version)
                .arg(ContentCompiler::SchemaVersion);
        db.close();
        return false;
    }
    m_error.clear();
    return true;
}

bool ContentStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

QSqlDatabase ContentStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString ContentStore::meta(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QVariantMap ContentStore::stats() const
{
    QVariantMap out;
    out[QStringLiteral("pack")] = meta(QStringLiteral("id"));
    out[QStringLiteral("version")] = meta(QStringLiteral("version"));
    out[QStringLiteral("locale")] = meta(QStringLiteral("locale"));
    const struct
    {
        const char *name;
        const char *sql;
    } counts[] = {
        {"categories", "SELECT count(*) FROM categories"},
        {"rows", "SELECT count(*) FROM rows"},
        {"rows_with_fastapi", "SELECT count(*) FROM rows WHERE fastapi <> ''"},
        {"rows_opinion_or_anecdote", "SELECT count(*) FROM rows WHERE claim <> 'fact'"},
        {"extensions", "SELECT count(*) FROM extensions"},
        {"samples", "SELECT count(*) FROM samples WHERE collection = 'samples'"},
        {"twin_apps", "SELECT count(*) FROM samples WHERE collection = 'twin'"},
        {"sample_files", "SELECT count(*) FROM sample_files"},
        {"tracks", "SELECT count(*) FROM tracks"},
        {"steps", "SELECT count(*) FROM steps"},
        {"lessons", "SELECT count(*) FROM lessons"},
        {"questions", "SELECT count(*) FROM questions"},
        {"terms", "SELECT count(*) FROM terms"},
        {"projects", "SELECT count(*) FROM projects"},
        {"wizard_questions", "SELECT coalesce(sum(json_array_length(json, '$.questions')), 0) FROM documents"
                             " WHERE kind = 'wizard'"},
        {"search_entries", "SELECT count(*) FROM search"},
    };
    QSqlQuery q(database());
    for (const auto &c : counts) {
        if (q.exec(QString::fromLatin1(c.sql)) && q.next())
            out[QString::fromLatin1(c.name)] = q.value(0).toInt();
    }
    QVariantMap levels;
    if (q.exec(QStringLiteral("SELECT level, count(*) FROM projects GROUP BY level")))
        while (q.next())
            levels[q.value(0).toString()] = q.value(1).toInt();
    out[QStringLiteral("projects_by_level")] = levels;
    QVariantMap types;
    if (q.exec(QStringLiteral("SELECT type, count(*) FROM questions GROUP BY type")))
        while (q.next())
            types[q.value(0).toString()] = q.value(1).toInt();
    out[QStringLiteral("questions_by_type")] = types;
    return out;
}

QList<ComparisonCategory> ContentStore::categories() const
{
    QList<ComparisonCategory> out;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT id, title, summary FROM categories ORDER BY ord, id"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

QList<ComparisonRow> ContentStore::rows() const
{
    QList<ComparisonRow> out;
    QSqlQuery q(database());
    q.exec(
        QStringLiteral("SELECT r.id, r.category, r.topic, r.django, r.flask, r.fastapi, r.meaning, r.differs,"
                       " r.favours, r.favours_for, r.claim, r.sources, r.related"
                       " FROM rows r JOIN categories c ON c.id = r.category ORDER BY c.ord, r.ord"));
    while (q.next()) {
        ComparisonRow r;
        r.id = q.value(0).toString();
        r.category = q.value(1).toString();
        r.topic = q.value(2).toString();
        r.django = q.value(3).toString();
        r.flask = q.value(4).toString();
        r.fastapi = q.value(5).toString();
        r.meaning = q.value(6).toString();
        r.differs = q.value(7).toBool();
        r.favours = q.value(8).toString();
        r.favoursFor = q.value(9).toString();
        r.claim = q.value(10).toString();
        r.sourcesJson = q.value(11).toString();
        r.relatedJson = q.value(12).toString();
        out.append(r);
    }
    return out;
}

QList<RoadmapStep> ContentStore::steps() const
{
    QList<RoadmapStep> out;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT id, track, title, summary, hours, optional, quiz_pass, outcomes,"
                          " (SELECT group_concat(requires, ' ') FROM step_requires r WHERE r.step = s.id)"
                          " FROM steps s ORDER BY ord"));
    while (q.next()) {
        RoadmapStep s;
        s.id = q.value(0).toString();
        s.track = q.value(1).toString();
        s.title = q.value(2).toString();
        s.summary = q.value(3).toString();
        s.hours = q.value(4).toDouble();
        s.optional = q.value(5).toBool();
        s.quizPass = q.value(6).toDouble();
        s.outcomes = jsonStrings(q.value(7).toString());
        s.requires_ = q.value(8).toString().split(u' ', Qt::SkipEmptyParts);
        out.append(s);
    }
    return out;
}

QStringList ContentStore::defaultPath() const
{
    QStringList out;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT step FROM default_path ORDER BY ord"));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QList<LessonInfo> ContentStore::lessons(const QString &step) const
{
    QList<LessonInfo> out;
    QSqlQuery q(database());
    if (step.isEmpty()) {
        q.exec(QStringLiteral(
            "SELECT l.id, l.step, l.title, l.minutes FROM lessons l JOIN steps s ON s.id = l.step"
            " ORDER BY s.ord, l.ord"));
    } else {
        q.prepare(QStringLiteral("SELECT id, step, title, minutes FROM lessons WHERE step = ? ORDER BY ord"));
        q.addBindValue(step);
        q.exec();
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return out;
}

QList<SampleInfo> ContentStore::samples() const
{
    QList<SampleInfo> out;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT id, title, summary, collection, step FROM samples ORDER BY ord, id"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()});
    return out;
}

} // namespace crossroads
