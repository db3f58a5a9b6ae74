// SPDX-License-Identifier: MIT
#include "progresstransfer.h"

#include "content/jsonlocator.h"
#include "learnerstore.h"
#include "version.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <nlohmann/json.hpp>

#include <cmath>
#include <vector>

Q_LOGGING_CATEGORY(lcTransfer, "crossroads.transfer")

namespace crossroads {

namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

enum class Type {
    Id,                // non-empty string
    Text,              // any string
    OptionalText,      // string or null
    Timestamp,         // ISO 8601 date and time with a zone
    OptionalTimestamp, // the same, or null
    Day,               // yyyy-MM-dd
    Status,            // not_started, in_progress, done, skipped
    Bool,
    Count,  // integer >= 0
    Number, // finite number
};

struct Field
{
    const char *name;   // in the file
    const char *column; // in the learner database
    Type type;
};

// One array of the file and the table it comes from. Export, validation and the merge are all
// driven by this table, so a field cannot be exported and then refused on import.
struct Section
{
    const char *name;
    const char *table;
    const char *order;
    std::vector<Field> fields;
};

const std::vector<Section> &sections()
{
    static const std::vector<Section> all = {
        {"progress",
         "progress",
         "kind, item",
         {{"kind", "kind", Type::Id},
          {"item", "item", Type::Id},
          {"status", "status", Type::Status},
          {"updated_at", "updated_at", Type::Timestamp},
          {"started_at", "started_at", Type::OptionalTimestamp}}},
        {"notes",
         "notes",
         "kind, item",
         {{"kind", "kind", Type::Id},
          {"item", "item", Type::Id},
          {"body", "body", Type::Text},
          {"updated_at", "updated_at", Type::Timestamp}}},
        {"bookmarks",
         "bookmarks",
         "created_at, kind, item",
         {{"kind", "kind", Type::Id}, {"item", "item", Type::Id}, {"created_at", "created_at", Type::Timestamp}}},
        {"removed_bookmarks",
         "bookmark_removals",
         "removed_at, kind, item",
         {{"kind", "kind", Type::Id}, {"item", "item", Type::Id}, {"removed_at", "removed_at", Type::Timestamp}}},
        {"hidden_steps",
         "hidden_steps",
         "step",
         {{"step", "step", Type::Id}, {"hidden", "hidden", Type::Bool}, {"updated_at", "updated_at", Type::Timestamp}}},
        {"quiz_attempts",
         "quiz_attempts",
         "answered_at, id",
         {{"step", "step", Type::Id},
          {"question", "question", Type::Id},
          {"correct", "correct", Type::Bool},
          {"answered_at", "answered_at", Type::Timestamp},
          {"attempt", "attempt", Type::OptionalText}}},
        {"wizard_results",
         "wizard_results",
         "created_at, id",
         {{"created_at", "created_at", Type::Timestamp},
          {"answers", "answers", Type::Text},
          {"result", "result", Type::Text}}},
        {"wizard_answers",
         "wizard_answers",
         "key",
         {{"key", "key", Type::Id}, {"value", "value", Type::Text}, {"updated_at", "updated_at", Type::Timestamp}}},
        {"activity",
         "activity",
         "day, kind, item",
         {{"day", "day", Type::Day},
          {"kind", "kind", Type::Id},
          {"item", "item", Type::Id},
          {"seconds", "seconds", Type::Count}}},
        {"reading_positions",
         "reading_position",
         "lesson",
         {{"lesson", "lesson", Type::Id},
          {"position", "position", Type::Number},
          {"updated_at", "updated_at", Type::Timestamp}}},
        {"exercise_files",
         "exercise_files",
         "exercise, path",
         {{"exercise", "exercise", Type::Id},
          {"path", "path", Type::Id},
          {"content", "content", Type::Text},
          {"updated_at", "updated_at", Type::Timestamp}}},
        {"exercise_attempts",
         "exercise_attempts",
         "attempted_at, id",
         {{"exercise", "exercise", Type::Id},
          {"passed", "passed", Type::Bool},
          {"checks_passed", "checks_passed", Type::Count},
          {"checks_total", "checks_total", Type::Count},
          {"attempted_at", "attempted_at", Type::Timestamp}}},
    };
    return all;
}

const Section &section(const char *name)
{
    for (const Section &s : sections())
        if (qstrcmp(s.name, name) == 0)
            return s;
    Q_UNREACHABLE();
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string ss(const QString &s)
{
    return s.toStdString();
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

// Every time is stored the way LearnerStore writes it, so equal moments compare equal as text.
QString normalTime(const QString &text)
{
    return parseTime(text).toUTC().toString(Qt::ISODateWithMs);
}

OrderedJson toJson(const QVariant &v, Type type)
{
    switch (type) {
    case Type::OptionalText:
    case Type::OptionalTimestamp:
        if (v.isNull())
            return nullptr;
        return ss(v.toString());
    case Type::Bool:
        return v.toInt() != 0;
    case Type::Count:
        return v.toLongLong();
    case Type::Number:
        return v.toDouble();
    case Type::Id:
    case Type::Text:
    case Type::Timestamp:
    case Type::Day:
    case Type::Status:
        break;
    }
    return ss(v.toString());
}

// The file's value as the database stores it.
QVariant toSql(const Json &v, Type type)
{
    if (v.is_null())
        return QVariant();
    switch (type) {
    case Type::Timestamp:
    case Type::OptionalTimestamp:
        return normalTime(qs(v.get<std::string>()));
    case Type::Bool:
        return v.get<bool>() ? 1 : 0;
    case Type::Count:
        return QVariant::fromValue<qint64>(v.get<qint64>());
    case Type::Number:
        return v.get<double>();
    case Type::Id:
    case Type::Text:
    case Type::OptionalText:
    case Type::Day:
    case Type::Status:
        break;
    }
    return qs(v.get<std::string>());
}

bool sameValue(const QVariant &a, const QVariant &b, Type type)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    switch (type) {
    case Type::Bool:
    case Type::Count:
        return a.toLongLong() == b.toLongLong();
    case Type::Number:
        return a.toDouble() == b.toDouble();
    default:
        return a.toString() == b.toString();
    }
}

// --- validation ---------------------------------------------------------------------------------

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(ProgressTransfer)

public:
    Checker(const std::string &text, const QString &file) : m_locator(text), m_file(file) {}

    void report(const std::string &pointer, const QString &message, bool atKey = false)
    {
        if (m_problems.size() >= 20)
            return;
        const TextPosition p = atKey ? m_locator.findKey(pointer) : m_locator.find(pointer);
        m_problems.append(QStringLiteral("%1:%2:%3: %4: %5")
                              .arg(m_file)
                              .arg(p.line)
                              .arg(p.column)
                              .arg(pointer.empty() ? QStringLiteral("/") : qs(pointer), message));
    }

    static QString describe(const Json &v)
    {
        QString text = qs(v.dump());
        if (text.size() > 40)
            text = text.left(37) + QStringLiteral("...");
        return text;
    }

    void checkField(const Json &object, const std::string &pointer, const Field &f)
    {
        const auto it = object.find(f.name);
        const bool optional = f.type == Type::OptionalText || f.type == Type::OptionalTimestamp;
        if (it == object.end()) {
            if (!optional)
                report(pointer, tr("missing \"%1\"").arg(QString::fromLatin1(f.name)));
            return;
        }
        const Json &v = *it;
        const std::string at = pointer + '/' + f.name;
        if (optional && v.is_null())
            return;
        switch (f.type) {
        case Type::Id:
            if (!v.is_string() || v.get<std::string>().empty())
                report(at, tr("expected a non-empty string, found %1").arg(describe(v)));
            break;
        case Type::Text:
        case Type::OptionalText:
            if (!v.is_string())
                report(at, tr("expected a string, found %1").arg(describe(v)));
            break;
        case Type::Timestamp:
        case Type::OptionalTimestamp: {
            const QDateTime t = v.is_string() ? parseTime(qs(v.get<std::string>())) : QDateTime();
            if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
                report(at, tr("expected a date and time such as \"2026-03-01T09:30:00.000Z\", found %1")
                               .arg(describe(v)));
            break;
        }
        case Type::Day:
            if (!v.is_string() ||
                !QDate::fromString(qs(v.get<std::string>()), QStringLiteral("yyyy-MM-dd")).isValid())
                report(at, tr("expected a day such as \"2026-03-01\", found %1").arg(describe(v)));
            break;
        case Type::Status:
            if (!v.is_string() || !isStatusName(qs(v.get<std::string>())))
                report(at, tr("expected one of \"not_started\", \"in_progress\", \"done\", \"skipped\", "
                              "found %1")
                               .arg(describe(v)));
            break;
        case Type::Bool:
            if (!v.is_boolean())
                report(at, tr("expected true or false, found %1").arg(describe(v)));
            break;
        case Type::Count:
            if (!v.is_number_integer() || v.get<qint64>() < 0 || v.get<qint64>() > (qint64(1) << 40))
                report(at, tr("expected a whole number >= 0, found %1").arg(describe(v)));
            break;
        case Type::Number:
            if (!v.is_number() || !std::isfinite(v.get<double>()))
                report(at, tr("expected a number, found %1").arg(describe(v)));
            break;
        }
    }

    void checkSection(const Json &root, const Section &s)
    {
        const auto it = root.find(s.name);
        if (it == root.end())
            return;
        const std::string pointer = std::string("/") + s.name;
        if (!it->is_array()) {
            report(pointer, tr("expected an array, found %1").arg(describe(*it)));
            return;
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            const Json &row = (*it)[i];
            const std::string at = pointer + '/' + std::to_string(i);
            if (!row.is_object()) {
                report(at, tr("expected an object, found %1").arg(describe(row)));
                continue;
            }
            for (const Field &f : s.fields)
                checkField(row, at, f);
        }
    }

    void checkPath(const Json &root)
    {
        const auto it = root.find("learner_path");
        if (it == root.end() || it->is_null())
            return;
        if (!it->is_object()) {
            report("/learner_path", tr("expected an object or null, found %1").arg(describe(*it)));
            return;
        }
        checkField(*it, "/learner_path", {"source", "source", Type::Id});
        checkField(*it, "/learner_path", {"updated_at", "updated_at", Type::Timestamp});
        const auto steps = it->find("steps");
        if (steps == it->end()) {
            report("/learner_path", tr("missing \"steps\""));
        } else if (!steps->is_array()) {
            report("/learner_path/steps", tr("expected an array of step ids, found %1").arg(describe(*steps)));
        } else {
            for (std::size_t i = 0; i < steps->size(); ++i)
                if (!(*steps)[i].is_string() || (*steps)[i].get<std::string>().empty())
                    report("/learner_path/steps/" + std::to_string(i),
                           tr("expected a step id, found %1").arg(describe((*steps)[i])));
        }
    }

    QStringList problems() const { return m_problems; }

private:
    JsonLocator m_locator;
    QString m_file;
    QStringList m_problems;
};

// --- merging --------------------------------------------------------------------------------------

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qCWarning(lcTransfer) << "import statement failed:" << q.lastError().text() << sql;
        return false;
    }
    return true;
}

