"""RSS and Atom feeds (arXiv's per-category feeds, journals' tables of contents, any feed): one paper per entry."""

from __future__ import annotations

import re

import feedparser
from selectolax.lexbor import LexborHTMLParser

from backend.domain.digests._text import squash
from backend.domain.names import split_authors
from backend.domain.identity import normalise_arxiv_id, normalise_doi
from backend.domain.models import Paper

# Atomic groups: a page of many comments must not make the regex retry each one at every length.
_FEED_START = re.compile(r"^\s*+(?:<\?xml[^>]*+>\s*+)?(?>(?:<!--.*?-->\s*+)*)<(rss|feed|rdf:RDF)\b", re.S)
_ENTRY_START = re.compile(r"<(?:item|entry)[\s>/]")  # not RSS 1.0's <items> (its table of contents)
# What closes a feed cut before an entry, by its root: RSS 2.0's items sit in its channel, RSS 1.0's beside it.
_CLOSING = {"rss": "</channel></rss>", "feed": "</feed>", "rdf:RDF": "</rdf:RDF>"}
# arXiv's RSS descriptions start "arXiv:2401.12345v1 Announce Type: new \nAbstract: ..."
_ARXIV_PREAMBLE = re.compile(r"^arXiv:\S+\s+Announce Type:\s*\S+\s*(?:Abstract:\s*)?", re.I)


def recognises(content: str) -> bool:
    return bool(_FEED_START.match(content[:4096]))


def first_entries(content: str, limit: int) -> tuple[str, bool]:
    """The feed up to its first `limit` entries, closed as it opened, and whether entries were cut (found by
    their opening tags: linear, no parsing). Closed, feedparser's strict parser still reads it (twice as fast as
    its lenient one)."""
    for count, start in enumerate(_ENTRY_START.finditer(content)):
        if count == limit:
            return content[: start.start()] + _CLOSING[_FEED_START.match(content[:4096]).group(1)], True
    return content, False


def _plain(html: str) -> str:
    return squash(LexborHTMLParser(html).text(separator=" ")) if "<" in html else squash(html)


# Paragraphs of a journal's description that describe the paper rather than summarise it: ScienceDirect's
# "Publication date: …", "Source: …", "Author(s): …" (its whole description), Nature's "Nature, Published online:
# 15 July 2021; doi:…" before the summary.
_ABOUT_THE_PAPER = re.compile(r"(?:publication date|source|author\(s\))\s*:|[^.;]{0,120}, published online:", re.I)
_AUTHOR_LINE = re.compile(r"author\(s\)\s*:\s*", re.I)
# The citation that begins a description (Science's, PNAS's, Wiley's, ACS's tables of contents), alone or before the
# summary: "Science, Volume 383, Issue 6680, Page 245-250, January 2024.", "Advanced Materials, EarlyView."
_CITATION = re.compile(r"^[^.;]{1,160}?,\s*(?:volume\s+\d+,\s*issue\s+[^,.]{1,20}(?:,[^.]{0,80})?|earlyview|ahead of print)\.\s*", re.I)


def _description(html: str) -> tuple[str, tuple[str, ...]]:
    """The description's text without its paragraphs about the paper, and the authors one of those lists."""
    if "<" not in html:
        return _CITATION.sub("", squash(html)), ()
    tree = LexborHTMLParser(html)
    authors: tuple[str, ...] = ()
    for paragraph in tree.css("p"):
        text = squash(paragraph.text())
        if _ABOUT_THE_PAPER.match(text):
            if _AUTHOR_LINE.match(text):
                authors = split_authors(_AUTHOR_LINE.sub("", text, count=1))
            paragraph.decompose()
    return _CITATION.sub("", squash(tree.text(separator=" "))), authors


def parse(content: str) -> list[Paper]:
    papers = []
    for entry in feedparser.parse(content).entries:
        title = _plain(entry.get("title", ""))
        if not title:
            continue
        link = entry.get("link") or ""
        description, listed = _description(entry.get("summary", ""))
        abstract = _ARXIV_PREAMBLE.sub("", description) or None
        if entry.get("authors") and len(entry.authors) > 1:
            authors = tuple(squash(a.get("name", "")) for a in entry.authors if a.get("name"))
        else:
            authors = split_authors(entry.get("author", "")) or listed
        ids = " ".join(str(entry.get(k, "")) for k in ("id", "guid", "prism_doi", "dc_identifier"))
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        papers.append(
            Paper(
                title=title,
                authors=authors,
                abstract=abstract,
                arxiv_id=normalise_arxiv_id(link) or normalise_arxiv_id(ids),
                doi=normalise_doi(entry.get("prism_doi")) or normalise_doi(ids) or normalise_doi(link),
                link=link or None,
                year=published.tm_year if published else None,
            )
        )
    return papers
