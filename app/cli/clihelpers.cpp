// SPDX-License-Identifier: MIT
#include "clihelpers.h"

#include "content/contentstore.h"

#include <QCoreApplication>

namespace crossroads::cli {

QString takeOption(QStringList &args, const QString &name, bool *found)
{
    const qsizetype i = args.indexOf(name);
    if (found)
        *found = i >= 0;
    if (i < 0)
        return {};
    QString value;
    if (i + 1 < args.size()) {
        value = args.at(i + 1);
        args.removeAt(i + 1);
    }
    args.removeAt(i);
    return value;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

QString defaultContentDb()
{
    return ContentStore::defaultPath(QCoreApplication::applicationDirPath());
}

} // namespace crossroads::cli