QString columnList(const Section &s, const std::vector<int> &which)
{
    QStringList out;
    for (int i : which)
        out.append(QString::fromLatin1(s.fields[std::size_t(i)].column));
    return out.join(QStringLiteral(", "));
}

QString whereKeys(const Section &s, const std::vector<int> &keys)
{
    QString out = QStringLiteral("profile = ?");
    for (int k : keys)
        out += QStringLiteral(" AND %1 IS ?").arg(QString::fromLatin1(s.fields[std::size_t(k)].column));
    return out;
}

QVariantList bindsFor(const Json &row, const Section &s, const std::vector<int> &which, int profile)
{
    QVariantList out{profile};
    for (int i : which) {
        const Field &f = s.fields[std::size_t(i)];
        const auto it = row.find(f.name);
        out.append(it == row.end() ? QVariant() : toSql(*it, f.type));
    }
    return out;
}

class Merger
{
public:
    Merger(QSqlQuery &q, int profile) : m_q(q), m_profile(profile) {}

    // One item per key: the newer update (by the time field) wins; ties keep what is here.
    bool newerWins(const Json &rows, const Section &s, const std::vector<int> &keys,
                   const std::vector<int> &values, int time, SectionSummary &sum)
    {
        std::vector<int> all = keys;
        all.insert(all.end(), values.begin(), values.end());
        all.push_back(time);
        std::vector<int> set = values;
        set.push_back(time);
        const QString table = QString::fromLatin1(s.table);
        for (const Json &row : rows) {
            const QVariantList key = bindsFor(row, s, keys, m_profile);
            if (!run(m_q,
                     QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4")
                         .arg(columnList(s, values), columnList(s, {time}), table, whereKeys(s, keys)),
                     key))
                return false;
            const QVariantList file = bindsFor(row, s, set, m_profile).mid(1);
            if (!m_q.next()) {
                QStringList marks(int(all.size()) + 1, QStringLiteral("?"));
                if (!run(m_q,
                         QStringLiteral("INSERT INTO %1(profile, %2) VALUES(%3)")
                             .arg(table, columnList(s, all), marks.join(QStringLiteral(", "))),
                         bindsFor(row, s, all, m_profile)))
                    return false;
                ++sum.added;
                continue;
            }
            bool same = true;
            for (std::size_t i = 0; i < values.size(); ++i)
                same = same && sameValue(m_q.value(int(i)), file.at(int(i)), s.fields[std::size_t(values[i])].type);
            const QDateTime localTime = parseTime(m_q.value(int(values.size())).toString());
            const QDateTime fileTime = parseTime(file.last().toString());
            const bool newer = !localTime.isValid() || fileTime > localTime;
            if (same || !newer) {
                ++sum.unchanged;
                continue;
            }
            QStringList assignments;
            for (int i : set)
                assignments.append(QStringLiteral("%1 = ?").arg(QString::fromLatin1(s.fields[std::size_t(i)].column)));
            QVariantList binds = file;
            binds += key;
            if (!run(m_q,
                     QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                         .arg(table, assignments.join(QStringLiteral(", ")), whereKeys(s, keys)),
                     binds))
                return false;
            ++sum.updated;
        }
        return true;
    }

