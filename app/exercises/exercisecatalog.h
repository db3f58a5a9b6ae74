// SPDX-License-Identifier: MIT
#pragma once

#include "exercise.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace crossroads {

// Reads exercises from the compiled content database. A database built before exercises
// existed simply has none: every call then returns an empty result instead of failing.
class ExerciseCatalog final
{
public:
    explicit ExerciseCatalog(QSqlDatabase db);

    bool hasExercises() const;
    // In path order: by the step's position on the roadmap, then the exercise's own order.
    QList<ExerciseInfo> list(const QString &step = QString()) const;
    // An invalid Exercise (isValid() false) when the id is unknown.
    Exercise load(const QString &id) const;

private:
    QSqlDatabase m_db;
};

} // namespace crossroads
