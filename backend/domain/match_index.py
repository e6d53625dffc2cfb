"""The library as an index: which items could be this paper (blocking), and which of them are (`matching.compare`).

Blocking keeps a query's cost constant whatever the library's size: identifiers, title keys, a title's first and
last letters, an abstract's ends and the title's rarest words pick a few candidates; rapidfuzz narrows them to
titles alike enough; `compare` explains those few."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

from rapidfuzz import fuzz, process

from backend.domain import abstracts, matching
from backend.domain.match_features import STOP_WORDS
from backend.domain.matching import Verdict, all_ids, normalise_title, paper_ids, title_key
from backend.domain.models import Paper


@dataclass(frozen=True, slots=True)
class Match:
    library_item_id: str
    title: str
    verdict: Verdict

    @property
    def score(self) -> float:
        return self.verdict.score

    @property
    def basis(self) -> str:
        return self.verdict.basis


BLOCK_TOKENS = 6  # the rarest words of a title that pick the candidates (see LibraryIndex.candidates)
MAX_COMPARED = 10  # candidates explained by compare() per query, best title scores first
PREFIX_CHARS = 16  # a title's first (and last) letters, spaces removed, pick candidates too ...
PREFIX_MAX_ITEMS = 50  # ... unless that many titles start that way ("a survey of ...")
TOKEN_SET_NEAR = 70.0  # fuzz.token_set_ratio at which a candidate is compared although its ratio is low ...
WORD_ALIKE_COMPARED = 5  # ... the best this many of them (authors or a venue pasted into a title)
# A word in more than this share of titles ("learning", "model") is too common to pick candidates alone.
COMMON_WORD_SHARE = 0.01
COMMON_WORD_MIN = 50
# Bounds that keep a query's cost constant however a library repeats itself (an upload of one title 100,000
# times): items sharing a title key or an identifier are alike, so the first this many stand for all of them ...
SAME_KEY_CANDIDATES = 50
# ... and a title made only of common words falls back on its two rarest only if each is in at most this many.
FALLBACK_MAX_POSTINGS = 1_000


class _InOrder(dict):
    """A set of item ids that keeps the order they were added in."""

    def add(self, item_id: str) -> None:
        self[item_id] = None

    def discard(self, item_id: str) -> None:
        self.pop(item_id, None)


def _first_of(buckets: list[Iterable[str]], limit: int) -> set[str]:
    """The first `limit` items of each bucket (items sharing a key are alike: the first stand for all)."""
    return {item_id for bucket in buckets for item_id in islice(bucket, limit)}


class LibraryIndex:
    """Blocking index over one library: exact identifier and title-key lookups, then fuzzy scoring of
    only those items that share one of the query title's rarest words. Updated item by item."""

    def __init__(self, items: Iterable[tuple[str, Paper]] = ()) -> None:
        self._papers: dict[str, Paper] = {}
        self._titles: dict[str, str] = {}  # item id -> normalised title
        # Items with one identifier or title key, in the order they were added (the first SAME_KEY_CANDIDATES
        # of them are the same ones in every process) ...
        self._by_arxiv: defaultdict[str, _InOrder] = defaultdict(_InOrder)
        self._by_doi: defaultdict[str, _InOrder] = defaultdict(_InOrder)
        self._by_title_key: defaultdict[str, _InOrder] = defaultdict(_InOrder)
        self._by_abstract: defaultdict[str, _InOrder] = defaultdict(_InOrder)  # an abstract's ends (a renamed paper)
        # ... and sets, for the set operations that pick candidates
        self._by_prefix: defaultdict[str, set[str]] = defaultdict(set)  # the title's first letters, spaces removed
        self._by_suffix: defaultdict[str, set[str]] = defaultdict(set)  # ... and its last letters
        self._postings: defaultdict[str, set[str]] = defaultdict(set)  # title word -> item ids
        for item_id, paper in items:
            self.add(item_id, paper)

    def __len__(self) -> int:
        return len(self._papers)

    def __contains__(self, item_id: str) -> bool:
        return item_id in self._papers

    def _keys(self, item_id: str) -> list[tuple[dict, str]]:
        paper, title = self._papers[item_id], self._titles[item_id]
        arxiv_ids, dois = all_ids(paper)
        key = title.replace(" ", "")
        keys = [(self._by_title_key, key), (self._by_prefix, key[:PREFIX_CHARS]), (self._by_suffix, key[-PREFIX_CHARS:])]
        keys += [(self._by_arxiv, value) for value in arxiv_ids]
        keys += [(self._by_doi, value) for value in dois]
        keys += [(self._by_abstract, value) for value in abstracts.keys(paper.abstract)]
        # A single letter is no word to find a title by: an initial pasted in ("m k instance based learning
        # algorithms": in a library citing that paper a hundred ways, the letters were the copy's rarest words).
        keys += [(self._postings, word) for word in set(title.split()) if len(word) > 1 and word not in STOP_WORDS]
        return keys

    def add(self, item_id: str, paper: Paper) -> None:
        """Add an item, or replace it if the id is already indexed."""
        self.remove(item_id)
        self._papers[item_id] = paper
        self._titles[item_id] = normalise_title(paper.title)
        for table, key in self._keys(item_id):
            table[key].add(item_id)

    def remove(self, item_id: str) -> None:
        if item_id not in self._papers:
            return
        for table, key in self._keys(item_id):
            bucket = table.get(key)
            if bucket is not None:
                bucket.discard(item_id)
                if not bucket:
                    del table[key]
        del self._papers[item_id]
        del self._titles[item_id]

    def candidates(self, paper: Paper, title: str, itself: str | None = None) -> set[str]:
        """Items that could be this paper: same identifier, title key or abstract, or sharing enough rare title words.

        A title alike enough to match shares most of its words, so it shares at least two of the query's
        rarest ones (or the only one a short title has); common words pick nothing on their own. `itself`: the
        query's own item, when it is in the index (the sweep): a word only it has is shared with nothing. (Counted
        as shared, a copy's own typos were its rarest words: in a library citing one paper 100 times, 20 copies
        misspelt twice each their own way, 14 were compared with no other copy; every real word of the title is
        common in such a library.)
        """
        postings = self._postings
        key = title.replace(" ", "")
        found = set(islice(self._by_title_key.get(key, ()), SAME_KEY_CANDIDATES)) | self._identified(paper, SAME_KEY_CANDIDATES)
        found |= self._same_abstract(paper, SAME_KEY_CANDIDATES)
        # A title that starts the same (cut short, run on, glued, or with other fields pasted after it), or ends
        # the same (glued or split words after an author list pasted before it).
        crowded: list[set[str]] = []  # a start or an end that many titles share ("a survey of ...")
        for alike in (self._by_prefix.get(key[:PREFIX_CHARS], set()), self._by_suffix.get(key[-PREFIX_CHARS:], set())):
            if len(alike) <= PREFIX_MAX_ITEMS:
                found.update(alike)
            else:
                crowded.append(alike)
        # How many other items hold each of the title's words (those held by none are no evidence), rarest first.
        shared = {w: len(postings[w]) - (itself in postings[w]) for w in set(title.split()) if w not in STOP_WORDS and w in postings}
        words = sorted((w for w, count in shared.items() if count), key=shared.__getitem__)
        common = max(COMMON_WORD_MIN, len(self._papers) * COMMON_WORD_SHARE)
        rare = [w for w in words if shared[w] <= common][:BLOCK_TOKENS]
        if len(rare) <= 2:  # a short or cut title ("nearest neighbor queries"): any item with one of its rarest words
            for word in rare:
                if shared[word] <= COMMON_WORD_MIN:
                    found.update(postings[word])
        if len(rare) < 2 and crowded:  # its words are common here and so is its start or end: maybe the library holds
            # this very paper many times (cited every way; this copy with a typo): those of them with its two rarest words
            two = [w for w in words if w not in rare and shared[w] <= FALLBACK_MAX_POSTINGS][:2]
            if len(two) == 2:
                both = postings[two[0]] & postings[two[1]]
                found.update(*(both & alike for alike in crowded))
        rare = rare or [w for w in words[:2] if shared[w] <= FALLBACK_MAX_POSTINGS]
        seen: set[str] = set()
        for word in rare:  # items in at least two of the rarest words' postings: set operations, all in C
            found |= seen & postings[word]
            seen |= postings[word]
        return found

    def _identified(self, paper: Paper, limit: int) -> set[str]:
        """The first `limit` items with one of the paper's arXiv ids, and with one of its DOIs (a library may
        repeat one)."""
        arxiv_ids, dois = all_ids(paper)
        return _first_of([self._by_arxiv.get(value, ()) for value in arxiv_ids] + [self._by_doi.get(value, ()) for value in dois], limit)

    def _same_abstract(self, paper: Paper, limit: int) -> set[str]:
        """The first `limit` items whose abstract starts or ends as the paper's does."""
        return _first_of([self._by_abstract.get(value, ()) for value in abstracts.keys(paper.abstract)], limit)

    def matches(
        self, paper: Paper, *, itself: str | None = None, exclude: Collection[str] = (), compared: set[str] | None = None
    ) -> list[Match]:
        """Every item the matcher does not call different from `paper`, best first (`same` before `possible`);
        `itself`: the paper's own item, when the index holds it (a sweep), never compared; `exclude`: items not to
        compare (in a sweep, those already compared); `compared`: a set the items compared are added to, whatever
        their verdict."""
        title = normalise_title(paper.title)
        exclude = {*exclude, itself} if itself is not None else exclude
        candidates = sorted(self.candidates(paper, title, itself).difference(exclude))  # sorted: ties resolve the same way every run
        # rapidfuzz (C) narrows the candidates to titles alike enough; compare() explains those few.
        titles = [self._titles[item_id] for item_id in candidates]
        near = process.extract(
            title, titles, scorer=fuzz.ratio, processor=None, score_cutoff=min(matching.TITLE_POSSIBLE, matching.VOUCHED_TITLE), limit=MAX_COMPARED
        )
        # Titles that share their words but not their order or length (authors or venue pasted in, a cut
        # title) reach the model too: proposed only if the evidence says `same`, never as a mere `possible`.
        word_alike = process.extract(title, titles, scorer=fuzz.token_set_ratio, processor=None, score_cutoff=TOKEN_SET_NEAR, limit=WORD_ALIKE_COMPARED)
        alike = {candidates[index] for _, _, index in near} | self._identified(paper, MAX_COMPARED) | self._same_abstract(paper, MAX_COMPARED)
        alike.difference_update(exclude)
        found = []
        to_compare = alike | {candidates[index] for _, _, index in word_alike}
        if compared is not None:
            compared.update(to_compare)
        for item_id in to_compare:
            verdict = matching.compare(paper, self._papers[item_id], left_title=title, right_title=self._titles[item_id])
            if verdict.verdict == "same" or (verdict.verdict == "possible" and item_id in alike):
                found.append(Match(item_id, self._papers[item_id].title, verdict))
        return sorted(found, key=lambda m: (m.verdict.verdict == "same", m.verdict.score, m.library_item_id), reverse=True)

    def match(self, paper: Paper) -> Match | None:
        """The best `same` item, else the best `possible` one, else None."""
        found = self.matches(paper)
        return found[0] if found else None

    def same(self, paper: Paper) -> Match | None:
        match = self.match(paper)
        return match if match and match.verdict.verdict == "same" else None


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
