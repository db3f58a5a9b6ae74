from crossroads_exercise import learner_module


def words():
    return learner_module("words")


def check_counts_each_word():
    got = words().word_count("the cat and the hat")
    expected = {"the": 2, "cat": 1, "and": 1, "hat": 1}
    assert got == expected, "word_count('the cat and the hat') returned %r; expected %r." % (got, expected)


def check_ignores_case_and_punctuation():
    text = "Hello, hello! (HELLO?) - don't"
    got = words().word_count(text)
    expected = {"hello": 3, "don't": 1}
    assert got == expected, (
        "word_count(%r) returned %r; expected %r. Lower-case each word, strip punctuation from its ends "
        "only, and skip what becomes empty." % (text, got, expected)
    )


def check_empty_text():
    for text in ("", "   \n\t "):
        got = words().word_count(text)
        assert got == {}, "word_count(%r) returned %r; expected an empty dict." % (text, got)


def check_top_words():
    got = words().top_words("b a b c a b", 2)
    expected = [("b", 3), ("a", 2)]
    assert got == expected, "top_words('b a b c a b', 2) returned %r; expected %r." % (got, expected)


def check_top_words_ties():
    got = words().top_words("zebra yak xerus wolf")
    expected = [("wolf", 1), ("xerus", 1), ("yak", 1)]
    assert got == expected, (
        "top_words('zebra yak xerus wolf') returned %r; expected %r: equal counts in alphabetical order, "
        "and three words when n is not given." % (got, expected)
    )
