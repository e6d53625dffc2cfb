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

from backend.domain.match_features import FEATURES

WEIGHTS_FILE = Path(__file__).with_name("match_model.json")

# What each feature says, in words, when it pulls a verdict one way (value shown where it helps).
_SAYS = {
    "title_ratio": "titles alike once pasted-in fields are cut ({:.0%})",
    "title_token_set": "the titles share their words ({:.0%})",
    "title_partial": "one title contains the other ({:.0%})",
    "title_glued": "the titles agree letter by letter ({:.0%})",
    "title_raw_ratio": "titles alike as written ({:.0%})",
    "title_exact": "the same title",
    "unmatched_min": "words of each title missing from the other",
    "unmatched_max": "words of one title missing from the other",
    "short_title": "a short title",
    "length_ratio": "titles of different lengths",
    "pasted_fields": "a title holds the record's other fields (authors, venue, year)",
    "authors_agree": "authors agree ({:.0%})",
    "authors_agree_shorter": "the shorter author list is in the longer ({:.0%})",
    "authors_missing": "a record lists no authors",
    "first_author_same": "the same first author",
    "authors_in_title": "one record's authors are written in the other's title",
    "year_same": "the same year",
    "year_gap": "years differ",
    "year_missing": "a record has no year",
    "venue_same": "the same venue",
    "venue_conflict": "different venues",
    "venue_similar": "venues alike",
    "venue_missing": "a record has no venue",
    "record_jaccard": "the records share words across fields ({:.0%})",
    "record_token_set": "the records agree across fields ({:.0%})",
    "title_covered": "each title's words appear in the other record ({:.0%})",
    "title_start_same": "the titles start alike",
    "generic_title": "a generic title (editorial, introduction, report)",
    "authors_agree_loose": "the authors' initials and surnames agree ({:.0%})",
    "rules_same": "titles, authors and year agree by the rules",
    "rules_possible": "the rules find the records alike",
}
# Missing fields are weighed (a Scholar record without a year is still the paper), but never said to be
# why two records are one paper.
_NOT_A_REASON_FOR = frozenset({"year_missing", "venue_missing", "authors_missing"})


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
    """The features that pulled most towards the verdict, in words."""
    by_name = dict(zip(FEATURES, values))
    said = []
    for pull, name in pulls:
        if towards_same and name in _NOT_A_REASON_FOR:
            continue
        if (pull > 0) == towards_same and abs(pull) > 0.05 and name in _SAYS:
            said.append(_SAYS[name].format(by_name[name]))
        if len(said) == most:
            break
    return said
