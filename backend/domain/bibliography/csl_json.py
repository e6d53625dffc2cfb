"""CSL-JSON in and out: what Zotero, Mendeley, citeproc and Crossref write."""

from __future__ import annotations

from collections.abc import Iterable

import msgspec

from backend.domain.bibliography.entries import BibliographyError, ParsedBibliography, Rejected, add_entry, issued_year, split_list
from backend.domain.identity import normalise_arxiv_id
from backend.domain.json_input import UnreadableJson, decode_json
from backend.domain.models import CslDate, CslName, LibraryItem


class _CslItem(msgspec.Struct):
    title: str = ""
    author: list[CslName] = []
    issued: CslDate | str | int | None = None  # a date object; some tools write "2018" or 2018
    container_title: str = msgspec.field(default="", name="container-title")
    event_title: str = msgspec.field(default="", name="event-title")  # a conference paper's conference
    event: str = ""  # its name before CSL 1.0.2
    publisher: str = ""  # a preprint's repository ("arXiv"), as Zotero writes it
    authority: str = ""  # a legal case's court
    number: str = ""  # Zotero writes a preprint's "arXiv:1706.03762" here
    abstract: str = ""
    DOI: str = ""
    URL: str = ""
    keyword: str = ""
    note: str = ""


def parse(text: str) -> ParsedBibliography:
    try:
        raw_items = decode_json(text)
    except UnreadableJson as error:
        raise BibliographyError(f"not CSL-JSON: {error}") from None
    if isinstance(raw_items, dict):
        raw_items = [raw_items]
    if not isinstance(raw_items, list):
        raise BibliographyError("not CSL-JSON: expected an array of items")
    result = ParsedBibliography()
    for position, raw in enumerate(raw_items, start=1):
        try:
            csl = msgspec.convert(raw, _CslItem, strict=False)
        except msgspec.ValidationError as error:
            result.rejected.append(Rejected(position, str(error)))
            continue
        add_entry(
            result,
            position,
            {
                "title": csl.title.strip(),
                "authors": [name.as_written() for name in csl.author],
                "year": issued_year(csl.issued),
                "venue": csl.container_title or csl.event_title or csl.event or csl.authority or csl.publisher or None,  # as Zotero's VENUE_FIELDS
                "abstract": csl.abstract or None,
                "arxiv_id": normalise_arxiv_id(csl.URL) or normalise_arxiv_id(csl.number) or normalise_arxiv_id(csl.note),
                "doi": csl.DOI or None,
                "url": csl.URL or None,
                "tags": split_list(csl.keyword),
            },
        )
    return result


def export(items: Iterable[LibraryItem]) -> str:
    records = []
    for item in items:
        record: dict = {"id": item.id, "type": "article", "title": item.title}
        if item.authors:
            record["author"] = [_csl_name(author) for author in item.authors]
        if item.year:
            record["issued"] = {"date-parts": [[item.year]]}
        for key, value in (("container-title", item.venue), ("abstract", item.abstract), ("DOI", item.doi)):
            if value:
                record[key] = value
        if item.url:
            record["URL"] = item.url
        if item.arxiv_id:
            record["note"] = f"arXiv:{item.arxiv_id}"
        if item.tags:
            record["keyword"] = ", ".join(item.tags)
        records.append(record)
    return msgspec.json.format(msgspec.json.encode(records), indent=2).decode()


def _csl_name(author: str) -> dict:
    """"Family, Given" splits unambiguously; any other form is kept whole rather than guessed at."""
    family, _, given = (part.strip() for part in author.partition(","))
    return {"family": family, "given": given} if family and given else {"literal": author}
