// SPDX-License-Identifier: MIT
#include "cli.h"
#include "clihelpers.h"
#include "commands.h"
#include "content/contentstore.h"
#include "wizard/decisionrecord.h"
#include "wizard/wizardengine.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace crossroads::cli {

int recommendCommand(QStringList args, QTextStream &out, QTextStream &err)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool markdown = takeFlag(args, QStringLiteral("--markdown"));
    bool hasProfile = false;
    const QString profilePath = takeOption(args, QStringLiteral("--profile"), &hasProfile);
    bool hasDb = false;
    const QString db = takeOption(args, QStringLiteral("--db"), &hasDb);
    if (!args.isEmpty() || !hasProfile || profilePath.isEmpty() || (hasDb && db.isEmpty()) ||
        (json && markdown)) {
        err << "crossroads: recommend needs --profile FILE.json, and takes only --json or --markdown and "
               "--db\n";
        return Cli::UsageError;
    }

    ContentStore content;
    if (!content.open(hasDb ? db : defaultContentDb())) {
        err << "crossroads: " << content.errorString() << '\n';
        return 2;
    }
    QString error;
    auto knowledge = WizardKnowledge::fromContent(content, &error);
    if (!knowledge) {
        err << "crossroads: " << error << '\n';
        return 2;
    }

    // "-" reads the profile from standard input, so a script can pipe one in.
    QFile file;
    const bool opened = profilePath == QStringLiteral("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(profilePath), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << "crossroads: " << profilePath << ": cannot read the profile (" << file.errorString() << ")\n";
        return 2;
    }
    const auto profile =
        WizardProfile::parse(file.readAll(), *knowledge, &error,
                             profilePath == QStringLiteral("-") ? QStringLiteral("<stdin>") : profilePath);
    if (!profile) {
        err << "crossroads: " << error << '\n';
        return 2;
    }

    const WizardEngine engine(std::move(*knowledge));
    const WizardRecommendation result = engine.recommend(*profile);
    if (json)
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    else if (markdown)
        out << DecisionRecord::markdown(engine, *profile, result, QDateTime::currentDateTime());
    else
        out << DecisionRecord::text(engine, *profile, result);
    return 0;
}

} // namespace crossroads::cli
