"""Tagged formats in: EndNote (.enw, and its XML), MEDLINE (PubMed's .nbib) and Web of Science (plain text and
tab-delimited): a field a tag, records apart."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable

from backend.domain.bibliography.entries import BibliographyError, ParsedBibliography, add_entry, split_list, year_of
from backend.domain.identity import normalise_arxiv_id
from backend.domain.markup import without_closing_period


class _Tagged:
    """The fields of one record of a tagged format: each tag's values, each value its lines (a value wraps onto the
    lines after it, and Web of Science writes one author a line)."""

    def __init__(self, fields: dict[str, list[list[str]]]) -> None:
        self.fields = fields

    def lines(self, tag: str) -> list[str]:
        return [line for value in self.fields.get(tag, ()) for line in value if line]

    def values(self, tag: str) -> list[str]:
        return [joined for value in self.fields.get(tag, ()) if (joined := " ".join(" ".join(value).split()))]

    def first(self, *tags: str) -> str | None:
        return next((value for tag in tags for value in self.values(tag)), None)


def _tagged_records(text: str, tag: re.Pattern, opens: str, ends: frozenset[str] = frozenset()) -> list[tuple[int, _Tagged]]:
    """The records of a tagged format, with the line each starts on. `tag` matches a field's first line (groups: the
    tag, the value); a line it does not match continues the value before it; a blank line, or a tag in `ends`,
    ends the record, and so does the `opens` tag when the record has fields already."""
    records: list[tuple[int, _Tagged]] = []
    fields: dict[str, list[list[str]]] = {}
    value: list[str] | None = None  # the lines of the value being read; None between records
    for number, line in enumerate(text.splitlines(), start=1):
        tagged = tag.match(line)
        if tagged and tagged[1] in ends:
            value = None
        elif tagged:
            if value is None or (tagged[1] == opens and fields):
                fields = {}
                records.append((number, _Tagged(fields)))
            value = [(tagged[2] or "").strip()]
            fields.setdefault(tagged[1], []).append(value)
        elif not line.strip():
            value = None
        elif value is not None:
            value.append(line.strip())
    return records


def _parse_tagged(text: str, tag: re.Pattern, opens: str, read, refusal: str, ends: frozenset[str] = frozenset()) -> ParsedBibliography:
    records = _tagged_records(text, tag, opens, ends)
    if not records and text.strip():
        raise BibliographyError(refusal)
    result = ParsedBibliography()
    for line, record in records:
        add_entry(result, line, read(record))
    return result


def _keywords(record: _Tagged, tag: str) -> list[str]:
    """Keywords one a line, a tag each, or separated by semicolons or commas."""
    return _keywords_in(record.lines(tag))


def _keywords_in(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(keyword for value in values for keyword in split_list(value)))


_ENDNOTE_TAG = re.compile(r"%([0-9A-Z@!#$&(*+^|~>)])(?:[ \t](.*))?$")  # "%T Attention is all you need"


def parse_endnote(text: str) -> ParsedBibliography:
    """EndNote's tagged format (.enw: Google Scholar's "Import into EndNote", ACM's, EndNote's own; Refer): `%T value`
    lines, records apart by a blank line or each opening with `%0 Type`; EndNote wraps abstracts and writes keywords one
    a line. Or EndNote's XML (`<xml><records><record>…`), read by `_parse_endnote_xml`."""
    if text.lstrip().startswith("<"):
        return _parse_endnote_xml(text)
    refusal = "not EndNote: no `%T title` lines found (an .enw record is `%0 Type`, `%T`, `%A` … lines)"
    return _parse_tagged(text, _ENDNOTE_TAG, "0", _endnote_fields, refusal)


def _endnote_fields(record: _Tagged) -> dict:
    # An edited book's editors are its creators; a chapter's (the %E of a Book Section) are its book's.
    authors = record.values("A") or (record.values("E") if (record.first("0") or "").lower() in ("edited book", "book") else [])
    return {
        "title": record.first("T"),
        "authors": authors,
        "year": year_of(record.first("D", "8")),
        "venue": record.first("J", "B", "I"),  # the journal, else the book or proceedings (secondary title), else the publisher
        "abstract": record.first("X"),
        "doi": record.first("R"),
        "url": record.first("U"),
        "arxiv_id": normalise_arxiv_id(" ".join(record.values("U"))),
        "tags": _keywords(record, "K"),
    }


# EndNote XML: what EndNote's "Export > XML" and Mendeley's "Export > EndNote XML" write, and how EndNote libraries
# move to Zotero. Each field's text sits in <style> runs (a title in italics is several), read together.
_XML_NESTING = 16  # EndNote nests records six deep; a deeper file is no EndNote export (and bounds the work per element)
_DECLARATION = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)  # EndNote declares neither: no entity can expand


def _parse_endnote_xml(text: str) -> ParsedBibliography:
    if _DECLARATION.search(text):
        raise BibliographyError("not EndNote XML: the file declares a DOCTYPE or entities, which EndNote never writes")
    lines = _record_lines(text)
    result, depth, seen = ParsedBibliography(), 0, 0
    parser = ElementTree.XMLPullParser(("start", "end"))
    try:
        for at in range(0, len(text), 1 << 16):  # a piece at a time: a hostile file is refused before it is all read
            parser.feed(text[at : at + (1 << 16)])
            for event, element in parser.read_events():
                depth += 1 if event == "start" else -1
                if depth > _XML_NESTING:
                    raise BibliographyError(f"not EndNote XML: elements nested over {_XML_NESTING} deep")
                if event == "end" and element.tag == "record":
                    add_entry(result, lines[seen] if seen < len(lines) else 1, _endnote_xml_fields(element))
                    element.clear()  # read: its text is not kept for the rest of the file
                    seen += 1
        parser.close()
    except ElementTree.ParseError as error:
        raise BibliographyError(f"not EndNote XML: {error}") from None
    if not seen and text.strip():
        raise BibliographyError("not EndNote XML: no <record> elements found (an EndNote export is <xml><records><record>…)")
    return result


