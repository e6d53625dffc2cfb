"""Bibliographies in and out: BibTeX, CSL-JSON, RIS, EndNote (.enw and XML), MEDLINE (PubMed's .nbib), Web of
Science (plain text and tab-delimited), CSV and plain arXiv id lists.

Parsing never raises for a bad entry: every entry is either turned into a `LibraryItemCreate` or
reported back with its line and the reason. Only a file that is not a file of that format at all
(not text, not JSON) raises `BibliographyError`.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable

from backend.domain.bibliography import arxiv_ids, bibtex_format, csl_json, csv_format, ris, tagged
from backend.domain.bibliography.entries import (
    BibliographyError, ParsedBibliography, ParsedEntry, Rejected, add_entry, paper_from_citation,
)  # fmt: skip
from backend.domain.models import LibraryItem

__all__ = [
    "EXPORT_FORMATS", "FORMAT_BY_SUFFIX", "IMPORT_FORMATS", "BibliographyError", "ParsedBibliography", "ParsedEntry",
    "Rejected", "add_entry", "check_readable", "decode_upload", "export_bibliography", "paper_from_citation",
    "parse_bibliography",
]  # fmt: skip

IMPORT_FORMATS = ("bibtex", "csljson", "ris", "endnote", "medline", "wos", "csv", "arxiv")
EXPORT_FORMATS = ("bibtex", "csljson", "ris", "csv")
# The format a file's name says (a Web of Science export or an arXiv id list is a .txt: it is named, not guessed).
FORMAT_BY_SUFFIX = {
    ".bib": "bibtex", ".bibtex": "bibtex", ".json": "csljson", ".ris": "ris", ".enw": "endnote", ".xml": "endnote", ".nbib": "medline",
    ".csv": "csv", ".tsv": "csv",
}  # fmt: skip
_PARSERS = {
    "csljson": csl_json.parse,
    "ris": ris.parse,
    "endnote": tagged.parse_endnote,
    "medline": tagged.parse_medline,
    "wos": tagged.parse_wos,
    "csv": csv_format.parse,
    "arxiv": arxiv_ids.parse,
}  # BibTeX's reader takes a LaTeX budget too: `parse_bibliography`
_EXPORTERS = {"bibtex": bibtex_format.export, "csljson": csl_json.export, "ris": ris.export, "csv": csv_format.export}


# A valid UTF-8 sequence of two to four bytes: text that has one is UTF-8, whatever else is wrong in it.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode_upload(data: bytes) -> str:
    """A bibliography file's text, as the tools that write them encode it: UTF-8 (its BOM dropped), UTF-16 with a
    BOM (Windows exports), or Windows-1252 / Latin-1 (older BibTeX and RIS files: JabRef wrote ISO 8859-1). A
    UTF-8 file with a stray bad byte stays UTF-8 (that byte replaced), not read as Latin-1 throughout."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if _UTF8_SEQUENCE.search(data):
            return data.decode("utf-8-sig", errors="replace")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
        return data.decode("latin-1")


def parse_bibliography(fmt: str, text: str, latex_budget: int | None = None) -> ParsedBibliography:
    """`latex_budget`: for BibTeX, at most this many characters for the LaTeX parser (see `read_bibtex`)."""
    check_readable(fmt, text)
    if fmt == "bibtex":
        return bibtex_format.parse(text, latex_budget)
    return _PARSERS[fmt](text)


def check_readable(fmt: str, text: str) -> None:
    """What refuses a file before it is read: a format paperlens does not read, or bytes that are not text."""
    if fmt not in IMPORT_FORMATS:
        raise BibliographyError(f"unknown format {fmt!r}: use one of {', '.join(IMPORT_FORMATS)}")
    if "\x00" in text:
        raise BibliographyError("the upload is binary, not a text bibliography")


def export_bibliography(fmt: str, items: Iterable[LibraryItem]) -> str:
    if fmt not in _EXPORTERS:
        raise BibliographyError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    return _EXPORTERS[fmt](items)
