"""The markup publishers and reference managers leave in titles and abstracts: Zotero's rich-text titles
("<i>Drosophila</i>", "CO<sub>2</sub>"), Crossref's, DataCite's and Zotero's abstracts ("<jats:p>…", "<p>…</p>").

Known tags only, with well-formed attributes, so that "n < 5 and m > 3" stays as written. Block tags part words,
inline ones ("x<sub>2</sub>") do not.
"""

from __future__ import annotations

import re

_TAG_ATTRIBUTES = r"""(?:\s+[\w:-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*\s*/?>"""
_BLOCK_TAGS = re.compile(rf"</?(?:jats:)?(?:p|br|hr|div|sec|title|list|list-item|abstract){_TAG_ATTRIBUTES}", re.IGNORECASE)
# Any tag of JATS's or MathML's namespace too ("<jats:ext-link …>", "<mml:mfrac>"): no prose is written so.
_INLINE_TAGS = re.compile(
    rf"</?(?:(?:jats:|mml:)?(?:i|b|u|em|strong|sub|sup|sc|span|italic|bold|inline-formula|tex-math|math|mi|mo|mn|mrow|msub|msup)"
    rf"|(?:jats|mml):[\w.-]+){_TAG_ATTRIBUTES}",
    re.IGNORECASE,
)


# The tags Google Scholar puts before a result's title (in its pages, alert emails and what is copied from them):
# "[PDF]", "[HTML]", "[BOOK][B]", "[CITATION][C]".
RESULT_TAGS = r"^\s*(?:\[(?:pdf|html|book|b|citation|c|doc)\]\s*)+"
_RESULT_TAGS = re.compile(RESULT_TAGS, re.IGNORECASE)


def without_result_tags(title: str) -> str:
    return _RESULT_TAGS.sub("", title) if title.startswith("[") else title


def without_markup(text: str) -> str:
    """The text without known tags, its blanks squashed; text without a "<" is returned as it is."""
    if "<" not in text:
        return text
    return " ".join(_INLINE_TAGS.sub("", _BLOCK_TAGS.sub(" ", text)).split())
