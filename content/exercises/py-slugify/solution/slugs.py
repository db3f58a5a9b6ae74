"""Slugs for URLs: default and keyword arguments."""


def slugify(title, sep="-", max_length=None):
    """Lower-case letters and digits of title, words joined with sep."""
    words = []
    current = ""
    for ch in title.lower():
        if ch.isalnum():
            current += ch
        elif current:
            words.append(current)
            current = ""
    if current:
        words.append(current)
    slug = sep.join(words)
    if max_length is not None:
        slug = slug[:max_length].strip(sep)
    return slug


def unique_slug(slug, taken):
    """slug if it is not in taken, else slug-2, slug-3, ... whichever is free first."""
    candidate = slug
    number = 2
    while candidate in taken:
        candidate = f"{slug}-{number}"
        number += 1
    return candidate
