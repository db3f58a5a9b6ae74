// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace crossroads {

// Proves every exercise is fair: its reference solution passes every check and its starter
// fails at least one, against the real frameworks of one interpreter.
class ExerciseVerifier final
{
public:
    struct Options
    {
        QString python;     // empty: find one
        QString contentDb;  // compiled content to verify...
        QString contentDir; // ...or a content folder, compiled first
        QStringList only;   // exercise ids; empty = all
        int jobs = 0;       // checks running at once; 0 = one per CPU core
    };

    explicit ExerciseVerifier(Options options);

    // Prints one line per exercise and "N passed, N failed". Exit code: 0 all fair, 1 any
    // not, 2 no usable interpreter, no content or no exercises.
    int run(QTextStream &out, QTextStream &err);

private:
    Options m_options;
};

} // namespace crossroads
