// SPDX-License-Identifier: MIT
#include "templatelexer.h"

#include <QSet>

namespace crossroads {

namespace {

// state = outer | inner << 2 | quote << 4: where we are in the HTML, which template construct
// is open, and which quote an open attribute value started with.
enum Outer { Text = 0, InTag = 1, HtmlComment = 2 };
enum Inner { NoTemplate = 0, Block = 1, Expression = 2, TemplateComment = 3 };

const QSet<QString> &templateKeywords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char *names[] = {"if",
                               "elif",
                               "else",
                               "endif",
                               "for",
                               "endfor",
                               "empty",
                               "in",
                               "not",
                               "and",
                               "or",
                               "is",
                               "block",
                               "endblock",
                               "extends",
                               "include",
                               "import",
                               "from",
                               "as",
                               "with",
                               "endwith",
                               "macro",
                               "endmacro",
                               "call",
                               "endcall",
                               "set",
                               "endset",
                               "filter",
                               "endfilter",
                               "raw",
                               "endraw",
                               "autoescape",
                               "endautoescape",
                               "load",
                               "url",
                               "static",
                               "csrf_token",
                               "comment",
                               "endcomment",
                               "verbatim",
                               "endverbatim",
                               "trans",
                               "blocktrans",
                               "endblocktrans",
                               "translate",
                               "blocktranslate",
                               "endblocktranslate",
                               "spaceless",
                               "endspaceless",
                               "cycle",
                               "firstof",
                               "now",
                               "regroup",
                               "widthratio",
                               "ifchanged",
                               "endifchanged",
                               "only",
                               "ignore",
                               "missing",
                               "context",
                               "super"};
        for (const char *name : names)
            s.insert(QString::fromLatin1(name));
        return s;
    }();
    return words;
}

