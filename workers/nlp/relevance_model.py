"""Which papers on a page matter to this user: a per-user model fitted from their library and their clicks.

Positives are the library's items (saves are library items); negatives are the papers the user saw on their
pages and did not save (many, each weighing little: most are merely unread, some are relevant) and the
papers they dismissed ("not relevant": each weighs as much as a library item). This is learning from
positives and unlabelled papers, as arxiv-sanity-lite does (its SVM: a user's tagged papers against all
others); Scholar Inbox reports dense embeddings beating tf-idf for it. Three parts, added:
- a ridge classifier on the MiniLM title embeddings paperlens already computes (targets +1 / -1, each
  class weighed as a whole: positives 1, seen 0.3, dismissals 1 each as a library item): what the user's
  topics look like against what they pass over on pages like this one (a seen paper weighs by its likeness
  to the page being ranked: `page_weights`);
- the mean Naive Bayes log-ratio of the counts of the title's words and word pairs (library against seen and
  dismissed): the user's own vocabulary ("legal", "German", a dataset's name) that a general embedding blurs;
- the cosine similarity to the nearest library item: what `related` sees, and what still works for a page
  of a field the user has never been shown. The nearest one, not the mean of the three nearest: one paper
  the user kept on a topic is the evidence, a second and a third dilute it (on bench-relevance's 9 tasks and
  on 12 built from other data, AUC and precision@5 are as good or better in every one). Less the similarity
  to the nearest dismissed paper (above a floor): "not relevant" lowers its look-alikes at once, whatever
  else the model learnt, and before there is a library at all (signal "dismissals": all else 0.5).
Titles on both sides: most library items have no abstract, and a title against a title + abstract is
lopsided (see relevance.py). Weights were chosen on `make bench-relevance` (held-out fifths of three real
libraries mixed into three real pages); `CALIBRATION` maps the sum and the library's size to a probability.

Fitting is a 385 x 385 solve over sums of the embedding matrices the worker already keeps. The library's sums
and title terms (`LibraryPart`) are computed once per library version, not for every page: a page costs the
seen papers' sums and the solve, whatever the library's size (`make bench-relevance` prints both).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

RIDGE = 0.01  # L2 penalty of the ridge classifier
SEEN_WEIGHT = 0.3  # all seen-not-saved papers together, against the library's 1
NAIVE_BAYES_WEIGHT = 0.5
# The learned parts (ridge, Naive Bayes) count in proportion to the evidence: n / (n + LEARNED_HALF) of their pull
# for a library of n items, the rest left to the nearest library item. Fitted on six papers, with 1,700 of the
# user's own field passed over, they learn "not this field" more than "like these six": a new user's field then
# ranked below unrelated papers (tests/bench/experiments/relevance_small_libraries.py --seen 1700, AUC / P@5 for
# libraries of 6 / 10 items: 0.857 / 0.62 and 0.889 / 0.68, below the nearest item's 0.911 / 0.69 and
# 0.913 / 0.70; with it 0.911 / 0.68 and 0.919 / 0.72). Half at 20 items; 10 and 40 lie on either side.
LEARNED_HALF = 20.0
PASSED_OVER = -1.0  # what the pull is drawn towards: the ridge's target for a paper passed over
NEIGHBOURS = 3  # nearest library items kept for `because` (the nearest one counts in the score)
# The nearest library item's similarity counts twice the ridge's unit: with 1,700 papers of the user's own field
# seen and not saved, the ridge learns "not this field" and the nearest item is what still finds their papers
# (tests/bench/experiments/relevance_weights.py --seen 1700: on the 7 tasks beyond the bench's, AUC / P@5
# 0.943 / 0.758 -> 0.965 / 0.800; bench-relevance 7 -> 8 of 9 tasks; x1.5 and x3 lie on either side).
NEIGHBOUR_WEIGHT = 2.0
DISMISSED_FLOOR = 0.3  # similarity to a dismissed paper above this costs as much as likeness to the library earns
# With no library, a dismissal is all there is, and its cost starts from 0.5 rather than from a typical paper's few
# percent: only a paper more like the dismissed one than 99 title pairs in 100 are (0.49: relevance.RELATED_MIN's
# note) pays it. From 0.3, one "not relevant" on the Hugging Face page (language-model papers all) dimmed a median
# 12% of the other papers, up to 46%; from 0.5, a median 0% and at most 9% (2% on astro-ph). Look-alikes still fall.
DISMISSED_ALONE_FLOOR = 0.5
MIN_LIBRARY = 5  # fewer items: nearest neighbours only ("few"); none: no signal ("none") but dismissals ("dismissals")
PAGE_FOCUS = 3.0  # how much more a seen paper like this page's weighs than one unlike it (see page_weights)
PAGE_NEIGHBOURS = 20  # the page's papers a seen paper's likeness to the page is measured on
SAME_PAPER = 0.9999  # cosine at which a seen title is this page's paper itself
# Platt scaling of the summed score, per signal: (slope, intercept, per log item). 0.5 is where a paper is as
# likely as not to be one the user would have saved (held-out library items among a real day's page). The
# larger the library, the nearer its nearest item is to any paper by chance and the more of a title's words it
# has: each doubling of the library costs `per log item` x ln 2 of log-odds. Fitted by
# tests/bench/experiments/relevance_calibration.py on four libraries cut to 1-400 items, four pages, and
# 0-1,700 more papers seen: the predicted share of the user's papers matches the real one at every size. (The
# tasks hold one paper in 16 of the user's; where there are fewer, the odds say too much: see README.)
CALIBRATION = {"few": (5.51, -4.43, 0.68), "model": (5.16, 3.13, 1.68)}
# No library yet, only papers marked "not relevant": 0.5 (nothing known) for a paper unlike them, lowered for their
# look-alikes as steeply as the model lowers them (its slope). Nothing is known to pull a paper up.
CALIBRATION["dismissals"] = (CALIBRATION["model"][0], 0.0, 0.0)
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=32_768)  # every page's fit reads the 2,000 seen titles; a new library version, all of its own
def title_terms(title: str) -> frozenset[str]:
    """Lower-cased words (no stop words, no single letters) and adjacent word pairs."""
    words = [word for word in _WORD.findall(title.lower()) if len(word) > 1 and word not in ENGLISH_STOP_WORDS]
    return frozenset(words) | {f"{first} {second}" for first, second in zip(words, words[1:])}


@dataclass
class Scored:
    score: float  # calibrated, 0-1
    raw: float
    neighbours: list[tuple[int, float]]  # (library row, cosine), most similar first
    terms: list[str]  # the title's terms that pulled it up most
    unlike: str | None = None  # the dismissed paper's title that pulled it down (the nearest, when it cost)


@dataclass(frozen=True)
class LibraryPart:
    """What a fit needs of the library alone, kept per library version and shared by every page ranked against
    it: the library's unit title embeddings (rows), their sums for the ridge's normal equations (each row with a
    1 appended for the bias) and its titles' terms counted. A new version is this one with the rows that changed
    taken away and added (`updated`): a save costs one row, not the library again."""

    vectors: np.ndarray
    keys: tuple[str, ...]  # one per row, with `titles` what says a row is unchanged (the worker: the item's id)
    titles: tuple[str, ...]
    gram: np.ndarray  # sum of r r^T over the rows r = [embedding, 1], float64
    sums: np.ndarray  # sum of r
    terms: Counter  # never changed once built: models and the next version read it

    @classmethod
    def of(cls, vectors: np.ndarray, titles: list[str], keys: list[str] | None = None) -> LibraryPart:
        rows = _with_bias(vectors)
        terms = Counter(chain.from_iterable(title_terms(title) for title in titles))
        return cls(vectors, tuple(titles if keys is None else keys), tuple(titles), rows.T @ rows, rows.sum(axis=0), terms)

    def updated(self, vectors: np.ndarray, titles: list[str], keys: list[str]) -> LibraryPart:
        """The part for the library as it is now (its rows, titles and keys), from this one's: the rows whose key
        or title is new are added, those gone are taken away (a changed title is both)."""
        before = {(key, title): row for row, (key, title) in enumerate(zip(self.keys, self.titles))}
        now = set(zip(keys, titles))
        gone = [row for pair, row in before.items() if pair not in now]
        new = [row for row, pair in enumerate(zip(keys, titles)) if pair not in before]
        if len(gone) + len(new) > len(keys) // 2 or len(before) != len(self.keys):  # most changed, or keys repeat
            return LibraryPart.of(vectors, titles, keys)
        removed, added = _with_bias(self.vectors[gone]), _with_bias(vectors[new])
        terms = self.terms.copy()
        terms.subtract(chain.from_iterable(title_terms(self.titles[row]) for row in gone))
        terms.update(chain.from_iterable(title_terms(titles[row]) for row in new))
        gram = self.gram - removed.T @ removed + added.T @ added
        return LibraryPart(vectors, tuple(keys), tuple(titles), gram, self.sums - removed.sum(axis=0) + added.sum(axis=0), terms)

    def __len__(self) -> int:
        return len(self.vectors)


def _with_bias(vectors: np.ndarray) -> np.ndarray:
    return np.hstack([vectors, np.ones((len(vectors), 1), dtype=vectors.dtype)]).astype(np.float64)


@dataclass
class RelevanceModel:
    signal: str  # "none" (empty library), "dismissals" (empty library, some dismissed), "few" (nearest neighbours only), "model"
    library: np.ndarray  # unit title embeddings of the library, one row per item
    coef: np.ndarray | None = None  # ridge weights and bias
    term_counts: TermCounts | None = None  # for the Naive Bayes log-ratios
    dismissed: np.ndarray | None = None  # unit title embeddings of the papers the user dismissed
    dismissed_titles: tuple[str, ...] = ()  # their titles, row by row

    def score(self, vectors: np.ndarray, titles: list[str]) -> list[Scored]:
        if self.signal == "none":
            return [Scored(0.5, 0.0, [], []) for _ in titles]
        # What looking like a dismissed paper costs each paper, and which dismissed paper that is.
        cost, unlike = np.zeros(len(titles)), [None] * len(titles)
        if self.dismissed is not None and len(self.dismissed):
            floor = DISMISSED_ALONE_FLOOR if self.signal == "dismissals" else DISMISSED_FLOOR
            alike = vectors @ self.dismissed.T
            nearest_dismissed = alike.argmax(axis=1)
            cost = NEIGHBOUR_WEIGHT * np.maximum(0.0, alike[np.arange(len(alike)), nearest_dismissed].astype(np.float64) - floor)
            unlike = [self.dismissed_titles[row] if paid > 0 else None for row, paid in zip(nearest_dismissed.tolist(), cost)]
        if self.signal == "dismissals":
            scores = calibrated(-cost, 0, CALIBRATION["dismissals"])
            return [Scored(float(score), -float(paid), [], [], unlike=title) for score, paid, title in zip(scores, cost, unlike)]
        similarities = vectors @ self.library.T
        k = min(NEIGHBOURS, similarities.shape[1])
        nearest = np.argpartition(-similarities, k - 1, axis=1)[:, :k]  # the k nearest, then in order
        nearest = np.take_along_axis(nearest, np.argsort(-np.take_along_axis(similarities, nearest, axis=1), axis=1), axis=1)
        learned, terms = self._learned(vectors, titles)
        results = []
        for row in range(len(titles)):
            neighbours = [(int(j), float(similarities[row, j])) for j in nearest[row]]
            raw = NEIGHBOUR_WEIGHT * neighbours[0][1] + learned[row] - float(cost[row])
            score = float(calibrated(raw, len(self.library), CALIBRATION[self.signal]))
            results.append(Scored(score, raw, neighbours, terms[row], unlike=unlike[row]))
        return results

    def _learned(self, vectors: np.ndarray, titles: list[str]) -> tuple[np.ndarray, list[list[str]]]:
        """The ridge's and the Naive Bayes' part of each paper's score, and the title terms that pulled it up most.
        With few library items, drawn towards what a paper passed over scores (see LEARNED_HALF): a typical
        paper's score, and what the calibration reads in it, stays where it is whatever the library's size."""
        terms: list[list[str]] = [[] for _ in titles]
        if self.signal != "model":
            return np.zeros(len(titles)), terms
        learned = _with_bias(vectors) @ self.coef
        for row, title in enumerate(titles):
            weights = {term: self.term_counts.weight(term) for term in title_terms(title)}
            if weights:
                learned[row] += NAIVE_BAYES_WEIGHT * sum(weights.values()) / len(weights)
            terms[row] = [term for term, weight in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0])) if weight > 0.5][:3]
        return PASSED_OVER + len(self.library) / (len(self.library) + LEARNED_HALF) * (learned - PASSED_OVER), terms


def fit(
    library: LibraryPart,
    seen: np.ndarray,
    seen_titles: list[str],
    dismissed: np.ndarray,
    dismissed_titles: list[str],
    page: np.ndarray | None = None,
) -> RelevanceModel:
    """The user's model from their library's part and the unit title embeddings (rows) and titles of the papers
    they were shown and dismissed, for ranking `page` (the unit title embeddings of the papers about to be scored;
    None: every seen paper weighs alike). Ridge regression of +1 (library) / -1 (seen, dismissed), each row
    weighted: the normal equations summed group by group, the library's sums already in its part."""
    if len(library) == 0 and not len(dismissed):
        return RelevanceModel("none", library.vectors)
    if len(library) < MIN_LIBRARY or len(seen) + len(dismissed) == 0:
        signal = "few" if len(library) else "dismissals"
        return RelevanceModel(signal, library.vectors, dismissed=dismissed, dismissed_titles=tuple(dismissed_titles))
    seen_weights = page_weights(seen, page)
    gram, sums = library.gram / len(library), library.sums / len(library)  # each library item weighs 1 / n
    negatives = (seen, SEEN_WEIGHT * seen_weights / max(1, len(seen))), (dismissed, np.full(len(dismissed), 1.0 / len(library)))
    for rows, weights in negatives:
        rows = _with_bias(rows)
        gram = gram + (rows * weights[:, None]).T @ rows
        sums = sums - rows.T @ weights  # their target is -1
    coef = np.linalg.solve(gram + RIDGE * np.eye(len(gram)), sums)
    terms = TermCounts.of(library.terms, seen_titles, seen_weights, dismissed_titles)
    return RelevanceModel("model", library.vectors, coef, terms, dismissed, tuple(dismissed_titles))


