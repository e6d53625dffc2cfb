"""What a paper's item on a page says of it beyond its title, for both of the generic reading's ways (generic.py):
- authors: the item's "author" element (list items and one element per name read one by one, names one a line),
  its schema.org authors or links to people's pages; else the BibTeX entry it shows (with its year); else the line
  after the title: Scholar's byline ("A Smith, B Jones - Venue, 2020", "A Smith · 2020") or names alone (in
  italics, or two or more), the year ending the venue line after them; marks after names are no part of them;
- year: else the one a date element or a "Year:" label gives;
- abstract: an "abstract" or "snippet" element (without its own "Abstract" heading), the text after a label
  "Abstract:", or the text after the title (the block labelled "Abstract:" first, never the byline)."""

from __future__ import annotations

import re
from pathlib import Path

from selectolax.lexbor import LexborNode

from backend.domain.bibtex import read_bibtex
from backend.domain.digests._dom import in_regions, inside, innermost, line_text, next_after
from backend.domain.digests._text import squash
from backend.domain.digests.visible import shown_text
from backend.domain.names import split_authors
from backend.domain.numbers import whole_number

MIN_ABSTRACT_CHARS = 100
LABEL = re.compile(r"^(?:abstract|authors?|title)\s*:\s*", re.IGNORECASE)
# Before an abstract, a label: "Abstract:", or Semantic Scholar's "TLDR" (not "Abstract" alone: "Abstract Meaning
# Representation (AMR) is …" begins an abstract).
_ABSTRACT_LABEL = re.compile(r"^(?:abstract\s*:|tl;?\s?dr\b:?)\s*", re.IGNORECASE)
_MORE_OR_LESS = re.compile(r"\s*(?:\u25b3|\u2026|\.\.\.)\s*(?:less|more)$", re.IGNORECASE)  # arXiv's "… More", "△ Less"


# The lines of a listing that describe a paper, not its abstract (arXiv's descriptors).
_METADATA_LINE = re.compile(r"(?:subjects|comments|journal-ref|report-no|msc-class|acm-class|authors|doi|cite as)\s*:", re.I)


def people_and_year(title: LexborNode, regions: list[LexborNode]) -> tuple[tuple[str, ...], int | None]:
    """The item's authors, else those of the BibTeX entry it shows (CVF's, personal pages' "bibtex" toggles), with
    that entry's year; else the authors and year of the lines right under the title (Scholar's byline, a line of
    names). A year the item marks (a date element, "Year: 2016") when none of those gives one."""
    authors = next(filter(None, map(_authors_in, regions)), ())
    entry = _bibtex_in(regions) or {}
    year = str(entry.get("year", "")).strip()
    year = whole_number(year) if len(year) == 4 else None
    if not (authors or entry.get("author")):
        authors, year = _byline_under(title, regions)
    return authors or tuple(entry.get("author", ())), year or _year_marked_in(regions)


# A BibTeX entry shown beside a paper (in a `<pre>`, a hidden toggle), as far as paperlens reads one.
_BIBTEX_ENTRY = re.compile(
    r"@(?:inproceedings|article|misc|incollection|inbook|book|phdthesis|mastersthesis|techreport|conference|unpublished"
    r"|online|preprint)\s*\{",
    re.IGNORECASE,
)
MAX_BIBTEX_CHARS = 4_000  # an entry of 60 authors; also its LaTeX budget, so a page's entries cost in its size


def _bibtex_in(regions: list[LexborNode]) -> dict | None:
    for region in regions:
        text = region.text()
        found = _BIBTEX_ENTRY.search(text)
        if found:
            entry = text[found.start() : found.start() + MAX_BIBTEX_CHARS]
            try:
                entries = read_bibtex(entry, fields=("author", "year"), latex_budget=MAX_BIBTEX_CHARS).entries
            except Exception:  # noqa: BLE001 - an entry BibTeX cannot read gives nothing, not a failed page
                return None
            return entries[0].fields if entries else None
    return None


