// SPDX-License-Identifier: MIT
// libFuzzer target: one JSON document of a content pack (and, after a "\n---\n" line, the
// Markdown file "lesson.md" it may reference) through ContentPack::load with the app's schema:
// JSON syntax, the schema validator, ids, references, file checks and the error positions.
// Documents nested deeper than an import allows are skipped, as PackExtractor refuses them
// before the validator ever sees them.
#include "content/contentpack.h"
#include "content/schemavalidator.h"
#include "packs/packextractor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace crossroads;

namespace {

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        abort();
    f.write(data);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const bool ready = [] {
        write(dir.filePath(QStringLiteral("pack.json")),
              R"({"kind": "pack", "id": "fuzz", "title": "Fuzz", "version": "1.0.0", "locale": "en"})");
        return dir.isValid();
    }();
    if (!ready)
        abort();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf("\n---\n");
    const QByteArray json = split < 0 ? input : input.left(split);
    const QByteArray markdown = split < 0 ? QByteArray() : input.mid(split + 5);
    if (PackExtractor::jsonDepth(json) > PackLimits().maxJsonDepth)
        return 0;
    write(dir.filePath(QStringLiteral("doc.json")), json);
    write(dir.filePath(QStringLiteral("lesson.md")), markdown);

    const ContentPack pack = ContentPack::load(dir.path(), builtInSchema());
    for (const Diagnostic &d : pack.diagnostics()) {
        // Every problem names a file and a real position in it (or none).
        if (d.file.isEmpty() || d.message.isEmpty() || d.line < 0 || d.column < 0)
            abort();
        (void)d.toString();
    }
    return 0;
}
