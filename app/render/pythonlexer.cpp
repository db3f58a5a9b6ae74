// SPDX-License-Identifier: MIT
#include "pythonlexer.h"

#include <QRegularExpression>
#include <QSet>

namespace crossroads {

namespace {

// The carried state is the open string: its quote, whether it is triple-quoted and whether it is
// an f-string. 0 means no string is open.
enum StateBit { SingleQuote = 1, DoubleQuote = 2, Triple = 4, Formatted = 8 };

const QSet<QString> &keywords()
{
    static const QSet<QString> words{
        QStringLiteral("and"),    QStringLiteral("as"),       QStringLiteral("assert"),
        QStringLiteral("async"),  QStringLiteral("await"),    QStringLiteral("break"),
        QStringLiteral("class"),  QStringLiteral("continue"), QStringLiteral("def"),
        QStringLiteral("del"),    QStringLiteral("elif"),     QStringLiteral("else"),
        QStringLiteral("except"), QStringLiteral("finally"),  QStringLiteral("for"),
        QStringLiteral("from"),   QStringLiteral("global"),   QStringLiteral("if"),
        QStringLiteral("import"), QStringLiteral("in"),       QStringLiteral("is"),
        QStringLiteral("lambda"), QStringLiteral("nonlocal"), QStringLiteral("not"),
        QStringLiteral("or"),     QStringLiteral("pass"),     QStringLiteral("raise"),
        QStringLiteral("return"), QStringLiteral("try"),      QStringLiteral("while"),
        QStringLiteral("with"),   QStringLiteral("yield"),
    };
    return words;
}

const QSet<QString> &constants()
{
    static const QSet<QString> words{QStringLiteral("True"),     QStringLiteral("False"),
                                     QStringLiteral("None"),     QStringLiteral("NotImplemented"),
                                     QStringLiteral("Ellipsis"), QStringLiteral("__debug__")};
    return words;
}

const QSet<QString> &builtins()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char *names[] = {
            "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes",
            "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod",
            "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals",
            "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len",
            "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord",
            "pow", "print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice",
            "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "__import__",
            // The exceptions a web developer meets most.
            "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError",
            "FileNotFoundError", "ImportError", "IndexError", "KeyError", "LookupError",
            "ModuleNotFoundError", "NameError", "NotImplementedError", "OSError", "PermissionError",
            "RuntimeError", "StopIteration", "TypeError", "UnicodeDecodeError", "ValueError",
            "ZeroDivisionError"};
        for (const char *name : names)
            s.insert(QString::fromLatin1(name));
        return s;
    }();
    return words;
}

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}
bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}
bool isQuote(QChar c)
{
    return c == u'"' || c == u'\'';
}

bool isStringPrefix(const QString &word)
{
    static const QSet<QString> prefixes{QStringLiteral("r"),  QStringLiteral("u"),  QStringLiteral("f"),
                                        QStringLiteral("b"),  QStringLiteral("br"), QStringLiteral("rb"),
                                        QStringLiteral("fr"), QStringLiteral("rf")};
    return word.size() <= 2 && prefixes.contains(word.toLower());
}

// The open-string bits for the quote starting at `pos`, and how many quote characters open it.
int quoteAt(const QString &line, int pos, int *length)
{
    const QChar q = line.at(pos);
    const int bits = q == u'"' ? DoubleQuote : SingleQuote;
    if (line.size() >= pos + 3 && line.at(pos + 1) == q && line.at(pos + 2) == q) {
        *length = 3;
        return bits | Triple;
    }
    *length = 1;
    return bits;
}

class Scanner
{
public:
    Scanner(const QString &line, QList<Token> &out) : m_line(line), m_out(out) {}

    void add(int start, int end, TokenKind kind)
    {
        if (end > start)
            m_out.append({start, end - start, kind});
    }

    // Scans code from `from` to `to`, leaving an unterminated string's bits in `state`.
    void code(int from, int to, int &state);
    // Scans a string whose token starts at `tokenStart` (its prefix) and whose body starts at
    // `body`; returns where scanning continues.
    int string(int tokenStart, int body, int to, int bits, int &state);

private:
    int field(int open, int to, QChar quote);

    const QString &m_line;
    QList<Token> &m_out;
};

