"""Issue #5 experiment: the relevance ranking of a new user, whose library holds 6-40 papers, on the 16 tasks'
libraries and pages (relevance_other_data.py). Per size: 8 draws per library of that many titles as the library
and 5 others held out, mixed into each page; mean AUC / P@5 of paperlens, of both baselines and of paperlens with
its learned parts counted in full (as before `relevance_model.LEARNED_HALF`), the tasks where paperlens is above
both baselines, and the means per library. `--seen N`: N other titles shown before (as in
relevance_other_data.py; for the DBLP library these include Scholar's copies of its own papers, passed over).

    .venv/bin/python tests/bench/experiments/relevance_small_libraries.py [--seen 1700]
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.bench import bench_relevance  # noqa: E402
from tests.bench.experiments import relevance_other_data  # noqa: E402
from workers.nlp import relevance_model  # noqa: E402

SIZES = (6, 10, 20, 40)
DRAWS = 8
IN_FULL = "paperlens, learned parts in full"  # as before relevance_model.LEARNED_HALF


def in_full(embed, library, shown, page) -> np.ndarray:
    shipped, relevance_model.LEARNED_HALF = relevance_model.LEARNED_HALF, 0.0
    try:
        return bench_relevance.paperlens(embed, library, shown, page)
    finally:
        relevance_model.LEARNED_HALF = shipped


def main() -> None:
    libraries, pages, seen_before = relevance_other_data.from_command_line()
    embed = bench_relevance.Embeddings([t for titles in [*libraries.values(), *pages.values(), seen_before] for t in titles])
    compared = bench_relevance.METHODS | {IN_FULL: in_full}
    methods = list(compared)
    baselines = [name for name in methods if not name.startswith("paperlens")]
    print(f"\nRelevance for small libraries ({embed.runtime}, {len(seen_before)} titles seen before the pages); AUC / P@5\n")
    print("| library size | library | " + " | ".join(methods) + " |")
    print("|---:|---|" + "---:|" * len(methods))
    for size in SIZES:
        runs: dict = defaultdict(lambda: defaultdict(list))  # (library, page) -> method -> metrics
        for library_name, titles in libraries.items():
            rng = random.Random(11)
            for _ in range(DRAWS):
                drawn = rng.sample(titles, size + bench_relevance.PER_PAGE)
                library, held = drawn[:size], drawn[size:]
                for page_name, page_titles in pages.items():
                    others = [title for name, other in pages.items() if name != page_name for title in other]
                    page = page_titles + held
                    labels = np.array([0] * len(page_titles) + [1] * len(held))
                    shown = [*seen_before, *others, *page]
                    for name, method in compared.items():
                        runs[(library_name, page_name)][name].append(bench_relevance.ranking_metrics(method(embed, library, shown, page), labels))
        means = {task: {name: np.mean(values, axis=0) for name, values in by_method.items()} for task, by_method in runs.items()}
        wins = sum(bench_relevance.above(m["paperlens"], [m[name] for name in baselines]) for m in means.values())
        for library_name in [*libraries, f"all ({wins} of {len(means)} tasks above both)"]:
            chosen = [m for (name, _), m in means.items() if name == library_name or library_name.startswith("all")]
            cells = " | ".join("{:.3f} / {:.2f}".format(*np.mean([m[name] for m in chosen], axis=0)[:2]) for name in methods)
            print(f"| {size} | {library_name} | {cells} |")


if __name__ == "__main__":
    main()
