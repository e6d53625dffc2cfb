"""The learned part of matching: a logistic regression over `match_features.FEATURES`.

Its weights are a small JSON file beside this module, written by `make train-matcher`
(tests/bench/train_matcher.py: the train splits of DBLP-ACM, DBLP-Scholar and Dirty DBLP-ACM; the threshold
chosen on their valid splits). Pure Python: the API process imports no numpy or torch for it.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

from backend.domain.match_features import FEATURES, NEGATES

WEIGHTS_FILE = Path(__file__).with_name("match_model.json")

# What each feature says, in words: (+1 if a high value speaks for one paper, -1 if against; what a high value
# says; what a low value says). None: that side says nothing worth reading ("not the same title" is no reason).
_SAYS: dict[str, tuple[int, str | None, str | None]] = {
    "title_ratio": (1, "titles alike once pasted-in fields are cut ({:.0%})", "titles differ once pasted-in fields are cut ({:.0%} alike)"),
    "title_token_set": (1, "the titles share their words ({:.0%})", "the titles share few words ({:.0%})"),
    "title_partial": (1, "one title contains the other ({:.0%})", None),
    "title_glued": (1, "the titles agree letter by letter ({:.0%})", "the titles differ letter by letter ({:.0%} alike)"),
    "title_raw_ratio": (1, "titles alike as written ({:.0%})", "titles differ as written ({:.0%} alike)"),
    "title_exact": (1, "the same title", None),
    "unmatched_min": (-1, "words of each title missing from the other", None),
    "unmatched_max": (-1, "words of one title missing from the other", None),
    "number_conflict": (-1, "the titles' numbers differ", None),
    "negation_conflict": (-1, NEGATES, None),
    "response_conflict": (-1, "one title responds to the other or is a work on its subject", None),
    "short_title": (-1, "a short title", None),
    "length_ratio": (1, None, "titles of different lengths"),
    "pasted_fields": (1, "a title holds the record's other fields (authors, venue, year)", None),
    "authors_agree": (1, "authors agree ({:.0%})", "few authors in common ({:.0%})"),
    "authors_agree_shorter": (1, "the shorter author list is in the longer ({:.0%})", None),
    "first_author_same": (1, "the same first author", None),
    "authors_in_title": (1, "one record's authors are written in the other's title", None),
    "year_same": (1, "the same year", None),
    "year_gap": (-1, "years differ", None),
    "venue_same": (1, "the same venue", None),
    "venue_conflict": (-1, "different venues", None),
    "venue_similar": (1, "venues alike", None),
    "record_jaccard": (1, "the records share words across fields ({:.0%})", "the records share few words ({:.0%})"),
    "record_token_set": (1, "the records agree across fields ({:.0%})", "the records differ across fields ({:.0%} alike)"),
    "title_covered": (1, "each title's words appear in the other record ({:.0%})", "a title's words are missing from the other record ({:.0%} found)"),
    "title_start_same": (1, "the titles start alike", None),
    "generic_title": (-1, "a generic title (editorial, introduction, report)", None),
    "authors_agree_loose": (1, "the authors' initials and surnames agree ({:.0%})", None),
    "rules_same": (1, "titles, authors and year agree by the rules", None),
    "rules_possible": (1, "the rules find the records alike", None),
}
# Missing fields (no year, no venue, no authors) are weighed, but are never why two records are one paper or
# two: missing is not disagreeing. They are not in _SAYS.


@cache
def _model() -> dict:
    model = json.loads(WEIGHTS_FILE.read_text())
    if tuple(model["features"]) != FEATURES:
        raise RuntimeError(f"{WEIGHTS_FILE.name} was trained on other features: run `make train-matcher`")
    return model


def threshold() -> float:
    return _model()["threshold"]


def probability(values: list[float]) -> tuple[float, list[tuple[float, str]]]:
    """P(same paper) and each feature's pull on it (log-odds contribution, feature name), largest first."""
    model = _model()
    pulls = [
        ((value - mean) / scale * weight, name)
        for name, value, mean, scale, weight in zip(FEATURES, values, model["mean"], model["scale"], model["weights"])
    ]
    logit = model["bias"] + sum(pull for pull, _ in pulls)
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, logit)))), sorted(pulls, key=lambda p: -abs(p[0]))


def explain(values: list[float], pulls: list[tuple[float, str]], *, towards_same: bool, most: int = 3) -> list[str]:
    """The features that pulled most towards the verdict, in words. A feature is said only when it pulls the way
    its meaning does (a weight of the wrong sign, from features that move together, explains nothing)."""
    model = _model()
    by_name = {name: (value, mean, weight) for name, value, mean, weight in zip(FEATURES, values, model["mean"], model["weights"])}
    said = []
    for pull, name in pulls:
        if name not in _SAYS or (pull > 0) != towards_same or abs(pull) <= 0.05:
            continue
        direction, high, low = _SAYS[name]
        value, mean, weight = by_name[name]
        phrase = high if value > mean else low
        if phrase and (weight > 0) == (direction > 0):
            said.append(phrase.format(value))
        if len(said) == most:
            break
    return said
