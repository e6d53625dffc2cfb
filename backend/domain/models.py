"""The values paperlens passes around, as msgspec Structs.

Validation happens when decoding at a boundary (the API, the CLI, a task payload);
constructing a Struct in code trusts its caller.
"""

from __future__ import annotations

from typing import Annotated, Literal

from msgspec import UNSET, Meta, Struct, UnsetType, field

Title = Annotated[str, Meta(min_length=1, max_length=2_000)]
Url = Annotated[str, Meta(min_length=1, max_length=8_192)]
Tag = Annotated[str, Meta(min_length=1, max_length=100)]
Status = Literal["to_read", "reading", "read", "archived"]
Author = Annotated[str, Meta(max_length=500)]
Year = Annotated[int, Meta(ge=1000, le=3000)]
Venue = Annotated[str, Meta(max_length=1_000)]
Abstract = Annotated[str, Meta(max_length=100_000)]
ArxivId = Annotated[str, Meta(max_length=100)]
Doi = Annotated[str, Meta(max_length=500)]
Notes = Annotated[str, Meta(max_length=100_000)]
# Citation records in the wild (`paperlens match`): as long as ours may be, but may be empty.
CitedTitle = Annotated[str, Meta(max_length=2_000)]
CitedLink = Annotated[str, Meta(max_length=8_192)]
CitedYear = Annotated[str, Meta(max_length=200)]  # "1994", "In Proc. STOC 1988"
AuthorString = Annotated[str, Meta(max_length=100_000)]  # "A. Smith and B. Jones": at most 200 names of 500


class Paper(Struct, frozen=True, kw_only=True, omit_defaults=True):
    """What one source says about a paper; every field but the title may be unknown."""

    title: str
    authors: tuple[str, ...] = ()
    abstract: str | None = None
    arxiv_id: str | None = None
    doi: str | None = None
    link: str | None = None
    year: int | None = None
    venue: str | None = None
    # A library item's identifiers from duplicates merged into it that differ from its own ("doi:…", "arxiv:…"):
    # a page that shows the paper under one of them is still that item.
    other_ids: tuple[str, ...] = ()


class CslName(Struct, frozen=True):
    """A name as CSL-JSON writes it (Zotero, Mendeley, citeproc, Crossref). Each part is held to an author's
    length: surnames are compared with each other, at the product of their lengths."""

    family: Author = ""
    given: Author = ""
    literal: Author = ""
    # "van der" Berg, Ludwig "van" Beethoven, as Crossref and citeproc write them
    non_dropping_particle: Author = field(default="", name="non-dropping-particle")
    dropping_particle: Author = field(default="", name="dropping-particle")
    suffix: Author = ""

    def as_written(self) -> str:
        """"Family, Given" as BibTeX writes names (a BibTeX library survives a trip through CSL), particles kept."""
        family = " ".join(filter(None, (self.non_dropping_particle, self.family)))
        given = " ".join(filter(None, (self.given, self.dropping_particle)))
        return self.literal or ", ".join(filter(None, (family, self.suffix if family and given else "", given)))


class CslDate(Struct, frozen=True):
    """A date as CSL-JSON writes it: `date-parts` ([[2017, 6, 12]]), or the text some tools write instead."""

    date_parts: list[list[int | CitedYear]] = field(default_factory=list, name="date-parts")
    raw: CitedYear = ""  # "2017-06-12"
    literal: CitedYear = ""

    def year_text(self) -> str:
        """Where the year is: the first date's first part, else the text."""
        parts = self.date_parts
        return str(parts[0][0]) if parts and parts[0] else self.raw or self.literal


