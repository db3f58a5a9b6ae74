// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace crossroads {

struct MarkdownHeading
{
    int level = 1;
    QString text; // plain text, for an outline
    QString id;   // the heading's id attribute, unique in the document
};

struct RenderedMarkdown
{
    QString html; // an HTML fragment for the body of a page (see PageBuilder)
    QList<MarkdownHeading> headings;
};

// Markdown (CommonMark + tables, strikethrough, task lists, URL autolinks) -> HTML with md4c.
// Content packs are untrusted, so:
//  - raw HTML is never passed through (MD_FLAG_NOHTML): "<script>" is shown as text;
//  - links: http(s) stay external (class "external"), app links (lesson:ID, sample:ID, row:ID,
//    term:ID, step:ID, project:ID) become crossroads://app/KIND/ID (class "app-link"), and every
//    other target (javascript:, file:, data:, mailto:, relative, #fragment) is neutralised into
//    <span class="link-removed"> keeping the text;
//  - images load only from crossroads: URLs (a relative path resolves against imageBase when set),
//    otherwise only their alt text is shown.
// Fenced code is highlighted by Highlighter; headings get ids for anchors.
class MarkdownRenderer final
{
public:
    // Relative image paths resolve against this crossroads:// URL (a folder URL ending in '/').
    void setImageBase(const QUrl &base) { m_imageBase = base; }

    RenderedMarkdown render(const QString &markdown) const;
    QString toHtml(const QString &markdown) const { return render(markdown).html; }

    // Where a Markdown link target may lead: an http(s) or crossroads://app URL, or an invalid
    // QUrl when the link must be neutralised.
    static QUrl linkTarget(const QString &target);
    // Where an image may be loaded from, or an invalid QUrl.
    QUrl imageSource(const QString &source) const;
    // "Getting started!" -> "getting-started"
    static QString slug(const QString &text);

private:
    QUrl m_imageBase;
};

} // namespace crossroads
