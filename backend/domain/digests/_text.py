"""Small text helpers the parsers share."""

from __future__ import annotations

import re

MAX_ITEMS = 2_000  # a digest page has tens of papers; past this many, a page gives its first MAX_ITEMS


def squash(text: str | None) -> str:
    """Collapse every run of white space (line breaks from hard-wrapped text included) to one space."""
    return " ".join((text or "").split())  # str.split() is the regex \s+ in C, four times faster


# A last word that is an initial or an abbreviation's letters ("… by J. R. R.", "… in the U.S."): its period is its own.
_INITIAL_AT_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")


def without_closing_period(title: str) -> str:
    """The title without the period a listing closes it with (dblp ends every title with one: "Attention is All you
    Need."), as dblp's own BibTeX gives it; an ellipsis or an initial keeps its period. The overlay finds the title on
    the page with or without it (content.js, `normalise`)."""
    if title.endswith(".") and not title.endswith("..") and not _INITIAL_AT_END.search(title[-3:]):
        return title[:-1].rstrip() or title
    return title
