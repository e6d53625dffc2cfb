"""Small text helpers the parsers share."""

from __future__ import annotations

import re

MAX_ITEMS = 2_000  # a digest page has tens of papers; anything past this is not a digest


def squash(text: str | None) -> str:
    """Collapse every run of white space (line breaks from hard-wrapped text included) to one space."""
    return " ".join((text or "").split())  # str.split() is the regex \s+ in C, four times faster


def split_authors(text: str) -> tuple[str, ...]:
    """ "A, B and C" or "A, B, C" into names. What is in parentheses is not a name: arXiv's affiliations ("A (1 and
    2), B (2) ((1) U. Tokyo, (2) JAXA)") and notes ("(on behalf of the XRISM team)")."""
    text = squash(_outside_parentheses(text))
    if not text:
        return ()
    parts = (part.strip().removesuffix(".") if _ENDS_IN_A_NAME.search(part) else part.strip() for part in _SEPARATOR.split(text))
    return tuple(part for part in parts if part and not _ET_AL.fullmatch(part))


_SEPARATOR = re.compile(r", ?(?:and )?| and ")  # "A, B and C", "A, B, and C" (squashed: one space at most)
_ET_AL = re.compile(r"et al\.?|others", re.IGNORECASE)  # not a name
_ENDS_IN_A_NAME = re.compile(r"\w\w\.$")  # "L. J. A. Scott." ends a sentence; "A. B." ends in an initial


_PARENTHESIS = re.compile(r"[()]")


def _outside_parentheses(text: str) -> str:
    """The text without what balanced parentheses enclose, nested or not (one pass over the parentheses); a "("
    never closed is dropped alone, and what follows it kept."""
    if "(" not in text:
        return text
    pieces, copied, depth, opened_at = [], 0, 0, 0
    for match in _PARENTHESIS.finditer(text):
        if match.group() == "(":
            if depth == 0:
                pieces.append(text[copied : match.start()])
                opened_at = match.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                copied = match.end()
    pieces.append(text[copied:] if depth == 0 else text[opened_at + 1 :])
    return " ".join(pieces)
