"""What every format's reader gives: entries, each turned into a `LibraryItemCreate` or rejected with its line and
the reason, and the readings of fields the formats share (a year, a list of keywords)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import msgspec

from backend.domain.identity import arxiv_id_from_doi, normalise_arxiv_id, normalise_doi
from backend.domain.markup import without_markup
from backend.domain.models import CitationRecord, CslDate, CslName, LibraryItemCreate, Paper
from backend.domain.names import split_authors

MAX_TAG_CHARS = 100


class BibliographyError(ValueError):
    """The upload as a whole cannot be read in the format it claims."""


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    line: int  # 1-based line (BibTeX, RIS, CSV, arXiv) or position (CSL-JSON) where the entry starts
    item: LibraryItemCreate
    key: str | None = None  # the entry's own key where the format has one (BibTeX citation key, Zotero key)


@dataclass(frozen=True, slots=True)
class Rejected:
    line: int
    reason: str


@dataclass
class ParsedBibliography:
    entries: list[ParsedEntry] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


# Links that name the paper by its DOI (doi.org, publishers' /doi/ pages, Springer's, bioRxiv's): an entry with
# only such a link has that DOI.
_DOI_LINK = re.compile(
    r"(?:doi\.org/|/doi/(?:abs/|full/|pdf/|epdf/|book/)?|springer\.com/(?:article|chapter)/|(?:bio|med)rxiv\.org/content/)10\.\d{4,9}/",
    re.IGNORECASE,
)


def add_entry(result: ParsedBibliography, line: int, fields: dict, key: str | None = None) -> None:
    """Validate one entry's fields; a bad entry is rejected with the reason, never dropped silently."""
    fields = {key: value for key, value in fields.items() if value not in (None, "", [], ())}
    for name in ("title", "abstract"):  # Zotero's rich-text titles ("<i>Drosophila</i>"), publishers' abstracts
        if isinstance(fields.get(name), str):
            fields[name] = without_markup(fields[name])
    if not fields.get("title"):
        result.rejected.append(Rejected(line, "no title"))
        return
    if fields.get("tags"):  # a long collection name ("collection:" and 95 characters) must not cost the item
        fields["tags"] = list(dict.fromkeys(clipped for tag in fields["tags"] if (clipped := tag[:MAX_TAG_CHARS].strip())))
    venue = fields.get("venue")
    if isinstance(venue, str) and venue.lower().startswith("arxiv") and (preprint := normalise_arxiv_id(venue)):
        fields["venue"] = "arXiv"  # Google Scholar's venue for a preprint, in every format: "arXiv preprint arXiv:…"
        fields.setdefault("arxiv_id", preprint)
    if not fields.get("doi") and isinstance(fields.get("url"), str) and _DOI_LINK.search(fields["url"]):
        fields["doi"] = normalise_doi(re.split(r"[?#]", fields["url"], maxsplit=1)[0])  # not "?casa_token=…"
    arxiv_id = fields.get("arxiv_id") or arxiv_id_from_doi(normalise_doi(fields.get("doi")))
    fields["arxiv_id"] = normalise_arxiv_id(arxiv_id) if arxiv_id else None
    if fields.get("doi"):
        doi = normalise_doi(fields["doi"])
        fields["doi"] = None if doi and arxiv_id_from_doi(doi) else doi
    fields = {key: value for key, value in fields.items() if value is not None}
    try:
        result.entries.append(ParsedEntry(line, msgspec.convert(fields, LibraryItemCreate, strict=False), key))
    except msgspec.ValidationError as error:
        result.rejected.append(Rejected(line, str(error)))


# A four-digit year, or one with the letter an author-year bibliography adds to tell one author's papers of a
# year apart ("1996a", "1996b": BibTeX's `year = {1996a}`, citation records).
_YEAR = re.compile(r"\b(1[0-9]{3}|2[0-9]{3})[a-z]?\b")


def year_of(value) -> int | None:
    match = _YEAR.search(str(value or ""))
    return int(match.group(1)) if match else None


def issued_year(issued: CslDate | str | int | None) -> int | None:
    """CSL-JSON's `issued`: a date object, or the "2018" or 2018 some tools write."""
    return year_of(issued.year_text() if isinstance(issued, CslDate) else issued)


def paper_from_citation(record: CitationRecord) -> Paper:
    """A `paperlens match` record as the matcher reads it: a year from any spelling of it, authors as a list."""
    names = record.authors or record.author
    authors = split_authors(names) if isinstance(names, str) else [n.as_written() if isinstance(n, CslName) else n for n in names]
    return Paper(
        title=record.title,
        authors=tuple(author.strip() for author in authors if author.strip()),
        abstract=record.abstract,
        arxiv_id=record.arxiv_id,
        doi=record.doi or record.csl_doi,
        link=record.link or record.url or record.csl_url,
        # 1994, "1994", 1994.0, "Proc. 1994": a four-digit year where there is one
        year=year_of(record.year or record.date) or issued_year(record.issued),
        venue=record.venue or record.journal or record.booktitle or record.container_title,
    )


def split_list(value: str | None) -> list[str]:
    """Keywords as tags: split on commas and semicolons, de-duplicated, each clipped to the tag limit."""
    parts = (part.strip()[:MAX_TAG_CHARS].strip() for part in re.split(r"[;,]", value or ""))
    return list(dict.fromkeys(part for part in parts if part))