const QSet<QString> &templateConstants()
{
    static const QSet<QString> words{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("none"),
                                     QStringLiteral("True"), QStringLiteral("False"), QStringLiteral("None")};
    return words;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

class Scanner
{
public:
    Scanner(const QString &line, QList<Token> &out) : m_line(line), m_out(out), m_n(int(line.size())) {}

    void run(int &state);

private:
    void add(int start, int end, TokenKind kind)
    {
        if (end > start)
            m_out.append({start, end - start, kind});
    }
    bool at(int i, const char *text) const { return m_line.mid(i).startsWith(QLatin1String(text)); }
    // Opens a template construct at i if one starts there; returns its kind.
    Inner templateOpenerAt(int i) const
    {
        if (i + 1 >= m_n || m_line.at(i) != u'{')
            return NoTemplate;
        const QChar c = m_line.at(i + 1);
        return c == u'%' ? Block : c == u'{' ? Expression : c == u'#' ? TemplateComment : NoTemplate;
    }
    int templateBody(int i, Inner &inner, int tokenStart);
    int attributeValue(int tokenStart, int from, QChar &quote);

    const QString &m_line;
    QList<Token> &m_out;
    const int m_n;
};

// Scans inside {% %}, {{ }} or {# #} from i; closes `inner` when the closer is on this line.
int Scanner::templateBody(int i, Inner &inner, int tokenStart)
{
    const char *closer = inner == Block ? "%}" : inner == Expression ? "}}" : "#}";
    if (inner == TemplateComment) {
        const int end = int(m_line.indexOf(QLatin1String(closer), i));
        if (end < 0) {
            add(tokenStart, m_n, TokenKind::Comment);
            return m_n;
        }
        add(tokenStart, end + 2, TokenKind::Comment);
        inner = NoTemplate;
        return end + 2;
    }
    bool afterPipe = false;
    while (i < m_n) {
        const QChar c = m_line.at(i);
        if (at(i, closer) || ((c == u'-' || c == u'+') && at(i + 1, closer))) {
            const int start = i;
            i += c == u'-' || c == u'+' ? 3 : 2;
            add(start, i, TokenKind::TemplateTag);
            inner = NoTemplate;
            return i;
        }
        if (c == u'"' || c == u'\'') {
            int j = i + 1;
            while (j < m_n && m_line.at(j) != c)
                j += m_line.at(j) == u'\\' ? 2 : 1;
            j = std::min(j + 1, m_n);
            add(i, j, TokenKind::String);
            i = j;
            continue;
        }
        if (c.isDigit()) {
            int j = i;
            while (j < m_n && (m_line.at(j).isDigit() || m_line.at(j) == u'.'))
                ++j;
            add(i, j, TokenKind::Number);
            i = j;
            continue;
        }
        if (isWordChar(c)) {
            int j = i;
            while (j < m_n && isWordChar(m_line.at(j)))
                ++j;
            const QString word = m_line.mid(i, j - i);
            if (afterPipe)
                add(i, j, TokenKind::Builtin);
            else if (templateKeywords().contains(word))
                add(i, j, TokenKind::Keyword);
            else if (templateConstants().contains(word))
                add(i, j, TokenKind::Constant);
            afterPipe = false;
            i = j;
            continue;
        }
        if (c == u'|')
            afterPipe = true;
        else if (!c.isSpace())
            afterPipe = false;
        ++i;
    }
    return m_n;
}

// A quoted attribute value up to its closing quote, or up to a template tag inside it (the value
// then goes on after the tag), or to the end of the line.
int Scanner::attributeValue(int tokenStart, int from, QChar &quote)
{
    int j = from;
    while (j < m_n && m_line.at(j) != quote && templateOpenerAt(j) == NoTemplate)
        ++j;
    if (j < m_n && m_line.at(j) == quote) {
        add(tokenStart, j + 1, TokenKind::String);
        quote = QChar();
        return j + 1;
    }
    add(tokenStart, j, TokenKind::String);
    return j;
}

void Scanner::run(int &state)
{
    int outer = state & 3;
    Inner inner = Inner((state >> 2) & 3);
    QChar quote = ((state >> 4) & 3) == 1 ? u'\'' : ((state >> 4) & 3) == 2 ? u'"' : QChar();
    int i = 0;
    while (i < m_n) {
        if (inner != NoTemplate) {
            i = templateBody(i, inner, i);
            continue;
        }
        if (outer == HtmlComment) {
            const int end = int(m_line.indexOf(QLatin1String("-->"), i));
            if (end < 0) {
                add(i, m_n, TokenKind::Comment);
                i = m_n;
            } else {
                add(i, end + 3, TokenKind::Comment);
                i = end + 3;
                outer = Text;
            }
            continue;
        }
        if (const Inner opened = templateOpenerAt(i); opened != NoTemplate) {
            const int length = i + 2 < m_n && (m_line.at(i + 2) == u'-' || m_line.at(i + 2) == u'+') ? 3 : 2;
            if (opened == TemplateComment) {
                inner = opened;
                i = templateBody(i + 2, inner, i);
            } else {
                add(i, i + length, TokenKind::TemplateTag);
                inner = opened;
                i += length;
            }
            continue;
        }
        const QChar c = m_line.at(i);
        if (outer == Text) {
            if (at(i, "<!--")) {
                outer = HtmlComment;
                continue;
            }
            if (c == u'<' && i + 1 < m_n &&
                (m_line.at(i + 1).isLetter() || m_line.at(i + 1) == u'/' || m_line.at(i + 1) == u'!')) {
                int j = i + 1;
                if (m_line.at(j) == u'/' || m_line.at(j) == u'!')
                    ++j;
                while (j < m_n && (isWordChar(m_line.at(j)) || m_line.at(j) == u'-' || m_line.at(j) == u':'))
                    ++j;
                add(i, j, TokenKind::Tag);
                outer = InTag;
                i = j;
                continue;
            }
            if (c == u'&') {
                // Character references such as &amp; and &#8594;
                int j = i + 1;
                while (j < m_n && (isWordChar(m_line.at(j)) || m_line.at(j) == u'#'))
                    ++j;
                if (j < m_n && j > i + 1 && m_line.at(j) == u';') {
                    add(i, j + 1, TokenKind::Constant);
                    i = j + 1;
                    continue;
                }
            }
            ++i;
            continue;
        }
        // Inside a tag.
        if (!quote.isNull()) {
            i = attributeValue(i, i, quote);
            continue;
        }
        if (c == u'>' || at(i, "/>")) {
            const int length = c == u'>' ? 1 : 2;
            add(i, i + length, TokenKind::Tag);
            outer = Text;
            i += length;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
            i = attributeValue(i, i + 1, quote);
            continue;
        }
        if (c == u'=') {
            // An unquoted attribute value.
            int j = i + 1;
            if (j < m_n && m_line.at(j) != u'"' && m_line.at(j) != u'\'' && !m_line.at(j).isSpace()) {
                int k = j;
                while (k < m_n && !m_line.at(k).isSpace() && m_line.at(k) != u'>' &&
                       templateOpenerAt(k) == NoTemplate)
                    ++k;
                add(j, k, TokenKind::String);
                i = k;
                continue;
            }
            ++i;
            continue;
        }
        if (!c.isSpace()) {
            int j = i;
            while (j < m_n && !m_line.at(j).isSpace() && m_line.at(j) != u'=' && m_line.at(j) != u'>' &&
                   m_line.at(j) != u'"' && m_line.at(j) != u'\'' && !at(j, "/>") &&
                   templateOpenerAt(j) == NoTemplate)
                ++j;
            add(i, std::max(j, i + 1), TokenKind::Attribute);
            i = std::max(j, i + 1);
            continue;
        }
        ++i;
    }
    const int quoteBits = quote == u'\'' ? 1 : quote == u'"' ? 2 : 0;
    state = outer | (int(inner) << 2) | (quoteBits << 4);
}

} // namespace

QList<Token> TemplateLexer::tokens(const QString &line, int &state) const
{
    QList<Token> out;
    Scanner(line, out).run(state);
    return out;
}

} // namespace crossroads
