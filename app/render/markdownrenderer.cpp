// SPDX-License-Identifier: MIT
#include "markdownrenderer.h"

#include "render/appurl.h"
#include "render/highlighter.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <md4c.h>

namespace crossroads {

Q_LOGGING_CATEGORY(lcRender, "crossroads.render")

namespace {

QString utf8(const MD_CHAR *text, MD_SIZE size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

// Entities inside link targets and alt text must be decoded to judge the URL; the few that
// matter for URLs are enough, anything else stays literal (and harmless).
QString decodeEntity(const QString &entity)
{
    if (entity.startsWith(QLatin1String("&#"))) {
        bool ok = false;
        const bool hex = entity.size() > 2 && (entity.at(2) == u'x' || entity.at(2) == u'X');
        const uint code = entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar(0xFFFD));
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, QString> named{
        {QStringLiteral("&amp;"), QStringLiteral("&")},   {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},    {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&apos;"), QStringLiteral("'")},  {QStringLiteral("&nbsp;"), QString(QChar(0xA0))},
        {QStringLiteral("&colon;"), QStringLiteral(":")}, {QStringLiteral("&sol;"), QStringLiteral("/")}};
    return named.value(entity, entity);
}

QString attribute(const MD_ATTRIBUTE &a)
{
    QString s;
    if (!a.text)
        return s;
    for (int i = 0; a.substr_offsets[i] < a.size; ++i) {
        const MD_OFFSET from = a.substr_offsets[i];
        const MD_OFFSET to = a.substr_offsets[i + 1];
        const QString piece = utf8(a.text + from, to - from);
        switch (a.substr_types[i]) {
        case MD_TEXT_ENTITY:
            s += decodeEntity(piece);
            break;
        case MD_TEXT_NULLCHAR:
            s += QChar(0xFFFD);
            break;
        default:
            s += piece;
        }
    }
    return s;
}

QString escape(const QString &text)
{
    return Highlighter::escape(text);
}

QString alignClass(MD_ALIGN align)
{
    switch (align) {
    case MD_ALIGN_LEFT:
        return QStringLiteral(" class=\"align-left\"");
    case MD_ALIGN_CENTER:
        return QStringLiteral(" class=\"align-center\"");
    case MD_ALIGN_RIGHT:
        return QStringLiteral(" class=\"align-right\"");
    default:
        return {};
    }
}

// The state of one render, passed to md4c's C callbacks as userdata.
class Render
{
public:
    explicit Render(const MarkdownRenderer &renderer) : m_renderer(renderer) {}

    int enterBlock(MD_BLOCKTYPE type, void *detail);
    int leaveBlock(MD_BLOCKTYPE type, void *detail);
    int enterSpan(MD_SPANTYPE type, void *detail);
    int leaveSpan(MD_SPANTYPE type, void *detail);
    int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size);

    RenderedMarkdown result;

private:
    QString uniqueId(const QString &text);

    const MarkdownRenderer &m_renderer;
    QString &m_out = result.html;
    bool m_inCodeBlock = false;
    QString m_code;
    QString m_codeLanguage;
    int m_headingLevel = 0;
    qsizetype m_headingStart = 0;
    QString m_headingText;
    int m_imageDepth = 0;
    QString m_imageSource;
    QString m_imageTitle;
    QString m_imageAlt;
    QStringList m_linkClosers;
    QSet<QString> m_ids;
};

int Render::enterBlock(MD_BLOCKTYPE type, void *detail)
{
    switch (type) {
    case MD_BLOCK_DOC:
        break;
    case MD_BLOCK_QUOTE:
        m_out += QLatin1String("<blockquote>\n");
        break;
    case MD_BLOCK_UL:
        m_out += QLatin1String("<ul>\n");
        break;
    case MD_BLOCK_OL: {
        const auto *d = static_cast<MD_BLOCK_OL_DETAIL *>(detail);
        if (d->start == 1)
            m_out += QLatin1String("<ol>\n");
        else
            m_out += QLatin1String("<ol start=\"") + QString::number(d->start) + QLatin1String("\">\n");
        break;
    }
    case MD_BLOCK_LI: {
        const auto *d = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
        if (d->is_task) {
            const bool done = d->task_mark == 'x' || d->task_mark == 'X';
            m_out += QLatin1String("<li class=\"task\"><input type=\"checkbox\" disabled") +
                     (done ? QLatin1String(" checked") : QLatin1String("")) + QLatin1String("> ");
        } else {
            m_out += QLatin1String("<li>");
        }
        break;
    }
    case MD_BLOCK_HR:
        m_out += QLatin1String("<hr>\n");
        break;
    case MD_BLOCK_H:
        m_headingLevel = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        m_headingStart = m_out.size();
        m_headingText.clear();
        break;
    case MD_BLOCK_CODE: {
        const auto *d = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
        m_inCodeBlock = true;
        m_code.clear();
        m_codeLanguage = attribute(d->lang);
        break;
    }
    case MD_BLOCK_HTML:
        // Cannot happen with MD_FLAG_NOHTML; its text would be escaped anyway.
        break;
    case MD_BLOCK_P:
        m_out += QLatin1String("<p>");
        break;
    case MD_BLOCK_TABLE:
        m_out += QLatin1String("<table>\n");
        break;
    case MD_BLOCK_THEAD:
        m_out += QLatin1String("<thead>\n");
        break;
    case MD_BLOCK_TBODY:
        m_out += QLatin1String("<tbody>\n");
        break;
    case MD_BLOCK_TR:
        m_out += QLatin1String("<tr>");
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: {
        const auto *d = static_cast<MD_BLOCK_TD_DETAIL *>(detail);
        m_out +=
            (type == MD_BLOCK_TH ? QLatin1String("<th") : QLatin1String("<td")) + alignClass(d->align) + u'>';
        break;
    }
    }
    return 0;
}

int Render::leaveBlock(MD_BLOCKTYPE type, void *)
{
    switch (type) {
    case MD_BLOCK_DOC:
        break;
    case MD_BLOCK_QUOTE:
        m_out += QLatin1String("</blockquote>\n");
        break;
    case MD_BLOCK_UL:
        m_out += QLatin1String("</ul>\n");
        break;
    case MD_BLOCK_OL:
        m_out += QLatin1String("</ol>\n");
        break;
    case MD_BLOCK_LI:
        m_out += QLatin1String("</li>\n");
        break;
    case MD_BLOCK_HR:
        break;
    case MD_BLOCK_H: {
        // The id depends on the whole heading text, so the opening tag is written last.
        const QString inner = m_out.mid(m_headingStart);
        m_out.truncate(m_headingStart);
        const QString text = m_headingText.simplified();
        const QString id = uniqueId(text);
        const QString level = QString::number(m_headingLevel);
        m_out += QLatin1String("<h") + level + QLatin1String(" id=\"") + escape(id) + QLatin1String("\">") +
                 inner + QLatin1String("</h") + level + QLatin1String(">\n");
        result.headings.append({m_headingLevel, text, id});
        m_headingLevel = 0;
        break;
    }
    case MD_BLOCK_CODE:
        m_out += Highlighter::toHtml(m_code, m_codeLanguage) + u'\n';
        m_inCodeBlock = false;
        break;
    case MD_BLOCK_HTML:
        break;
    case MD_BLOCK_P:
        m_out += QLatin1String("</p>\n");
        break;
    case MD_BLOCK_TABLE:
        m_out += QLatin1String("</table>\n");
        break;
    case MD_BLOCK_THEAD:
        m_out += QLatin1String("</thead>\n");
        break;
    case MD_BLOCK_TBODY:
        m_out += QLatin1String("</tbody>\n");
        break;
    case MD_BLOCK_TR:
        m_out += QLatin1String("</tr>\n");
        break;
    case MD_BLOCK_TH:
        m_out += QLatin1String("</th>");
        break;
    case MD_BLOCK_TD:
        m_out += QLatin1String("</td>");
        break;
    }
    return 0;
}

int Render::enterSpan(MD_SPANTYPE type, void *detail)
{
    if (m_imageDepth > 0) {
        // Inside an image only the alt text counts.
        if (type == MD_SPAN_IMG)
            ++m_imageDepth;
        return 0;
    }
    switch (type) {
    case MD_SPAN_EM:
        m_out += QLatin1String("<em>");
        break;
    case MD_SPAN_STRONG:
        m_out += QLatin1String("<strong>");
        break;
    case MD_SPAN_CODE:
        m_out += QLatin1String("<code>");
        break;
    case MD_SPAN_DEL:
        m_out += QLatin1String("<del>");
        break;
    case MD_SPAN_U:
        m_out += QLatin1String("<u>");
        break;
    case MD_SPAN_A: {
        const auto *d = static_cast<MD_SPAN_A_DETAIL *>(detail);
        const QString href = attribute(d->href);
        const QUrl target = MarkdownRenderer::linkTarget(href);
        if (!target.isValid()) {
            qCDebug(lcRender) << "neutralised link target" << href;
            m_out += QLatin1String("<span class=\"link-removed\">");
            m_linkClosers.append(QStringLiteral("</span>"));
            break;
        }
        const auto app = AppUrl::parseLink(target);
        m_out += QLatin1String("<a href=\"") + escape(target.toString(QUrl::FullyEncoded)) + u'"';
        if (app)
            m_out += QLatin1String(" class=\"app-link app-") + app->kind + u'"';
        else
            m_out += QLatin1String(" class=\"external\" rel=\"noopener noreferrer\"");
        const QString title = attribute(d->title);
        if (!title.isEmpty())
            m_out += QLatin1String(" title=\"") + escape(title) + u'"';
        m_out += u'>';
        m_linkClosers.append(QStringLiteral("</a>"));
        break;
    }
    case MD_SPAN_IMG: {
        const auto *d = static_cast<MD_SPAN_IMG_DETAIL *>(detail);
        m_imageDepth = 1;
        m_imageSource = attribute(d->src);
        m_imageTitle = attribute(d->title);
        m_imageAlt.clear();
        break;
    }
    case MD_SPAN_LATEXMATH:
    case MD_SPAN_LATEXMATH_DISPLAY:
    case MD_SPAN_WIKILINK:
        break; // not enabled
    }
    return 0;
}

int Render::leaveSpan(MD_SPANTYPE type, void *)
{
    if (m_imageDepth > 0) {
        if (type != MD_SPAN_IMG || --m_imageDepth > 0)
            return 0;
        const QUrl source = m_renderer.imageSource(m_imageSource);
        if (source.isValid()) {
            m_out += QLatin1String("<img src=\"") + escape(source.toString(QUrl::FullyEncoded)) +
                     QLatin1String("\" alt=\"") + escape(m_imageAlt) + u'"';
            if (!m_imageTitle.isEmpty())
                m_out += QLatin1String(" title=\"") + escape(m_imageTitle) + u'"';
            m_out += u'>';
        } else {
            qCDebug(lcRender) << "neutralised image source" << m_imageSource;
            m_out += QLatin1String("<span class=\"image-removed\">") + escape(m_imageAlt) +
                     QLatin1String("</span>");
        }
        return 0;
    }
    switch (type) {
    case MD_SPAN_EM:
        m_out += QLatin1String("</em>");
        break;
    case MD_SPAN_STRONG:
        m_out += QLatin1String("</strong>");
        break;
    case MD_SPAN_CODE:
        m_out += QLatin1String("</code>");
        break;
    case MD_SPAN_DEL:
        m_out += QLatin1String("</del>");
        break;
    case MD_SPAN_U:
        m_out += QLatin1String("</u>");
        break;
    case MD_SPAN_A:
        if (!m_linkClosers.isEmpty())
            m_out += m_linkClosers.takeLast();
        break;
    case MD_SPAN_IMG:
    case MD_SPAN_LATEXMATH:
    case MD_SPAN_LATEXMATH_DISPLAY:
    case MD_SPAN_WIKILINK:
        break;
    }
    return 0;
}

int Render::text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size)
{
    const QString s = utf8(data, size);
    if (m_inCodeBlock) {
        m_code += type == MD_TEXT_NULLCHAR ? QString(QChar(0xFFFD)) : s;
        return 0;
    }
    QString plain;
    QString html;
    switch (type) {
    case MD_TEXT_NULLCHAR:
        plain = QString(QChar(0xFFFD));
        html = plain;
        break;
    case MD_TEXT_BR:
        plain = QStringLiteral(" ");
        html = QStringLiteral("<br>\n");
        break;
    case MD_TEXT_SOFTBR:
        plain = QStringLiteral(" ");
        html = QStringLiteral("\n");
        break;
    case MD_TEXT_ENTITY:
        // md4c only reports well-formed references; the browser decodes them as text.
        plain = decodeEntity(s);
        html = s;
        break;
    default: // normal text, inline code, and (never, with NOHTML) raw HTML: always escaped
        plain = s;
        html = escape(s);
    }
    if (m_imageDepth > 0) {
        m_imageAlt += plain;
        return 0;
    }
    if (m_headingLevel > 0)
        m_headingText += plain;
    m_out += html;
    return 0;
}

QString Render::uniqueId(const QString &text)
{
    const QString base = MarkdownRenderer::slug(text);
    QString id = base;
    for (int n = 2; m_ids.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    m_ids.insert(id);
    return id;
}

} // namespace

RenderedMarkdown MarkdownRenderer::render(const QString &markdown) const
{
    Render state(*this);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS |
                   MD_FLAG_PERMISSIVEURLAUTOLINKS;
    parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *u) {
        return static_cast<Render *>(u)->enterBlock(t, d);
    };
    parser.leave_block = [](MD_BLOCKTYPE t, void *d, void *u) {
        return static_cast<Render *>(u)->leaveBlock(t, d);
    };
    parser.enter_span = [](MD_SPANTYPE t, void *d, void *u) {
        return static_cast<Render *>(u)->enterSpan(t, d);
    };
    parser.leave_span = [](MD_SPANTYPE t, void *d, void *u) {
        return static_cast<Render *>(u)->leaveSpan(t, d);
    };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) {
        return static_cast<Render *>(u)->text(t, s, n);
    };
    const QByteArray input = markdown.toUtf8();
    if (md_parse(input.constData(), MD_SIZE(input.size()), &parser, &state) != 0) {
        // md4c only fails when out of memory; show the text rather than nothing.
        qCWarning(lcRender) << "md4c failed to parse a document of" << input.size() << "bytes";
        return {QLatin1String("<pre>") + escape(markdown) + QLatin1String("</pre>"), {}};
    }
    return state.result;
}