    // Histories: every entry the file has that is not here yet is added.
    bool unite(const Json &rows, const Section &s, SectionSummary &sum)
    {
        std::vector<int> all;
        for (std::size_t i = 0; i < s.fields.size(); ++i)
            all.push_back(int(i));
        const QString table = QString::fromLatin1(s.table);
        for (const Json &row : rows) {
            const QVariantList binds = bindsFor(row, s, all, m_profile);
            if (!run(m_q, QStringLiteral("SELECT 1 FROM %1 WHERE %2").arg(table, whereKeys(s, all)), binds))
                return false;
            if (m_q.next()) {
                ++sum.unchanged;
                continue;
            }
            QStringList marks(int(all.size()) + 1, QStringLiteral("?"));
            if (!run(m_q,
                     QStringLiteral("INSERT INTO %1(profile, %2) VALUES(%3)")
                         .arg(table, columnList(s, all), marks.join(QStringLiteral(", "))),
                     binds))
                return false;
            ++sum.added;
        }
        return true;
    }

    // Time spent per day and item: the larger count wins, so a re-import never doubles it.
    bool activity(const Json &rows, SectionSummary &sum)
    {
        for (const Json &row : rows) {
            const QString day = qs(row["day"].get<std::string>());
            const QString kind = qs(row["kind"].get<std::string>());
            const QString item = qs(row["item"].get<std::string>());
            const qint64 seconds = row["seconds"].get<qint64>();
            if (!run(m_q,
                     QStringLiteral("SELECT seconds FROM activity WHERE profile = ? AND day = ? AND kind = ?"
                                    " AND item = ?"),
                     {m_profile, day, kind, item}))
                return false;
            if (!m_q.next()) {
                if (!run(m_q,
                         QStringLiteral("INSERT INTO activity(profile, day, kind, item, seconds)"
                                        " VALUES(?, ?, ?, ?, ?)"),
                         {m_profile, day, kind, item, seconds}))
                    return false;
                ++sum.added;
            } else if (m_q.value(0).toLongLong() < seconds) {
                if (!run(m_q,
                         QStringLiteral("UPDATE activity SET seconds = ? WHERE profile = ? AND day = ?"
                                        " AND kind = ? AND item = ?"),
                         {seconds, m_profile, day, kind, item}))
                    return false;
                ++sum.updated;
            } else {
                ++sum.unchanged;
            }
        }
        return true;
    }

