"""huggingface.co/papers: the paper list from the page's `DailyPapers` JSON, else from its cards."""

from __future__ import annotations

import msgspec
from selectolax.lexbor import LexborHTMLParser

from backend.domain.digests._text import squash
from backend.domain.identity import normalise_arxiv_id
from backend.domain.models import Paper

HF_ORIGIN = "https://huggingface.co"


def recognises(url: str, html: str) -> bool:
    return "huggingface.co/papers" in url or 'data-target="DailyPapers"' in html


class _Author(msgspec.Struct):
    name: str = ""


class _HFPaper(msgspec.Struct):
    id: str = ""
    title: str = ""
    summary: str = ""
    authors: list[_Author] = []


class _DailyPaper(msgspec.Struct):
    paper: _HFPaper
    title: str = ""


class _DailyPapersProps(msgspec.Struct):
    dailyPapers: list[_DailyPaper] = []


_props_decoder = msgspec.json.Decoder(_DailyPapersProps)


def parse(html: str) -> list[Paper]:
    tree = LexborHTMLParser(html)
    return _from_props(tree) or _from_cards(tree)


def _from_props(tree: LexborHTMLParser) -> list[Paper]:
    node = tree.css_first('[data-target="DailyPapers"][data-props]')
    if node is None:
        return []
    try:
        props = _props_decoder.decode(node.attributes.get("data-props") or "")
    except msgspec.DecodeError:
        return []
    papers = []
    for daily in props.dailyPapers:
        title = squash(daily.title or daily.paper.title)
        if not title:
            continue
        arxiv_id = normalise_arxiv_id(daily.paper.id)
        papers.append(
            Paper(
                title=title,
                authors=tuple(a.name for a in daily.paper.authors if a.name),
                abstract=squash(daily.paper.summary) or None,
                arxiv_id=arxiv_id,
                link=f"{HF_ORIGIN}/papers/{daily.paper.id}" if daily.paper.id else None,
            )
        )
    return papers


def _from_cards(tree: LexborHTMLParser) -> list[Paper]:
    papers = []
    for link in tree.css('article h3 a[href*="/papers/"]'):
        title = squash(link.text())
        href = link.attributes.get("href") or ""
        if title:
            papers.append(
                Paper(
                    title=title,
                    arxiv_id=normalise_arxiv_id(href),
                    link=href if href.startswith("http") else HF_ORIGIN + href,
                )
            )
    return papers