class CitationRecord(Struct, frozen=True, kw_only=True):
    """One side of a `paperlens match` line: a Paper as citation data is found in the wild, where authors
    may be one string ("A. Smith and B. Jones") and a year a string or a float ("1994", 1994.0).
    `bibliography.paper_from_citation` reads it as a Paper; fields it does not know are ignored. BibTeX's and
    CSL-JSON's names are read too: `author` (CSL's name objects too), `journal` / `booktitle` / `container-title`,
    `date` / `issued`, `DOI`, `URL`: a CSL-JSON item as Zotero exports it is a record. Each field is held to
    the API's limits (a title of 2,000 characters, …): comparing titles costs the product of their lengths, and a
    line carrying a megabyte of title is that line's error, not an hour's work."""

    title: CitedTitle
    authors: list[Author | CslName] | AuthorString = []
    author: list[Author | CslName] | AuthorString = []
    abstract: Abstract | None = None
    arxiv_id: ArxivId | None = None
    doi: Doi | None = None
    csl_doi: Doi | None = field(default=None, name="DOI")
    link: CitedLink | None = None
    url: CitedLink | None = None
    csl_url: CitedLink | None = field(default=None, name="URL")
    year: int | float | CitedYear | None = None
    date: int | float | CitedYear | None = None
    issued: CslDate | int | CitedYear | None = None
    venue: Venue | None = None
    journal: Venue | None = None
    booktitle: Venue | None = None
    container_title: Venue | None = field(default=None, name="container-title")


class PaperPair(Struct, frozen=True, kw_only=True):
    """One line of `paperlens match` input."""

    left: CitationRecord
    right: CitationRecord


class KeywordDocument(Struct, frozen=True, kw_only=True):
    """One line of `paperlens keywords` input."""

    id: str | int
    title: str
    abstract: str | None = None


class DigestItem(Paper, frozen=True, kw_only=True, omit_defaults=True):
    """A paper as it stands on one digest page; `id` is its position-based key within the digest."""

    id: str
    dismissed: bool = False  # the user marked this paper "not relevant" (on this page or any other)


class Dismissal(Struct, frozen=True, kw_only=True):
    """A paper the user marked "not relevant": remembered by its identity, wherever it shows up again."""

    id: str  # opaque, for DELETE /v1/library/dismissals/{id}
    title: str
    keys: tuple[str, ...]  # arxiv:…, doi:…, title:… — any of them marks a paper on a later page
    at: float
    digest_id: str | None = None


class Digest(Struct, frozen=True, kw_only=True):
    id: str
    owner: str
    url: str
    source: str
    created_at: float
    items: tuple[DigestItem, ...]
    more_papers: bool = False  # the page lists more papers than a digest holds: these are its first ones


