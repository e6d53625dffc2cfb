"""Any other page, read two ways, and the way that finds more papers wins:
- by identifiers: each arXiv id or DOI linked is a paper, its item the largest element around its links that
  links no other paper; the title is the item's heading or "title" element (or its link's text, or its bold
  text or table cell when the link says only "paper"), the abstract its "abstract" element (or the text under
  the title) (arXiv's search results, reading-group pages, publication lists, GitHub's "awesome" lists);
- by headings: the most repeated kind of heading (or list link, bold link, definition term, bold text that begins
  its item, "title" element) is the paper title; its item the largest element around it that holds no other title,
  with up to three elements right after it (ACL Anthology's abstracts, JMLR's `dd`, an e-mail's rows under the
  title's); the abstract that item's "abstract" or "snippet" element or the text after the title (the block
  labelled "Abstract:" first); an arXiv id or DOI its other links name or its text writes out (pages that link no
  identifiers from their titles: proceedings, journals' listings, PubMed, Google Scholar).
Either way the authors are the item's "author" element, schema.org authors or links to people's pages, else the
BibTeX entry it shows (with the year), else the line after the title: Scholar's byline ("A Smith, B Jones - Venue,
2020", "A Smith · 2020") or names alone (in italics, or two or more), the year ending the venue line after them.
Else the year is the one a date element or a "Year:" label gives.

Returns what it can and never raises: a page it cannot read gives an empty list.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import parse_qs, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from backend.domain.digests._text import MAX_ITEMS, squash
from backend.domain.bibtex import read_bibtex
from backend.domain.markup import without_result_tags
from backend.domain.names import split_authors
from backend.domain.identity import normalise_arxiv_id, normalise_doi
from backend.domain.models import Paper

MIN_TITLE_CHARS = 10
MAX_TITLE_CHARS = 300
MIN_ABSTRACT_CHARS = 100
_CANDIDATE_SELECTOR = (
    'h1, h2, h3, h4, h5, li > a, li > div > a, td > a, dt, dt > a, strong > a, b > a, li > b, li > strong, p > b, p > strong, [class*="title"]'
)
_BOLD = frozenset({"b", "strong"})
_HEADINGS_AND_LINKS = frozenset({"h1", "h2", "h3", "h4", "h5", "a"})
_VOLUME = re.compile(r"proceedings of\b", re.IGNORECASE)  # a volume's own entry in its table of contents


def parse(html: str, url: str = "") -> list[Paper]:
    """The papers on the page; `url` (the page's address) resolves its relative links ("/abs/2401.00001")."""
    try:
        tree = LexborHTMLParser(html)
        return _parse(tree, url)
    except Exception:  # noqa: BLE001 - the fallback must answer for any page, however broken
        return []


def _signature(node: LexborNode) -> str:
    parent = node.parent
    return f"{parent.tag if parent else ''}>{node.tag}.{node.attributes.get('class') or ''}"


def _parse(tree: LexborHTMLParser, url: str) -> list[Paper]:
    for junk in tree.css("script, style, noscript, template, nav, footer"):
        junk.decompose()
    links = _Links(url)  # both readings resolve the same links: each once
    titles = _heading_titles(tree)
    by_identifiers = _by_identifiers(tree, links)
    if len(by_identifiers) >= max(2, len(titles)):
        return by_identifiers  # each title would be a paper: the count decides, before any is read
    return _by_headings(titles, links)


def _by_headings(titles: list[LexborNode], links: _Links) -> list[Paper]:
    owner: dict[int, object] = {}  # element -> the one title it holds, or _MANY
    for index, node in enumerate(titles):
        _mark_ancestors(owner, node, index)
    return [_paper(node, links, _regions(node, index, owner)) for index, node in enumerate(titles)]


def _heading_titles(tree: LexborHTMLParser) -> list[LexborNode]:
    people = {link.mem_id for link in tree.css(_PEOPLE_LINKS)}  # a list of authors' links is no list of titles (ACM's)
    candidates = [
        node
        for node in _innermost(tree.css(_CANDIDATE_SELECTOR))
        if node.mem_id not in people
        and not _among_authors(node)
        and _is_heading_title(text := squash(node.text()))
        and (node.tag not in _BOLD or _bold_title(node, text))
    ]
    if not candidates:
        return []
    # Titles of one list share a shape: same tag, class and parent tag. The most repeated shape, a heading's or a
    # link's before another's as repeated (a "title"-classed label above each heading is not the title).
    counts = Counter(_signature(node) for node in candidates)
    headings_or_links = {_signature(node) for node in candidates if node.tag in _HEADINGS_AND_LINKS}
    signature = max(counts, key=lambda shape: (counts[shape], shape in headings_or_links))
    if counts[signature] < 2:
        return []
    return [node for node in candidates if _signature(node) == signature][: MAX_ITEMS + 1]  # one past refuses the page


def _among_authors(node: LexborNode, levels: int = 3) -> bool:
    """Is the link in an "author" element (a list of homepage links), within a few levels? (A selector
    `[class*="author"] a` would walk all the way up from every link: a page nesting 900 deep pays 900 a link.)"""
    while levels > 0 and (node := node.parent) is not None:
        if "author" in (node.attributes.get("class") or ""):
            return True
        levels -= 1
    return False


def _bold_title(node: LexborNode, text: str) -> bool:
    """Bold text that begins its block ("<p><b>Title</b><br>…") and is no name: a publication list puts its owner's
    name in bold, first ("<li><b>Jane Smith</b>, John Doe. <a>Title</a>") or within ("A Smith, <b>J Doe</b>")."""
    sibling = node.prev
    while sibling is not None:
        if _line_text(sibling):
            return False
        sibling = sibling.prev
    return not _names_line(text, one_name=True)


def _link_of(node: LexborNode, regions: list[LexborNode]) -> LexborNode | None:
    """The title's link: itself, inside it, around it (within its item), or else the first of its item or the
    regions after it (PMLR's and JMLR's titles link nothing; the "abs" after them does)."""
    item = regions[0]
    if node.tag == "a":
        return node
    inside = node.css_first("a[href]")
    if inside is not None:
        return inside
    around = node  # the item is the node or holds it
    while around.mem_id != item.mem_id:
        around = around.parent
        if around.tag == "a":
            return around
    # Not an author's page, nor a button's script (Scholar's "Save", "Cite"), nor a list of other papers ("Cited by 12").
    links = (link for region in regions for link in region.css("a[href]"))
    return next((link for link in links if not link.css_matches(_PEOPLE_LINKS) and not _is_script(link) and not _is_action(link)), None)


# Google Scholar's links under a result, to lists of other papers or to its own tools.
_ACTION = re.compile(r"cited by \d+|related articles|all \d+ versions|library search|view as html|import into \w+", re.IGNORECASE)


def _is_action(link: LexborNode) -> bool:
    return bool(_ACTION.fullmatch(squash(link.text())))


def _is_script(link: LexborNode) -> bool:
    return (link.attributes.get("href") or "").strip().lower().startswith("javascript:")


def _innermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """The nodes that hold none of the others: a "title" element around a heading is not a title, and reading the
    text of 900 nested ones would read the innermost's 900 times. Each element is marked once, walking up."""
    nodes = list({node.mem_id: node for node in nodes}.values())  # a selector list gives `h3.card-title` twice
    holding: set[int] = set()
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in holding:
            holding.add(parent.mem_id)
            parent = parent.parent
    return [node for node in nodes if node.mem_id not in holding]


def _is_heading_title(text: str) -> bool:
    return MIN_TITLE_CHARS <= len(text) <= MAX_TITLE_CHARS and len(text.split()) >= 2 and not _VOLUME.match(text)


def _href(link: LexborNode | None, url: str) -> str:
    """The link's address, absolute, and past one redirect (Google Scholar's `scholar_url?url=…` in its pages and
    alert emails, `google.com/url?q=…`, mail scanners' `?url=…`): where the paper's id is."""
    href = ((link.attributes.get("href") or "") if link and not _is_script(link) else "").strip()
    try:
        href = urljoin(url, href) if url and href else href
        query = parse_qs(urlsplit(href).query) if "?" in href else {}
    except ValueError:  # "http://[::1": a page's broken link is that link's loss, not the page's
        return href
    target = next((v for name in ("url", "q", "u") for v in query.get(name, ()) if v.startswith(("http://", "https://"))), None)
    return target or href


class _Links:
    """The page's links as both readings use them, each worked out once: its address (absolute, past one redirect)
    and the paper it names (`_paper_key`)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._read: dict[int, tuple[str, tuple[str, str] | None]] = {}

    def _of(self, link: LexborNode) -> tuple[str, tuple[str, str] | None]:
        read = self._read.get(link.mem_id)
        if read is None:
            href = _href(link, self.url)
            read = self._read[link.mem_id] = (href, _paper_key(href))
        return read

    def href(self, link: LexborNode | None) -> str:
        return self._of(link)[0] if link is not None else ""

    def key(self, link: LexborNode) -> tuple[str, str] | None:
        return self._of(link)[1]


def _paper(node: LexborNode, links: _Links, regions: list[LexborNode]) -> Paper:
    href = links.href(_link_of(node, regions))
    arxiv_id, doi = normalise_arxiv_id(href), normalise_doi(href)
    if not (arxiv_id or doi):
        arxiv_id, doi = _identifier_of(regions, links)
    authors, year = _people_and_year(node, regions)
    return Paper(
        title=without_result_tags(squash(node.text())),  # "[PDF] …", "[BOOK][B] …": Scholar's, not the title's
        authors=authors,
        year=year,
        abstract=_abstract_of(node, regions, authors),
        arxiv_id=arxiv_id,
        doi=doi,
        link=href or None,
    )


def _identifier_of(regions: list[LexborNode], links: _Links) -> tuple[str | None, str | None]:
    """(arXiv id, DOI) of a paper whose title links neither: the one paper its regions' other links name (Scholar's
    "[PDF] arxiv.org" beside the title's link to the publisher, CVF's "[arXiv]" under it), else a DOI its item
    writes out (PubMed's citation line)."""
    linked = {key for key in (links.key(link) for region in regions for link in region.css("a[href]")) if key}
    if len(linked) == 1:  # two: the paper's and its data's, or a citation's; which is which is a guess
        kind, identifier = linked.pop()
        return (identifier, None) if kind == "arxiv" else (None, identifier)
    return None, _doi_written_in(regions[0])


# A DOI the item writes out rather than links (PubMed's "Nature. 2021;596:583-589. doi: 10.1038/…").
_WRITTEN_DOI = re.compile(r"\b(?:doi:\s*|doi\.org/)(10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)


def _doi_written_in(item: LexborNode) -> str | None:
    """The one DOI the item writes out; none if it writes two (its own and one it cites: which is which is a guess)."""
    written = set()
    for found in _WRITTEN_DOI.finditer(item.text(separator=" ")):
        written.add(normalise_doi(found.group(1)))
        if len(written) > 1:
            return None
    return written.pop() if written else None


# The lines of a listing that describe a paper, not its abstract (arXiv's descriptors).
_METADATA_LINE = re.compile(r"(?:subjects|comments|journal-ref|report-no|msc-class|acm-class|authors|doi|cite as)\s*:", re.I)


def _people_and_year(title: LexborNode, regions: list[LexborNode]) -> tuple[tuple[str, ...], int | None]:
    """The item's authors, else those of the BibTeX entry it shows (CVF's, personal pages' "bibtex" toggles), with
    that entry's year; else the authors and year of the lines right under the title (Scholar's byline, a line of
    names). A year the item marks (a date element, "Year: 2016") when none of those gives one."""
    authors = next(filter(None, map(_authors_in, regions)), ())
    entry = _bibtex_in(regions) or {}
    year = str(entry.get("year", "")).strip()
    year = int(year) if year.isdigit() and len(year) == 4 else None
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


def _next_after(node: LexborNode, regions: list[LexborNode]) -> LexborNode | None:
    """What comes after the title within its paper: its next sibling with words, else that of the first element
    around it that has one, climbing no higher than the paper's region that holds it (whose next is the region
    after it): the byline after an `h3 > a`, the authors' row after an e-mail's `tr > td > a`."""
    roots = {region.mem_id for region in regions}
    while True:
        sibling = node.next
        while sibling is not None and not _line_text(sibling):
            sibling = sibling.next
        if sibling is not None or node.mem_id in roots or node.parent is None:
            return sibling
        node = node.parent


def _in_regions(node: LexborNode, regions: list[LexborNode], levels: int = 8) -> bool:
    """Is the node one of the paper's regions, or inside one within a few levels (a byline sits close)?"""
    wanted = {region.mem_id for region in regions}
    while node is not None and levels >= 0:
        if node.mem_id in wanted:
            return True
        node, levels = node.parent, levels - 1
    return False


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
    text = _line_text(line) if line is not None else ""
    if not text or len(text) > MAX_BYLINE_CHARS:
        return (), None
    byline = _BYLINE.fullmatch(text)
    names = _names_line(byline["authors"], one_name=True) if byline is not None else ()
    if names:
        years = _YEAR.findall(byline["rest"])
        return names, int(years[-1]) if years else None
    names, where = _leading_names(line)
    if not names:
        return (), None
    # The year: in the rest of the line (JMLR's "<b><i>A, B</i></b>; (1):1−35, 2023."), else in the venue line after.
    venue = line if where is not line else _line_after(line, regions)
    venue_text = _line_text(venue) if venue is not None else ""
    years = _YEAR.findall(venue_text) if len(venue_text) <= MAX_BYLINE_CHARS else []
    return names, int(years[-1]) if years else None


def _leading_names(line: LexborNode, levels: int = 3) -> tuple[tuple[str, ...], LexborNode]:
    """The names the line is, or that it begins with in italics or bold ("<b><i>A, B</i></b>; (1):1−35, 2023"),
    and the element that holds them."""
    node, italic = line, False
    for _ in range(levels):
        italic = italic or node.tag in ("i", "em")
        names = _names_line(_line_text(node), one_name=italic)
        child = node.child
        while child is not None and not _line_text(child) and not child.is_element_node:
            child = child.next
        if names or child is None or child.tag not in ("i", "em", "b", "strong", "span"):
            return names, node
        node = child
    return (), line


def _line_after(node: LexborNode, regions: list[LexborNode]) -> LexborNode | None:
    """The element or text with words right after the node; None outside the paper's regions (the next paper's
    title: "Smith - a study of 2019 data" is no byline)."""
    line = _next_after(node, regions)
    return line if line is not None and _in_regions(line, regions) else None


def _line_text(node: LexborNode) -> str:
    if node.is_comment_node or node.tag == "br":
        return ""
    return squash(node.text_content if node.tag == "-text" else node.text())


# A name: two to four words (or one in a script without spaces: "张伟"), its last not lower case ("A Vaswani",
# "Patrick van der Smagt", "Kearns, M."); no digits ("Cited by 120", "ICML 2020") and no brackets ("[code]").
_NAME_WORD = re.compile(r"[^\W\d_][^\s\d\[\]()]*")


# Words of venues and labels that an italic line under a title may hold instead of names.
_NOT_IN_NAMES = frozenset(
    "journal conference proceedings transactions letters review communications nature science workshop symposium"
    " arxiv preprint press university institute oral poster spotlight award paper presentation talk track session"
    " code slides video project page".split()
)


def _names_line(text: str, *, one_name: bool) -> tuple[str, ...]:
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
        if (len(words) == 1 and words[0].isascii()) or any(word.lower().strip(",.") in _NOT_IN_NAMES for word in words):
            return ()
    return names


# Where an item marks its date: a `time` element, schema.org's, a "date", "year" or "time" element (OpenReview's
# "Published: 16 Jan 2024", Semantic Scholar's "cl-paper-pubdates", arxiv-sanity's "rel_time"), a labelled year (IEEE
# Xplore's "Year: 2016").
_DATE_CLASS = re.compile(r"(?:^|[\s_-])(?:pub)?(?:dates?|year|time)(?:$|[\s_-])", re.IGNORECASE)
_LABELLED_YEAR = re.compile(r"\b(?:year|published|date)\s*:\s*(?:\w{1,9}\s+){0,2}((?:19|20)\d\d)\b", re.IGNORECASE)
MAX_DATE_CHARS = 80
DATE_CANDIDATES = 8


def _year_marked_in(regions: list[LexborNode]) -> int | None:
    """The first year of the item's first short date element, else of a labelled date in its text."""
    for region in regions:
        marked = region.css('time, [itemprop="datePublished"], [class*="date" i], [class*="year" i], [class*="time" i]')
        for node in _innermost(marked[:DATE_CANDIDATES]):  # nested ones: the innermost's text, not each one's
            attributes = node.attributes
            if node.tag == "time" or attributes.get("itemprop") == "datePublished" or _DATE_CLASS.search(attributes.get("class") or ""):
                text = f"{squash(node.text())} {attributes.get('datetime') or ''}"
                years = _YEAR.findall(text) if len(text) <= MAX_DATE_CHARS else []
                if years:
                    return int(years[0])
        labelled = _LABELLED_YEAR.search(region.text(separator=" "))
        if labelled:
            return int(labelled.group(1))
    return None


def _text_under(node: LexborNode, regions: list[LexborNode], authors: tuple[str, ...] = ()) -> str | None:
    """The block labelled "Abstract:" among the five after the title (IEEE Xplore's, after a venue line as long),
    else the first substantial one that is not the byline (it begins with the first author); in page order, within
    the paper's regions (the white space between elements not counted: arXiv's listings put authors, comments and
    subjects before the abstract)."""
    sibling, looked, first = _next_after(node, regions), 0, None
    while sibling is not None and looked < 5:
        if sibling.tag != "-text" and not _in_regions(sibling, regions):
            break  # the next paper's item: a long title of its own would pass for this one's abstract
        text = _line_text(sibling)
        abstract = _ABSTRACT_LABEL.sub("", text)
        byline = bool(authors) and text.startswith(authors[0])
        if len(abstract) >= MIN_ABSTRACT_CHARS and not byline and not _METADATA_LINE.match(text) and not _BIBTEX_ENTRY.search(text):
            if len(abstract) < len(text):
                return abstract
            first = first or abstract
        looked += bool(text)
        sibling = sibling.next
    return first


# --- by identifiers ---------------------------------------------------------------------------------------

_MANY = ("many", "")  # an element that holds the links of more than one paper
_TITLE_SELECTOR = 'h1, h2, h3, h4, h5, h6, [class*="title"]'
# The title is among an item's first headings and "title" elements; reading the text of every one would cost
# each element's text once per such element around it (900 nested `div.title`s: 2 s for 660 kB, quadratic).
TITLE_CANDIDATES = 16
_LABEL = re.compile(r"^(?:abstract|authors?|title)\s*:\s*", re.IGNORECASE)
# Before an abstract, a label: "Abstract:", or Semantic Scholar's "TLDR" (not "Abstract" alone: "Abstract Meaning
# Representation (AMR) is …" begins an abstract).
_ABSTRACT_LABEL = re.compile(r"^(?:abstract\s*:|tl;?\s?dr\b:?)\s*", re.IGNORECASE)
_MORE_OR_LESS = re.compile(r"\s*(?:\u25b3|\u2026|\.\.\.)\s*(?:less|more)$", re.IGNORECASE)  # arXiv's "… More", "△ Less"


def _paper_key(href: str) -> tuple[str, str] | None:
    arxiv_id = normalise_arxiv_id(href)
    if arxiv_id:
        return ("arxiv", arxiv_id)
    doi = normalise_doi(href)
    return ("doi", doi) if doi else None


def _by_identifiers(tree: LexborHTMLParser, links: _Links) -> list[Paper]:
    owner: dict[int, tuple[str, str]] = {}  # element -> the one paper it links, or _MANY
    first_link: dict[tuple[str, str], LexborNode] = {}  # in page order
    for link in tree.css("a[href]"):
        key = links.key(link)
        if key is None:
            continue
        first_link.setdefault(key, link)
        _mark_ancestors(owner, link, key)
        if len(first_link) > MAX_ITEMS:
            break  # one past the limit is enough to refuse the page
    papers = []
    for key, link in first_link.items():
        paper = _identified_paper(key, _regions(link, key, owner), owner)
        if paper is not None:
            papers.append(paper)
    return papers


def _mark_ancestors(owner: dict, node: LexborNode | None, key: object) -> None:
    """Marks the node and the elements around it as holding `key`, or _MANY once they hold another. Each element
    is marked once with a key and once more as _MANY, so the walks cost no more than twice the page's elements,
    however the keys' nodes are nested."""
    while node is not None:
        seen = owner.get(node.mem_id)
        if seen is None:
            owner[node.mem_id] = key
        elif seen == key or seen == _MANY:
            break
        else:
            owner[node.mem_id] = _MANY
        node = node.parent


def _regions(node: LexborNode, key: object, owner: dict) -> list[LexborNode]:
    """Where one paper is described: the largest element around its node that holds nothing of another paper,
    and the elements right after it that hold nothing of one."""
    item = node
    while item.parent is not None and owner.get(item.parent.mem_id) == key:
        item = item.parent
    return [item, *_unlinked_siblings(item, owner)]


def _unlinked_siblings(item: LexborNode, owner: dict, at_most: int = 3) -> list[LexborNode]:
    """The elements right after the item that hold nothing of another paper: where a `dt` of links leaves the
    title and the abstract to its `dd` (arXiv's listings), and ACL Anthology its abstracts to a block of their own."""
    siblings, node = [], item.next
    while node is not None and len(siblings) < at_most:
        if node.tag != "-text" and not node.is_comment_node:
            if node.mem_id in owner:
                break
            siblings.append(node)
        node = node.next
    return siblings


def _identified_paper(key: tuple[str, str], regions: list[LexborNode], owner: dict) -> Paper | None:
    """The paper from its item (and the unlinked elements after it), in that order; `owner` tells which paper
    each link is to (a link holds only itself)."""
    kind, identifier = key
    title_node = None
    for region in regions:
        candidates = region.css(_TITLE_SELECTOR)[:TITLE_CANDIDATES]
        # The first that holds none of the others: the heading inside a `div.paper-title-block`, not the block.
        title_node = next(iter(_innermost([node for node in candidates if _is_title(squash(node.text()), identifier)])), None)
        if title_node is None:
            links = (a for a in region.css("a[href]") if owner.get(a.mem_id) == key)
            title_node = next((a for a in links if _is_title(squash(a.text()), identifier)), None)
        if title_node is not None:
            break
    if title_node is None:
        title_node = _plain_title(regions, identifier)
    if title_node is None:
        return None
    authors, year = _people_and_year(title_node, regions)
    return Paper(
        title=without_result_tags(_LABEL.sub("", squash(title_node.text()))),
        authors=authors,
        year=year,
        abstract=_abstract_of(title_node, regions, authors),
        arxiv_id=identifier if kind == "arxiv" else None,
        doi=identifier if kind == "doi" else None,
        link=f"https://arxiv.org/abs/{identifier}" if kind == "arxiv" else f"https://doi.org/{identifier}",
    )


# Where a list that links each paper by a word ("[paper]", "arXiv") writes its title: in bold, or in a table cell
# (GitHub's "awesome" lists: "**Title** [[paper](…)] [[code](…)]", "| Title | Venue | [arXiv](…) |").
_PLAIN_TITLE_SELECTOR = "strong, b, td"


def _plain_title(regions: list[LexborNode], identifier: str) -> LexborNode | None:
    """The item's bold text or table cell that reads as a title, the longest (a table's venue cell is shorter)."""
    for region in regions:
        candidates = _innermost(region.css(_PLAIN_TITLE_SELECTOR)[:TITLE_CANDIDATES])
        texts = [(len(text), node) for node in candidates if _is_title(text := squash(node.text()), identifier)]
        if texts:
            return max(texts, key=lambda pair: pair[0])[1]
    return None


def _is_title(text: str, identifier: str) -> bool:
    """A title by its length (as a heading's), not the identifier's own line ("arXiv:2411.01234 [pdf, other]"): a
    volume's DOI that each of its papers links (ACM's) is not one of them."""
    return _is_heading_title(text) and identifier not in text.lower()


ABSTRACT_CANDIDATES = 8  # read at most this many "abstract" elements of an item (nested ones each hold the rest)


def _abstract_of(title: LexborNode, regions: list[LexborNode], authors: tuple[str, ...]) -> str | None:
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
    labels = _innermost(item.css("strong, b, dt, th, h4, h5, h6, label, span")[:LABEL_CANDIDATES])
    for label in labels:
        if _ABSTRACT_HEADING.fullmatch(_line_text(label)):
            value = _next_after(label, [item])
            text = _line_text(value) if value is not None and _inside(value, item) else ""
            if len(text) >= MIN_ABSTRACT_CHARS:
                return text
    return None


def _inside(node: LexborNode, ancestor: LexborNode) -> bool:
    while node is not None:
        if node.mem_id == ancestor.mem_id:
            return True
        node = node.parent
    return False


def _abstract_in(item: LexborNode) -> str | None:
    """The item's "abstract" element, or its "snippet" (PubMed's results, Scholar's alerts): the full one if both a
    full and a short one are there, else the first long enough (not al-folio's "Abs" button, an `a.abstract`)."""
    nodes = (item.css('[class*="abstract"]') or item.css('[class*="snippet"]'))[:ABSTRACT_CANDIDATES]
    full = [node for node in nodes if "full" in (node.attributes.get("class") or "")]
    for node in dict.fromkeys([*full, *_innermost(nodes), *nodes]):
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
    while first is not None and not _line_text(first):
        first = first.next
    heading = _line_text(first) if first is not None and first.is_element_node else ""
    return text[len(heading) :].lstrip() if heading and _HEADING_ONLY.fullmatch(heading) and text.startswith(heading) else text


# Links to people's pages: ACL Anthology's "/people/…", many publication lists' "/author/…", ACM's "/profile/…",
# OpenReview's "/profile?id=…", dblp's "/pid/…" (not "/profile-guided-optimization", a paper)
_PEOPLE_LINKS = 'a[href*="/people/"], a[href*="/author/"], a[href*="/authors/"], a[href*="/profile/"], a[href*="/profile?"], a[href*="/pid/"]'
# schema.org's markup of a person who wrote the work (dblp's, Nature's): one element per author.
_MARKED_AUTHORS = '[itemprop="author"], [itemprop="creator"]'


def _authors_in(item: LexborNode) -> tuple[str, ...]:
    """The names in the item's first "author" element (or in each element of its kind, when it holds one name); else
    (none, or only an author's picture: ACM's) its schema.org authors or its links to people's pages."""
    marked = item.css('[class*="author"]')
    names = _names_in(marked[0]) if marked else ()
    if len(names) == 1:  # one element a name ("<span class=author-name>" each): every element of that kind
        kind = (marked[0].tag, marked[0].attributes.get("class"))
        alike = _innermost([node for node in marked if (node.tag, node.attributes.get("class")) == kind])
        names = tuple(name for node in alike for name in _names_in(node))
    if names:
        return names
    people = _innermost(item.css(_MARKED_AUTHORS)) or item.css(_PEOPLE_LINKS)
    return tuple(name for name in (squash(n.text()) for n in people) if name)


def _names_in(node: LexborNode) -> tuple[str, ...]:
    for each_name in ("a", "li"):  # links to people, or a list whose commas a style sheet draws (Nature's)
        names = tuple(name for name in (_unmarked(squash(n.text())) for n in _innermost(node.css(each_name))) if name)
        if names:
            return names
    if node.css_first("br") is not None:  # one name a line: "A Smith<br>B Jones" reads "A SmithB Jones" as text
        return tuple(name for line in _lines_of(node) for name in split_authors(_unmarked(_LABEL.sub("", line))))
    return split_authors(_unmarked(_LABEL.sub("", squash(node.text()))))


# Marks after a name, of affiliations and equal contribution: "Jane Smith<sup>1,2</sup>*" reads "Jane Smith1,2*".
_MARK_DIGIT = "[0-9\u00b9\u00b2\u00b3\u2070\u2074-\u2079]"  # and superscript ones: "Jane Smith¹"
_MARKS = re.compile(rf"(?<=[^\W\d_])[*†‡§¶]*{_MARK_DIGIT}+(?:,{_MARK_DIGIT}+)*(?=[*†‡§¶]*(?:[,;\s]|$))|[*†‡§¶]+")


def _unmarked(names: str) -> str:
    return _MARKS.sub("", names).strip()


def _lines_of(node: LexborNode) -> list[str]:
    """The node's text, cut at its line breaks."""
    lines = [""]
    for part in node.traverse(include_text=True):
        if part.tag == "br":
            lines.append("")
        elif part.tag == "-text":
            lines[-1] += part.text_content
    return [line for line in map(squash, lines) if line]
