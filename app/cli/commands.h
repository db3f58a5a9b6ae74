// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QTextStream;

namespace crossroads::cli {

// One CLI subcommand: args exclude the command name; returns the exit code
// (0 success, 1 problems found, 2 bad usage or missing prerequisites).
using CommandFn = int (*)(QStringList args, QTextStream &out, QTextStream &err);

struct Command
{
    const char *name;
    CommandFn run;
    const char *usage; // lines for --help, each starting with the command name
};

// Every subcommand, in the order --help lists them. Each lives in its own file under app/cli/
// (or next to the feature it fronts) and is added here with one line.
const QList<Command> &commands();

int contentCommand(QStringList args, QTextStream &out, QTextStream &err);
int samplesCommand(QStringList args, QTextStream &out, QTextStream &err);
int progressCommand(QStringList args, QTextStream &out, QTextStream &err);
int exerciseCommand(QStringList args, QTextStream &out, QTextStream &err);
int recommendCommand(QStringList args, QTextStream &out, QTextStream &err);
int searchCommand(QStringList args, QTextStream &out, QTextStream &err);

} // namespace crossroads::cli
