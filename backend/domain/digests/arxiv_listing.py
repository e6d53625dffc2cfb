"""arxiv.org/list/<cat>/new|recent|pastweek: `dl#articles` of `dt` (id link) and `dd` (title, authors, abstract)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from backend.domain.digests._text import squash
from backend.domain.identity import normalise_arxiv_id
from backend.domain.models import Paper


def recognises(url: str, html: str) -> bool:
    return "arxiv.org/list/" in url or "arxiv.org/catchup" in url or 'id="articles"' in html


def _text_without_descriptor(node: LexborNode | None) -> str:
    """`<div class="list-title"><span class="descriptor">Title:</span> ...</div>` without its label."""
    if node is None:
        return ""
    text = squash(node.text(separator=" "))
    descriptor = node.css_first(".descriptor")
    label = squash(descriptor.text()) if descriptor else ""
    return text[len(label) :].strip() if label and text.startswith(label) else text


def parse(html: str) -> list[Paper]:
    tree = LexborHTMLParser(html)
    papers = []
    # New submissions, cross-lists and replacements each have their own `dl#articles`.
    for listing in tree.css("dl#articles") or tree.css("dl"):
        for dt in listing.css("dt"):
            dd = dt.next
            while dd is not None and dd.tag != "dd":
                dd = dd.next
            if dd is None:
                continue
            paper = _parse_entry(dt, dd)
            if paper:
                papers.append(paper)
    return papers


def _parse_entry(dt: LexborNode, dd: LexborNode) -> Paper | None:
    title = _text_without_descriptor(dd.css_first(".list-title"))
    if not title:
        return None
    abs_link = dt.css_first('a[href*="/abs/"]')
    href = abs_link.attributes.get("href") if abs_link else ""
    arxiv_id = normalise_arxiv_id(href or "") or normalise_arxiv_id(squash(dt.text()))
    authors_node = dd.css_first(".list-authors")
    authors = tuple(squash(a.text()) for a in authors_node.css("a")) if authors_node else ()
    abstract_node = dd.css_first("p.mathjax")
    return Paper(
        title=title,
        authors=tuple(a for a in authors if a),
        abstract=squash(abstract_node.text()) if abstract_node else None,
        arxiv_id=arxiv_id,
        link=f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else None,
    )
