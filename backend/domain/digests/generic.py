"""Any other page, read two ways, and the way that finds more papers wins:
- by identifiers: each arXiv id or DOI linked is a paper, its item the largest element around its links that
  links no other paper; the title is the item's heading or "title" element (or its link's text, or its bold
  text or table cell when the link says only "paper"), the abstract its "abstract" element (or the text under
  the title) (arXiv's search results, reading-group pages, publication lists, GitHub's "awesome" lists);
- by headings: the most repeated kind of heading (or list link, bold link, definition term, bold text that begins
  its item or cell, a cell of a table's column headed "Title", "title" element) is the paper title; its item the largest element around it that holds no other title,
  with up to three elements right after it (ACL Anthology's abstracts, JMLR's `dd`, an e-mail's rows under the
  title's); the abstract that item's "abstract" or "snippet" element or the text after the title (the block
  labelled "Abstract:" first); an arXiv id or DOI its other links name (its own menu's too: dblp's) or its text
  writes out (pages that link no identifiers from their titles: proceedings, journals' listings, PubMed, Scholar).
Either way the authors, year and abstract are read from the paper's item by paper_fields.py.

Returns what it can and never raises: a page it cannot read gives an empty list.
"""

from __future__ import annotations

import re
from collections import Counter
from html import escape
from urllib.parse import parse_qs, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from backend.domain.digests._dom import innermost, line_text
from backend.domain.digests._text import MAX_ITEMS, squash
from backend.domain.digests.paper_fields import LABEL, PEOPLE_LINKS, abstract_of, names_line, people_and_year
from backend.domain.markup import without_result_tags
from backend.domain.identity import normalise_arxiv_id, normalise_doi
from backend.domain.models import Paper

MIN_TITLE_CHARS = 10
MAX_TITLE_CHARS = 300
_CANDIDATE_SELECTOR = (
    "h1, h2, h3, h4, h5, li > a, li > div > a, td > a, dt, dt > a, strong > a, b > a, li > b, li > strong, p > b, p > strong, "
    'td > b, td > strong, [class*="title"]'
)
# A table's column headed so holds titles as plain text ("# | Title | Authors", "ID | Paper | Authors": accepted-papers
# pages; a "Paper" column of ids or "[pdf]" links gives no titles, too short).
_TITLE_COLUMN = re.compile(r"(?:(?:paper|article)\s+)?titles?|papers?|articles?", re.IGNORECASE)
TITLE_TABLES = 16  # tables whose header row is read
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
    for junk in tree.css("script, style, noscript, template, footer"):
        junk.decompose()
    links = _Links(url)  # both readings resolve the same links: each once
    for number, nav in enumerate(tree.css("nav")):
        _drop_menu(nav, links, keep_links=number <= MAX_ITEMS)  # a digest holds no more papers, nor their menus
    titles = _heading_titles(tree)
    by_identifiers = _by_identifiers(tree, links)
    if len(by_identifiers) >= max(2, len(titles)):
        return by_identifiers  # each title would be a paper: the count decides, before any is read
    return _by_headings(titles, links)


def _drop_menu(nav: LexborNode, links: _Links, *, keep_links: bool) -> None:
    """A page's menus are no papers; but a list item's own menu (dblp's "electronic edition via DOI" beside each
    entry) keeps its links to papers, as links without text: they give the entry its DOI or arXiv id, and no
    title candidate."""
    own_menu = keep_links and nav.parent is not None and nav.parent.tag == "li"
    kept = [links.href(link) for link in nav.css("a[href]") if links.key(link)] if own_menu else []
    if kept:
        links_only = "".join(f'<a href="{escape(href)}"></a>' for href in dict.fromkeys(kept))
        nav.replace_with(LexborHTMLParser(f"<span>{links_only}</span>").body.child)
    else:
        nav.decompose()


def _by_headings(titles: list[LexborNode], links: _Links) -> list[Paper]:
    owner: dict[int, object] = {}  # element -> the one title it holds, or _MANY
    for index, node in enumerate(titles):
        _mark_ancestors(owner, node, index)
    return [_paper(node, links, _regions(node, index, owner)) for index, node in enumerate(titles)]


