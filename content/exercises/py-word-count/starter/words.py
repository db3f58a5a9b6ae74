"""Counting words: functions, loops, strings and dictionaries."""

PUNCTUATION = ".,!?;:\"'()-"


def word_count(text):
    """Return a dict mapping each word in text (lower case, without the
    punctuation around it) to the number of times it appears."""
    counts = {}
    # TODO: split the text into words, clean each word and count it.
    return counts


def top_words(text, n=3):
    """Return the n most common words as (word, count) tuples, most common
    first; words with the same count in alphabetical order."""
    # TODO: use word_count() and sort its items.
    return []