    // A bookmark and its removal are two events on one item; the later event decides.
    bool bookmarks(const Json &added, const Json &removed, SectionSummary &sum)
    {
        struct Event
        {
            QString kind, item;
            QDateTime time;
            bool present;
        };
        std::vector<Event> events;
        for (const Json &row : added)
            events.push_back({qs(row["kind"].get<std::string>()), qs(row["item"].get<std::string>()),
                              parseTime(qs(row["created_at"].get<std::string>())), true});
        for (const Json &row : removed)
            events.push_back({qs(row["kind"].get<std::string>()), qs(row["item"].get<std::string>()),
                              parseTime(qs(row["removed_at"].get<std::string>())), false});
        for (const Event &e : events) {
            if (!run(m_q,
                     QStringLiteral("SELECT (SELECT created_at FROM bookmarks WHERE profile = ? AND kind = ?"
                                    " AND item = ?), (SELECT removed_at FROM bookmark_removals WHERE"
                                    " profile = ? AND kind = ? AND item = ?)"),
                     {m_profile, e.kind, e.item, m_profile, e.kind, e.item}) ||
                !m_q.next())
                return false;
            const bool here = !m_q.value(0).isNull();
            const QDateTime created = parseTime(m_q.value(0).toString());
            const QDateTime removedAt = parseTime(m_q.value(1).toString());
            QDateTime latest;
            if (here)
                latest = created;
            if (removedAt.isValid() && (!latest.isValid() || removedAt > latest))
                latest = removedAt;
            const bool fileNewer = !latest.isValid() || e.time > latest;
            const QString t = e.time.toUTC().toString(Qt::ISODateWithMs);
            if (fileNewer && !here && !e.present) {
                // Not bookmarked on either side, but the removal is remembered so an older copy
                // that still has the bookmark cannot bring it back later.
                if (!run(m_q,
                         QStringLiteral("INSERT INTO bookmark_removals(profile, kind, item, removed_at)"
                                        " VALUES(?, ?, ?, ?) ON CONFLICT(profile, kind, item) DO UPDATE SET"
                                        " removed_at = excluded.removed_at"),
                         {m_profile, e.kind, e.item, t}))
                    return false;
            }
            if (!fileNewer || here == e.present) {
                ++sum.unchanged;
                continue;
            }
            if (e.present) {
                if (!run(m_q,
                         QStringLiteral("INSERT INTO bookmarks(profile, kind, item, created_at) VALUES(?, ?, ?, ?)"),
                         {m_profile, e.kind, e.item, t}) ||
                    !run(m_q,
                         QStringLiteral("DELETE FROM bookmark_removals WHERE profile = ? AND kind = ? AND item = ?"),
                         {m_profile, e.kind, e.item}))
                    return false;
                ++sum.added;
            } else {
                if (!run(m_q, QStringLiteral("DELETE FROM bookmarks WHERE profile = ? AND kind = ? AND item = ?"),
                         {m_profile, e.kind, e.item}) ||
                    !run(m_q,
                         QStringLiteral("INSERT INTO bookmark_removals(profile, kind, item, removed_at)"
                                        " VALUES(?, ?, ?, ?) ON CONFLICT(profile, kind, item) DO UPDATE SET"
                                        " removed_at = excluded.removed_at"),
                         {m_profile, e.kind, e.item, t}))
                    return false;
                ++sum.removed;
            }
        }
        return true;
    }