class DigestRequest(Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """`POST /v1/digests`: the page the extension saw; exactly one of html / text."""

    url: Url
    html: str | None = None
    text: str | None = None


class LibraryItemCreate(Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    title: Title
    authors: list[Author] = []
    year: Year | None = None
    venue: Venue | None = None
    abstract: Abstract | None = None
    arxiv_id: ArxivId | None = None
    doi: Doi | None = None
    url: Url | None = None
    tags: list[Tag] = []
    status: Status = "to_read"
    notes: Notes = ""


class LibraryItemUpdate(Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """PATCH: only the fields present change; `null` clears an optional field."""

    title: Title | UnsetType = UNSET
    authors: list[Author] | UnsetType = UNSET
    year: Year | None | UnsetType = UNSET
    venue: Venue | None | UnsetType = UNSET
    abstract: Abstract | None | UnsetType = UNSET
    arxiv_id: ArxivId | None | UnsetType = UNSET
    doi: Doi | None | UnsetType = UNSET
    url: Url | None | UnsetType = UNSET
    tags: list[Tag] | UnsetType = UNSET
    status: Status | UnsetType = UNSET
    notes: Notes | UnsetType = UNSET


class SourceLink(Struct, frozen=True, kw_only=True, omit_defaults=True):
    """Where a synced item comes from: a library source and the item's key there. Kept on the item, so an
    item and its links change in one write (a sync is never half-applied)."""

    source: str  # the source's id
    key: str  # the item's key in the source (Zotero item key, BibTeX citation key)
    fingerprint: str  # of the source's fields when last synced: an unchanged entry is not rewritten
    tags: tuple[str, ...] = ()  # the tags the source gave (replaced on a change; the user's own stay)
    created: bool = False  # the sync created the item (a deletion in the source deletes it)


class LibraryItem(Struct, frozen=True, kw_only=True, omit_defaults=True):
    id: str
    title: str
    authors: tuple[str, ...] = ()
    year: int | None = None
    venue: str | None = None
    abstract: str | None = None
    arxiv_id: str | None = None
    doi: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    status: Status = "to_read"
    notes: str = ""
    keywords: tuple[str, ...] = ()
    # Identifiers of merged duplicates that differ from this item's own ("doi:…", "arxiv:…").
    other_identifiers: tuple[str, ...] = ()
    added_at: float = 0.0
    updated_at: float = 0.0
    rev: int = 0  # bumped by every write; the item's ETag (a write names the revision it read)
    links: tuple[SourceLink, ...] = ()  # the library sources this item is synced from

    def as_paper(self) -> Paper:
        return Paper(
            title=self.title,
            authors=self.authors,
            abstract=self.abstract,
            arxiv_id=self.arxiv_id,
            doi=self.doi,
            link=self.url,
            year=self.year,
            venue=self.venue,
            other_ids=self.other_identifiers,
        )


# --- Annotations and stream events (tagged unions, the `kind` / `event` field says which) ---


class Keyword(Struct, frozen=True):
    phrase: str
    score: float


class RelatedItem(Struct, frozen=True):
    id: str
    title: str
    score: float


class LibraryMatch(Struct, frozen=True, kw_only=True, tag_field="kind", tag="library_match"):
    """*In your library*: the matcher's verdict is `same`."""

    item_id: str
    library_item_id: str
    title: str
    score: float
    basis: str  # arxiv_id | doi | title | evidence (the model) | abstract
    reasons: tuple[str, ...] = ()


class PossibleMatch(Struct, frozen=True, kw_only=True, tag_field="kind", tag="possible_match"):
    """*Possibly in your library*: alike, but something disagrees (the reasons say what)."""

    item_id: str
    library_item_id: str
    title: str
    score: float
    reasons: tuple[str, ...] = ()


class DigestDuplicate(Struct, frozen=True, kw_only=True, tag_field="kind", tag="digest_duplicate"):
    item_id: str
    other_item_id: str


class Keywords(Struct, frozen=True, kw_only=True, tag_field="kind", tag="keywords"):
    item_id: str
    keywords: tuple[Keyword, ...]


class Related(Struct, frozen=True, kw_only=True, tag_field="kind", tag="related"):
    item_id: str
    score: float
    library_items: tuple[RelatedItem, ...]


class Relevance(Struct, frozen=True, kw_only=True, tag_field="kind", tag="relevance"):
    """How much the paper matters to this user: `score` 0-1 (0.5: as likely as not one they would save),
    `rank` on the page (1: the best), and why: the library items and title terms that pulled it up, and `unlike`:
    the paper marked not relevant whose look-alike it is, when that pulled it down.
    `signal`: "model" (the user's model), "few" (too few library items or papers seen for one: nearness to
    the library only), "dismissals" (an empty library but papers marked not relevant: 0.5 less their look-alikes'
    cost), "none" (an empty library: every paper 0.5, in page order)."""

    item_id: str
    score: float
    rank: int
    signal: str
    because: tuple[RelatedItem, ...] = ()
    terms: tuple[str, ...] = ()
    unlike: tuple[str, ...] = ()


Annotation = LibraryMatch | PossibleMatch | DigestDuplicate | Keywords | Related | Relevance


class Progress(Struct, frozen=True, kw_only=True):
    stage: str  # match | keywords
    done: int
    total: int


class Done(Struct, frozen=True, kw_only=True):
    digest_id: str
    items: int


class StageError(Struct, frozen=True, kw_only=True):
    stage: str
    code: str  # internal | storage_unavailable: what a client may branch on
    message: str  # for a person; never an exception's text


def annotation_key(annotation: Annotation) -> str:
    """The one slot an annotation fills: publishing the same slot twice is a no-op.

    A library match and a possible match share the slot: an item gets one verdict.
    """
    kind = annotation.__struct_config__.tag
    return f"{annotation.item_id}:{'library' if kind in ('library_match', 'possible_match') else kind}"


# --- Background jobs: feed subscriptions and duplicate pairs inside a library ---

ArxivCategory = Annotated[str, Meta(pattern=r"^[a-z-]+(\.[A-Za-z-]+)?$", max_length=40)]
FeedUrl = Annotated[str, Meta(pattern=r"^https?://[^\s]+$", max_length=2_000)]


class FeedCreate(Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """`POST /v1/feeds`: exactly one of `url` (RSS/Atom, or a digest page such as
    https://huggingface.co/papers) and `arxiv_category` (e.g. "cs.CL": arXiv's RSS feed for it)."""

    url: FeedUrl | None = None
    arxiv_category: ArxivCategory | None = None
    title: Annotated[str, Meta(max_length=200)] | None = None


class Feed(Struct, frozen=True, kw_only=True):
    id: str
    url: str
    title: str
    created_at: float
    # What the last fetch did (written by the `feeds` job).
    last_checked_at: float | None = None
    last_outcome: str | None = None  # new digest | unchanged | error
    last_error: str | None = None
    failures: int = 0  # consecutive failed fetches
    last_digest_id: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None


SourceKind = Literal["zotero_local", "bibtex_file", "zotero_web"]


class SourceCreate(Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A library kept elsewhere, synced one way into paperlens by the `sync` job.

    zotero_local: `path`, a Zotero data directory or zotero.sqlite; bibtex_file: `path`, a .bib file (both on
    the machine that runs paperlens); zotero_web: `library_type`, `library_id`, `api_key` (Zotero Web API v3)."""

    kind: SourceKind
    path: Annotated[str, Meta(min_length=1, max_length=4096)] | None = None
    library_type: Literal["user", "group"] | None = None
    library_id: Annotated[str, Meta(pattern=r"^[0-9]{1,20}$")] | None = None
    api_key: Annotated[str, Meta(min_length=1, max_length=128)] | None = None  # kept in the store, never echoed back
    name: Annotated[str, Meta(max_length=200)] | None = None


class Source(Struct, frozen=True, kw_only=True):
    id: str
    kind: SourceKind
    path: str  # a file, or for zotero_web the library: "users/123" or "groups/456"
    name: str
    created_at: float
    # What the last sync did (written by the `sync` job).
    last_sync_at: float | None = None
    last_outcome: str | None = None  # synced | unchanged | error
    last_error: str | None = None
    last_summary: dict[str, int] = {}  # added, updated, removed, unchanged, items
    version: str | None = None  # what the source was at the last sync (file size and mtime, content hash)


class DuplicateGroup(Struct, frozen=True, kw_only=True):
    """Items of one library that are all one paper: the connected pairs the sweep found (a paper entered
    five times is one group of five), oldest first."""

    id: str
    item_ids: tuple[str, ...]
    titles: tuple[str, ...]
    verdict: Literal["same", "possible"]  # `same` only if every pair in it is
    pairs: tuple["DuplicatePair", ...]  # the evidence: each pair with its verdict and reasons


class DuplicatePair(Struct, frozen=True, kw_only=True):
    """Two items of one library that the matcher says are the same paper (or possibly are)."""

    id: str
    item_ids: tuple[str, str]
    titles: tuple[str, str]
    verdict: Literal["same", "possible"]
    basis: str
    score: float
    reasons: tuple[str, ...] = ()
