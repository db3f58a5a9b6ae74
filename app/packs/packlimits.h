// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

namespace crossroads {

// How much a content pack may hold. A pack comes from someone else, so every size is checked
// before it is trusted: while a folder is copied and while a zip entry inflates, never after.
// The shipped curriculum (content/) needs about a tenth of each limit.
struct PackLimits
{
    int maxFiles = 2000;                      // files in the pack (folders are not counted)
    qint64 maxFileSize = 8 * 1024 * 1024;     // bytes in any one file, after inflating
    qint64 maxTotalSize = 64 * 1024 * 1024;   // bytes in all files together, after inflating
    qint64 maxArchiveSize = 64 * 1024 * 1024; // bytes of the .zip file itself
    int maxPathLength = 240;                  // UTF-8 bytes of a path inside the pack
    int maxPathDepth = 16;                    // folders above a file
    int maxJsonDepth = 64;                    // nesting of arrays and objects in a .json file

    // "8 MB", "512 KB", "12 bytes": for messages.
    static QString formatSize(qint64 bytes);
};

} // namespace crossroads