    // The path is one choice (usually the wizard's), so the newer path wins as a whole.
    bool path(const Json &path, SectionSummary &sum)
    {
        if (path.is_null())
            return true;
        const QDateTime fileTime = parseTime(qs(path["updated_at"].get<std::string>()));
        QStringList fileSteps;
        for (const Json &s : path["steps"])
            fileSteps.append(qs(s.get<std::string>()));
        if (!run(m_q, QStringLiteral("SELECT step, updated_at FROM learner_path WHERE profile = ? ORDER BY ord"),
                 {m_profile}))
            return false;
        QStringList localSteps;
        QDateTime localTime;
        while (m_q.next()) {
            localSteps.append(m_q.value(0).toString());
            const QDateTime t = parseTime(m_q.value(1).toString());
            if (!localTime.isValid() || t > localTime)
                localTime = t;
        }
        if (localSteps == fileSteps || (localTime.isValid() && fileTime <= localTime)) {
            ++sum.unchanged;
            return true;
        }
        if (!run(m_q, QStringLiteral("DELETE FROM learner_path WHERE profile = ?"), {m_profile}))
            return false;
        const QString source = qs(path["source"].get<std::string>());
        const QString t = fileTime.toUTC().toString(Qt::ISODateWithMs);
        for (int i = 0; i < fileSteps.size(); ++i)
            if (!run(m_q,
                     QStringLiteral("INSERT INTO learner_path(profile, ord, step, source, updated_at)"
                                    " VALUES(?, ?, ?, ?, ?)"),
                     {m_profile, i, fileSteps.at(i), source, t}))
                return false;
        if (localSteps.isEmpty())
            ++sum.added;
        else
            ++sum.updated;
        return true;
    }

