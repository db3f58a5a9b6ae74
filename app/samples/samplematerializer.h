// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QString>

class QSqlDatabase;

namespace crossroads {

// Writes one variant of a sample from the content database into a folder, so it can be run
// exactly as shipped, without the content sources.
class SampleMaterializer final
{
public:
    // The variants array of a sample (each with "framework", "entry", "expect", ...).
    static QJsonArray variants(const QSqlDatabase &db, const QString &sampleId);
    static bool write(const QSqlDatabase &db, const QString &sampleId, const QString &framework,
                      const QString &dir, QString *error);
};

} // namespace crossroads
