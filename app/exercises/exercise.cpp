// SPDX-License-Identifier: MIT
#include "exercise.h"

namespace crossroads {

QString fileModeName(ExerciseFileMode mode)
{
    switch (mode) {
    case ExerciseFileMode::Read:
        return QStringLiteral("read");
    case ExerciseFileMode::Hidden:
        return QStringLiteral("hidden");
    case ExerciseFileMode::Edit:
        break;
    }
    return QStringLiteral("edit");
}

ExerciseFileMode fileModeFromName(const QString &name)
{
    if (name == QStringLiteral("read"))
        return ExerciseFileMode::Read;
    if (name == QStringLiteral("hidden"))
        return ExerciseFileMode::Hidden;
    return ExerciseFileMode::Edit;
}

QStringList Exercise::editablePaths() const
{
    QStringList out;
    for (const ExerciseFile &f : files)
        if (f.mode == ExerciseFileMode::Edit)
            out.append(f.path);
    return out;
}

QMap<QString, QString> Exercise::starterTexts() const
{
    QMap<QString, QString> out;
    for (const ExerciseFile &f : files)
        if (f.mode == ExerciseFileMode::Edit)
            out.insert(f.path, QString::fromUtf8(f.starter));
    return out;
}

QMap<QString, QString> Exercise::solutionTexts() const
{
    QMap<QString, QString> out;
    for (const ExerciseFile &f : files)
        if (f.mode == ExerciseFileMode::Edit)
            out.insert(f.path, QString::fromUtf8(f.solutionOrStarter()));
    return out;
}

bool isSafeExercisePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':'))
        return false;
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts)
        if (part.isEmpty() || part == QStringLiteral("..") || part == QStringLiteral("."))
            return false;
    // The checks and the runner live in _crossroads/; a learner file must not replace them.
    return parts.first() != QStringLiteral("_crossroads");
}

} // namespace crossroads