    // A status row: newer wins, and the first start time of either copy is kept.
    bool progress(const Json &rows, SectionSummary &sum)
    {
        const Section &s = section("progress");
        if (!newerWins(rows, s, {0, 1}, {2}, 3, sum))
            return false;
        for (const Json &row : rows) {
            const auto started = row.find("started_at");
            if (started == row.end() || started->is_null())
                continue;
            if (!run(m_q,
                     QStringLiteral("UPDATE progress SET started_at = ? WHERE profile = ? AND kind = ? AND item = ?"
                                    " AND status <> 'not_started' AND (started_at IS NULL OR started_at > ?)"),
                     {normalTime(qs(started->get<std::string>())), m_profile, qs(row["kind"].get<std::string>()),
                      qs(row["item"].get<std::string>()), normalTime(qs(started->get<std::string>()))}))
                return false;
        }
        return true;
    }

private:
    QSqlQuery &m_q;
    int m_profile;
};

const Json &arrayOrEmpty(const Json &root, const char *name)
{
    static const Json empty = Json::array();
    const auto it = root.find(name);
    return it != root.end() ? *it : empty;
}

} // namespace

const char *ProgressTransfer::formatName()
{
    return "crossroads-learner-export";
}

int ImportSummary::changes() const
{
    int n = 0;
    for (const SectionSummary &s : sections)
        n += s.changes();
    return n;
}

QString ImportSummary::toText() const
{
    if (!ok)
        return error;
    QStringList lines;
    const int n = changes();
    lines.append(n == 0 ? ProgressTransfer::tr("Imported %1 into profile \"%2\": nothing changed, everything in "
                                               "the file was already here or older.")
                              .arg(file, profileName)
                        : ProgressTransfer::tr("Imported %1 into profile \"%2\"%3: %n change(s).", nullptr, n)
                              .arg(file, profileName,
                                   profileCreated ? ProgressTransfer::tr(" (new profile)") : QString()));
    for (const SectionSummary &s : sections) {
        if (s.added + s.updated + s.removed + s.unchanged == 0)
            continue;
        QStringList parts;
        if (s.added)
            parts.append(ProgressTransfer::tr("%1 added").arg(s.added));
        if (s.updated)
            parts.append(ProgressTransfer::tr("%1 updated").arg(s.updated));
        if (s.removed)
            parts.append(ProgressTransfer::tr("%1 removed").arg(s.removed));
        if (s.unchanged)
            parts.append(ProgressTransfer::tr("%1 kept (same or newer here)").arg(s.unchanged));
        lines.append(QStringLiteral("  %1: %2").arg(s.section, parts.join(QStringLiteral(", "))));
    }
    return lines.join(u'\n');
}

ProgressTransfer::ProgressTransfer(LearnerStore &store) : m_store(store) {}

