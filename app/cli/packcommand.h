// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QTextStream;

namespace crossroads::cli {

// `crossroads content import|list|remove`: the content packs a learner adds (app/packs). Each
// takes the arguments after its subcommand name and returns an exit code like a Command.
int importPackCommand(QStringList args, QTextStream &out, QTextStream &err);
int listPacksCommand(QStringList args, QTextStream &out, QTextStream &err);
int removePackCommand(QStringList args, QTextStream &out, QTextStream &err);

} // namespace crossroads::cli
