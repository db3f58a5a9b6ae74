// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QTextStream;

namespace crossroads {

// The command-line front door. It shares the core with the GUI and never creates a window,
// so it works without a display.
class Cli final
{
public:
    Cli(QTextStream &out, QTextStream &err);

    // True when argv asks for the CLI (a subcommand, --help or --version) rather than the GUI.
    static bool wantsCli(int argc, char **argv);

    // args excludes the program name. Returns the process exit code.
    int run(const QStringList &args);

private:
    int usage(int code);

public:
    // A command returns this to have the usage printed and the process exit with 2.
    static constexpr int UsageError = -2;

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace crossroads
