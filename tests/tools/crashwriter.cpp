// SPDX-License-Identifier: MIT
// The crash test's child process: writes progress, notes and time through LearnerStore in a
// loop, forever, and prints one line after each write's COMMIT has returned. The test kills it
// with SIGKILL at a random moment and then checks that every printed write is in the database.
//
//   crossroads_crashwriter LEARNER.db RUN [--report-before-commit]
//
// --report-before-commit makes it lie (report each note before saving it), so the test can prove
// that its check notices a write that was reported but lost.
//
// Lines (each flushed before the next write starts):
//   N <item> <length>   note "step"/<item> was saved with body(item, length)
//   S <item> <status>   lesson <item> has that status
//   V <run> <i>         the shared note "step"/"live" now reads "v<run>-<i>"
//   T <item> <seconds>  activity for lesson <item> adds up to at least that many seconds
#include "learner/learnerstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

#include <cstdio>

using namespace crossroads;

namespace {

// Long enough at times to span several database pages, so torn pages would show.
QString body(const QString &item, int length)
{
    QString out;
    out.reserve(length);
    while (out.size() < length)
        out += item + QStringLiteral(" ünïcode ✔ ");
    out.truncate(length);
    return out;
}

void report(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("crossroads.*.info=false"));
    QStringList args = QCoreApplication::arguments();
    const bool lie = args.removeAll(QStringLiteral("--report-before-commit")) > 0;
    if (args.size() != 3) {
        std::fputs("usage: crossroads_crashwriter LEARNER.db RUN [--report-before-commit]\n", stderr);
        return 2;
    }
    const QString run = args.at(2);
    LearnerStore store;
    if (!store.open(args.at(1))) {
        std::fprintf(stderr, "%s\n", store.errorString().toUtf8().constData());
        return 3;
    }
    const ItemStatus statuses[] = {ItemStatus::InProgress, ItemStatus::Done, ItemStatus::Skipped,
                                   ItemStatus::NotStarted};
    const QString tItem = QStringLiteral("t-") + run;
    int seconds = 0;
    for (int i = 0;; ++i) {
        const QString item = QStringLiteral("%1-%2").arg(run).arg(i);
        bool ok = true;
        switch (i % 4) {
        case 0: {
            const int length = 20 + (i * 977) % 9000;
            if (lie) {
                report(QStringLiteral("N n-%1 %2").arg(item).arg(length));
                // Widen the window between the lie and the save, so that a kill lands in it
                // even when a loaded machine schedules the writer unevenly.
                QThread::msleep(20);
            }
            ok = store.setNote(QStringLiteral("step"), QStringLiteral("n-") + item, body(item, length));
            if (ok && !lie)
                report(QStringLiteral("N n-%1 %2").arg(item).arg(length));
            break;
        }
        case 1: {
            const ItemStatus s = statuses[(i / 4) % 4];
            ok = store.setStatus(QStringLiteral("lesson"), QStringLiteral("l-") + item, s);
            if (ok)
                report(QStringLiteral("S l-%1 %2").arg(item, statusName(s)));
            break;
        }
        case 2:
            ok = store.setNote(QStringLiteral("step"), QStringLiteral("live"), QStringLiteral("v%1-%2").arg(run).arg(i));
            if (ok)
                report(QStringLiteral("V %1 %2").arg(run).arg(i));
            break;
        default:
            ok = store.addTimeSpent(QStringLiteral("lesson"), tItem, 1);
            if (ok)
                report(QStringLiteral("T %1 %2").arg(tItem).arg(++seconds));
            break;
        }
        if (!ok) {
            std::fprintf(stderr, "write failed: %s\n", store.errorString().toUtf8().constData());
            return 4;
        }
    }
}
