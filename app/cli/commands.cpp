// SPDX-License-Identifier: MIT
#include "commands.h"

namespace crossroads::cli {

const QList<Command> &commands()
{
    static const QList<Command> all = {
        {"content", contentCommand,
         "content validate DIR           check a content pack; print file:line:column: message per problem\n"
         "content build DIR -o FILE.db   compile a content pack into a content database\n"
         "content stats [--json] [--db FILE.db]\n"
         "                               count what the content database holds\n"
         "content import PACK [--replace] [--packs DIR]\n"
         "                               add a content pack (a folder or a .zip); it is checked as a\n"
         "                               whole first, and on any problem nothing changes\n"
         "content list [--json] [--packs DIR]\n"
         "                               the content packs you added\n"
         "content remove ID [--packs DIR]\n"
         "                               remove a content pack; your progress on it is kept"},
        {"samples", samplesCommand,
         "samples verify [--python PATH] [--content DIR] [SAMPLE ...]\n"
         "                               run every code sample against the real Flask and Django"},
        {"progress", progressCommand,
         "progress show [--json] [--profile NAME] [--db LEARNER.db] [--content FILE.db]\n"
         "                               done, in progress, skipped and hours per track\n"
         "progress export FILE.json [--profile NAME] [--db LEARNER.db]\n"
         "                               write all of a profile's data to one JSON file\n"
         "progress import FILE.json [--profile NAME] [--db LEARNER.db]\n"
         "                               merge an export in (newer wins); print what changed"},
        {"exercise", exerciseCommand,
         "exercise list [--json] [--db FILE.db]\n"
         "                               the hands-on exercises, in path order\n"
         "exercise check ID --dir DIR [--json] [--python PATH] [--db FILE.db]\n"
         "                               run an exercise's hidden checks against the files in DIR\n"
         "exercise verify [--python PATH] [--content DIR] [--jobs N] [ID ...]\n"
         "                               prove every solution passes and every starter fails"},
        {"recommend", recommendCommand,
         "recommend --profile FILE.json [--json | --markdown] [--db FILE.db]\n"
         "                               the decision wizard: recommend python-basics, flask, django or\n"
         "                               fastapi for a learner profile, explained (FILE.json may be -)"},
        {"search", searchCommand,
         "search QUERY [--json] [--limit N] [--db FILE.db]\n"
         "                               search lessons, samples, rows, terms, quizzes and your notes;\n"
         "                               exit 1 when nothing matches"},
    };
    return all;
}

} // namespace crossroads::cli
