"""Metadata for items that are only an identifier (an arXiv id list imports as items titled
"arXiv:2305.18290"): what the arXiv API, Crossref and DataCite answer, read into one shape, and filled into
an item only where it has nothing or a placeholder — never over what the user typed."""

from __future__ import annotations

import html
import re

import msgspec

from backend.domain.identity import arxiv_id_from_doi, normalise_arxiv_id, normalise_doi
from backend.domain.markup import without_markup
from backend.domain.models import LibraryItem


class Metadata(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    title: str | None = None
    authors: tuple[str, ...] = ()
    year: int | None = None
    venue: str | None = None
    abstract: str | None = None
    doi: str | None = None


def placeholder_title(item: LibraryItem) -> bool:
    """A title that only repeats the identifier ("arXiv:2305.18290", the DOI) or is empty."""
    title = item.title.strip().lower()
    return not title or title in {
        f"arxiv:{item.arxiv_id}".lower() if item.arxiv_id else "",
        (item.arxiv_id or "").lower(),
        (item.doi or "").lower(),
        f"doi:{item.doi}".lower() if item.doi else "",
    } - {""}


def needs_metadata(item: LibraryItem) -> bool:
    """An item with an identifier and a gap the identifier's registry can fill."""
    if not (item.arxiv_id or item.doi):
        return False
    return placeholder_title(item) or not item.authors or item.abstract is None or item.year is None


def fill(item: LibraryItem, metadata: Metadata) -> LibraryItem | None:
    """The item with what it lacks from `metadata`; None if nothing would change."""
    changes: dict = {}
    if metadata.title and placeholder_title(item):
        changes["title"] = metadata.title
    if metadata.authors and not item.authors:
        changes["authors"] = metadata.authors
    for name in ("year", "venue", "abstract", "doi"):
        if getattr(metadata, name) and getattr(item, name) is None:
            changes[name] = getattr(metadata, name)
    return msgspec.structs.replace(item, **changes) if changes else None


# ---- the arXiv API: an Atom feed, one <entry> per id ----


def _clean(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None


def parse_arxiv_feed(xml: str | bytes) -> dict[str, Metadata]:
    """arXiv id (no version) -> its metadata, for each entry of an arXiv API answer."""
    import feedparser

    found = {}
    for entry in feedparser.parse(xml).entries:
        arxiv_id = normalise_arxiv_id(entry.get("id", ""))
        title = _clean(entry.get("title"))
        if not arxiv_id or not title or title == "Error":  # the API answers a bad id with an entry titled "Error"
            continue
        published = re.match(r"(\d{4})", entry.get("published", ""))
        found[arxiv_id] = Metadata(
            title=title,
            authors=tuple(_clean(author.get("name")) for author in entry.get("authors", []) if _clean(author.get("name"))),
            year=int(published.group(1)) if published else None,
            venue=_clean(entry.get("arxiv_journal_ref")),
            abstract=_clean(entry.get("summary")),
            doi=_journal_doi(entry.get("arxiv_doi")),
        )
    return found


def _journal_doi(value: str | None) -> str | None:
    """The published version's DOI; arXiv's own DOI (10.48550/arXiv.…) is the arXiv id again."""
    doi = normalise_doi(value)
    return None if doi and arxiv_id_from_doi(doi) else doi


# ---- Crossref and DataCite: JSON ----

def _text(markup: str | None) -> str | None:
    """A title or an abstract as Crossref and DataCite give it (JATS or HTML tags, entities) as plain text: known
    tags only, so that "n < 5 and m > 3" in an abstract stays as written."""
    return _clean(html.unescape(without_markup(markup or "")))


def parse_crossref(document: bytes) -> Metadata | None:
    """A Crossref `works/{doi}` answer (`{"status": "ok", "message": {...}}`)."""
    message = msgspec.json.decode(document).get("message") or {}
    title = _text(" ".join(message.get("title") or []))  # "CO<sub>2</sub> capture"
    if not title:
        return None
    names = (" ".join(filter(None, (a.get("given"), a.get("family")))) or a.get("name") for a in message.get("author") or [])
    year = None
    for field in ("issued", "published-print", "published-online", "created"):
        parts = (message.get(field) or {}).get("date-parts") or [[None]]
        if parts[0] and parts[0][0]:
            year = int(parts[0][0])
            break
    return Metadata(
        title=title,
        authors=tuple(_clean(name) for name in names if _clean(name)),
        year=year,
        venue=_clean(" ".join((message.get("container-title") or [])[:1])),
        abstract=_text(message.get("abstract")),
        doi=normalise_doi(message.get("DOI")),
    )


def parse_datacite(document: bytes) -> Metadata | None:
    """A DataCite `dois/{doi}` answer (`{"data": {"attributes": {...}}}`)."""
    attributes = (msgspec.json.decode(document).get("data") or {}).get("attributes") or {}
    title = _text(next((t.get("title") for t in attributes.get("titles") or [] if t.get("title")), ""))
    if not title:
        return None
    names = (
        " ".join(filter(None, (c.get("givenName"), c.get("familyName")))) or c.get("name") for c in attributes.get("creators") or []
    )
    abstract = next((d.get("description") for d in attributes.get("descriptions") or [] if d.get("descriptionType") == "Abstract"), None)
    container = (attributes.get("container") or {}).get("title") or attributes.get("publisher")
    year = attributes.get("publicationYear")
    return Metadata(
        title=title,
        authors=tuple(_clean(name) for name in names if _clean(name)),
        year=int(year) if str(year or "").isdigit() else None,
        venue=_clean(container if isinstance(container, str) else None),
        abstract=_text(abstract),
        doi=normalise_doi(attributes.get("doi")),
    )
