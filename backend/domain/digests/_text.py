"""Small text helpers the parsers share."""

from __future__ import annotations

MAX_ITEMS = 2_000  # a digest page has tens of papers; past this many, a page gives its first MAX_ITEMS


def squash(text: str | None) -> str:
    """Collapse every run of white space (line breaks from hard-wrapped text included) to one space."""
    return " ".join((text or "").split())  # str.split() is the regex \s+ in C, four times faster
