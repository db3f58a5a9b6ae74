// SPDX-License-Identifier: MIT
#include "cli.h"
#include "clihelpers.h"
#include "commands.h"
#include "content/contentstore.h"
#include "learner/learnerstore.h"
#include "learner/progresstracker.h"
#include "learner/progresstransfer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace crossroads::cli {

namespace {

// Opens the learner database and picks the profile; prints why not and returns false.
bool openLearner(LearnerStore &store, const QString &path, bool mustExist, const QString &profile,
                 QTextStream &err)
{
    if (mustExist && !QFileInfo::exists(path)) {
        err << "crossroads: " << path << ": no learner database here yet (nothing has been saved)\n";
        return false;
    }
    if (!store.open(path)) {
        err << "crossroads: " << store.errorString() << '\n';
        return false;
    }
    if (profile.isEmpty())
        return true;
    const int id = store.profileId(profile);
    if (id == 0) {
        QStringList names;
        for (const Profile &p : store.profiles(true))
            names.append(p.name);
        err << "crossroads: " << path << ": no profile named \"" << profile << "\" (profiles: "
            << names.join(QStringLiteral(", ")) << ")\n";
        return false;
    }
    // This run only: the GUI's current profile stays what the learner chose.
    return store.switchProfile(id, false);
}

QString hours(int seconds)
{
    return QString::number(seconds / 3600.0, 'f', 1);
}

int show(const QString &db, const QString &contentDb, const QString &profile, bool json, QTextStream &out,
         QTextStream &err)
{
    ContentStore content;
    if (!content.open(contentDb)) {
        err << "crossroads: " << content.errorString() << '\n';
        return 2;
    }
    LearnerStore store;
    if (!openLearner(store, db, true, profile, err))
        return 2;
    const ProgressTracker tracker(content, store);
    const QList<TrackSummary> tracks = tracker.trackSummaries();
    if (json) {
        QJsonArray rows;
        for (const TrackSummary &t : tracks)
            rows.append(QJsonObject{{QStringLiteral("id"), t.track.id},
                                    {QStringLiteral("title"), t.track.title},
                                    {QStringLiteral("optional"), t.track.optional},
                                    {QStringLiteral("steps"), t.steps},
                                    {QStringLiteral("done"), t.done},
                                    {QStringLiteral("in_progress"), t.inProgress},
                                    {QStringLiteral("skipped"), t.skipped},
                                    {QStringLiteral("hidden"), t.hidden},
                                    {QStringLiteral("seconds"), t.seconds},
                                    {QStringLiteral("hours"), t.seconds / 3600.0},
                                    {QStringLiteral("planned_hours"), t.plannedHours}});
        const QJsonObject root{{QStringLiteral("profile"), store.currentProfileName()},
                               {QStringLiteral("continue"), tracker.continueStep()},
                               {QStringLiteral("tracks"), rows}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "Profile: " << store.currentProfileName() << '\n';
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("Track"), -24)
               .arg(QStringLiteral("Steps"), 5)
               .arg(QStringLiteral("Done"), 5)
               .arg(QStringLiteral("In progress"), 11)
               .arg(QStringLiteral("Skipped"), 7)
               .arg(QStringLiteral("Hours"), 6);
    TrackSummary total;
    for (const TrackSummary &t : tracks) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(t.track.title.left(24), -24)
                   .arg(t.steps, 5)
                   .arg(t.done, 5)
                   .arg(t.inProgress, 11)
                   .arg(t.skipped, 7)
                   .arg(hours(t.seconds), 6);
        total.steps += t.steps;
        total.done += t.done;
        total.inProgress += t.inProgress;
        total.skipped += t.skipped;
        total.seconds += t.seconds;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("Total"), -24)
               .arg(total.steps, 5)
               .arg(total.done, 5)
               .arg(total.inProgress, 11)
               .arg(total.skipped, 7)
               .arg(hours(total.seconds), 6);
    const QString next = tracker.continueStep();
    if (!next.isEmpty())
        out << "Continue with: " << next << '\n';
    return 0;
}

int exportData(const QString &db, const QString &profile, const QString &file, QTextStream &out,
               QTextStream &err)
{
    LearnerStore store;
    if (!openLearner(store, db, true, profile, err))
        return 2;
    ProgressTransfer transfer(store);
    if (!transfer.exportToFile(file, store.currentProfile())) {
        err << "crossroads: " << transfer.errorString() << '\n';
        return 1;
    }
    out << "exported profile \"" << store.currentProfileName() << "\" to " << file << '\n';
    return 0;
}

int importData(const QString &db, const QString &profile, const QString &file, QTextStream &out,
               QTextStream &err)
{
    LearnerStore store;
    // Importing into a profile that does not exist yet creates it, in the same transaction.
    if (!openLearner(store, db, false, QString(), err))
        return 2;
    ProgressTransfer transfer(store);
    const ImportSummary summary = transfer.importFile(file, profile);
    if (!summary.ok) {
        err << summary.error << '\n';
        return 1;
    }
    out << summary.toText() << '\n';
    return 0;
}

} // namespace

int progressCommand(QStringList args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return Cli::UsageError;
    const QString sub = args.takeFirst();
    bool hasDb = false;
    const QString db = takeOption(args, QStringLiteral("--db"), &hasDb);
    bool hasProfile = false;
    const QString profile = takeOption(args, QStringLiteral("--profile"), &hasProfile);
    if ((hasDb && db.isEmpty()) || (hasProfile && profile.trimmed().isEmpty())) {
        err << "crossroads: --db and --profile need a value\n";
        return Cli::UsageError;
    }
    const QString learnerDb = hasDb ? db : LearnerStore::defaultPath();
    if (sub == QStringLiteral("show")) {
        const bool json = takeFlag(args, QStringLiteral("--json"));
        bool hasContent = false;
        const QString contentDb = takeOption(args, QStringLiteral("--content"), &hasContent);
        if (args.isEmpty() && (!hasContent || !contentDb.isEmpty()))
            return show(learnerDb, hasContent ? contentDb : defaultContentDb(), profile, json, out, err);
    } else if (sub == QStringLiteral("export") && args.size() == 1) {
        return exportData(learnerDb, profile, args.first(), out, err);
    } else if (sub == QStringLiteral("import") && args.size() == 1) {
        return importData(learnerDb, profile, args.first(), out, err);
    }
    err << "crossroads: bad arguments for \"progress " << sub << "\"\n";
    return Cli::UsageError;
}

} // namespace crossroads::cli
