// SPDX-License-Identifier: MIT
// libFuzzer target: an arbitrary byte string as a content pack's zip file. The reader must
// refuse or read it without a crash, an overrun or unbounded memory; whatever it accepts, the
// extractor must write strictly inside its target folder.
#include "packs/packextractor.h"
#include "packs/zipreader.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace crossroads;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ZipReader reader(buffer);
    if (!reader.open(64, nullptr))
        return 0;
    constexpr qint64 limit = 1 << 20;
    for (const ZipEntry &e : reader.entries()) {
        QByteArray out;
        if (reader.read(e, limit, &out, nullptr) && out.size() != e.uncompressedSize)
            abort(); // read() promised the declared size
        if (out.size() > limit)
            abort();
    }

    // The extractor on the same archive: nothing may land outside its folder.
    QTemporaryDir target;
    PackLimits limits;
    limits.maxFiles = 32;
    limits.maxFileSize = limit;
    limits.maxTotalSize = 4 * limit;
    PackExtractor extractor(limits);
    Diagnostics problems;
    buffer.seek(0);
    extractor.extractZip(buffer, QStringLiteral("fuzz.zip"), target.path(), &problems);
    const QString root = QFileInfo(target.path()).canonicalFilePath() + u'/';
    QDirIterator it(target.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi(it.next());
        if (fi.isSymLink() || !fi.canonicalFilePath().startsWith(root))
            abort();
    }
    return 0;
}
