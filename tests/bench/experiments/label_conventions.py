"""Issue #2 experiment: where the benchmarks' labels disagree with each other, no scorer can meet both targets.

For the pairs `compare` calls `possible` with an identical title, it counts the labels per kind of evidence,
on the train and valid splits only:
- the same title and authors, years further apart than a preprint precedes its publication (a conference paper
  and its journal version): DBLP-ACM labels every one a non-match, DBLP-Scholar every one a match;
- the same title, no author in common, one side without a year (Scholar's mangled author lists).

    .venv/bin/python tests/bench/experiments/label_conventions.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from backend.domain.matching import LONG_TITLE_WORDS, compare, normalise_title  # noqa: E402
from backend.domain.models import Paper  # noqa: E402
from tests.bench.dblp_acm import load  # noqa: E402

SPLITS = [("dblp-acm", "train"), ("dblp-acm", "valid"), ("dblp-scholar", "train"), ("dblp-scholar", "valid"),
          ("dirty-dblp-acm", "train"), ("dirty-dblp-acm", "valid")]  # fmt: skip


def kind(reasons: tuple[str, ...]) -> str | None:
    """The evidence of an identical-title `possible` verdict, when it is one of the two kinds counted."""
    if not reasons or reasons[0] != "same title":
        return None
    if len(reasons) == 3 and reasons[1].startswith("authors agree") and reasons[2].startswith("years differ"):
        return "same authors, years apart"
    if reasons[1:] == ("no author in common",):
        return "no author in common, a year missing"
    return None


def main() -> None:
    print("| set | split | kind | title words | labelled match | labelled non-match |")
    print("|---|---|---|---|---:|---:|")
    for dataset, split in SPLITS:
        counts: Counter = Counter()
        for left, right, label in load(split, dataset):
            a, b = msgspec.convert(left, Paper), msgspec.convert(right, Paper)
            verdict = compare(a, b)
            found = kind(verdict.reasons) if verdict.verdict == "possible" else None
            if found:
                words = "long" if len(normalise_title(a.title).split()) >= LONG_TITLE_WORDS else "short"
                counts[(found, words, label)] += 1
        for found, words in sorted({(k, w) for k, w, _ in counts}):
            print(f"| {dataset} | {split} | {found} | {words} | {counts[(found, words, 1)]} | {counts[(found, words, 0)]} |")


if __name__ == "__main__":
    main()
