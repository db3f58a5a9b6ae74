// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace crossroads {

// A line-by-line difference between two texts (longest common subsequence), used to show the
// reference solution against the learner's own code.
class LineDiff final
{
public:
    enum class Op { Same, Removed, Added };

    struct Line
    {
        Op op = Op::Same;
        QString text;
        int oldLine = 0; // 1-based in the old text; 0 for added lines
        int newLine = 0; // 1-based in the new text; 0 for removed lines
    };

    static QList<Line> compute(const QString &oldText, const QString &newText);
    // Unified-diff style text ("-", "+", " " prefixes), keeping `context` unchanged lines
    // around each change; hunks are separated by "@@ -a +b @@" headers.
    static QString unified(const QList<Line> &lines, int context = 3);
    static bool identical(const QList<Line> &lines);
};

} // namespace crossroads
