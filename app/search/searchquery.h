// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace crossroads {

// What a person typed, as an FTS5 MATCH expression that can never be a syntax error: every
// word becomes a quoted phrase of its tokens, so quotes, stars, brackets, "column:" prefixes and
// AND/OR/NOT/NEAR typed by the learner are plain text. Tokens are split the way FTS5's
// unicode61 tokenizer splits them (letters, digits and private-use characters; everything else
// separates), so "url_for" is the phrase "url for" and matches where the code says url_for.
class SearchQuery final
{
public:
    enum class Mode { AllWords, AnyWord };

    // Longer input is cut: nobody types more, and it keeps a pasted page from costing seconds.
    static constexpr int MaxWords = 12;
    static constexpr int MaxTokenLength = 64;
    // A last word shorter than this is not a prefix: "d"* or "re"* expand to hundreds of index
    // terms on a large pack (tens of milliseconds) and match nearly everything anyway. Alone it is
    // matched whole ("js"); after other words it is left out until it grows ("login re").
    static constexpr int MinPrefixLength = 3;

    explicit SearchQuery(const QString &text);

    bool isEmpty() const { return m_words.isEmpty(); }
    // One entry per word, its tokens joined by a space ("url for").
    QStringList words() const;
    // Every token of every word, in order.
    QStringList tokens() const;
    bool lastWordIsPrefix() const { return m_prefix; }

    QString expression(Mode mode = Mode::AllWords) const;

    static bool isTokenChar(char32_t c);

private:
    QList<QStringList> m_words;
    bool m_prefix = false;
};

} // namespace crossroads
