"""Counting words: functions, loops, strings and dictionaries."""

PUNCTUATION = ".,!?;:\"'()-"


def word_count(text):
    """Return a dict mapping each word in text (lower case, without the
    punctuation around it) to the number of times it appears."""
    counts = {}
    for raw in text.split():
        word = raw.strip(PUNCTUATION).lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def top_words(text, n=3):
    """Return the n most common words as (word, count) tuples, most common
    first; words with the same count in alphabetical order."""
    counts = word_count(text)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:n]
