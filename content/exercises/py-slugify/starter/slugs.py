"""Slugs for URLs: default and keyword arguments."""


def slugify(title, sep="-", max_length=None):
    """Lower-case letters and digits of title, words joined with sep."""
    # TODO: this only handles single spaces, and ignores max_length.
    return title.lower().replace(" ", sep)


def unique_slug(slug, taken):
    """slug if it is not in taken, else slug-2, slug-3, ... whichever is free first."""
    # TODO
    return slug