# Google Scholar's line under each title, in its results and its alert emails: "A Vaswani, N Shazeer… - Advances
# in neural …, 2017 - proceedings.neurips.cc" (authors cut short, venue cut short and year, host).
_BYLINE = re.compile(r"(?P<authors>[^\d]+?)\s[-–—·|]\s(?P<rest>.*)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
MAX_BYLINE_CHARS = 300
MAX_NAME_WORDS = 4


def _byline_under(node: LexborNode, regions: list[LexborNode]) -> tuple[tuple[str, ...], int | None]:
    """Authors and year from the line right under the title: Scholar's byline ("names - venue, year - host"), or a
    line of names alone (proceedings' "<i>A, B</i>", Scholar profiles' "A Vaswani, N Shazeer, …") with the year of
    the venue line after it ("Advances in neural information processing systems 30, 2017")."""
    line = _line_after(node, regions)
    text = line_text(line) if line is not None else ""
    if not text or len(text) > MAX_BYLINE_CHARS:
        return (), None
    byline = _BYLINE.fullmatch(text)
    names = names_line(byline["authors"], one_name=True) if byline is not None else ()
    if names:
        years = _YEAR.findall(byline["rest"])
        return names, int(years[-1]) if years else None
    names, where = _leading_names(line)
    if not names:
        return (), None
    # The year: in the rest of the line (JMLR's "<b><i>A, B</i></b>; (1):1−35, 2023."), else in the venue line after.
    venue = line if where is not line else _line_after(line, regions)
    venue_text = line_text(venue) if venue is not None else ""
    years = _YEAR.findall(venue_text) if len(venue_text) <= MAX_BYLINE_CHARS else []
    return names, int(years[-1]) if years else None


def _leading_names(line: LexborNode, levels: int = 3) -> tuple[tuple[str, ...], LexborNode]:
    """The names the line is, or that it begins with in italics or bold ("<b><i>A, B</i></b>; (1):1−35, 2023"),
    and the element that holds them."""
    node, italic = line, False
    for _ in range(levels):
        italic = italic or node.tag in ("i", "em")
        names = names_line(line_text(node), one_name=italic)
        child = node.child
        while child is not None and not line_text(child) and not child.is_element_node:
            child = child.next
        if names or child is None or child.tag not in ("i", "em", "b", "strong", "span"):
            return names, node
        node = child
    return (), line


def _line_after(node: LexborNode, regions: list[LexborNode]) -> LexborNode | None:
    """The element or text with words right after the node; None outside the paper's regions (the next paper's
    title: "Smith - a study of 2019 data" is no byline)."""
    line = next_after(node, regions)
    return line if line is not None and in_regions(line, regions) else None


# A name: two to four words (or one in a script without spaces: "张伟"), its last not lower case ("A Vaswani",
# "Patrick van der Smagt", "Kearns, M."); no digits ("Cited by 120", "ICML 2020"), no brackets ("[code]"), no
# colon or question mark ("Vocabulary: Common or Basic?").
_NAME_WORD = re.compile(r"[^\W\d_][^\s\d\[\]():?!;]*")
# Words of English sentences that no name holds ("The Origin of Speech", "Attention is not Explanation": read as
# names, such bold titles were skipped); not "to", "do", "can" or "an" (To, Do, Can, An are names).
_SENTENCE_WORDS = frozenset(
    "the of in on for with is are not as at by from via or into over under towards toward through without using what"
    " how why when does we our your".split()
)
# Words of titles that are no words of names (`make title-words`): a lone "name" with two of them, half its words or
# more, is a title ("Visual Instruction Tuning", "Scaling Laws"). On real titles and names kept out of the list (the
# shared libraries' and pages'), with the sentence words: 64 -> 22 of 957 titles read as names; of 3,591 authors,
# 3,582 -> 3,580 read as names (the two no longer: "Society for Philosophy", "The CMB-S4 Collaboration").
TITLE_WORDS_FILE = Path(__file__).with_name("title_words.txt")
TITLE_WORDS = frozenset(TITLE_WORDS_FILE.read_text().split())


# Words of venues and labels that an italic line under a title may hold instead of a name (some are surnames too:
# "L Page, S Brin"; a list of names is read as one whatever its words).
_NOT_IN_NAMES = frozenset(
    "journal conference proceedings transactions letters review communications nature science workshop symposium"
    " arxiv preprint press university institute oral poster spotlight award paper presentation talk track session"
    " code slides video project page".split()
)


def names_line(text: str, *, one_name: bool) -> tuple[str, ...]:
    """The names a line gives when names are all it holds: two or more ("Code, Slides, Video" are no names), or
    one in italics (proceedings write their authors so; "Nature Communications" in italics is a journal)."""
    text = _unmarked(text)
    if any(char.isdigit() for char in text):
        return ()
    names = split_authors(text.strip(" …."))
    if len(names) < (1 if one_name else 2):
        return ()
    for name in names:
        words = name.split()
        if not 1 <= len(words) <= MAX_NAME_WORDS or not all(map(_NAME_WORD.fullmatch, words)) or words[-1][0].islower():
            return ()
        if len(words) == 1 and words[0].isascii():
            return ()
        if len(names) == 1 and any(word.lower().strip(",.") in _NOT_IN_NAMES for word in words):
            return ()  # "Nature Communications", "Project Page"; in a list, "L Page, S Brin" are people
    every_word = [word.lower().strip(",.") for name in names for word in name.split()]
    if _SENTENCE_WORDS.intersection(every_word):
        return ()
    of_titles = sum(word in TITLE_WORDS for word in every_word)
    if len(names) == 1 and of_titles >= 2 and 2 * of_titles >= len(every_word):
        return ()  # "Scaling Laws", "Universal Dependencies"; in a list of names, surnames that are words of titles
    return names


# Where an item marks its date: a `time` element, schema.org's, a "date", "year" or "time" element (OpenReview's
# "Published: 16 Jan 2024", Semantic Scholar's "cl-paper-pubdates", arxiv-sanity's "rel_time"), a labelled year (IEEE
# Xplore's "Year: 2016").
_DATE_CLASS = re.compile(r"(?:^|[\s_-])(?:pub)?(?:dates?|year|time)(?:$|[\s_-])", re.IGNORECASE)
_LABELLED_YEAR = re.compile(r"\b(?:year|published|date)\s*:\s*(?:\w{1,9}\s+){0,2}((?:19|20)\d\d)\b", re.IGNORECASE)
MAX_DATE_CHARS = 80
DATE_CANDIDATES = 8
# A date that is an element's whole text, with no class to say so (ACM's tables of contents: "<span>August 2023</span>").
_WRITTEN_DATE = re.compile(
    r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+(?:\d{1,2},\s+)?((?:19|20)\d\d)", re.IGNORECASE
)


def _year_marked_in(regions: list[LexborNode]) -> int | None:
    """The first year of the item's first short date element, else of a labelled date in its text."""
    for region in regions:
        marked = region.css('time, [itemprop="datePublished"], [class*="date" i], [class*="year" i], [class*="time" i]')
        for node in innermost(marked[:DATE_CANDIDATES]):  # nested ones: the innermost's text, not each one's
            attributes = node.attributes
            if node.tag == "time" or attributes.get("itemprop") == "datePublished" or _DATE_CLASS.search(attributes.get("class") or ""):
                text = f"{squash(node.text())} {attributes.get('datetime') or ''}"
                years = _YEAR.findall(text) if len(text) <= MAX_DATE_CHARS else []
                if years:
                    return int(years[0])
        for node in innermost(region.css("span")[: 2 * DATE_CANDIDATES]):
            text = line_text(node)
            written = _WRITTEN_DATE.fullmatch(text) if len(text) <= MAX_DATE_CHARS else None
            if written:
                return int(written.group(1))
        labelled = _LABELLED_YEAR.search(region.text(separator=" "))
        if labelled:
            return int(labelled.group(1))
    return None


def _text_under(node: LexborNode, regions: list[LexborNode], authors: tuple[str, ...]) -> str | None:
    """The block labelled "Abstract:" among the five after the title (IEEE Xplore's, after a venue line as long),
    else the first substantial one that is not the byline (it begins with the first author); in page order, within
    the paper's regions (the white space between elements not counted: arXiv's listings put authors, comments and
    subjects before the abstract)."""
    sibling, looked, first = next_after(node, regions), 0, None
    while sibling is not None and looked < 5:
        if sibling.tag != "-text" and not in_regions(sibling, regions):
            break  # the next paper's item: a long title of its own would pass for this one's abstract
        text = line_text(sibling)
        abstract = _ABSTRACT_LABEL.sub("", text)
        byline = bool(authors) and text.startswith(authors[0])
        if len(abstract) >= MIN_ABSTRACT_CHARS and not byline and not _METADATA_LINE.match(text) and not _BIBTEX_ENTRY.search(text):
            if len(abstract) < len(text):
                return abstract
            first = first or abstract
        looked += bool(text)
        sibling = sibling.next
    return first


ABSTRACT_CANDIDATES = 8  # read at most this many "abstract" elements of an item (nested ones each hold the rest)


def abstract_of(title: LexborNode, regions: list[LexborNode], authors: tuple[str, ...]) -> str | None:
    """The paper's "abstract" element, else the text an "Abstract:" label gives, else the text after its title."""
    for read in (_abstract_in, _labelled_abstract):
        abstract = next(filter(None, map(read, regions)), None)
        if abstract:
            return abstract
    return _text_under(title, regions, authors)


LABEL_CANDIDATES = 32
_ABSTRACT_HEADING = re.compile(r"abstract\s*:?", re.IGNORECASE)


def _labelled_abstract(item: LexborNode) -> str | None:
    """The text after an element that says only "Abstract:" (OpenReview's fields: "<strong>Abstract:</strong>
    <span>…</span>", among "TL;DR:", "Keywords:", "Primary Area:"; a `dt` and its `dd`)."""
    labels = innermost(item.css("strong, b, dt, th, h4, h5, h6, label, span")[:LABEL_CANDIDATES])
    for label in labels:
        if _ABSTRACT_HEADING.fullmatch(line_text(label)):
            value = next_after(label, [item])
            text = line_text(value) if value is not None and inside(value, item) else ""
            if len(text) >= MIN_ABSTRACT_CHARS:
                return text
    return None


def _abstract_in(item: LexborNode) -> str | None:
    """The item's "abstract" element, or its "snippet" (PubMed's results, Scholar's alerts): the full one if both a
    full and a short one are there, else the first long enough (not al-folio's "Abs" button, an `a.abstract`)."""
    nodes = (item.css('[class*="abstract"]') or item.css('[class*="snippet"]'))[:ABSTRACT_CANDIDATES]
    full = [node for node in nodes if "full" in (node.attributes.get("class") or "")]
    for node in dict.fromkeys([*full, *innermost(nodes), *nodes]):
        text = _MORE_OR_LESS.sub("", _ABSTRACT_LABEL.sub("", _without_heading(node)))
        if len(text) >= MIN_ABSTRACT_CHARS:
            return text
    return None


_HEADING_ONLY = re.compile(r"(?:abstract|summary|tl;?\s?dr)\s*:?", re.IGNORECASE)


def _without_heading(node: LexborNode) -> str:
    """The element's text without the heading it begins with ("<h3>Abstract</h3><p>We …": "AbstractWe …" as text;
    Wiley's results' "Abstract" toggle)."""
    text = squash(node.text())
    first = node.child
    while first is not None and not line_text(first):
        first = first.next
    heading = line_text(first) if first is not None and first.is_element_node else ""
    return text[len(heading) :].lstrip() if heading and _HEADING_ONLY.fullmatch(heading) and text.startswith(heading) else text


# Links to people's pages: ACL Anthology's "/people/…", many publication lists' "/author/…", ACM's "/profile/…",
# OpenReview's "/profile?id=…", dblp's "/pid/…" (not "/profile-guided-optimization", a paper)
PEOPLE_LINKS = 'a[href*="/people/"], a[href*="/author/"], a[href*="/authors/"], a[href*="/profile/"], a[href*="/profile?"], a[href*="/pid/"]'
# schema.org's markup of a person who wrote the work (dblp's, Nature's): one element per author.
_MARKED_AUTHORS = '[itemprop="author"], [itemprop="creator"]'


def _authors_in(item: LexborNode) -> tuple[str, ...]:
    """The names in the item's first "author" element (or in each element of its kind, when it holds one name); else
    (none, or only an author's picture: ACM's) its schema.org authors or its links to people's pages."""
    marked = item.css('[class*="author"]')
    names = _names_in(marked[0]) if marked else ()
    if len(names) == 1:  # one element a name ("<span class=author-name>" each): every element of that kind
        kind = (marked[0].tag, marked[0].attributes.get("class"))
        alike = innermost([node for node in marked if (node.tag, node.attributes.get("class")) == kind])
        names = tuple(name for node in alike for name in _names_in(node))
    if names:
        return names
    people = innermost(item.css(_MARKED_AUTHORS)) or item.css(PEOPLE_LINKS)
    return tuple(name for name in (squash(n.text()) for n in people) if name)


def _names_in(node: LexborNode) -> tuple[str, ...]:
    for each_name in ("a", "li"):  # links to people, or a list whose commas a style sheet draws (Nature's)
        names = tuple(name for name in (_unmarked(squash(n.text())) for n in innermost(node.css(each_name))) if name)
        if names:
            return names
    if node.css_first("br") is not None:  # one name a line: "A Smith<br>B Jones" reads "A SmithB Jones" as text
        lines = map(squash, shown_text(node).split("\n"))
        return tuple(name for line in lines for name in split_authors(_unmarked(LABEL.sub("", line))))
    return split_authors(_unmarked(LABEL.sub("", squash(node.text()))))


# Marks after a name, of affiliations and equal contribution: "Jane Smith<sup>1,2</sup>*" reads "Jane Smith1,2*".
_MARK_DIGIT = "[0-9\u00b9\u00b2\u00b3\u2070\u2074-\u2079]"  # and superscript ones: "Jane Smith¹"
_MARKS = re.compile(rf"(?<=[^\W\d_])[*†‡§¶]*{_MARK_DIGIT}+(?:,{_MARK_DIGIT}+)*(?=[*†‡§¶]*(?:[,;\s]|$))|[*†‡§¶]+")


def _unmarked(names: str) -> str:
    return _MARKS.sub("", names).strip()
