// SPDX-License-Identifier: MIT
#include "packlimits.h"

#include <QCoreApplication>

namespace crossroads {

QString PackLimits::formatSize(qint64 bytes)
{
    constexpr qint64 KB = 1024;
    constexpr qint64 MB = 1024 * KB;
    if (bytes >= MB && bytes % MB == 0)
        return QCoreApplication::translate("crossroads::PackLimits", "%1 MB").arg(bytes / MB);
    if (bytes >= MB)
        return QCoreApplication::translate("crossroads::PackLimits", "%1 MB")
            .arg(double(bytes) / MB, 0, 'f', 1);
    if (bytes >= KB)
        return QCoreApplication::translate("crossroads::PackLimits", "%1 KB").arg((bytes + KB - 1) / KB);
    if (bytes == 1)
        return QCoreApplication::translate("crossroads::PackLimits", "1 byte");
    return QCoreApplication::translate("crossroads::PackLimits", "%1 bytes").arg(bytes);
}

} // namespace crossroads
