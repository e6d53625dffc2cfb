"""Digest pages into papers: one module per source, chosen from the URL and the content."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import msgspec

from backend.domain.digests import arxiv_listing, arxiv_mailing, feed, generic, hf_papers, plain_text
from backend.domain.digests._text import MAX_ITEMS
from backend.domain.digests.depth import too_deep
from backend.domain.digests.visible import visible_text
from backend.domain.markup import without_closing_period
from backend.domain.models import Paper

MAX_DEPTH = 1_000  # real pages nest tens of elements deep; the HTML parser is quadratic in depth
MAX_TITLE_CHARS = 1_000
MAX_ABSTRACT_CHARS = 20_000
MAX_AUTHORS = 200
MAX_AUTHOR_CHARS = 200


class PageRejected(ValueError):
    """A page past one of the limits above; the message says which."""


@dataclass(frozen=True, slots=True)
class ParsedDigest:
    source: str
    papers: list[Paper]
    more_papers: bool = False  # the page lists more than MAX_ITEMS papers: these are its first MAX_ITEMS


def detect_source(url: str, *, html: str | None = None, text: str | None = None) -> str:
    if feed.recognises(html if html is not None else text or ""):
        return "feed"
    if html is not None:
        if hf_papers.recognises(url, html):
            return "hf_papers"
        if arxiv_listing.recognises(url, html):
            return "arxiv_listing"
        return "generic"
    if arxiv_mailing.recognises(text or ""):
        return "arxiv_mailing"
    return "plain_text"


# Each reads (content, the page's address); only the generic reading needs the address (its relative links).
_PARSERS = {
    "feed": lambda content, url: feed.parse(content),
    "hf_papers": lambda content, url: hf_papers.parse(content),
    "arxiv_listing": lambda content, url: arxiv_listing.parse(content),
    "generic": generic.parse,
    "arxiv_mailing": lambda content, url: arxiv_mailing.parse(content),
    "plain_text": lambda content, url: plain_text.parse(content),
}


def parse_digest(url: str, *, html: str | None = None, text: str | None = None) -> ParsedDigest:
    """The papers on a page, given either its HTML or its visible text.

    A page that a specific parser recognises but yields nothing (a redesign, a partial capture)
    falls back to the generic parser, which returns what it can and never raises; a page of markup that gives
    nothing is read as the text it shows (arXiv's mailing in a web mail client). A hostile page gets
    `PageRejected` (too deep) or bounded fields (titles, abstracts, authors). A page of more than MAX_ITEMS
    papers (arXiv's /list/cs/new on a busy day, a conference's accepted papers, the cs RSS feed) gives its first
    MAX_ITEMS, marked `more_papers`: what the user sees first is annotated, and told the rest is not.
    """
    html = html.replace("\x00", "") if html is not None else None  # NUL bytes: never meaningful on a page
    text = text.replace("\x00", "") if text is not None else None
    if html is not None and too_deep(html, MAX_DEPTH):
        raise PageRejected(f"the page nests elements more than {MAX_DEPTH:,} deep; paperlens does not read such pages")
    source = detect_source(url, html=html, text=text)
    content = html if html is not None else (text or "")
    more_entries = False
    if source == "feed":  # cut before the slow feed parser runs
        content, more_entries = feed.first_entries(content, MAX_ITEMS)
    papers = _PARSERS[source](content, url)
    if not papers and source not in ("generic", "plain_text"):
        source = "generic" if html is not None else "plain_text"
        papers = _PARSERS[source](content, url)
    if not papers and html is not None:  # a plain-text mailing in a web mail client's markup: its text, read as text
        shown = visible_text(html)
        if arxiv_mailing.recognises(shown) and (mailed := arxiv_mailing.parse(shown)):
            source, papers = "arxiv_mailing", mailed
    more_papers = more_entries or len(papers) > MAX_ITEMS
    return ParsedDigest(source=source, papers=_without_blurbs([_bounded(paper) for paper in papers[:MAX_ITEMS]]), more_papers=more_papers)


def _without_blurbs(papers: list[Paper]) -> list[Paper]:
    """An abstract read under papers of different titles is the page's (a newsletter's blurb, a sidebar read as the
    text after each title), not theirs: it would make every paper look alike to the keywords, the relevance model
    and the matcher, which takes one abstract in two records for one paper renamed."""
    titles: defaultdict[str, set[str]] = defaultdict(set)
    for paper in papers:
        if paper.abstract:
            titles[paper.abstract].add(paper.title.casefold())
    blurbs = {abstract for abstract, under in titles.items() if len(under) > 1}
    if not blurbs:
        return papers
    return [msgspec.structs.replace(paper, abstract=None) if paper.abstract in blurbs else paper for paper in papers]


def _cut(value: str | None, limit: int) -> str | None:
    return value if value is None or len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _bounded(paper: Paper) -> Paper:
    """Fields cut to sizes no real paper needs (a megabyte "title" is an attack, not a title)."""
    return msgspec.structs.replace(
        paper,
        title=_cut(without_closing_period(paper.title), MAX_TITLE_CHARS),
        abstract=_cut(paper.abstract, MAX_ABSTRACT_CHARS),
        authors=tuple(_cut(author, MAX_AUTHOR_CHARS) for author in paper.authors[:MAX_AUTHORS]),
    )
