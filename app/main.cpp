// SPDX-License-Identifier: MIT
#include "cli/cli.h"
#include "gui.h"
#include "version.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    if (crossroads::Cli::wantsCli(argc, argv)) {
        // The CLI never needs a display, so it gets a core application, not a GUI one.
        QCoreApplication app(argc, argv);
        // Diagnostics go to stderr as file:line:column lines; debug chatter would drown them.
        QLoggingCategory::setFilterRules(QStringLiteral("crossroads.*.debug=false\ncrossroads.*.info=false"));
        QCoreApplication::setApplicationName(QStringLiteral("crossroads"));
        QCoreApplication::setOrganizationName(QStringLiteral("crossroads"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CROSSROADS_VERSION));
        QTextStream out(stdout);
        QTextStream err(stderr);
        crossroads::Cli cli(out, err);
        QStringList args = QCoreApplication::arguments();
        args.removeFirst();
        return cli.run(args);
    }
    return crossroads::ui::runGui(argc, argv);
}
