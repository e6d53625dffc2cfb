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


# A last word that is an initial or an abbreviation's letters ("… by J. R. R.", "… in the U.S."): its period is its own.
_INITIAL_AT_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")


def without_closing_period(title: str) -> str:
    """The title without the period a listing or a record closes it with (dblp and PubMed end every title with one:
    "Attention is All you Need."; so does MEDLINE's `TI` field), as dblp's own BibTeX gives it; an ellipsis or an
    initial keeps its period. The overlay finds a page's title with or without it (content.js, `normalise`)."""
    if title.endswith(".") and not title.endswith("..") and not _INITIAL_AT_END.search(title[-3:]):
        return title[:-1].rstrip() or title
    return title


def without_markup(text: str) -> str:
    """The text without known tags, its blanks squashed; text without a "<" is returned as it is."""
    if "<" not in text:
        return text
    return " ".join(_INLINE_TAGS.sub("", _BLOCK_TAGS.sub(" ", text)).split())
