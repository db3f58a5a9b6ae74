// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>

namespace crossroads {

struct HighlightOptions
{
    bool lineNumbers = false;                   // a number before each line, drawn by CSS so copying skips it
    bool lineAnchors = false;                   // id="<anchorPrefix><n>" on each line, for links such as #L12
    QString anchorPrefix = QStringLiteral("L"); // distinguishes two files shown on one page
    int firstLine = 1;                          // number of the first line, for excerpts
    QSet<int> highlightedLines;                 // line numbers (as shown) marked with class "hl"
};

// Code -> HTML: the one place where syntax highlighting is turned into markup. The result is
// <pre class="code" data-language="..."><code>...</code></pre> with every token in
// <span class="tok-KIND"> (KIND from Lexer::kindName) and all text HTML-escaped. With any line
// option set, each line is wrapped in <span class="line"> carrying the number, anchor and "hl".
class Highlighter final
{
public:
    static QString toHtml(const QString &code, const QString &language, const HighlightOptions &options = {});
    // Escapes &, <, > and " so text is safe both as element content and in attribute values.
    static QString escape(QStringView text);
};

} // namespace crossroads
