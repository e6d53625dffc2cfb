"""Is this paper already in the library? Identifiers first, then titles guarded by authors and year."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from backend.domain.identity import arxiv_id_from_doi, normalise_arxiv_id, normalise_doi
from backend.domain.models import Paper

# fuzz.ratio (0-100) on normalised titles at or above which two titles may be the same paper.
# Conservative on purpose: a false "in your library" hides a new paper from the reader.
TITLE_SAME = 92.0
# Titles this short (in words) must agree exactly: "Attention" vs "Retention" is one edit apart.
MIN_FUZZY_WORDS = 4
MAX_YEAR_GAP = 2  # preprint and publication years often differ by one, sometimes two
# In a fuzzy title match every word must have a counterpart at least this similar (fuzz.ratio):
# "challenge"/"challenges" pass, "learners"/"reasoners" do not.
WORD_COUNTERPART = 75.0

_LATEX_ACCENT = re.compile(r"\\[\'\"`^~=.](?:\{(\w)\}|(\w))")
_LATEX_COMMAND = re.compile(r"\\[a-zA-Z]+\*?")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


# British spellings common in paper titles, written the American way (cheap, and never a different word).
_BRITISH_STEMS = (
    "optimis", "normalis", "generalis", "regularis", "characteris", "recognis", "summaris", "visualis",
    "minimis", "maximis", "initialis", "organis", "utilis", "tokenis", "parameteris", "categoris",
    "standardis", "personalis", "specialis", "localis", "randomis", "vectoris", "discretis",
)  # fmt: skip
_BRITISH = re.compile(r"\b(" + "|".join(_BRITISH_STEMS) + r")(e|es|ed|ing|er|ers|ation|ations)\b")
_BRITISH_WORDS = {
    "modelling": "modeling", "modelled": "modeled", "labelling": "labeling", "labelled": "labeled",
    "behaviour": "behavior", "behaviours": "behaviors", "colour": "color", "neighbour": "neighbor",
    "neighbours": "neighbors", "neighbourhood": "neighborhood", "analyse": "analyze", "analysed": "analyzed",
    "analysing": "analyzing", "travelling": "traveling", "centre": "center", "favour": "favor",
}  # fmt: skip


def _american(text: str) -> str:
    text = _BRITISH.sub(lambda m: m.group(1)[:-1] + "z" + m.group(2), text)
    return " ".join(_BRITISH_WORDS.get(word, word) for word in text.split())


def normalise_title(title: str) -> str:
    """Lower-case words of a title without accents, LaTeX, braces or punctuation, spelt the American way."""
    text = _LATEX_ACCENT.sub(lambda m: m.group(1) or m.group(2), title)
    text = _LATEX_COMMAND.sub(" ", text).replace("{", "").replace("}", "")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _american(_NON_ALNUM.sub(" ", text.lower()).strip())


def title_key(title: str) -> str:
    """The title with every separator removed, so "Pre-training" and "Pretraining" agree exactly."""
    return normalise_title(title).replace(" ", "")


def surnames(authors: Iterable[str]) -> set[str]:
    """Family names, from "First Last" and "Last, First" alike."""
    names = set()
    for author in authors:
        family = author.split(",")[0] if "," in author else (author.split() or [""])[-1]
        family = normalise_title(family).replace(" ", "")
        if family:
            names.add(family)
    return names


def paper_ids(paper: Paper) -> tuple[str | None, str | None]:
    """(arXiv id, DOI) of a paper, reading arXiv ids from its DOI or link as well."""
    arxiv_id = (
        normalise_arxiv_id(paper.arxiv_id)
        or arxiv_id_from_doi(normalise_doi(paper.doi))
        or normalise_arxiv_id(paper.link)
    )
    doi = normalise_doi(paper.doi)
    if doi and arxiv_id_from_doi(doi):
        doi = None
    return arxiv_id, doi


@dataclass(frozen=True, slots=True)
class Match:
    library_item_id: str
    title: str
    score: float  # 0..1
    basis: str  # arxiv_id | doi | title


def words_differ(left: str, right: str) -> bool:
    """Whether a word of one normalised title has no close counterpart in the other.

    Numbers must agree exactly: "Llama 2" and "Llama 3" are different papers.
    """
    left_words, right_words = set(left.split()), set(right.split())
    if {w for w in left_words if w.isdigit()} != {w for w in right_words if w.isdigit()}:
        return True
    for ours, theirs in ((left_words - right_words, right_words), (right_words - left_words, left_words)):
        for word in ours:
            if not process.extractOne(word, theirs, scorer=fuzz.ratio, processor=None, score_cutoff=WORD_COUNTERPART):
                return True
    return False


def guards_disagree(left: Paper, right: Paper) -> bool:
    """Authors or year that rule out a title match, when both sides know them."""
    if left.authors and right.authors and not surnames(left.authors) & surnames(right.authors):
        return True
    if left.year and right.year and abs(left.year - right.year) > MAX_YEAR_GAP:
        return True
    return False


class LibraryIndex:
    """Lookup tables over one library, built once and reused for every digest item."""

    def __init__(self, items: Iterable[tuple[str, Paper]] = ()) -> None:
        self._papers: dict[str, Paper] = {}
        self._by_arxiv: dict[str, str] = {}
        self._by_doi: dict[str, str] = {}
        self._by_title_key: dict[str, list[str]] = {}
        self._fuzzy_ids: list[str] = []
        self._fuzzy_titles: list[str] = []
        for item_id, paper in items:
            self.add(item_id, paper)

    def __len__(self) -> int:
        return len(self._papers)

    def add(self, item_id: str, paper: Paper) -> None:
        self._papers[item_id] = paper
        arxiv_id, doi = paper_ids(paper)
        if arxiv_id:
            self._by_arxiv.setdefault(arxiv_id, item_id)
        if doi:
            self._by_doi.setdefault(doi, item_id)
        normalised = normalise_title(paper.title)
        self._by_title_key.setdefault(normalised.replace(" ", ""), []).append(item_id)
        self._fuzzy_ids.append(item_id)
        self._fuzzy_titles.append(normalised)

    def match(self, paper: Paper) -> Match | None:
        arxiv_id, doi = paper_ids(paper)
        if arxiv_id and arxiv_id in self._by_arxiv:
            return self._found(self._by_arxiv[arxiv_id], 1.0, "arxiv_id")
        if doi and doi in self._by_doi:
            return self._found(self._by_doi[doi], 1.0, "doi")
        normalised = normalise_title(paper.title)
        for item_id in self._by_title_key.get(normalised.replace(" ", ""), ()):
            if not guards_disagree(paper, self._papers[item_id]):
                return self._found(item_id, 1.0, "title")
        if len(normalised.split()) < MIN_FUZZY_WORDS:
            return None
        candidates = process.extract(
            normalised,
            self._fuzzy_titles,
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=TITLE_SAME,
            limit=5,
        )
        for title, score, index in candidates:
            item_id = self._fuzzy_ids[index]
            if not words_differ(normalised, title) and not guards_disagree(paper, self._papers[item_id]):
                return self._found(item_id, round(score / 100, 4), "title")
        return None

    def _found(self, item_id: str, score: float, basis: str) -> Match:
        return Match(library_item_id=item_id, title=self._papers[item_id].title, score=score, basis=basis)


def digest_duplicates(items: Sequence[tuple[str, Paper]]) -> list[tuple[str, str]]:
    """(item, other item) for every paper that stands more than once on one page.

    Items sharing a title key, an arXiv id or a DOI are grouped (transitively). The first copy
    points at the second; every later copy points at the first.
    """
    order = {item_id: position for position, (item_id, _) in enumerate(items)}
    parent = {item_id: item_id for item_id, _ in items}

    def root(item_id: str) -> str:
        while parent[item_id] != item_id:
            item_id = parent[item_id]
        return item_id

    first_with_key: dict[str, str] = {}
    for item_id, paper in items:
        arxiv_id, doi = paper_ids(paper)
        for key in (f"t:{title_key(paper.title)}", arxiv_id and f"a:{arxiv_id}", doi and f"d:{doi}"):
            if not key:
                continue
            if key in first_with_key:
                a, b = root(first_with_key[key]), root(item_id)
                parent[max(a, b, key=order.get)] = min(a, b, key=order.get)
            else:
                first_with_key[key] = item_id
    groups: dict[str, list[str]] = {}
    for item_id, _ in items:
        groups.setdefault(root(item_id), []).append(item_id)
    pairs = []
    for members in groups.values():
        if len(members) > 1:
            pairs.append((members[0], members[1]))
            pairs.extend((later, members[0]) for later in members[1:])
    return pairs
