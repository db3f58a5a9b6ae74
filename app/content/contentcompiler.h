// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace crossroads {

class ContentPack;

// Compiles a validated pack into the read-only content database the app ships. The file is
// written beside the target and renamed into place, so a failed build never leaves half a
// database where the app would look for one.
class ContentCompiler final
{
public:
    // Bumped whenever the tables below change shape; ContentStore refuses other versions.
    static constexpr int SchemaVersion = 1;

    static bool compile(const ContentPack &pack, const QString &outFile, QString *error);
};

} // namespace crossroads