QUrl MarkdownRenderer::linkTarget(const QString &target)
{
    const QString t = target.trimmed();
    if (const auto link = AppUrl::parseMarkdownTarget(t))
        return AppUrl::link(link->kind, link->id);
    const QUrl url(t, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty())
        return url;
    return {};
}

QUrl MarkdownRenderer::imageSource(const QString &source) const
{
    const QUrl url(source.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return {};
    QUrl resolved = url;
    if (url.isRelative() && !url.path().isEmpty() && !url.path().startsWith(u'/')) {
        if (!m_imageBase.isValid() || !AppUrl::isAppScheme(m_imageBase))
            return {};
        resolved = m_imageBase.resolved(url);
        // "../" must not climb out of the base's host, which is what serves this page's images.
        if (resolved.host() != m_imageBase.host())
            return {};
    }
    if (!AppUrl::isAppScheme(resolved) || resolved.host().isEmpty() || resolved.host() == AppUrl::linkHost())
        return {};
    return resolved;
}

QString MarkdownRenderer::slug(const QString &text)
{
    QString out;
    bool dash = false;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c;
            dash = false;
        } else if (c.isSpace() || c == u'-' || c == u'_') {
            dash = true;
        }
    }
    return out.isEmpty() ? QStringLiteral("section") : out;
}

} // namespace crossroads
