"""Digest pages into papers: one module per source, chosen from the URL and the content."""

from __future__ import annotations

from dataclasses import dataclass

from backend.domain.digests import arxiv_listing, arxiv_mailing, feed, generic, hf_papers, plain_text
from backend.domain.models import Paper

MAX_ITEMS = 2_000  # a digest page has tens of papers; anything past this is not a digest


@dataclass(frozen=True, slots=True)
class ParsedDigest:
    source: str
    papers: list[Paper]


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


_PARSERS = {
    "feed": feed.parse,
    "hf_papers": hf_papers.parse,
    "arxiv_listing": arxiv_listing.parse,
    "generic": generic.parse,
    "arxiv_mailing": arxiv_mailing.parse,
    "plain_text": plain_text.parse,
}


def parse_digest(url: str, *, html: str | None = None, text: str | None = None) -> ParsedDigest:
    """The papers on a page, given either its HTML or its visible text.

    A page that a specific parser recognises but yields nothing (a redesign, a partial capture)
    falls back to the generic parser, which returns what it can and never raises.
    """
    source = detect_source(url, html=html, text=text)
    content = html if html is not None else (text or "")
    papers = _PARSERS[source](content)
    if not papers and source not in ("generic", "plain_text"):
        source = "generic" if html is not None else "plain_text"
        papers = _PARSERS[source](content)
    return ParsedDigest(source=source, papers=papers[:MAX_ITEMS])