QByteArray ProgressTransfer::exportJson(int profile) const
{
    const int p = profile > 0 ? profile : m_store.currentProfile();
    QSqlQuery q(m_store.database());
    OrderedJson root;
    root["format"] = formatName();
    root["version"] = FormatVersion;
    root["exported_at"] = ss(LearnerStore::timestamp());
    root["app_version"] = CROSSROADS_VERSION;
    q.prepare(QStringLiteral("SELECT name, created_at FROM profiles WHERE id = ?"));
    q.addBindValue(p);
    if (q.exec() && q.next())
        root["profile"] = {{"name", ss(q.value(0).toString())}, {"created_at", ss(q.value(1).toString())}};

    for (const Section &s : sections()) {
        QStringList columns;
        for (const Field &f : s.fields)
            columns.append(QString::fromLatin1(f.column));
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE profile = ? ORDER BY %3")
                      .arg(columns.join(QStringLiteral(", ")), QString::fromLatin1(s.table),
                           QString::fromLatin1(s.order)));
        q.addBindValue(p);
        OrderedJson rows = OrderedJson::array();
        if (q.exec()) {
            while (q.next()) {
                OrderedJson row;
                for (std::size_t i = 0; i < s.fields.size(); ++i)
                    row[s.fields[i].name] = toJson(q.value(int(i)), s.fields[i].type);
                rows.push_back(std::move(row));
            }
        } else {
            qCWarning(lcTransfer) << "cannot export" << s.name << q.lastError().text();
        }
        root[s.name] = std::move(rows);
    }

    q.prepare(QStringLiteral("SELECT step, source, updated_at FROM learner_path WHERE profile = ? ORDER BY ord"));
    q.addBindValue(p);
    OrderedJson path = nullptr;
    if (q.exec()) {
        OrderedJson steps = OrderedJson::array();
        QString source;
        QString updated;
        while (q.next()) {
            steps.push_back(ss(q.value(0).toString()));
            source = q.value(1).toString();
            updated = std::max(updated, q.value(2).toString());
        }
        if (!steps.empty())
            path = {{"source", ss(source)}, {"updated_at", ss(updated)}, {"steps", steps}};
    }
    root["learner_path"] = path;
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

