// SPDX-License-Identifier: MIT
#include "jsonlexer.h"

#include <QRegularExpression>

namespace crossroads {

QList<Token> JsonLexer::tokens(const QString &line, int &state) const
{
    static const QRegularExpression number(QStringLiteral(R"(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"));
    state = 0;
    QList<Token> out;
    const int n = int(line.size());
    int i = 0;
    while (i < n) {
        const QChar c = line.at(i);
        if (c == u'"') {
            int j = i + 1;
            while (j < n && line.at(j) != u'"')
                j += line.at(j) == u'\\' ? 2 : 1;
            j = std::min(j + 1, n);
            int k = j;
            while (k < n && line.at(k).isSpace())
                ++k;
            out.append({i, j - i, k < n && line.at(k) == u':' ? TokenKind::Key : TokenKind::String});
            i = j;
            continue;
        }
        if (c == u'-' || c.isDigit()) {
            const auto m = number.match(line, i, QRegularExpression::NormalMatch,
                                        QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                out.append({i, int(m.capturedLength()), TokenKind::Number});
                i = int(m.capturedEnd());
                continue;
            }
        }
        if (c.isLetter()) {
            int j = i;
            while (j < n && line.at(j).isLetter())
                ++j;
            const QStringView word = QStringView(line).mid(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                out.append({i, j - i, TokenKind::Constant});
            i = j;
            continue;
        }
        ++i;
    }
    return out;
}

} // namespace crossroads
