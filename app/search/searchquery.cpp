// SPDX-License-Identifier: MIT
#include "searchquery.h"

namespace crossroads {

bool SearchQuery::isTokenChar(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

SearchQuery::SearchQuery(const QString &text)
{
    QStringList word;
    QString token;
    const auto endToken = [&] {
        if (!token.isEmpty())
            word.append(token.left(MaxTokenLength));
        token.clear();
    };
    const auto endWord = [&] {
        endToken();
        if (!word.isEmpty() && m_words.size() < MaxWords)
            m_words.append(word);
        word.clear();
    };
    const QList<uint> codepoints = text.toUcs4();
    for (const uint c : codepoints) {
        if (QChar::isSpace(c)) {
            endWord();
        } else if (isTokenChar(c)) {
            token.append(QStringView(QChar::fromUcs4(c)));
        } else {
            endToken();
        }
    }
    // Text that does not end in a space is a word still being typed: match it as a prefix.
    const bool typing = !word.isEmpty() || !token.isEmpty();
    const qsizetype before = m_words.size();
    endWord();
    if (typing && m_words.size() > before) {
        if (m_words.last().last().size() >= MinPrefixLength)
            m_prefix = true;
        else if (m_words.size() > 1)
            m_words.removeLast(); // "django f": the f is still being typed; search for "django"
    }
}

QStringList SearchQuery::words() const
{
    QStringList out;
    for (const QStringList &w : m_words)
        out.append(w.join(u' '));
    return out;
}

QStringList SearchQuery::tokens() const
{
    QStringList out;
    for (const QStringList &w : m_words)
        out.append(w);
    return out;
}

QString SearchQuery::expression(Mode mode) const
{
    QStringList phrases;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        // Tokens hold no quotes (a quote is a separator), so quoting cannot be broken out of.
        QString phrase = u'"' + m_words.at(i).join(u' ') + u'"';
        if (m_prefix && i == m_words.size() - 1)
            phrase += u'*';
        phrases.append(phrase);
    }
    return phrases.join(mode == Mode::AllWords ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
}

} // namespace crossroads
