"""Any other page: the most repeated kind of heading (or list link) is the paper title, the text under it the abstract.

Returns what it can and never raises: a page it cannot read gives an empty list.
"""

from __future__ import annotations

from collections import Counter

from selectolax.lexbor import LexborHTMLParser, LexborNode

from backend.domain.digests._text import MAX_ITEMS, squash
from backend.domain.identity import normalise_arxiv_id, normalise_doi
from backend.domain.models import Paper

MIN_TITLE_CHARS = 10
MAX_TITLE_CHARS = 300
MIN_ABSTRACT_CHARS = 100
_CANDIDATE_SELECTOR = "h1, h2, h3, h4, h5, li > a, td > a, dt > a"


def parse(html: str) -> list[Paper]:
    try:
        tree = LexborHTMLParser(html)
        return _parse(tree)
    except Exception:  # noqa: BLE001 - the fallback must answer for any page, however broken
        return []


def _signature(node: LexborNode) -> str:
    parent = node.parent
    return f"{parent.tag if parent else ''}>{node.tag}.{node.attributes.get('class') or ''}"


def _parse(tree: LexborHTMLParser) -> list[Paper]:
    for junk in tree.css("script, style, noscript, template, nav, footer"):
        junk.decompose()
    candidates = [
        node
        for node in tree.css(_CANDIDATE_SELECTOR)
        if MIN_TITLE_CHARS <= len(squash(node.text())) <= MAX_TITLE_CHARS and len(squash(node.text()).split()) >= 2
    ]
    if not candidates:
        return []
    # Titles of one list share a shape: same tag, class and parent tag.
    counts = Counter(_signature(node) for node in candidates)
    signature, count = counts.most_common(1)[0]
    if count < 2:
        return []
    titles = [node for node in candidates if _signature(node) == signature]
    return [_paper(node) for node in titles[: MAX_ITEMS + 1]]  # one past the limit is enough to refuse the page


def _paper(node: LexborNode) -> Paper:
    link = node if node.tag == "a" else node.css_first("a[href]")
    href = (link.attributes.get("href") or "") if link else ""
    return Paper(
        title=squash(node.text()),
        abstract=_text_under(node),
        arxiv_id=normalise_arxiv_id(href),
        doi=normalise_doi(href),
        link=href or None,
    )


def _text_under(node: LexborNode) -> str | None:
    """The first substantial block of text after the title, within its parent."""
    anchor = node if node.tag != "a" else (node.parent or node)
    sibling = anchor.next
    for _ in range(5):
        if sibling is None:
            return None
        text = squash(sibling.text()) if sibling.tag != "-text" else squash(sibling.text_content)
        if len(text) >= MIN_ABSTRACT_CHARS:
            return text
        sibling = sibling.next
    return None
