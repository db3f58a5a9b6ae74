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
         "                               count what the content database holds"},
        {"samples", samplesCommand,
         "samples verify [--python PATH] [--content DIR] [SAMPLE ...]\n"
         "                               run every code sample against the real Flask and Django"},
    };
    return all;
}

} // namespace crossroads::cli
