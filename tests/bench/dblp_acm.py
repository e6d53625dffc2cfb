"""The entity-matching benchmarks in ../shared/bench (Ditto's serialisation: DBLP-ACM, DBLP-Scholar, Dirty
DBLP-ACM) as `paperlens match` input."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from tests.support import SHARED

BENCH = SHARED / "bench"
SPLITS = BENCH / "dblp-acm"
# dataset -> split -> file: DBLP-Scholar's train split ships class-balanced, its test is kept aside.
FILES = {
    "dblp-acm": {"train": "train.txt", "valid": "valid.txt", "test": "test.txt"},
    "dblp-scholar": {"train": "train.balance.txt", "valid": "valid.txt"},
    "dirty-dblp-acm": {"train": "train.txt", "valid": "valid.txt"},
}
_FIELD = re.compile(r"COL (\w+) VAL (.*?)\s*(?=COL \w+ VAL|$)")


def record(serialised: str) -> dict:
    fields = {name: html.unescape(value.strip()) for name, value in _FIELD.findall(serialised)}
    paper = {"title": fields.get("title", "")}
    authors = [name.strip() for name in fields.get("authors", "").split(" , ") if name.strip()]
    if authors:
        paper["authors"] = authors
    if fields.get("venue"):
        paper["venue"] = fields["venue"]
    year = fields.get("year", "").removesuffix(".0")  # Scholar and Dirty write years as floats: "1994.0"
    if year.isdigit():
        paper["year"] = int(year)
    return paper


def load(split: str, dataset: str = "dblp-acm") -> list[tuple[dict, dict, int]]:
    pairs = []
    for line in (BENCH / dataset / FILES[dataset][split]).read_text().splitlines():
        left, right, label = line.split("\t")
        pairs.append((record(left), record(right), int(label)))
    return pairs


def write_jsonl(pairs, path: Path) -> None:
    path.write_text("".join(json.dumps({"left": left, "right": right}) + "\n" for left, right, _ in pairs))


def scores(predicted: list[bool], labels: list[int]) -> dict[str, float]:
    tp = sum(p and y for p, y in zip(predicted, labels))
    fp = sum(p and not y for p, y in zip(predicted, labels))
    fn = sum(y and not p for p, y in zip(predicted, labels))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def as_library(split: str, dataset: str, keep=lambda title: True):
    """Every record of a split whose title `keep` accepts, as one library: LibraryItems with ids that start
    with the record's table (L: DBLP; R: ACM or Scholar), and the id pairs labelled one paper."""
    from backend.domain.models import LibraryItem

    ids: dict[str, str] = {}
    items, labelled = [], set()
    for left, right, label in load(split, dataset):
        pair = []
        for side, fields in (("L", left), ("R", right)):
            key = side + json.dumps(fields, sort_keys=True)
            if key not in ids and keep(fields["title"]):
                ids[key] = f"{side}{len(ids):05d}"
                items.append(LibraryItem(
                    id=ids[key], title=fields["title"], authors=tuple(fields.get("authors", ())),
                    year=fields.get("year"), venue=fields.get("venue"), added_at=len(items),
                ))  # fmt: skip
            pair.append(ids.get(key))
        if label and None not in pair:
            labelled.add(frozenset(pair))
    return items, labelled
