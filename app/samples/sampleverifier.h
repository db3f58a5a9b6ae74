// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace crossroads {

// Runs every sample variant against the real frameworks of one interpreter, through each
// framework's test client, and checks the expectations written in the content.
class SampleVerifier final
{
public:
    struct Options
    {
        QString python;     // empty: find one
        QString contentDb;  // compiled content to verify...
        QString contentDir; // ...or a content folder, compiled first
        QStringList only;   // sample ids; empty = all
    };

    explicit SampleVerifier(Options options);

    // Prints one line per variant and "N passed, N failed". Exit code: 0 all passed, 1 any
    // failed, 2 no usable interpreter or no content.
    int run(QTextStream &out, QTextStream &err);

private:
    Options m_options;
};

} // namespace crossroads
