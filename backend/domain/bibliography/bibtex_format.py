"""BibTeX in and out: the entries `read_bibtex` (bibtexparser v2, mended) reads, as library items; items as
BibTeX that reads back as they were."""

from __future__ import annotations

import re
from collections.abc import Iterable

from backend.domain.bibliography.entries import ParsedBibliography, Rejected, add_entry, split_list, year_of
from backend.domain.bibtex import literal, read_bibtex
from backend.domain.identity import normalise_arxiv_id
from backend.domain.models import LibraryItem
from backend.domain.names import names_in_bibtex_name

_PREPRINT_JOURNAL = re.compile(r"\s*(?:arxiv|corr)\b", re.IGNORECASE)  # "ArXiv", "CoRR", "arXiv preprint arXiv:…"


def _arxiv_volume(venue: str | None, volume: str | None) -> str | None:
    """dblp and Semantic Scholar write a preprint as `journal = {CoRR}` or `{ArXiv}`, `volume = {abs/2103.03198}`."""
    if venue and volume and _PREPRINT_JOURNAL.fullmatch(venue.strip()) and volume.startswith("abs/"):
        return normalise_arxiv_id(volume.removeprefix("abs/"))
    return None


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


def parse(text: str, latex_budget: int | None = None) -> ParsedBibliography:
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
        "year": year_of(text("year") or text("date")),
        "venue": venue,
        "abstract": text("abstract"),
        "arxiv_id": arxiv_id,
        "doi": text("doi"),
        "url": text("url") or _link_in(published),
        # JabRef's and Mendeley's groups are collections, as Zotero's are (`collection:Name`); Mendeley's tags are tags.
        "tags": list(dict.fromkeys(
            split_list(text("keywords")) + split_list(text("mendeley-tags"))
            + [f"collection:{group}" for name in ("groups", "mendeley-groups") for group in split_list(text(name))]
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


def export(items: Iterable[LibraryItem]) -> str:
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