def _heading_titles(tree: LexborHTMLParser) -> list[LexborNode]:
    people = {link.mem_id for link in tree.css(PEOPLE_LINKS)}  # a list of authors' links is no list of titles (ACM's)
    candidates = [
        node
        for node in innermost([*tree.css(_CANDIDATE_SELECTOR), *_title_column_cells(tree)])  # one shape wins: each in page order
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
    return [node for node in candidates if _signature(node) == signature][: MAX_ITEMS + 1]  # one past says the page lists more


def _title_column_cells(tree: LexborHTMLParser) -> list[LexborNode]:
    """The cells under a header cell that says "Title" (or "Paper title"), in the tables that have one."""
    cells = []
    for table in tree.css("table")[:TITLE_TABLES]:
        rows = table.css("tr")
        header = rows[0].css("th, td") if rows else []
        column = next((index for index, cell in enumerate(header) if _TITLE_COLUMN.fullmatch(line_text(cell))), None)
        if column is None:
            continue
        for row in rows[1:]:
            row_cells = [cell for cell in row.iter() if cell.tag in ("td", "th")]
            if column < len(row_cells):
                cells.append(row_cells[column])
    return cells


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
        if line_text(sibling):
            return False
        sibling = sibling.prev
    return not names_line(text, one_name=True)


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
    return next((link for link in links if not link.css_matches(PEOPLE_LINKS) and not _is_script(link) and not _is_action(link)), None)


# Google Scholar's links under a result, to lists of other papers or to its own tools.
_ACTION = re.compile(r"cited by \d+|related articles|all \d+ versions|library search|view as html|import into \w+", re.IGNORECASE)


def _is_action(link: LexborNode) -> bool:
    return bool(_ACTION.fullmatch(squash(link.text())))


def _is_script(link: LexborNode) -> bool:
    return (link.attributes.get("href") or "").strip().lower().startswith("javascript:")


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
    authors, year = people_and_year(node, regions)
    return Paper(
        title=without_result_tags(squash(node.text())),  # "[PDF] …", "[BOOK][B] …": Scholar's, not the title's
        authors=authors,
        year=year,
        abstract=abstract_of(node, regions, authors),
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


# --- by identifiers ---------------------------------------------------------------------------------------


_MANY = ("many", "")  # an element that holds the links of more than one paper
_TITLE_SELECTOR = 'h1, h2, h3, h4, h5, h6, [class*="title"]'
# The title is among an item's first headings and "title" elements; reading the text of every one would cost
# each element's text once per such element around it (900 nested `div.title`s: 2 s for 660 kB, quadratic).
TITLE_CANDIDATES = 16


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
            break  # one past the limit says the page lists more
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
        title_node = next(iter(innermost([node for node in candidates if _is_title(squash(node.text()), identifier)])), None)
        if title_node is None:
            links = (a for a in region.css("a[href]") if owner.get(a.mem_id) == key)
            title_node = next((a for a in links if _is_title(squash(a.text()), identifier)), None)
        if title_node is not None:
            break
    if title_node is None:
        title_node = _plain_title(regions, identifier)
    if title_node is None:
        return None
    authors, year = people_and_year(title_node, regions)
    return Paper(
        title=without_result_tags(LABEL.sub("", squash(title_node.text()))),
        authors=authors,
        year=year,
        abstract=abstract_of(title_node, regions, authors),
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
        candidates = innermost(region.css(_PLAIN_TITLE_SELECTOR)[:TITLE_CANDIDATES])
        texts = [(len(text), node) for node in candidates if _is_title(text := squash(node.text()), identifier)]
        if texts:
            return max(texts, key=lambda pair: pair[0])[1]
    return None


def _is_title(text: str, identifier: str) -> bool:
    """A title by its length (as a heading's), not the identifier's own line ("arXiv:2411.01234 [pdf, other]"): a
    volume's DOI that each of its papers links (ACM's) is not one of them."""
    return _is_heading_title(text) and identifier not in text.lower()

