"""RIS in (with rispy) and out: what EndNote, Mendeley, Papers, Zotero and most publishers write."""

from __future__ import annotations

from collections.abc import Iterable

from backend.domain.bibliography.entries import BibliographyError, ParsedBibliography, add_entry, year_of
from backend.domain.identity import normalise_arxiv_id
from backend.domain.models import LibraryItem


_RIS_VENUES = ("journal_name", "secondary_title", "alternate_title1", "alternate_title3", "alternate_title2", "publisher")


def parse(text: str) -> ParsedBibliography:
    import rispy

    result = ParsedBibliography()
    ended, starts = _ris_records_ended(text)
    try:
        records = rispy.loads(ended)
    except Exception as error:  # noqa: BLE001 - rispy raises plain exceptions for malformed files
        raise BibliographyError(f"not RIS: {error}") from None
    if not records and text.strip():
        raise BibliographyError("not RIS: no `TY  -` records found")
    for index, record in enumerate(records):
        line = starts[index] if index < len(starts) else 0
        add_entry(
            result,
            line,
            {
                "title": record.get("title") or record.get("primary_title"),
                "authors": record.get("authors") or record.get("first_authors") or [],
                "year": year_of(record.get("year") or record.get("publication_year") or record.get("date")),
                # JO, T2, J2, JF (EndNote's full journal name), JA, then PB (a preprint's repository); the abstract in
                # AB or N2 (EndNote, Mendeley).
                "venue": next((record[name] for name in _RIS_VENUES if record.get(name)), None),
                "abstract": record.get("abstract") or record.get("notes_abstract"),
                "doi": record.get("doi"),
                "url": (record.get("urls") or [None])[0],
                "arxiv_id": normalise_arxiv_id(" ".join(record.get("urls") or [])),
                "tags": record.get("keywords") or [],
            },
        )
    return result


def _ris_records_ended(text: str) -> tuple[str, list[int]]:
    """The text with every record ended: an `ER` before a `TY` that opens a record while one is open, and at the end
    (rispy drops a record it does not see ended: a file cut short, a tool that writes no `ER`); and the line each
    record starts on."""
    lines, starts, open_record = [], [], False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("TY  -"):
            if open_record:
                lines.append("ER  - ")
            open_record = True
            starts.append(number)
        elif line.startswith("ER  -"):
            open_record = False
        lines.append(line)
    if open_record:
        lines.append("ER  - ")
    return "\n".join(lines) + "\n", starts


def export(items: Iterable[LibraryItem]) -> str:
    """RIS, which EndNote, Mendeley, Papers and Zotero all import (EndNote reads no BibTeX): a line a field, each
    value on one line (a line break in a value would start a tag of its own). A preprint's arXiv id is its arXiv
    DOI (10.48550/arXiv.…, as Zotero stores it) when the item has no DOI of its own, else a link to its abstract."""
    records = []
    for item in items:
        published = item.venue and item.venue.lower() != "arxiv"  # a journal or proceedings; else a generic item
        lines = [("TY", "JOUR" if published else "GEN"), ("TI", item.title)]
        lines += [("AU", author) for author in item.authors]
        lines += [(tag, value) for tag, value in (("PY", item.year), ("T2", item.venue), ("AB", item.abstract)) if value]
        arxiv_link = f"https://arxiv.org/abs/{item.arxiv_id}" if item.arxiv_id else None
        if item.doi or item.arxiv_id:
            lines.append(("DO", item.doi or f"10.48550/arXiv.{item.arxiv_id}"))
        lines += [("UR", url) for url in dict.fromkeys(filter(None, (item.url, arxiv_link if item.doi else None)))]
        lines += [("KW", tag) for tag in item.tags]
        lines.append(("ER", ""))
        records.append("".join(f"{tag}  - {' '.join(str(value).split())}".rstrip(" ") + "\n" for tag, value in lines))
    return "\n".join(records)
