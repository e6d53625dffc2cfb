"""Issue #5 experiment: the relevance model's weights varied, on the 16 tasks of relevance_other_data.py (the
bench's libraries and pages, a DBLP library and a page of Inspec titles). Per variant: the tasks where
paperlens is above both baselines on AUC and P@5, and mean AUC / P@5 over the 9 tasks of the bench's own
libraries and pages and over the 7 others. `--seen N` adds N titles the user was shown before (DBLP-Scholar
database titles and Inspec titles: for the DBLP library, papers of the user's own field passed over).

    .venv/bin/python tests/bench/experiments/relevance_weights.py [--seen 1700]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from tests.bench import bench_relevance  # noqa: E402
from tests.bench.experiments import relevance_other_data  # noqa: E402
from workers.nlp import relevance_model  # noqa: E402

# (name, the relevance_model constants it sets); the first is what ships.
VARIANTS = [
    ("as shipped (nearest neighbour x2)", {}),
    ("nearest neighbour x1 (before)", {"NEIGHBOUR_WEIGHT": 1.0}),
    ("nearest neighbour x1.5", {"NEIGHBOUR_WEIGHT": 1.5}),
    ("nearest neighbour x3", {"NEIGHBOUR_WEIGHT": 3.0}),
    ("Naive Bayes x2", {"NAIVE_BAYES_WEIGHT": 1.0}),
    ("page focus 5", {"PAGE_FOCUS": 5.0}),
    ("learned parts in full, whatever the library's size (before)", {"LEARNED_HALF": 0.0}),
    ("learned parts half at 10 items", {"LEARNED_HALF": 10.0}),
    ("learned parts half at 40 items", {"LEARNED_HALF": 40.0}),
]
BASELINES = ("arxiv-sanity-lite (tf-idf SVM)", "nearest neighbour (cosine)")


def main() -> None:
    libraries, pages, seen_before = relevance_other_data.from_command_line()
    tasks = list(bench_relevance.tasks(libraries, pages, seen_before))
    embed = bench_relevance.Embeddings(sorted({t for task in tasks for group in (task[3], task[5], task[7]) for t in group}))
    baselines: dict = defaultdict(lambda: defaultdict(list))
    for library_name, page_name, _, library, _, page, labels, shown in tasks:
        for name in BASELINES:
            scores = bench_relevance.METHODS[name](embed, library, shown, page)
            baselines[(library_name, page_name)][name].append(bench_relevance.ranking_metrics(scores, labels))
    print(f"\nRelevance weights on 16 tasks ({embed.runtime}, {len(seen_before)} titles seen before the pages)\n")
    print("| variant | above both baselines | 9 bench tasks: AUC / P@5 | 7 other tasks: AUC / P@5 |")
    print("|---|---:|---|---|")
    for name, constants in VARIANTS:
        ours: dict = defaultdict(list)
        shipped = {constant: getattr(relevance_model, constant) for constant in constants}
        try:
            for constant, value in constants.items():
                setattr(relevance_model, constant, value)
            for library_name, page_name, _, library, _, page, labels, shown in tasks:
                scores = bench_relevance.paperlens(embed, library, shown, page)
                ours[(library_name, page_name)].append(bench_relevance.ranking_metrics(scores, labels))
        finally:
            for constant, value in shipped.items():
                setattr(relevance_model, constant, value)
        means = {task: np.mean(runs, axis=0) for task, runs in ours.items()}
        wins = sum(bench_relevance.above(means[task], [np.mean(baselines[task][b], axis=0) for b in BASELINES]) for task in means)
        other = [task for task in means if task[0].startswith("DBLP") or task[1].startswith("Inspec")]
        bench = [task for task in means if task not in other]
        cells = [" / ".join(f"{np.mean([means[t][i] for t in group]):.4f}" for i in (0, 1)) for group in (bench, other)]
        print(f"| {name} | {wins} of {len(means)} | {cells[0]} | {cells[1]} |")


if __name__ == "__main__":
    main()
