// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace crossroads {

// How the learner meets a file of an exercise's project.
enum class ExerciseFileMode {
    Edit,  // a tab the learner types in; saved per profile
    Read,  // a read-only tab for context
    Hidden // copied for the checks (settings, manage.py) but not shown
};

QString fileModeName(ExerciseFileMode mode);
ExerciseFileMode fileModeFromName(const QString &name);

struct ExerciseFile
{
    QString path;
    ExerciseFileMode mode = ExerciseFileMode::Edit;
    QByteArray starter;
    QByteArray solution; // empty with hasSolution false: the solution keeps the starter
    bool hasSolution = false;

    QByteArray solutionOrStarter() const { return hasSolution ? solution : starter; }
};

struct ExerciseCheckSpec
{
    QString name;  // function in the checks file
    QString title; // what the learner reads in the result list
};

// One row of the exercise list.
struct ExerciseInfo
{
    QString id;
    QString title;
    QString summary;
    QString step;
    QString framework; // python, flask or django
    QString pair;      // the same task in the other framework, if any
    int minutes = 0;
};

// Everything needed to show and check one exercise, read from the content database.
struct Exercise
{
    ExerciseInfo info;
    QString instructions; // Markdown
    QStringList hints;    // Markdown, revealed one at a time
    QString differsInCurrent;
    QStringList requiredModules;
    int checkTimeoutSeconds = 10;
    QList<ExerciseFile> files;
    QByteArray checksSource;
    QList<ExerciseCheckSpec> checks;

    bool isValid() const { return !info.id.isEmpty(); }
    QString id() const { return info.id; }
    QStringList editablePaths() const;
    // Editable files only, path -> text.
    QMap<QString, QString> starterTexts() const;
    QMap<QString, QString> solutionTexts() const;
};

// A relative path that stays inside the folder it is written to.
bool isSafeExercisePath(const QString &path);

} // namespace crossroads
