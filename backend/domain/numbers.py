"""Whole numbers read from text that came from outside (a page, an upload, a registry's or Zotero's answer, a header).

`str.isdigit()` is true of "²" and of 5,000 digits, and `int()` refuses both (a ValueError where a number was
expected: one such year lost every paper of a page): only ASCII digits, and no more than a number of its kind has.
"""

from __future__ import annotations


def whole_number(text: str, max_digits: int = 18) -> int | None:
    """`text` as a number if it is 1 to `max_digits` ASCII digits, else None."""
    return int(text) if 0 < len(text) <= max_digits and text.isascii() and text.isdigit() else None
