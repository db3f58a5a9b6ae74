// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace crossroads::cli {

// Removes "name VALUE" from args and returns VALUE (empty when absent; found tells which).
QString takeOption(QStringList &args, const QString &name, bool *found = nullptr);
// Removes every occurrence of the flag and says whether there was one.
bool takeFlag(QStringList &args, const QString &name);
// The shipped content database next to this executable (or $CROSSROADS_CONTENT_DB).
QString defaultContentDb();

} // namespace crossroads::cli
