// SPDX-License-Identifier: MIT
// libFuzzer target: Markdown -> HTML as lessons are rendered. The oracle is the same auditor
// the hostile-pack test uses: any script, event handler, raw tag, non-app image or non-http(s)
// link in the output aborts, so the fuzzer hunts for renderer escapes, not only crashes.
#include "htmlaudit.h"
#include "render/markdownrenderer.h"

#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace crossroads;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    MarkdownRenderer renderer;
    renderer.setImageBase(QUrl(QStringLiteral("crossroads://lesson/fuzz/")));
    const RenderedMarkdown out = renderer.render(markdown);
    const QStringList found = crossroads::test::activeContent(out.html);
    if (!found.isEmpty()) {
        fprintf(stderr, "active content: %s\nin: %s\n", qPrintable(found.join(QStringLiteral("; "))),
                qPrintable(out.html));
        abort();
    }
    const QUrl link = MarkdownRenderer::linkTarget(markdown);
    if (link.isValid() && link.scheme() != u"http" && link.scheme() != u"https" &&
        link.scheme() != u"crossroads")
        abort();
    const QUrl image = renderer.imageSource(markdown);
    if (image.isValid() && image.scheme() != u"crossroads")
        abort();
    return 0;
}
