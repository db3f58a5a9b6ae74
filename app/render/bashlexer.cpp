// SPDX-License-Identifier: MIT
#include "bashlexer.h"

#include <QSet>

#include <algorithm>

namespace crossroads {

namespace {

// The carried state is the open quote: 1 single, 2 double.
enum OpenQuote { NoQuote = 0, SingleQuoted = 1, DoubleQuoted = 2 };

const QSet<QString> &shellKeywords()
{
    static const QSet<QString> words{
        QStringLiteral("if"),    QStringLiteral("then"),     QStringLiteral("else"),
        QStringLiteral("elif"),  QStringLiteral("fi"),       QStringLiteral("for"),
        QStringLiteral("while"), QStringLiteral("until"),    QStringLiteral("do"),
        QStringLiteral("done"),  QStringLiteral("case"),     QStringLiteral("esac"),
        QStringLiteral("in"),    QStringLiteral("function"), QStringLiteral("select"),
        QStringLiteral("time"),  QStringLiteral("return"),   QStringLiteral("export"),
        QStringLiteral("local"), QStringLiteral("source")};
    return words;
}

// After these, the next word is again a command (sudo apt install, if grep -q ...).
bool keepsCommandPosition(const QString &word)
{
    static const QSet<QString> words{QStringLiteral("sudo"),  QStringLiteral("exec"),  QStringLiteral("env"),
                                     QStringLiteral("nohup"), QStringLiteral("time"),  QStringLiteral("then"),
                                     QStringLiteral("do"),    QStringLiteral("else"),  QStringLiteral("if"),
                                     QStringLiteral("while"), QStringLiteral("until"), QStringLiteral("elif"),
                                     QStringLiteral("!")};
    return words.contains(word);
}

bool isVariableChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}
bool isWordBreak(QChar c)
{
    return c.isSpace() || c == u'|' || c == u';' || c == u'&' || c == u'(' || c == u')' || c == u'<' ||
           c == u'>' || c == u'"' || c == u'\'' || c == u'`' || c == u'$';
}

} // namespace

QList<Token> BashLexer::tokens(const QString &line, int &state) const
{
    QList<Token> out;
    const auto add = [&out](int start, int end, TokenKind kind) {
        if (end > start)
            out.append({start, end - start, kind});
    };
    const int n = int(line.size());
    // Scans a quoted string body from i; returns the index after it and updates state.
    const auto quoted = [&](int tokenStart, int i, QChar quote) {
        while (i < n && line.at(i) != quote)
            i += (quote == u'"' && line.at(i) == u'\\') ? 2 : 1;
        if (i < n) {
            add(tokenStart, i + 1, TokenKind::String);
            state = NoQuote;
            return i + 1;
        }
        add(tokenStart, n, TokenKind::String);
        state = quote == u'"' ? DoubleQuoted : SingleQuoted;
        return n;
    };

    int i = 0;
    if (state != NoQuote)
        i = quoted(0, 0, state == DoubleQuoted ? u'"' : u'\'');
    else if (line.startsWith(QLatin1String("$ ")))
        i = 2;
    bool commandPosition = state == NoQuote;
    bool afterDeclaration = false;
    while (i < n) {
        const QChar c = line.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'#') {
            add(i, n, TokenKind::Comment);
            break;
        }
        if (c == u'"' || c == u'\'') {
            i = quoted(i, i + 1, c);
            commandPosition = false;
            continue;
        }
        if (c == u'$') {
            int j = i + 1;
            if (j < n && line.at(j) == u'{') {
                const int close = int(line.indexOf(u'}', j));
                j = close < 0 ? n : close + 1;
            } else if (j < n && line.at(j) == u'(') {
                // Command substitution: what follows is a command.
                i = j + 1;
                commandPosition = true;
                continue;
            } else if (j < n && (line.at(j) == u'?' || line.at(j) == u'#' || line.at(j) == u'@' ||
                                 line.at(j) == u'*' || line.at(j) == u'$' || line.at(j) == u'!')) {
                ++j;
            } else {
                while (j < n && isVariableChar(line.at(j)))
                    ++j;
            }
            add(i, j, TokenKind::Variable);
            commandPosition = false;
            i = j;
            continue;
        }
        if (c == u'|' || c == u';' || c == u'&' || c == u'(' || c == u'`') {
            commandPosition = true;
            ++i;
            continue;
        }
        if (isWordBreak(c)) {
            ++i;
            continue;
        }
        int j = i;
        while (j < n && !isWordBreak(line.at(j)))
            ++j;
        const QString word = line.mid(i, j - i);
        const int equals = int(word.indexOf(u'='));
        const bool assignment = (commandPosition || afterDeclaration) && equals > 0 &&
                                std::all_of(word.begin(), word.begin() + equals, isVariableChar) &&
                                !word.at(0).isDigit();
        afterDeclaration = false;
        if (assignment) {
            add(i, i + equals, TokenKind::Variable); // NAME=value, export NAME=value
        } else if (shellKeywords().contains(word)) {
            add(i, j, TokenKind::Keyword);
            commandPosition = keepsCommandPosition(word);
            afterDeclaration = word == u"export" || word == u"local";
        } else if (commandPosition) {
            add(i, j, TokenKind::Function);
            commandPosition = keepsCommandPosition(word);
        } else if (c == u'-' && word.size() > 1) {
            add(i, equals > 0 ? i + equals : j, TokenKind::Attribute);
        }
        i = j;
    }
    return out;
}

} // namespace crossroads
