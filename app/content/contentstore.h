// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace crossroads {

struct ComparisonCategory
{
    QString id;
    QString title;
    QString summary;
};

struct ComparisonRow
{
    QString id;
    QString category;
    QString topic;
    QString django;
    QString flask;
    QString fastapi;
    QString meaning;
    bool differs = true;
    QString favours;
    QString favoursFor;
    QString claim;
    QString sourcesJson;
    QString relatedJson;
};

struct RoadmapStep
{
    QString id;
    QString track;
    QString title;
    QString summary;
    double hours = 0;
    bool optional = false;
    double quizPass = 0.8;
    QStringList requires_;
    QStringList outcomes;
};

struct LessonInfo
{
    QString id;
    QString step;
    QString title;
    int minutes = 0;
};

struct SampleInfo
{
    QString id;
    QString title;
    QString summary;
    QString collection;
    QString step;
};

// Read-only access to the compiled content database. The file is replaced wholesale on a
// content update, so nothing here ever writes to it.
class ContentStore final
{
public:
    ContentStore();
    ~ContentStore();
    ContentStore(const ContentStore &) = delete;
    ContentStore &operator=(const ContentStore &) = delete;

    bool open(const QString &path);
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    QString meta(const QString &key) const;
    // Counts of everything the pack holds, as reported by `crossroads content stats`.
    QVariantMap stats() const;

    QList<ComparisonCategory> categories() const;
    QList<ComparisonRow> rows() const;
    QList<RoadmapStep> steps() const;
    QStringList defaultPath() const;
    QList<LessonInfo> lessons(const QString &step = QString()) const;
    QList<SampleInfo> samples() const;

    // Where the shipped content database lives: $CROSSROADS_CONTENT_DB, else
    // <executable>/../share/crossroads/content.db (build tree and installed prefix alike).
    static QString defaultPath(const QString &applicationDir);

    QSqlDatabase database() const;

private:
    QString m_connection;
    QString m_path;
    QString m_error;
};

} // namespace crossroads
