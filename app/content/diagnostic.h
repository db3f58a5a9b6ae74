// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace crossroads {

// One problem found in content, printed as "file:line:column: message" so editors and
// terminals can jump to it.
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    QString toString() const
    {
        if (line <= 0)
            return file + QStringLiteral(": ") + message;
        return file + u':' + QString::number(line) + u':' + QString::number(column) + QStringLiteral(": ") +
               message;
    }
};

using Diagnostics = QList<Diagnostic>;

} // namespace crossroads
