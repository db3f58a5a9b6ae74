// SPDX-License-Identifier: MIT
#include "cli.h"

#include "clihelpers.h"
#include "commands.h"
#include "content/contentstore.h"
#include "version.h"

#include <QTextStream>

#include <algorithm>

namespace crossroads {

Cli::Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

bool Cli::wantsCli(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QByteArray first(argv[1]);
    if (first == "--help" || first == "-h" || first == "--version" || first == "-v" || first == "help")
        return true;
    const auto &all = cli::commands();
    return std::any_of(all.begin(), all.end(), [&](const cli::Command &c) { return first == c.name; });
}

int Cli::usage(int code)
{
    QTextStream &s = code == 0 ? m_out : m_err;
    s << "Usage: crossroads [COMMAND ...]\n"
         "\n"
         "Without a command, Crossroads opens its window.\n"
         "\n"
         "Commands:\n";
    for (const cli::Command &c : cli::commands())
        for (const QString &line : QString::fromUtf8(c.usage).split(u'\n'))
            s << "  " << line << '\n';
    s << "\n"
         "Options:\n"
         "  -h, --help                     show this help\n"
         "  -v, --version                  show the version\n"
         "\n"
         "Exit codes: 0 success, 1 problems found, 2 bad usage or missing prerequisites.\n";
    return code;
}

int Cli::run(const QStringList &argsIn)
{
    QStringList args = argsIn;
    if (args.isEmpty() || args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h") ||
        args.first() == QStringLiteral("help"))
        return usage(args.isEmpty() ? 2 : 0);
    if (args.first() == QStringLiteral("--version") || args.first() == QStringLiteral("-v")) {
        m_out << "crossroads " << CROSSROADS_VERSION << '\n';
        ContentStore store;
        if (store.open(cli::defaultContentDb()))
            m_out << "content " << store.meta(QStringLiteral("id")) << ' '
                  << store.meta(QStringLiteral("version")) << '\n';
        return 0;
    }
    const QString command = args.takeFirst();
    for (const cli::Command &c : cli::commands())
        if (command == QLatin1String(c.name)) {
            const int code = c.run(args, m_out, m_err);
            return code == UsageError ? usage(2) : code;
        }
    m_err << "crossroads: unknown command \"" << command << "\"\n";
    return usage(2);
}

} // namespace crossroads
