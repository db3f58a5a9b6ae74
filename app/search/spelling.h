// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace crossroads {

// Finds the word a slip of the keyboard was meant to be ("djnago" -> "django") among the words
// of the search index, by edit distance with transpositions (optimal string alignment): a swap
// of two neighbouring letters, the most common slip, costs 1 rather than 2.
class Spelling final
{
public:
    struct Word
    {
        QString text;
        int documents = 0; // how many index entries hold it; breaks ties towards common words
    };

    explicit Spelling(QList<Word> vocabulary = {});

    void setVocabulary(QList<Word> vocabulary);
    bool isEmpty() const { return m_words.isEmpty(); }

    // The closest vocabulary words to any of the spellings (e.g. the typed word and its stem),
    // best first, within maxDistance(word).
    QList<Word> suggest(const QStringList &spellings, int count = 1) const;

    // How far a word may be from a suggestion: short words allow one slip, longer ones two.
    static int maxDistance(const QString &word);
    // Optimal string alignment distance, case-insensitive; returns limit + 1 as soon as the
    // distance is known to exceed limit, so scanning a large vocabulary stays cheap.
    static int distance(QStringView a, QStringView b, int limit);

private:
    QList<Word> m_words;
};

} // namespace crossroads