def page_weights(seen: np.ndarray, page: np.ndarray | None) -> np.ndarray:
    """Each seen paper's weight (mean 1) by how much it looks like the papers on this page: its mean similarity
    to its PAGE_NEIGHBOURS nearest there (not counting its own copy, when it is on the page). The model then
    learns what sets the user's papers apart from pages like this one, not from every field they were ever
    shown: with 1,700 seen papers of other fields besides the pages, unweighted, it was above both baselines on
    3 of bench-relevance's 9 tasks, weighted on 5 (tests/bench/experiments/relevance_other_data.py --bench
    --seen 1700); on the bench itself group x HF daily 0.950 / 0.66 -> 0.977 / 0.74 (AUC / P@5)."""
    if page is None or not len(page) or not len(seen):
        return np.ones(len(seen))
    similarities = seen @ page.T
    similarities[similarities > SAME_PAPER] = -1.0
    k = max(1, min(PAGE_NEIGHBOURS, similarities.shape[1] - 1))  # one fewer than the page: never its own copy
    likeness = -np.partition(-similarities, k - 1, axis=1)[:, :k].mean(axis=1)
    weights = np.exp(PAGE_FOCUS * (likeness - likeness.max()))
    return weights * (len(weights) / weights.sum())


@dataclass
class TermCounts:
    """How often each title term occurs in the library and in the seen papers (each counted with its weight;
    a dismissed title's terms three times). A term's weight is log (library count + 1) - log (seen count + 1):
    counts, not rates, whose ratio carries log(seen / library) for every term alike, so a user's scores grew
    as they were shown more papers, the ranking unchanged (with 1,700 more seen, calibrated scores called most
    papers relevant). Read for the page's terms only, not computed for every term the user has."""

    positive: Counter
    negative: Counter

    @classmethod
    def of(cls, positive: Counter, seen_titles: list[str], seen_weights: np.ndarray, dismissed_titles: list[str]) -> TermCounts:
        negative = Counter(chain.from_iterable(title_terms(title) for title in dismissed_titles * 3))
        for title, weight in zip(seen_titles, seen_weights.tolist()):
            for term in title_terms(title):
                negative[term] += weight
        return cls(positive, negative)

    def weight(self, term: str) -> float:
        return math.log(self.positive[term] + 1) - math.log(self.negative[term] + 1)


def calibrated(raw, library_size, calibration: tuple[float, float, float] = CALIBRATION["model"]):
    """The probability for a raw score of a user with `library_size` items (floats or arrays): Platt scaling
    with the library's size, (slope, intercept, per log item)."""
    slope, intercept, per_log_item = calibration
    logit = slope * np.asarray(raw, dtype=np.float64) + intercept - per_log_item * np.log(np.maximum(1, library_size))
    return 1.0 / (1.0 + np.exp(-logit))
