// SPDX-License-Identifier: MIT
#include "samplematerializer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace crossroads {

QJsonArray SampleMaterializer::variants(const QSqlDatabase &db, const QString &sampleId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT variants FROM samples WHERE id = ?"));
    q.addBindValue(sampleId);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
}

bool SampleMaterializer::write(const QSqlDatabase &db, const QString &sampleId, const QString &framework,
                               const QString &dir, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT path, content FROM sample_files WHERE sample = ? AND framework = ?"));
    q.addBindValue(sampleId);
    q.addBindValue(framework);
    if (!q.exec()) {
        if (error)
            *error = QStringLiteral("cannot read sample %1").arg(sampleId);
        return false;
    }
    int count = 0;
    while (q.next()) {
        const QString rel = q.value(0).toString();
        // Paths were checked when the pack was validated; refuse anything that could escape anyway.
        if (rel.startsWith(u'/') || rel.split(u'/').contains(QStringLiteral(".."))) {
            if (error)
                *error = QStringLiteral("unsafe path %1 in sample %2").arg(rel, sampleId);
            return false;
        }
        const QString path = dir + u'/' + rel;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(q.value(1).toByteArray()) < 0) {
            if (error)
                *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
            return false;
        }
        ++count;
    }
    if (count == 0 && error)
        *error = QStringLiteral("sample %1 has no %2 files").arg(sampleId, framework);
    return count > 0;
}

} // namespace crossroads
