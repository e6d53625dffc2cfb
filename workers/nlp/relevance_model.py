"""Which papers on a page matter to this user: a per-user model fitted from their library and their clicks.

Positives are the library's items (saves are library items); negatives are the papers the user saw on their
pages and did not save (many, each weighing little: most are merely unread, some are relevant) and the
papers they dismissed ("not relevant": each weighs as much as a library item). This is learning from
positives and unlabelled papers, as arxiv-sanity-lite does (its SVM: a user's tagged papers against all
others); Scholar Inbox reports dense embeddings beating tf-idf for it. Three parts, added:
- a ridge classifier on the MiniLM title embeddings paperlens already computes (targets +1 / -1, each
  class weighed as a whole: positives 1, seen 0.3, dismissals 1 each as a library item): what the user's
  topics look like against what they pass over;
- the mean Naive Bayes log-ratio of the title's words and word pairs (library against seen and dismissed):
  the user's own vocabulary ("legal", "German", a dataset's name) that a general embedding blurs;
- the cosine similarity to the nearest library item: what `related` sees, and what still works for a page
  of a field the user has never been shown. The nearest one, not the mean of the three nearest: one paper
  the user kept on a topic is the evidence, a second and a third dilute it (on bench-relevance's 9 tasks and
  on 12 built from other data, AUC and precision@5 are as good or better in every one). Less the similarity
  to the nearest dismissed paper (above a floor): "not relevant" lowers its look-alikes at once, whatever
  else the model learnt.
Titles on both sides: most library items have no abstract, and a title against a title + abstract is
lopsided (see relevance.py). Weights were chosen on `make bench-relevance` (held-out fifths of three real
libraries mixed into three real pages); `CALIBRATION` maps the sum to a probability.

Fitting is a 385 x 385 solve over sums the worker computes from the embedding matrices it already keeps, so a
save or a dismissal is a refit of milliseconds (`make bench-relevance` prints it for a 10k library).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

RIDGE = 0.01  # L2 penalty of the ridge classifier
SEEN_WEIGHT = 0.3  # all seen-not-saved papers together, against the library's 1
NAIVE_BAYES_WEIGHT = 0.5
NEIGHBOURS = 3  # nearest library items kept for `because` (the nearest one counts in the score)
NEIGHBOUR_WEIGHT = 1.0
DISMISSED_FLOOR = 0.3  # similarity to a dismissed paper above this costs as much as likeness to the library earns
MIN_LIBRARY = 5  # fewer items: nearest neighbours only ("few"); none: no signal at all
# Platt scaling of the summed score: 0.5 is where a paper is as likely as not to be one the user would have
# saved (held-out library items among a real day's page). Fitted on the 16 tasks of
# tests/bench/experiments/relevance_other_data.py (four libraries, four pages), not on the bench's 9 alone:
# a fit on three libraries predicts the fourth better than the bench's fit does (log loss, every library).
CALIBRATION = (4.8, -4.8)
_WORD = re.compile(r"[a-z0-9]+")


def title_terms(title: str) -> set[str]:
    """Lower-cased words (no stop words, no single letters) and adjacent word pairs."""
    words = [word for word in _WORD.findall(title.lower()) if len(word) > 1 and word not in ENGLISH_STOP_WORDS]
    return set(words) | {f"{first} {second}" for first, second in zip(words, words[1:])}


@dataclass
class Scored:
    score: float  # calibrated, 0-1
    raw: float
    neighbours: list[tuple[int, float]]  # (library row, cosine), most similar first
    terms: list[str]  # the title's terms that pulled it up most


@dataclass
class RelevanceModel:
    signal: str  # "none" (empty library), "few" (nearest neighbours only), "model"
    library: np.ndarray  # unit title embeddings of the library, one row per item
    coef: np.ndarray | None = None  # ridge weights and bias
    term_weights: dict[str, float] | None = None  # Naive Bayes log-ratios
    dismissed: np.ndarray | None = None  # unit title embeddings of the papers the user dismissed

    def score(self, vectors: np.ndarray, titles: list[str]) -> list[Scored]:
        if self.signal == "none":
            return [Scored(0.5, 0.0, [], []) for _ in titles]
        similarities = vectors @ self.library.T
        k = min(NEIGHBOURS, similarities.shape[1])
        nearest = np.argsort(-similarities, axis=1)[:, :k]
        results = []
        for row, title in enumerate(titles):
            neighbours = [(int(j), float(similarities[row, j])) for j in nearest[row]]
            raw = NEIGHBOUR_WEIGHT * neighbours[0][1]
            if self.dismissed is not None and len(self.dismissed):
                raw -= NEIGHBOUR_WEIGHT * max(0.0, float((self.dismissed @ vectors[row]).max()) - DISMISSED_FLOOR)
            terms: list[str] = []
            if self.signal == "model":
                raw += float(np.append(vectors[row], 1.0) @ self.coef)
                unseen = self.term_weights[""]  # a term neither the library nor the seen papers have
                weights = {term: self.term_weights.get(term, unseen) for term in title_terms(title)}
                if weights:
                    raw += NAIVE_BAYES_WEIGHT * sum(weights.values()) / len(weights)
                terms = [term for term, weight in sorted(weights.items(), key=lambda kv: -kv[1]) if weight > 0.5][:3]
            results.append(Scored(float(calibrated(raw)), raw, neighbours, terms))
        return results


def fit(
    library: np.ndarray,
    library_titles: list[str],
    seen: np.ndarray,
    seen_titles: list[str],
    dismissed: np.ndarray,
    dismissed_titles: list[str],
) -> RelevanceModel:
    """The user's model from unit title embeddings (rows) and titles of each group."""
    if len(library) == 0:
        return RelevanceModel("none", library)
    if len(library) < MIN_LIBRARY or len(seen) + len(dismissed) == 0:
        return RelevanceModel("few", library, dismissed=dismissed)
    rows = np.vstack([library, seen, dismissed]) if len(dismissed) else np.vstack([library, seen])
    rows = np.hstack([rows, np.ones((len(rows), 1), dtype=rows.dtype)]).astype(np.float64)
    targets = np.r_[np.ones(len(library)), -np.ones(len(seen) + len(dismissed))]
    weights = np.r_[
        np.full(len(library), 1.0 / len(library)),
        np.full(len(seen), SEEN_WEIGHT / max(1, len(seen))),
        np.full(len(dismissed), 1.0 / len(library)),
    ]
    weighted = rows * weights[:, None]
    coef = np.linalg.solve(weighted.T @ rows + RIDGE * np.eye(rows.shape[1]), weighted.T @ targets)
    return RelevanceModel("model", library, coef, _term_weights(library_titles, seen_titles, dismissed_titles), dismissed)


def _term_weights(positive_titles: list[str], seen_titles: list[str], dismissed_titles: list[str]) -> dict[str, float]:
    """log P(term | library) - log P(term | seen), Laplace-smoothed. A dismissed title's terms count three
    times against, without growing the seen papers' number: growing it would raise every other term's ratio,
    and a dismissal would lift the papers that share nothing with it."""
    positive, negative = Counter(), Counter()
    for title in positive_titles:
        positive.update(title_terms(title))
    for title in seen_titles + dismissed_titles * 3:
        negative.update(title_terms(title))
    p, n = len(positive_titles) + 2, len(seen_titles) + 2
    weights = {term: math.log((positive[term] + 1) / p) - math.log((negative[term] + 1) / n) for term in positive.keys() | negative.keys()}
    weights[""] = math.log(1 / p) - math.log(1 / n)  # a term neither side has
    return weights


def calibrated(raw):
    """The probability for a raw score (a float or an array)."""
    slope, intercept = CALIBRATION
    return 1.0 / (1.0 + np.exp(-(slope * np.asarray(raw, dtype=np.float64) + intercept)))
