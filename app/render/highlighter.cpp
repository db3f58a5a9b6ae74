// SPDX-License-Identifier: MIT
#include "highlighter.h"

#include "render/lexer.h"

#include <QRegularExpression>

namespace crossroads {

QString Highlighter::escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString Highlighter::toHtml(const QString &code, const QString &language, const HighlightOptions &options)
{
    QString text = code;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    if (text.endsWith(u'\n'))
        text.chop(1);
    const QStringList lines = text.split(u'\n');

    const std::unique_ptr<Lexer> lexer = Lexer::forLanguage(language);
    const bool perLine = options.lineNumbers || options.lineAnchors || !options.highlightedLines.isEmpty();
    // An id must stay an id whatever the caller passes as prefix.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    QString prefix = options.anchorPrefix;
    prefix.remove(unsafe);

    const QString lang = language.section(u' ', 0, 0, QString::SectionSkipEmpty).toLower();
    QString html = QLatin1String("<pre class=\"code\"");
    if (!lang.isEmpty())
        html += QLatin1String(" data-language=\"") + escape(lang) + u'"';
    html += QLatin1String("><code>");

    int state = 0;
    for (int index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        const int number = options.firstLine + index;
        if (perLine) {
            html += QLatin1String("<span class=\"line");
            if (options.highlightedLines.contains(number))
                html += QLatin1String(" hl");
            html += u'"';
            if (options.lineAnchors)
                html += QLatin1String(" id=\"") + prefix + QString::number(number) + u'"';
            html += u'>';
            if (options.lineNumbers)
                html += QLatin1String("<span class=\"ln\" data-n=\"") + QString::number(number) +
                        QLatin1String("\" aria-hidden=\"true\"></span>");
        }
        int cursor = 0;
        if (lexer) {
            for (const Token &t : lexer->tokens(line, state)) {
                // Defensive: a lexer bug must never duplicate or drop text.
                if (t.start < cursor || t.length <= 0 || t.start + t.length > line.size())
                    continue;
                html += escape(QStringView(line).mid(cursor, t.start - cursor));
                html += QLatin1String("<span class=\"tok-") + Lexer::kindName(t.kind) + QLatin1String("\">") +
                        escape(QStringView(line).mid(t.start, t.length)) + QLatin1String("</span>");
                cursor = t.start + t.length;
            }
        }
        html += escape(QStringView(line).mid(cursor));
        if (perLine)
            html += QLatin1String("</span>");
        // Line breaks stay real text between the lines, so copying the code gives it back unchanged.
        if (index + 1 < lines.size())
            html += u'\n';
    }
    html += QLatin1String("</code></pre>");
    return html;
}

} // namespace crossroads
