"""Bibliographies in and out: BibTeX, CSL-JSON, RIS, EndNote (.enw and XML), MEDLINE (PubMed's .nbib), Web of
Science (plain text and tab-delimited), CSV and plain arXiv id lists.

Parsing never raises for a bad entry: every entry is either turned into a `LibraryItemCreate` or
reported back with its line and the reason. Only a file that is not a file of that format at all
(not text, not JSON) raises `BibliographyError`.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass, field

import msgspec

from backend.domain.bibtex import literal, read_bibtex
from backend.domain.identity import arxiv_id_from_doi, normalise_arxiv_id, normalise_doi
from backend.domain.markup import without_closing_period, without_markup
from backend.domain.models import CitationRecord, LibraryItem, LibraryItemCreate, Paper
from backend.domain.names import names_in_bibtex_name, names_in_csv_cell, split_authors

IMPORT_FORMATS = ("bibtex", "csljson", "ris", "endnote", "medline", "wos", "csv", "arxiv")
EXPORT_FORMATS = ("bibtex", "csljson", "ris", "csv")
# The format a file's name says (a Web of Science export or an arXiv id list is a .txt: it is named, not guessed).
FORMAT_BY_SUFFIX = {
    ".bib": "bibtex", ".bibtex": "bibtex", ".json": "csljson", ".ris": "ris", ".enw": "endnote", ".xml": "endnote", ".nbib": "medline",
    ".csv": "csv", ".tsv": "csv",
}  # fmt: skip
CSV_COLUMNS = ("title", "authors", "year", "venue", "abstract", "arxiv_id", "doi", "url", "tags", "status", "notes")
LIST_SEPARATOR = "; "  # authors and tags inside one CSV cell
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
        return _parse_bibtex(text, latex_budget)
    return _PARSERS[fmt](text)


def check_readable(fmt: str, text: str) -> None:
    """What refuses a file before it is read: a format paperlens does not read, or bytes that are not text."""
    if fmt not in _PARSERS:
        raise BibliographyError(f"unknown format {fmt!r}: use one of {', '.join(IMPORT_FORMATS)}")
    if "\x00" in text:
        raise BibliographyError("the upload is binary, not a text bibliography")


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


def _year(value) -> int | None:
    match = _YEAR.search(str(value or ""))
    return int(match.group(1)) if match else None


_PREPRINT_JOURNAL = re.compile(r"\s*(?:arxiv|corr)\b", re.IGNORECASE)  # "ArXiv", "CoRR", "arXiv preprint arXiv:…"


def _arxiv_volume(venue: str | None, volume: str | None) -> str | None:
    """dblp and Semantic Scholar write a preprint as `journal = {CoRR}` or `{ArXiv}`, `volume = {abs/2103.03198}`."""
    if venue and volume and _PREPRINT_JOURNAL.fullmatch(venue.strip()) and volume.startswith("abs/"):
        return normalise_arxiv_id(volume.removeprefix("abs/"))
    return None


def paper_from_citation(record: CitationRecord) -> Paper:
    """A `paperlens match` record as the matcher reads it: a year from any spelling of it, authors as a list."""
    names = record.authors or record.author
    authors = split_authors(names) if isinstance(names, str) else names
    return Paper(
        title=record.title,
        authors=tuple(author.strip() for author in authors if author.strip()),
        abstract=record.abstract,
        arxiv_id=record.arxiv_id,
        doi=record.doi,
        link=record.link or record.url,
        year=_year(record.year or record.date),  # 1994, "1994", 1994.0, "Proc. 1994": a four-digit year where there is one
        venue=record.venue or record.journal or record.booktitle or record.container_title,
    )



def _split_list(value: str | None) -> list[str]:
    """Keywords as tags: split on commas and semicolons, de-duplicated, each clipped to the tag limit."""
    parts = (part.strip()[:MAX_TAG_CHARS].strip() for part in re.split(r"[;,]", value or ""))
    return list(dict.fromkeys(part for part in parts if part))


# ---------------------------------------------------------------- BibTeX (bibtex.py: bibtexparser v2, mended)


_LINK = re.compile(r"https?://|www\.", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s{}<>\"]+", re.IGNORECASE)


def _link_in(text: str | None) -> str | None:
    """The address in `howpublished = {\\url{…}}`: where a @misc written for natbib styles says the work is."""
    found = _URL.search(text) if text else None
    return found.group(0).rstrip(".,;") if found else None


# The BibTeX fields paperlens reads (`_bibtex_fields`, and `crossref` to fill them in).
_BIBTEX_FIELDS = frozenset(
    "title author year date journal journaltitle booktitle abstract doi url eprint archiveprefix eprinttype arxivid "
    "note keywords crossref volume howpublished eid groups mendeley-groups mendeley-tags editor".split()
)


def _parse_bibtex(text: str, latex_budget: int | None = None) -> ParsedBibliography:
    read = read_bibtex(text, _BIBTEX_FIELDS, latex_budget)
    result = ParsedBibliography()
    result.rejected.extend(Rejected(line, f"unreadable BibTeX: {why}") for line, why in read.unreadable)
    for entry in read.entries:
        if entry.key.lower() in read.volumes:
            result.rejected.append(Rejected(entry.line, "a proceedings volume, not a paper: its fields are read into the entries that cross-reference it"))
        else:
            add_entry(result, entry.line, _bibtex_fields(entry.fields, entry.kind), entry.key)
    result.rejected.sort(key=lambda rejected: rejected.line)
    return result


_EDITED = {"book", "proceedings", "collection", "mvbook", "mvproceedings", "mvcollection"}  # whose editors are their creators


def _bibtex_fields(fields: dict, kind: str) -> dict:
    def text(name: str) -> str | None:
        assert name in _BIBTEX_FIELDS, f"read_bibtex is asked for {sorted(_BIBTEX_FIELDS)}, not {name!r}"
        value = fields.get(name)
        if value is None:
            return None
        return _plain(value if isinstance(value, str) else " and ".join(value)) or None

    # BibTeX's `archivePrefix`, biblatex's `eprinttype` (an eprint may be a PubMed id); Mendeley's `arxivId`.
    eprint = text("eprint") if (text("archiveprefix") or text("eprinttype") or "arxiv").lower() == "arxiv" else None
    # biblatex writes `journaltitle`; a @misc says where it appeared in `howpublished` (unless that is a link).
    published = text("howpublished")
    named = text("journal") or text("journaltitle") or text("booktitle") or (None if published and _LINK.search(published) else published)
    # Semantic Scholar names the preprint server as the journal beside the conference's booktitle: the conference.
    venue = text("booktitle") if text("booktitle") and _PREPRINT_JOURNAL.match(named or "") else named
    arxiv_id = next(
        (
            found
            for found in (
                normalise_arxiv_id(eprint),
                normalise_arxiv_id(text("arxivid")),
                normalise_arxiv_id(text("url")),
                normalise_arxiv_id(named),
                normalise_arxiv_id(text("note")),
                normalise_arxiv_id(text("eid")),  # NASA ADS: `eid = {arXiv:2111.03606}`
                normalise_arxiv_id(text("howpublished")),  # "arXiv preprint arXiv:2103.00020", a link to its abstract
                _arxiv_volume(named, text("volume")),
            )
            if found
        ),
        None,
    )
    # An edited volume's editors are its creators, as Zotero has them (not a paper's: it inherits its volume's editors).
    authors = fields.get("author") or (fields.get("editor") if kind in _EDITED else None) or []
    return {
        "title": text("title"),
        # Names SeparateCoAuthors left joined (an `and` it could not see) are split here, and lists written by hand.
        "authors": [
            name
            for author in (authors if isinstance(authors, list) else [authors])
            for joined in re.split(r"\s+and\s+", _plain(author))
            for name in names_in_bibtex_name(joined)  # BibTeX's "and others" is et al., not an author
        ],
        "year": _year(text("year") or text("date")),
        "venue": venue,
        "abstract": text("abstract"),
        "arxiv_id": arxiv_id,
        "doi": text("doi"),
        "url": text("url") or _link_in(published),
        # JabRef's and Mendeley's groups are collections, as Zotero's are (`collection:Name`); Mendeley's tags are tags.
        "tags": list(dict.fromkeys(
            _split_list(text("keywords")) + _split_list(text("mendeley-tags"))
            + [f"collection:{group}" for name in ("groups", "mendeley-groups") for group in _split_list(text(name))]
        )),  # fmt: skip
    }


_LEFTOVER_COMMAND = re.compile(r"\\[a-zA-Z]+\*?\s*")


def _plain(value: str) -> str:
    """A decoded BibTeX value as plain text: what LaTeX decoding left (commands, braces) removed."""
    return literal(" ".join(_LEFTOVER_COMMAND.sub("", value).replace("{", "").replace("}", "").split()))


# Characters BibTeX or LaTeX would read as markup, written so that decoding gives them back.
_LATEX_ESCAPES = {
    "\\": "{\\textbackslash}", "%": "{\\%}", "$": "{\\$}", "&": "{\\&}", "#": "{\\#}", "_": "{\\_}",
    "~": "{\\textasciitilde}", "^": "{\\textasciicircum}", "{": "", "}": "",
}  # fmt: skip
_LATEX_SPECIAL = re.compile(r"[\\%$&#_~^{}]")


_LIGATURE = re.compile(r"([-'`?!])(?=[-'`])")  # "--", "''", "``", "?`" would come back as a dash, quotes, "¿"


def _bibtex_value(value: str) -> str:
    escaped = _LATEX_SPECIAL.sub(lambda m: _LATEX_ESCAPES[m.group(0)], value)
    return "{" + _LIGATURE.sub(r"\1{}", escaped) + "}"


def _bibtex_key(item: LibraryItem, used: set[str]) -> str:
    first_author_words = item.authors[0].split(",")[0].split() if item.authors else []  # a blank name has none
    surname = re.sub(r"\W", "", first_author_words[-1] if first_author_words else "anon") or "anon"
    first_word = next((w for w in re.findall(r"[A-Za-z]+", item.title) if len(w) > 3), "paper").lower()
    key = f"{surname.lower()}{item.year or ''}{first_word}"
    candidate, n = key, 1
    while candidate in used:
        n += 1
        candidate = f"{key}{n}"
    used.add(candidate)
    return candidate


def _export_bibtex(items: Iterable[LibraryItem]) -> str:
    used: set[str] = set()
    blocks = []
    for item in items:
        fields = [("title", item.title)]
        if item.authors:
            fields.append(("author", " and ".join(item.authors)))
        for name, value in (("year", item.year), ("journal", item.venue), ("abstract", item.abstract)):
            if value:
                fields.append((name, str(value)))
        if item.arxiv_id:
            fields += [("eprint", item.arxiv_id), ("archiveprefix", "arXiv")]
        for name, value in (("doi", item.doi), ("url", item.url)):
            if value:
                fields.append((name, value))
        if item.tags:
            fields.append(("keywords", ", ".join(item.tags)))
        body = ",\n".join(f"  {name} = {_bibtex_value(value)}" for name, value in fields)
        blocks.append(f"@article{{{_bibtex_key(item, used)},\n{body}\n}}\n")
    return "\n".join(blocks)


# ---------------------------------------------------------------- CSL-JSON


class _CslName(msgspec.Struct):
    family: str = ""
    given: str = ""
    literal: str = ""
    # "van der" Berg, Ludwig "van" Beethoven, as Crossref and citeproc write them
    non_dropping_particle: str = msgspec.field(default="", name="non-dropping-particle")
    dropping_particle: str = msgspec.field(default="", name="dropping-particle")
    suffix: str = ""

    def as_written(self) -> str:
        """"Family, Given" as BibTeX writes names (a BibTeX library survives a trip through CSL), particles kept."""
        family = " ".join(filter(None, (self.non_dropping_particle, self.family)))
        given = " ".join(filter(None, (self.given, self.dropping_particle)))
        return self.literal or ", ".join(filter(None, (family, self.suffix if family and given else "", given)))


class _CslDate(msgspec.Struct):
    date_parts: list[list[int | str]] = msgspec.field(default_factory=list, name="date-parts")
    raw: str = ""  # "2017-06-12": what some tools write instead of date-parts
    literal: str = ""


class _CslItem(msgspec.Struct):
    title: str = ""
    author: list[_CslName] = []
    issued: _CslDate | str | int | None = None  # a date object; some tools write "2018" or 2018
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


def _parse_csljson(text: str) -> ParsedBibliography:
    try:
        raw_items = msgspec.json.decode(text)
    except msgspec.DecodeError as error:
        raise BibliographyError(f"not CSL-JSON: {error}") from None
    except RecursionError:  # arrays in arrays past Python's recursion limit
        raise BibliographyError("not CSL-JSON: nested too deeply") from None
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
        issued = csl.issued if isinstance(csl.issued, _CslDate) else _CslDate(raw=str(csl.issued or ""))
        parts = issued.date_parts
        add_entry(
            result,
            position,
            {
                "title": csl.title.strip(),
                "authors": [name.as_written() for name in csl.author],
                "year": _year(parts[0][0]) if parts and parts[0] else _year(issued.raw or issued.literal),
                "venue": csl.container_title or csl.event_title or csl.event or csl.authority or csl.publisher or None,  # as Zotero's VENUE_FIELDS
                "abstract": csl.abstract or None,
                "arxiv_id": normalise_arxiv_id(csl.URL) or normalise_arxiv_id(csl.number) or normalise_arxiv_id(csl.note),
                "doi": csl.DOI or None,
                "url": csl.URL or None,
                "tags": _split_list(csl.keyword),
            },
        )
    return result


def _export_csljson(items: Iterable[LibraryItem]) -> str:
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


# ---------------------------------------------------------------- RIS (rispy)


_RIS_VENUES = ("journal_name", "secondary_title", "alternate_title1", "alternate_title3", "alternate_title2", "publisher")


def _parse_ris(text: str) -> ParsedBibliography:
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
                "year": _year(record.get("year") or record.get("publication_year") or record.get("date")),
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


def _export_ris(items: Iterable[LibraryItem]) -> str:
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


# ---------------------------------------------------------------- Tagged formats: EndNote, MEDLINE, Web of Science


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
    return list(dict.fromkeys(keyword for value in values for keyword in _split_list(value)))


_ENDNOTE_TAG = re.compile(r"%([0-9A-Z@!#$&(*+^|~>)])(?:[ \t](.*))?$")  # "%T Attention is all you need"


def _parse_endnote(text: str) -> ParsedBibliography:
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
        "year": _year(record.first("D", "8")),
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
        "year": _year(first("dates/year", "dates/pub-dates/date")),
        "venue": first("periodical/full-title", "titles/secondary-title", "titles/alt-title", "publisher"),
        "abstract": first("abstract"),
        "doi": first("electronic-resource-num"),
        "url": urls[0] if urls else None,
        "arxiv_id": normalise_arxiv_id(" ".join(urls)),
        "tags": _keywords_in(texts("keywords/keyword")),
    }


_MEDLINE_TAG = re.compile(r"([A-Z][A-Z0-9]{1,3}) {0,3}- (.*)$")  # "TI  - Title", "PMID- 34265844", "FAU - Jumper, John"


def _parse_medline(text: str) -> ParsedBibliography:
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
        "year": _year(record.first("DP")),
        "venue": record.first("JT", "TA"),
        "abstract": record.first("AB"),
        "doi": next((value.removesuffix("[doi]").strip() for value in record.values("LID") + record.values("AID") if value.endswith("[doi]")), None),
        "url": f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid and pmid.isdigit() else None,
        "tags": _keywords(record, "OT"),  # the authors' keywords, not MeSH headings
    }


# "TI Attention is all you need", "ER"; not RIS's or MEDLINE's "TI  - …" (a file uploaded as the wrong format is refused)
_WOS_TAG = re.compile(r"([A-Z][A-Z0-9])(?: (?! *- )(.*))?$")


def _parse_wos(text: str) -> ParsedBibliography:
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
        "year": _year(record.first("PY", "EA", "PD")),  # the year; an early-access article has only its date
        "venue": record.first("SO", "SE"),  # the source, as Web of Science writes it (in capitals)
        "abstract": record.first("AB"),
        "doi": doi,
        "url": f"https://doi.org/{doi}" if doi else None,
        "tags": _keywords(record, "DE"),  # the authors' keywords ("Keywords Plus", ID, are Web of Science's)
    }


# ---------------------------------------------------------------- CSV


# The columns other tools' CSV exports give paperlens's fields (lower case): Zotero's, PubMed's, Scopus's, Google
# Scholar's ("Authors,Title,Publication,Volume,Number,Pages,Year,Publisher") and Publish or Perish's ("Source", "ArticleURL").
_CSV_ALIASES = {
    "author": "authors", "publication year": "year", "publication title": "venue", "journal/book": "venue",
    "source title": "venue", "publication": "venue", "source": "venue", "abstract note": "abstract", "link": "url",
    "articleurl": "url", "manual tags": "tags", "keywords": "tags", "author keywords": "tags",
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


def _parse_csv(text: str) -> ParsedBibliography:
    delimiter, text = _csv_dialect(text)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in reader.fieldnames or ()]
    except csv.Error as error:  # a header field over csv's 128 KiB limit
        raise BibliographyError(f"unreadable CSV header: {error}") from None
    if "title" not in header:
        raise BibliographyError(f"not a paperlens CSV: the header must name a `title` column ({', '.join(CSV_COLUMNS)})")
    columns = {name: _CSV_ALIASES[name] for name in header if name in _CSV_ALIASES and _CSV_ALIASES[name] not in header}
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
        row |= {field: row[name] for name, field in columns.items() if row.get(name)}
        add_entry(
            result,
            reader.line_num,
            {
                "title": row.get("title"),
                "authors": names_in_csv_cell(row.get("authors", "")),
                "year": _year(row.get("year")),
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


def _export_csv(items: Iterable[LibraryItem]) -> str:
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


# ---------------------------------------------------------------- arXiv id lists


def _parse_arxiv(text: str) -> ParsedBibliography:
    """One arXiv id or URL a line; the title stays a placeholder until enrichment fetches the metadata."""
    result = ParsedBibliography()
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        arxiv_id = normalise_arxiv_id(line)
        if arxiv_id is None:
            result.rejected.append(Rejected(number, f"not an arXiv id: {line[:80]!r}"))
            continue
        add_entry(result, number, {"title": f"arXiv:{arxiv_id}", "arxiv_id": arxiv_id, "url": f"https://arxiv.org/abs/{arxiv_id}"})
    return result


_PARSERS = {
    "bibtex": _parse_bibtex,
    "csljson": _parse_csljson,
    "ris": _parse_ris,
    "endnote": _parse_endnote,
    "medline": _parse_medline,
    "wos": _parse_wos,
    "csv": _parse_csv,
    "arxiv": _parse_arxiv,
}
_EXPORTERS = {"bibtex": _export_bibtex, "csljson": _export_csljson, "ris": _export_ris, "csv": _export_csv}


def export_bibliography(fmt: str, items: Iterable[LibraryItem]) -> str:
    if fmt not in _EXPORTERS:
        raise BibliographyError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    return _EXPORTERS[fmt](items)
