"""`make bench-relevance`'s method on libraries and pages built from other shared data, which its weights were
not chosen on: a database researcher's library (300 DBLP titles of SIGMOD, VLDB and TODS papers, from the
DBLP-ACM benchmark) beside the three real libraries, and a page of another field (80 titles of Inspec's
engineering and computing abstracts) beside the three real pages: 16 tasks, 7 of them new. (The calibration in
use is fitted on these libraries and pages by relevance_calibration.py, at many sizes.)

    .venv/bin/python tests/bench/experiments/relevance_other_data.py [--seen N]

`--seen N`: the user was also shown N other titles before (DBLP-Scholar's Scholar records and Inspec titles), as
a user is after a few weeks (paperlens keeps the last 2,000); with `--bench`, on the bench's 9 tasks instead of
these 16 (use it with `--seen`: the Scholar records include papers of the DBLP library, in other spellings).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.bench import bench_relevance  # noqa: E402
from tests.bench.dblp_acm import BENCH, load  # noqa: E402


def data() -> tuple[dict[str, list[str]], dict[str, list[str]], list[str]]:
    """The four libraries, the four pages, and titles of other fields in no library (a seen paper's filler)."""
    rng = random.Random(3)
    dblp = sorted({left["title"] for left, _, _ in load("train", "dblp-acm")})
    rng.shuffle(dblp)
    inspec = [json.loads(line)["title"] for line in (BENCH / "inspec" / "inspec_test500.jsonl").read_text().splitlines()]
    rng.shuffle(inspec)
    real = bench_relevance.libraries()
    libraries = {
        "DBLP database titles (300)": dblp[:300],
        "group publications (498)": real["group publications (498)"],
        "Zotero export (169)": real["Zotero export (169)"],
        "graphics Zotero db (106)": real["graphics Zotero db (106)"],
    }
    pages = bench_relevance.pages() | {"Inspec titles (80)": inspec[:80]}
    in_no_library = sorted({right["title"] for _, right, _ in load("valid", "dblp-scholar")} | set(inspec[80:]))
    random.Random(5).shuffle(in_no_library)
    return libraries, pages, in_no_library


def from_command_line() -> tuple[dict[str, list[str]], dict[str, list[str]], list[str]]:
    """The four libraries, the four pages and the titles shown before them (`--seen N`), for the experiments that
    vary the model on these tasks."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--seen", type=int, default=0, help="other titles the user was shown before these pages")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # bibtexparser's notes on the group library's broken entry
    libraries, pages, in_no_library = data()
    return libraries, pages, in_no_library[: args.seen]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seen", type=int, default=0, help="other titles the user was shown before these pages")
    parser.add_argument("--bench", action="store_true", help="the bench's 9 tasks, not these 16")
    args = parser.parse_args()
    libraries, pages, in_no_library = data()
    if args.bench:
        libraries, pages = bench_relevance.libraries(), bench_relevance.pages()
    bench_relevance.report(libraries, pages, seen_before=in_no_library[: args.seen])


if __name__ == "__main__":
    main()
