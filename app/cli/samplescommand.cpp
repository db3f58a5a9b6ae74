// SPDX-License-Identifier: MIT
#include "cli.h"
#include "clihelpers.h"
#include "commands.h"
#include "samples/sampleverifier.h"

#include <QTextStream>

namespace crossroads::cli {

int samplesCommand(QStringList args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty() || args.takeFirst() != QStringLiteral("verify"))
        return Cli::UsageError;
    SampleVerifier::Options options;
    options.python = takeOption(args, QStringLiteral("--python"));
    options.contentDir = takeOption(args, QStringLiteral("--content"));
    options.contentDb = options.contentDir.isEmpty() ? defaultContentDb() : QString();
    options.only = args;
    SampleVerifier verifier(options);
    return verifier.run(out, err);
}

} // namespace crossroads::cli
