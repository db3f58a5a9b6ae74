// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace crossroads {

// The plain text the search index holds for Markdown: link targets, emphasis markers, heading
// hashes, code fences and table rules are dropped, so "term:csrf" in a glossary link does not
// match every lesson and snippets read as prose. Line N of the output is line N of the input,
// so a match found in the index can be mapped back to the Markdown source.
class SearchText final
{
public:
    static QString fromMarkdown(const QString &markdown);

private:
    static void appendInline(QStringView line, QString &out);
};

} // namespace crossroads
