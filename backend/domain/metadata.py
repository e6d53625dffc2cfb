"""Metadata for items that are only an identifier (an arXiv id list imports as items titled
"arXiv:2305.18290"): what the arXiv API, Crossref and DataCite answer, read into one shape, and filled into
an item only where it has nothing or a placeholder — never over what the user typed.

An answer is input like any upload: decoded into Structs of the fields read (an answer of another shape is
`UnreadableAnswer`, with msgspec's path to what was wrong, never an AttributeError halfway through), and each
value held to what a library item may hold (`models`' limits): one that does not fit is left out, not cut.
"""

from __future__ import annotations

import html
import itertools
import re
from typing import Annotated

import msgspec

from backend.domain.identity import arxiv_id_from_doi, normalise_arxiv_id, normalise_doi
from backend.domain.json_input import UnreadableJson, decode_json
from backend.domain.markup import without_markup
from backend.domain.models import Abstract, Author, Doi, LibraryItem, Title, Venue, Year
from backend.domain.numbers import whole_number

# A registry's author list is kept to this many names (a physics collaboration lists a few thousand; the matcher
# reads the first 32, the overlay a handful): what an answer can add to an item stays bounded.
MAX_AUTHORS = 1_000


UnreadableAnswer = UnreadableJson  # a registry answered with something not in its format; the message says where


class Metadata(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """Typed as an item's fields are, so that a cached answer is decoded within the same limits."""

    title: Title | None = None
    authors: Annotated[tuple[Author, ...], msgspec.Meta(max_length=MAX_AUTHORS)] = ()
    year: Year | None = None
    venue: Venue | None = None
    abstract: Abstract | None = None
    doi: Doi | None = None


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


def _fits(value, kind):
    """The value if a library item can hold it as `kind` (the API's limits), else None."""
    try:
        return msgspec.convert(value, kind) if value is not None else None
    except msgspec.ValidationError:
        return None


def _metadata(*, title: str | None, authors, year, venue: str | None, abstract: str | None, doi: str | None) -> Metadata | None:
    """An answer's fields as an item may hold them; None without a title an item could have."""
    title = _fits(title, Title)
    if title is None:
        return None
    names = (name for name in map(_clean, authors) if name and _fits(name, Author))
    return Metadata(
        title=title,
        authors=tuple(itertools.islice(names, MAX_AUTHORS)),
        year=_fits(year, Year),
        venue=_fits(venue, Venue),
        abstract=_fits(abstract, Abstract),
        doi=_fits(doi, Doi),
    )


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
        metadata = _metadata(
            title=title,
            authors=(author.get("name") for author in entry.get("authors", [])),
            year=int(published.group(1)) if published else None,
            venue=_clean(entry.get("arxiv_journal_ref")),
            abstract=_clean(entry.get("summary")),
            doi=_journal_doi(entry.get("arxiv_doi")),
        )
        if metadata is not None:
            found[arxiv_id] = metadata
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


# The fields read, as each registry's schema types them; the rest of an answer is not decoded. A date part is a
# number, but a string ("2015") is read too.
class _CrossrefName(msgspec.Struct):
    given: str | None = None
    family: str | None = None
    name: str | None = None  # an organisation


class _CrossrefDate(msgspec.Struct):
    date_parts: list[list[int | str | None]] = msgspec.field(default_factory=list, name="date-parts")

    def year(self) -> int | None:
        first = self.date_parts[0][0] if self.date_parts and self.date_parts[0] else None
        return whole_number(str(first)) if first is not None else None


class _CrossrefWork(msgspec.Struct):
    title: list[str] = []
    author: list[_CrossrefName] = []
    issued: _CrossrefDate | None = None
    published_print: _CrossrefDate | None = msgspec.field(default=None, name="published-print")
    published_online: _CrossrefDate | None = msgspec.field(default=None, name="published-online")
    created: _CrossrefDate | None = None
    container_title: list[str] = msgspec.field(default_factory=list, name="container-title")
    abstract: str | None = None
    DOI: str | None = None  # noqa: N815 - Crossref's name


class _CrossrefAnswer(msgspec.Struct):
    message: _CrossrefWork | None = None


def parse_crossref(document: bytes) -> Metadata | None:
    """A Crossref `works/{doi}` answer (`{"status": "ok", "message": {...}}`)."""
    work = decode_json(document, _CrossrefAnswer).message
    if work is None:
        return None
    dates = (work.issued, work.published_print, work.published_online, work.created)
    return _metadata(
        title=_text(" ".join(work.title)),  # "CO<sub>2</sub> capture"
        authors=(" ".join(filter(None, (name.given, name.family))) or name.name for name in work.author),
        year=next((year for date in dates if date and (year := date.year())), None),
        venue=_clean(" ".join(work.container_title[:1])),
        abstract=_text(work.abstract),
        doi=normalise_doi(work.DOI),
    )


class _DataciteTitle(msgspec.Struct):
    title: str | None = None


class _DataciteCreator(msgspec.Struct):
    givenName: str | None = None  # noqa: N815 - DataCite's names
    familyName: str | None = None  # noqa: N815
    name: str | None = None


class _DataciteDescription(msgspec.Struct):
    description: str | None = None
    descriptionType: str | None = None  # noqa: N815


class _DataciteContainer(msgspec.Struct):
    title: str | None = None


class _DatacitePublisher(msgspec.Struct):  # the object DataCite gives when asked for it (`publisher=true`)
    name: str | None = None


class _DataciteAttributes(msgspec.Struct):
    titles: list[_DataciteTitle] = []
    creators: list[_DataciteCreator] = []
    descriptions: list[_DataciteDescription] = []
    container: _DataciteContainer | None = None
    publisher: str | _DatacitePublisher | None = None
    publicationYear: int | str | None = None  # noqa: N815
    doi: str | None = None


class _DataciteRecord(msgspec.Struct):
    attributes: _DataciteAttributes | None = None


class _DataciteAnswer(msgspec.Struct):
    data: _DataciteRecord | None = None


def parse_datacite(document: bytes) -> Metadata | None:
    """A DataCite `dois/{doi}` answer (`{"data": {"attributes": {...}}}`)."""
    record = decode_json(document, _DataciteAnswer).data
    attributes = record.attributes if record else None
    if attributes is None:
        return None
    publisher = attributes.publisher.name if isinstance(attributes.publisher, _DatacitePublisher) else attributes.publisher
    return _metadata(
        title=_text(next((t.title for t in attributes.titles if t.title), "")),
        authors=(" ".join(filter(None, (c.givenName, c.familyName))) or c.name for c in attributes.creators),
        year=whole_number(str(attributes.publicationYear or "")),
        venue=_clean((attributes.container.title if attributes.container else None) or publisher),
        abstract=_text(next((d.description for d in attributes.descriptions if d.descriptionType == "Abstract"), None)),
        doi=normalise_doi(attributes.doi),
    )