def _record_lines(text: str) -> list[int]:
    """The line each <record> starts on (EndNote writes a file as one line; Mendeley a record a line or more)."""
    lines, line, counted = [], 1, 0
    for match in re.finditer(r"<record\b", text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        lines.append(line)
    return lines


def _endnote_xml_fields(record: ElementTree.Element) -> dict:
    def texts(path: str) -> list[str]:
        return [joined for element in record.iterfind(path) if (joined := " ".join("".join(element.itertext()).split()))]

    def first(*paths: str) -> str | None:
        return next((value for path in paths for value in texts(path)), None)

    title = first("titles/title")
    if not title:
        return {}  # rejected for that alone: its other fields need not be read
    urls = texts("urls/related-urls/url") + texts("urls/web-urls/url")
    return {
        "title": title,
        "authors": texts("contributors/authors/author"),
        "year": year_of(first("dates/year", "dates/pub-dates/date")),
        "venue": first("periodical/full-title", "titles/secondary-title", "titles/alt-title", "publisher"),
        "abstract": first("abstract"),
        "doi": first("electronic-resource-num"),
        "url": urls[0] if urls else None,
        "arxiv_id": normalise_arxiv_id(" ".join(urls)),
        "tags": _keywords_in(texts("keywords/keyword")),
    }


_MEDLINE_TAG = re.compile(r"([A-Z][A-Z0-9]{1,3}) {0,3}- (.*)$")  # "TI  - Title", "PMID- 34265844", "FAU - Jumper, John"


def parse_medline(text: str) -> ParsedBibliography:
    """PubMed's MEDLINE format (.nbib: "Send to > Citation manager"): a record per `PMID- ` line, a field per `TAG - `
    line, a value wrapped onto lines indented by six spaces."""
    refusal = "not MEDLINE: no `PMID- ` or `TI  - ` lines found (PubMed's .nbib format)"
    return _parse_tagged(text, _MEDLINE_TAG, "PMID", _medline_fields, refusal)


def _medline_fields(record: _Tagged) -> dict:
    pmid = record.first("PMID")
    title = record.first("TI", "BTI")  # a book's title when it is one
    return {
        "title": without_closing_period(title) if title else title,
        "authors": record.values("FAU") or record.values("AU"),  # full names ("Jumper, John"), else "Jumper J"
        "year": year_of(record.first("DP")),
        "venue": record.first("JT", "TA"),
        "abstract": record.first("AB"),
        "doi": next((value.removesuffix("[doi]").strip() for value in record.values("LID") + record.values("AID") if value.endswith("[doi]")), None),
        "url": f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid and pmid.isdigit() else None,
        "tags": _keywords(record, "OT"),  # the authors' keywords, not MeSH headings
    }


# "TI Attention is all you need", "ER"; not RIS's or MEDLINE's "TI  - …" (a file uploaded as the wrong format is refused)
_WOS_TAG = re.compile(r"([A-Z][A-Z0-9])(?: (?! *- )(.*))?$")


def parse_wos(text: str) -> ParsedBibliography:
    """Web of Science's exports: the plain-text file ("Export > Plain text file": a record from `PT J` to `ER`, a
    field per two-letter tag, a value (and each further author) on lines indented by three spaces; `FN`, `VR` and `EF`
    frame the file) or the tab-delimited file (a header row of the same tags, then a record a row)."""
    if text.startswith("PT\t"):
        return _parse_wos_table(text)
    refusal = "not a Web of Science export: no `PT` / `TI` lines found, nor a tab-delimited header (`PT\tAU\t…`)"
    return _parse_tagged(text, _WOS_TAG, "PT", _wos_fields, refusal, ends=frozenset({"ER", "EF", "FN", "VR"}))


def _parse_wos_table(text: str) -> ParsedBibliography:
    """Web of Science's tab-delimited export ("Export > Tab delimited file", what bibliometrix and VOSviewer read):
    the header names each column by its plain-text tag; a row's authors are one cell, apart by semicolons."""
    lines = text.splitlines()
    header = lines[0].split("\t")
    if "TI" not in header:
        raise BibliographyError("not a Web of Science tab-delimited export: the header names no `TI` (title) column")
    result = ParsedBibliography()
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = {tag: [[cell.strip()]] for tag, cell in zip(header, line.split("\t")) if cell.strip()}
        for tag in ("AU", "AF"):  # one name a line, as the plain-text export writes them
            if tag in fields:
                fields[tag] = [[name.strip() for name in fields[tag][0][0].split(";")]]
        add_entry(result, number, _wos_fields(_Tagged(fields)))
    return result


def _wos_fields(record: _Tagged) -> dict:
    doi = record.first("DI")
    return {
        "title": record.first("TI"),
        "authors": record.lines("AF") or record.lines("AU"),  # one a line: full names ("Vaswani, Ashish"), else "Vaswani, A"
        "year": year_of(record.first("PY", "EA", "PD")),  # the year; an early-access article has only its date
        "venue": record.first("SO", "SE"),  # the source, as Web of Science writes it (in capitals)
        "abstract": record.first("AB"),
        "doi": doi,
        "url": f"https://doi.org/{doi}" if doi else None,
        "tags": _keywords(record, "DE"),  # the authors' keywords ("Keywords Plus", ID, are Web of Science's)
    }