bool ProgressTransfer::exportToFile(const QString &path, int profile)
{
    // QSaveFile: the export appears complete or not at all, never half-written.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        m_error = tr("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    f.write(exportJson(profile));
    if (!f.commit()) {
        m_error = tr("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

ImportSummary ProgressTransfer::importFile(const QString &path, const QString &profileName)
{
    ImportSummary summary;
    summary.file = path;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        summary.error = tr("%1: cannot read: %2").arg(path, f.errorString());
        return summary;
    }
    // A real export is a few megabytes at most; anything huge is not one of ours.
    constexpr qint64 Limit = qint64(256) * 1024 * 1024;
    if (f.size() > Limit) {
        summary.error = tr("%1: %2 MB is too large to be a Crossroads progress export").arg(path).arg(f.size() >> 20);
        return summary;
    }
    return importJson(f.readAll(), path, profileName);
}

ImportSummary ProgressTransfer::importJson(const QByteArray &bytes, const QString &fileName,
                                           const QString &profileName)
{
    ImportSummary summary;
    summary.file = fileName;
    const auto refuse = [&](const QString &message) {
        summary.error = message + u'\n' + tr("Nothing was imported and nothing changed.");
        m_error = summary.error;
        return summary;
    };
    if (m_store.isReadOnly() || !m_store.isOpen())
        return refuse(tr("%1: the learner database cannot be written: %2").arg(fileName, m_store.errorString()));

    const std::string text = bytes.toStdString();
    Json root;
    try {
        root = Json::parse(text);
    } catch (const Json::parse_error &e) {
        const TextPosition p = JsonLocator::positionOfOffset(text, e.byte > 0 ? e.byte - 1 : 0);
        QString what = qs(e.what());
        const qsizetype colon = what.indexOf(QStringLiteral(": "));
        if (what.startsWith(u'[') && colon >= 0)
            what = what.mid(colon + 2);
        return refuse(tr("%1:%2:%3: not valid JSON: %4").arg(fileName).arg(p.line).arg(p.column).arg(what));
    }

    Checker check(text, fileName);
    if (!root.is_object())
        return refuse(tr("%1:1:1: not a Crossroads progress export: expected a JSON object").arg(fileName));
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get<std::string>() != formatName()) {
        check.report(format == root.end() ? std::string() : "/format",
                     tr("not a Crossroads progress export (\"format\" must be \"%1\")")
                         .arg(QString::fromLatin1(formatName())));
        return refuse(check.problems().join(u'\n'));
    }
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer()) {
        check.report(version == root.end() ? std::string() : "/version", tr("missing or invalid format \"version\""));
        return refuse(check.problems().join(u'\n'));
    }
    const qint64 v = version->get<qint64>();
    if (v > FormatVersion) {
        check.report("/version", tr("format version %1 was written by a newer Crossroads; this one reads up to "
                                    "version %2, so update Crossroads to import it")
                                     .arg(v)
                                     .arg(FormatVersion));
        return refuse(check.problems().join(u'\n'));
    }
    if (v < 1) {
        check.report("/version", tr("format version %1 does not exist").arg(v));
        return refuse(check.problems().join(u'\n'));
    }
    for (const Section &s : sections())
        check.checkSection(root, s);
    check.checkPath(root);
    if (!check.problems().isEmpty())
        return refuse(check.problems().join(u'\n'));

    // Everything below runs in one transaction: a failure rolls all of it back.
    int profile = m_store.currentProfile();
    QString name = m_store.currentProfileName();
    const QString wanted = profileName.trimmed();
    if (!wanted.isEmpty()) {
        profile = m_store.profileId(wanted);
        name = wanted;
        for (const Profile &p : m_store.profiles(true))
            if (p.id == profile && p.archived)
                return refuse(tr("%1: profile \"%2\" is archived; restore it before importing into it")
                                  .arg(fileName, p.name));
        if (wanted.size() > 60)
            return refuse(tr("%1: a profile name can be at most 60 characters long").arg(fileName));
    }
    QList<SectionSummary> sums;
    const auto sum = [&](const char *section) -> SectionSummary & {
        for (SectionSummary &s : sums)
            if (s.section == QLatin1String(section))
                return s;
        sums.append({QString::fromLatin1(section)});
        return sums.last();
    };
    bool created = false;
    const bool ok = m_store.write([&](QSqlQuery &q) {
        if (profile == 0) {
            if (!run(q, QStringLiteral("INSERT INTO profiles(name, created_at) VALUES(?, ?)"),
                     {wanted, LearnerStore::timestamp()}))
                return false;
            profile = q.lastInsertId().toInt();
            created = true;
        }
        Merger m(q, profile);
        return m.progress(arrayOrEmpty(root, "progress"), sum("progress")) &&
               m.newerWins(arrayOrEmpty(root, "notes"), section("notes"), {0, 1}, {2}, 3, sum("notes")) &&
               m.bookmarks(arrayOrEmpty(root, "bookmarks"), arrayOrEmpty(root, "removed_bookmarks"),
                           sum("bookmarks")) &&
               m.newerWins(arrayOrEmpty(root, "hidden_steps"), section("hidden_steps"), {0}, {1}, 2,
                           sum("hidden_steps")) &&
               m.unite(arrayOrEmpty(root, "quiz_attempts"), section("quiz_attempts"), sum("quiz_attempts")) &&
               m.unite(arrayOrEmpty(root, "wizard_results"), section("wizard_results"), sum("wizard_results")) &&
               m.newerWins(arrayOrEmpty(root, "wizard_answers"), section("wizard_answers"), {0}, {1}, 2,
                           sum("wizard_answers")) &&
               m.activity(arrayOrEmpty(root, "activity"), sum("activity")) &&
               m.path(root.contains("learner_path") ? root["learner_path"] : Json(), sum("learner_path")) &&
               m.newerWins(arrayOrEmpty(root, "reading_positions"), section("reading_positions"), {0}, {1}, 2,
                           sum("reading_positions")) &&
               m.newerWins(arrayOrEmpty(root, "exercise_files"), section("exercise_files"), {0, 1}, {2}, 3,
                           sum("exercise_files")) &&
               m.unite(arrayOrEmpty(root, "exercise_attempts"), section("exercise_attempts"),
                       sum("exercise_attempts"));
    });
    if (!ok)
        return refuse(tr("%1: could not be merged: %2").arg(fileName, m_store.errorString()));

    summary.ok = true;
    summary.profileName = name;
    summary.profileCreated = created;
    summary.sections = sums;
    m_error.clear();
    if (created)
        emit m_store.profilesChanged();
    if (profile == m_store.currentProfile() && summary.changes() > 0)
        m_store.notifyReloaded();
    return summary;
}

} // namespace crossroads
