"""CSV in and out: paperlens's own columns, and those of Zotero's, PubMed's, Scopus's, Google Scholar's and Publish
or Perish's exports; cells a spreadsheet would run as formulas are escaped."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

from backend.domain.bibliography.entries import BibliographyError, ParsedBibliography, Rejected, add_entry, year_of
from backend.domain.identity import normalise_arxiv_id
from backend.domain.models import LibraryItem
from backend.domain.names import names_in_csv_cell

CSV_COLUMNS = ("title", "authors", "year", "venue", "abstract", "arxiv_id", "doi", "url", "tags", "status", "notes")
LIST_SEPARATOR = "; "  # authors and tags inside one CSV cell


# The columns other tools' CSV exports give paperlens's fields (lower case): Zotero's, PubMed's, Scopus's, Google
# Scholar's ("Authors,Title,Publication,Volume,Number,Pages,Year,Publisher") and Publish or Perish's ("Source", "ArticleURL").
_CSV_ALIASES = {
    "author": "authors", "publication year": "year", "publication title": "venue", "journal/book": "venue",
    "source title": "venue", "publication": "venue", "source": "venue", "abstract note": "abstract", "link": "url",
    "articleurl": "url", "manual tags": "tags", "keywords": "tags", "author keywords": "tags",
    # BibTeX's field names, as a citation set or a spreadsheet of references names its columns (what `paperlens
    # match` reads too): each fills its field where that field's own cell is empty.
    "journal": "venue", "booktitle": "venue", "school": "venue", "institution": "venue", "date": "year",
}  # fmt: skip


# Excel writes semicolons where a comma is the decimal separator (most of Europe), sometimes after a "sep=;" line.
_CSV_DELIMITERS = (",", ";", "\t")
_SEP_LINE = re.compile(r"sep=(.)\r?\n")


def _csv_dialect(text: str) -> tuple[str, str]:
    """The delimiter (the first that makes the header name a `title` column; else a comma) and the text to read."""
    stated = _SEP_LINE.match(text)
    if stated:
        return stated.group(1), text[stated.end() :]
    header = text.split("\n", 1)[0]
    for delimiter in _CSV_DELIMITERS:
        try:
            names = next(csv.reader([header], delimiter=delimiter), [])
        except csv.Error:  # a field over csv's limit: not this delimiter's header
            continue
        if "title" in (name.strip().lower() for name in names):
            return delimiter, text
    return ",", text


def parse(text: str) -> ParsedBibliography:
    delimiter, text = _csv_dialect(text)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in reader.fieldnames or ()]
    except csv.Error as error:  # a header field over csv's 128 KiB limit
        raise BibliographyError(f"unreadable CSV header: {error}") from None
    if "title" not in header:
        raise BibliographyError(f"not a paperlens CSV: the header must name a `title` column ({', '.join(CSV_COLUMNS)})")
    aliases = [(name, field) for name, field in _CSV_ALIASES.items() if name in header]  # in the table's order
    result = ParsedBibliography()
    rows = iter(reader)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as error:  # e.g. a field over csv's 128 KiB limit: the rest cannot be read reliably
            result.rejected.append(Rejected(reader.line_num, f"unreadable CSV from here on: {error}"))
            break
        row = {(key or "").strip().lower(): unescape_cell((value or "").strip()) for key, value in row.items() if key}
        if not row.get("title") and row.get("booktitle"):  # a row that cites a whole book names it as its book
            row["title"] = row.pop("booktitle")
        for name, field in aliases:  # the first alias with a value fills an empty field
            if row.get(name) and not row.get(field):
                row[field] = row[name]
        add_entry(
            result,
            reader.line_num,
            {
                "title": row.get("title"),
                "authors": names_in_csv_cell(row.get("authors", "")),
                "year": year_of(row.get("year")),
                "venue": row.get("venue"),
                "abstract": row.get("abstract"),
                "arxiv_id": row.get("arxiv_id") or normalise_arxiv_id(row.get("url", "")),
                "doi": row.get("doi"),
                "url": row.get("url"),
                "tags": [t.strip() for t in row.get("tags", "").split(";") if t.strip()],
                "status": row.get("status") or None,
                "notes": row.get("notes"),
            },
        )
    return result


# A cell starting with one of these is a formula to Excel, LibreOffice and Sheets (`=HYPERLINK(…)` in a title
# would run when the export is opened): such cells get a leading apostrophe, which import takes off again.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: str) -> str:
    if value.startswith(_FORMULA_START) or (value.startswith("'") and value[1:].startswith((*_FORMULA_START, "'"))):
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith((*_FORMULA_START, "'")) else value


def export(items: Iterable[LibraryItem]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for item in items:
        writer.writerow(
            escape_cell(str(cell))
            for cell in [
                item.title,
                LIST_SEPARATOR.join(item.authors),
                item.year or "",
                item.venue or "",
                item.abstract or "",
                item.arxiv_id or "",
                item.doi or "",
                item.url or "",
                LIST_SEPARATOR.join(item.tags),
                item.status,
                item.notes,
            ]
        )
    return out.getvalue()
