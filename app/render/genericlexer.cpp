// SPDX-License-Identifier: MIT
#include "genericlexer.h"

namespace crossroads {

QList<Token> GenericLexer::tokens(const QString &line, int &state) const
{
    QList<Token> out;
    const int n = int(line.size());
    int i = 0;
    // state 1: inside a /* */ comment.
    if (state == 1) {
        const int end = int(line.indexOf(QLatin1String("*/")));
        if (end < 0) {
            if (n > 0)
                out.append({0, n, TokenKind::Comment});
            return out;
        }
        out.append({0, end + 2, TokenKind::Comment});
        i = end + 2;
        state = 0;
    }
    while (i < n) {
        const QChar c = line.at(i);
        const bool wordStart = i == 0 || line.at(i - 1).isSpace();
        if (c == u'/' && i + 1 < n && line.at(i + 1) == u'*') {
            const int end = int(line.indexOf(QLatin1String("*/"), i + 2));
            if (end < 0) {
                out.append({i, n - i, TokenKind::Comment});
                state = 1;
                return out;
            }
            out.append({i, end + 2 - i, TokenKind::Comment});
            i = end + 2;
            continue;
        }
        // "# note" is a comment, "#header" (a CSS id or colour) is not.
        const bool hashComment =
            c == u'#' && (i + 1 == n || line.at(i + 1).isSpace() || line.at(i + 1) == u'#');
        if (wordStart && (hashComment || (c == u'/' && i + 1 < n && line.at(i + 1) == u'/'))) {
            out.append({i, n - i, TokenKind::Comment});
            break;
        }
        if (c == u'"' || c == u'\'') {
            int j = i + 1;
            while (j < n && line.at(j) != c)
                j += line.at(j) == u'\\' ? 2 : 1;
            j = std::min(j + 1, n);
            out.append({i, j - i, TokenKind::String});
            i = j;
            continue;
        }
        if (c.isDigit() && (i == 0 || !(line.at(i - 1).isLetterOrNumber() || line.at(i - 1) == u'_'))) {
            int j = i;
            while (j < n && (line.at(j).isLetterOrNumber() || line.at(j) == u'.' || line.at(j) == u'%'))
                ++j;
            out.append({i, j - i, TokenKind::Number});
            i = j;
            continue;
        }
        ++i;
    }
    return out;
}

} // namespace crossroads