void Scanner::code(int from, int to, int &state)
{
    static const QRegularExpression number(QStringLiteral(
        R"(0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|)"
        R"((?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)"));
    int firstCode = from;
    while (firstCode < to && m_line.at(firstCode).isSpace())
        ++firstCode;
    enum class Expect { Nothing, FunctionName, ClassName } expect = Expect::Nothing;
    bool afterDot = false;
    int i = from;
    while (i < to) {
        const QChar c = m_line.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'#') {
            add(i, to, TokenKind::Comment);
            return;
        }
        if (c == u'@' && i == firstCode) {
            int j = i + 1;
            while (j < to && (isIdentChar(m_line.at(j)) || m_line.at(j) == u'.'))
                ++j;
            add(i, j, TokenKind::Decorator);
            i = j;
            continue;
        }
        if (isIdentStart(c)) {
            int j = i + 1;
            while (j < to && isIdentChar(m_line.at(j)))
                ++j;
            const QString word = m_line.mid(i, j - i);
            if (j < to && isQuote(m_line.at(j)) && isStringPrefix(word)) {
                int length = 0;
                int bits = quoteAt(m_line, j, &length);
                if (word.contains(u'f', Qt::CaseInsensitive))
                    bits |= Formatted;
                i = string(i, j + length, to, bits, state);
                afterDot = false;
                continue;
            }
            if (afterDot) {
                // An attribute such as request.form or obj.list is not the builtin.
            } else if (expect == Expect::FunctionName) {
                add(i, j, TokenKind::Function);
            } else if (expect == Expect::ClassName) {
                add(i, j, TokenKind::Class);
            } else if (keywords().contains(word)) {
                add(i, j, TokenKind::Keyword);
            } else if (constants().contains(word)) {
                add(i, j, TokenKind::Constant);
            } else if ((word == u"match" || word == u"case") && i == firstCode && j < to &&
                       m_line.at(j).isSpace() && m_line.trimmed().endsWith(u':')) {
                // Soft keywords: only a clause header is a match statement; `match = 3` is not.
                add(i, j, TokenKind::Keyword);
            } else if (builtins().contains(word)) {
                add(i, j, TokenKind::Builtin);
            }
            expect = word == u"def"     ? Expect::FunctionName
                     : word == u"class" ? Expect::ClassName
                                        : Expect::Nothing;
            afterDot = false;
            i = j;
            continue;
        }
        if (c.isDigit() || (c == u'.' && i + 1 < to && m_line.at(i + 1).isDigit())) {
            const auto m = number.match(m_line, i, QRegularExpression::NormalMatch,
                                        QRegularExpression::AnchorAtOffsetMatchOption);
            const int end = m.hasMatch() ? int(m.capturedEnd()) : i + 1;
            add(i, std::min(end, to), TokenKind::Number);
            i = std::min(end, to);
            afterDot = false;
            continue;
        }
        if (isQuote(c)) {
            int length = 0;
            const int bits = quoteAt(m_line, i, &length);
            i = string(i, i + length, to, bits, state);
            afterDot = false;
            continue;
        }
        afterDot = c == u'.';
        expect = Expect::Nothing;
        ++i;
    }
}

int Scanner::string(int tokenStart, int body, int to, int bits, int &state)
{
    const QChar quote = (bits & DoubleQuote) ? u'"' : u'\'';
    const bool triple = bits & Triple;
    int piece = tokenStart;
    int i = body;
    while (i < to) {
        const QChar c = m_line.at(i);
        if (c == u'\\') {
            i += 2;
            continue;
        }
        if (c == quote) {
            const int length = triple ? 3 : 1;
            if (!triple || (i + 3 <= to && m_line.at(i + 1) == quote && m_line.at(i + 2) == quote)) {
                add(piece, i + length, TokenKind::String);
                state = 0;
                return i + length;
            }
            ++i;
            continue;
        }
        if ((bits & Formatted) && c == u'{') {
            if (i + 1 < to && m_line.at(i + 1) == u'{') {
                i += 2; // an escaped brace is literal text
                continue;
            }
            add(piece, i, TokenKind::String);
            i = field(i, to, quote);
            piece = i;
            continue;
        }
        ++i;
    }
    // A backslash as the very last character continues a single-quoted string on the next line.
    const bool escapedLineBreak = i > to;
    add(piece, to, TokenKind::String);
    state = (triple || escapedLineBreak) ? bits : 0;
    return to;
}

// An f-string replacement field: "{", an expression scanned as code, then "!r", ":spec" and "}".
int Scanner::field(int open, int to, QChar quote)
{
    add(open, open + 1, TokenKind::Interpolation);
    int depth = 0;
    int j = open + 1;
    for (; j < to; ++j) {
        const QChar c = m_line.at(j);
        if (c == quote)
            break;
        if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            if (depth == 0)
                break;
            --depth;
        } else if (depth == 0 && (c == u':' || (c == u'!' && (j + 1 >= to || m_line.at(j + 1) != u'=')))) {
            break;
        } else if (isQuote(c)) {
            // A nested string with the other quote: skip it so its braces do not count.
            const int close = m_line.indexOf(c, j + 1);
            if (close < 0 || close >= to)
                break;
            j = close;
        }
    }
    int nested = 0;
    code(open + 1, j, nested);
    int k = j;
    int braces = 0;
    for (; k < to && m_line.at(k) != quote; ++k) {
        if (m_line.at(k) == u'{') {
            ++braces;
        } else if (m_line.at(k) == u'}') {
            if (braces == 0) {
                ++k;
                break;
            }
            --braces;
        }
    }
    add(j, k, TokenKind::Interpolation);
    return k;
}

} // namespace

QList<Token> PythonLexer::tokens(const QString &line, int &state) const
{
    QList<Token> out;
    Scanner scanner(line, out);
    int from = 0;
    if (state != 0)
        from = scanner.string(0, 0, int(line.size()), state, state);
    if (state == 0)
        scanner.code(from, int(line.size()), state);
    return out;
}

} // namespace crossroads
