// SPDX-License-Identifier: MIT
#include "spelling.h"

#include <algorithm>
#include <vector>

namespace crossroads {

Spelling::Spelling(QList<Word> vocabulary) : m_words(std::move(vocabulary)) {}

void Spelling::setVocabulary(QList<Word> vocabulary)
{
    m_words = std::move(vocabulary);
}

int Spelling::maxDistance(const QString &word)
{
    if (word.size() <= 2)
        return 0;
    return word.size() <= 5 ? 1 : 2;
}

int Spelling::distance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rolling rows: the transposition step looks two rows back.
    std::vector<int> twoBack(static_cast<std::size_t>(m + 1));
    std::vector<int> prev(static_cast<std::size_t>(m + 1));
    std::vector<int> cur(static_cast<std::size_t>(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        prev[static_cast<std::size_t>(j)] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = static_cast<int>(i);
        int rowMin = cur[0];
        const QChar ai = a.at(i - 1).toCaseFolded();
        for (qsizetype j = 1; j <= m; ++j) {
            const QChar bj = b.at(j - 1).toCaseFolded();
            const std::size_t uj = static_cast<std::size_t>(j);
            int d = std::min({prev[uj] + 1, cur[uj - 1] + 1, prev[uj - 1] + (ai == bj ? 0 : 1)});
            if (i > 1 && j > 1 && ai == b.at(j - 2).toCaseFolded() && a.at(i - 2).toCaseFolded() == bj)
                d = std::min(d, twoBack[uj - 2] + 1);
            cur[uj] = d;
            rowMin = std::min(rowMin, d);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(twoBack, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[static_cast<std::size_t>(m)], limit + 1);
}

QList<Spelling::Word> Spelling::suggest(const QStringList &spellings, int count) const
{
    struct Candidate
    {
        int distance;
        const Word *word;
    };
    std::vector<Candidate> found;
    for (const Word &w : m_words) {
        int best = -1;
        for (const QString &s : spellings) {
            const int limit = maxDistance(s);
            if (limit == 0)
                continue;
            const int d = distance(s, w.text, limit);
            // Distance 0 means the word is in the index already: nothing to correct.
            if (d == 0) {
                best = -1;
                break;
            }
            if (d <= limit && (best < 0 || d < best))
                best = d;
        }
        if (best > 0)
            found.push_back({best, &w});
    }
    std::sort(found.begin(), found.end(), [](const Candidate &x, const Candidate &y) {
        if (x.distance != y.distance)
            return x.distance < y.distance;
        if (x.word->documents != y.word->documents)
            return x.word->documents > y.word->documents;
        return x.word->text < y.word->text;
    });
    QList<Word> out;
    for (const Candidate &c : found) {
        if (out.size() >= count)
            break;
        out.append(*c.word);
    }
    return out;
}

} // namespace crossroads
